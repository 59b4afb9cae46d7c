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
>>> [row for row, _, _ in unread_figures(lines, {}, [], [], [0])]
[(1, 'WAC:', ['8.12500%'], 'a figure the parser did not read (printed among words, not in a table)')]
"""

from __future__ import annotations

import re
from typing import Final

from abs_nb.parse.classes import CheckRow
from abs_nb.parse.clause_figures import CLAUSE_MARKS, clause_figure
from abs_nb.parse.memo import Memo
from abs_nb.parse.tokens import Line, Token, after_reference_word, is_leader

_MAX_WORDS = 12  # of the label shown (a collapsed rendering has no gaps between its fields)
REASON: Final = "a figure the parser did not read (printed among words, not in a table)"


def _figure(t: Token) -> bool:
    """An amount, a rate or a factor (comma-grouped, ``$``, two decimals or more, ``%``, or a
    whole number of :data:`MIN_PLAIN_DIGITS` digits or more), not a year, a page or a zip code."""
    return t.kind == "num" and (t.percent or "," in t.text or "$" in t.text or t.decimals >= 2
                                or (t.text.isdigit() and len(t.text) >= MIN_PLAIN_DIGITS))


#: a whole number printed without thousands separators is an amount from this many digits
#: on: a year has four, a zip code five
MIN_PLAIN_DIGITS: Final = 6


_NUMBER_START: Final = frozenset("0123456789($-")
# marks a figure never holds: footnote marks printed against it, or in place of a digit
_MARKS: Final = frozenset("*\u2020\u2021#\u00a7")
_PLAIN_STAND_INS: Final = frozenset("Ool*\u2020\u2021#\u00a7")
# a figure as printed: comma-grouped, or with two decimals or more; a "$", a "%", brackets
_FIGURE_SHAPE = re.compile(r"-?\$?\(?\$?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{2,})\)?%?")


def garbled_figure(text: str) -> bool:
    """A figure with one or two letters or footnote marks in it or against it (``1,2O4.00``,
    ``481,281*``, ``O.00``, ``l3,320,411``): text that is a comma-grouped figure, or one
    with two decimals or more, once those characters are read as digits or left out; no
    date, range or file name (no ``/``, no ``-`` after its first character; punctuation
    ending a sentence, ``1934,``, does not count).

    >>> [garbled_figure(t) for t in ("481,28O", "481,281*", "4*1,281", "O.00", "0.0O", "l3,320,411", "l40000")]
    [True, True, True, True, True, True, True]
    >>> garbled_figure("-0.6200O%"), garbled_figure("-*.62000%")
    (True, True)
    >>> [garbled_figure(t) for t in ("481,281", "05949A2C3", "12/31/2007", "A1", "No.", "1.47OOO%", "A12345")]
    [False, False, False, False, False, False, False]
    """
    if not text or not (text[0] in _NUMBER_START or text[0].isalpha() or text[0] in _MARKS):
        return False
    if not any(ch.isdigit() for ch in text):  # most words end here, at little cost
        return False
    text = text.rstrip(",.;:")
    odd = [ch.isalpha() or ch in _MARKS for ch in text]
    n_odd = sum(odd)
    if not 1 <= n_odd <= 2 or len(text) - n_odd < 2 or "/" in text or "-" in text[1:]:
        return False
    # odd has one entry per character of text (zip with strict=... is a generic call compiled)
    as_digits = "".join("0" if o else ch for ch, o in zip(text, odd))  # noqa: B905
    left_out = "".join(ch for ch, o in zip(text, odd) if not o)  # noqa: B905
    if _FIGURE_SHAPE.fullmatch(as_digits) or _FIGURE_SHAPE.fullmatch(left_out):
        return True
    # a whole-dollar figure (``l40000``, ``140*00``): five digits or more, a look-alike of a
    # digit or a mark among them (a code such as ``A1234`` has another letter)
    return as_digits.isdigit() and len(as_digits) >= 5 and all(
        ch in _PLAIN_STAND_INS for ch, o in zip(text, odd) if o)  # noqa: B905


_GARBLED_SEEN: Final[Memo[str, bool]] = Memo("leftovers.garbled")  # word -> garbled_figure(word): reports repeat their words


def _garbled(t: Token) -> bool:
    """A word token that is a :func:`garbled_figure` (memoised by its text)."""
    if t.kind != "word":
        return False
    hit = _GARBLED_SEEN.data.get(t.text)
    if hit is None:
        hit = _GARBLED_SEEN.put(t.text, garbled_figure(t.text))
    return hit


# one or two letters or marks, alone or against one to three digits: "O", "l", "*", "26S", "1O"
_ODD = "A-Za-z*\u2020\u2021#\u00a7"
STAND_IN: Final = re.compile(f"[{_ODD}]{{1,2}}|\\d{{1,3}}[{_ODD}]{{1,2}}|[{_ODD}]{{1,2}}\\d{{1,3}}")


_STAND_IN_SEEN: Final[Memo[str, bool]] = Memo("leftovers.stand_in")


def _stand_in(text: str) -> bool:
    """``STAND_IN.fullmatch(text)``, memoised (reports repeat their words)."""
    hit = _STAND_IN_SEEN.data.get(text)
    if hit is None:
        hit = _STAND_IN_SEEN.put(text, STAND_IN.fullmatch(text) is not None)
    return hit


# a cell of its own that is a figure misprinted: a letter that looks like a digit alone
# ("O", "l"), or look-alike letters or marks among digits ("2O", "l68", "1*7", "*96"); a mark
# alone is a word ("#" heads a column of counts), and a class's name ("2B") is none
_LONE_STAND_IN = re.compile(r"[Ool*Zb]|(?=.*\d)\d*[OolIZSb*\u2020\u2021#\u00a7][\dOolIZSb*\u2020\u2021#\u00a7]*")


def _lone_stand_in(text: str) -> bool:
    """``text``, alone on its line, is a misprinted figure (see ``_LONE_STAND_IN``): one or
    two look-alike letters or marks, the rest digits.

    >>> _lone_stand_in("O"), _lone_stand_in("1*7"), _lone_stand_in("#"), _lone_stand_in("2B")
    (True, True, False, False)
    """
    if not _LONE_STAND_IN.fullmatch(text):
        return False
    odd = sum(not ch.isdigit() for ch in text)
    return odd == len(text) == 1 or (1 <= odd <= 2 and odd < len(text))


def _in_place_of_a_value(printed: list[Line], k: int) -> bool:
    """``printed[k]``, one word of a few digits and a letter or two (``7B``), stands where the
    label above it wants its figure: the line above is a label with no figure, the line
    below no figures that would be its row's (none, or a label's own). A class's name
    (``2B``) heads the figures of its row."""
    text = printed[k].tokens[0].text
    if not any(ch.isdigit() for ch in text) or k == 0:
        return False
    above, below = printed[k - 1], printed[k + 1] if k + 1 < len(printed) else None
    return (not above.values and above.text_value is None and any(t.kind == "word" for t in above.tokens)
            and (below is None or not below.values or bool(below.label_tokens)))


def _glued_to_a_figure(tokens: list[Token], i: int) -> bool:
    """``tokens[i]`` is one or two letters or marks printed against the figure after it
    (``B3,843,909.51``): one misprinted figure."""
    t = tokens[i]
    if t.kind != "word" or i + 1 >= len(tokens) or tokens[i + 1].col != t.colend:
        return False
    if not _stand_in(t.text) or any(ch.isdigit() for ch in t.text):
        return False
    u = tokens[i + 1]
    return u.kind == "num" and not u.percent and (_figure(u) or u.decimals >= 2)


def _stands_for_a_figure(tokens: list[Token], i: int) -> bool:
    """``tokens[i]`` is a letter or mark (or a few digits with one) standing where a figure
    belongs: in a column of its own (two blanks or more on each side, or the line's end) on
    a line of figures, right of the line's first word."""
    t = tokens[i]
    if t.kind != "word" or i == 0 or len(t.text) > 5 or not _stand_in(t.text):
        return False
    if t.col - tokens[i - 1].colend < 2 or (i + 1 < len(tokens) and tokens[i + 1].col - t.colend < 2):
        return False
    return any(u.kind == "num" and (_figure(u) or u.text.isdigit()) for u in tokens)


def _ends_a_label_line(tokens: list[Token], i: int) -> bool:
    """``tokens[i]``, digits with a letter or mark like a digit (``19O``, ``2l``, ``4*``), ends
    a line of words in a column of its own: the label's one figure, misprinted.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> [_ends_a_label_line(tokenize_line(x, 1).tokens, 4) for x in ("30-59 days number of    19O",
    ...                                                              "30-59 days rating of    A2")]
    [True, False]
    """
    t = tokens[i]
    return (i == len(tokens) - 1 and i > 0 and t.col - tokens[i - 1].colend >= 2 and any(ch.isdigit() for ch in t.text)
            and _LONE_STAND_IN.fullmatch(t.text) is not None and all(u.kind == "word" for u in tokens[:i]))


_SUSPECT_SEEN: Final[Memo[str, bool]] = Memo("leftovers.suspect")


def _suspect(text: str) -> bool:
    """A word that may stand for a figure wherever it is printed: a :func:`garbled_figure`,
    a stand-in (``STAND_IN``) or a lone stand-in; every other word (nearly all) is none
    anywhere, so the tests of its place are skipped (memoised by the word).

    >>> _suspect("l3,320,411"), _suspect("O"), _suspect("Balance")
    (True, True, False)
    """
    hit = _SUSPECT_SEEN.data.get(text)
    if hit is None:
        hit = _SUSPECT_SEEN.put(text, garbled_figure(text) or _stand_in(text) or _lone_stand_in(text))
    return hit


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


GARBLED: Final = "a figure that cannot be read (a character no figure has)"


Row = tuple[int, str, list[str], str]


def labelled(tokens: list[Token], i: int) -> bool:
    """Do the words before ``tokens[i]`` print a label of it: a run of words opening the line
    or two blanks or more from what precedes it (:func:`_words_before`), ending in a colon
    or a dot leader, or two blanks or more before the figure? A figure one blank after a
    word stands in a sentence (``accrues at LIBOR (5.375%) plus``).

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> [labelled(tokenize_line(x, 1).tokens, 2) for x in ("One-Month LIBOR:  4.04%  Admin: K. Ross",
    ...                                                     "at LIBOR 4.04% plus 0.20%")]
    [True, False]
    """
    if i == 0 or not _wordlike(tokens[i - 1]):
        return False
    before = tokens[i - 1]
    if not (before.text.endswith(":") or is_leader(before.text) or tokens[i].col - before.colend >= 2):
        return False
    j = i - len(_words_before(tokens, i).split())
    return j == 0 or tokens[j].col - tokens[j - 1].colend >= 2


def _reports(check: CheckRow, t: Token) -> bool:
    """Does ``check`` report the figure ``t``: its expected or actual value is the figure's
    (as printed, or a rate's fraction), its text is in the check's words, it says what the
    figure's row is (a row's role), or it names the figure's line in failing (a line it
    could not read)?"""
    if check.check in _ROW_CHECKS or check.status != "pass" and check.check in _LINE_CHECKS:
        return True
    x = t.number
    for v in (check.expected, check.actual):
        if v == v and x == x and (abs(v - x) < 0.005 or abs(v * 100 - x) < 0.005 * abs(x) + 1e-9):
            return True
    return t.text in check.detail or t.text in check.subject


# checks that report a line as a whole, every figure of it: a line cut short, a row that
# could not be read
_LINE_CHECKS: Final = frozenset({"truncated", "unreadable_value"})
# checks that say what a row's figures are (the field its label names)
_ROW_CHECKS: Final = frozenset({"row_role"})


def unread_figures(
    lines: list[Line],
    provenance: dict[tuple[str, str, str], tuple[int, int, int]],
    unmapped: list[tuple[int, str, list[str], str]],
    problems: list[CheckRow],
    starts: list[int],
) -> list[tuple[Row, Token, bool]]:
    """An ``unmapped`` row (line, words before, [figure], reason) for each figure of ``lines``
    that no provenance span, no ``unmapped`` row of its line and no check naming its line (a
    figure printed twice, a misprint, a value that cannot be read) shows, with the figure's
    token and whether the words before it print its label (:func:`labelled`; never for a
    misprinted figure). ``starts``: the offset of each line in the text (provenance spans
    are offsets in the text)."""
    read = {where[1] for where in provenance.values()}  # offsets in the text: one per place
    shown: dict[int, list[str]] = {}  # line -> texts that report its figures
    for u in unmapped:
        shown.setdefault(u[0], []).extend([u[1], *u[2]])
    # a check points at these lines, and at these figures of them (a figure printed twice is
    # checked against its first printing): it reports those figures, not every figure beside
    named: dict[int, list[CheckRow]] = {}
    for row in problems:
        for no in row.lines:
            named.setdefault(no, []).append(row)
    failing = {no for row in problems if row.status != "pass" for no in row.lines}
    out: list[tuple[Row, Token, bool]] = []
    inked = [ln for ln in lines if ln.tokens]  # the lines that print something
    for k, ln in enumerate(inked):
        tokens = ln.tokens
        for i, t in enumerate(tokens):
            garbled = False
            if t.kind == "num":
                # a rate whose "%" is printed apart ("0.500 %") is a figure too
                if not (_figure(t) or (i + 1 < len(tokens) and tokens[i + 1].text == "%")):
                    continue
            elif t.kind == "word" and t.text[-1] in CLAUSE_MARKS and _figure(clause_figure(t) or t):
                pass  # a figure ending a clause of a sentence (``in the aggregate, $935,889.39.``)
            elif t.kind == "word" and _suspect(t.text) and (  # a stand-in is suspect (_suspect)
                    _garbled(t) or _stands_for_a_figure(tokens, i) or _glued_to_a_figure(tokens, i)
                    or _ends_a_label_line(tokens, i)
                    or (len(tokens) == 1 and (_lone_stand_in(t.text) or _in_place_of_a_value(inked, k)))):
                garbled = True
            else:
                continue
            no = t.line_in(ln.no)
            if 0 < no <= len(starts) and starts[no - 1] + t.start in read:
                continue
            # a check naming the line reports its figures; a misprinted figure only a failing one
            if garbled and (no in failing or ln.no in failing):
                continue
            if not garbled and any(_reports(row, t) for row in named.get(no, []) + named.get(ln.no, [])):
                continue
            if i and _wordlike(tokens[i - 1]) and after_reference_word(tokens[i - 1:i]):
                continue
            # an unmapped row or a check names the row's line, which in a report printed one
            # cell per line is the label's, not the figure's (a misprinted figure is listed
            # even so: an unmapped row shows it as text, as it shows any word)
            if not garbled and any(t.text in text for text in shown.get(no, []) + shown.get(ln.no, [])):
                continue
            printed = t.text + tokens[i + 1].text if garbled and _glued_to_a_figure(tokens, i) else t.text
            out.append(((no, _words_before(tokens, i), [printed], GARBLED if garbled else REASON), t,
                        not garbled and labelled(tokens, i)))
    return out
