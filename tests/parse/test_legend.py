"""abs_nb.parse.legend: columns headed by codes, named by the report's own legend."""

from __future__ import annotations

import abs_nb
from abs_nb.parse.legend import explained, legend_of
from abs_nb.parse.tokens import tokenize_line

TABLE = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 06/25/2002\n\n"
         "CERTIFICATE PRINCIPAL\n"
         "CL    CUSIP             RT              OB              BB             PD         RL              EB\n"
         "----  ---------    -------  --------------  --------------   ------------   --------  --------------\n"
         "AF-1  88603TAA0    4.21000   68,000,000.00   47,895,817.34   3,294,372.65       0.00   44,601,444.69\n"
         "AF-2  88603TAB8    4.87000   28,000,000.00   28,000,000.00           0.00       0.00   28,000,000.00\n"
         "AV-1  88603TAE2    2.12000  102,000,000.00   97,205,330.18   2,518,494.55       0.00   94,686,835.63\n"
         "M-1   88603TAF9    2.54000   18,000,000.00   18,000,000.00           0.00       0.00   18,000,000.00\n\n")
LEGEND = ("  Legend:  CL = Class                               BB = Beginning Certificate Principal Balance\n"
          "           RT = Pass-Through Rate (percent p.a.)    PD = Principal Distributed\n"
          "           OB = Original Certificate Balance        RL = Realized Loss (Class X: O/C reduction)\n"
          "           EB = Ending Certificate Principal Balance\n")


def test_codes_the_legend_explains_are_named_by_its_words():
    f = abs_nb.load_text(TABLE + LEGEND)
    c = f.classes
    assert (c.loc["AF-1", "interest_rate"], c.loc["AF-1", "original_balance"]) == (0.0421, 68_000_000.00)
    assert c.loc["AV-1", "ending_balance"] == 94_686_835.63
    legend = f.checks[f.checks.check == "column_legend"]
    assert len(legend) == 1 and "OB = Original Certificate Balance" in legend.detail.iloc[0]


def test_without_the_legend_the_codes_name_nothing():
    f = abs_nb.load_text(TABLE)
    assert f.classes.original_balance.isna().all() and f.classes.interest_rate.isna().all()
    assert not (f.checks.check == "column_legend").any()


def test_legend_entries_asides_and_the_nearest_explanation_below():
    lines = [tokenize_line("  PD = Principal Distributed (as above)   TD = Total Distributed", 3),
             tokenize_line("  PD = Prepayment Penalty Distributed", 40)]
    legend = legend_of(lines)
    assert legend["TD"] == [(3, "Total Distributed")]
    assert explained("PD", 1, legend) == "Principal Distributed"  # the nearest below the header
    assert explained("PD", 20, legend) == "Prepayment Penalty Distributed"
    assert explained("PD", 50, legend) == "Prepayment Penalty Distributed"  # none below: the nearest above
    assert explained("ZZ", 1, legend) is None
    # an equals sign in a formula or a rule explains nothing
    assert legend_of([tokenize_line("Ending = Beginning - Principal", 1), tokenize_line("=====  ====", 2)]) == {}
