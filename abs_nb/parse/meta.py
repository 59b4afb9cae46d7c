"""Report metadata: trust, series, dates, trustee, servicers, form.

Read from the 8-K cover and the report heading; every field is what the text prints or
None (no field is inferred from another deal's conventions).

>>> parse_date("15-Oct-03"), parse_date("November 15, 2002"), parse_date("7/17/00")
(datetime.date(2003, 10, 15), datetime.date(2002, 11, 15), datetime.date(2000, 7, 17))
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from abs_nb.parse.labelled_names import (
    CELL_GAP,
    LABEL_WORDS,
    NEXT_LABEL,
    SERVICER_LABELS,
    labelled_name,
    labelled_names,
)
from abs_nb.parse.line_shapes import FRAMING
from abs_nb.parse.months import DATE_AT_START, MONTHS, full_year
from abs_nb.parse.parties import (
    Party,
    named_parties,
    offsets_of,
)
from abs_nb.parse.spelling import abbreviates, printed_forms
from abs_nb.parse.text_lines import lines_of

_DATE_PATTERNS = [
    (re.compile(r"\b(\d{1,2})-([A-Za-z]{3,9})-(\d{2,4})\b"), ("d", "mon", "y")),
    (re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b"), ("mon", "d", "y")),
    (re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{2,4})\b"), ("m", "d", "y")),
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("y", "m", "d")),
    (re.compile(r"\b(\d{4})(\d{2})(\d{2})\b"), ("y", "m", "d")),
]


def parse_date(text: str) -> dt.date | None:
    """The first date in ``text`` in any format these reports use, else None."""
    best = None
    for rx, order in _DATE_PATTERNS:
        m = rx.search(text)
        if not m or (best is not None and m.start() >= best[0]):
            continue
        parts = dict(zip(order, m.groups(), strict=False))
        try:
            month = MONTHS.get(parts["mon"].lower()) if "mon" in parts else int(parts["m"])
            if month is None:
                continue
            best = (m.start(), dt.date(full_year(parts["y"]), month, int(parts["d"])))
        except ValueError:
            continue
    return best[1] if best else None


# The series, tried in this order. The first two are searched in the lower-cased text (a
# series is upper-cased when found; re.IGNORECASE would make the regex engine try every
# position) and must start a word, which _word_matches checks on each match (a pattern that
# starts with \b is tried at every position too); the last is searched in the text as
# printed, where its letters must be capitals.
_SERIES_LABELLED = re.compile(r"series(?:\s+number)?\s*:?\s+(\d{4}-[a-z0-9]{1,5}(?:-[a-z0-9]{1,3})?)\b")
_SERIES_AFTER_NAME = re.compile(r"(?:trust|tr|corp\.?|corporation),?\s+(\d{4}-[a-z0-9]{1,5})\b")
# blanks are spaces and tabs, never a newline, and no two runs of them stand side by side:
# a pattern whose blanks could span lines, or be split between two runs, takes time growing
# with the cube of a run of blank lines (a report padded with them)
_SERIES_ALONE = re.compile(r"^[ \t]*(?:\|[ \t]*)?(\d{4}-[A-Z]{1,3}\d{0,2})(?=[ \t]{2}|[ \t]*$)", re.M)
# the capacity a trustee signs in ("in its capacity", "not in its individual capacity but
# solely"): no name; the name is the line above
_ITS_CAPACITY = re.compile(r"\bcapacity\b|\bsolely\b", re.I)
# words that name loans (their group or pool, the kind of their rate or lien) or a revolving pool's
# share, never who services them: "FIXED RATE GROUP", "ARM", "Second Lien", the "TRANSFEROR" interest
_GROUP_WORD = re.compile(r"\b(?:group|pool|fixed|adjustable|arms?|hybrid|lien|heloc|loans?|investor|transferor|seller)\b", re.I)
# the roles of a trust's trustee ("as Trustee", the notes' "as Indenture Trustee")
_TRUSTEE_ROLES = frozenset({"trustee", "indenture trustee"})
_SERVICER = re.compile(r"\bHas\s+([^\n]+?)\s+failed\s+the\s+Termination\s+Test", re.I)
_FORM = re.compile(r"^[ \t]*FORM[ \t]+(8-K/A|8-K|10-D/A|10-D|10-K)\b", re.I | re.M)
# the form an exhibit names as the one it is filed with, on a line of the document's head
# that calls it an exhibit ("Exhibit 99.1 to Form 10-D", "EX-99.1 (Form 10-D, Item 1121)",
# "Filed as an exhibit to the Current Report on Form 8-K"); searched in the lower-cased head
# (prose naming a form, "as reported on Form 8-K", names no form of its own)
_FORM_NAMED = re.compile(r"(?:\bexhibit\b|\bex-\d)[^\n]{0,80}?\bform[ \t]+(8-k/a|8-k|10-d/a|10-d|10-k)\b")
#: the lines of a document's head, where it says what it is
HEAD_LINES = 40
# A label, then (after ':' / spaces / '|' cell breaks) the date itself. Searched in
# lower-cased text, as (pattern, whether it must start a word, words that must not precede
# it). Those two checks are made on each match (_word_matches, _labelled_date), not in the
# pattern, so that every pattern starts with a letter the regex engine can skip to: a
# pattern that starts with \b or a look-behind is tried at every position of the text.
_NOT_THIS = ("previous ", "first ", "next ", "prior ", "original ", "closing ", "last ")
_LABELLED_DATES: dict[str, list[tuple[re.Pattern[str], bool, tuple[str, ...]]]] = {
    "distribution_date": [
        # the words as printed, abbreviated too ("Dist. Date:")
        (re.compile(rf"(?:{'|'.join(printed_forms('distribution') + printed_forms('payment'))})\.?\s+date\s*:?[\s|]*"),
         True, _NOT_THIS),
        (re.compile(r"(?:distribution|payment)\s+date\s+statement\s*\("), True, ()),
        (re.compile(r"distribution:[\s|]*"), True, _NOT_THIS),  # the word alone before a date ("DISTRIBUTION: 09/25/98")
        (re.compile(r"statement\s+to\s+(?:certificate|cerificate|note)holders\s+dated\s+"), True, ()),
        (re.compile(r"monthly\s+(?:distribution\s+)?report\s+dated\s+"), True, ()),
        (re.compile(r"on\s+(?=\S+(?:\s+\S+){0,2}\s+a\s+(?:scheduled\s+)?distribution\s+was\s+made)"), True, ()),
    ],
    "report_date": [(re.compile(r"date\s+of\s+report\b[^:\n]*:?\s*"), False, ())],
    "record_date": [(re.compile(r"record\s+date\s*:?[\s|]*"), True, ())],
    "determination_date": [(re.compile(r"determination\s+date\s*:?[\s|]*"), True, ())],
}
# "On <date> a distribution was made", in the text as printed
_ON_DISTRIBUTION = re.compile(r"\bOn\s+(?=\S+(?:\s+\S+){0,2}\s+a\s+(?:scheduled\s+)?distribution\s+was\s+made)", re.I)

# within one line, in the lower-cased text (looked for line by line; a literal start is found fast)
_STATEMENT = re.compile(r"statement[^\S\n]+to[^\S\n]+(?:certificate|note)holders?")
_SERIES_SUFFIX = re.compile(r",?\s+Series\s+\S+\s*$", re.I)
# a trust's name alone on its line, with its series or not; "CC MASTER CREDIT CARD TRUST II"
_SIDES = re.compile(r"[ \t]{4,}|\|")  # the gap between the two sides of a page's banner, or a cell's bar
_TRUST_WORD = re.compile(r"\btrust\b", re.I)
_TRUST_LINE = re.compile(
    r"^[ \t]*(?:\|[ \t]*)?([A-Z][A-Za-z&.,' -]*?\b(?:Trust|TRUST|Tr)\b(?:[ \t]+(?:I{1,3}|IV|VI{0,3}|IX|X))?)"
    r"(?:,?[ \t]+(?:Series[ \t]+)?\d{4}-\S+)?[ \t]*$")
# "Trustee:" / "Deal Name:" as labels, their value after them on the line or on the next one
_DEAL_SERIES = re.compile(r",?[ \t]+(?:Series[ \t]+)?\d{4}-[A-Za-z0-9]+$")  # ", 2007-KS4" after a deal's name
_DEPOSITOR = re.compile(r"^[ \t]*Depositor[ \t]*(?::|\.{3,}|[ \t]-)?[ \t]+(.+)$", re.I | re.M)  # a leader, a dash: no name's
_REVISED = re.compile(r"\bREVISED\b|\bAMENDED\b")
_REGISTRANT = re.compile(re.escape("exact name of registrant"))


def _lines_matching(text: str, rx: re.Pattern[str]) -> list[int]:
    """Indexes of the lines of ``text`` in which ``rx`` (a pattern that never matches across
    a line break) finds a match, in order: one search of the text, not one per line."""
    return _lines_of_offsets(text, [m.start() for m in rx.finditer(text)])


def _rows_with(low: str, words: tuple[str, ...]) -> list[int]:
    """Indexes of the lines of lower-cased ``low`` holding one of ``words``, in order (a
    search of the text per word, not a pattern's attempt at every character)."""
    return _lines_of_offsets(low, sorted({i for w in words for i in offsets_of(low, w)}))


def _lines_of_offsets(text: str, offsets: list[int]) -> list[int]:
    """The indexes of the lines of ``text`` the ascending ``offsets`` stand on, each once."""
    out: list[int] = []
    pos = line = 0
    for i in offsets:
        line += text.count("\n", pos, i)
        pos = i
        if not out or out[-1] != line:
            out.append(line)
    return out


def _at_line_start(text: str, low: str, word: str, rx: re.Pattern[str]) -> re.Match[str] | None:
    """``rx.search(text)`` for a MULTILINE ``rx`` that starts with a line start, blanks and
    ``word``: tried only where the lower-case ``word`` begins a line (found with str.find)."""
    if len(low) != len(text):  # lower-casing changed offsets (rare non-ASCII letters)
        return rx.search(text)
    i = low.find(word)
    while i != -1:
        start = text.rfind("\n", 0, i) + 1
        if text[start:i].isspace() or start == i:
            m = rx.match(text, start)
            if m:
                return m
        i = low.find(word, i + 1)
    return None


def _windows(text: str, low: str, anchor: str, before: int = 60, after: int = 200):
    """Slices of ``text`` around each occurrence of lower-case ``anchor`` (fast pre-filter:
    the regexes run on these windows, not on the whole report)."""
    i = low.find(anchor)
    while i != -1:
        yield text[max(0, i - before): i + after]
        i = low.find(anchor, i + 1)


def _date_after(text: str, pos: int) -> dt.date | None:
    after = text[pos: pos + 60].lstrip(" \t|\n")
    d = DATE_AT_START.match(after)
    return parse_date(d.group(1)) if d else None


def _word_matches(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches ``finditer`` gives for ``\\b`` + ``rx`` (``rx`` starting with a letter): each
    match of ``rx`` that starts a word, scanning on past one that does not, and on from its end.

    >>> [m.group() for m in _word_matches(re.compile(r"tr \\d+"), "tr 1 str 2 (tr 3")]
    ['tr 1', 'tr 3']
    """
    pos = 0
    while True:
        m = rx.search(text, pos)
        if m is None:
            return
        i = m.start()
        if i and (text[i - 1].isalnum() or text[i - 1] == "_"):  # no \b before the match
            pos = i + 1
            continue
        yield m
        pos = m.end()


def _labelled_date(text: str, patterns: list[tuple[re.Pattern[str], bool, tuple[str, ...]]]) -> dt.date | None:
    """The date after the first match of the first pattern that has one (``text`` lower-cased).

    >>> _labelled_date("previous distribution date: 10/15/03  distribution date: 11/17/03",
    ...                _LABELLED_DATES["distribution_date"])
    datetime.date(2003, 11, 17)
    >>> _labelled_date("redistribution date: 11/17/03", _LABELLED_DATES["distribution_date"]) is None
    True
    """
    for rx, boundary, not_after in patterns:
        for m in _word_matches(rx, text) if boundary else rx.finditer(text):
            if not_after and text.endswith(not_after, 0, m.start()):
                continue
            found = _date_after(text, m.end())
            if found:
                return found
    return None


def _statement_date(text: str, low: str) -> dt.date | None:
    """A date standing alone on the line right after the statement heading (the date the
    statement is for, as Chase's auto trusts print it)."""
    lines = lines_of(text)
    for i in _lines_matching(low, _STATEMENT):
        if i >= 400:
            break
        for nxt in lines[i + 1 : i + 3]:
            cell = nxt.strip(" \t|")
            if cell and DATE_AT_START.match(cell) and len(cell) <= 20:
                return parse_date(cell)
            if cell:
                break
    return None


def series_of(text: str) -> str | None:
    """The series (``2003-HE2``, ``1999-2``) printed in ``text``, or None."""
    head = text[:30000]
    low = head.lower()
    near = "\x00".join(_windows(low, low, "series", 10, 60))
    tried = (_word_matches(_SERIES_LABELLED, near), _word_matches(_SERIES_AFTER_NAME, low),
             _SERIES_ALONE.finditer(head))
    for matches in tried:
        for m in matches:
            if 1980 <= int(m.group(1)[:4]) <= 2035:
                return m.group(1).upper()
    return None


def _trust(text: str, low: str, series: str | None = None) -> str | None:
    """The trust's name: above the registrant line of an 8-K cover, alone on a line near the
    top (with its series or not), above the statement heading, or else near the top
    followed by the report's own series and more words (``Banc One Home Equity Loan Trust
    1999-1         Page 1``).

    >>> _trust("ABS Corporation\\nBanc One Home Equity Loan Trust 1999-1    Page 1\\n", "", "1999-1")
    'Banc One Home Equity Loan Trust'
    >>> _trust("XYZ Home Equity Loan Trust 2001-2 Statement\\n", "", "2001-1") is None
    True
    >>> _trust("WELLS FARGO BANK, N.A.        Pinecrest Mortgage Securities Trust 2002-11\\n", "")
    'Pinecrest Mortgage Securities Trust'
    >>> cover = "SECURITIES AND EXCHANGE COMMISSION\\nFORM 8-K\\nABN AMRO Mortgage Corporation\\n(Sponsor)\\n"
    >>> _trust(cover + "(Exact name of registrant as specified in charter)\\n", cover.lower() + "(exact name of registrant")
    'ABN AMRO Mortgage Corporation'
    """
    lines = lines_of(text)
    registrant = None
    for i in _lines_matching(low, _REGISTRANT):
        block: list[str] = []
        k = i - 1
        while k >= 0 and lines[k].strip():
            block.insert(0, lines[k].strip())
            k -= 1
        # a cover printed without blank lines: the block reaches up to the SEC's own heading
        while block and _COVER_WORDS.match(block[0]):
            block.pop(0)
        if block and not _SERIES_ONLY.match(block[0]):
            # a name wrapped onto the next line ("ASSET BACKED SECURITIES CORPORATION HOME
            # EQUITY" / "LOAN TRUST, SERIES 2003-HE2")
            wrapped = len(block) > 1 and not _TRUST_WORD.search(block[0]) and _TRUST_WORD.search(block[1]) \
                and not block[1].startswith("(")  # "(on behalf of ... Trust 2002-1)": an aside
            name = f"{block[0]} {block[1]}" if wrapped else block[0]
            registrant = _SERIES_SUFFIX.sub("", name).strip() or None
            break
    # a registrant that is no trust (the depositor files for it): the trust the report names
    # by its series, where it does
    if registrant is not None and not _TRUST_WORD.search(registrant):
        named = _trust_by_series(lines, series)
        return named if named is not None else registrant
    if registrant is not None:
        return registrant
    alone: list[tuple[bool, str]] = []
    for ln in lines[:60]:
        # a banner of two sides ("WELLS FARGO BANK, N.A.      Pinecrest Mortgage Trust 2002-11"):
        # each side a line of its own
        for side in _SIDES.split(ln) if ("Tr" in ln or "TR" in ln) else ():
            m = _TRUST_LINE.match(side)
            if m and len(m.group(1)) > 8:
                alone.append((bool(series) and str(series) in side[m.end(1):].upper(), m.group(1).strip()))
    if alone:
        # the one printed with the report's own series, before a department's ("CORPORATE TRUST")
        return next((name for own, name in alone if own), alone[0][1])
    for i in _lines_matching(low, _STATEMENT):
        k = i - 1
        while k >= 0 and not lines[k].strip():
            k -= 1
        block = []
        while k >= 0 and lines[k].strip():
            block.insert(0, lines[k].strip())
            k -= 1
        if block and _NAMEY.search(block[0]):
            # a banner's cells: the one naming the trust by its series, else the whole line
            cells = _trust_by_series(block[:1], series) if len(_SIDES.split(block[0])) > 1 else None
            return cells or _SERIES_SUFFIX.sub("", block[0]).strip() or None
    named = _trust_by_series(lines, series)
    if named is not None:
        return named
    deal = labelled_name(lines, "deal name")  # "Deal Name: Residential Asset Securities Corp, 2007-KS4"
    if deal is not None:
        return _DEAL_SERIES.sub("", deal).strip() or None
    return None


def _trust_by_series(lines: list[str], series: str | None) -> str | None:
    """A trust's name followed by the report's own series near the top, on a line or a side
    of one (a banner's cells: "... | Cardinal Point Home Equity Trust 2006-HE3 Asset-Backed
    ... | Distribution Date ..."); a name a paragraph wrapped is read where printed whole.

    >>> _trust_by_series(["of Ashmont", "Alternative Loan Trust 2005-4 Certificates", "Ashmont Alternative Loan Trust 2005-4"], "2005-4")
    'Ashmont Alternative Loan Trust'
    """
    found = [] if not series else [m.group(1).strip() for ln in lines[:60] for side in (_SIDES.split(ln) if ("Tr" in ln or "TR" in ln) else ())
             for m in _TRUST_NAME_SERIES.finditer(side) if len(m.group(1)) > 8 and m.group(2).upper() == series]
    return next((n for n in found if n.upper().endswith(" " + found[0].upper())), found[0]) if found else None


# a trust's name (capitalised words, the last "Trust") and its series, anywhere in a line:
# "Asset-Backed Certificates of Summit Home Equity Loan Trust 2002-1, Series 2002-1"
_TRUST_NAME_SERIES = re.compile(
    r"(?<![A-Za-z&.'-])((?:[A-Z][A-Za-z&.'-]*[ \t]+)+?(?:Trust|TRUST)),?[ \t]+(?:Series[ \t]+)?(\d{4}-[A-Za-z0-9]{1,5})\b")


_SIGNED = re.compile(r"^\s*(?:by|name|title)\s*:", re.I)
_INSTITUTION = re.compile(r"\b(?:bank|trust company|n\.?\s?a\.?|national association|trust co\.?)(?:\W|$)", re.I)


def signing_institution(lines: list[str]) -> str | None:
    """The institution printed under a report's signature (``By: /s/ ...``, ``Name:``,
    ``Title:``, then the bank that signed): the trustee that files the report for the trust.

    >>> signing_institution(["SIGNATURES", "By: /s/ Jane Roe", "Name: Jane Roe", "Title: Vice President",
    ...                      "US Bank, NA"])
    'US Bank, NA'
    >>> signing_institution(["By: /s/ Jane Roe", "Title: Officer", "", "Page 3"]) is None
    True
    """
    last_signed = None
    for i, line in enumerate(lines[-200:]):
        if ":" in line and _SIGNED.match(line):  # the regex needs a colon: the cheap test first
            last_signed = i
    if last_signed is None:
        return None
    tail = lines[-200:][last_signed + 1: last_signed + 4]
    for line in tail:
        name = line.strip(" \t|,")
        if name:
            return name if len(name) <= 80 and _INSTITUTION.search(name) else None
    return None


# the lines an 8-K cover prints above the registrant's name
_COVER_WORDS = re.compile(
    r"\(|securities and exchange commission|washington|form\s+8-k|current report|pursuant to"
    r"|securities exchange act|date of report|report \(date", re.I)
_SERIES_ONLY = re.compile(r"Series\s+\S+\s*$", re.I)  # a series line, not a name
_NAMEY = re.compile(r"\b(?:Trust|Certificates|Corporation|Corp|Securities|Notes)\b", re.I)


def form_of(text: str, low: str | None = None) -> str | None:
    """The SEC form a document says it is, or is an exhibit to: a line ``FORM 8-K`` of its
    cover, else the form a line of its head that calls it an exhibit names ("Exhibit 99.1
    to Form 10-D").

    >>> form_of("EX-99.1  Monthly Statement (Exhibit 99.1 to Form 10-D)"), form_of("FORM 8-K\\nForm 10-K")
    ('10-D', '8-K')
    """
    low = text.lower() if low is None else low
    m = _at_line_start(text, low, "form", _FORM) or _FORM_NAMED.search(_head(low))
    return m.group(1).upper() if m else None


def _head(text: str) -> str:
    """The first :data:`HEAD_LINES` lines of ``text``."""
    end = -1
    for _ in range(HEAD_LINES):
        end = text.find("\n", end + 1)
        if end == -1:
            return text
    return text[:end]


def _name_above(text: str, at: int) -> str | None:
    """The name on the line above a role printed with none before it ("NORWEST BANK ..." over
    "not in its individual capacity but solely as Trustee", or over "AS TRUSTEE" alone)."""
    start = text.rfind("\n", 0, at) + 1
    before = text[start:at]
    if before.strip() and not _ITS_CAPACITY.search(before):
        return None  # words before the role that name no one: no name here
    above = text[:start].rstrip("\n").rsplit("\n", 1)[-1].strip(" \t|,")
    return above if above and not above.endswith(":") and len(above) <= 100 else None


def extract(text: str, servicer_groups: list[str] | None = None,
            cover_parties: list[tuple[str, tuple[str, ...]]] | None = None) -> dict[str, object]:
    """Metadata printed in ``text`` (cover and report); ``cover_parties``: the parties the
    cover of a submission whose report is an exhibit names by their roles (name, roles),
    after those the report names."""
    meta: dict[str, object] = {}
    low = text.lower()
    # every "On <date> a distribution was made" sentence, to compare with the labelled date
    meta["stated_distribution_dates"] = [
        d for w in _windows(text, low, "distribution was made", 60, 30)
        for m in _ON_DISTRIBUTION.finditer(w)
        if (d := _date_after(w, m.end())) is not None
    ]
    series = series_of(text)
    meta["series"] = series
    meta["trust"] = (_trust(text, low, series) or "").strip(FRAMING) or None  # (less a title's framing: "** X **")
    anchors = {"distribution_date": ("date", "dated", "distribution was made", "distribution:"), "report_date": ("date of report",),
               "record_date": ("record date",), "determination_date": ("determination date",)}
    for key, patterns in _LABELLED_DATES.items():
        near = "\x00".join(w for a in anchors[key] for w in _windows(text, low, a, 40, 240))  # no blank runs across
        meta[key] = _labelled_date(near.lower(), patterns)
    if meta["distribution_date"] is None:
        meta["distribution_date"] = _statement_date(text, low)
    meta["form"] = form_of(text, low)
    parties = named_parties(text, low) + [Party(n, tuple(r), -1) for n, r in cover_parties or []]
    meta["trustee"] = None
    for party in parties:
        if meta["trustee"] is None and _TRUSTEE_ROLES.intersection(party.roles):
            meta["trustee"] = party.name or _name_above(text, party.at)
    lines = lines_of(text)
    labelled = labelled_names(lines, ("trustee", "indenture trustee", "depositor", *SERVICER_LABELS), rows=_rows_with(low, LABEL_WORDS))
    if meta["trustee"] is None:  # (the notes' trustee is the trust's, its owner trustee no label of it)
        meta["trustee"] = labelled.get("trustee") or labelled.get("indenture trustee")
    if meta["trustee"] is None:
        meta["trustee"] = signing_institution(lines)
    servicers: list[str] = []
    by_role = labelled
    for role in SERVICER_LABELS:
        for one in by_role.get(role, "").split(";"):  # "Servicers: A; B"
            if one.strip() and one.strip() not in servicers:
                servicers.append(one.strip())
    for party in parties:
        if party.name and party.name not in servicers and any(r.endswith("servicer") for r in party.roles):
            servicers.append(party.name)
    for m in _SERVICER.finditer("\n".join(_windows(text, low, "failed the termination", 80, 40))):
        if m.group(1) not in servicers:
            servicers.append(m.group(1))
    for g in servicer_groups or []:
        # a name that calls itself a group ("FIXED RATE GROUP") or says what loans it holds
        # ("ARM") names loans, not who services them; a name cut short ("ADJ. RATE") is the
        # one printed whole beside it
        if g not in servicers and not _GROUP_WORD.search(g) and any(ch.isalpha() for ch in g) \
                and not any(h != g and abbreviates(g, h) for h in servicer_groups or []):
            servicers.append(g)
    meta["servicers"] = servicers
    meta["depositor"] = None
    dm = _at_line_start(text, low, "depositor", _DEPOSITOR)
    if dm:
        meta["depositor"] = CELL_GAP.split(NEXT_LABEL.split(dm.group(1))[0].strip())[0]
    else:
        meta["depositor"] = labelled.get("depositor") \
            or next((p.name for p in parties if p.name and "depositor" in p.roles), None)
    head = text[:20000]
    meta["revised"] = ("REVISED" in head or "AMENDED" in head) and bool(_REVISED.search(head))
    return meta
