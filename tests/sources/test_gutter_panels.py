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
