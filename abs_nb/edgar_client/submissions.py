"""A filer's filings from EDGAR's submissions JSON (``/submissions/CIK##########.json``).

The JSON holds the filer's name and ``filings.recent``: parallel lists, one entry per
filing (``accessionNumber``, ``form``, ``filingDate``, ``reportDate``, ``primaryDocument``,
...). Older filings are in further pages named in ``filings.files`` (each with its
``filingFrom`` and ``filingTo`` dates), whose lists stand at their top level.

>>> page = {"accessionNumber": ["0001019965-03-000581"], "form": ["8-K"],
...         "filingDate": ["2003-10-15"], "reportDate": ["2003-10-15"], "primaryDocument": ["a.txt"]}
>>> rows = columns_to_rows(page, "CIK0001225799.json")
>>> rows[0]["accession"], rows[0]["form"], str(rows[0]["filed"])
('0001019965-03-000581', '8-K', '2003-10-15')
>>> full_submission_path(1225799, "0001019965-03-000581")
'/Archives/edgar/data/1225799/000101996503000581/0001019965-03-000581.txt'
>>> parse_cik("CIK0001225799"), parse_cik(1225799)
(1225799, 1225799)
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from abs_nb.errors import EdgarError, InputError

#: the forms a trust's distribution reports are filed under, amendments included
REPORT_FORMS = ("8-K", "8-K/A", "10-D", "10-D/A")
COLUMNS = ["cik", "name", "accession", "form", "filed", "report_date", "primary_document", "url", "document_url"]
_ACCESSION = re.compile(r"^\d{10}-\d{2}-\d{6}$")
_CIK = re.compile(r"^(?:CIK)?0*(\d{1,10})$", re.I)


def parse_cik(value: Any) -> int:
    """A CIK as a number: an int, or digits (leading zeros and a ``CIK`` prefix allowed).
    Raises :class:`~abs_nb.errors.InputError` for anything else."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value < 10**10:
        return value
    if isinstance(value, str):
        m = _CIK.match(value.strip())
        if m and int(m[1]) > 0:
            return int(m[1])
    raise InputError("a CIK (up to ten digits, e.g. 1225799 or 'CIK0001225799')", repr(value)[:80])


def is_cik(value: Any) -> bool:
    """Whether ``value`` reads as a CIK rather than a name."""
    try:
        parse_cik(value)
    except InputError:
        return False
    return True


def submissions_path(cik: int) -> str:
    """The submissions JSON's path on the ``data`` host."""
    return f"/submissions/CIK{cik:010d}.json"


def full_submission_path(cik: int, accession: str) -> str:
    """A filing's full-submission text on the ``www`` host."""
    return f"/Archives/edgar/data/{cik}/{accession.replace('-', '')}/{accession}.txt"


def document_path(cik: int, accession: str, document: str) -> str:
    """One document of a filing on the ``www`` host."""
    return f"/Archives/edgar/data/{cik}/{accession.replace('-', '')}/{document}"


def load_json(body: bytes, source: str) -> dict[str, Any]:
    """The JSON object in ``body``; :class:`~abs_nb.errors.EdgarError` when it is not one."""
    try:
        value = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise EdgarError("EDGAR's submissions JSON", f"unreadable JSON ({err})", source=source) from None
    if not isinstance(value, dict):
        raise EdgarError("EDGAR's submissions JSON (an object)", f"a {type(value).__name__}", source=source)
    return value


def _date(value: Any) -> dt.date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def columns_to_rows(page: dict[str, Any], source: str) -> list[dict[str, Any]]:
    """One dict per filing from the parallel lists of ``filings.recent`` or of a page."""
    accessions = page.get("accessionNumber")
    if not isinstance(accessions, list):
        raise EdgarError("a list 'accessionNumber' in EDGAR's submissions JSON", "none", source=source)
    n = len(accessions)
    lists = {}
    for key in ("form", "filingDate", "reportDate", "primaryDocument"):
        values = page.get(key, [None] * n)
        if not isinstance(values, list) or len(values) != n:
            raise EdgarError(f"a list '{key}' as long as 'accessionNumber' ({n})",
                             f"{type(values).__name__} of {len(values) if isinstance(values, list) else '-'}",
                             source=source)
        lists[key] = values
    rows = []
    for i, accession in enumerate(accessions):
        if not isinstance(accession, str) or not _ACCESSION.match(accession):
            raise EdgarError("accession numbers like 0001019965-03-000581", repr(accession)[:40], source=source)
        rows.append({
            "accession": accession,
            "form": str(lists["form"][i] or ""),
            "filed": _date(lists["filingDate"][i]),
            "report_date": _date(lists["reportDate"][i]),
            "primary_document": lists["primaryDocument"][i] or None,
        })
    return rows


def pages_needed(files: Any, since: dt.date | None, until: dt.date | None, source: str) -> list[str]:
    """The names of the older pages (``filings.files``) that may hold filings in the range."""
    if files is None:
        return []
    if not isinstance(files, list):
        raise EdgarError("a list 'filings.files' in EDGAR's submissions JSON", type(files).__name__, source=source)
    names = []
    for entry in files:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise EdgarError("entries of 'filings.files' with a 'name'", repr(entry)[:60], source=source)
        name = entry["name"]
        if "/" in name or "\\" in name or name.startswith("."):
            raise EdgarError("a page name in 'filings.files' (a file name)", repr(name)[:60], source=source)
        first, last = _date(entry.get("filingFrom")), _date(entry.get("filingTo"))
        if (since and last and last < since) or (until and first and first > until):
            continue
        names.append(name)
    return names


__all__ = ["COLUMNS", "REPORT_FORMS", "columns_to_rows", "document_path", "full_submission_path",
           "is_cik", "load_json", "pages_needed", "parse_cik", "submissions_path"]
