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


def test_a_matrix_printing_each_kind_s_share_beside_its_pair_is_read_and_its_shares_set_apart():
    header = ("                  DELINQUENT                BANKRUPTCY               FORECLOSURE\n"
              "               #        Balance      %     #      Balance      %     #        Balance      %\n")
    rows = ("Current     1,134 324,205,412.15 94.80%     2   518,904.11  0.15%     0           0.00  0.00%\n"
            "30-59 Days     29   8,706,114.52  2.55%     1   274,406.90  0.08%     0           0.00  0.00%\n"
            "60-89 Days     11   3,318,402.66  0.97%     0         0.00  0.00%     1     246,118.03  0.07%\n"
            "90+ Days        6   1,904,227.18  0.56%     1   301,877.42  0.09%     7   2,211,406.57  0.65%\n"
            "            ---------------------------  -------------------------  ---------------------------\n"
            "Total       1,180 338,134,156.51 98.88%     4 1,095,188.43  0.32%     8   2,457,524.60  0.72%\n")
    f = abs_nb.load_text(HEAD + "GROUP 1\n" + header + rows + "\nGROUP 2\n" + header + rows.replace("Total       1,180", "Total       1,181"))
    d = f.delinquency.set_index(["group", "status"])
    assert tuple(d.loc[("Group 1", "30-59"), ["count", "balance"]]) == (29, 8_706_114.52)
    assert tuple(d.loc[("Group 2", "90+"), ["count", "balance"]]) == (6, 1_904_227.18)
    # each kind from its Total row, whose shares stand under no column of the matrix
    assert tuple(d.loc[("Group 1", "bankruptcy"), ["count", "balance"]]) == (4, 1_095_188.43)
    assert tuple(d.loc[("Group 2", "foreclosure"), ["count", "balance"]]) == (8, 2_457_524.60)
