"""Deal lines whose label names no field, read where an identity with the tables proves it.

A deal line (``Overcollateralized Amount ... 8,804,354.47``) is read by its label. A line
whose label the vocabulary does not know stays unmapped, unless its one figure is what an
identity with the tables already read computes (:data:`DEAL_IDENTITIES`):

- the O/C amount is the pool's ending balance less the certificates' ending balances;
- the loan count restates the pool's ending loan count;
- the O/C increase (extra principal) is what the certificates were paid in principal beyond
  the principal the pool collected and the losses it realised.

Each computed figure must be known (every term printed), the line's figure must equal it
within the rounding of the figures involved, a zero proves nothing, and a figure two lines
match, or a line two identities match, is left unmapped; so is a line whose words name a
figure equal to the computed one by design (the O/C target, where the O/C amount is at it). Each line read so
is a ``row_role`` check naming the identity.

A line no identity proves is named by its words where they leave no doubt
(:func:`name_deal_lines`): every word of its label is a word of one deal figure's labels and
of no other's of the figure's kind (a rate, a whole count, an amount), and no other line
names that figure with another value (two lines printing it alike print one figure). Words
no deal figure's labels hold are left out, and so are words of other figures' labels that
point nowhere the label names
(:meth:`~abs_nb.parse.vocabulary.Vocabulary.covering`); the name so given is a warn: the
words that would have told it apart are not known.

>>> text = ('STATEMENT\\n\\nCLASS PAYMENTS\\nClass   Beginning Balance  Principal  Ending Balance\\n'
...         'A-1          1,000.00      100.00          900.00\\n'
...         'A-2          2,000.00        0.00        2,000.00\\n\\n'
...         'PRINCIPAL DISTRIBUTIONS\\nEnding Balance        3,050.00\\n\\nCurrent Cushion   150.00\\n')
>>> import abs_nb
>>> f = abs_nb.load_text(text)
>>> f.deal["oc_amount"], f.checks[f.checks.check == "row_role"].detail.item()[:40]
(150.0, 'oc_amount: equals pool ending balance - ')
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Final

from abs_nb.parse.count_rolls import rolled_counts
from abs_nb.parse.identities import (
    DEAL_NEVER_NEGATIVE,
    POOL_FIGURE_COLUMN,
    SUMMED_KINDS,
    certificates,
)
from abs_nb.parse.line_shapes import pair_of
from abs_nb.parse.pieces import CheckRow, Unmapped
from abs_nb.parse.spelling import before_aside, without_item_marks, without_operator, words_of
from abs_nb.parse.tokens import Line, Token
from abs_nb.parse.values import can_be
from abs_nb.parse.vocabulary import ROOT_LETTERS, Entry, Vocabulary, vocabulary

# a figure of the tables, with the sign it enters a deal line's identity with: (table, row,
# column, sign); the terms of an identity depend on the deal's certificates
Term = tuple[str, str, str, float]
Tables = Callable[[str, str, str], float]


def _oc_amount(certs: list[str]) -> list[Term]:
    return [("collateral", "Total", "ending_balance", 1.0)] + [("classes", c, "ending_balance", -1.0) for c in certs]


def _loan_count(certs: list[str]) -> list[Term]:
    return [("collateral", "Total", "ending_count", 1.0)]


def _oc_increase(certs: list[str]) -> list[Term]:
    return ([("classes", c, "principal", 1.0) for c in certs]
            + [("collateral", "Total", "total_principal", -1.0), ("collateral", "Total", "realized_losses", -1.0)])


# (deal field, what the identity computes, its terms, the figures equal to it by design: the
# O/C amount at its target; the extra principal paid out of the excess cash flow to make up
# the O/C deficiency, all of one or the other)
DEAL_IDENTITIES: tuple[tuple[str, str, Callable[[list[str]], list[Term]], tuple[str, ...]], ...] = (
    ("oc_amount", "pool ending balance - certificate ending balances", _oc_amount, ("oc_target",)),
    ("loan_count", "the pool's ending loan count", _loan_count, ()),
    ("oc_increase", "certificate principal - pool principal - realized losses", _oc_increase,
     ("oc_deficiency", "net_monthly_excess_cash_flow")),
)


def _half(decimals: int) -> float:
    return 0.5 * 10.0 ** -decimals


def prove_deal_lines(unmapped: list[Unmapped], lines: dict[int, Line], get: Tables,
                     decimals: Callable[[str, str, str], int | None], class_order: list[str],
                     classes: dict[str, dict[str, object]], known: set[str]) -> list[tuple[Unmapped, str, Token, CheckRow]]:
    """The unmapped one-figure lines an identity proves (module docstring): (the line, its
    field, its figure, the ``row_role`` check). ``get`` reads a figure of the tables (NaN when
    not printed), ``decimals`` its printed decimals; ``known``: the deal fields already read."""
    certs = certificates(class_order, classes, get("collateral", "Total", "ending_balance"))
    fields = _open_fields(known)
    computed: list[tuple[str, str, float, float, tuple[str, ...]]] = []
    for field, what, terms_of, equals in DEAL_IDENTITIES:
        if field in known:
            continue
        terms = terms_of(certs)
        values = [get(t, r, c) for t, r, c, _ in terms]
        if not certs and field != "loan_count" or any(math.isnan(v) for v in values):
            continue  # (with no certificates read, the O/C amount or its increase are no sum of theirs)
        value = sum(v * s for v, (*_, s) in zip(values, terms, strict=True))
        tol = sum(_half(d) for t, r, c, _ in terms if (d := decimals(t, r, c)) is not None) + 1e-9 * abs(value)
        # a zero proves nothing, nor a sum that rounds to one; nor a negative increase or count
        # (certificates written down by more than the pool lost compute one)
        if abs(value) > tol and not (value < 0 and field in DEAL_NEVER_NEGATIVE):
            computed.append((field, what, value, tol, equals))
    matches: list[tuple[Unmapped, Token, str, str, float]] = []
    for u in unmapped:
        ln = lines.get(u.line)
        if ln is None or not u.label:
            continue
        ln = pair_of(ln, u.label)  # of two pairs side by side, the one this label printed
        if len(ln.values) != 1:
            continue
        tok = ln.values[0]
        if tok.kind != "num" or tok.value is None or tok.percent:
            continue
        x = float(tok.value)
        for field, what, value, tol, equals in computed:
            # words naming a figure equal to it by design win: the identity tells them not apart
            if abs(x - value) <= tol + _half(tok.decimals) and named_by_words(u.label, tok, fields) not in equals:
                matches.append((u, tok, field, what, value))
    out: list[tuple[Unmapped, str, Token, CheckRow]] = []
    for u, tok, field, what, value in matches:
        if sum(1 for m in matches if m[2] == field) > 1 or sum(1 for m in matches if m[0] is u) > 1:
            continue  # a figure two lines match, or a line two identities match, proves nothing
        out.append((u, field, tok, CheckRow("row_role", f"{u.label} (line {u.line})", value, float(tok.value or 0),
                                            "pass", f"{field}: equals {what} ({value:,.2f})", [u.line])))
    return out


def _open_fields(known: set[str]) -> frozenset[str]:
    """The deal figures a line may still be read as: those not ``known`` (already read)."""
    return frozenset(f for f in vocabulary().fields("deal") if f not in known and "{" not in f)


def named_by_words(label: str, tok: Token, fields: frozenset[str] | None = None) -> str | None:
    """The one deal field of ``fields`` (default: all) whose labels hold every word of
    ``label`` (:meth:`~abs_nb.parse.vocabulary.Vocabulary.covering`) among those ``tok`` can
    be a figure of: an amount names no rate.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> named_by_words("Number of Mortgage Loans", tokenize_line("x 752", 1).values[0])
    'loan_count'
    """
    return named_label(label, tok, fields)[1]


def named_label(label: str, tok: Token, fields: frozenset[str] | None = None,
                part: bool = False) -> tuple[str, str | None]:
    """:func:`named_by_words`, with the words that named the field: the label as printed, or
    where that names none, as the vocabulary reads a label (:func:`bare_labels`: less its
    item marks and the word saying how it enters a sum, then less an idle aside in brackets).
    ``part``: ``label`` is part of the words printed before the figure, so it names a field
    only by every word of it, as a label read less some of its words does.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> named_label("(q) Servicing Fee (1.00% per annum of the Pool Balance) ....",
    ...             tokenize_line("x 1,000.00", 1).values[0])
    ('Servicing Fee', 'servicing_fee')
    """
    v = vocabulary()
    if fields is None:
        fields = _open_fields(set())
    kinds = frozenset(f for f in fields if can_be(tok, v.field_type("deal", f)))
    for k, words in enumerate(bare_labels(label)):
        # a figure summed since the deal began is named by a label saying so, never by one
        # whose words are those of the period's figure ("Net Losses")
        among = kinds if CUMULATIVE in words_of(words) else kinds - _cumulative_fields(v)
        field = v.covering(words, "*", "deal", among)
        # a label read less some of its words names a field by every word left, but one
        # saying the figure is the period's own ("Monthly")
        if field is not None and ((k == 0 and not part) or set(v.left_out(words, "*", "deal", field)) <= {"current"}):
            return words, field
    return label, None


#: the word (as :func:`~abs_nb.parse.spelling.words_of` spells it) saying a figure is summed
#: since the deal began
CUMULATIVE: Final = "cumulative"


@lru_cache(maxsize=4)
def _cumulative_fields(v: Vocabulary) -> frozenset[str]:
    """The deal fields every label of which says :data:`CUMULATIVE`.

    >>> sorted(_cumulative_fields(vocabulary()))
    ['cumulative_loss_rate', 'cumulative_realized_losses']
    """
    said: dict[str, bool] = {}
    for label, field in v.label_fields("deal"):
        said[field] = said.get(field, True) and CUMULATIVE in words_of(label)
    return frozenset(f for f, yes in said.items() if yes)


def bare_labels(label: str) -> list[str]:
    """``label``, then its words as the vocabulary reads a label it does not know: less the
    marks of the item it numbers and the word saying how it enters a sum (``(v) Less:``),
    then less an aside in brackets that says nothing of which figure it is (a fee's rate:
    ``Servicing Fee (0.50% per annum of the Pool Balance)``), each only where it differs.

    >>> bare_labels("2. Less: Servicing Fee (1.00% per annum) ....")
    ['2. Less: Servicing Fee (1.00% per annum) ....', 'Servicing Fee (1.00% per annum) ....', 'Servicing Fee']
    >>> bare_labels("Servicing Fee")
    ['Servicing Fee']
    """
    out = [label]
    bare = without_item_marks(label)
    bare = without_operator(bare) or bare
    for words in (bare.strip(), _less_idle_aside(bare)):
        if words and words not in out:
            out.append(words)
    return out


# an aside stating a figure: a rate, an amount, a date
_STATES_A_FIGURE: Final = re.compile(r"%|\$|\d[.,/]\d")


def _less_idle_aside(label: str) -> str | None:
    """``label``'s words before an aside in brackets that says nothing of which figure it is:
    one stating a figure (a fee's rate ``(0.50% per annum)``, a date) or one no word of which
    is a word of a deal figure's labels (``(AV-1)``). An aside saying when (``(prior to
    distribution)``), what the figure holds or whose it is (``(Group 1 / Group 2)``), or that
    it is a part of the amount (``(investor portion)``) is part of its name: None.

    >>> _less_idle_aside("Servicing Fee (0.50% p.a.)"), _less_idle_aside("LIBOR (AV-1):")
    ('Servicing Fee', 'LIBOR')
    >>> _less_idle_aside("O/C Amount (prior to distribution)"), _less_idle_aside("Losses (Group 1 / Group 2)")
    (None, None)
    >>> _less_idle_aside("Servicing Fee (investor portion)") is None
    True
    """
    head, bracket, rest = label.partition("(")
    aside = rest.split(")", 1)[0]
    if not bracket or not head.strip() or not aside.strip():
        return None
    words = words_of(aside)
    if set(words) & _A_PART:
        return None  # the figure is a part of the amount its words name: no figure of that name
    if _STATES_A_FIGURE.search(aside) or len(vocabulary().idle_words(aside, "*", "deal")) == len(words):
        return before_aside(label)
    return None


#: words of an aside saying its figure is a part of the amount named (``(investor portion)``)
_A_PART: Final = frozenset({"portion", "share", "part", "allocable", "allocated"})


def deal_row_by_words(label: str, cells: list[Token], line: int) -> tuple[Entry, CheckRow] | None:
    """A row of figures under a pool's loan group columns whose label the vocabulary does not
    hold (and no pool identity proves), whose words name one deal amount or count
    (:func:`named_by_words`) every figure can be, the label printing the head of one of its
    labels (:meth:`~abs_nb.parse.vocabulary.Vocabulary.heads`: the word that says what the
    figure is): the entry it is read by, and its ``row_role`` check (a warn where words its
    labels lack were left out). None where they name none.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> entry, check = deal_row_by_words("Cumulative Losses to Date", tokenize_line("x  1.00  2.00  3.00", 9).values, 9)
    >>> entry.field, check.status
    ('cumulative_realized_losses', 'pass')
    >>> deal_row_by_words("Loans Paid in Full", tokenize_line("x  38  41  79", 9).values, 9) is None
    True
    """
    v = vocabulary()
    fields = frozenset(f for f in _open_fields(set()) if v.field_type("deal", f) in SUMMED_KINDS)
    field = named_by_words(label, cells[0], fields) if cells else None
    if field is None or not all(can_be(t, v.field_type("deal", field)) for t in cells):
        return None
    # the label prints what the figure is, the last word of one of the field's labels ("Loans
    # Paid in Full" names no balance of such loans, "Cumulative Losses to Date" names losses)
    if not v.heads("*", "deal", field) & {w[:ROOT_LETTERS] for w in v.known_words(words_of(label))}:
        return None
    type_ = v.field_type("deal", field)
    note = v.left_out_note(label, "*", "deal", field)
    return Entry("*", label, "deal", field, type_, {}), CheckRow(
        "row_role", f"{label} (line {line})", math.nan, math.nan, "warn" if note else "pass",
        f"{field}: every word of the label is a word of {field}'s labels and of no other deal figure's{note}, "
        f"and its figures are of that kind ({type_}), printed by loan group; no identity covers it", [line])


def prints_deal_labels(label: str) -> set[str]:
    """The deal figures a whole label of which ``label`` prints among its words.

    >>> sorted(prints_deal_labels("OC Deficiency Amount (after Realized Losses)"))
    ['oc_deficiency']
    """
    v = vocabulary()
    roots = {w[:ROOT_LETTERS] for w in v.known_words(words_of(label))}
    return {f for need, f in _deal_label_roots(v) if need <= roots}


@lru_cache(maxsize=4)
def _deal_label_roots(v: Vocabulary) -> list[tuple[frozenset[str], str]]:
    """The word roots of every deal label of ``v``, and its field."""
    out = [(frozenset(w[:ROOT_LETTERS] for w in v.known_words(words_of(lab))), f) for lab, f in v.label_fields("deal")]
    return [(need, f) for need, f in out if need]


# an aside in brackets inside a label
_ASIDE: Final = re.compile(r"\([^)]*\)")
#: the answers a flag is printed with
YES_NO: Final = frozenset({"YES", "NO", "Y", "N"})


def answer_of(ln: Line) -> tuple[str, str, tuple[int, int] | None]:
    """A labelled line's text value: (its label, the value, the value's span). A yes/no
    answer followed by an aside in brackets ("Stepdown Date has occurred:   No   (Stepdown Date
    no earlier than November 2009)") is the answer, the aside no value.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> answer_of(tokenize_line("Stepdown Date has occurred:   No      (no earlier than 2009)", 1))[:2]
    ('Stepdown Date has occurred:', 'No')
    >>> answer_of(tokenize_line("Trigger Event in Effect?      No        No", 1))[:2], answer_of(
    ...     tokenize_line("Trigger Event in Effect?      No        Yes", 1))[1]
    (('Trigger Event in Effect?', 'No'), 'Yes')
    """
    text = ln.text_value or ""
    words = ln.label_tokens
    if text.startswith("(") and words and words[-1].text.strip(".:").upper() in YES_NO and len(words) > 1:
        last = words[-1]
        return " ".join(t.text for t in words[:-1]), last.text.strip(".:"), (last.start, last.end)
    # the same answer for every loan group ("Trigger Event in Effect?   No   No"): the deal's
    k = len(words)
    while k > 1 and words[k - 1].text.upper() in YES_NO:
        k -= 1
    if k < len(words) and text.upper() in YES_NO and all(t.text.upper() == text.upper() for t in words[k:]):
        return " ".join(t.text for t in words[:k]), text, ln.text_value_span
    return ln.label, text, ln.text_value_span


def flag_named(label: str, section: str, answer: str) -> Entry | None:
    """The flag (a yes/no deal field) a label printing ``answer`` names, where its words do
    not name a field outright: a Yes or a No is the value of a flag, and of the flags the
    one whose labels hold the label's words but those no figure's labels hold
    (:meth:`~abs_nb.parse.vocabulary.Vocabulary.covering`; ``Stepdown Date has occurred``,
    ``Trigger Event in effect``). A word of one flag is not enough: an ``Event of Default``
    is no trigger event.

    >>> flag_named("Trigger Event in effect", "*", "No").field, flag_named("Event of Default", "*", "No") is None
    ('trigger_event', True)
    """
    if answer.strip(" .?:").upper() not in YES_NO:
        return None
    label = _ASIDE.sub(" ", label)  # "(Delinquency or Loss Test)": what the test is, no word of its name
    v = vocabulary()
    field = v.covering(label, section, "deal", v.fields_of_type("deal", "bool"))
    return Entry("*", label, "deal", field, "bool", {}) if field else None


def named_by_pool_words(label: str, tok: Token, fields: frozenset[str]) -> str | None:
    """A pool figure printed once is the deal's too: the deal field of ``fields`` whose pool
    column the words of a deal line name (``Loans Outstanding``: the pool's ending count,
    the deal's loan count), among those ``tok`` can be a figure of.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> named_by_pool_words("Loans Outstanding", tokenize_line("x 752", 1).values[0], frozenset({"loan_count"}))
    'loan_count'
    """
    v = vocabulary()
    pool = {POOL_FIGURE_COLUMN[f]: f for f in fields if f in POOL_FIGURE_COLUMN and can_be(tok, v.field_type("deal", f))}
    column = v.covering(label, "pool", "collateral", frozenset(pool)) if pool else None
    return pool.get(column) if column is not None else None


def _below_zero(field: str, type_: str, tok: Token) -> bool:
    """Is ``tok`` below zero where ``field`` never is (a count, a balance)? A line so printed
    takes something out (``Less: Loans Paid in Full  (61)``): its words alone do not name it.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> _below_zero("loan_count", "count", tokenize_line("x  (61)", 1).values[0])
    True
    """
    return tok.number is not None and tok.number < 0 and (type_ == "count" or field.endswith("balance")
                                                          or field in DEAL_NEVER_NEGATIVE)


def last_segment(ln: Line) -> str:
    """The last run of a line's label words, two or more blanks from the words before
    (:meth:`~abs_nb.parse.tokens.Line.segments`) and holding a letter: the words printed
    next to the figure where the line prints other words before them (``Interest Period:
    10/25/04 - 11/24/04     One-Month LIBOR:   1.63375%``); "" where there are none.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> last_segment(tokenize_line("Accrual: 10/25 - 11/24 (30 days)     One-Month LIBOR:   1.63375%", 1))
    'One-Month LIBOR:'
    """
    for text, _, _ in reversed(ln.segments()):
        if any(ch.isalpha() for ch in text):
            return text
    return ""


def name_deal_lines(unmapped: list[Unmapped], lines: dict[int, Line], known: set[str],
                    among_words: list[tuple[Unmapped, Token]] | None = None,
                    ) -> list[tuple[Unmapped, str, Token, CheckRow]]:
    """The unmapped one-figure lines their words name (module docstring): (the line, its
    field, its figure, the ``row_role`` check). ``known``: the deal fields already read.
    ``among_words``: figures printed among other words, each after the words of its label
    (``One-Month LIBOR:  4.04%    Administrator: ...``), named as a line's label names it.

    >>> from abs_nb.parse.pieces import Unmapped
    >>> from abs_nb.parse.tokens import tokenize_line
    >>> ln = tokenize_line("Required O/C:     8,243,730.00", 7)
    >>> [(f, t.text) for _, f, t, _ in name_deal_lines([Unmapped(7, "Required O/C:", [], "")], {7: ln}, set())]
    [('oc_target', '8,243,730.00')]
    """
    v = vocabulary()
    fields = _open_fields(known)
    found: list[tuple[Unmapped, str, str, Token, bool, str]] = []
    counted: set[int] | None = None  # the lines of counts rolled forward, found when asked
    for u in unmapped:
        ln = lines.get(u.line)
        if ln is None or not u.label:
            continue
        ln = pair_of(ln, u.label)  # of two pairs side by side, the one this label printed
        if len(ln.values) != 1:
            continue
        tok = ln.values[0]
        if ln.glued(tok):
            continue
        words, field = named_label(u.label, tok, fields)
        last = last_segment(ln)
        if field is None and last and last != u.label:
            words, field = named_label(last, tok, fields, part=True)
        by_pool = field is None
        field = field or named_by_pool_words(u.label, tok, fields)
        if field is not None and not _below_zero(field, v.field_type("deal", field), tok):
            if v.field_type("deal", field) == "money" and not tok.decimals:
                counted = rolled_counts(lines) if counted is None else counted
                if u.line in counted:
                    continue  # a count of loans rolled forward, no amount
            found.append((u, field, v.field_type("deal", field), tok, by_pool, words))
    for u, tok in among_words or ():
        words, field = named_label(u.label, tok, fields)
        if field is not None:
            found.append((u, field, v.field_type("deal", field), tok, False, words))
    out: list[tuple[Unmapped, str, Token, CheckRow]] = []
    for u, field, type_, tok, by_pool, words in found:
        alike = [x[0].line for x in found if x[1] == field]
        if len({x[3].value for x in found if x[1] == field}) > 1:
            continue  # two lines naming one figure with two values: neither is taken
        if by_pool:
            column = POOL_FIGURE_COLUMN[field]
            note = v.left_out_note(u.label, "pool", "collateral", column)
            named = (f"every word of the label is a word of the pool's {column}'s labels{note}, a pool figure "
                     "printed once, the deal's too")
        else:
            note = v.left_out_note(words, "*", "deal", field)
            read_as = f" (read as {words!r})" if words != u.label else ""
            named = (f"every word of the label{read_as} is a word of {field}'s labels and of no other deal "
                     f"figure's{note}")
        out.append((u, field, tok, CheckRow(
            "row_role", f"{u.label} (line {u.line})", math.nan, math.nan, "warn" if note else "pass",
            f"{field}: {named}, and its figure is of that kind ({type_}); no identity covers it"
            + (f"; lines {', '.join(map(str, alike))} name it and print it alike" if len(alike) > 1 else ""),
            [u.line])))
    return out
