"""abs_nb.display.corpus_html: the rich display of a Corpus (filings, errors, duplicates)."""

from __future__ import annotations

import shutil

import abs_nb
from abs_nb.display import corpus_html

from .conftest import SEEDS, parse


def test_corpus_display_lists_filings_errors_and_duplicates(tmp_path):
    import shutil
    from pathlib import Path

    seeds = Path(__file__).resolve().parents[2] / "sample_filings"
    shutil.copy(seeds / "000_2d551bf597d89db6.txt", tmp_path / "a.txt")
    shutil.copy(seeds / "000_2d551bf597d89db6.txt", tmp_path / "b.txt")
    (tmp_path / "<script>x.txt").write_text("")
    c = abs_nb.load_many(tmp_path, progress=False)
    bundle = c._repr_mimebundle_()
    html = bundle["text/html"]
    assert "2003-HE2" in html and "EmptyInput" in html
    assert "<script>" not in html and "&lt;script&gt;x.txt" in html  # the path is text, escaped once
    assert 'id="abs-nb-corpus-errors"' in html and 'id="abs-nb-corpus-duplicates"' in html
    assert "1 filings, 1 errors, 1 duplicates" in bundle["text/plain"]


def test_a_clean_corpus_lists_its_filings_by_file_name_with_the_path_as_title(tmp_path):
    for seed in ("001_21e012ce03d1908d.txt", "002_c10342e102d7429b.txt"):
        shutil.copy(SEEDS / seed, tmp_path / seed)
    c = abs_nb.load_many(tmp_path, progress=False, workers=1)
    html = corpus_html.corpus_html(c)
    assert 'id="abs-nb-corpus-errors"' not in html and 'id="abs-nb-corpus-duplicates"' not in html
    rows = parse(html).tables["abs-nb-corpus-filings"][0]
    assert rows[0] == ["series", "distribution", "trust", "layout", "checks", "file"]
    # the seeds print "Series 2002-HE1" (15-Nov-02) and "Series 2003-HE4" (17-Nov-03)
    assert sorted((r[0], r[1], r[-1]) for r in rows[1:]) == [
        ("2002-HE1", "2002-11-15", "002_c10342e102d7429b.txt"), ("2003-HE4", "2003-11-17", "001_21e012ce03d1908d.txt")]
    assert f'title="{tmp_path / "001_21e012ce03d1908d.txt"}"' in html
    assert corpus_html.mimebundle(c)["text/plain"] == repr(c)


def test_the_plain_text_lists_each_file_not_read(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    shutil.copy(SEEDS / "000_2d551bf597d89db6.txt", tmp_path / "a.txt")
    c = abs_nb.load_many(tmp_path, progress=False, workers=1)
    lines = corpus_html.mimebundle(c)["text/plain"].split("\n")
    assert lines[1:] == [f"  not read: {tmp_path / 'empty.txt'}: EmptyInput"]
