"""abs_nb.display._format: HTML escaping, element ids and status colours (the value formatters
it re-exports are abs_nb.finance_format's, tested in tests/test_finance_format.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from abs_nb.display import _format as fmt


@pytest.mark.parametrize(("value", "escaped"), [
    (None, ""),
    ('<a href="x">O\'Neil & Co</a>', "&lt;a href=&quot;x&quot;&gt;O&#x27;Neil &amp; Co&lt;/a&gt;"),
    (1234.5, "1234.5"),
    ("plain", "plain"),
])
def test_esc_escapes_markup_and_both_quotes(value, escaped):
    assert fmt.esc(value) == escaped


@pytest.mark.parametrize(("value", "slugged"), [
    ("Series 2003-HE2", "series-2003-he2"),
    ("  --A__B--  ", "a-b"),
    ('"><script>alert(1)</script>', "script-alert-1-script"),
    ("Soci\u00e9t\u00e9 2004", "soci-t-2004"),  # only [a-z0-9-] stays
    (dt.date(2003, 10, 15), "2003-10-15"),
])
def test_slug_keeps_lower_case_letters_digits_and_single_dashes(value, slugged):
    assert fmt.slug(value) == slugged


class _Filing:
    def __init__(self, meta):
        self.meta = meta


def test_filing_id_is_series_and_date_else_the_texts_hash():
    assert fmt.filing_id(_Filing({"series": "2002-HE1", "distribution_date": dt.date(2002, 11, 15)})) == \
        "abs-nb-2002-he1-2002-11-15"
    sha = "18A4647C57E9" + "0" * 52
    assert fmt.filing_id(_Filing({"sha256": sha, "distribution_date": dt.date(2003, 10, 15)})) == \
        "abs-nb-x18a4647c57e9-2003-10-15"  # no series: the first 12 hex digits of the hash
    assert fmt.filing_id(_Filing({"series": "2003-HE4"})) == "abs-nb-2003-he4"  # no date: no date part
    assert fmt.filing_id(_Filing(None)) == "abs-nb-x"
    assert fmt.filing_id(_Filing({"series": "<b>2003</b>"})) == "abs-nb-b-2003-b"  # an id holds no markup


def test_filing_id_of_a_seed_is_its_series_and_distribution_date(f001):
    # the seed prints "Series 2003-HE4" and "Distribution Date: 17-Nov-03"
    assert fmt.filing_id(f001) == "abs-nb-2003-he4-2003-11-17"


def test_each_check_status_has_text_background_and_border_colours():
    assert set(fmt.STATUS_COLOURS) == {"fail", "warn", "repaired", "pass"}
    for colours in fmt.STATUS_COLOURS.values():
        assert len(colours) == 3 and all(c.startswith("#") and len(c) == 7 for c in colours)
    assert len(set(fmt.STATUS_COLOURS.values())) == 4  # four statuses, four looks
