"""Every real EDGAR document in ../shared/corpus loads, or fails with a clear AbsNbError;
what the document certainly prints (series, distribution date) is found.

Expected values come from the corpus's INDEX.tsv, written by people who read each document;
rows whose INDEX value is uncertain ("unknown", "(inferred)", a month only, a note in
parentheses) are not asserted.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pytest

import abs_nb

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
pytestmark = pytest.mark.corpus

if not (CORPUS / "INDEX.tsv").is_file():
    pytest.skip("../shared/corpus is not beside this checkout", allow_module_level=True)

ROWS = list(csv.DictReader((CORPUS / "INDEX.tsv").open(encoding="utf-8"), delimiter="\t"))
# documents whose distribution date is not printed as such in the stored excerpt:
# 053 prints only "Dated: August 25, 1996" (a signature date) and a run date.
DATE_NOT_PRINTED = {"053_rasc-1995ks1-1996-08-rfc-rept1b.txt"}


def _load(name: str):
    try:
        return abs_nb.load(CORPUS / name)
    except abs_nb.AbsNbError as err:
        return err


@pytest.mark.parametrize("row", ROWS, ids=[r["file"][:3] for r in ROWS])
def test_loads_or_fails_clearly(row):
    result = _load(row["file"])
    if isinstance(result, abs_nb.AbsNbError):
        msg = str(result)
        assert row["file"] in msg, "the error names the file"
        assert "expected" in msg and "found" in msg
        return
    assert isinstance(result, abs_nb.Filing)
    # a partial filing says what is missing rather than staying silent
    if result.parsed.empty:
        assert (result.checks["check"] == "sections").any()
    for name in ("classes", "collateral", "delinquency", "deal", "checks", "unmapped"):
        getattr(result, name)  # every table builds


def _certain_series(value: str) -> bool:
    return bool(re.fullmatch(r"\d{4}-[A-Z0-9]+", value))


@pytest.mark.parametrize("row", [r for r in ROWS if _certain_series(r["series"])], ids=lambda r: r["file"][:3])
def test_series_found(row):
    f = _load(row["file"])
    if isinstance(f, abs_nb.AbsNbError):
        pytest.fail(f"a document that prints its series {row['series']} was refused: {f}")
    assert f.meta["series"] == row["series"]


@pytest.mark.parametrize(
    "row",
    [r for r in ROWS if re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["distribution_date"]) and r["file"] not in DATE_NOT_PRINTED],
    ids=lambda r: r["file"][:3],
)
def test_distribution_date_found(row):
    f = _load(row["file"])
    if isinstance(f, abs_nb.AbsNbError):
        pytest.fail(f"a document that prints its date {row['distribution_date']} was refused: {f}")
    assert f.meta["distribution_date"] == dt.date.fromisoformat(row["distribution_date"])


def test_stale_cover_date_is_reported_not_used():
    # 030: the cover's Item 5 says February 15, 2002 (copied from an older filing)
    f = abs_nb.load(CORPUS / "030_absc-2002he1-2002-12-usbank-8k-header.txt")
    assert f.meta["distribution_date"] == dt.date(2002, 12, 16)
    rows = f.checks[f.checks["check"] == "distribution_date"]
    assert len(rows) == 1 and rows["status"].item() == "warn"
    assert "2002-02-15" in rows["detail"].item()


def test_non_report_in_corpus_is_refused_clearly():
    # 025 is the tail page of a report: labels and values decoupled, no series, no date
    err = _load("025_cik1224157-wahl031a-2007-usbank-heloc-page9.txt")
    assert isinstance(err, abs_nb.NotADistributionReport)


@pytest.mark.parametrize(
    "name,record,determination",
    [
        ("026_sasc-2000-3-2000-08-ctslink-text-secgov.txt", "2000-07-31", None),  # "Record Date: 07/31/2000"
        ("068_oomlt-2000-3-2000-08-ctslink-text-first.txt", "2000-07-31", None),  # "Record Date: 7/31/2000"
        ("028_greenpoint-heloc-1999-2-2000-07-servicer-cert.txt", "2000-07-16", None),  # "Record Date: 7/16/00"
        ("022_abnamro-mtg-1998-3-2000-03-lasalle-header.txt", "2000-02-25", None),  # "Record Date: 02/25/00"
        # 054: "Record Date:" is followed by a table-of-contents cell, not a date: not guessed
        ("054_rasc-2007ks4-2007-09-gmacrfc-statement.txt", None, "2007-09-20"),
    ],
)
def test_record_and_determination_dates(name, record, determination):
    f = abs_nb.load(CORPUS / name)
    as_iso = lambda d: d.isoformat() if d else None  # noqa: E731
    assert as_iso(f.meta["record_date"]) == record
    assert as_iso(f.meta["determination_date"]) == determination
