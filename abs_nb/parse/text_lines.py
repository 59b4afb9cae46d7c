"""The lines of a report's text: split once and shared by every pass over the same text
(cells or tokens, line offsets, metadata), and whether the text is a collapsed rendering
or one cell a line.

>>> lines_of("a\\nb"), is_collapsed("a\\nb")
(['a', 'b'], False)
"""

from __future__ import annotations

from abs_nb.parse.number_text import parse_number

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


def one_cell_a_line(lines: list[str]) -> bool:
    """A web page saved as text with no bars: every cell on a line of its own, so that a
    table's figures stand one a line (``ONE_CELL_SHARE`` of the non-blank ``lines`` hold one
    cell, no two blanks inside it, and ``LONE_FIGURE_SHARE`` are a figure alone). Fixed-width
    text prints a figure beside its label or its row's other figures.

    >>> one_cell_a_line(["Class", "Principal"] + ["A-1", "1,000.00"] * 12)
    True
    >>> one_cell_a_line(["Class       Principal"] + ["A-1          1,000.00"] * 24)
    False
    """
    if len(lines) < MIN_CELL_LINES:
        return False
    wide = 0
    most = (1 - ONE_CELL_SHARE) * len(lines)
    figures = 0
    for ln in lines:
        body = ln.strip()
        if "  " in body or "\t" in body:
            wide += 1
            if wide > most:
                return False  # fixed-width text: found out within its first lines
        elif " " not in body and parse_number(body) is not None:
            figures += 1
    return figures >= LONE_FIGURE_SHARE * len(lines)


MIN_CELL_LINES = 20
ONE_CELL_SHARE = 0.9
LONE_FIGURE_SHARE = 0.25
