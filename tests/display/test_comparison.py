"""Display of ``abs_nb.compare(...)``: the table card and its offline charts."""

from __future__ import annotations

import re

import pytest

import abs_nb

from .conftest import HOSTILE, HOSTILE_ESCAPED, parse

pytestmark = pytest.mark.skipif(not callable(getattr(abs_nb, "compare", None)),
                                reason="abs_nb.compare not in this version")


@pytest.fixture(scope="module")
def comparison(f000, f001, f002):
    return abs_nb.compare(f000, f001, f002)


def test_bundle_table_ids_and_formats(comparison):
    from abs_nb.display.comparison import comparison_id

    b = comparison._repr_mimebundle_()
    assert set(b) == {"text/plain", "text/html"}
    html = b["text/html"]
    ident = comparison_id(comparison)
    assert re.fullmatch(r"abs-nb-comparison-[0-9a-f]{10}", ident)
    assert parse(html).ids == [ident, f"{ident}-table"]
    rows = parse(html).tables[f"{ident}-table"][0]
    # columns keyed by deal and distribution date
    assert rows[0] == ["deal", "2002-HE1", "2003-HE2", "2003-HE4"]
    assert rows[1] == ["metric", "2002-11-15", "2003-10-15", "2003-11-17"]
    by = {r[0]: r[1:] for r in rows[2:]}
    # printed O/C target amounts: 14,250,002.00 / 14,344,337 / 22,189,283
    assert by["O/C target"] == ["14,250,002.00", "14,344,337.00", "22,189,283.00"]
    # printed credit enhancement: 23.191153% / 20.345036% / 19.182627%
    assert by["credit enhancement"] == ["23.19%", "20.35%", "19.18%"]  # percentages: 2 decimals
    assert by["pool factor"] == ["\u2014"] * 3
    for bad in ("<script", "<style", "http://", "https://"):
        assert bad not in html
    assert html == comparison._repr_mimebundle_()["text/html"]


def test_charts_are_offline_svg(comparison):
    bar = comparison.chart("cpr")._repr_mimebundle_()
    assert "<svg" in bar["text/html"] and "2003-HE4 2003-11-17" in bar["text/html"]
    line = comparison.timeseries("dq60_plus")._repr_mimebundle_()
    assert "<svg" in line["text/html"] and "2002-HE1" in line["text/html"]
    for b in (bar, line):
        assert "<script" not in b["text/html"] and "http" not in b["text/html"]
    with pytest.raises(abs_nb.InputError, match="no_such_metric"):
        comparison.chart("no_such_metric")


def test_labels_escaped(f000, f001):
    # series are strict (2003-HE2), so put a hostile label in the table the way a caller could
    c = abs_nb.compare(f000, f001)
    c.table = c.table.rename(columns={c.table.columns[0][0]: HOSTILE}, level="deal")
    c.labels[0] = HOSTILE
    b = c._repr_mimebundle_()
    assert HOSTILE not in b["text/html"] and HOSTILE_ESCAPED in b["text/html"]
    chart = c.chart("cpr")._repr_mimebundle_()["text/html"]
    assert HOSTILE not in chart and HOSTILE_ESCAPED in chart


def test_a_metric_asked_for_twice_is_one_row(f000, f001):
    c = abs_nb.compare(f000, f001, metrics=["cpr", "pool_balance", "cpr"])
    assert list(c.table.index) == ["cpr", "pool_balance"]
    html = c._repr_mimebundle_()["text/html"]
    assert "23.78%" in html  # 000's CPR, shown (was a dash when the row was doubled)
    assert "<svg" in c.chart("cpr")._repr_mimebundle_()["text/html"]


def test_a_time_series_of_an_unknown_metric_is_a_clear_error(comparison):
    with pytest.raises(abs_nb.InputError, match="no_such_metric"):
        comparison.timeseries("no_such_metric")


CORPUS = __import__("pathlib").Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside this checkout")


@needs_corpus
def test_timeseries_draws_one_line_per_deal_when_two_deals_share_a_series():
    # 073 is Household Home Equity Loan Trust 1999-1 (2000-12-20), 072 Banc One Home Equity
    # Loan Trust 1999-1 (2003-07-21): two deals, one series number
    c = abs_nb.compare(CORPUS / "073_household-hel-1999-1-2000-12-incjournal-text.txt",
                       CORPUS / "072_bancone-heloc-1999-1-2003-07-statement-pipe.txt", metrics="pool_balance")
    assert len(set(c.deals)) == 2 and all(d.startswith("1999-1 ") for d in c.deals)
    assert any("HOUSEHOLD" in d.upper() for d in c.deals) and any("BANC ONE" in d.upper() for d in c.deals)
    svg = c.timeseries("pool_balance")._repr_mimebundle_()["image/svg+xml"]
    legend = re.search(r'aria-label="Symbol legend[^"]*with (\d+) values', svg)
    assert legend and legend.group(1) == "2"
    # one deal's filings over months stay one line
    months = abs_nb.compare(*sorted(CORPUS.glob("04[1-4]_household-hel-2001-1-*.txt")), metrics=["pool_balance"])
    assert set(months.deals) == {"2001-1"}


@needs_corpus
def test_ids_come_from_the_filings_not_their_labels():
    # 026 (SASC 2000-3) and 068 (Option One 2000-3) are both labelled "2000-3 2000-08-25"
    a = abs_nb.compare(CORPUS / "026_sasc-2000-3-2000-08-ctslink-text-secgov.txt", metrics=["cpr"])
    b = abs_nb.compare(CORPUS / "068_oomlt-2000-3-2000-08-ctslink-text-first.txt", metrics=["cpr"])
    # neither prints pool figures: no column, and each is said to have nothing to compare
    assert list(a.table.columns) == list(b.table.columns) == []
    assert list(a.nothing_to_compare["deal"]) == list(b.nothing_to_compare["deal"]) == ["2000-3"]
    assert "nothing to compare in 1 filing: 026_sasc" in a._repr_mimebundle_()["text/plain"]
    from abs_nb.display.comparison import comparison_id

    assert comparison_id(a) != comparison_id(b)
    both = abs_nb.compare(a.left_out + b.left_out, metrics=["cpr"])
    assert comparison_id(both) == comparison_id(abs_nb.compare(b.left_out + a.left_out, metrics=["cpr"]))
    # in one comparison, the two deals are told apart by the trust that prints one
    assert sorted(both.nothing_to_compare["deal"]) == ["2000-3", "2000-3 Option One Mortgage Loan Trust"]


def test_one_metric_by_name_is_one_row(f000):
    c = abs_nb.compare(f000, metrics="cpr")
    assert list(c.table.index) == ["cpr"]


def test_columns_keyed_by_deal_and_date_and_filtered(f000, f001, f002):
    c = abs_nb.compare(f000, f001, f002)
    assert list(c.table.columns.names) == ["deal", "distribution_date"]
    assert c.table.columns.tolist() == [("2002-HE1", "2002-11-15"), ("2003-HE2", "2003-10-15"),
                                        ("2003-HE4", "2003-11-17")]
    assert c.table.columns.tolist() == abs_nb.compare(f000, f001, f002).table.columns.tolist()
    one = abs_nb.compare(f000, f001, f002, deals=["2003-he2"])  # any case
    assert one.table.columns.tolist() == [("2003-HE2", "2003-10-15")]
    since = abs_nb.compare(f000, f001, f002, since="2003-10-15")
    assert [d for _, d in since.table.columns] == ["2003-10-15", "2003-11-17"]
    until = abs_nb.compare(f000, f001, f002, until=__import__("datetime").date(2003, 1, 1))
    assert until.table.columns.tolist() == [("2002-HE1", "2002-11-15")]
    with pytest.raises(abs_nb.InputError, match="none among 3"):
        abs_nb.compare(f000, f001, f002, deals="1999-1")
    with pytest.raises(abs_nb.InputError, match="since: a date"):
        abs_nb.compare(f000, since="last year")
