"""abs_nb.parse.group_panels: loan groups' panels of lines side by side."""

from __future__ import annotations

import abs_nb
from abs_nb.parse.group_panels import panel_titles
from abs_nb.parse.tokens import tokenize

PANELS = ("STATEMENT TO CERTIFICATEHOLDERS\n\n  COLLATERAL INFORMATION\n\n"
          "  GROUP I  (Fixed Rate Loans)                                     GROUP II  (Adjustable Rate Loans)\n"
          "  ----------------------------------------------------------      ----------------------------------------------------------\n"
          "  Beginning Balance ......................... 287,412,633.27      Beginning Balance ......................... 190,225,108.94\n"
          "  Scheduled Principal ........................... 294,118.55      Scheduled Principal ............................ 98,776.41\n"
          "  Ending Balance ............................ 281,984,735.17      Ending Balance ............................ 185,549,369.84\n\n"
          "  TOTAL  (Group I and Group II)\n"
          "  ----------------------------------------------------------\n"
          "  Beginning Balance ......................... 477,637,742.21\n"
          "  Ending Balance ............................ 467,534,105.01\n")


def test_each_pair_of_a_line_is_the_group_of_the_panel_it_stands_in():
    c = abs_nb.load_text(PANELS).collateral
    assert c.loc["Group 1", "beginning_balance"] == 287_412_633.27
    assert c.loc["Group 2", "beginning_balance"] == 190_225_108.94
    assert c.loc["Group 2", "scheduled_principal"] == 98_776.41
    # the Total's title after the panels opens the Total's block
    assert c.loc["Total", "ending_balance"] == 467_534_105.01


def test_group_titles_over_figures_head_columns_not_panels():
    lines = tokenize("                      Group 1        Group 2\n"
                     "Beginning Balance   1,000.00       2,000.00\n")
    assert panel_titles(lines, 0, False) == []
    lines = tokenize("GROUP I                   GROUP II\n"
                     "Beginning Balance .. 1.00  Beginning Balance .. 2.00\n")
    assert panel_titles(lines, 0, False) == [(0, "Group 1"), (26, "Group 2")]
    # one title with its aside opens a block only after panels
    assert panel_titles(tokenize("TOTAL  (Group I and Group II)\n"), 0, False) == []
    assert panel_titles(tokenize("TOTAL  (Group I and Group II)\n"), 0, True) == [(0, "Total")]
