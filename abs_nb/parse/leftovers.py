"""Figures the parse did not read and did not report: listed, never dropped in silence.

The walk reads a figure into a table (its span then stands in the provenance) or reports its
line in ``unmapped`` or in a check. A figure can still fall between: printed inside what the
walk took for a label (``WAC:  8.12500%  Distribution Date:  7/17/00``, where the line's
last token is a date), or in a cell that holds a label and an amount together. This sweep
goes over every token of the report once more and lists each amount (comma-grouped, ``$``
or cents) and each percentage that nothing read or reported, with the words printed before
it (not "Section 4.02" or "per $1,000": references and units).

>>> from abs_nb.parse.tokens import tokenize
>>> lines = tokenize("  WAC:  8.12500%  Distribution Date:  7/17/00\\n")
>>> unread_figures(lines, {}, [], [], [0])
[(1, 'WAC:', ['8.12500%'], 'a figure the parser did not read (printed among words, not in a table)')]
"""

from __future__ import annotations

from abs_nb.parse.classes import CheckRow
from abs_nb.parse.tokens import Line, Token, after_reference_word

_MAX_WORDS = 12  # of the label shown (a collapsed rendering has no gaps between its fields)
REASON = "a figure the parser did not read (printed among words, not in a table)"


def _figure(t: Token) -> bool:
    """An amount or a rate (comma-grouped, ``$``, cents or ``%``), not a year, a page or a
    zip code."""
    return t.kind == "num" and (t.percent or "," in t.text or "$" in t.text or t.decimals == 2)


_NUMBER_START = frozenset("0123456789($")


def _garbled(t: Token) -> bool:
    """A figure with a letter in it (``1764980.6Z``, ``1,2O4.00``): a word that begins like a
    number and holds a decimal point or a thousands comma, four digits or more and one or two
    letters, and is no date, range or file name (no ``/``, no ``-`` after its first character;
    punctuation ending a sentence, ``1934,``, does not count)."""
    if t.kind != "word" or t.text[0] not in _NUMBER_START:  # most words end here, at little cost
        return False
    text = t.text.rstrip(",.;:")
    letters = sum(ch.isalpha() for ch in text)
    return (("." in text or "," in text) and 1 <= letters <= 2 and sum(ch.isdigit() for ch in text) >= 4
            and "/" not in text and "-" not in text[1:])


def _wordlike(t: Token) -> bool:
    """A word of a label: not a figure, a number or a rule (``=====``)."""
    if t.kind != "word" or _garbled(t):
        return False
    c0 = t.text[0]
    return c0.isalnum() or t.text.count(c0) != len(t.text)


def _words_before(tokens: list[Token], i: int) -> str:
    """The run of words before ``tokens[i]``: back to the last figure, number or rule, or to
    the first word standing two or more columns right of what precedes it."""
    j = i
    while j > 0 and i - j < _MAX_WORDS and _wordlike(tokens[j - 1]):
        j -= 1
        if j == 0 or tokens[j].col - tokens[j - 1].colend >= 2:
            break
    return " ".join([t.text for t in tokens[j:i]])


GARBLED = "a figure that cannot be read (a character no figure has)"


def unread_figures(
    lines: list[Line],
    provenance: dict[tuple[str, str, str], tuple[int, int, int]],
    unmapped: list[tuple[int, str, list[str], str]],
    problems: list[CheckRow],
    starts: list[int],
) -> list[tuple[int, str, list[str], str]]:
    """``unmapped`` rows (line, words before, [figure], reason) for the figures of ``lines``
    that no provenance span, no ``unmapped`` row of their line and no check naming their line
    (a figure printed twice, a misprint, a value that cannot be read) shows. ``starts``: the
    offset of each line in the text (provenance spans are offsets in the text)."""
    read = {where[1] for where in provenance.values()}  # offsets in the text: one per place
    shown: dict[int, list[str]] = {}  # line -> texts that report its figures
    for u in unmapped:
        shown.setdefault(u[0], []).extend([u[1], *u[2]])
    named = {no for row in problems for no in row.lines}  # a check points at these lines
    out: list[tuple[int, str, list[str], str]] = []
    for ln in lines:
        tokens = ln.tokens
        for i, t in enumerate(tokens):
            garbled = False
            if t.kind == "num":
                # a rate whose "%" is printed apart ("0.500 %") is a figure too
                if not (_figure(t) or (i + 1 < len(tokens) and tokens[i + 1].text == "%")):
                    continue
            elif _garbled(t):
                garbled = True
            else:
                continue
            no = t.line_in(ln.no)
            if 0 < no <= len(starts) and starts[no - 1] + t.start in read or no in named or ln.no in named:
                continue
            if i and _wordlike(tokens[i - 1]) and after_reference_word(tokens[i - 1:i]):
                continue
            # an unmapped row or a check names the row's line, which in a report printed one
            # cell per line is the label's, not the figure's
            if any(t.text in text for text in shown.get(no, []) + shown.get(ln.no, [])):
                continue
            out.append((no, _words_before(tokens, i), [t.text], GARBLED if garbled else REASON))
    return out
