"""abs_nb.edgar_client.lookup: ``find_trusts`` and ``filings`` against a real HTTP server on
127.0.0.1 serving EDGAR-shaped paths (and, with ``pytest -m network``, against EDGAR itself)."""

from __future__ import annotations

import pytest

import abs_nb
from abs_nb import edgar
from abs_nb.errors import UnknownTrust
from tests.edgar_client.conftest import PAGE, SUBMISSIONS, TRUST_CIK, txt_path


def test_find_trusts_ranks_the_filers_of_the_company_index(edgar_server):
    one = edgar.find_trusts("Asset Backed Securities Corp 2003-HE2")
    assert one[["name", "cik"]].values.tolist() == [["ASSET BACKED SEC CORP HOME EQUITY LOAN TRUST 2003-HE2", TRUST_CIK]]
    assert one["forms"].iloc[0] == "8-K"
    shelf = edgar.find_trusts("Asset Backed Securities Corporation Home Equity Loan Trust", year=2003)
    assert shelf["cik"].tolist() == [TRUST_CIK, 1258736]  # the series, in name order; the depositor is not one
    assert shelf["score"].tolist() == [0.99, 0.99]  # every word, and one more: the series
    depositor = edgar.find_trusts("Asset Backed Securities Corp", year=[2002, 2003])
    assert depositor["cik"].iloc[0] == 797510  # every word and nothing more ranks first
    assert set(depositor["cik"]) == {797510, TRUST_CIK, 1258736}
    # by default the series' year and the next, quarter by quarter, up to the first that has
    # it; a year given: all its quarters (2003 Q4 from the cache; a 404 is not cached)
    quarters = [r.path.split("/")[-3] + " " + r.path.split("/")[-2] for r in edgar_server.requests]
    assert quarters == ["2003 QTR1", "2003 QTR2", "2003 QTR3", "2003 QTR4",
                        "2003 QTR1", "2003 QTR2", "2003 QTR3",
                        "2002 QTR1", "2002 QTR2", "2002 QTR3", "2002 QTR4", "2003 QTR1", "2003 QTR2", "2003 QTR3"]


def test_an_unknown_trust_and_a_series_that_differs_are_errors(edgar_server):
    with pytest.raises(UnknownTrust, match="2003-HE9"):
        edgar.find_trusts("Asset Backed Securities Corp 2003-HE9")
    with pytest.raises(abs_nb.InputError, match="year"):
        edgar.find_trusts("Asset Backed Securities Corp")
    with pytest.raises(UnknownTrust, match="equally good"):
        edgar.download("Asset Backed Sec Corp Home Equity Loan Trust 2003", to="x", progress=False)


def test_filings_reads_both_pages_of_the_submissions_json(edgar_server):
    table = edgar.filings(TRUST_CIK)
    assert table["form"].tolist() == ["8-K"] * 9 + ["10-D"] + ["8-K"] * 3
    assert table["filed"].is_monotonic_increasing
    assert len(table) == 13 and table["accession"].is_unique
    assert {r.path for r in edgar_server.requests} == {SUBMISSIONS, PAGE}
    first = table.iloc[0]
    assert str(first["filed"]) == "2003-10-15" and str(first["report_date"]) == "2003-10-15"
    assert first["url"] == edgar_server.www_url + txt_path(first["accession"]).removeprefix("/www")
    assert first["document_url"].endswith("/ex991.txt")
    assert "10-K" in set(edgar.filings(TRUST_CIK, forms=None)["form"])
    assert edgar.filings(TRUST_CIK, forms="10-D")["form"].tolist() == ["10-D"]


def test_filings_reads_an_older_page_only_for_dates_it_holds(edgar_server):
    recent = edgar.filings(TRUST_CIK, since="2004-06-01")
    assert recent["filed"].min().isoformat() >= "2004-06-01"
    assert PAGE not in {r.path for r in edgar_server.requests}
    old = edgar.filings(TRUST_CIK, until="2004-01-31")
    assert old["filed"].max().isoformat() <= "2004-01-31" and len(old) == 4
    assert PAGE in {r.path for r in edgar_server.requests}


def test_an_unknown_cik_is_an_unknown_trust(edgar_server):
    with pytest.raises(UnknownTrust, match="CIK 42"):
        edgar.filings(42)


@pytest.mark.network
def test_the_trust_is_found_by_name_on_edgar(sec):
    table = edgar.find_trusts("Asset Backed Securities Corp Home Equity Loan Trust 2003-HE2", year=2003)
    assert TRUST_CIK in set(table["cik"])
    assert table["cik"].iloc[0] == TRUST_CIK
