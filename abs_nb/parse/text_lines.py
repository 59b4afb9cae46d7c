"""The lines of a report's text: split once and shared by every pass over the same text
(cells or tokens, line offsets, metadata), and whether the text is a collapsed rendering
or one cell a line.

>>> lines_of("a\\nb"), is_collapsed("a\\nb")
(['a', 'b'], False)
"""

from __future__ import annotations

from typing import Final

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


#: the characters of a box's upright rules: a bar, or a line printer's exclamation mark
BARS: Final = "|!"


def boxed_rows(lines: list[str]) -> set[int]:
    """The indices of ``lines`` that are rows of a table drawn in a box of fixed-width text:
    lines ruled between their columns by bars (``|`` or a line printer's ``!``) and corners (``+``), or framed by
    them (``|  A-1 |  1,000.00 |``), whose bars stand at the same columns as those of the
    nearest line with bars above or below it (only blank lines and rules, ``-----`` or
    ``=====``, between). Every bar of such a row is a rule, touching its cells' text or
    not (``|2,968,053.69 |``, ``27,418,006.91N|``): the table's columns are where its
    figures stand. A cell stream's rows do not pad their cells, so their bars do not line up.

    >>> sorted(boxed_rows(["+-----+------+", "| A-1 |  100 |", "| A-2 |  200 |", "|A-1|100|", "|A-2|20|"]))
    [0, 1, 2]
    >>> sorted(boxed_rows(["A-1 |1,000.00 | 1", "-----------------", "A-2 |  200.00N| 2", "x | y"]))
    [0, 2]
    >>> sorted(boxed_rows(["! A-1 !  100.00 !", "!-----!---------!", "! A-2 !  200.00 !", "Yes! No!"]))
    [0, 1, 2]
    """
    bars = [_bar_columns(ln) for ln in lines]
    found: set[int] = set()
    last = -1  # the index of the nearest line above with bars (only blanks and rules between)
    for k, b in enumerate(bars):
        if b:
            if last >= 0 and bars[last] == b:
                found.update((last, k))
            last = k
        elif lines[k].strip(_RULE_CHARS):
            last = -1
    return found


#: the characters of a rule drawn across a table, and blanks
_RULE_CHARS: Final = " \t-=_"


def _bar_columns(line: str) -> tuple[int, ...]:
    """The columns of a line's bars and of its corners (``+`` beside a dash) where it has
    two or more, or one closing the line; else ()."""
    if "|" not in line and "+" not in line and "!" not in line:
        return ()
    found = tuple(i for i, ch in enumerate(line) if ch in BARS or ch == "+" and "-" in line[max(0, i - 1):i + 2])
    # one bar closing the line, after its text, is the right edge of a box of one column
    return found if len(found) >= 2 or found and 0 < found[0] == len(line.rstrip()) - 1 else ()
