"""abs_nb.sources.decode: binary inputs refused, encodings detected and line ends normalised
(real seed text, re-encoded)."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from abs_nb.errors import BinaryInput
from abs_nb.sources import read_source
from abs_nb.sources.decode import BINARY_SNIFF_BYTES, check_not_binary, decode_bytes, normalise_text

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


def test_random_bytes_with_nul(tmp_path: Path):
    rng = random.Random(20031117)
    data = bytes(rng.randrange(256) for _ in range(4096)) + b"\x00"
    path = tmp_path / "noise.bin"
    path.write_bytes(data)
    with pytest.raises(BinaryInput) as err:
        read_source(path)
    msg = str(err.value)
    assert str(path) in msg
    assert "byte offset" in msg
    nul = data.index(b"\x00")
    assert f"a NUL byte at byte offset {nul}" in msg or "control characters" in msg


def test_nul_byte_offset_is_reported(tmp_path: Path):
    path = tmp_path / "nul.txt"
    path.write_bytes(b"Class A-1   1,000\n" + b"\x00" + b"rest\n")
    with pytest.raises(
        BinaryInput, match=r"nul\.txt: expected text, found a NUL byte at byte offset 18"
    ):
        read_source(path)


def test_control_characters(tmp_path: Path):
    path = tmp_path / "ctl.txt"
    path.write_bytes(b"ab\x01\x02\x03\x04cdefgh\n")
    with pytest.raises(
        BinaryInput, match=r"ctl\.txt: .*4 control characters.*first at byte offset 2"
    ):
        read_source(path)


def test_png(tmp_path: Path):
    path = tmp_path / "statement.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x00" + bytes(range(256)))
    with pytest.raises(BinaryInput, match=r"statement\.png: expected text, found a PNG image"):
        read_source(path)


def test_pdf_and_utf16(tmp_path: Path):
    with pytest.raises(BinaryInput, match="a PDF file.*pdftotext"):
        read_source(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    with pytest.raises(BinaryInput, match="UTF-16"):
        read_source("STATEMENT\nClass A-1\n".encode("utf-16"))
    with pytest.raises(BinaryInput, match="UTF-16"):
        read_source("STATEMENT\nClass A-1\n".encode("utf-16-le"))


def test_nul_in_str_input():
    with pytest.raises(
        BinaryInput, match="<text>: expected text, found a NUL byte at character offset 3"
    ):
        read_source("abc\x00\ndef")


@pytest.mark.parametrize(("head", "what", "hint"), [
    (b"\x1f\x8b\x08\x00rest", "a gzip-compressed file", "gzip.open"),
    (b"PK\x03\x04rest", "a ZIP archive", "unpack it"),
    (b"\xff\xd8\xff\xe0rest", "a JPEG image", "not a picture of it"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "a Microsoft Office", "plain text"),
    (b"GIF89a rest", "a GIF image", "not a picture of it"),
])
def test_a_known_binary_signature_is_named_with_what_to_do(head: bytes, what: str, hint: str):
    with pytest.raises(BinaryInput, match=f"x.bin: expected text, found {what}") as err:
        check_not_binary(head, "x.bin")
    assert hint in str(err.value)


def test_more_than_a_tenth_of_control_characters_is_binary():
    check_not_binary(b"\x01" * 10 + b"a" * 90, "x.txt")  # a tenth: text
    with pytest.raises(BinaryInput, match=r"11 control characters in the first 100 bytes \(11%\), the first at "
                                          r"byte offset 0"):
        check_not_binary(b"\x01" * 11 + b"a" * 89, "x.txt")
    check_not_binary("\t\n\r\f" * 50, "x.txt")  # tab, line feed, carriage return, form feed are text


def test_only_the_first_8_kib_are_looked_at():
    check_not_binary(b"a" * BINARY_SNIFF_BYTES + b"\x01" * 5000, "x.txt")


def test_a_utf8_bom_before_bytes_that_are_not_utf8_falls_back_to_cp1252():
    assert decode_bytes(b"\xef\xbb\xbfInvestor\x92s share") == ("Investor\u2019s share", "cp1252")
    assert decode_bytes(b"") == ("", "utf-8")


def test_carriage_returns_and_page_breaks_become_line_ends_one_for_one():
    assert normalise_text("a\r\r\nb") == "a\n\nb"  # a lone CR, then a CRLF: two line ends
    assert normalise_text("\fpage 1\f\n\f\fpage 2\f") == "page 1\npage 2"  # at a line's ends: dropped, the lines stay two
    assert normalise_text("tab\tkept  \n") == "tab\tkept  \n"
