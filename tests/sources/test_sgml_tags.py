"""abs_nb.sources.sgml_tags: EDGAR's layout tags blanked in place, and HTML told from text."""

from __future__ import annotations

from pathlib import Path

from abs_nb.sources import read_source

from .edgar_builder import SEED_001

SEED = SEED_001.read_text(encoding="utf-8")


def _read(tmp_path: Path, data: bytes):
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    return read_source(path)


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
