"""Delinquency statuses named by a row's words: days past due (``30-59``, ``60 to 89 Days``,
``90+``), payments missed (``1 Payment``, ``3+ Payments``), foreclosure, bankruptcy, REO
(``statuses.csv``, data), and the words that say a figure counts loans or sums their balance;
the cells of a status's figures (:func:`put_status`).

>>> status_of("60 to 89 Days"), status_of("3+ Payments Delinquent"), status_of("Real Estate Owned")
('60-89', '90+', 'reo')
>>> status_of("Beginning Balance") is None
True
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources
from typing import Final

from abs_nb.parse.memo import Memo
from abs_nb.parse.pieces import Cell, Walk
from abs_nb.parse.spelling import words_of
from abs_nb.parse.tokens import Line, Token
from abs_nb.parse.typos import without_vowels
from abs_nb.parse.vocabulary import vocabulary


@lru_cache(maxsize=1)
def _status_words() -> list[tuple[frozenset[str], str]]:
    text = resources.files("abs_nb.parse").joinpath("statuses.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#"))
    return [(frozenset(words_of(r["words"])), r["status"]) for r in rows]


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    return frozenset(w for needed, _ in _status_words() for w in needed)


def status_of(label: str) -> str | None:
    """The delinquency status a row label names, or None (see the module docstring).

    >>> status_of("Over 89 Days"), status_of("Two Months Delinquent"), status_of("Less than 30 days")
    ('90+', '60-89', None)
    >>> status_of("30-59"), status_of("90+"), status_of("1-2"), status_of("2004-05"), status_of("60 to 89")
    ('30-59', '90+', None, None, '60-89')
    >>> status_of("One Payment Delinquent (30 Days)"), status_of("Total Delinquent, Foreclosure and REO")
    ('30-59', None)
    >>> status_of("1 Payment (30 days)"), status_of("3 or More (90+ days)")
    ('30-59', '90+')
    >>> status_of("31 Days or More Delinquent"), status_of("60+ Days"), status_of("90 or more days"), status_of("3+ Payments")
    (None, None, '90+', '90+')
    >>> status_of("90 and over"), status_of("30 and over"), status_of("Delinquent, Foreclosure and REO")
    ('90+', None, None)
    >>> status_of("Bnkrpt"), status_of("Frclsr"), status_of("Delq 2 Mos"), status_of("Foreclos.")
    ('bankruptcy', 'foreclosure', '60-89', 'foreclosure')
    """
    hit = _STATUSES.get(label)
    if hit is None:
        hit = _STATUSES.put(label, (_status(label),))
    return hit[0]


_STATUSES: Final[Memo[str, tuple[str | None]]] = Memo("delinquency.status_of")


def _status(label: str) -> str | None:
    words = set(words_of(label))
    known = _known_words()
    for w in words - known:  # a status's word printed without its vowels ("Bnkrpt", "Frclsr") or cut short ("Foreclos.")
        spelled = without_vowels(w, known) or ([k for k in known if k.startswith(w)] if len(w) >= CUT_LETTERS else [])
        if len({status for needed, status in _status_words() if needed & set(spelled)}) == 1:
            words.update(spelled)
    if "total" in words:
        return None  # a subtotal of statuses ("Total Delinquent, Foreclosure and REO"), none of them
    if _JOINED.search(label):
        kinds = {status for needed, status in _status_words() if needed <= words and status in _KINDS}
        if len(kinds) >= 2:
            return None  # statuses listed together ("Delinquent, Foreclosure and REO"): their sum, none of them
    for needed, status in _status_words():
        if needed <= words:
            if status in ("days", "payments", "delinquent"):
                return _bucket(label, status)
            return status
    if _DAY_RANGE.match(label):
        return _bucket(label, "days")  # a bare range of days past due ("30-59", "90+")
    return None


#: the fewest letters a status's word cut short keeps ("Forecl.", "Delinq."; "Bank" is another word)
CUT_LETTERS: Final = 5
_JOINED: Final = re.compile(r"[,&/]|\s\+\s|\b(?:and|plus)\b", re.I)  # what lists statuses together ("90+" is a bound)
# the kinds of trouble a label may list together (a delinquency's days are one of them)
_KINDS: Final = frozenset({"foreclosure", "bankruptcy", "reo", "delinquent"})


# a label that is a range of days and nothing else: "30-59", "60 - 89", "30 to 59", "90+", "90 and over" (the first
# number a month's days at least: "1-2" counts no days)
_DAY_RANGE = re.compile(r"^\s*(?:2[89]|[3-9]\d|1\d\d)\s*(?:[-\u2013]\s*\d{2,3}|\s(?:to|thru|through)\s+\d{2,3}|\+"
                        r"|\s(?:and|or)\s(?:over|more|above))"
                        r"\s*(?:days?)?\s*$", re.I)


MONTH_DAYS: Final = 28  # the fewest days a bucket of days past due starts at
_RANGE_WORDS: Final = frozenset({"to", "thru", "through"})  # the words between a range's bounds ("1 to 29")
# a number after these words is exceeded, not reached: "over 89 days" starts at 90
_ABOVE = frozenset({"over", "greater", "more", "above", "exceeding", "beyond", "after"})
# a number after these is an upper bound: "less than 30 days" is no delinquency bucket
_JOINING: Final = frozenset({"or", "than"})  # the words joining a bucket's bound to its days ("90 or more")
_BELOW = frozenset({"less", "under", "fewer", "within", "below"})
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


_OPEN: Final = re.compile(r"\d\s*\+")


def _days_of(unit: str, n: int) -> bool:
    """Does the number ``n`` of a label counting ``unit`` count days (else payments)?"""
    return unit == "days" or (unit == "delinquent" and n >= 28)


def _bucket(label: str, unit: str) -> str | None:
    """The bucket from the first number of the label and what it counts: days past due
    (``30-59``, ``31 to 60``, ``90+``, ``over 89``) or payments / months missed (``1``,
    ``two``, ``3+``); a bare ``delinquent`` with a number reads it by its size (28 and up are
    days, up to 12 are payments). The lower bound of the range names the bucket."""
    tokens = re.findall(r"[a-z]+|\d+", label.lower())
    for i, tok in enumerate(tokens):
        n = int(tok) if tok.isdigit() else _NUMBER_WORDS.get(tok)
        if n is None or unit == "days" and not tok.isdigit():
            continue  # days are counted in figures ("One Payment Delinquent (30 Days)": 30 days)
        if unit == "days" and n < MONTH_DAYS and not (tokens[i + 1:i + 2] and (
                tokens[i + 1].isdigit() or tokens[i + 1] in _RANGE_WORDS)):
            continue  # fewer than a month's days opening no range counts payments ("1 Payment (30 days)", "3 or More")
        before = set(tokens[max(0, i - 2):i])
        if before & _BELOW:
            return None
        low = n + 1 if before & _ABOVE else n
        # a bound with no end ("31 days or more", "60+") below the last bucket's holds every
        # bucket above it: it is none of them
        if (set(tokens[i + 1:i + 4]) & _ABOVE or _OPEN.search(label)) and low < (90 if _days_of(unit, n) else 3):
            return None
        days = _days_of(unit, n)
        if days:
            return "30-59" if 28 <= low < 60 else "60-89" if 60 <= low < 90 else "90+" if low >= 90 else None
        if n > 12:
            return None
        return {1: "30-59", 2: "60-89"}.get(low, "90+" if low >= 3 else None)
    return None


def is_count_header(text: str) -> bool | None:
    """True for a count's header, False for a balance's, None when the words say neither."""
    if not text:
        return None
    sign = _MEASURE_SIGN.search(text)
    if sign:
        return sign.group(0) != "$"  # the signs of a number of loans ("#", "No.") and of an amount
    entry = vocabulary().lookup(text, "delinquency", ("measure",))
    if entry is not None:
        return entry.field == "count"
    words = set(words_of(text))
    if words & COUNT_WORDS and not words & BALANCE_WORDS:
        return True
    if words & BALANCE_WORDS:
        return False
    return None


DELINQUENT_WORDS: Final = frozenset({"delinquent", "delinquency", "delinquencies"})  #: a row of all loans delinquent


def delinquent_row(label: str) -> bool:
    """Does a row's label say only that its loans are delinquent (``DELINQUENT``,
    ``Delinquent Loans``), naming no status: the row of an aging matrix's delinquent loans?

    >>> delinquent_row("DELINQUENT"), delinquent_row("Delinquent Loans"), delinquent_row("Total Delinquent")
    (True, True, False)
    """
    words = set(words_of(label))
    return bool(words & DELINQUENT_WORDS) and words <= DELINQUENT_WORDS | {"loan"}


# the signs of a number and of an amount: "#", "No." (a word cut short, the answer "No" is not), "$"
_MEASURE_SIGN: Final = re.compile(r"#|\$|\bNo\.", re.I)
# the words that say a figure is a count of loans, and those that say it is a balance
COUNT_WORDS: Final = frozenset({"number", "count", "loan"})
BALANCE_WORDS: Final = frozenset({"balance", "amount"})
# the other words a label of one delinquency figure holds besides its status and measure
# (``30-59 days principal balance of loans``): one more word says something else
# (``loans that went into REO`` is this month's new REO, no status)
FIGURE_WORDS: Final = frozenset({"principal", "mortgage", "aggregate", "outstanding", "delinquent", "delinquency", "in",
                                 "day", "payment", "month", "scheduled", "stated", *_NUMBER_WORDS})


def caption_measure(text: str) -> bool | None:
    """The measure a caption over a table's status rows names (True: counts, False:
    balances), where its words are a measure's and a figure's only (``Number of Loans``,
    ``Scheduled Principal Balance``); None for any other words (``Loan Status Summary``).

    >>> caption_measure("Number of Loans"), caption_measure("Scheduled Principal Balance"), caption_measure("Loan Status")
    (True, False, None)
    >>> caption_measure("#"), caption_measure("$")
    (True, False)
    """
    sign = {"of", "no"} if _MEASURE_SIGN.search(text) else set()
    words = words_of(text)
    if not words and _MEASURE_SIGN.fullmatch(text.strip()):
        return is_count_header(text)  # a measure's sign alone: a count's "#", a balance's "$"
    if not words or not all(w in COUNT_WORDS or w in BALANCE_WORDS or w in FIGURE_WORDS or w in sign for w in words):
        return None
    return is_count_header(text)


# the parts of a title: its words apart from an aside in brackets and from a subtitle after a dash or colon
_TITLE_PARTS: Final = re.compile(r"\(|\)|\s[-\u2013\u2014]+\s|:")


def title_measure(title: str) -> bool | None:
    """The measure a table's title names in a part of its own (True: counts, False: balances;
    :func:`caption_measure`): a subtitle after a dash or colon, an aside in brackets
    (``DELINQUENCY (AS OF 10/31/00) - NUMBER OF LOANS``, ``DELINQUENT LOANS (PRINCIPAL
    BALANCES)``). The title's first part names its subject ("delinquent loans" are no number
    of loans); None where no other part names a measure, or two parts name both.

    >>> title_measure("E. DELINQUENCY (AS OF 10/31/00) - NUMBER OF LOANS"), title_measure("Delinquent Loans: Principal Balance")
    (True, False)
    >>> title_measure("Delinquency Summary"), title_measure("Number of Loans"), title_measure("Loans - Number - Balance")
    (None, None, None)
    >>> title_measure("DELINQUENCY - NUMBER OF LOANS AND PRINCIPAL BALANCE"), title_measure("DELINQUENCY - NO. / BALANCE")
    (None, None)
    """
    named = {m for part in _TITLE_PARTS.split(title)[1:] if (m := caption_measure(part)) is not None
             and not _both_measures(part)}
    return named.pop() if len(named) == 1 else None


def _both_measures(part: str) -> bool:
    """Does a part of a title name a count and a balance (``NUMBER / PRINCIPAL BALANCE``)?"""
    words = set(words_of(part))
    return bool(words & BALANCE_WORDS) and bool(words & {"number", "count"} or _MEASURE_SIGN.search(part))



def status_and_measure(label: str) -> tuple[str, str] | None:
    """(status, ``count`` or ``balance``) where ``label`` names one delinquency figure: a
    status and a measure, and no word but theirs, a number or another word of such a figure
    (:data:`FIGURE_WORDS`); else None.

    >>> status_and_measure("60-89 days number of loans"), status_and_measure("Principal Balance of REO")
    (('60-89', 'count'), ('reo', 'balance'))
    >>> status_and_measure("Principal Balance of Loans that went into REO") is None
    True
    >>> status_and_measure("30-59 DAYS - NO. OF LOANS"), status_and_measure("30-59 DAYS - PRIN BAL")
    (('30-59', 'count'), ('30-59', 'balance'))
    >>> status_and_measure("90 OR MORE DAYS - NUMBER")
    ('90+', 'count')
    """
    status = status_of(label)
    if status is None:
        return None
    status_words = {w for needed, _ in _status_words() for w in needed}
    sign = {"no"} if _MEASURE_SIGN.search(label) else set()  # "No. of Loans": a count's sign, cut short
    if not all(w.isdigit() or w in status_words or w in COUNT_WORDS or w in BALANCE_WORDS or w in FIGURE_WORDS
               or w in sign or w in _ABOVE or w in _JOINING for w in words_of(label)):
        return None
    is_count = is_count_header(label)
    return None if is_count is None else (status, "count" if is_count else "balance")


def put_measure(w: Walk, ln: Line, group: str, status: str, measure: str, tok: Token | None) -> None:
    """The cell of one group's figure of one measure (``count``, ``balance``,
    ``market_value``) in one status, printed on row ``ln``; a blank cell is the figure not
    printed (NaN, never 0)."""
    w.cells.append(Cell("delinquency", f"{group}\x1f{status}", measure, "count" if measure == "count" else "money",
                        tok.line_in(ln.no) if tok is not None else ln.no, token=tok,
                        span=(tok.start, tok.end) if tok is not None else None))


def put_status(w: Walk, ln: Line, group: str, status: str, count: Token | None, balance: Token | None,
               market_value: Token | None = None) -> None:
    """The cells of one group's figures in one status, printed on row ``ln``: its count, its
    balance and, where printed, its market value (:func:`put_measure`)."""
    put_measure(w, ln, group, status, "count", count)
    put_measure(w, ln, group, status, "balance", balance)
    if market_value is not None:
        put_measure(w, ln, group, status, "market_value", market_value)


def says_share(words: str) -> bool:
    """Do words (a row's label, a column's header) say their figures are shares
    (``PCT OF POOL BALANCE``, ``% BY NO.``)?

    >>> says_share("% BY NO."), says_share("Pct of Pool"), says_share("PRINCIPAL BAL.")
    (True, True, False)
    """
    return "%" in words or bool(set(words_of(words)) & _SHARE_WORDS)


def shares_line(ln: Line) -> bool:
    """A line of shares: figures each printed with a ``%``, or under a label saying so
    (``%``, ``TOTAL %``, ``Pct of Pool``: :func:`says_share`)."""
    return bool(ln.values) and (all(t.percent for t in ln.values) or says_share(ln.label))


def share_column(cells: list[Token | None], header: list[Line], span: tuple[int, int], measure: str = "") -> bool:
    """A column of percentages: every figure in it printed with a ``%`` (at least one), or
    under words saying so (``% BY NO.``; ``measure``: the measures' line's word for it by
    order), every figure a share (of decimals, at most 100)."""
    figures = [t for t in cells if t is not None]
    if figures and all(t.percent for t in figures):
        return True
    words = " ".join([measure] + [text for ln in header for text, c, e in ln.column_segments() if c < span[1] and e > span[0]])
    return bool(figures) and says_share(words) and all(
        t.kind == "num" and t.decimals and t.value is not None and 0 <= t.value <= 100 for t in figures)


_SHARE_WORDS: Final = frozenset({"percent", "percentage", "pct", "share"})


def put_status_row(w: Walk, ln: Line, label: str, row: list[Token | None], columns: list[str],
                   caption: bool | None = None) -> bool:
    """A row of a table by group whose label names a delinquency status and a measure
    (:func:`status_and_measure`), or a status alone under a header whose words over the
    labels name the measure (``caption``: :func:`is_count_header` of them, ``Number of
    Loans`` over ``30-59 days``), each group's figure of that kind (a count a whole number, a
    balance no percent): read into the delinquency table by group; False where it is no such
    row."""
    named = status_and_measure(label) or (None if caption is None else status_and_measure(
        f"{label} {'number' if caption else 'balance'}"))
    if named is None:
        return False
    status, measure = named
    figures = [t for t in row if t is not None]
    if not figures or any(t.kind != "num" or t.percent or measure == "count" and t.decimals for t in figures):
        return False
    for tok, group in zip(row, columns, strict=True):
        put_measure(w, ln, group, status, measure, tok)
    return True
