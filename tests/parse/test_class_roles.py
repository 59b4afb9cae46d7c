"""abs_nb.parse.class_roles: the roles of class-table columns proven by the identities (a
column no reading proves is said so, and not read), and a table's kind, amounts or per-$1,000
figures, from its content whatever its heading says.

Figures of the hand-written tables are worked out in the comments.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import abs_nb
from abs_nb.parse.class_roles import field_type, per_1000_kind
from abs_nb.parse.engine import walk
from abs_nb.parse.identities import PER_1000_OF

from ._support import FACTOR_ROWS, PAID_SUMMARY

SEED_000 = Path(__file__).resolve().parents[2] / "sample_filings" / "000_2d551bf597d89db6.txt"

# a table no vocabulary heading names, found by the alignment of its figures: Opening =
# Paid + Closing on A-1 (1,000 = 100 + 900) and A-2 (2,000 = 200 + 1,800); M-1 pays 0, which
# proves nothing; Misc is in no identity and its header names no field
PAYMENTS = """\
PAYMENTS

 Class   Ident          Opening      Paid     Closing      Misc
  A-1   04541GPY2     1,000.00    100.00     900.00      7.13
  A-2   04541GPZ9     2,000.00    200.00   1,800.00      3.50
  M-1   04541GQA3       500.00      0.00     500.00      1.25
"""


def test_field_types():
    assert {field_type(f) for f in PER_1000_OF} == {"per1000"}
    assert [field_type(f) for f in ("interest_rate", "cusip", "description")] == ["rate", "text", "text"]
    assert [field_type(f) for f in ("beginning_balance", "principal", "realized_loss")] == ["money"] * 3


def test_every_column_of_a_table_found_by_structure_gets_a_role_check():
    w = walk(PAYMENTS)
    [block] = w.class_blocks
    assert block.found_by == "structure"
    roles = {c.subject: c for c in w.checks if c.check == "column_role"}
    assert list(roles) == [f"{h} (line 3)" for h in ("Ident", "Opening", "Paid", "Closing", "Misc")]
    assert [c.status for c in roles.values()] == ["pass", "pass", "pass", "pass", "warn"]
    assert roles["Paid (line 3)"].detail.startswith("principal: beginning_balance = principal + ending_balance on 2 rows")
    assert roles["Misc (line 3)"].detail.endswith("its figures are listed in unmapped")
    assert all(c.lines == [3] for c in roles.values())
    # the column of CUSIPs is read as text; the one no identity proves is marked unproven
    got = [(c.printed, c.field, c.type, c.unproven) for c in block.columns]
    assert got == [("Ident", "cusip", "text", False), ("Opening", "beginning_balance", "money", False),
                   ("Paid", "principal", "money", False), ("Closing", "ending_balance", "money", False),
                   ("Misc", None, "", True)]


# two tables under the same heading; the second prints Prin and End Bal per $1,000 of the
# original balance: 10,000 / 1,000,000 x 1000 = 10, 20,000 / 2,000,000 x 1000 = 10,
# 5,000 / 500,000 x 1000 = 10; 890,000 / 1,000,000 x 1000 = 890, 1,780,000 / 2,000,000 x 1000
# = 890, 495,000 / 500,000 x 1000 = 990
TWO_TABLES = """\
STATEMENT TO CERTIFICATEHOLDERS

DISTRIBUTION SUMMARY

Class       Orig Bal        Beg Bal         Prin       End Bal
A-1       1,000,000        900,000       10,000       890,000
A-2       2,000,000      1,800,000       20,000     1,780,000
M-1         500,000        500,000        5,000       495,000

DISTRIBUTION SUMMARY

Class           Prin         End Bal
A-1         {a1}       890.00000
A-2         10.00000       890.00000
M-1         10.00000       990.00000
"""


def _kinds(f: abs_nb.Filing):
    c = f.checks
    return c[(c.check == "column_role") & c.detail.str.startswith("per-$1,000 block")]


def test_a_table_of_amount_over_original_figures_is_a_per_1000_table_under_any_heading():
    f = abs_nb.load_text(TWO_TABLES.format(a1="10.00000"))
    a1 = f.classes.loc["A-1"]
    # the amounts stay the first table's; the second's figures take the per-$1,000 fields
    assert (a1.principal, a1.ending_balance) == (10_000, 890_000)
    assert (a1.principal_per_1000, a1.ending_balance_per_1000) == (10.0, 890.0)
    assert f.classes.loc["M-1", "ending_balance_per_1000"] == 990.0
    [kind] = _kinds(f).itertuples()
    assert kind.subject == "class block (line 12)" and kind.status == "pass"
    assert "6 of its figures" in kind.detail and "(0 are not)" in kind.detail  # 3 rows x 2 columns


def test_one_misprinted_per_1000_figure_does_not_change_the_tables_kind():
    f = abs_nb.load_text(TWO_TABLES.format(a1="12.00000"))
    [kind] = _kinds(f).itertuples()
    assert "5 of its figures" in kind.detail and "(1 are not)" in kind.detail
    assert f.classes.loc["A-1", "principal"] == 10_000  # the amount is never the misprint


def test_a_second_table_of_the_same_amounts_is_no_per_1000_table():
    # the second table prints the amounts again (10,000 is no 10,000 / 1,000,000 x 1000)
    head, second = TWO_TABLES.format(a1="10.00000").split("DISTRIBUTION SUMMARY\n\nClass           Prin")
    again = ("A-1         10,000       890,000\nA-2         20,000     1,780,000\n"
             "M-1          5,000       495,000\n")
    text = head + "DISTRIBUTION SUMMARY\n\nClass           Prin         End Bal\n" + again
    assert second.count("\n") == 4  # the header's rest and the three rows were replaced
    assert "per1000" not in {b.section for b in walk(text).class_blocks}
    f = abs_nb.load_text(text)
    assert _kinds(f).empty
    assert f.classes.loc["A-2", "principal"] == 20_000 and f.classes["principal_per_1000"].isna().all()


def test_one_class_table_has_no_earlier_table_to_be_per_1000_of():
    w = walk(PAYMENTS)
    assert per_1000_kind(w.class_blocks) == []


def test_a_per_1000_table_under_a_class_heading_is_read_by_its_content():
    # the per-$1,000 tables printed under the heading of the amounts table: their header
    # words (Prin, Int, Total) name amounts, their figures are amount / original x 1000
    f = abs_nb.load_text(SEED_000.read_text().replace("AMOUNTS PER $1,000 UNIT", "DISTRIBUTION SUMMARY"))
    a1 = f.classes.loc["A-1"]
    assert (a1.principal, a1.principal_per_1000, a1.interest_per_1000) == (13_571_914, 34.18618, 1.12963)
    assert not ((f.checks.check == "duplicate_value") & (f.checks.status == "fail")).any()
    assert len(_kinds(f)) >= 2


PER_1000_DOC = """\
STATEMENT TO CERTIFICATEHOLDERS

CERTIFICATE PAYMENT REPORT

Class       Face Amount     Opening Bal.     Paid Down     Tot. Dist.     Closing Bal.
A-1       1,000,000.00       900,000.00     10,000.00      13,000.00       890,000.00
A-2       2,000,000.00     1,800,000.00     20,000.00      26,000.00     1,780,000.00

FACTORS PER THOUSAND

Class        Paid Down    Tot. Dist.
A-1         10.000000     13.000000
A-2         10.000000     13.000000
"""


def test_a_per_1000_table_is_found_by_a_base_no_header_names_and_an_amount_name_is_its_figure():
    f = abs_nb.load_text(PER_1000_DOC)
    c = f.classes
    # the amounts' table: Face Amount is proven the original balance by the per-$1,000 figures
    assert c.loc["A-2", "original_balance"] == 2_000_000.00
    assert (c.loc["A-1", "total_per_1000"], c.loc["A-2", "principal_per_1000"]) == (13.0, 10.0)
    assert c.loc["A-1", "total_distribution"] == 13_000.00
    assert not (f.checks.check == "duplicate_value").any()


def test_a_per_1000_table_whose_sums_hold_like_the_amounts_takes_per_1000_fields_not_theirs():
    import abs_nb
    # headings the vocabulary lacks; the second says its figures are per $1000 (with no gap
    # below it); its columns obey the amounts' sums, scaled by each class's original balance
    text = ("Auto Trust 1996-B\nStatement to Certificateholders\n\nPAYMENTS IN DOLLARS\n\n"
            "  CLASS       ORIGINAL       PRIOR BAL        PRINCIPAL       INTEREST          TOTAL\n"
            "      A  1,478,422,107.71  94,709,858.63  11,259,076.13     521,693.47  11,780,769.60\n"
            "      B     45,725,000.00   2,929,209.62     348,223.46      16,501.21     364,724.67\n"
            " TOTALS  1,524,147,107.71  97,639,068.25  11,607,299.59     538,194.68  12,145,494.27\n\n"
            "FACTORS PER $1000 OF ORIGINAL FACE\n"
            "  CLASS    PRIOR FACTOR    PRINCIPAL     INTEREST        TOTAL   CURRENT FACTOR\n"
            "      A     64.06144641    7.6156032    0.3528718     7.968475        56.445843\n"
            "      B     64.06144604   7.61560328    0.3608794     7.976483        56.445843\n")
    f = abs_nb.load_text(text)
    a = f.classes.loc["A"]
    assert (a.principal, a.interest, a.total_distribution) == (11_259_076.13, 521_693.47, 11_780_769.60)
    assert (a.principal_per_1000, a.total_per_1000) == (7.6156032, 7.968475)
    assert a.ending_balance_per_1000 == 56.445843


def test_an_all_zero_column_is_named_by_the_head_of_its_header_where_the_roll_forward_allows_it():
    # Beginning = Principal + Loss + Ending on every class (1,000 = 100 + 0 + 900, ...); the
    # zeros prove nothing, so the header's words name the column: "Principal Loss" shares
    # one word with principal and one with realized loss, and a Principal Loss is a loss
    text = """\
PAYMENTS

 Class        Opening      Paid     Principal Loss     Closing
  A-1        1,000.00    100.00               0.00      900.00
  A-2        2,000.00    200.00               0.00    1,800.00
  M-1          500.00     50.00               0.00      450.00
"""
    f = abs_nb.load_text(text)
    assert f.classes["realized_loss"].tolist() == [0.0, 0.0, 0.0]
    role = f.checks[(f.checks["check"] == "column_role") & f.checks["subject"].str.startswith("Principal Loss")]
    assert role["status"].tolist() == ["pass"]
    assert "comes nearest realized_loss" in role["detail"].iloc[0] or "come nearest realized_loss" in role["detail"].iloc[0]


def _stream(*cells: str) -> str:
    return "".join(f"|{c}\n" for c in cells)


ORIGINAL_ROWS = (("A-1", "100,000.00", "80,000.00", "5,000.00", "400.00", "5,400.00", "75,000.00"),
                 ("A-2", "60,000.00", "40,000.00", "2,000.00", "200.00", "2,200.00", "38,000.00"),
                 ("M-1", "30,000.00", "30,000.00", "0.00", "150.00", "150.00", "30,000.00"),
                 ("M-2", "20,000.00", "20,000.00", "0.00", "110.00", "110.00", "20,000.00"))


def test_the_original_balance_is_the_column_above_every_beginning_balance_where_the_header_names_it():
    # a two-line header printed a cell a line cannot be placed over its columns; its words
    # name an original balance, and one column, which no sum covers, is at least every
    # class's beginning balance and more for the classes paid down: the original balance
    header = ("Orig", "Beginning", "Ending", "Amount", "Balance", "Principal", "Interest", "Total", "Balance")
    rows = [cell for r in ORIGINAL_ROWS for cell in r]
    text = _stream("STATEMENT TO CERTIFICATEHOLDERS", "Distribution Date: 10/25/2005", "Certificate Payments",
                   *header, *rows)
    f = abs_nb.load_text(text)
    assert list(f.classes.original_balance) == [100_000.0, 60_000.0, 30_000.0, 20_000.0]
    assert list(f.classes.beginning_balance) == [80_000.0, 40_000.0, 30_000.0, 20_000.0]
    role = f.checks[(f.checks.check == "column_role") & f.checks.detail.str.startswith("original_balance")]
    assert len(role) == 1 and role.status.iloc[0] == "pass" and "at least the beginning balance" in role.detail.iloc[0]
    # with no word of the header naming it, the column stays unread (listed), never guessed
    f = abs_nb.load_text(text.replace("|Orig\n", "|Prior\n"))
    assert f.classes.original_balance.isna().all() and not f.unmapped.empty


def test_a_column_of_dates_is_no_amount_whatever_its_header_says():
    # "End" of the accrual period, a column of dates, would name the ending balance: the
    # ending balance is the last column's
    def row(*cells: str) -> str:
        return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"

    html = "".join([
        "<html><body><p>DISTRIBUTION SUMMARY</p><table>",
        row("Class", "Class", "", "Accrual Period", "", "Beginning", "Distributions", "", "Ending"),
        row("", "Type", "CUSIP", "Start", "End", "Certificate Balance", "Interest", "Principal",
            "Certificate Balance"),
        row("A-1", "Senior", "52416LAA0", "01/25/06", "02/26/06", "1,000,000.00", "4,000.00", "100,000.00",
            "900,000.00"),
        row("A-2", "Senior", "52416LAB8", "01/25/06", "02/26/06", "2,000,000.00", "8,000.00", "200,000.00",
            "1,800,000.00"),
        "</table></body></html>",
    ])
    f = abs_nb.load_text(html)
    assert list(f.classes.ending_balance) == [900_000, 1_800_000]
    assert list(f.classes.beginning_balance) == [1_000_000, 2_000_000]


def test_a_table_of_amounts_under_words_saying_per_1000_keeps_its_original_balance():
    from ._support import LETTER

    # item (d)'s words say "per $1,000"; its table prints balances and one column per $1,000
    c = abs_nb.load_text(LETTER).classes
    assert c.loc["A-1", "original_balance"] == 20_000_000.0 and c.loc["A-1", "ending_balance_per_1000"] == 163.888889
    assert c.loc["A-1", "beginning_balance"] == 4_512_345.67 and c.loc["A-1", "ending_balance"] == 3_277_777.78


PAIRS = """STATEMENT TO CERTIFICATEHOLDERS

                         ------- PRINCIPAL PAID -------   ------- INTEREST PAID -------
            BEGINNING                                                                          ENDING
CLASS          BALANCE        CURRENT      CUMULATIVE        CURRENT      CUMULATIVE          BALANCE
-----  --------------  -------------  --------------  ------------  -------------  ---------------
A-1    275,148,550.64  13,603,914.00   56,455,363.36    618,472.80   3,192,642.04   261,544,636.64
A-2    190,450,000.00           0.00            0.00    457,714.83   2,204,359.55   190,450,000.00
M-1     46,400,000.00           0.00            0.00    120,536.89     584,744.73    46,400,000.00
-----  --------------  -------------  --------------  ------------  -------------  ---------------
TOTAL  511,998,550.64  13,603,914.00   56,455,363.36  1,196,724.52   5,981,746.32   498,394,636.64
"""


def test_this_period_s_column_beside_the_cumulative_one_is_named_by_its_other_words():
    f = abs_nb.load_text(PAIRS)
    c = f.classes
    assert list(c.principal) == [13_603_914.00, 0, 0]
    assert list(c.ending_balance) == [261_544_636.64, 190_450_000.00, 46_400_000.00]
    assert f.totals.principal == 13_603_914.00
    # the cumulative columns are no field's: listed, never read as this period's
    cumulative = {v for vals in f.unmapped["values"] for v in vals}
    assert {"56,455,363.36", "3,192,642.04"} <= cumulative


def test_a_column_printed_again_in_another_table_is_read_as_its_first_printing():
    # principal in both tables, the same figures: two columns alike tie every reading of
    # either, so the reading is sought with the first alone and the second takes its field
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 06/25/2002\n\n"
            "TABLE 1 - CERTIFICATE PRINCIPAL\n"
            "CL                 BB              PD               EB\n"
            "A-1     47,895,817.34    3,294,372.65    44,601,444.69\n"
            "A-2     28,000,000.00            0.00    28,000,000.00\n"
            "A-3     97,205,330.18    2,518,494.55    94,686,835.63\n"
            "M-1     18,000,000.00            0.00    18,000,000.00\n\n"
            "TABLE 2 - INTEREST AND TOTAL DISTRIBUTIONS\n"
            "CL                 ID              PD               TD\n"
            "A-1       167,954.44    3,294,372.65     3,462,327.09\n"
            "A-2       113,579.20            0.00       113,579.20\n"
            "A-3       160,204.43    2,518,494.55     2,678,698.98\n"
            "M-1        35,543.06            0.00        35,543.06\n")
    f = abs_nb.load_text(text)
    c = f.classes
    assert (c.loc["A-1", "beginning_balance"], c.loc["A-1", "principal"], c.loc["A-1", "ending_balance"]) == (
        47_895_817.34, 3_294_372.65, 44_601_444.69)
    assert (c.loc["A-3", "interest"], c.loc["A-3", "total_distribution"]) == (160_204.43, 2_678_698.98)
    again = f.checks[(f.checks.check == "column_role") & f.checks.detail.str.contains("printed again")]
    assert list(again.subject) == ["PD (line 11)"]


def test_the_original_balance_printed_in_a_per_1000_table_is_read_as_the_amount_it_is():
    # the figures are per $1,000 of it: it is no per-$1,000 figure, and the ratios prove it
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 09/25/2000\n\n"
            "CLASS  BEGINNING BALANCE   PRINCIPAL   INTEREST  ENDING BALANCE\n"
            "1-A-1     101,590,556.45  2,494,701.64  634,940.98   99,095,854.81\n"
            "2-A-1      60,828,456.15    990,872.68  354,832.66   59,837,583.47\n"
            "B-1        11,278,604.18     14,243.95   71,431.16   11,264,360.23\n\n"
            "PER $1,000 OF ORIGINAL FACE AMOUNT\n"
            "CLASS       ORIGINAL FACE       PRINCIPAL        INTEREST    ENDING BALANCE\n"
            "1-A-1      120,000,000.00       20.789180        5.291175        825.798790\n"
            "2-A-1       67,150,000.00       14.756108        5.284180        891.103253\n"
            "B-1         11,450,000.00        1.244013        6.238529        983.786920\n")
    f = abs_nb.load_text(text)
    assert f.classes.original_balance.tolist() == [120_000_000.00, 67_150_000.00, 11_450_000.00]
    assert f.classes.loc["B-1", "principal_per_1000"] == 1.244013


def test_a_table_cut_by_a_page_repeats_the_figures_of_the_classes_it_prints():
    from abs_nb.parse.class_roles import _repeats
    from abs_nb.parse.pieces import ClassBlock
    from abs_nb.parse.roles import Column

    one, two = ClassBlock("classes", [], [21]), ClassBlock("classes", [], [42])
    paid = Column("Principal Paid", None, {"A-1": 3_580_770.80, "A-2": 0.0, "A-3": 0.0, "M-1": 0.0, "B": 0.0})
    again = Column("Principal Paid", None, {"A-1": 3_580_770.80, "A-2": 0.0, "A-3": 0.0, "M-1": 0.0})
    zeros = Column("Unpaid", None, {"A-1": 0.0, "A-2": 0.0, "A-3": 0.0, "M-1": 0.0})
    other = Column("Paid", None, {"A-1": 3_580_770.81, "A-2": 0.0, "A-3": 0.0, "M-1": 0.0})
    found = _repeats([(paid, one, 0), (again, two, 0), (zeros, two, 1), (other, two, 2)])
    assert list(found) == [id(again)] and found[id(again)] == (paid, 21, one)


def test_senior_and_subordinate_classes_printed_as_two_tables_under_one_header_are_read_as_one():
    header = ("CLASS     BEGINNING     PRINCIPAL      INTEREST   REALIZED         TOTAL         ENDING\n"
              "            BALANCE  DISTRIBUTION      DISTRIB.     LOSSES  DISTRIBUTION        BALANCE\n")
    text = ("MONTHLY STATEMENT TO CERTIFICATEHOLDERS\n\nSENIOR CERTIFICATES\n" + header
            + "A-1   124,803,277.51  8,232,360.40    648,781.39       0.00  8,881,141.79 116,570,917.11\n"
              "A-2    61,750,000.00          0.00    346,683.45       0.00    346,683.45  61,750,000.00\n"
              "A-3    85,025,000.00          0.00    477,356.45       0.00    477,356.45  85,025,000.00\n\n"
              "SUBORDINATE CERTIFICATES\n" + header
            + "B-1     5,396,318.30      5,349.29     30,296.59       0.00     35,645.88   5,390,969.01\n"
              "B-2     2,088,897.41      2,070.69     11,727.71       0.00     13,798.40   2,086,826.72\n"
              "B-3       858,477.22        850.99      4,819.75  48,217.33      5,670.74     809,408.90\n")
    f = abs_nb.load_text(text)
    assert f.classes.loc["A-1", "beginning_balance"] == 124_803_277.51
    assert f.classes.loc["A-2", "interest"] == 346_683.45
    assert f.classes.loc["B-3", "realized_loss"] == 48_217.33
    roles = f.checks[f.checks.check == "column_role"]
    assert set(roles.status) == {"pass"}


def _two_tables(extra: str) -> str:
    """Classes under one header, then classes of another kind under the same header less a
    column (or with one of its own): the columns both print are one table's."""
    def row(c: str, rate: float, beg: float, prin: float, more: str) -> str:
        interest = round(beg * rate / 1200, 2)
        end = beg - prin
        return (f"{c:<7}{rate:>9.5f}{beg:>17,.2f}{interest:>15,.2f}{prin:>15,.2f}{end:>17,.2f}"
                f"{interest + prin:>15,.2f}{more}\n")
    head = ("Class       Pass-        Beginning       Interest      Principal           Ending          Total")
    sub = ("          Through      Certificate   Distribution   Distribution      Certificate   Distribution")
    sub2 = ("             Rate          Balance                                       Balance")
    first = [("1-A-1", 6.0, 175_479_578.84, 3_251_670.04), ("1-A-2", 5.73, 60_000_000.00, 0.0),
             ("2-A-1", 6.5, 106_410_970.69, 1_901_777.76), ("M", 6.1975, 11_843_012.71, 12_252.63),
             ("B-1", 6.1975, 4_913_359.02, 5_083.30)]
    second = [("1-A-6", 6.0, 206_729_578.84, 3_251_670.04), ("2-A-4", 6.5, 80_000_000.00, 0.0),
              ("2-A-5", 6.5, 56_410_970.69, 1_901_777.76)]
    text = "STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 09/25/2006\n\nCertificate Distribution Summary\n\n"
    text += f"{head}{'   Cumulative':>13}\n{sub}{'     Realized':>13}\n{sub2}{'         Loss':>13}\n"
    text += "".join(row(c, r, b, p, f"{0:>13,.2f}") for c, r, b, p in first)
    text += "\nExchangeable Certificates\n\n" + f"{head}{extra}\n{sub}\n{sub2}\n"
    text += "".join(row(c, r, b, p, "") for c, r, b, p in second)
    return text


@pytest.mark.parametrize("extra", ["", "        Notes"])
def test_a_table_of_other_classes_under_the_same_header_less_a_column_is_read_as_a_part_of_it(extra):
    f = abs_nb.load_text(_two_tables(extra))
    c = f.classes
    assert c.loc["1-A-1", "ending_balance"] == 175_479_578.84 - 3_251_670.04
    assert c.loc["B-1", "interest"] == round(4_913_359.02 * 6.1975 / 1200, 2)
    assert c.loc["2-A-5", "principal"] == 1_901_777.76
    assert c.loc["1-A-6", "beginning_balance"] == 206_729_578.84


def test_an_amount_named_by_words_alone_among_figures_proven_per_1000_is_that_amount_per_1000():
    # the second table's heading names no unit; the identities prove its other columns per
    # $1,000 of the first table's amounts: its "Interest Distribution" is interest per $1,000
    text = ("CERTIFICATE INFORMATION PANEL 1 OF 2: PRINCIPAL BALANCES\n"
            "               ORIGINAL      BEGINNING     PRINCIPAL      INTEREST         ENDING\n"
            "CLASS       FACE AMOUNT  CERT. BALANCE   DISTRIBUTED   DISTRIBUTED  CERT. BALANCE\n"
            "A-1      142,000,000.00 120,637,316.52  3,982,970.76    447,866.04 116,654,345.76\n"
            "A-2       58,500,000.00  58,500,000.00          0.00    224,688.75  58,500,000.00\n"
            "M-1       15,750,000.00  15,750,000.00          0.00     64,680.00  15,750,000.00\n\n"
            "CERTIFICATE INFORMATION PANEL 2 OF 2: FACTORS\n" + FACTOR_ROWS)
    f = abs_nb.load_text(text)
    assert f.classes.loc["A-1", "interest_per_1000"] == 3.153986
    assert f.classes.loc["A-1", "interest"] != 3.153986


def test_a_class_principal_printed_in_brackets_is_read_as_the_amount_it_takes_out():
    text = ("NOTE ACTIVITY\n\n"
            "Class     Opening Amount        Reduction     Closing Amount\n"
            "A-1       407,123,905.71  (17,618,290.12)     389,505,615.59\n"
            "A-2       279,246,937.40  (13,398,080.60)     265,848,856.80\n"
            "M-1        50,000,000.00   (1,000,000.00)      49,000,000.00\n")
    f = abs_nb.load_text(text)
    assert f.classes.loc["A-1", "principal"] == 17_618_290.12
    repairs = f.checks[f.checks.check == "deduction_signs"]
    assert len(repairs) == 3 and (repairs.status == "repaired").all()



def test_a_column_printing_a_proven_column_of_another_table_again_takes_its_field():
    # the interest table prints each class's beginning balance again under a word naming no
    # field: the same figures, class by class, are the same field
    text = (PAID_SUMMARY
            +             "INTEREST DETAIL\n\n"
            "Class   Days        Coupon            Base       Accrued   Shortfall           Due\n"
            "A-1       31     5.46000%  187,922,447.91    883,548.71        0.00    883,548.71\n"
            "A-2       31     5.38000%  173,600,913.44    804,254.45        0.00    804,254.45\n"
            "M-1       31     5.62000%   32,400,000.00    156,798.00        0.00    156,798.00\n"
            "M-2       31     5.64000%   29,600,000.00    143,757.33        0.00    143,757.33\n")
    f = abs_nb.load_text(text)
    roles = f.checks[f.checks.check == "column_role"].set_index("subject")
    assert roles.loc["Base (line 14)", "status"] == "pass"
    assert roles.loc["Base (line 14)", "detail"].startswith("beginning_balance: the figures of Beginning Balance (line 6) printed again")
    # accrued and due print the same figures: which is the interest paid, their words do not
    # say, so neither is read (their figures stay listed)
    assert roles.loc["Accrued (line 14)", "status"] == roles.loc["Due (line 14)", "status"] == "warn"
    assert f.classes.loc["A-2", "beginning_balance"] == 173_600_913.44


FACTORS_FIRST = """STATEMENT TO CERTIFICATEHOLDERS
DISTRIBUTION DATE:  NOVEMBER 26, 1999

                     CERTIFICATE FACTOR INFORMATION  (PER $1,000 OF ORIGINAL FACE)

 CLASS  CUSIP        CURRENT      BEGINNING       PRINCIPAL        INTEREST           TOTAL          ENDING
                        RATE         FACTOR    DISTRIBUTION    DISTRIBUTION    DISTRIBUTION          FACTOR
 AF-1   80376NAA5    6.1800%    412.88104235     35.81127704      2.12633735     37.93761439    377.06976531
 AF-2   80376NAB3    6.4400%  1,000.00000000      0.00000000      5.36666658      5.36666658  1,000.00000000
 AV-1   80376NAG2    5.6775%    882.68930825     31.25988699      4.45463874     35.71452573    851.42942126
 M-1    80376NAH0    7.5800%  1,000.00000000      0.00000000      6.31666667      6.31666667  1,000.00000000
"""


def test_figures_past_cents_under_a_per_1000_heading_are_per_1000_though_their_sums_hold_as_amounts():
    # beginning = principal + ending holds of per-$1,000 figures as of amounts: with no table of
    # amounts to divide, the eight decimals say these are no amounts
    c = abs_nb.load_text(FACTORS_FIRST).classes
    assert c.loc["AF-1", "beginning_balance_per_1000"] == 412.88104235
    assert c.loc["AV-1", "principal_per_1000"] == 31.25988699 and c.loc["M-1", "total_per_1000"] == 6.31666667
    assert c.beginning_balance.isna().all() and c.principal.isna().all()


def test_columns_whose_own_names_say_per_1000_hold_per_1000_figures_beside_amounts():
    # the original face is an amount; the columns beside it say per $1,000 in their own
    # words, and their figures print past cents: the sums hold of them as of amounts
    text = ("                  ORIGINAL     PRINCIPAL      INTEREST         TOTAL\n"
            "CLASS           FACE AMOUNT   DISTRIBUTED   DISTRIBUTED   DISTRIBUTED\n"
            "                               PER $1,000    PER $1,000    PER $1,000\n"
            "IA1          52,000,000.00   31.77558038    2.93066846   34.70624884\n"
            "IA2          21,500,000.00    0.00000000    5.05833349    5.05833349\n"
            "IIA1         75,000,000.00   13.62512493    4.45917067   18.08429560\n")
    f = abs_nb.load_text(text)
    ia1 = f.classes.loc["IA1"]
    assert ia1.original_balance == 52_000_000.00
    assert (ia1.principal_per_1000, ia1.interest_per_1000, ia1.total_per_1000) == (31.77558038, 2.93066846, 34.70624884)
    assert ia1[["principal", "interest", "total_distribution"]].isna().all()


RUN_ON = """                              Statement to Certificateholders
                                 DISTRIBUTION IN DOLLARS
             ORIGINAL        BEGINNING                                                     ENDING
CLASS      FACE VALUE          BALANCE      PRINCIPAL     INTEREST          TOTAL          BALANCE
A-1    100,000,000.00    90,000,000.00   1,500,000.00   412,500.00   1,912,500.00    88,500,000.00
A-2     50,000,000.00    50,000,000.00           0.00   229,166.67     229,166.67    50,000,000.00
M-1     20,000,000.00    20,000,000.00           0.00   100,000.00     100,000.00    20,000,000.00
B       10,000,000.00    10,000,000.00           0.00    54,166.67      54,166.67    10,000,000.00

FACTOR INFORMATION PER $1000 OF ORIGINAL FACE
                  BEGINNING                                                ENDING
CLASS             PRINCIPAL      PRINCIPAL      INTEREST        TOTAL      PRINCIPAL
A-1            900.00000000    15.00000000    4.12500000  19.12500000   885.00000000
A-2           1000.00000000     0.00000000    4.58333340   4.58333340  1000.00000000
M-1           1000.00000000     0.00000000    5.00000000   5.00000000  1000.00000000
B             1000.00000000     0.00000000    5.41666700   5.41666700  1000.00000000

                                     INTEREST DETAIL
            BEGINNING       CURRENT   PREPAYMENT    INTEREST          UNPAID
CLASS         BALANCE   ACCRUED INT   INT SHORTF    DISTRIBUTION   SHORTFALL
A-1     90,000,000.00    412,500.00         0.00      412,500.00        0.00
A-2     50,000,000.00    229,166.67         0.00      229,166.67        0.00
M-1     20,000,000.00    100,000.00         0.00      100,000.00        0.00
B       10,000,000.00     54,166.67         0.00       54,166.67        0.00
"""


def test_a_table_of_amounts_below_a_per_1000_table_is_read_as_amounts():
    # the per-$1,000 heading's section runs on over the interest detail: its interest paid
    # (thousands of dollars a class, below the $100,000 of a balance) is no figure per $1,000,
    # and its columns of zeros say nothing either way
    c = abs_nb.load_text(RUN_ON).classes
    assert list(c["interest_per_1000"]) == [4.125, 4.5833334, 5.0, 5.416667]
    assert list(c["interest"]) == [412_500.00, 229_166.67, 100_000.00, 54_166.67]


REVOLVING = """                              Statement to Certificateholders
                                 DISTRIBUTION IN DOLLARS
             ORIGINAL        BEGINNING                                                     ENDING
CLASS      FACE VALUE          BALANCE      PRINCIPAL     INTEREST          TOTAL          BALANCE
A      750,000,000.00   750,000,000.00           0.00 3,093,750.00   3,093,750.00   750,000,000.00
B       60,000,000.00    60,000,000.00           0.00   265,000.00     265,000.00    60,000,000.00
C       90,000,000.00    90,000,000.00           0.00   435,000.00     435,000.00    90,000,000.00

FACTOR INFORMATION PER $1000 OF ORIGINAL FACE
                ORIGINAL          CURRENT
CLASS         FACE VALUE          BALANCE        PRINCIPAL         INTEREST
A         750,000,000.00   750,000,000.00       0.00000000       4.12500000
B          60,000,000.00    60,000,000.00       0.00000000       4.41666667
C          90,000,000.00    90,000,000.00       0.00000000       4.83333333
"""


def test_a_per_1000_table_with_its_amounts_beside_keeps_its_zeros_of_eight_places_per_1000():
    # a revolving period: no class is paid principal. The per-$1,000 table repeats two
    # columns of amounts; its zeros print eight places, as figures per $1,000 do, so the
    # table is no table of amounts for two of its columns
    c = abs_nb.load_text(REVOLVING).classes
    assert list(c["interest_per_1000"]) == [4.125, 4.41666667, 4.83333333]
    assert list(c["principal_per_1000"]) == [0.0, 0.0, 0.0]
    assert list(c["interest"]) == [3_093_750.00, 265_000.00, 435_000.00]


def test_a_table_of_whole_dollars_under_a_sentence_naming_figures_per_1000_is_read_as_amounts():
    # "All amounts in whole dollars except per $1,000 and factor figures" above a table of
    # whole dollars: its figures, most above what a figure per $1,000 can be, vote for
    # amounts though they print no cents; a table of them is no per-$1,000 table
    doc = next((Path(__file__).resolve().parents[1] / "handwritten").glob("zi5_*.txt"))
    text = "\n".join(doc.read_text().split("\n")[:32]) + "\n"
    c = abs_nb.load_text(text).classes
    assert c.loc["A-1", "interest"] == 65_319 and c.loc["A-2", "beginning_balance"] == 245_000_000
    assert c.loc["A-2", "interest_per_1000"] == 3.592
    assert c["beginning_balance_per_1000"].isna().all()


def test_a_column_a_later_table_names_and_proves_gives_its_field_to_the_first_printing_of_its_figures():
    # the class table's interest, under words the reading leaves unnamed, for every class
    # with CE, P and R; a detail table's "Interest Paid", proven, prints them again for the
    # offered classes only: the first printing holds interest too, for every class it prints
    doc = next((Path(__file__).resolve().parents[1] / "handwritten").glob("xt4_*.txt"))
    text = "\n".join(doc.read_text().split("\n")[:72]) + "\n"
    c = abs_nb.load_text(text).classes
    assert c.loc[["1-A", "CE", "P", "R"], "interest"].tolist() == [365_298.92, 3_373_413.00, 240_326.08, 0.0]
