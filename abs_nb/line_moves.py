"""Line numbers and character offsets moved: what a text parsed on its own says about its
lines, told of the lines of another text it stands for.

A statement of a document holding several is parsed on its own, its lines then moved down to
the document's (:func:`abs_nb.statement_pick.relocate`); a text whose panes were printed side
by side is read with them one under the other (:mod:`abs_nb.parse.panes`), each line read
then moved to the line it was printed on (:func:`printed_lines`). Either way every value's
provenance, every unmapped row and every check names the line printed, line numbers in a
check's words included.

>>> map_text("the sum of lines 3 to 5; see line 7", {3: 40, 5: 41, 7: 12}.__getitem__)
'the sum of lines 40 to 41; see line 12'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from abs_nb.parse.assemble import Parsed
from abs_nb.parse.classes import CheckRow

__all__ = ["map_text", "move_lines", "printed_lines"]

# "line 12", "lines 12 and 14", "lines 3, 4 and 5", "lines 3 to 7", "lines 8-9": the line numbers
# the parser's messages print
_LINE_NUMBERS = re.compile(r"\b(lines? )(\d+(?:(?:, | and | to |-)\d+)*)")
_NUMBER = re.compile(r"\d+")


def map_text(message: str, line_of: Callable[[int], int]) -> str:
    """``message`` with every line number ``n`` it prints made ``line_of(n)``.

    >>> map_text("printed on lines 3 and 14; see line 7", {3: 40, 14: 41, 7: 12}.__getitem__)
    'printed on lines 40 and 41; see line 12'
    """
    if "line" not in message:
        return message
    return _LINE_NUMBERS.sub(
        lambda m: m.group(1) + _NUMBER.sub(lambda n: str(line_of(int(n.group()))), m.group(2)), message)


def _mapped_row(r: CheckRow, line_of: Callable[[int], int]) -> CheckRow:
    return CheckRow(r.check, map_text(r.subject, line_of), r.expected, r.actual, r.status,
                    map_text(r.detail, line_of), [line_of(x) for x in r.lines])


def move_lines(parsed: Parsed, rows: list[CheckRow], line_of: Callable[[int], int], chars: int = 0) -> list[CheckRow]:
    """Make every line ``n`` that ``parsed`` and ``rows`` name ``line_of(n)``, every offset
    ``chars`` further: ``parsed``'s provenance (line, start, end), its unmapped lines and its
    problems are changed in place; the check rows (which hold the problems too) are
    returned anew. Line numbers printed in a check's subject or detail move with it."""
    prov = parsed.provenance
    for key in list(prov):
        ln, a, b = prov[key]
        prov[key] = (line_of(ln), a + chars, b + chars)
    parsed.unmapped = [(line_of(ln), *rest) for ln, *rest in parsed.unmapped]  # type: ignore[misc]
    moved = {id(r): _mapped_row(r, line_of) for r in [*parsed.problems, *rows]}
    parsed.problems = [moved[id(r)] for r in parsed.problems]
    return [moved[id(r)] for r in rows]


def printed_lines(parsed: Parsed, rows: list[CheckRow], printed: list[int]) -> list[CheckRow]:
    """Move what was parsed from a text whose panes were restacked
    (:func:`~abs_nb.parse.panes.restack`) to the lines they were printed on: line ``n`` of
    the text read is line ``printed[n - 1]`` of the text printed (offsets were read as
    printed)."""
    moved = move_lines(parsed, rows, lambda n: printed[n - 1] if 0 < n <= len(printed) else n)
    parsed.unmapped.sort(key=lambda row: row[0])  # (a pane's lines were read after the pane beside it)
    return moved
