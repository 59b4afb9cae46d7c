"""abs_nb.edgar_client.submissions: EDGAR's submissions JSON read into rows, with its pages,
CIKs and paths. The JSON below is typed in EDGAR's layout (parallel lists under
``filings.recent``, further pages named in ``filings.files``)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from abs_nb.edgar_client import submissions as S
from abs_nb.errors import EdgarError, InputError


@pytest.mark.parametrize("value", [1225799, "1225799", "0001225799", "CIK0001225799", "cik1225799", " 1225799 "])
def test_a_cik_is_read_from_a_number_or_its_digits(value):
    assert S.parse_cik(value) == 1225799
    assert S.is_cik(value)


@pytest.mark.parametrize("value", [0, -5, True, 10**10, "12345678901", "CIK", "", "0000000000", "Asset Backed 2003",
                                   12.0, None])
def test_anything_else_is_not_a_cik(value):
    with pytest.raises(InputError, match="expected a CIK"):
        S.parse_cik(value)
    assert not S.is_cik(value)


def test_paths_on_the_two_hosts():
    assert S.submissions_path(797510) == "/submissions/CIK0000797510.json"
    assert S.full_submission_path(797510, "0001019965-02-000123") == \
        "/Archives/edgar/data/797510/000101996502000123/0001019965-02-000123.txt"
    assert S.document_path(797510, "0001019965-02-000123", "ex99.htm") == \
        "/Archives/edgar/data/797510/000101996502000123/ex99.htm"


@pytest.mark.parametrize(("body", "found"), [
    (b"<html>Service Unavailable</html>", "unreadable JSON"),
    (b"\xff\xfe{}", "unreadable JSON"),
    (b"[1, 2]", "a list"),
])
def test_a_body_that_is_no_json_object_is_an_edgar_error(body, found):
    with pytest.raises(EdgarError, match=found) as info:
        S.load_json(body, "https://data.sec.gov/submissions/CIK0001225799.json")
    assert "CIK0001225799.json" in str(info.value)


RECENT = {
    "accessionNumber": ["0001019965-04-000010", "0001019965-03-000581"],
    "form": ["10-D", None],
    "filingDate": ["2004-06-30", "2003-10-15"],
    "reportDate": ["", "2003-13-40"],
}


def test_columns_become_one_row_per_filing():
    rows = S.columns_to_rows(json.loads(json.dumps(RECENT)), "x.json")
    assert rows == [
        {"accession": "0001019965-04-000010", "form": "10-D", "filed": dt.date(2004, 6, 30), "report_date": None,
         "primary_document": None},
        # no form: empty; a date that is no date: None; no primaryDocument list: None
        {"accession": "0001019965-03-000581", "form": "", "filed": dt.date(2003, 10, 15), "report_date": None,
         "primary_document": None},
    ]


@pytest.mark.parametrize(("page", "found"), [
    ({"form": ["8-K"]}, "a list 'accessionNumber'"),
    ({**RECENT, "form": ["8-K"]}, "a list 'form' as long as 'accessionNumber' \\(2\\)"),
    ({**RECENT, "filingDate": "2004-06-30"}, "a list 'filingDate'"),
    ({**RECENT, "accessionNumber": ["0001019965-04-000010", "../../etc/passwd"]}, "accession numbers like"),
])
def test_columns_that_do_not_line_up_are_an_edgar_error(page, found):
    with pytest.raises(EdgarError, match=found):
        S.columns_to_rows(page, "x.json")


FILES = [
    {"name": "CIK0001225799-submissions-001.json", "filingFrom": "2003-01-01", "filingTo": "2003-12-31"},
    {"name": "CIK0001225799-submissions-002.json", "filingFrom": "2002-01-01", "filingTo": "2002-12-31"},
    {"name": "CIK0001225799-submissions-003.json"},  # no dates: may hold anything
]


def test_only_pages_whose_dates_overlap_the_range_are_read():
    names = [f["name"] for f in FILES]
    assert S.pages_needed(FILES, None, None, "x") == names
    assert S.pages_needed(None, None, None, "x") == []
    assert S.pages_needed(FILES, dt.date(2004, 1, 1), None, "x") == [names[2]]
    assert S.pages_needed(FILES, dt.date(2003, 12, 31), None, "x") == [names[0], names[2]]  # inclusive
    assert S.pages_needed(FILES, None, dt.date(2002, 12, 31), "x") == [names[1], names[2]]
    assert S.pages_needed(FILES, dt.date(2002, 6, 1), dt.date(2003, 2, 1), "x") == names


@pytest.mark.parametrize(("files", "found"), [
    ({"name": "a.json"}, "a list 'filings.files'"),
    (["a.json"], "entries of 'filings.files' with a 'name'"),
    ([{"name": "../CIK0000000001.json"}], "a page name"),
    ([{"name": "/etc/passwd"}], "a page name"),
    ([{"name": ".hidden.json"}], "a page name"),
])
def test_a_page_list_that_is_not_file_names_is_an_edgar_error(files, found):
    with pytest.raises(EdgarError, match=found):
        S.pages_needed(files, None, None, "x")
