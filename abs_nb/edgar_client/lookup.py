"""Find a trust by name (``find_trusts``) and list its filings (``filings``).

Both read index responses only (company index, submissions JSON), through a
:class:`~abs_nb.edgar_client.transport.Client`, which caches them for a day by default.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

import pandas as pd

from abs_nb.dates import date_argument
from abs_nb.edgar_client import company_index, submissions
from abs_nb.edgar_client.settings import data_url, www_url
from abs_nb.edgar_client.transport import Client
from abs_nb.errors import EdgarHTTPError, InputError, UnknownTrust

_YEAR = re.compile(r"(?<!\d)(199\d|20\d\d)(?!\d)")


def client_for(identity: str | None, client: Client | None) -> Client:
    """The client given, else a new one for ``identity`` (or ``ABS_NB_EDGAR_IDENTITY``)."""
    if client is not None:
        return client
    return Client(identity)


def _quarters(name: str, year: int | Iterable[int] | None) -> list[tuple[int, int]]:
    if year is None:
        m = _YEAR.search(name)
        if m is None:
            raise InputError("a year to search the company index of (year=2003), or a series in the name "
                             "('... 2003-HE2')", repr(name)[:80],
                             hint="EDGAR's company index is one file per quarter; a trust files in the "
                                  "year of its series and after")
        years = [int(m[1]), int(m[1]) + 1]
    elif isinstance(year, int):
        years = [year]
    else:
        years = [int(y) for y in year]
    today = dt.date.today()
    return [(y, q) for y in years for q in (1, 2, 3, 4)
            if 1993 <= y and (y, q) <= (today.year, (today.month - 1) // 3 + 1)]


def find_trusts(name: str, year: int | Iterable[int] | None = None, *, identity: str | None = None,
                client: Client | None = None) -> pd.DataFrame:
    """The EDGAR filers whose name matches ``name``, best first, from EDGAR's quarterly
    company index: name, cik, score (1.0: every word of ``name`` is in the filer's name,
    less 0.01 per word it adds), the forms filed, how many filings, first and last filed.

    ``year`` (or years): the index quarters read, all of them; by default the year of the
    series in the name and the next (``... 2003-HE2``: 2003 and 2004), up to the first
    quarter where a filer matches every word. A series or any word with a digit must match
    exactly (a year alone matches the series of that year).
    Raises :class:`~abs_nb.errors.UnknownTrust` when nothing matches.

    Against the recorded mirror of the curated notebooks (no cache: ``cache_max_age=0``):

    >>> from abs_nb import edgar
    >>> client = edgar.Client("Jane Doe jane@example.com", cache_max_age=0)
    >>> with edgar.serve("notebooks/edgar_mirror") as mirror, mirror.pointed_at():
    ...     found = edgar.find_trusts("Asset Backed Securities Corp 2003-HE2", client=client)
    >>> found[["name", "cik", "score", "first_filed"]].values.tolist()
    [['ASSET BACKED SEC CORP HOME EQUITY LOAN TRUST 2003-HE2', 1225799, 0.96, '2003-10-15']]
    """
    c = client_for(identity, client)
    rows: list[company_index.IndexRow] = []
    searched = []
    for y, q in _quarters(name, year):
        url = www_url() + company_index.company_index_path(y, q)
        try:
            body = c.get(url, cached=True)
        except EdgarHTTPError as err:
            if err.status == 404:  # a quarter the host has no index for
                continue
            raise
        searched.append(f"{y} Q{q}")
        rows.extend(company_index.parse_company_index(body.decode("latin-1"), source=url))
        if year is None:  # the series' years: the first quarter where a filer has every word will do
            table = company_index.rank(name, rows)
            if len(table) and _exact(name, table):
                break
    table = company_index.rank(name, rows)
    if not len(table):
        raise UnknownTrust(f"an EDGAR filer named like {name!r}",
                           f"none in the company index of {', '.join(searched) or 'no quarter'}",
                           hint="try fewer words, EDGAR's abbreviations ('SEC CORP'), or another year=")
    return table


def _exact(name: str, table: pd.DataFrame) -> bool:
    """Whether the best filer has every word of ``name`` (words beyond them aside)."""
    q = set(company_index.words(name))
    return q <= set(company_index.words(table["name"].iloc[0]))


def resolve_cik(cik_or_name: Any, *, client: Client, year: int | None = None) -> tuple[int, str | None]:
    """A CIK as given, or the one filer that matches a name best (its CIK and name).
    Raises :class:`~abs_nb.errors.UnknownTrust` when two filers match equally well."""
    if submissions.is_cik(cik_or_name):
        return submissions.parse_cik(cik_or_name), None
    if not isinstance(cik_or_name, str):
        raise InputError("a CIK or a trust's name", repr(cik_or_name)[:80])
    table = find_trusts(cik_or_name, year, client=client)
    best = table[table["score"] == table["score"].iloc[0]]
    if best["cik"].nunique() > 1:
        names = "; ".join(f"{r.name} (CIK {r.cik})" for r in best.head(5).itertuples())
        raise UnknownTrust(f"one EDGAR filer named like {cik_or_name!r}",
                           f"{best['cik'].nunique()} equally good: {names}", hint="pass the CIK")
    return int(best["cik"].iloc[0]), str(best["name"].iloc[0])


def filings(cik: Any, forms: Iterable[str] | None = submissions.REPORT_FORMS, since: Any = None, until: Any = None,
            *, identity: str | None = None, client: Client | None = None) -> pd.DataFrame:
    """A filer's filings from EDGAR's submissions JSON, oldest first: cik, name, accession,
    form, filed, report_date, primary_document, url (the full submission ``.txt``) and
    document_url (the primary document).

    ``forms``: the form types kept (default the 8-K and 10-D reports and their amendments;
    ``None`` keeps all); ``since``/``until``: filing dates, inclusive. Older filings are read
    from the further pages the JSON names (only those whose dates overlap the range).

    >>> from abs_nb import edgar
    >>> client = edgar.Client("Jane Doe jane@example.com", cache_max_age=0)
    >>> with edgar.serve("notebooks/edgar_mirror") as mirror, mirror.pointed_at():
    ...     listed = edgar.filings(1225799, since="2003-10-01", client=client)
    >>> listed[["accession", "form", "filed"]].astype(str).values.tolist()
    [['0001019965-03-000581', '8-K', '2003-10-15']]
    >>> listed["url"].iloc[0].split("/www")[1]
    '/Archives/edgar/data/1225799/000101996503000581/0001019965-03-000581.txt'
    """
    cik_n = submissions.parse_cik(cik)
    first, last = date_argument(since, "since"), date_argument(until, "until")
    if isinstance(forms, str):
        forms = [f.strip() for f in forms.split(",") if f.strip()]
    wanted = None if forms is None else {f.upper() for f in forms}
    c = client_for(identity, client)
    base = data_url()
    url = base + submissions.submissions_path(cik_n)
    try:
        top = submissions.load_json(c.get(url, cached=True), url)
    except EdgarHTTPError as err:
        if err.status == 404:
            raise UnknownTrust(f"an EDGAR filer with CIK {cik_n}", "no submissions for it (404)", source=url) from None
        raise
    block = top.get("filings")
    if not isinstance(block, dict) or not isinstance(block.get("recent"), dict):
        raise UnknownTrust("EDGAR's submissions JSON with 'filings.recent'", "none", source=url)
    rows = submissions.columns_to_rows(block["recent"], url)
    for page in submissions.pages_needed(block.get("files"), first, last, url):
        page_url = f"{base}/submissions/{page}"
        rows.extend(submissions.columns_to_rows(submissions.load_json(c.get(page_url, cached=True), page_url),
                                                page_url))
    www = www_url()
    name = top.get("name") if isinstance(top.get("name"), str) else None
    out = []
    seen = set()
    for r in rows:
        if r["accession"] in seen:
            continue
        seen.add(r["accession"])
        if wanted is not None and r["form"].upper() not in wanted:
            continue
        if (first and (r["filed"] is None or r["filed"] < first)) or (last and (r["filed"] is None or r["filed"] > last)):
            continue
        doc = r["primary_document"]
        out.append({"cik": cik_n, "name": name, **r,
                    "url": www + submissions.full_submission_path(cik_n, r["accession"]),
                    "document_url": www + submissions.document_path(cik_n, r["accession"], doc) if doc else None})
    table = pd.DataFrame(out, columns=submissions.COLUMNS)
    return table.sort_values(["filed", "accession"], ignore_index=True, na_position="first")


__all__ = ["filings", "find_trusts", "resolve_cik"]
