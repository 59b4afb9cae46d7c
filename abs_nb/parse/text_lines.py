"""The lines of a report's text: split once and shared by every pass over the same text
(cells or tokens, line offsets, metadata), and whether the text is a collapsed rendering.

>>> lines_of("a\\nb"), is_collapsed("a\\nb")
(['a', 'b'], False)
"""

from __future__ import annotations

# the last report's lines: the passes over one report (cells or tokens, line offsets,
# metadata) split it once between them
_last_lines: list[tuple[str, list[str]]] = [("", [""])]
_SHARED_UP_TO = 1_000_000  # characters; a larger text is split again rather than kept


def lines_of(text: str) -> list[str]:
    """``text.split("\\n")``, shared by every pass over the same ``text`` object: do not
    modify the list.

    >>> t = "a\\nb"
    >>> lines_of(t), lines_of(t) is lines_of(t)
    (['a', 'b'], True)
    """
    last = _last_lines[0]
    if last[0] is text:
        return last[1]
    lines = text.split("\n")
    if len(text) <= _SHARED_UP_TO:
        _last_lines[0] = (text, lines)
    return lines


def is_collapsed(text: str) -> bool:
    """Whitespace-collapsed renderings flatten each table into one long line: column
    positions, and so the columns themselves, are lost."""
    total = long = 0  # characters of the lines that print something, and of the long ones
    for ln in lines_of(text) if len(text) <= 50000 else text[:50000].split("\n"):
        if ln and not ln.isspace():  # ln.strip() is not empty, with no copy made
            total += len(ln)
            if len(ln) > 400 and "  " not in ln.strip():
                long += len(ln)
    return total > 0 and long > 0.5 * total
