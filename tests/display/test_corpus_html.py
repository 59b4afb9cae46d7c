"""abs_nb.display.corpus_html: the rich display of a Corpus (filings, errors, duplicates)."""

from __future__ import annotations

import abs_nb


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
