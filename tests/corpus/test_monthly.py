"""abs_nb.corpus.monthly: which filings are one deal, and the checks across its months."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

import abs_nb

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "sample_filings" / "002_c10342e102d7429b.txt"  # 2002-HE1, November 2002
SEED_000 = ROOT / "sample_filings" / "000_2d551bf597d89db6.txt"  # 2003-HE2, October 2003
CORPUS = ROOT.parent / "shared" / "corpus"
HH_AUG = "043_household-hel-2001-1-2001-08-statement.txt"
HH_SEP = "041_household-hel-2001-1-2001-09-statement.txt"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside this checkout")
TRUST_LINE = "Asset Backed Securities Corporation Mortgage-Backed Pass-Through Certificates\n"


def _next_month_unnamed(tmp_path: Path, cusip_issuer: str = "04541G") -> Path:
    """The seed as its December report, with no trust name printed (and the classes'
    CUSIPs of ``cusip_issuer``)."""
    text = SEED.read_text()
    assert text.count(TRUST_LINE) == 3  # cover, statement heading, signature block
    text = (text.replace(TRUST_LINE, "").replace("November 15, 2002", "December 16, 2002")
            .replace("15-Nov-02", "16-Dec-02").replace("04541GC", cusip_issuer + "C"))
    out = tmp_path / f"dec-{cusip_issuer}.txt"
    out.write_text(text)
    return out


def _links(c: abs_nb.Corpus) -> set[tuple[str, str]]:
    across = c.checks.dropna(subset=["previous_source"])
    return {(Path(a).name, Path(b).name) for a, b in zip(across["previous_source"], across["source"], strict=True)}


def test_an_unnamed_filing_joins_the_named_deal_whose_cusips_it_shares(tmp_path):
    dec = _next_month_unnamed(tmp_path)
    c = abs_nb.load_many([SEED, dec], progress=False, workers=1)
    assert c[1].meta["trust"] is None and c[0].meta["trust"]
    assert _links(c) == {(SEED.name, dec.name)}
    a1 = c.checks[(c.checks["subject"] == "class A-1 balance") & c.checks["previous_source"].notna()]
    # the December copy repeats November's figures: its beginning is November's beginning
    assert a1["expected"].item() == c[0].parsed.classes["A-1"]["ending_balance"]
    assert a1["actual"].item() == c[0].parsed.classes["A-1"]["beginning_balance"]


def test_an_unnamed_filing_of_another_issuer_is_not_taken_for_the_named_deal(tmp_path):
    dec = _next_month_unnamed(tmp_path, cusip_issuer="99999Z")
    c = abs_nb.load_many([SEED, dec], progress=False, workers=1)
    assert _links(c) == set()
    assert {"previous_source", "previous_distribution_date"} <= set(c.checks.columns)


@needs_corpus
@pytest.mark.parametrize(("a", "b"), [
    ("058_greenpoint-hel-2001-1-2001-05-deutsche-contacts.txt", "043_household-hel-2001-1-2001-08-statement.txt"),
    ("026_sasc-2000-3-2000-08-ctslink-text-secgov.txt", "068_oomlt-2000-3-2000-08-ctslink-text-first.txt"),
])
def test_deals_that_share_only_a_series_number_are_not_compared(a, b):
    c = abs_nb.load_many([CORPUS / a, CORPUS / b], progress=False, workers=1)
    assert len(c) == 2
    assert _links(c) == set()


@needs_corpus
@pytest.mark.parametrize(("name", "trust"), [
    ("009_bancone-heloc-1999-1-2004-12-bankone-html.txt", "Banc One Home Equity Loan Trust"),  # "... 1999-1  Page 1"
    ("058_greenpoint-hel-2001-1-2001-05-deutsche-contacts.txt", "GreenPoint Home Equity Loan Trust"),
])
def test_a_trust_printed_before_its_series_and_more_words_is_found(name, trust):
    assert abs_nb.load(CORPUS / name).meta["trust"] == trust


def month_rows(c: abs_nb.Corpus, check: str, subject: str) -> pd.DataFrame:
    k = c.checks
    return k[(k["check"] == check) & (k["subject"] == subject)]


@needs_corpus
def test_two_renderings_of_one_trust_are_one_deal():
    # 009 prints its trust name before its series and "Page 1", 072 (the same Banc One 1999-1
    # deal) on a line of its own
    c = abs_nb.load_many([CORPUS / "009_bancone-heloc-1999-1-2004-12-bankone-html.txt",
                          CORPUS / "072_bancone-heloc-1999-1-2003-07-statement-pipe.txt"], progress=False)
    gap = c.checks[c.checks["subject"] == "consecutive distributions"]
    assert len(gap) == 1  # compared as one deal: 17 months apart, reported


@needs_corpus
def test_a_pool_balance_carries_over_and_a_break_fails(tmp_path):
    # Household 2001-1: August's ending pool balance 739,903,284.31 is September's "Begin
    # Principal Balance" (041 line 76)
    c = abs_nb.load_many([CORPUS / HH_AUG, CORPUS / HH_SEP], progress=False, engine="serial")
    row = month_rows(c, "month_over_month", "pool Total balance")
    assert row["status"].tolist() == ["pass"]
    assert row["expected"].item() == row["actual"].item() == 739_903_284.31
    assert row["source"].item().endswith(HH_SEP) and row["previous_source"].item().endswith(HH_AUG)
    # September's beginning balance printed $100 higher: a fail with both values and sources
    text = (CORPUS / HH_SEP).read_text(encoding="utf-8", errors="replace")
    assert text.count("739,903,284.31") == 1
    edited = tmp_path / HH_SEP
    edited.write_text(text.replace("739,903,284.31", "739,903,384.31"), encoding="utf-8")
    c = abs_nb.load_many([CORPUS / HH_AUG, edited], progress=False, engine="serial")
    row = month_rows(c, "month_over_month", "pool Total balance")
    assert row["status"].tolist() == ["fail"]
    assert row["expected"].item() == 739_903_284.31 and row["actual"].item() == 739_903_384.31
    assert row["source"].item() == str(edited)


@pytest.mark.parametrize("november, status", [("1,000", "fail"), ("4,429", "pass"), ("5,000", "pass")])
def test_cumulative_losses_may_not_fall(tmp_path, november, status):
    # 000 (2003-HE2, 15-Oct-03) prints "Cum. Real. Losses since Startup Day  4,429"; a
    # November copy prints another figure
    text = SEED_000.read_text(encoding="utf-8")
    nov = text.replace("15-Oct-03", "17-Nov-03").replace(
        "Cum. Real. Losses since Startup Day                      4,429",
        f"Cum. Real. Losses since Startup Day                      {november:>5}")
    assert nov.count("17-Nov-03") >= 1 and f"Startup Day                      {november:>5}" in nov
    (tmp_path / "nov.txt").write_text(nov, encoding="utf-8")
    c = abs_nb.load_many([SEED_000, tmp_path / "nov.txt"], progress=False, engine="serial")
    row = month_rows(c, "cumulative_losses", "deal cumulative_realized_losses")
    assert row["status"].tolist() == [status]
    assert row["expected"].item() == 4429.0 and row["actual"].item() == float(november.replace(",", ""))
    assert row["distribution_date"].item() == dt.date(2003, 11, 17)


def test_two_months_with_no_balance_in_common_say_so(tmp_path):
    # the November copy of 000 loses every class and pool line: nothing can carry over
    text = SEED_000.read_text(encoding="utf-8")
    head = text.split("\n")
    nov = "\n".join(line for line in head[:80]).replace("15-Oct-03", "17-Nov-03")
    nov += "\n\nCum. Real. Losses since Startup Day                      4,429\n"
    (tmp_path / "nov.txt").write_text(nov, encoding="utf-8")
    c = abs_nb.load_many([SEED_000, tmp_path / "nov.txt"], progress=False, engine="serial")
    assert len(c) == 2
    row = month_rows(c, "month_over_month", "balances")
    assert row["status"].tolist() == ["warn"] and "nothing carried over" in row["detail"].item()
