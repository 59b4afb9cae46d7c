"""Figures printed with a note's mark, where the report explains the mark.

A report marks a figure that a note explains: a floating rate (``4.158750%*`` over
``*  Floating Pass-Through Rate``), a figure restated (``1,234.50(1)`` over ``(1) ...``). Such a
cell is no number as printed; it is the figure and the mark where a line of the report
starts with that mark and says what it means. The figure is then read, its token made the
number it prints without the mark (its text, as printed, kept), and a ``footnote_mark`` check
(status ``repaired``) names the cell and the note. A mark no note explains proves nothing: the
cell stays unread and its ``unreadable_value`` check says so. A figure so marked must be
well formed, printed to the decimals of a figure of its kind beside it (a mark standing for
a lost digit, ``1,234.5*`` among cents, is never read as a shorter figure), and more than a
bare whole number (decimals, a percent sign or thousands separators: ``Series 2*`` is words).

In a fixed-width report the lines are split again before any reader
(:func:`read_marked_lines`), so a marked figure does not cut its table's run
(``A-IO  40,000,000.00*  36,000,000.00*  0.00``); the cells a reader placed otherwise are
read after the walk (:func:`read_noted_figures`).

>>> from abs_nb.parse.tokens import tokenize_line
>>> from abs_nb.parse.pieces import Cell, Walk
>>> lines = [tokenize_line(t, i + 1) for i, t in enumerate(["A-1   4.158750%*", "", "*  Floating rate."])]
>>> tok = lines[0].tokens[1]
>>> w = Walk(lines, cells=[Cell("classes", "A-1", "interest_rate", "rate", 1, token=tok)])
>>> read_noted_figures(w)
>>> tok.kind, tok.value, tok.percent, [c.status for c in w.checks]
('num', Decimal('4.158750'), True, ['repaired'])
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import Final

from abs_nb.parse.number_text import MARK, MARK_ENDS, figure_and_mark
from abs_nb.parse.pieces import CheckRow, Walk
from abs_nb.parse.tokens import Line, Token, tokenize_line

# the first characters of a note's mark (:data:`abs_nb.parse.number_text.MARK`; its last: MARK_ENDS)
_MARK_STARTS: Final = frozenset({"*", "(", "[", "\u2020"})
_NOTE: Final = re.compile(rf"^\s*({MARK})\s+\S")
# the kinds of a marked figure's token: a word, or a figure that cannot be read as printed
_MARKABLE: Final = frozenset({"word", "bad"})


def notes(lines: list[Line]) -> dict[str, int]:
    """The marks the report's notes explain: mark -> the line of its note (the first). A
    capital letter alone before a note's words, apart from them by two blanks or by an
    equals sign, a colon or a dash (``N  Class A-IO is ...``, ``N = NOTIONAL AMOUNT``), is a
    mark too: it marks a figure where it stands apart after the row's last figure, or right
    after a figure (``30,000,000.00N``).

    >>> from abs_nb.parse.tokens import tokenize
    >>> notes(tokenize("A-1  1.00\\n  *  Floating rate.\\n  N  Class A-IO is notional.\\n  P = PRINCIPAL ONLY.\\n"))
    {'*': 2, 'N': 3, 'P': 4}
    """
    return _notes(lines)[0]


def _notes(lines: list[Line]) -> tuple[dict[str, int], dict[str, int]]:
    """The line of each mark's first note and of its last, in one pass."""
    first_of: dict[str, int] = {}
    last_of: dict[str, int] = {}
    for ln in lines:
        # a note's mark is its line's first token (tested before the pattern: most lines have none)
        first = ln.tokens[0].text if ln.tokens else ""
        if first[:1] == "*" and ln.tokens[-1].text == first:
            continue  # a title framed by stars ("*** LOAN GROUP 1 ***"), no note
        mark = (m.group(1) if first[:1] in _MARK_STARTS and (m := _NOTE.match(ln.raw)) is not None
                else first[:1] if (len(first) == 1 or first[1:] in (":", "=")) and first[:1].isupper()
                and _LETTER_NOTE.match(ln.raw) is not None else None)
        if mark is not None:
            first_of.setdefault(mark, ln.no)
            last_of[mark] = ln.no
    return first_of, last_of


_LETTER_NOTE: Final = re.compile(r"^\s*[A-Z](?:[ \t]{2,}[A-Z][a-z]+|[ \t]*[=:][ \t]*[A-Za-z]{2,}|[ \t]+-[ \t]+[A-Za-z]{2,})\s+\S")


def _apart(ln: Line, explained: dict[str, int], below: dict[str, int], beside: int = 0) -> Line | None:
    """``ln`` less each mark a note explains standing apart after a figure: a mark of words
    after its last figure (``76,000,000.00 N``), or any mark whose note stands below the line
    (``72,000,000.00 (1)   60,000,000.00 (1)``: a note follows what it marks, and a ``(1)``
    opening a line of prose above the table is no note of it); a bracketed mark whose note
    stands below after the label's last word, before the row's first figure (``Balance -
    Beginning (1)  171,966,456.56``), marks the row where the row prints a figure more than
    the rows beside it (``beside``: the most they print; else it is a figure, ``Loans
    Repurchased (1)``); None where none stands so."""
    toks = ln.tokens
    marks = {k for k in range(1, len(toks)) if toks[k].text in explained and (
        toks[k - 1].kind == "num" and toks[k - 1].text not in explained
        and (below[toks[k].text] > ln.no or k == len(toks) - 1 and toks[k].kind == "word")
        or toks[k - 1].kind == "word" and below[toks[k].text] > ln.no and k + 1 < len(toks) and toks[k + 1].kind == "num"
        and not toks[k].text.isalpha() and len(ln.values) > beside)}
    if not marks:
        return None
    return tokenize_line(ln.raw, ln.no, [t for k, t in enumerate(toks) if k not in marks])


def _label_marked(ln: Line, explained: dict[str, int], below: dict[str, int]) -> bool:
    """Does ``ln`` print a bracketed mark a note below explains right after its label's last
    word, a figure after it (``REPOSSESSED HOMES (2)   33   951,802.66``)?"""
    toks = ln.tokens
    return any(toks[k].text in explained and toks[k].text[:1] == "(" and toks[k - 1].kind == "word"
               and below[toks[k].text] > ln.no and toks[k + 1].kind == "num" for k in range(1, len(toks) - 1))


def _figure(tok: Token, explained: dict[str, int]) -> tuple[str, str, tuple[Decimal, bool, int]] | None:
    """``tok`` as (figure, mark, parsed figure) where it prints a well-formed figure and a
    mark a note explains; a bare whole number is no such figure (a series' number, an
    item's)."""
    if tok.kind not in _MARKABLE or tok.text[-1:] not in MARK_ENDS and tok.text[-1:] not in explained:
        return None
    found = figure_and_mark(tok.text)
    return found if found is not None and found[1] in explained else None


def _as_printed_beside(tok: Token, parsed: tuple[Decimal, bool, int], lines: list[Line], k: int) -> bool:
    """Is the marked figure (on line ``k``, an index of ``lines``) printed to the decimals of
    the figures of its kind (a percentage, an amount) in its column, on the lines just above
    and below it, else beside it on its line (or alone of its kind)? A mark standing for a
    lost digit (``1,234.5*`` among cents) is not."""
    near = [lines[j] for j in range(max(0, k - COLUMN_LINES), min(len(lines), k + COLUMN_LINES + 1)) if j != k]
    for scope in (near, lines[k:k + 1] if 0 <= k < len(lines) else []):
        others = {t.decimals for ln in scope for t in ln.tokens if t.kind == "num" and t is not tok
                  and t.percent == parsed[1] and (scope is not near or tok.col < t.colend and t.col < tok.colend)}
        if others:
            return parsed[2] in others
    return True


#: the lines above and below a marked figure where the figures of its column are looked for
COLUMN_LINES: Final = 3


def _read(w: Walk, tok: Token, line: int, explained: dict[str, int]) -> bool:
    """Make ``tok`` the figure it prints before its mark and record the reading."""
    got = _figure(tok, explained)
    if got is None or not _as_printed_beside(tok, got[2], w.lines, line - 1):
        return False
    figure, mark, (value, percent, decimals) = got
    tok.kind, tok.value, tok.percent, tok.decimals = "num", value, percent, decimals
    tok.number = float(value)
    w.checks.append(CheckRow("footnote_mark", f"line {line}", math.nan, float(value), "repaired",
                             f"printed {tok.text}: the figure {figure} with the mark {mark!r} of the note "
                             f"on line {explained[mark]}", [line, explained[mark]]))
    return True


def read_marked_lines(w: Walk) -> None:
    """Before any reader: every line of a fixed-width report printing a figure and a mark a
    note explains, split again with the figure as a figure (a mark standing apart after the
    last figure left out), so the line is the row it prints (a table's run is not cut by it)."""
    explained, below = _notes(w.lines)
    if not explained:
        return
    ends = "".join({m[-1] for m in explained})  # the last characters of the marks
    marked = re.compile("|".join(re.escape(m) for m in explained))
    for k, name in _marked_names(w.lines, explained, below).items():
        ln = w.lines[k]
        first = ln.tokens[0]
        w.lines[k] = tokenize_line(ln.raw, ln.no, [Token(name, first.start, first.start + len(name), first.col,
                                                         first.col + len(name), "word"), *ln.tokens[1:]])
    for k, ln in enumerate(w.lines):
        if ln.blank:
            continue
        # (the rows beside it count their figures less a mark of their own label's: "CONTRACTS IN
        # BANKRUPTCY (1)" over "REPOSSESSED HOMES (2)", each mark explained by a note below)
        apart = _apart(ln, explained, below, max((len(w.lines[j].values) - _label_marked(w.lines[j], explained, below)
                                                  for j in (k - 1, k + 1) if 0 <= j < len(w.lines)),
                                                 default=0)) if marked.search(ln.raw) else None  # (most lines hold no mark)
        if apart is not None:
            w.lines[k] = ln = apart
        # a line holding none of the marks' last characters holds no marked figure (tested first)
        if not any(c in ln.raw for c in ends) or not any(
                t.kind in _MARKABLE and (t.text[-1:] in MARK_ENDS or t.text[-1:] in explained) for t in ln.tokens):
            continue
        if sum(_read(w, t, ln.no, explained) for t in list(ln.tokens)):
            w.lines[k] = tokenize_line(ln.raw, ln.no, ln.tokens)


#: a row's first word and a small letter in brackets against it: a tranche's (``A-2(a)``), or a
#: note's mark (``A-6(a)`` over ``(a) CLASS A-6 PASS-THROUGH RATE = ...``)
_LETTER_MARKED: Final = re.compile(r"^(?P<name>.*[A-Za-z0-9])(?P<mark>\([a-z]\))$")


def _marked_names(lines: list[Line], explained: dict[str, int], below: dict[str, int]) -> dict[int, str]:
    """The rows (by index) whose first word is a name and a small letter in brackets that a
    note below explains, the name alone: where no other row prints that name with another
    letter (``A-2(a)``, ``A-2(b)``: tranches, whatever the notes say)."""
    found: dict[int, tuple[str, str]] = {}
    letters: dict[str, set[str]] = {}
    for k, ln in enumerate(lines):
        m = _LETTER_MARKED.match(ln.tokens[0].text) if ln.values and ln.tokens[0].text[-1:] == ")" else None
        if m is not None:
            letters.setdefault(m["name"], set()).add(m["mark"])
            if m["mark"] in explained and below[m["mark"]] > ln.no:
                found[k] = (m["name"], m["mark"])
    return {k: name for k, (name, _) in found.items() if len(letters[name]) == 1}


def read_noted_figures(w: Walk) -> None:
    """Read every cell of the walk printing a figure and a mark a note explains (module
    docstring): the cells a reader placed whose line was not split so before."""
    explained = notes(w.lines)
    if not explained:
        return
    # the words that end as a mark does, tested before the pattern (most cells are figures)
    ends = MARK_ENDS | set(explained)
    tokens: list[tuple[Token, int]] = [(c.token, c.line) for c in w.cells if c.token is not None
                                       and c.token.kind in _MARKABLE and c.token.text[-1:] in ends]
    for b in w.class_blocks:
        for row in b.rows:
            tokens.extend((t, t.line_in(row.line)) for t in row.cells
                          if t is not None and t.kind in _MARKABLE and t.text[-1:] in ends)
    done: set[int] = set()
    for tok, line in tokens:
        if id(tok) not in done and _read(w, tok, line, explained):
            done.add(id(tok))


__all__ = ["notes", "read_marked_lines", "read_noted_figures"]
