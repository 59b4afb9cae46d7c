"""Report metadata: trust, series, dates, trustee, servicers, form.

Read from the 8-K cover and the report heading; every field is what the text prints or
None (no field is inferred from another deal's conventions).

>>> parse_date("15-Oct-03"), parse_date("November 15, 2002"), parse_date("7/17/00")
(datetime.date(2003, 10, 15), datetime.date(2002, 11, 15), datetime.date(2000, 7, 17))
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    m: i
    for i, names in enumerate(
        [("jan", "january"), ("feb", "february", "feburary"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")],
        1,
    )
    for m in names
}
_DATE_PATTERNS = [
    (re.compile(r"\b(\d{1,2})-([A-Za-z]{3,9})-(\d{2,4})\b"), ("d", "mon", "y")),
    (re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b"), ("mon", "d", "y")),
    (re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{2,4})\b"), ("m", "d", "y")),
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("y", "m", "d")),
    (re.compile(r"\b(\d{4})(\d{2})(\d{2})\b"), ("y", "m", "d")),
]


def _year(y: str) -> int:
    n = int(y)
    if len(y) == 2:
        return 2000 + n if n < 70 else 1900 + n
    return n


def parse_date(text: str) -> dt.date | None:
    """The first date in ``text`` in any format these reports use, else None."""
    best = None
    for rx, order in _DATE_PATTERNS:
        m = rx.search(text)
        if not m or (best is not None and m.start() >= best[0]):
            continue
        parts = dict(zip(order, m.groups(), strict=False))
        try:
            month = _MONTHS.get(parts["mon"].lower()) if "mon" in parts else int(parts["m"])
            if month is None:
                continue
            best = (m.start(), dt.date(_year(parts["y"]), month, int(parts["d"])))
        except ValueError:
            continue
    return best[1] if best else None


_SERIES = re.compile(r"\bSeries\s+(\d{4}-[A-Z0-9]+(?:-[A-Z0-9]+)?|\d{4}-\d+)", re.I)
_TRUSTEE = re.compile(r"^\s*(?:By:\s*)?(.+?),?\s+as\s+Trustee\b", re.I | re.M)
_SERVICER = re.compile(r"\bHas\s+(.+?)\s+failed\s+the\s+Termination\s+Test", re.I)
_FORM = re.compile(r"^\s*FORM\s+(8-K/A|8-K|10-D/A|10-D|10-K)\b", re.I | re.M)
_LABELLED_DATES = {
    "distribution_date": re.compile(r"^\s*(?:Distribution|Payment)\s+Date\s*:?\s*(.+)$", re.I | re.M),
    "report_date": re.compile(r"Date\s+of\s+Report\b[^:\n]*:?\s*(.+)$", re.I | re.M),
    "record_date": re.compile(r"^\s*Record\s+Date\s*:?\s*(.+)$", re.I | re.M),
    "determination_date": re.compile(r"^\s*Determination\s+Date\s*:?\s*(.+)$", re.I | re.M),
}


def _trust(text: str) -> str | None:
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if "exact name of registrant" in ln.lower():
            block = []
            k = i - 1
            while k >= 0 and lines[k].strip():
                block.insert(0, lines[k].strip())
                k -= 1
            if block:
                return re.sub(r",?\s+Series\s+\S+\s*$", "", block[0]).strip() or None
    for i, ln in enumerate(lines):
        if re.search(r"STATEMENT\s+TO\s+(CERTIFICATE|NOTE)HOLDERS", ln, re.I):
            k = i - 1
            while k >= 0 and not lines[k].strip():
                k -= 1
            block = []
            while k >= 0 and lines[k].strip():
                block.insert(0, lines[k].strip())
                k -= 1
            if block:
                return re.sub(r",?\s+Series\s+\S+\s*$", "", block[0]).strip() or None
    return None


def extract(text: str, servicer_groups: list[str] | None = None) -> dict[str, object]:
    """Metadata printed in ``text`` (cover and report)."""
    meta: dict[str, object] = {}
    m = _SERIES.search(text)
    meta["series"] = m.group(1).upper() if m else None
    meta["trust"] = _trust(text)
    for key, rx in _LABELLED_DATES.items():
        found = None
        for m in rx.finditer(text):
            found = parse_date(m.group(1))
            if found:
                break
        meta[key] = found
    m = _FORM.search(text)
    meta["form"] = m.group(1).upper() if m else None
    m = _TRUSTEE.search(text)
    meta["trustee"] = m.group(1).strip() if m else None
    servicers: list[str] = []
    for m in _SERVICER.finditer(text):
        if m.group(1) not in servicers:
            servicers.append(m.group(1))
    for g in servicer_groups or []:
        if g not in servicers:
            servicers.append(g)
    meta["servicers"] = servicers
    meta["depositor"] = None
    m = re.search(r"^\s*Depositor\s*:?\s+(.+)$", text, re.I | re.M)
    if m:
        meta["depositor"] = m.group(1).strip()
    meta["revised"] = bool(re.search(r"\bREVISED\b|\bAMENDED\b", text[:20000]))
    return meta
