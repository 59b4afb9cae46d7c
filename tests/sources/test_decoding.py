"""Encodings and line ends of plain-text reports (real seed text, re-encoded)."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from abs_nb.sources import read_source, read_text

from .edgar_builder import SEED_001

SEED = SEED_001.read_text(encoding="utf-8")
ROW = next(line for line in SEED.split("\n") if line.strip().startswith("A-1 ") and "," in line)


def _read(tmp_path: Path, data: bytes):
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    return read_source(path)


def test_utf8_bom_is_stripped(tmp_path: Path):
    src = _read(tmp_path, codecs.BOM_UTF8 + SEED.encode())
    assert src.encoding == "utf-8-sig"
    assert src.text == SEED


def test_crlf_and_lone_cr(tmp_path: Path):
    crlf = _read(tmp_path, SEED.replace("\n", "\r\n").encode())
    cr = _read(tmp_path, SEED.replace("\n", "\r").encode())
    assert crlf.text == cr.text == SEED
    assert crlf.line_count == SEED.count("\n") + 1


def test_tabs_and_trailing_whitespace_are_kept(tmp_path: Path):
    assert "\t" in SEED
    data = SEED.replace(ROW, ROW + "   \t").encode()
    src = _read(tmp_path, data)
    assert ROW + "   \t" in src.text.split("\n")
    assert src.text.count("\t") == SEED.count("\t") + 1


def test_cp1252_apostrophe_and_nbsp(tmp_path: Path):
    text = SEED.replace("Registrant's", "Registrant\x92s").replace(
        "Distribution Date:", "Distribution\xa0Date:"
    )
    src = _read(tmp_path, text.encode("latin-1"))
    assert src.encoding == "cp1252"
    assert "Registrant\u2019s telephone number" in src.text
    assert "Distribution\xa0Date:" in src.text
    assert ROW in src.text


def test_utf8_apostrophe(tmp_path: Path):
    src = _read(tmp_path, SEED.replace("Registrant's", "Registrant\u2019s").encode())
    assert src.encoding == "utf-8"
    assert "Registrant\u2019s" in src.text


def test_latin1_when_cp1252_cannot_decode(tmp_path: Path):
    text = SEED.replace("Registrant's", "Registrant\x8ds Soci\xe9t\xe9")
    src = _read(tmp_path, text.encode("latin-1"))
    assert src.encoding == "latin-1"
    assert "Registrant\x8ds Soci\xe9t\xe9" in src.text


def test_form_feeds_keep_line_numbers(tmp_path: Path):
    lines = SEED.split("\n")
    paged = lines[:]
    paged[70] = "\f" + paged[70]  # page break at the start of a line
    paged[40] = paged[40] + "\f"  # ... at the end of a line
    paged.insert(60, "\f")  # ... on a line of its own
    src = _read(tmp_path, "\n".join(paged).encode())
    out = src.text.split("\n")
    assert len(out) == len(paged)
    assert out[71] == lines[70] and out[40] == lines[40] and out[60] == ""
    assert "\f" not in src.text


def test_form_feed_inside_a_line_breaks_it(tmp_path: Path):
    src = _read(tmp_path, b"Page 1 of 2\fSTATEMENT TO CERTIFICATEHOLDERS\n")
    assert src.text == "Page 1 of 2\nSTATEMENT TO CERTIFICATEHOLDERS\n"


@pytest.mark.parametrize("char", ["\v", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"])
def test_only_newline_breaks_lines(tmp_path: Path, char: str):
    src = read_source(f"Class A-1{char}1,000\nClass A-2\n")
    assert src.text == "Class A-1 1,000\nClass A-2\n"
    assert src.text.splitlines() == src.text.split("\n")[:-1]


def test_layout_tags_in_plain_text_are_blanked(tmp_path: Path):
    lines = SEED.split("\n")
    i = lines.index("DISTRIBUTION SUMMARY")
    tagged = [*lines[: i + 1], "<TABLE>", "<CAPTION>", "<S>       <C>        <C>", *lines[i + 1 :]]
    src = _read(tmp_path, "\n".join(tagged).encode())
    out = src.text.split("\n")
    assert out[i + 1 : i + 4] == ["", "", ""]
    assert out[: i + 1] == lines[: i + 1] and out[i + 4 :] == lines[i + 1 :]
    assert src.meta == {}


def test_leading_tag_on_a_text_line_becomes_spaces():
    src = read_source("<CAPTION>  Monthly Report\n<S>Class        Balance\n")
    assert src.text == "           Monthly Report\n   Class        Balance\n"


def test_plain_html_is_flagged_not_blanked():
    html = "<html>\n<TABLE>\n<tr><td>STATEMENT TO CERTIFICATEHOLDERS</td></tr>\n</TABLE>\n</html>\n"
    src = read_source(html)
    assert src.container == "text"
    assert src.meta == {"document_format": "html"}
    assert src.text == html


def test_a_bom_is_dropped_from_text_that_arrives_decoded(tmp_path: Path):
    # a str, or a file opened in text mode, keeps the BOM U+FEFF that bytes lose in decoding;
    # left in place it hid an EDGAR submission's header from the reader
    import io

    from .edgar_builder import build_submission

    sub = "\ufeff" + "\n".join(build_submission().lines) + "\n"
    path = tmp_path / "bom.txt"
    path.write_text(sub, encoding="utf-8")
    with open(path, encoding="utf-8") as fh:
        text_mode = read_source(fh)
    for src in (read_text(sub), text_mode, read_source(io.StringIO(sub)), read_source(path)):
        assert src.container == "edgar-submission"
        assert src.meta["accession"] == "0001019965-03-000548"
        assert not src.text.startswith("\ufeff")
    plain = read_text("\ufeff" + SEED)
    assert plain.text == SEED
