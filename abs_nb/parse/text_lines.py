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


def boxed_rows(lines: list[str], touching: bool = True) -> set[int]:
    """The indices of ``lines`` that are rows of a table drawn in a box of fixed-width text:
    lines ruled between their columns by bars (``|``, or a line printer's ``!``) and corners
    (``+``), or framed by them (``|  A-1 |  1,000.00 |``), whose bars stand at the same
    columns as those of the nearest line with bars above or below it (only blank lines and
    rules between: ``-----``, ``=====+=====``, a frame's ``!-------!``), or one column off at
    most from those of the two rows of the box above and below it. Every bar of such a row
    is a rule, touching its cells' text or not (``|2,968,053.69 |``, ``27,418,006.91N|``):
    the table's columns are where its figures stand. A cell stream's rows do not pad their
    cells, so their bars do not line up; telling a stream from a box (not ``touching``), the
    bars of a row opening with a bar count only standing apart from its text, or framing it.

    >>> sorted(boxed_rows(["+-----+------+", "| A-1 |  100 |", "| A-2 |  200 |", "|A-1|100|", "|A-2|20|"]))
    [0, 1, 2]
    >>> sorted(boxed_rows(["A-1 |1,000.00 | 1", "-----------------", "A-2 |  200.00N| 2", "x | y"]))
    [0, 2]
    >>> sorted(boxed_rows(["! A-1 !  100.00 !", "!-----!---------!", "! A-2 !  200.00 !", "Yes! No!"]))
    [0, 1, 2]
    """
    bars = [_bar_columns(ln, touching) for ln in lines]
    found: set[int] = set()
    above = [-1] * len(lines)  # each line's nearest line above with bars (only blanks and rules between)
    last = -1
    for k, b in enumerate(bars):
        above[k] = last
        rule = not lines[k].strip(RULE_CHARS)  # a rule (or a blank line)
        if b and last >= 0 and bars[last] == b:
            found.update((last, k))
            last = k
        elif b and not rule or b and last < 0:
            last = k
        elif not rule:
            last = -1
        # (a rule whose bars stand elsewhere, framing the box, parts no rows)
    # a row between two rows of a box whose bars are each one column off theirs at most (a
    # note's mark printed against a figure pushed them on: "| 23,195,178.00N|")
    below = {above[k]: k for k in range(len(lines)) if bars[k] and above[k] >= 0}
    for k, b in enumerate(bars):
        up, down = above[k], below.get(k, -1)
        if b and k not in found and up >= 0 and down >= 0 and bars[up] == bars[down] and _near(bars[up], b):
            found.update((up, k, down))
    return found


def _near(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    """Do bars ``a`` and ``b`` stand at the same columns, each one column off at most?"""
    return len(a) == len(b) and all(abs(x - y) <= 1 for x, y in zip(a, b, strict=True))


#: the characters of a rule drawn across a table (its corners and its bars among them), and blanks
RULE_CHARS: Final = " \t-=_*~+#:" + BARS


def _bar_columns(line: str, touching: bool = True) -> tuple[int, ...]:
    """The columns of a line's bars and of its corners (``+`` beside a dash or an equals
    sign) where it has two or more, or one closing the line; else (). Not ``touching``: of
    a line opening with a bar and not framed by bars (a cell stream's ``|cell|cell``), only
    the bars standing apart from its text, a blank (or the line's edge) on each side."""
    if "+" not in line and not any(b in line for b in BARS):
        return ()
    body = line.rstrip()
    apart = touching or body.lstrip()[:1] not in BARS or body[-1:] in BARS
    found = tuple(i for i, ch in enumerate(body) if ch in BARS and (
        apart or body[i - 1:i] in ("", " ") and body[i + 1:i + 2] in ("", " ")) or ch == "+" and (
        "-" in body[max(0, i - 1):i + 2] or "=" in body[max(0, i - 1):i + 2]))
    # one bar closing the line, after its text, is the right edge of a box of one column
    return found if len(found) >= 2 or found and 0 < found[0] == len(line.rstrip()) - 1 else ()
