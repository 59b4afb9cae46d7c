"""One statement of a document holding several: picking it, and placing its parse in the
document.

:func:`abs_nb.sources.statements.split_statements` finds the statements;
:func:`pick` chooses the one ``load(path, statement=N)`` or ``load(path, series=...)`` asks
for (or raises :class:`~abs_nb.errors.MultipleStatements` when none is asked for);
:func:`relocate` turns the line numbers and character offsets of a statement parsed on its
own into those of the whole document, so that ``filing.source_of(...)`` and
``filing.source_line(...)`` point at the real line of ``filing.source_text`` (the whole
report text of the document).

>>> from abs_nb.sources.statements import Statement
>>> parts = [Statement(1, "2003-HE2", 1, 357, 0, 12831), Statement(2, "2003-HE4", 358, 742, 12831, 27744)]
>>> pick(parts, None, "2003-he4", "x.txt").number
2
>>> pick(parts, 3, None, "x.txt")
Traceback (most recent call last):
abs_nb.errors.NoSuchStatement: x.txt: expected statement=3 (statements count from 1), found 2 statements: 1: 2003-HE2 (lines 1-357), 2: 2003-HE4 (lines 358-742)
"""

from __future__ import annotations

from abs_nb.errors import InputError, MultipleStatements, NoSuchStatement
from abs_nb.line_moves import map_text, move_lines
from abs_nb.parse.assemble import Parsed
from abs_nb.parse.classes import CheckRow
from abs_nb.sources.statements import Statement

__all__ = ["describe", "pick", "relocate", "shift_text"]

_SHOWN = 5  # statements named in an error message


def describe(parts: list[Statement], limit: int = _SHOWN, line_offset: int = 0) -> str:
    """``N statements: 1: <series> (lines a-b), ...`` (the first ``limit`` of them).

    >>> describe([Statement(1, "2003-HE2", 1, 10, 0, 99)])
    '1 statement: 1: 2003-HE2 (lines 1-10)'
    """
    shown = ", ".join(f"{p.number}:{' ' + p.series if p.series else ''} "
                      f"(lines {p.first_line + line_offset}-{p.last_line + line_offset})" for p in parts[:limit])
    more = f", ... ({len(parts) - limit} more)" if len(parts) > limit else ""
    return f"{len(parts)} statement{'s' if len(parts) != 1 else ''}: {shown}{more}"


def pick(parts: list[Statement], statement: int | None, series: str | None, source: str,
         line_offset: int = 0) -> Statement:
    """The statement asked for: by 1-based number, by series (any case), or the only one.

    Raises :class:`~abs_nb.errors.MultipleStatements` when the document holds several and
    none is asked for, :class:`~abs_nb.errors.NoSuchStatement` when the one asked for is
    not there, :class:`~abs_nb.errors.InputError` for a ``statement`` that is no whole
    number or a ``series`` that is no string. A single-statement document's series is not
    known here: the caller compares it with the parsed ``meta['series']``.
    """
    if statement is not None and (isinstance(statement, bool) or not isinstance(statement, int)):
        raise InputError("statement=N, a whole number from 1", repr(statement), source=source)
    if series is not None and not isinstance(series, str):
        raise InputError("series='2003-HE2', a string", repr(series), source=source)
    if statement is not None:
        if not 1 <= statement <= len(parts):
            raise NoSuchStatement(f"statement={statement} (statements count from 1)",
                                  describe(parts, line_offset=line_offset), source=source)
        chosen = parts[statement - 1]
        if series is not None and len(parts) > 1 and (chosen.series or "").upper() != series.strip().upper():
            raise NoSuchStatement(f"statement {statement} to be series {series!r}",
                                  f"series {chosen.series!r}; " + describe(parts, line_offset=line_offset), source=source)
        return chosen
    if series is not None and len(parts) > 1:
        wanted = series.strip().upper()
        for p in parts:
            if (p.series or "").upper() == wanted:
                return p
        raise NoSuchStatement(f"a statement of series {series!r}", describe(parts, line_offset=line_offset),
                              source=source)
    if len(parts) > 1:
        raise MultipleStatements(
            "one statement", f"{describe(parts, line_offset=line_offset)} (a document holding many series)",
            source=source,
            hint="pick one with abs_nb.load(path, statement=N) or abs_nb.load(path, series='...') "
            "(abs-nb --statement N / --series S), "
            "or read them all with abs_nb.load_many(path)",
        )
    return parts[0]


def shift_text(message: str, lines: int) -> str:
    """``message`` with every line number it prints moved down by ``lines``.

    >>> shift_text("printed on lines 3 and 14; see line 7", 100)
    'printed on lines 103 and 114; see line 107'
    """
    return map_text(message, lambda n: n + lines)


def relocate(parsed: Parsed, rows: list[CheckRow], part: Statement) -> list[CheckRow]:
    """Move what a statement parsed on its own says about lines and offsets to the whole
    document (:func:`move_lines`)."""
    lines, chars = part.first_line - 1, part.start
    if not lines and not chars:
        return rows
    return move_lines(parsed, rows, lambda n: n + lines, chars)
