"""EDGAR full-submission files built around the real seed report text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from abs_nb.errors import EmptyInput, InputError
from abs_nb.sources import read_source, read_text

from .edgar_builder import (
    SEED_001,
    build_submission,
    document,
    sec_header,
    seed_split,
    tagged_exhibit,
)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _assert_lines_line_up(src, file_text: str) -> None:
    """Every line of src.text is the file's line at the same place (blanked tags aside)."""
    file_lines = file_text.replace("\r\n", "\n").split("\n")
    for i, line in enumerate(src.text.split("\n")[:-1]):
        original = file_lines[src.line_offset + i]
        assert line == original or (line == "" and original.lstrip().startswith("<")), (
            i,
            line,
            original,
        )


def test_exhibit_is_chosen_and_header_parsed(tmp_path: Path):
    sub = build_submission()
    path = _write(tmp_path, "0001019965-03-000548.txt", sub.text.encode())
    src = read_source(path)
    assert src.container == "edgar-submission"
    assert src.encoding == "utf-8"
    assert src.meta["accession"] == "0001019965-03-000548"
    assert src.meta["cik"] == "1258736"
    assert src.meta["form"] == "8-K"
    assert src.meta["filed"] == dt.date(2003, 11, 17)
    assert src.meta["period_of_report"] == dt.date(2003, 11, 17)
    assert src.meta["company"] == "ASSET BACKED SEC CORP HOME EQUITY LOAN TRUST 2003-HE4"
    assert src.meta["document_type"] == "EX-99.1"
    assert src.meta["document_sequence"] == "2"
    assert src.meta["document_filename"] == "ex991_1103.txt"
    assert src.meta["document_description"] == "MONTHLY DISTRIBUTION REPORT"
    assert src.meta["document_format"] == "text"
    assert src.meta["document_selected_by"] == "exhibit-99-report-words"
    assert [d["type"] for d in src.meta["documents"]] == ["8-K", "EX-99.1"]
    assert src.text == sub.expected_text
    assert src.text.startswith(
        "\nAsset Backed Securities Corporation, Home Equity Loan Trust, Series 2003-HE4\n"
    )
    assert "FORM 8-K" not in src.text  # the cover page is the other document


def test_layout_tags_become_empty_lines_and_line_numbers_hold(tmp_path: Path):
    sub = build_submission()
    src = read_source(_write(tmp_path, "sub.txt", sub.text.encode()))
    text_lines = src.text.split("\n")
    assert len(sub.tag_lines) == 5
    for i in sub.tag_lines:
        assert text_lines[i] == ""
        assert sub.lines[sub.exhibit_start + i].lstrip().startswith("<")
    assert "<" not in src.text
    assert src.line_offset == sub.exhibit_start
    # text line 1 is file line line_offset + 1 (both 1-based)
    file_lines = sub.text.split("\n")
    assert src.file_line(1) == src.line_offset + 1
    assert file_lines[src.file_line(2) - 1] == text_lines[1]
    statement = text_lines.index("STATEMENT TO CERTIFICATEHOLDERS")
    assert file_lines[src.line_offset + statement] == "STATEMENT TO CERTIFICATEHOLDERS"
    _assert_lines_line_up(src, sub.text)


def test_columns_keep_their_alignment(tmp_path: Path):
    sub = build_submission()
    src = read_source(_write(tmp_path, "sub.txt", sub.text.encode()))
    _, report = seed_split()
    for line in report:
        if "A-1" in line and "," in line:
            assert line in src.text.split("\n")  # byte-identical row, spaces and all


def test_8k_amendment(tmp_path: Path):
    sub = build_submission("8-K/A")
    src = read_source(_write(tmp_path, "amend.txt", sub.text.encode()))
    assert src.meta["form"] == "8-K/A"
    assert src.meta["documents"][0]["type"] == "8-K/A"
    assert src.meta["document_type"] == "EX-99.1"
    assert src.text == sub.expected_text


def test_pem_wrapped(tmp_path: Path):
    plain, pem = build_submission(), build_submission(pem=True)
    src = read_source(_write(tmp_path, "pem.txt", pem.text.encode()))
    assert pem.text.startswith("-----BEGIN PRIVACY-ENHANCED MESSAGE-----\n")
    assert src.container == "edgar-submission"
    assert src.meta["accession"] == "0001019965-03-000548"
    assert src.text == plain.expected_text
    assert src.line_offset == pem.exhibit_start == plain.exhibit_start + 10
    _assert_lines_line_up(src, pem.text)


def test_crlf_line_ends(tmp_path: Path):
    sub = build_submission()
    data = sub.text.replace("\n", "\r\n").encode()
    src = read_source(_write(tmp_path, "crlf.txt", data))
    assert "\r" not in src.text
    assert src.text == sub.expected_text
    assert src.line_offset == sub.exhibit_start
    assert src.meta["cik"] == "1258736"
    lf = read_source(sub.text.encode())
    assert lf.text == src.text and lf.sha256 != src.sha256


def test_cp1252_submission(tmp_path: Path):
    sub = build_submission()
    text = sub.text.replace(
        "STATEMENT TO CERTIFICATEHOLDERS", "TRUSTEE\x92S STATEMENT TO CERTIFICATEHOLDERS"
    )
    text = text.replace("Distribution Date:", "Distribution\xa0Date:")
    data = text.encode("latin-1")  # \x92 and \xa0 as single bytes, as a cp1252 file has them
    src = read_source(_write(tmp_path, "cp1252.txt", data))
    assert src.encoding == "cp1252"
    assert "TRUSTEE\u2019S STATEMENT TO CERTIFICATEHOLDERS" in src.text
    assert "Distribution\xa0Date:" in src.text
    assert src.meta["document_type"] == "EX-99.1"


def test_latin1_fallback(tmp_path: Path):
    # 0x81 and 0x8D are undefined in cp1252, so only latin-1 decodes this file;
    # 0x85 is NEL in latin-1, which would be a line break for str.splitlines.
    sub = build_submission()
    text = sub.text.replace(
        "DISTRIBUTION SUMMARY", "DISTRIBUTION SUMMARY \x81\x8d Soci\xe9t\xe9\x85end"
    )
    src = read_source(_write(tmp_path, "latin1.txt", text.encode("latin-1")))
    assert src.encoding == "latin-1"
    assert "DISTRIBUTION SUMMARY \x81\x8d Soci\xe9t\xe9 end" in src.text
    assert src.text.splitlines() == src.text.split("\n")[:-1]
    _assert_lines_line_up(src, text.replace("\x85", " "))


def test_submission_given_as_str_or_bytes_or_file(tmp_path: Path):
    sub = build_submission()
    path = _write(tmp_path, "sub.txt", sub.text.encode())
    expected = read_source(path)
    with open(path, "rb") as fb, open(path, encoding="utf-8") as ft:
        for src in (
            read_source(sub.text),
            read_text(sub.text),
            read_source(fb),
            read_source(ft),
            read_source(sub.text.encode()),
        ):
            assert src.text == expected.text
            assert src.line_offset == expected.line_offset
            assert src.meta == expected.meta
            assert src.container == "edgar-submission"


def _submission(*docs: list[str], form: str = "8-K") -> str:
    return "\n".join(
        [*sec_header(form), *[line for d in docs for line in d], "</SEC-DOCUMENT>", ""]
    )


def test_exhibit_with_report_words_beats_other_exhibits():
    _, report = seed_split()
    text = _submission(
        document("8-K", 1, "cover.txt", ["FORM 8-K", "a scheduled distribution was made"]),
        document(
            "EX-99.1", 2, "cert.txt", ["OFFICER'S CERTIFICATE", "no default has occurred"] * 50
        ),
        document("EX-99.2", 3, "stmt.txt", report),
    )
    src = read_text(text)
    assert src.meta["document_type"] == "EX-99.2"
    assert src.meta["document_selected_by"] == "exhibit-99-report-words"
    assert "STATEMENT TO CERTIFICATEHOLDERS" in src.text


def test_strong_words_beat_weak_words():
    text = _submission(
        document("10-D", 1, "d10d.txt", ["FORM 10-D"]),
        document("EX-99.1", 2, "a.txt", ["Distribution of the prospectus supplement"]),
        document("EX-99.2", 3, "b.txt", ["STATEMENT TO NOTEHOLDERS", "Payment Date: 10/25/2005"]),
        form="10-D",
    )
    src = read_text(text)
    assert src.meta["form"] == "10-D"
    assert src.meta["document_type"] == "EX-99.2"


def test_older_exhibit_types_are_considered():
    _, report = seed_split()
    text = _submission(
        document("8-K", 1, "cover.txt", ["FORM 8-K", "Item 7. Exhibits"]),
        document("EX-20", 2, "ex20.txt", report),
    )
    src = read_text(text)
    assert src.meta["document_type"] == "EX-20"
    assert src.meta["document_selected_by"] == "exhibit-report-words"


def test_largest_exhibit_99_when_none_mentions_the_words():
    text = _submission(
        document("8-K", 1, "cover.txt", ["FORM 8-K"]),
        document("EX-99.1", 2, "small.txt", ["Class A-1   1,000"]),
        document(
            "EX-99.2",
            3,
            "large.txt",
            ["Class A-1   1,000", "Class A-2   2,000", "Class M-1   3,000"],
        ),
    )
    src = read_text(text)
    assert src.meta["document_type"] == "EX-99.2"
    assert src.meta["document_selected_by"] == "largest-exhibit-99"


def test_main_document_when_the_report_is_appended_to_the_8k():
    seed_lines = SEED_001.read_text().split("\n")
    text = _submission(document("8-K", 1, "absc.txt", seed_lines))
    src = read_text(text)
    assert src.meta["document_type"] == "8-K"
    assert src.meta["document_selected_by"] == "main-document-report-words"
    assert (
        src.text == SEED_001.read_text() + "\n"
    )  # the seed has no final newline; </TEXT> adds one


def test_first_readable_document_as_last_resort():
    text = _submission(document("8-K", 1, "a.txt", ["FORM 8-K", "Item 5. Other Events: none"]))
    src = read_text(text)
    assert src.meta["document_selected_by"] == "first-readable-document"


def test_html_exhibit_kept_raw():
    html = [
        "<html><body>",
        "<p>STATEMENT TO CERTIFICATEHOLDERS</p>",
        "<table border=0><tr><td>Class A-1</td><td>1,000</td></tr></table>",
        "<TABLE>",
        "</body></html>",
    ]
    text = _submission(
        document("8-K", 1, "a.htm", ["<html>cover</html>"]),
        document("EX-99.1", 2, "ex991.htm", html),
    )
    src = read_text(text)
    assert src.meta["document_format"] == "html"
    assert src.text == "\n".join(html) + "\n"  # nothing blanked, not even <TABLE>


def test_uuencoded_pdf_exhibit_is_skipped():
    _, report = seed_split()
    text = _submission(
        document("8-K", 1, "cover.txt", ["FORM 8-K"]),
        document(
            "EX-99.1",
            2,
            "stmt.pdf",
            [
                "begin 644 stmt.pdf",
                'M)5!$1BTQ+C,-)>+CS],-"C$@,"!O8FH-/#P@+TQI;F5A<FEZ960@,2`O',
                "end",
            ],
        ),
        document("EX-99.2", 3, "stmt.txt", report),
    )
    src = read_text(text)
    assert src.meta["document_type"] == "EX-99.2"
    assert src.meta["documents"][1]["format"] == "uuencoded"


def test_truncated_submission_keeps_what_is_there():
    sub = build_submission()
    row = sub.text.index("      A-2 ")
    cut = sub.text[: row + 20]  # ends inside the A-2 row: no </TEXT>, </DOCUMENT>
    src = read_text(cut)
    assert src.meta["document_type"] == "EX-99.1"
    assert sub.expected_text.startswith(src.text)
    assert src.text.endswith("\n" + cut[row:])


def test_text_starting_on_the_text_tag_line():
    text = _submission(
        document("8-K", 1, "a.txt", ["cover"]),
        [
            "<DOCUMENT>",
            "<TYPE>EX-99.1",
            "<TEXT>STATEMENT TO CERTIFICATEHOLDERS",
            "Class A-1</TEXT>",
            "</DOCUMENT>",
        ],
    )
    src = read_text(text)
    assert src.text == "STATEMENT TO CERTIFICATEHOLDERS\nClass A-1"
    assert text.split("\n")[src.line_offset] == "<TEXT>STATEMENT TO CERTIFICATEHOLDERS"


def test_bare_document_without_header():
    _, report = seed_split()
    text = "\n".join(document("EX-99.1", 1, "ex991.txt", report)) + "\n"
    src = read_text(text)
    assert src.container == "edgar-submission"
    assert src.meta["accession"] is None and src.meta["cik"] is None
    assert src.meta["form"] is None and src.meta["document_type"] == "EX-99.1"  # an exhibit type is no form
    assert src.line_offset == 5


def test_header_only_submission_is_empty(tmp_path: Path):
    path = _write(
        tmp_path, "hdr.txt", ("\n".join([*sec_header(), "</SEC-DOCUMENT>"]) + "\n").encode()
    )
    with pytest.raises(EmptyInput, match=r"hdr\.txt.*<DOCUMENT>"):
        read_source(path)


def test_document_with_empty_text_is_empty():
    text = _submission(document("8-K", 1, "a.txt", ["", "   "]))
    with pytest.raises(EmptyInput, match="without text"):
        read_text(text, name="blank.txt")


def test_only_layout_tags_is_empty():
    text = _submission(
        document("8-K", 1, "a.txt", ["FORM 8-K"]),
        document("EX-99.1", 2, "b.txt", ["<PAGE>", "<TABLE>", "</TABLE>"]),
    )
    src = read_text(text)  # the exhibit holds no text, so the cover page is the only candidate
    assert src.meta["document_type"] == "8-K"
    assert src.meta["document_selected_by"] == "first-readable-document"
    assert src.meta["documents"][1]["format"] == "empty"
    with pytest.raises(EmptyInput):
        read_text("<PAGE>\n<TABLE>\n<S>  <C>\n</TABLE>\n")


def test_only_pdf_documents():
    text = _submission(
        document("8-K", 1, "a.pdf", ["<PDF>", "begin 644 a.pdf", "M)5!$1BTQ", "end", "</PDF>"])
    )
    with pytest.raises(
        InputError, match=r"only.pdf\.txt: expected a text or HTML document.*8-K \(pdf\)"
    ):
        read_text(text, name="only.pdf.txt")


def test_tagged_exhibit_helper_inserts_five_tags():
    _, report = seed_split()
    out, tags = tagged_exhibit(report)
    assert [out[i].split()[0] for i in tags] == [
        "<PAGE>",
        "<TABLE>",
        "<CAPTION>",
        "<S>",
        "</TABLE>",
    ]


def test_main_document_with_the_report_wins_over_a_wordless_exhibit_99():
    # the 8-K body is the statement (cover page and report in one document); the only EX-99
    # is an accountants' consent
    seed_lines = SEED_001.read_text().split("\n")
    text = _submission(document("8-K", 1, "absc.txt", seed_lines),
                       document("EX-99", 2, "consent.txt", ["Consent of independent accountants."]))
    src = read_text(text)
    assert src.meta["document_type"] == "8-K"
    assert src.meta["document_selected_by"] == "main-document-report-words"


def test_the_parties_the_cover_names_are_the_filings_when_the_report_names_none():
    import abs_nb

    _, report = seed_split()
    cover = ["FORM 8-K", "Item 8.01  Other Events",
             "     On November 25, 2003 a distribution was made under a Pooling and Servicing Agreement",
             "dated as of August 1, 2003 among Asset Backed Securities Corporation, as Depositor,",
             "Ocwen Federal Bank FSB, as Servicer, and Deutsche Bank National Trust Company, as Trustee."]
    text = _submission(document("8-K", 1, "cover.txt", cover), document("EX-99.1", 2, "stmt.txt", report))
    src = read_text(text)
    assert src.meta["cover_parties"][1] == ("Ocwen Federal Bank FSB", ("servicer",))
    f = abs_nb.load_text(text)
    assert f.meta["servicers"] == ["Ocwen Federal Bank FSB"]
    assert f.meta["depositor"] == "Asset Backed Securities Corporation"
    # the report's own trustee (its signature) comes before the cover's
    assert f.meta["trustee"] == abs_nb.load_text("\n".join(report)).meta["trustee"]


def test_a_document_cut_from_its_submission_takes_no_exhibit_type_for_its_form():
    import abs_nb

    _, report = seed_split()
    # no header, the exhibit alone: its type says what exhibit it is, not what form was filed
    alone = "\n".join(document("EX-99.1", 2, "ex.txt", ["FILED AS EXHIBIT 99.1 TO FORM 8-K", *report]))
    assert read_text(alone).meta["form"] is None
    assert abs_nb.load_text(alone).meta["form"] == "8-K"  # the form its head names
    # the first document of a submission with no header, a form, is the form filed
    cover = "\n".join(document("10-D", 1, "d.txt", ["FORM 10-D"]) + document("EX-99.1", 2, "ex.txt", report))
    assert read_text(cover).meta["form"] == "10-D"
