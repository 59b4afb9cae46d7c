"""Lines of figures not read are a warn; numbers the reader does not keep by design are
not figures (abs_nb.checks.completeness)."""

from __future__ import annotations

import abs_nb

from ._edit import corpus, rows


def test_identifiers_years_zip_codes_and_item_numbers_do_not_count_as_unread_figures():
    # a CUSIP on a cut-off last row; an SEC cover (20549, 1934, 10010, Items 1,2,4,5);
    # addresses (Frederick, MD 21703; Washington D. C. 20549)
    for prefix in ("001_absc", "030_", "031_", "033_", "026_"):
        f = abs_nb.load(corpus(prefix))
        assert "unmapped_figures" not in set(f.checks["check"]), (prefix, rows(f, "unmapped_figures"))


def test_figures_really_not_read_still_warn():
    # a cut-off row whose original balance was printed; labels this library does not know
    for prefix, line in (("017_", 155), ("035_", 56)):
        (status, detail), = rows(abs_nb.load(corpus(prefix)), "unmapped_figures").values()
        assert status == "warn" and str(line) in detail
