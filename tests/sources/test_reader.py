"""abs_nb.sources.reader: ``read_source`` and ``read_text`` on the seed filings (every input kind
gives the same SourceText), and the inputs they refuse as empty."""

from __future__ import annotations

import hashlib
import io
import pickle
from pathlib import Path

import pytest

from abs_nb.errors import AbsNbError, EmptyInput, InputError
from abs_nb.sources import SourceText, read_source, read_text

from .edgar_builder import SEED_001, SEEDS

assert SEEDS, "sample_filings/*.txt are missing"


@pytest.fixture(params=SEEDS, ids=lambda p: p.name)
def seed(request) -> Path:
    return request.param


def test_seed_reads_as_plain_text(seed: Path):
    data = seed.read_bytes()
    src = read_source(str(seed))
    assert isinstance(src, SourceText)
    assert src.container == "text"
    assert src.encoding == "utf-8"
    assert src.meta == {}
    assert src.line_offset == 0
    assert src.name == str(seed)
    assert src.sha256 == hashlib.sha256(data).hexdigest()
    # Plain text with '\n' line ends and no layout tags comes through byte for byte.
    assert src.text == data.decode("utf-8")
    assert "STATEMENT TO CERTIFICATEHOLDERS" in src.text


def test_every_input_kind_gives_identical_text(seed: Path):
    data = seed.read_bytes()
    with open(seed, "rb") as fb, open(seed, encoding="utf-8") as ft:
        results = {
            "str path": read_source(str(seed)),
            "Path": read_source(seed),
            "binary file": read_source(fb),
            "text file": read_source(ft),
            "bytes": read_source(data),
            "bytearray": read_source(bytearray(data)),
            "raw str": read_source(data.decode("utf-8")),
            "read_text": read_text(data.decode("utf-8")),
            "BytesIO": read_source(io.BytesIO(data)),
            "StringIO": read_source(io.StringIO(data.decode("utf-8"))),
        }
    texts = {kind: src.text for kind, src in results.items()}
    assert len(set(texts.values())) == 1, texts.keys()
    # The seeds are ASCII with '\n' line ends, so hashing the str's UTF-8 gives the file's hash.
    assert {src.sha256 for src in results.values()} == {hashlib.sha256(data).hexdigest()}
    assert {src.container for src in results.values()} == {"text"}


def test_names_follow_the_input_kind(seed: Path):
    data = seed.read_bytes()
    assert read_source(seed).name == str(seed)
    assert read_source(str(seed)).name == str(seed)
    with open(seed, "rb") as f:
        assert read_source(f).name == str(seed)
    assert read_source(io.BytesIO(data)).name == "<file>"
    assert read_source(data).name == "<bytes>"
    assert read_source(data.decode()).name == "<text>"
    assert read_text(data.decode(), name="nov.txt").name == "nov.txt"


def test_encodings_reported(seed: Path):
    data = seed.read_bytes()
    assert read_source(data).encoding == "utf-8"
    assert read_source(data.decode()).encoding == "str"
    with open(seed, encoding="utf-8") as f:
        assert read_source(f).encoding == "str"


def test_file_object_is_read_from_its_current_position(seed: Path):
    data = seed.read_bytes()
    first_line_end = data.index(b"\n") + 1
    with open(seed, "rb") as f:
        f.readline()
        src = read_source(f)
    assert src.text == data[first_line_end:].decode()


def test_short_str_is_a_path_long_or_multiline_str_is_text(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "report.txt").write_text("STATEMENT TO CERTIFICATEHOLDERS\nClass A-1\n")
    assert read_source("report.txt").name == "report.txt"
    one_line = "STATEMENT TO CERTIFICATEHOLDERS  Class A-1  " * 30  # > 1,000 chars, no newline
    src = read_source(one_line)
    assert src.name == "<text>" and src.text == one_line
    assert read_source("Class A-1\r").text == "Class A-1\n"  # a lone CR is a line break too


def test_source_text_passes_through(seed: Path):
    src = read_source(seed)
    assert read_source(src) is src


def test_unsupported_type():
    with pytest.raises(
        InputError, match="expected a path, an open file, bytes, or report text, found a int"
    ):
        read_source(42)


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
    seed = SEED_001.read_text(encoding="utf-8")
    plain = read_text("\ufeff" + seed)
    assert plain.text == seed


def test_empty_file(tmp_path: Path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(EmptyInput) as err:
        read_source(path)
    assert str(path) in str(err.value)
    assert "found an empty file" in str(err.value)


@pytest.mark.parametrize("content", [b"   \n\n\t  \r\n", b"\f\n \x0c", b"\xef\xbb\xbf\n\n"])
def test_whitespace_only_file(tmp_path: Path, content: bytes):
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    with pytest.raises(
        EmptyInput, match=r"blank\.txt: expected report text, found only whitespace"
    ):
        read_source(str(path))


def test_empty_inputs_of_other_kinds():
    with pytest.raises(EmptyInput, match="<bytes>"):
        read_source(b"")
    with pytest.raises(EmptyInput, match="<text>"):
        read_source("\n\n   \n")
    with pytest.raises(EmptyInput):
        read_source("")
    with pytest.raises(EmptyInput, match="<file>"):
        read_source(io.BytesIO(b"  \n"))


def test_read_text_rejects_bytes():
    with pytest.raises(InputError, match="expected report text as a str, found a bytes"):
        read_text(b"abc\n")  # type: ignore[arg-type]


def test_errors_pickle_with_their_message(tmp_path: Path):
    with pytest.raises(AbsNbError) as err:
        read_source(tmp_path / "missing.txt")
    again = pickle.loads(pickle.dumps(err.value))
    assert type(again) is type(err.value) and str(again) == str(err.value)


@pytest.mark.parametrize("limit", [0, -1, True, 1.5, "1000"])
def test_max_bytes_must_be_a_positive_whole_number(limit):
    with pytest.raises(InputError, match="expected max_bytes, a positive whole number of bytes"):
        read_source(b"Class A-1\n", max_bytes=limit)


def test_an_exhibit_of_nothing_but_layout_tags_is_empty():
    with pytest.raises(EmptyInput, match="only EDGAR layout tags"):
        read_source("<TABLE>\n<S>   <C>\n</TABLE>\n<PAGE>\n")
