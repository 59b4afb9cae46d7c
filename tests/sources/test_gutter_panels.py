"""Panels printed side by side, parted by a gutter of ``|`` (abs_nb.sources.gutter_panels)."""

from __future__ import annotations

from pathlib import Path

import abs_nb
from abs_nb.sources.gutter_panels import has_panels, panels_apart

HANDWRITTEN = Path(__file__).resolve().parents[1] / "handwritten"

GROUP = """STATEMENT TO CERTIFICATEHOLDERS
Distribution Date: 25-Jun-07

=== LOAN GROUP 1 -- 30-Year Conforming Fixed Rate ==========================================
 Collateral Activity                                    |  Delinquency (MBA Method)
  Beginning Loan Count                          1,402   |                  Loans          Balance
  Ending Loan Count                             1,393   |    30-59 Days       14     2,988,014.20
  Beginning Scheduled Balance          300,611,847.09   |    60-89 Days        4       905,331.47
  Scheduled Principal                      295,410.66   |    90+ Days          2       388,120.55
  Principal Prepayments in Full          2,812,004.19   |    Foreclosure       3       612,447.90
  Curtailments                              41,377.52   |    REO               0             0.00
  Net Liquidation Proceeds                       0.00   |    Bankruptcy        1       148,206.33
  Realized Losses                                0.00   |
  Ending Scheduled Balance             297,463,054.72   |
"""


def test_panels_side_by_side_are_read_one_after_the_other():
    text = panels_apart(GROUP)
    lines = text.split("\n")
    # the left panel's lines, then the right one's, its columns as aligned as they were
    assert lines[4] == " Collateral Activity" and lines[13] == "  Ending Scheduled Balance             297,463,054.72"
    assert lines[14].strip() == "Delinquency (MBA Method)"
    assert lines[16].endswith("2,988,014.20") and len(lines[16]) == len(lines[17])  # right-aligned as printed
    f = abs_nb.load_text(GROUP)
    assert f.collateral.loc["Group 1", "ending_balance"] == 297_463_054.72
    d = f.delinquency
    got = {(g, s): (n, b) for g, s, n, b in zip(d.group, d.status, d["count"], d.balance, strict=True)}
    assert got[("Group 1", "30-59")] == (14, 2_988_014.20) and got[("Group 1", "bankruptcy")] == (1, 148_206.33)


def test_figures_beyond_a_rule_going_on_with_the_rows_at_left_are_one_table():
    # no labels right of the rule: the figures per $1,000 of the classes at left
    text = GROUP.replace("    30-59 Days", "              ").replace("    60-89 Days", "              ")
    text = text.replace("    90+ Days  ", "              ").replace("    Foreclosure", "               ")
    text = text.replace("    REO       ", "              ").replace("    Bankruptcy", "              ")
    assert not has_panels(text) and panels_apart(text) == text
    f = abs_nb.load(next(HANDWRITTEN.glob("zt1_*.txt")))
    assert f.classes.loc["A-1", "principal_per_1000"] == 73.573014


def test_a_pipe_table_is_no_panels():
    text = "Class | CUSIP | Balance\n---|---|---\nA-1 | 123456AB7 | 1,000.00\nA-2 | 123456AC5 | 20,000.00\n" * 2
    assert not has_panels(text)


def test_answers_beyond_a_rule_with_no_figures_are_no_panels():
    text = ("TRIGGERS\nTrigger Event in effect?                  |  No\nStepdown Date has occurred?               |  Yes\n"
            "Delinquency Trigger Event in effect?      |  No\nCumulative Loss Trigger Event in effect?  |  No\n")
    assert not has_panels(text)


FRAMED = """MONTHLY STATEMENT TO CERTIFICATEHOLDERS
Distribution Date: 25-Jun-07

   TABLE 4. GROUP 1 LOANS (30-YEAR FIXED RATE)
   +--------------------------------+-------+---+----------------+   +-------------------+-------+---+--------------+
   | Collateral Activity            | Loans |   |         Amount |   | Delinquency       | Loans |   |      Balance |
   +--------------------------------+-------+---+----------------+   +-------------------+-------+---+--------------+
   | Beginning Scheduled Balance    |   812 | $ | 192,118,406.74 |   | 30 Days           |     9 | $ | 1,874,406.12 |
   | Scheduled Principal            |       |   |     112,480.39 |   | 60 Days           |     3 |   |   611,872.40 |
   | Principal Prepayments in Full  |     6 |   |   1,418,266.02 |   | 90+ Days          |     1 |   |   219,540.00 |
   | Curtailments                   |       |   |      22,917.44 |   | Foreclosure       |     2 |   |   548,112.77 |
   | Realized Losses                |       |   |           0.00 |   | REO               |     0 |   |         0.00 |
   +--------------------------------+-------+---+----------------+   | Bankruptcy        |     1 |   |   176,003.19 |
   | Ending Scheduled Balance       |   806 | $ | 190,564,742.89 |   +-------------------+-------+---+--------------+
   +--------------------------------+-------+---+----------------+

   TABLE 5. GROUP 2 LOANS
   +--------------------------------+-------+---+----------------+   +-------------------+-------+---+--------------+
   | Collateral Activity            | Loans |   |         Amount |   | Delinquency       | Loans |   |      Balance |
   +--------------------------------+-------+---+----------------+   +-------------------+-------+---+--------------+
   | Beginning Scheduled Balance    |   701 | $ | 206,552,917.63 |   | 30 Days           |    11 | $ | 3,402,217.85 |
   | Scheduled Principal            |       |   |      38,114.27 |   | 60 Days           |     4 |   | 1,318,540.00 |
   | Principal Prepayments in Full  |     9 |   |   2,904,410.55 |   | 90+ Days          |     0 |   |         0.00 |
   | Curtailments                   |       |   |      15,880.16 |   | Foreclosure       |     1 |   |   250,000.00 |
   | Realized Losses                |       |   |           0.00 |   | REO               |     0 |   |         0.00 |
   +--------------------------------+-------+---+----------------+   | Bankruptcy        |     0 |   |         0.00 |
   | Ending Scheduled Balance       |   692 | $ | 203,594,512.65 |   +-------------------+-------+---+--------------+
   +--------------------------------+-------+---+----------------+
"""


def test_framed_tables_side_by_side_are_read_one_after_the_other():
    lines = panels_apart(FRAMED).split("\n")
    # the left frame's lines first, then the right one's, inside the group's section
    assert lines[5] == "   | Collateral Activity            | Loans |   |         Amount |"
    right = lines.index("     | Delinquency       | Loans |   |      Balance |")
    assert right > lines.index("   | Ending Scheduled Balance       |   806 | $ | 190,564,742.89 |")
    f = abs_nb.load_text(FRAMED)
    c = f.collateral
    assert c.loc["Group 1", "ending_balance"] == 190_564_742.89 and c.loc["Group 2", "prepayments"] == 2_904_410.55
    d = f.delinquency
    got = {(g, s): (n, b) for g, s, n, b in zip(d.group, d.status, d["count"], d.balance, strict=True)}
    assert got[("Group 1", "30-59")] == (9, 1_874_406.12) and got[("Group 2", "60-89")] == (4, 1_318_540.00)
    assert got[("Group 1", "bankruptcy")] == (1, 176_003.19) and got[("Group 2", "foreclosure")] == (1, 250_000.00)


def test_an_empty_cell_between_bars_is_no_gutter():
    # one frame: its rules are dashes from edge to edge, whatever blanks its cells hold
    one = "\n".join(ln[:68] for ln in FRAMED.split("\n"))
    assert not has_panels(one) and panels_apart(one) == one


ORG = """MONTHLY STATEMENT TO CERTIFICATEHOLDERS
Distribution Date: 25-Jun-07

| GROUP 1                     |     # |         Amount |  | GROUP 2                     |     # |         Amount |
|-----------------------------+-------+----------------|  |-----------------------------+-------+----------------|
| Beginning Principal Balance | 1,688 | 271,884,190.42 |  | Beginning Principal Balance | 1,954 | 369,611,027.85 |
| Scheduled Principal         |       |     131,558.20 |  | Scheduled Principal         |       |     174,880.92 |
| Prepayments in Full         |    16 |   3,118,402.77 |  | Prepayments in Full         |    19 |   4,402,915.06 |
|-----------------------------+-------+----------------|  |-----------------------------+-------+----------------|
| Ending Principal Balance    | 1,672 | 268,634,229.45 |  | Ending Principal Balance    | 1,935 | 365,033,231.87 |
"""


def test_tables_ruled_at_their_edges_by_bars_side_by_side_part_with_their_header_above_the_rule():
    # an org-mode table: no rule above its header, its rules closed by bars
    lines = panels_apart(ORG).split("\n")
    assert lines[3].startswith("| GROUP 1 ") and lines[3].endswith("Amount |")
    assert lines.index("  | GROUP 2                     |     # |         Amount |") == 10
    c = abs_nb.load_text(ORG).collateral
    assert c.loc["Group 1", "ending_balance"] == 268_634_229.45 and c.loc["Group 2", "ending_balance"] == 365_033_231.87


def test_underlines_under_column_names_and_a_merged_cell_are_no_frames_side_by_side():
    # rules parted by blanks over rows with no frame's edges at the gap: one table
    under = ("                                 Group 1           Group 2\n"
             "                             |--------------|  |--------------|\n"
             "Beginning Scheduled Balance    1,000,000.00      2,000,000.00\n"
             "Principal Prepayments            100,000.00        300,000.00\n"
             "Ending Scheduled Balance         900,000.00      1,700,000.00\n")
    assert not has_panels(under)
    # a cell merged down a framed table: its rule has a gap, the lines above and below cross it
    merged = ("+-------+---------+----------------+\n| Class | Rate    | Ending         |\n"
              "+-------+---------+----------------+\n| A-1   | 5.000%  |   900,000.00   |\n"
              "+-------+         +----------------+\n| A-2   |         | 1,800,000.00   |\n"
              "+-------+         +----------------+\n| A-3   |         | 2,700,000.00   |\n"
              "+-------+---------+----------------+\n")
    assert not has_panels(merged)


def test_a_line_touching_frames_side_by_side_is_no_row_of_theirs():
    text = ORG + "Overcollateralization Amount                                       10,184,574.00\n"
    assert panels_apart(text).split("\n")[-2] == text.split("\n")[-2]
    # read whole, a figure of the block right above it
    assert abs_nb.load_text(text).collateral.loc["Group 2", "oc_amount"] == 10_184_574.00
