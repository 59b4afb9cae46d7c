"""Spelling: printed text -> the words it means, shared by every reader and the vocabulary.

A label is normalised (lower case, runs of other characters one space), its abbreviations and
phrases spelled out from ``words.csv`` (``Sched`` -> ``scheduled``, ``since closing`` ->
``cumulative``), plurals folded and fillers dropped; a class label is keyed without its
punctuation.

>>> words_of("Sched. Prin."), class_key("B-IO")
(('scheduled', 'principal'), 'BIO')
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources
from typing import Final

from abs_nb.parse.memo import Memo, memo_text
from abs_nb.parse.number_text import NAME_MARK

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def normalise(label: str) -> str:
    """Lower case, runs of other characters as one space.

    >>> normalise("Sched In(Net Serv. Fee)")
    'sched in net serv fee'
    """
    hit = _NORMALISED.data.get(label)
    if hit is None:
        hit = _NORMALISED.put(label, _NON_ALNUM.sub(" ", label.lower()).strip())
    return hit


_NORMALISED: Final[Memo[str, str]] = Memo("spelling.normalise")


def without_operator(label: str) -> str | None:
    """A label's words after the word saying how its figure enters a sum (``Less:
    Servicing Fee`` is the servicing fee), or None where no such word opens it.

    >>> without_operator("  LESS: SERVICING FEE"), without_operator("Plus Interest"), without_operator("Additional")
    ('SERVICING FEE', 'Interest', None)
    """
    m = _OPERATOR.match(label)
    return label[m.end():] or None if m else None


def before_aside(label: str) -> str:
    """A label's words before an aside in brackets that says what its figure holds
    (``Liquidation Proceeds (Repossessions and Charge-offs)``): those words name it; the
    label as it is where no words stand before a bracket.

    >>> before_aside("Liquidation Proceeds (Repossessions and Charge-offs)"), before_aside("(a) Fees")
    ('Liquidation Proceeds', '(a) Fees')
    """
    head = label.split("(", 1)[0].strip()
    return head if head and any(ch.isalpha() for ch in head) else label


def shorter_label(label: str) -> str | None:
    """The words of a label the vocabulary does not know that may name its figure: less the
    marks in brackets of the item it numbers (``(ii)``), a unit it states (:func:`without_unit`),
    a phrase saying when (:func:`without_when`), the word saying how it enters a sum
    (:func:`without_operator`), or a reference to other items (:func:`without_reference`);
    None where it has none.

    >>> shorter_label("LESS: SERVICING FEE (0.50% PER ANNUM)"), shorter_label("Servicing Fee")
    ('LESS: SERVICING FEE', None)
    >>> shorter_label("(iv) Net Liquidation Proceeds")
    'Net Liquidation Proceeds'
    """
    if label[:1] == "(" and (bare := without_item_marks(label)) != label:
        return bare
    return without_unit(label) or without_when(label) or without_operator(label) or without_reference(label)


def without_reference(label: str) -> str | None:
    """``label`` less a reference to other items after its words (``included in (c)(v)``,
    ``see item 5``, ``from clause (1)(i)``): where the figure is counted again, no part of what
    it is. None where it ends in none.

    >>> without_reference("Overcollateralization Increase Amount included in (c)(v)")
    'Overcollateralization Increase Amount'
    >>> without_reference("Realized Losses (see Item 7)"), without_reference("Realized Losses (1)")
    ('Realized Losses', None)
    >>> without_reference("Ending Principal Balance in (FC)"), without_reference("Ending Pool Balance in (000s)")
    (None, None)
    """
    m = _REFERENCE.search(text := label.rstrip(" .:"))  # (a dot leader after it aside)
    return text[: m.start()] if m and m.start() else None


# a reference to items: words saying where ("included in", "see", "from", "per"), then an
# item's marks (lower-case letters or numerals, or digits, in brackets: "(c)(v)", never "(FC)")
# or a numbered item ("Item 7", "clause 3.1")
_REFERENCE: Final = re.compile(
    r"\s*[,;]?\s*\(?(?i:(?:as\s+)?included\s+in|see|from|per)\s+(?:(?i:items?|clauses?|lines?|sections?)\s+"
    r"[A-Za-z0-9]{1,3}(?:\.[0-9]{1,2})?(?:\([a-z0-9]{1,4}\))*|(?:\((?:[a-z]|[ivx]{1,4}|\d{1,2})\))+)\)?$")


_OPERATOR: Final = re.compile(r"\s*(?:less|plus|add|minus|deduct|subtract)\b\s*:?\s*", re.I)


def class_key(label: str) -> str:
    """The key two spellings of one class share: ``B-IO`` and ``BIO`` -> ``BIO``."""
    hit = _CLASS_KEYS.data.get(label)
    if hit is None:
        hit = _CLASS_KEYS.put(label, _NOT_KEY.sub("", label.upper()))
    return hit


_NOT_KEY = re.compile(r"[^A-Z0-9]")

_CLASS_KEYS: Final[Memo[str, str]] = Memo("spelling.class_key")


@lru_cache(maxsize=1)
def _spellings() -> tuple[dict[str, str], re.Pattern[str] | None]:
    """``words.csv``: one-word printed forms -> word, and one regex for the phrases."""
    text = resources.files("abs_nb.parse").joinpath("words.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#"))
    single: dict[str, str] = {}
    phrases: dict[str, str] = {}
    for row in rows:
        printed = normalise(row["printed"])
        (phrases if " " in printed else single)[printed] = (row["word"] or "").strip()
    # a phrase is matched with fillers between its words too ("since the cut off date" is
    # "since cut off date"): each is known by its words less the fillers
    fillers = sorted(p for p, w in single.items() if not w)
    _FILLERS.clear()
    _FILLERS.update(fillers)
    _PHRASES.clear()
    _PHRASES.update({_less_fillers(p): w for p, w in phrases.items()})
    rx = None
    if phrases:
        gap = r"\s+(?:(?:" + "|".join(map(re.escape, fillers)) + r")\s+)*" if fillers else r"\s+"
        alternatives = "|".join(gap.join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))
        # a phrase's plural is the phrase ("charge offs")
        rx = re.compile(r"(?<![a-z0-9])(" + alternatives + r")s?(?![a-z0-9])")
    return single, rx


_PHRASES: dict[str, str] = {}  # a phrase's words less the fillers -> the word it stands for
_FILLERS: set[str] = set()


def _less_fillers(phrase: str) -> str:
    """A phrase's words less the fillers among them (:data:`_FILLERS`)."""
    return " ".join(w for w in phrase.split() if w not in _FILLERS)


def printed_forms(word: str) -> list[str]:
    """The one-word forms ``words.csv`` spells ``word`` with, ``word`` first: the words a
    pattern of printed text must allow.

    >>> printed_forms("distribution")
    ['distribution', 'dist', 'distr', 'distrib']
    """
    return [word, *(p for p, w in _spellings()[0].items() if w == word and p != word)]


#: the keys (:func:`class_key`) of a Totals row's label: the word and every one-word form
#: ``words.csv`` abbreviates it with (``TOT``); another word for it (``Aggregate``) makes a
#: row a Total only where its figures sum the rows above
TOTAL_KEYS: Final = frozenset({"TOTALS", *(class_key(p) for p in printed_forms("total") if "total".startswith(p))})


def stem(word: str) -> str:
    """A plural folded to its singular (``balances`` -> ``balance``, ``losses`` -> ``loss``,
    ``liabilities`` -> ``liability``); short words and words ending in ``ss`` or ``us`` kept.

    >>> [stem(w) for w in ("balances", "losses", "liabilities", "class", "status", "days")]
    ['balance', 'loss', 'liability', 'class', 'status', 'day']
    """
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    return word[:-1]


def words_of(label: str) -> tuple[str, ...]:
    """The words a label means, abbreviations spelled out, plurals folded, fillers dropped.

    >>> words_of("Sched. Prin."), words_of("O/C Target Amt"), words_of("Balance of the Loans")
    (('scheduled', 'principal'), ('overcollateralization', 'target', 'amount'), ('balance', 'loan'))
    >>> words_of("of Balance")
    ('of', 'balance')
    """
    hit = _WORDS.data.get(label)
    if hit is not None:
        return hit
    single, rx = _spellings()
    key = normalise(label)
    if rx is not None and key:
        key = rx.sub(lambda m: _PHRASES[_less_fillers(m.group(1))], key)
    out: list[str] = []
    words = key.split()
    for i, w in enumerate(words):
        w = single[w] if w in single else single.get(stem(w), w)  # a plural is its singular
        if not w and (i == 0 or i == len(words) - 1):
            # a filler that starts or ends a label marks a fragment of a wrapped one
            # ("of Balance" under "% of"): kept, so the fragment matches nothing
            out.append(words[i])
            continue
        for part in w.split():
            part = stem(single.get(part, part))
            if part:
                out.append(part)
    return _WORDS.put(label, tuple(out))


_WORDS: Final[Memo[str, tuple[str, ...]]] = Memo("spelling.words_of")


def header_fragment(text: str) -> bool:
    """Is ``text`` a piece of a column header wrapped over lines, never a name standing
    alone: it starts or ends with a filler (``Number of``, ``of Pool``), or prints a sign
    of a measure (``%``, ``$``, ``#``)? A servicer's or a group's name does neither.

    >>> header_fragment("Number of"), header_fragment("% of Pool"), header_fragment("Fairbanks")
    (True, True, False)
    """
    if any(c in text for c in "%$#"):
        return True
    words = normalise(text).split()
    if not words:
        return False
    single = _spellings()[0]
    return single.get(words[0]) == "" or single.get(words[-1]) == ""


# a loan group's word and its number or roman numeral ("Grp II", "Pool 2"): the number captured
GROUP_WORDS: Final = ("group", "grp", "gr", "pool")
# a group's number in words ("Pool One"), apart from its word by a blank
NUMBER_WORDS: Final = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
GROUP_NUMBER: Final = (rf"(?:{'|'.join(GROUP_WORDS)})\s*([0-9]{{1,2}}|[ivx]{{1,4}}"
                       rf"|(?<=\s)(?:{'|'.join(NUMBER_WORDS)})(?![a-z]))")
# a group's number, perhaps after the words naming its loans ("Loan Group 2", "Pool II")
GROUP_HEAD: Final = rf"(?:(?:mortgage|loan|collateral)\s+)?{GROUP_NUMBER}"
# a group's name, perhaps a letter after its number, and a description after a dash, in
# brackets or after a colon ("GROUP I - FIXED RATE", "Group 2 (ARM)")
_GROUP = re.compile(rf"^{GROUP_HEAD}\s*([a-z]?)"
                    r"(?:\s+-\s+[^-].*|\s*\([^()]*\)|\s*:.*)?$", re.I)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
          **{w: k + 1 for k, w in enumerate(NUMBER_WORDS)}}


def group_name(header: str) -> str | None:
    """The group a column header names, numbered as the schema writes groups.

    >>> group_name("Pool 2"), group_name("Grp II"), group_name("Loan Group 1A"), group_name("Balance")
    ('Group 2', 'Group 2', 'Group 1A', None)
    >>> group_name("GR II"), group_name("Gross")
    ('Group 2', None)
    >>> group_name("GROUP I - FIXED RATE"), group_name("Group 2 (ARM)"), group_name("Group 1-2")
    ('Group 1', 'Group 2', None)
    >>> group_name("POOL TWO - ADJUSTABLE RATE LOANS"), group_name("Pool Oner")
    ('Group 2', None)
    """
    return memo_text(_GROUP_NAMES, header, _group_name)


_GROUP_NAMES: Final[Memo[str, str]] = Memo("spelling.group_name")  # header -> group_name(header), "" for None


def _group_name(header: str) -> str | None:
    m = _GROUP.match(" ".join(header.split()))
    if not m:
        return None
    number = m.group(1).lower()
    n = _ROMAN.get(number) if not number.isdigit() else int(number)
    return None if n is None else f"Group {n}{m.group(2).upper()}"


def abbreviates(short: str, full: str) -> bool:
    """Does ``short`` name what ``full`` does, some words cut short: word by word, each of
    ``short`` the start of the same word of ``full`` (a cut word keeps 2 letters at least),
    no word left over on either side.

    >>> abbreviates("ADJ. RATE GROUP", "Adjustable Rate Group"), abbreviates("Fixed", "Fixed Rate Group")
    (True, False)
    >>> abbreviates("A RATE GROUP", "Adjustable Rate Group"), abbreviates("FIXED RATE", "fixed rate")
    (False, True)
    """
    a, b = normalise(short).split(), normalise(full).split()
    if len(a) != len(b) or not a:
        return False
    return all(x == y or (len(x) >= 2 and y.startswith(x)) for x, y in zip(a, b, strict=True))


# a footnote's mark after a name: a number or a capital letter in brackets, asterisks, a
# dagger, the name's no part ("B-1 (4)", "A-IO(N)", "CE*"); a small letter in brackets may be a
# tranche's ("A-2(a)", "A-2(b)"): kept
_NOTE_MARK: Final = re.compile(rf"(?:{NAME_MARK})$")  # no leading blanks: linear in a run of them


def without_note_mark(text: str) -> str:
    """``text`` less a footnote's mark after it.

    >>> without_note_mark("B-1 (4)"), without_note_mark("CE*"), without_note_mark("A-2"), without_note_mark("A-2(b)")
    ('B-1', 'CE', 'A-2', 'A-2(b)')
    >>> without_note_mark("A-IO(N)")
    'A-IO'
    """
    return _NOTE_MARK.sub("", text.strip()).rstrip()


def is_note_mark(text: str) -> bool:
    """Is ``text`` a footnote's mark alone (``(3)``, ``**``)?

    >>> is_note_mark("(3)"), is_note_mark("**"), is_note_mark("(1,234)")
    (True, True, False)
    """
    return bool(text) and not without_note_mark(text)


def without_item_marks(label: str) -> str:
    """``label`` less the marks of the item it numbers (``1.``, ``12)``, ``(a)``, ``(iv)``, a
    section's ``II.``, one or more: ``2. (a) Scheduled principal``); a label of marks alone is
    kept.

    >>> without_item_marks(" 2. (a) Scheduled principal payments"), without_item_marks("(1)-(3)")
    ('Scheduled principal payments', '(1)-(3)')
    >>> without_item_marks("3.1 Group I Mortgage Loans"), without_item_marks("2.10 Class M-6")
    ('Group I Mortgage Loans', 'Class M-6')
    >>> without_item_marks("(b)(viii) Aggregate Loan Balance"), without_item_marks("TABLE 4. GROUP 1 LOANS")
    ('Aggregate Loan Balance', 'GROUP 1 LOANS')
    >>> without_item_marks("( 1) Beginning Aggregate Principal Balance")
    'Beginning Aggregate Principal Balance'
    """
    return _ITEM_MARKS.sub("", label) if _ITEM_MARKS.match(label) else label


# an item's mark: "1.", "12)", "(a)", "(iv)", "II.", "D."; "3.1", a section's; "( 1)", a blank
# padding a number to the width of "(10)"
_MARK: Final = r"(?:\d{1,2}(?:\.\d{1,2}){1,2}\.?|\d{1,2}[.)]|\( ?[a-z0-9]{1,4}\)|[ivx]{1,5}\.|[a-z][.)])"
# a caption's number, a mark too ("Table 4.", "Part II:", "Section 3.1" two blanks before its
# title; "Section 32 Loans" is a label)
_CAPTION: Final = r"(?:table|section|part|schedule|exhibit)\s+(?:\d{1,2}(?:\.\d{1,2})*|[ivx]{1,5}|[a-z])(?:[.:)]|(?=\s\s))"
# an item's marks before a label's words, one or more, apart or run together in brackets
# ("2. (a)", "(a)(iv)"; "U.S. Bank" is no marks)
_ITEM_MARKS: Final = re.compile(rf"^\s*(?:(?:{_MARK}|{_CAPTION})(?:\([a-z0-9]{{1,4}}\))*\s+)+(?=[a-z])", re.I)
_ITEM_MARK: Final = re.compile(rf"{_MARK}", re.I)


def is_item_mark(text: str) -> bool:
    """Is ``text`` an item's mark alone (``D.``, ``(iv)``, ``12)``)?

    >>> [is_item_mark(t) for t in ("D.", "(iv)", "12)", "Class", "A-1")]
    [True, True, True, False, False]
    """
    return _ITEM_MARK.fullmatch(text) is not None


def without_unit(label: str) -> str | None:
    """``label`` less the unit it states after its words, in brackets (and a dot leader):
    ``(in months)``, ``(%)``, a fee's rate ``(0.50% per annum)``. None where it states none.

    >>> without_unit("Weighted Average Remaining Term (in months) ....."), without_unit("WAC")
    ('Weighted Average Remaining Term', None)
    """
    bare = label.rstrip(". :")
    return _UNIT.sub("", bare) if _UNIT.search(bare) else None


def without_amount(label: str) -> str | None:
    """A column's name less its last word saying the figures are amounts of money
    (``Principal Distribution Amount``), where two words or more before it say what they
    are; None where it ends in no such word.

    >>> without_amount("Principal Distribution Amount"), without_amount("Loss Amount")
    ('Principal Distribution', None)
    """
    m = _AMOUNT.search(label.rstrip(". :"))
    return label[: m.start()] if m and len(label[: m.start()].split()) >= 2 else None


_AMOUNT: Final = re.compile(r"\s+(?:amount|amt\.?|amounts)$", re.I)
_UNIT: Final = re.compile(
    r"\s*\((?:in\s+)?(?:months?|days?|years?|%|\$|#|percent|dollars|[\d.]+\s*%(?:\s+per\s+annum)?)\)\s*$", re.I)


def without_when(label: str) -> str | None:
    """``label`` less a phrase after its words saying when the figure stands (``for the
    Current Accrual Period``, ``during the Collection Period``, ``for the Distribution Date
    05/25/01 - 06/24/01 (31 days)``): opened by ``for`` or ``during``, every word of it one of
    :data:`WHEN_WORDS` (figures of dates and days aside), one of them a span of time
    (``period``, ``date``, ``month``), or opened by ``this`` (``this period``); a phrase saying
    which end of the period (``at the beginning of the Collection Period``) makes the label
    that end's figure (``Beginning Pool Balance``). None where it ends in no such phrase. The phrase names
    no figure, it says the figure is the period's own, as ``current`` does (a *prior*
    period's, or a cumulative one, is no phrase of these words).

    >>> without_when("One-Month LIBOR for the current Accrual Period:")
    'One-Month LIBOR'
    >>> without_when("Total Servicing Fee for the Collection Period"), without_when("Funds Available for Distribution")
    ('Total Servicing Fee', None)
    >>> without_when("Realized Losses for the Prior Period") is None
    True
    >>> without_when("LIBOR for the Interest Accrual Period 05/25/01 - 06/24/01 (31 days)")
    'LIBOR'
    >>> without_when("Funds for Interest") is None
    True
    >>> without_when("Realized Losses this period"), without_when("Losses this Quarter") is None
    ('Realized Losses', True)
    >>> without_when("Pool Balance at beginning of Collection Period"), without_when("Pool Balance as of the end of the Due Period")
    ('Beginning Pool Balance', 'Ending Pool Balance')
    >>> without_when("Balance at Beginning of Period") is None, without_when("Pool Balance, end of Collection Period")
    (True, 'Ending Pool Balance')
    """
    m = _WHEN.search(label.rstrip(" .:")) or _AT_EDGE.search(label.rstrip(" .:"))
    if m is None or not label[: m.start()].strip(" .:-"):
        return None
    words = [stem(w) for w in normalise(m.group(2) or m.group(3)).split() if not w.isdigit()]
    if not WHEN_SPANS.intersection(words) or not all(w in WHEN_WORDS for w in words):
        return None
    if m.re is _AT_EDGE:  # "Pool Balance at beginning of Collection Period": the Beginning Pool Balance
        what = label[: m.start()].strip(" .:-")  # (a bare "Balance" names no figure: whose, its heading says)
        edge = "Beginning" if m.group(1).lower() in ("beginning", "start", "opening") else "Ending"
        return f"{edge} {what}" if len(what.split()) > 1 else None
    return label[: m.start()].rstrip(" .:-")


#: the words of a phrase saying when a figure stands, and the spans of time that end one
WHEN_SPANS: Final = frozenset({"period", "date", "month"})
WHEN_WORDS: Final = WHEN_SPANS | frozenset({
    "the", "this", "such", "related", "current", "accrual", "interest", "distribution", "payment",
    "remittance", "determination", "collection", "due", "prepayment", "calendar", "monthly", "day"})
_WHEN: Final = re.compile(r"\s(?:(for|during)\s+([a-z][a-z0-9\s/()-]*)|(this\s+[a-z][a-z0-9\s/()-]*))$", re.I)
# "at the beginning of the Collection Period", "as of the end of the Due Period", ", end of the
# Collection Period": when, and which end
_AT_EDGE: Final = re.compile(r"(?:,|\s(?:at|as\s+of))\s+(?:the\s+)?(beginning|start|opening|end|close)\s+of\s+"
                             r"([a-z][a-z0-9\s/()-]*)()$", re.I)
