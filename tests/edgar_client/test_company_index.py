"""abs_nb.edgar_client.company_index: EDGAR's quarterly company index read line by line, and
filers ranked by name. The index below is typed in EDGAR's layout: a header, the column
titles over a row of dashes, then one fixed-width line per filing."""

from __future__ import annotations

import pytest

from abs_nb.edgar_client import company_index as ci
from abs_nb.errors import EdgarError

DASHES = "-" * 141
INDEX = f"""Description:           Company Index of EDGAR Dissemination Feed
Last Data Received:    March 31, 2004
Comments:              webmaster@sec.gov
Anonymous FTP:         ftp://ftp.sec.gov/edgar/



Company Name                                                  Form Type   CIK         Date Filed  File Name
{DASHES}
ABSC HOME EQUITY LOAN TRUST 2004-HE1                          8-K         1280001     2004-02-25  edgar/data/1280001/0001019965-04-000101.txt
ABSC HOME EQUITY LOAN TRUST 2004-HE1                          10-D        1280001     2004-03-25  edgar/data/1280001/0001019965-04-000102.txt
ABSC HOME   EQUITY LOAN TRUST 2004-HE1                        8-K         1280001     2004-01-26  edgar/data/1280001/0001019965-04-000100.txt
ABSC HOME EQUITY LOAN TRUST 2004-HE2                          8-K         1280002     20040325    edgar/data/1280002/0001019965-04-000200.txt
A FILER WHOSE CONFORMED NAME IS LONGER THAN THE SIXTY-TWO COLUMNS OF THE INDEX  SC 13G      1280003     2004-02-10  edgar/data/1280003/0001280003-04-000001.txt

ASSET BACKED SECURITIES CORP                                  S-3/A       797510      2004-01-05  edgar/data/797510/0001019965-04-000001.txt
"""


def test_each_filing_line_is_a_row_read_at_the_header_columns():
    rows = list(ci.parse_company_index(INDEX))
    assert [(r.name, r.form, r.cik, r.filed) for r in rows] == [
        ("ABSC HOME EQUITY LOAN TRUST 2004-HE1", "8-K", 1280001, "2004-02-25"),
        ("ABSC HOME EQUITY LOAN TRUST 2004-HE1", "10-D", 1280001, "2004-03-25"),
        ("ABSC HOME EQUITY LOAN TRUST 2004-HE1", "8-K", 1280001, "2004-01-26"),  # inner blanks collapsed
        ("ABSC HOME EQUITY LOAN TRUST 2004-HE2", "8-K", 1280002, "2004-03-25"),  # a date without dashes
        # a name wider than its column pushes the others right: read by its shape
        ("A FILER WHOSE CONFORMED NAME IS LONGER THAN THE SIXTY-TWO COLUMNS OF THE INDEX", "SC 13G", 1280003,
         "2004-02-10"),
        ("ASSET BACKED SECURITIES CORP", "S-3/A", 797510, "2004-01-05"),
    ]
    assert rows[0].file == "edgar/data/1280001/0001019965-04-000101.txt"


def test_text_without_the_index_header_is_an_edgar_error():
    with pytest.raises(EdgarError, match="expected a company index.*found text beginning '<html><body>Not Found") as info:
        list(ci.parse_company_index("\n<html><body>Not Found</body></html>\n", source="https://x/company.idx"))
    assert "https://x/company.idx" in str(info.value)


def test_the_index_path_names_a_quarter():
    assert ci.company_index_path(2004, 1) == "/Archives/edgar/full-index/2004/QTR1/company.idx"
    with pytest.raises(ValueError, match="quarter 1 to 4"):
        ci.company_index_path(2004, 5)


def test_words_spell_names_as_edgar_abbreviates_them_without_filler():
    assert ci.words("The Securities Corporation & Mortgage Certificates, Series 2004-HE1") == \
        ["SEC", "CORP", "AND", "MTG", "CERT", "2004-HE1"]
    assert ci.words("absc home equity loan tr. 2004-he1") == ["ABSC", "HOME", "EQUITY", "LOAN", "TRUST", "2004-HE1"]


def test_score_is_the_share_of_query_words_less_a_hundredth_per_extra_word():
    name = ["ABSC", "HOME", "EQUITY", "LOAN", "TRUST", "2004-HE1"]
    assert ci.score(["ABSC", "2004-HE1"], name) == 0.96  # 2 of 2, four words more
    assert ci.score(name, name) == 1.0
    assert ci.score(["ABSC", "HOME", "AUTO", "TRUST"], name) == 0.72  # 3 of 4, three words more
    assert ci.score(["ABSC", "2004-HE2"], name) == 0.0  # a series must match
    assert ci.score(["ABSC", "2004"], name) == 0.96  # a year matches its series, which is then no extra word
    assert ci.score([], name) == 0.0


def test_rank_gathers_each_filers_lines_best_first():
    rows = list(ci.parse_company_index(INDEX))
    table = ci.rank("ABSC Home Equity Loan Trust 2004", rows)
    assert table[["name", "cik", "score", "forms", "filings", "first_filed", "last_filed"]].values.tolist() == [
        ["ABSC HOME EQUITY LOAN TRUST 2004-HE1", 1280001, 1.0, "10-D, 8-K", 3, "2004-01-26", "2004-03-25"],
        ["ABSC HOME EQUITY LOAN TRUST 2004-HE2", 1280002, 1.0, "8-K", 1, "2004-03-25", "2004-03-25"],
    ]
    assert ci.rank("ABSC Home Equity Loan Trust 2004-HE2", rows)["cik"].tolist() == [1280002]
    # below the minimum score (0.6): 2 of 4 words
    assert ci.rank("Asset Backed Widgets Inc", rows).empty
    with pytest.raises(EdgarError, match="a trust name with at least one word"):
        ci.rank("The Series of", rows)
