"""abs_nb.sources.sgml_tags: EDGAR's layout tags blanked in place, and HTML told from text."""

from __future__ import annotations

from pathlib import Path

from abs_nb.sources import read_source
from abs_nb.sources.sgml_tags import blank_layout_tags, looks_like_html

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


def test_tag_only_lines_are_emptied_and_no_line_is_removed():
    text = "<TABLE>\n<caption>\n<s>   <c>   <C>\n<PAGE>  12\n</TABLE>\n<FN>\nClass A-1   1,000\n"
    out = blank_layout_tags(text)
    assert out.split("\n") == ["", "", "", "", "", "", "Class A-1   1,000", ""]


def test_leading_tags_become_as_many_spaces_and_other_tags_stay():
    assert blank_layout_tags("  <S><C>A-1   1,000\n") == "        A-1   1,000\n"  # columns kept
    assert blank_layout_tags("<PAGE> page two\n") == "       page two\n"
    assert blank_layout_tags("see <C> and <TD> here\n") == "see <C> and <TD> here\n"  # not at the start
    assert blank_layout_tags("<TR>A-1\n") == "<TR>A-1\n"  # not a layout tag of EDGAR's text documents
    assert blank_layout_tags("Class A-1   1,000\n") == "Class A-1   1,000\n"


def test_html_is_told_by_a_document_tag_or_three_html_tags():
    assert looks_like_html("<!DOCTYPE html>\nreport\n") and looks_like_html("<BODY>\nreport\n")
    assert not looks_like_html("note <p> one\nnote <p> two\n")  # two stray tags: text
    assert looks_like_html("note <p> one\nnote <p> two\n<br>\n")
    assert looks_like_html("<table border=0>\n<tr>\n<td>A-1\n")
    assert not looks_like_html("<TABLE>\n<CAPTION>\n<S> <C> <C>\n<PAGE>\n" * 20)  # EDGAR's layout tags only
