"""abs_nb.parse.per_1000_headings: headings saying a table's figures are per $1,000."""

from __future__ import annotations

import pandas as pd

import abs_nb
from abs_nb.parse.engine import walk
from abs_nb.parse.per_1000_headings import says_per_1000, under_per_1000_heading

from ._support import FACTOR_ROWS

# a remittance report's two tables: amounts whose Total Paid holds interest paid apart (no
# identity proves them) and the factors per $1,000, whose roll-forward holds as amounts' would
AMOUNTS = ("STATEMENT TO CERTIFICATEHOLDERS\n" +
           '\n'
           '--------------------------------------------------------------------------------------------------------------------------------\n'
           '  SECTION I.  CERTIFICATE DISTRIBUTIONS\n'
           '--------------------------------------------------------------------------------------------------------------------------------\n'
           '                Original      Beginning      Current   Interest Basis Risk     Principal  Realized         Total         Ending\n'
           '  Class             Face      Principal     Interest  Carry Fwd  Shortfall          Paid      Loss          Paid      Principal\n'
           '  -----------------------------------------------------------------------------------------------------------------------------\n'
           '  A-1     248,000,000.00 235,412,804.56   439,437.24       0.00       0.00  5,457,868.49      0.00  5,897,305.73 229,954,936.07\n'
           '  A-2     164,500,000.00 154,724,922.65   294,321.19       0.00       0.00  4,645,768.71      0.00  4,940,089.90 150,079,153.94\n'
           '  M-1      35,000,000.00  35,000,000.00    79,022.22       0.00       0.00          0.00      0.00     79,022.22  35,000,000.00\n'
           '  M-2      27,500,000.00  27,500,000.00    77,977.78       0.00     412.77          0.00      0.00     78,390.55  27,500,000.00\n'
           '  B        12,500,000.00  12,500,000.00    51,000.00   1,987.43   1,305.40          0.00      0.00     54,292.83  12,500,000.00\n'
           '  X        12,500,599.84  12,500,015.00 2,641,978.72       0.00       0.00          0.00      0.00  2,641,978.72  12,500,015.00\n'
           '  R                 0.00           0.00         0.00       0.00       0.00          0.00      0.00          0.00           0.00\n'
           '  -----------------------------------------------------------------------------------------------------------------------------\n'
           '  Totals  500,000,599.84 477,637,742.21 3,583,737.15   1,987.43   1,718.17 10,103,637.20      0.00 13,691,079.95 467,534,105.01\n'
           '  =============================================================================================================================\n')
FACTORS = ('  R       15090RAG4               N/A         N/A                 N/A\n'
           '\n'
           '--------------------------------------------------------------------------------------------------------------------------------\n'
           '  SECTION II.  DISTRIBUTION FACTORS PER $1,000 OF ORIGINAL FACE\n'
           '--------------------------------------------------------------------------------------------------------------------------------\n'
           '                             Beginning         Principal             Total             Total            Ending\n'
           '  Class  CUSIP               Principal              Paid          Interest              Paid         Principal\n'
           '  ------------------------------------------------------------------------------------------------------------\n'
           '  A-1    15090RAA7        949.24517968       22.00753423        1.77192435       23.77945859      927.23764544\n'
           '  A-2    15090RAB5        940.57703739       28.24175508        1.78918657       30.03094164      912.33528231\n'
           '  M-1    15090RAC3       1000.00000000        0.00000000        2.25777771        2.25777771     1000.00000000\n'
           '  M-2    15090RAD1       1000.00000000        0.00000000        2.85056545        2.85056545     1000.00000000\n'
           '  B      15090RAE9       1000.00000000        0.00000000        4.34342640        4.34342640     1000.00000000\n')


def test_a_numbered_heading_saying_per_1000_makes_the_table_below_per_1000():
    w = walk(AMOUNTS + FACTORS)
    first = next(ln for ln in w.lines if ln.raw.startswith("                             Beginning"))
    assert under_per_1000_heading(w, first)
    f = abs_nb.load_text(AMOUNTS + FACTORS)
    # the factors' roll-forward holds as the amounts' would: the heading alone says they are
    # per $1,000, never balances (the amounts' Total Paid holds the carry forward: unproven)
    assert f.classes.loc["A-1", "beginning_balance"] == 235_412_804.56
    assert f.classes.loc["A-1", "beginning_balance_per_1000"] == 949.24517968
    assert f.classes.loc["B", "interest_per_1000"] == 4.3434264


def test_a_heading_over_amounts_and_figures_per_1000_leaves_the_columns_to_say_which():
    text = ("STATEMENT TO NOTEHOLDERS\n\nII.  DISTRIBUTIONS PER $1,000 OF ORIGINAL PRINCIPAL AMOUNT\n"
            "               Interest         Principal             Total         Interest     Principal         Total\n"
            " Class     Distribution      Distribution      Distribution       per $1,000    per $1,000    per $1,000\n"
            " A-1         303,761.11     38,639,623.63     38,943,384.74          1.20064     152.72579     153.92642\n"
            " A-2       3,766,136.11     38,093,136.76     41,859,272.87          8.01306      81.04923      89.06228\n"
            " A-3       2,408,593.06              0.00      2,408,593.06          8.16472       0.00000       8.16472\n")
    assert says_per_1000("Interest per $1,000") and not says_per_1000("Interest Distribution")
    f = abs_nb.load_text(text)
    assert f.classes.loc["A-1", "interest"] == 303_761.11
    assert f.classes.loc["A-1", "interest_per_1000"] == 1.20064


def test_a_heading_in_parts_joined_by_a_dash_says_the_table_below_is_per_1000():
    text = ("CERTIFICATE INFORMATION -- PANEL 1 OF 2: PRINCIPAL BALANCES\n"
            "               ORIGINAL      BEGINNING     PRINCIPAL         ENDING\n"
            "CLASS       FACE AMOUNT  CERT. BALANCE   DISTRIBUTED  CERT. BALANCE\n"
            "A-1      142,000,000.00 120,637,316.52  3,982,970.76 116,654,345.76\n"
            "A-2       58,500,000.00  58,500,000.00          0.00  58,500,000.00\n"
            "M-1       15,750,000.00  15,750,000.00          0.00  15,750,000.00\n\n"
            "CERTIFICATE INFORMATION -- PANEL 2 OF 2: AMOUNTS PER $1,000 ORIGINAL FACE\n" + FACTOR_ROWS)
    f = abs_nb.load_text(text)
    # the interest per $1,000 is no interest paid, whatever its column's words
    assert f.classes.loc["A-1", "interest_per_1000"] == 3.153986
    assert pd.isna(f.classes.loc["A-1", "interest"])


def test_a_per_1000_unit_in_brackets_after_a_heading_is_the_heading_s_own_a_legend_is_not():
    from abs_nb.parse.per_1000_headings import heading_line
    from abs_nb.parse.tokens import tokenize_line

    assert heading_line(tokenize_line("Certificate Factor Information  (per $1,000 of original balance)", 1))
    assert not heading_line(tokenize_line(
        "PART 1   INTEREST   (figures in parentheses are per $1,000 of original principal amount)", 1))


def test_a_heading_numbered_as_an_item_says_per_1000_all_the_same():
    text = ("(9)   AMOUNTS PER $1,000 OF ORIGINAL PRINCIPAL AMOUNT\n"
            "                                          Interest    Principal\n"
            "       Class A-1 Notes                  2.571313   132.735976\n"
            "       Class A-2 Notes                  5.016667     0.000000\n")
    f = abs_nb.load_text(text)
    assert f.classes.loc["A-1", "interest_per_1000"] == 2.571313
    assert f.classes.loc["A-2", "principal_per_1000"] == 0.0
