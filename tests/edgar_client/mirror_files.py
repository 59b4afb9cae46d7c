"""EDGAR-shaped folders for :func:`abs_nb.edgar.serve`: a company index, submissions JSON
(paged like EDGAR's, older filings in ``filings.files``) and full-submission ``.txt`` files
built around real report documents with real SEC headers (``tests/sources/edgar_builder``).

Used by the tests, and by ``python -m tests.edgar_client.mirror_files`` to write the mirror
the curated notebook ``notebooks/05-from-edgar.ipynb`` reads (``notebooks/edgar_mirror/``).
"""

from __future__ import annotations

import json
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from tests.sources.edgar_builder import REPO, wrap_report

CORPUS = REPO.parent / "shared" / "corpus"
NOTEBOOK_MIRROR = REPO / "notebooks" / "edgar_mirror"


@dataclass
class Filed:
    accession: str
    form: str
    filed: str  # YYYY-MM-DD
    report: Path | None  # the report document wrapped; None: listed but not served
    report_date: str = ""

    def text(self, name: str, cik: int) -> str:
        assert self.report is not None
        return wrap_report(self.report.read_text(encoding="utf-8", errors="replace"), form=self.form,
                           accession=self.accession, name=name, cik=cik, filed=self.filed.replace("-", ""))


@dataclass
class Filer:
    name: str
    cik: int
    filings: list[Filed] = field(default_factory=list)


def company_idx(filers: list[Filer], year: int, quarter: int) -> str:
    """A company index in EDGAR's layout (fixed-width columns under a row of dashes)."""
    head = [
        "Description:           Company Index of EDGAR Dissemination Feed",
        f"Last Data Received:    {year} QTR{quarter}",
        "Comments:              webmaster@sec.gov",
        "Anonymous FTP:         ftp://ftp.sec.gov/edgar/",
        " ", " ", " ",
        f"{'Company Name':<62}{'Form Type':<12}{'CIK':<12}{'Date Filed':<12}File Name",
        "-" * 141,
    ]
    rows = []
    for f in filers:
        for g in f.filings:
            y, m = int(g.filed[:4]), int(g.filed[5:7])
            if (y, (m - 1) // 3 + 1) == (year, quarter):
                rows.append(f"{f.name:<62}{g.form:<12}{f.cik:<12}{g.filed:<12}edgar/data/{f.cik}/{g.accession}.txt")
    return "\n".join(head + sorted(rows)) + "\n"


def _columns(filings: list[Filed]) -> dict[str, list]:
    return {
        "accessionNumber": [g.accession for g in filings],
        "filingDate": [g.filed for g in filings],
        "reportDate": [g.report_date for g in filings],
        "acceptanceDateTime": [f"{g.filed}T10:14:35.000Z" for g in filings],
        "act": ["34" for _ in filings],
        "form": [g.form for g in filings],
        "fileNumber": ["333-86750" for _ in filings],
        "items": ["" for _ in filings],
        "size": [0 for _ in filings],
        "isXBRL": [0 for _ in filings],
        "isInlineXBRL": [0 for _ in filings],
        "primaryDocument": ["ex991.txt" for _ in filings],
        "primaryDocDescription": ["MONTHLY DISTRIBUTION REPORT" for _ in filings],
    }


def write_mirror(root: Path, filers: list[Filer], *, recent: int = 1000) -> Path:
    """Write ``root/www`` and ``root/data`` for ``filers``; ``recent`` filings per filer in
    ``filings.recent`` (newest first, as EDGAR lists them), the older ones in a page."""
    if root.exists():
        shutil.rmtree(root)
    quarters = {(int(g.filed[:4]), (int(g.filed[5:7]) - 1) // 3 + 1) for f in filers for g in f.filings}
    for year, quarter in sorted(quarters):
        idx = root / "www" / "Archives" / "edgar" / "full-index" / str(year) / f"QTR{quarter}" / "company.idx"
        idx.parent.mkdir(parents=True, exist_ok=True)
        idx.write_text(company_idx(filers, year, quarter), encoding="latin-1")
    subs = root / "data" / "submissions"
    subs.mkdir(parents=True, exist_ok=True)
    for f in filers:
        newest_first = sorted(f.filings, key=lambda g: (g.filed, g.accession), reverse=True)
        top, older = newest_first[:recent], newest_first[recent:]
        files = []
        if older:
            page = f"CIK{f.cik:010d}-submissions-001.json"
            (subs / page).write_text(json.dumps(_columns(older), indent=1), encoding="utf-8")
            files.append({"name": page, "filingCount": len(older),
                          "filingFrom": older[-1].filed, "filingTo": older[0].filed})
        doc = {"cik": str(f.cik), "entityType": "other", "sic": "6189",
               "sicDescription": "Asset-Backed Securities", "name": f.name, "tickers": [], "exchanges": [],
               "filings": {"recent": _columns(top), "files": files}}
        (subs / f"CIK{f.cik:010d}.json").write_text(json.dumps(doc, indent=1), encoding="utf-8")
        for g in f.filings:
            if g.report is None:
                continue
            path = root / "www" / "Archives" / "edgar" / "data" / str(f.cik) / g.accession.replace("-", "")
            path.mkdir(parents=True, exist_ok=True)
            (path / f"{g.accession}.txt").write_text(g.text(f.name, f.cik), encoding="utf-8")
    return root


def seed_filers() -> list[Filer]:
    """The three seed reports under their filers: the 2003-HE2 and 2003-HE4 trusts, and the
    depositor that filed 2002-HE1's reports under its own CIK. The CIKs are EDGAR's; the
    2003-HE2 accession is EDGAR's, the other two accession numbers are made up."""
    seeds = REPO / "sample_filings"
    return [
        Filer("ASSET BACKED SEC CORP HOME EQUITY LOAN TRUST 2003-HE2", 1225799,
              [Filed("0001019965-03-000581", "8-K", "2003-10-15", seeds / "000_2d551bf597d89db6.txt", "2003-10-15")]),
        Filer("ASSET BACKED SEC CORP HOME EQUITY LOAN TRUST 2003-HE4", 1258736,
              [Filed("0001019965-03-900001", "8-K", "2003-11-17", seeds / "001_21e012ce03d1908d.txt", "2003-11-17")]),
        Filer("ASSET BACKED SECURITIES CORP", 797510,
              [Filed("0001019965-02-900002", "8-K", "2002-11-15", seeds / "002_c10342e102d7429b.txt", "2002-11-15")]),
    ]


if __name__ == "__main__":  # python -m tests.edgar_client.mirror_files: the notebook's mirror
    out = write_mirror(NOTEBOOK_MIRROR, seed_filers())
    print(f"wrote {out.relative_to(REPO)}", file=sys.stderr)
