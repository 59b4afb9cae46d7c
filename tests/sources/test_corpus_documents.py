"""Every document of the real corpus (../shared/corpus) reads, and reads faithfully."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from abs_nb.sources import read_source

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
FILES = sorted(p for p in CORPUS.iterdir() if p.is_file()) if CORPUS.is_dir() else []

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not FILES, reason=f"corpus not found at {CORPUS}"),
]

_TAG_LINE = re.compile(r"^[ \t]*(?:</?(?:PAGE|TABLE|CAPTION|S|C|FN)>[ \t]*)+$", re.IGNORECASE)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name[:40])
def test_reads_without_error_and_keeps_every_line(path: Path):
    data = path.read_bytes()
    src = read_source(path)
    assert src.sha256 == hashlib.sha256(data).hexdigest()
    assert src.name == str(path)
    original = data.decode(src.encoding.replace("str", "utf-8")).split("\n")
    lines = src.text.split("\n")
    if src.container == "text":
        assert src.line_offset == 0
        assert len(lines) == len(original)
        for got, want in zip(lines, original, strict=True):
            assert got == want or (got == "" and _TAG_LINE.match(want)), (got, want)
    else:
        assert src.meta["document_type"]
        assert src.text.strip()


def test_corpus_is_plain_text_documents():
    """The corpus holds exhibit text (some behind an 8-K cover page), none wrapped in SGML."""
    results = {p.name: read_source(p) for p in FILES}
    assert {s.container for s in results.values()} == {"text"}
    assert all(s.meta == {} for s in results.values())
    # The CTSLink / Chase text exhibits carry EDGAR's <TABLE>/<S>/<C> lines: now blank lines.
    for prefix in ("008_", "026_", "068_"):
        name = next(n for n in results if n.startswith(prefix))
        assert "<S>" in (CORPUS / name).read_text()
        assert "<S>" not in results[name].text and "<C>" not in results[name].text


@pytest.mark.parametrize(
    ("prefix", "date_of_report", "series", "first_line"),
    [
        ("030_", "16-Dec-02", "Series 2002-HE1", "SECURITIES AND EXCHANGE COMMISSION"),
        ("031_", "15-Sep-03", "Series 2003-HE4", "SECURITIES AND EXCHANGE COMMISSION"),
        ("033_", "August 15, 2002", "Series 2002-HE2", "UNITED STATES"),
    ],
)
def test_8k_cover_pages_are_read_as_text(
    prefix: str, date_of_report: str, series: str, first_line: str
):
    """030/031/033 begin with the 8-K cover page (not an SEC SGML header): plain text."""
    path = next(p for p in FILES if p.name.startswith(prefix))
    src = read_source(path)
    assert src.container == "text" and src.line_offset == 0
    assert src.text.lstrip().split("\n")[0].strip() == first_line
    report_line = next(line for line in src.text.split("\n") if "Date of Report" in line)
    assert report_line.rstrip().endswith(date_of_report)
    assert series in src.text
    assert re.search(r"Form 8-K|FORM 8-K", src.text)


def test_tabs_in_031_survive():
    path = next(p for p in FILES if p.name.startswith("031_"))
    src = read_source(path)
    assert "\t\t\t filed with" in src.text


def test_utf8_corpus_files():
    for prefix in ("035_", "036_"):
        path = next(p for p in FILES if p.name.startswith(prefix))
        src = read_source(path)
        assert src.encoding == "utf-8"
        assert src.text == path.read_text(encoding="utf-8")
