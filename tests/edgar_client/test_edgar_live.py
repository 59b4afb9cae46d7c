"""abs_nb.edgar against EDGAR itself: skipped unless asked for with ``pytest -m network``,
and then it needs ``ABS_NB_EDGAR_IDENTITY`` ('Name email@example.com').

    ABS_NB_EDGAR_IDENTITY="Jane Doe jane@example.com" pytest -m network tests/edgar_client

It reads one quarter's company index (tens of MB, then cached for a day), one submissions
JSON and one filing: ABSC Home Equity Loan Trust 2003-HE2's 8-K of October 2003, whose
report is the seed ``sample_filings/000_2d551bf597d89db6.txt``.
"""

from __future__ import annotations

import os

import pytest

import abs_nb
from abs_nb import edgar
from tests.sources.edgar_builder import REPO

pytestmark = pytest.mark.network
CIK = 1225799
ACCESSION = "0001019965-03-000581"


@pytest.fixture
def sec(monkeypatch):
    if not os.environ.get("ABS_NB_EDGAR_IDENTITY"):
        pytest.fail("set ABS_NB_EDGAR_IDENTITY='Name email@example.com' to run the network tests")
    for var in ("ABS_NB_EDGAR_URL", "ABS_NB_EDGAR_DATA_URL"):
        monkeypatch.delenv(var, raising=False)


def test_the_trust_is_found_by_name_on_edgar(sec):
    table = edgar.find_trusts("Asset Backed Securities Corp Home Equity Loan Trust 2003-HE2", year=2003)
    assert CIK in set(table["cik"])
    assert table["cik"].iloc[0] == CIK


def test_its_october_2003_report_downloads_and_reads_as_the_seed(sec, tmp_path):
    listed = edgar.filings(CIK, since="2003-10-01", until="2003-10-31")
    assert ACCESSION in set(listed["accession"])
    result = edgar.download(CIK, to=tmp_path, since="2003-10-01", until="2003-10-31", progress=False)
    assert set(result["status"]) == {"downloaded"}
    f = abs_nb.load(result.set_index("accession").loc[ACCESSION, "path"])
    seed = abs_nb.load(REPO / "sample_filings" / "000_2d551bf597d89db6.txt")
    assert f.meta["series"] == "2003-HE2" and f.meta["accession"] == ACCESSION
    assert f.classes["ending_balance"].equals(seed.classes["ending_balance"])
