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


def _turned(title: str, rows: dict[str, list[tuple[int | None, str]]], days: list[str], count_first: bool,
            width: int) -> str:
    """A matrix turned: kinds of trouble down, the days and the Total across, a pair each
    (count and balance, in either order; ``None``: a pair left blank)."""
    def pair(first: str, second: str) -> str:
        return f"{first:>6}{second:>{width}}" if count_first else f"{second:>{width}}{first:>6}"

    cols = [*days, "TOTAL"]
    head = " " * 14 + "".join(f"{c:>{width + 6}}" for c in cols) + "\n"
    head += f"{'STATUS':<14}" + "".join(pair("#", "BALANCE") for _ in cols) + "\n"
    body = "".join(f"{label:<14}" + "".join(" " * (width + 6) if n is None else pair(str(n), b) for n, b in cells)
                   + "\n" for label, cells in rows.items())
    return f"{title}\n{head}{body}"


def test_a_matrix_turned_kinds_down_days_across_each_day_from_the_delinquent_row():
    rows = {"DELINQUENT": [(None, ""), (41, "2,630,114.27"), (12, "805,432.90"), (4, "233,011.48"), (57, "3,668,558.65")],
            "FORECLOSURE": [(0, "0.00"), (1, "61,200.33"), (3, "214,870.05"), (9, "702,115.60"), (13, "978,185.98")],
            "REO": [(0, "0.00"), (0, "0.00"), (0, "0.00"), (1, "58,411.20"), (1, "58,411.20")],
            "BANKRUPTCY": [(3, "176,544.19"), (1, "48,327.77"), (0, "0.00"), (2, "119,006.42"), (6, "343,878.38")]}
    table = _turned("GROUP 1", rows, ["0-29 DAYS", "30-59 DAYS", "60-89 DAYS", "90+ DAYS"], True, 15)
    f = abs_nb.load_text(HEAD + table)
    d = f.delinquency.set_index("status")[["count", "balance"]]
    assert {s: tuple(v) for s, v in d.iterrows()} == {
        "30-59": (41, 2_630_114.27), "60-89": (12, 805_432.90), "90+": (4, 233_011.48),
        "foreclosure": (13, 978_185.98), "reo": (1, 58_411.20), "bankruptcy": (6, 343_878.38)}
    assert "kinds of trouble down" in " ".join(f.checks["detail"])


def test_generated_turned_matrices_balance_first_or_count_first_finer_buckets_never_read():
    import random
    for seed in range(30):
        rng = random.Random(seed)
        count_first, width = rng.random() < 0.5, rng.randint(13, 17)
        finer = rng.random() < 0.3  # 90-119 and 120+ days: both 90+, neither is
        days = ["30-59 DAYS", "60-89 DAYS"] + (["90-119 DAYS", "120+ DAYS"] if finer else ["90+ DAYS"])
        kinds = rng.sample(["FORECLOSURE", "REO", "BANKRUPTCY"], rng.randint(1, 3))
        want: dict[str, tuple[int, float]] = {}
        rows: dict[str, list[tuple[int | None, str]]] = {}
        for label in ["DELINQUENT", *kinds]:
            cells = [(n, f"{n * rng.randint(40_000, 90_000):,}.{rng.randint(0, 99):02d}" if n else "0.00")
                     for n in (rng.randint(0, 40) for _ in days)]
            total = (sum(n for n, _ in cells), round(sum(float(b.replace(",", "")) for _, b in cells), 2))
            rows[label] = [*cells, (total[0], f"{total[1]:,.2f}")]
            if label == "DELINQUENT":
                for (n, b), day in zip(cells, ["30-59", "60-89", None, None] if finer else ["30-59", "60-89", "90+"],
                                       strict=False):
                    if day:
                        want[day] = (n, float(b.replace(",", "")))
            else:
                want[label.lower()] = total
        f = abs_nb.load_text(HEAD + _turned("TOTAL POOL", rows, days, count_first, width))
        d = f.delinquency.set_index("status")[["count", "balance"]]
        assert {s: (int(v["count"]), float(v["balance"])) for s, v in d.iterrows()} == want, seed
