"""abs_nb.corpus.monthly: which filings are one deal, and the checks across its months."""

from __future__ import annotations

from pathlib import Path

import pytest

import abs_nb

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "sample_filings" / "002_c10342e102d7429b.txt"  # 2002-HE1, November 2002
CORPUS = ROOT.parent / "shared" / "corpus"
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
