"""EDGAR's company index (``full-index/{year}/QTR{n}/company.idx``) and trust names ranked.

Trusts have no tickers: a trust is found by its name in the quarterly company index, one
line per filing (company name, form type, CIK, date filed, file name), the name padded to a
fixed width. Names are compared as words, with EDGAR's abbreviations taken as the words
they stand for; a series (``2003-HE2``, any word with a digit) must match exactly.

>>> rows = list(parse_company_index(SAMPLE))
>>> rows[0].name, rows[0].form, rows[0].cik, rows[0].filed
('ASSET BACKED SEC CORP HOME EQUITY LOAN TRUST 2003-HE2', '8-K', 1225799, '2003-10-15')
>>> rows[2].name, rows[2].form  # a name that fills its column, a form with a blank
('A TRUST NAMED WITH EXACTLY SIXTY-ONE CHARACTERS, AND 2003-HE9', 'SC 13G/A')
>>> words("Asset Backed Securities Corp., Home Equity Loan Trust, Series 2003-HE2")
['ASSET', 'BACKED', 'SEC', 'CORP', 'HOME', 'EQUITY', 'LOAN', 'TRUST', '2003-HE2']
>>> rank("Asset Backed Securities Corp 2003-HE2", rows)[["name", "cik"]].values.tolist()
[['ASSET BACKED SEC CORP HOME EQUITY LOAN TRUST 2003-HE2', 1225799]]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pandas as pd

from abs_nb.errors import EdgarError

SAMPLE = """Description:           Company Index of EDGAR Dissemination Feed
Last Data Received:    December 31, 2003
Comments:              webmaster@sec.gov
Anonymous FTP:         ftp://ftp.sec.gov/edgar/




Company Name                                                  Form Type   CIK         Date Filed  File Name
---------------------------------------------------------------------------------------------------------------------------------------------
ASSET BACKED SEC CORP HOME EQUITY LOAN TRUST 2003-HE2         8-K         1225799     2003-10-15  edgar/data/1225799/0001019965-03-000581.txt
ASSET BACKED SEC CORP HOME EQUITY LOAN TRUST 2003-HE4         8-K         1258736     2003-11-17  edgar/data/1258736/0001019965-03-900001.txt
A TRUST NAMED WITH EXACTLY SIXTY-ONE CHARACTERS, AND 2003-HE9 SC 13G/A    1000001     2003-12-01  edgar/data/1000001/0001000001-03-000001.txt
"""

# one data line: the name, two or more blanks, the form (which may hold a blank: 'SC 13G'),
# the CIK, the date filed and the file name, each after blanks
_LINE = re.compile(
    r"^(?P<name>\S.*?)\s{2,}(?P<form>\S(?:.*?\S)?)\s+(?P<cik>\d{1,10})\s+"
    r"(?P<filed>\d{4}-?\d{2}-?\d{2})\s+(?P<file>edgar/\S+)\s*$"
)
_DATE = re.compile(r"\d{4}-?\d{2}-?\d{2}")
# EDGAR's conformed names abbreviate; both sides of a comparison are spelled the same way
_ABBREVIATIONS = {
    "SECURITIES": "SEC", "SECURITY": "SEC", "CORPORATION": "CORP", "INCORPORATED": "INC",
    "COMPANY": "CO", "MORTGAGE": "MTG", "LIMITED": "LTD", "TR": "TRUST", "&": "AND",
    "CERTIFICATES": "CERT", "CERTIFICATE": "CERT", "CERTS": "CERT", "FINANCIAL": "FIN",
    "FINANCE": "FIN", "ASSOCIATION": "ASSN", "NATIONAL": "NATL", "RECEIVABLES": "REC",
}
# words that say nothing about which filer is meant
_NOISE = frozenset({"THE", "OF", "SERIES", "A", "AN", "FOR"})
_WORD = re.compile(r"[A-Z0-9&]+(?:-[A-Z0-9]+)*")


@dataclass(frozen=True)
class IndexRow:
    """One line of a company index."""

    name: str
    form: str
    cik: int
    filed: str  # YYYY-MM-DD
    file: str  # edgar/data/{cik}/{accession}.txt


def company_index_path(year: int, quarter: int) -> str:
    """The index's path on the ``www`` host.

    >>> company_index_path(2003, 4)
    '/Archives/edgar/full-index/2003/QTR4/company.idx'
    """
    if not 1 <= quarter <= 4:
        raise ValueError(f"quarter 1 to 4, not {quarter}")
    return f"/Archives/edgar/full-index/{year}/QTR{quarter}/company.idx"


def parse_company_index(text: str, source: str = "company.idx") -> Iterator[IndexRow]:
    """The data lines of a company index (after its row of dashes), cut at the columns
    of its header line; a line whose values overflow their columns is read by its shape
    (name, two blanks, form, CIK, date, file name).

    Raises :class:`~abs_nb.errors.EdgarError` when the text has no such header: an error
    page or another file served in its place.
    """
    lines = text.splitlines()
    for i, line in enumerate(lines[:40]):
        if line.startswith("-----") and i and "CIK" in lines[i - 1]:
            start = i + 1
            break
    else:
        first = next((ln.strip() for ln in lines if ln.strip()), "")
        raise EdgarError("a company index (a 'Company Name ... CIK ... File Name' header over a row of dashes)",
                         f"text beginning {first[:60]!r}", source=source)
    header = lines[start - 2]
    columns = [header.find(title) for title in ("Form Type", "CIK", "Date Filed", "File Name")]
    for line in lines[start:]:
        fields = _by_columns(line, columns) or _by_pattern(line)
        if fields is None:
            continue
        name, form, cik, filed, file = fields
        if "-" not in filed:
            filed = f"{filed[:4]}-{filed[4:6]}-{filed[6:]}"
        yield IndexRow(" ".join(name.split()), form, int(cik), filed, file)


def _by_columns(line: str, columns: list[int]) -> tuple[str, ...] | None:
    """A line cut at the header's column positions, when every cut falls on a blank and
    the fields read as they should (a value wider than its column does not)."""
    if min(columns) <= 0 or columns != sorted(columns) or len(line) <= columns[-1]:
        return None
    if any(line[c - 1] != " " for c in columns):
        return None
    bounds = [0, *columns, len(line)]
    fields = tuple(line[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False))
    name, form, cik, filed, file = fields
    if not (name and form and cik.isdigit() and len(cik) <= 10 and _DATE.fullmatch(filed) and file.startswith("edgar/")):
        return None
    return fields


def _by_pattern(line: str) -> tuple[str, ...] | None:
    m = _LINE.match(line)
    return None if m is None else (m["name"], m["form"], m["cik"], m["filed"], m["file"])


def words(name: str) -> list[str]:
    """A name as the words compared: upper case, abbreviations as EDGAR writes them, and
    no filler words ('THE', 'SERIES', ...)."""
    out = []
    for w in _WORD.findall(name.upper().replace(".", " ").replace(",", " ")):
        w = _ABBREVIATIONS.get(w, w)
        if w not in _NOISE:
            out.append(w)
    return out


def score(query: list[str], name: list[str]) -> float:
    """How well a filer's name matches the query words: the share of the query's words
    found in the name, less a little per word of the name the query does not have; 0 when
    a query word holding a digit (a series, a year) is missing. A year alone matches the
    series of that year.

    >>> score(["ABSC", "2003-HE2"], ["ABSC", "2003-HE3"]), score(["ABSC", "2003"], ["ABSC", "TRUST", "2003-HE3"])
    (0.0, 0.99)
    """
    have = set(name)
    matched = {w for w in query if w in have or (_has_digit(w) and any(n.startswith(w + "-") for n in have))}
    if any(_has_digit(w) and w not in matched for w in query):
        return 0.0
    extra = len({n for n in have if n not in matched and not any(n.startswith(w + "-") for w in matched)})
    return round(len([w for w in query if w in matched]) / len(query) - 0.01 * extra, 4) if query else 0.0


def _has_digit(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


def rank(query: str, rows: Iterable[IndexRow], minimum: float = 0.6) -> pd.DataFrame:
    """The filers among ``rows`` whose name matches ``query``, best first: name, cik,
    score, the forms filed, how many filings, first and last date filed."""
    q = words(query)
    if not q:
        raise EdgarError("a trust name with at least one word", repr(query))
    found: dict[tuple[str, int], dict] = {}
    scores: dict[str, float] = {}
    for row in rows:
        s = scores.get(row.name)
        if s is None:
            s = scores[row.name] = score(q, words(row.name))
        if s < minimum:
            continue
        rec = found.setdefault((row.name, row.cik), {"name": row.name, "cik": row.cik, "score": s, "forms": set(),
                                                    "filings": 0, "first_filed": row.filed, "last_filed": row.filed})
        rec["forms"].add(row.form)
        rec["filings"] += 1
        rec["first_filed"] = min(rec["first_filed"], row.filed)
        rec["last_filed"] = max(rec["last_filed"], row.filed)
    table = pd.DataFrame(list(found.values()),
                         columns=["name", "cik", "score", "forms", "filings", "first_filed", "last_filed"])
    table["forms"] = [", ".join(sorted(f)) for f in table["forms"]]
    return table.sort_values(["score", "name", "cik"], ascending=[False, True, True], ignore_index=True)


__all__ = ["IndexRow", "company_index_path", "parse_company_index", "rank", "score", "words"]
