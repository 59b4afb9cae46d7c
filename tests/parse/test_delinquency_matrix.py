"""abs_nb.parse.delinquency_matrix: aging matrices, days down and kinds of trouble across."""

from __future__ import annotations

import abs_nb

from ._support import pairs_row

HEAD = "STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 08/27/2007\n\nDELINQUENCY STATUS BY GROUP\n\n"
HEADER = ("                 Delinquent         Bankruptcy        Foreclosure               REO\n"
          "Days          No.       Balance   No.     Balance   No.       Balance   No.   Balance\n")


def _block(title: str, rows: list[tuple[str, int, str, int, str, int, str, int, str]]) -> str:
    return f"{title}\n" + "".join(pairs_row(label, tuple(cells), 10, (7, 14)) for label, *cells in rows)


def test_each_day_is_the_delinquent_pair_and_each_kind_its_column_s_total():
    one = _block("Group I", [("30 Days", 21, "6,118,902.44", 0, "0.00", 0, "0.00", 0, "0.00"),
                             ("60 Days", 7, "2,205,117.80", 0, "0.00", 0, "0.00", 0, "0.00"),
                             ("90+ Days", 2, "611,290.00", 1, "248,600.15", 3, "1,190,312.47", 0, "0.00"),
                             ("Total", 30, "8,935,310.24", 2, "559,645.05", 3, "1,190,312.47", 0, "0.00")])
    # the second group's block stands under the first's, under no header of its own
    two = _block("Group II", [("30 Days", 13, "3,004,118.20", 1, "88,000.00", 0, "0.00", 0, "0.00"),
                              ("60 Days", 4, "901,442.75", 0, "0.00", 2, "410,500.00", 0, "0.00"),
                              ("90+ Days", 1, "150,000.00", 0, "0.00", 2, "377,100.00", 1, "96,000.00"),
                              ("Total", 18, "4,055,560.95", 1, "88,000.00", 4, "787,600.00", 1, "96,000.00")])
    f = abs_nb.load_text(HEAD + HEADER + one + two)
    d = f.delinquency.set_index(["group", "status"])
    assert tuple(d.loc[("Group 1", "30-59"), ["count", "balance"]]) == (21, 6_118_902.44)
    # the 90+ delinquent loans: not the bankrupt or foreclosed ones of that age
    assert tuple(d.loc[("Group 1", "90+"), ["count", "balance"]]) == (2, 611_290.00)
    # a kind of trouble: its Total row, loans of every age
    assert tuple(d.loc[("Group 1", "bankruptcy"), ["count", "balance"]]) == (2, 559_645.05)
    assert tuple(d.loc[("Group 2", "foreclosure"), ["count", "balance"]]) == (4, 787_600.00)
    assert tuple(d.loc[("Group 2", "reo"), ["count", "balance"]]) == (1, 96_000.00)
    assert len(d) == 12


def test_status_pairs_with_no_delinquent_pair_are_no_matrix():
    # groups across, no kinds of trouble: the ordinary reading, groups by their words
    text = (HEAD + "                 Group 1              Group 2\n"
            "Days          No.       Balance   No.       Balance\n"
            "30 Days        21  6,118,902.44    13  3,004,118.20\n"
            "60 Days         7  2,205,117.80     4    901,442.75\n"
            "Foreclosure     3  1,190,312.47     4    787,600.00\n")
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert tuple(d.loc[("Group 2", "foreclosure"), ["count", "balance"]]) == (4, 787_600.00)


def test_a_matrix_printing_no_total_row_is_not_read_and_its_figures_stay_listed():
    one = _block("Group I", [("30 Days", 21, "6,118,902.44", 0, "0.00", 0, "0.00", 0, "0.00"),
                             ("60 Days", 7, "2,205,117.80", 1, "88,000.00", 3, "611,052.77", 0, "0.00")])
    f = abs_nb.load_text(HEAD + HEADER + one)
    assert "foreclosure" not in set(f.delinquency.status)
    assert {u for u in f.unmapped.line} >= {9, 10}
