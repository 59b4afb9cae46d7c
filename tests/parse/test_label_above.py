"""abs_nb.parse.label_above: labels printed on the line above their figures."""

from __future__ import annotations

import abs_nb
from abs_nb.parse.label_above import dash_continued, labels_above, labels_across
from abs_nb.parse.tokens import tokenize

POOL = ("STATEMENT TO CERTIFICATEHOLDERS\n\nCOLLATERAL INFORMATION\n"
        "                                                  Group 1             Group 2               Total\n"
        "  Beginning Aggregate Principal Balance\n"
        "                                           351,277,052.84      172,448,903.15      523,725,955.99\n"
        "  Scheduled Principal\n"
        "                                               265,410.08          121,887.93          387,298.01\n"
        "  Prepayments in Full\n"
        "                                             7,904,116.37        4,108,559.10       12,012,675.47\n"
        "  Realized Losses (Current Period)\n"
        "                                                58,311.45                0.00           58,311.45\n"
        "  Ending Aggregate Principal Balance\n"
        "                                           343,049,214.94      168,218,456.12      511,267,671.06\n")


def test_a_label_above_its_figures_is_their_row_s_by_group():
    f = abs_nb.load_text(POOL)
    assert f.collateral.loc["Group 1", "scheduled_principal"] == 265_410.08
    assert f.collateral.loc["Total", "ending_balance"] == 511_267_671.06
    assert f.collateral.loc["Group 2", "beginning_balance"] == 172_448_903.15
    # provenance: the figures stand on their own line, below the label
    p = f.provenance.set_index(["table", "row", "column"])
    assert p.loc[("collateral", "Total", "ending_balance"), "line"] == 14  # its figures' line, below the label


def test_a_header_a_row_of_blank_cells_and_numbers_over_a_header_are_not_labels_above():
    # words over the figures' columns: a header
    lines = labels_above(tokenize("           Fixed Rate   Adjustable\n"
                                  "             1,000.00     2,000.00\n"))
    assert lines[0].values == [] and len(lines[1].values) == 2
    # a class alone among rows printing their labels beside their figures: its cells are blank
    rows = labels_above(tokenize("A-1        1,000.00     900.00\n"
                                 "R\n"
                                 "              0.00       0.00\n"))
    assert rows[1].values == [] and len(rows[2].values) == 2


def test_a_label_opened_by_a_dash_under_the_dash_above_continues_that_label():
    lines = dash_continued(tokenize("IN FORECLOSURE - NO. OF LOANS     48     21\n"
                                    "               - PRIN BAL     3,372.64  1,998.05\n"
                                    "    - PRIN BAL     3,372.64  1,998.05\n"))
    assert lines[1].label == "IN FORECLOSURE - PRIN BAL"
    assert [t.text for t in lines[1].values] == ["3,372.64", "1,998.05"]
    # a dash standing elsewhere continues nothing
    assert lines[2].label == "- PRIN BAL"


def test_a_paragraph_printed_one_cell_a_line_reads_each_label_with_the_figure_below_it():
    import abs_nb

    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 04/25/2007\n\n"
            "Overcollateralization and Credit Enhancement\n\n"
            "Overcollateralization Target Amount\n15,300,003.34\n"
            "Overcollateralization Deficiency Amount\n149,710.68\n"
            "Stepdown Date Occurred\nNo\n"
            "Net Monthly Excess Cashflow\n1,783,702.01\n")
    f = abs_nb.load_text(text)
    assert (f.deal["oc_target"], f.deal["oc_deficiency"]) == (15_300_003.34, 149_710.68)
    assert f.deal["net_monthly_excess_cash_flow"] == 1_783_702.01


def test_a_rule_or_a_header_over_a_column_of_figures_is_no_cell_of_a_pair():
    from abs_nb.parse.label_above import _one_cell_a_line
    from abs_nb.parse.tokens import tokenize

    closing = tokenize("     Closing\n       Bal.\n  ======\n   38,519,296.94\n")
    assert not any(_one_cell_a_line(closing, k) for k in range(4))
    pairs = tokenize("Target\n15.00\nDeficiency\n1.00\n")
    assert [_one_cell_a_line(pairs, k) for k in range(4)] == [True, False, True, False]


def test_a_class_s_name_wrapped_below_its_row_is_the_row_s_class():
    header = ("                Pass-        Beginning                                      Ending\n"
              "Class   CUSIP   Rate           Balance     Interest     Principal         Balance\n"
              "------  ------  --------  ------------  -----------  ------------  --------------\n")
    rows = [("A-1", "56291EAA1", "5.46000%", "313,135,271.77", "1,472,257.67", "3,635,490.48", "309,499,781.29"),
            ("A-2a", "56291EAB9", "5.38000%", "191,594,324.47", "887,613.93", "6,422,261.20", "185,172,063.27"),
            ("M-1", "56291EAF0", "5.60000%", "41,020,000.00", "197,807.56", "0.00", "41,020,000.00")]
    body = "".join(f"Class   {c}  {r:>8}  {b:>12}  {i:>11}  {p:>12}  {e:>14}\n{n}\n" for n, c, r, b, i, p, e in rows)
    c = abs_nb.load_text("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 06/25/2007\n\n" + header + body).classes
    assert list(c.index) == ["A-1", "A-2a", "M-1"]
    assert (c.loc["A-2a", "cusip"], c.loc["A-2a", "principal"], c.loc["M-1", "ending_balance"]) == (
        "56291EAB9", 6_422_261.20, 41_020_000.00)


def test_a_word_below_a_class_s_row_that_names_no_class_is_no_class_s_name():
    from abs_nb.parse.label_above import classes_below

    lines = classes_below(tokenize("Class   56291EAA1   313,135,271.77\nSenior\nA-1   56291EAB9   1.00\nM-1\n"))
    assert [ln.label for ln in lines][:4] == ["Class 56291EAA1", "Senior", "A-1 56291EAB9", "M-1"]


def test_a_status_printed_once_over_its_measures_is_carried_to_their_rows():
    lines = dash_continued(tokenize("30-59 Days   Loan Count         21         19\n"
                                    "             Balance      2,318.09   3,012.41\n"
                                    "             Balance %     0.8073%    1.2921%\n"
                                    "60-89 Days   Loan Count          6          5"))
    assert [ln.label for ln in lines] == ["30-59 Days Loan Count", "30-59 Days Balance", "30-59 Days Balance %",
                                          "60-89 Days Loan Count"]
    assert lines[1].label_tokens[0].line_in(2) == 1  # the status's words keep their line
    # a loan group printed once over its statuses is no status: its rows keep their labels
    lines = dash_continued(tokenize("Group 1   30-59 Days      44    6,318,207.14\n"
                                    "          60-89 Days      15    2,110,488.90\n"))
    assert lines[1].label == "60-89 Days"


def test_delinquency_by_group_with_each_status_over_its_measures_is_read():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 06/25/2004\n\n"
            "                                       Delinquency Information\n"
            "                                           Group I        Group II           Total\n"
            "30-59 Days   Loan Count                         21              19              40\n"
            "             Balance                  2,318,441.09    3,012,885.41    5,331,326.50\n"
            "             Balance %                     0.8073%         1.2921%         1.0135%\n"
            "Foreclosure  Loan Count                          3               4               7\n"
            "             Balance                    341,226.95      602,118.34      943,345.29\n"
            "             Balance %                     0.1188%         0.2582%         0.1793%\n")
    f = abs_nb.load_text(text)
    d = f.delinquency.set_index(["group", "status"])
    assert tuple(d.loc[("Group 2", "30-59"), ["count", "balance"]]) == (19, 3_012_885.41)
    assert tuple(d.loc[("Total", "foreclosure"), ["count", "balance"]]) == (7, 943_345.29)
    assert f.collateral.empty or f.collateral["ending_count"].isna().all()  # no status's count is the pool's


def test_a_label_wrapped_below_its_figures_is_read_whole():
    from abs_nb.parse.label_above import labels_below

    lines = labels_below(tokenize("Scheduled Principal        10.00\nPrepayments\nCurtailments               20.00\n"
                                  "Beginning Balance       1,000.00\nOther\n  In Full                100.00\n"))
    # a label naming a figure over words naming one: no wrapped label; nor words over
    # indented rows (a sub-heading)
    assert [ln.label for ln in lines][:5] == ["Scheduled Principal", "Prepayments", "Curtailments",
                                             "Beginning Balance", "Other"]
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/25/2007\n\n"
            "                       Group I                 Group II                 Total\n"
            "   Status          No.        Balance      No.        Balance      No.        Balance\n"
            "   30 to 59         68  10,991,204.18       41   9,870,115.72      109  20,861,319.90\n"
            "   days\n"
            "   90 days or       22   3,416,077.90       15   3,980,441.25       37   7,396,519.15\n"
            "   more\n"
            "   In               45   8,122,615.43       33   8,905,117.60       78  17,027,733.03\n"
            "   Foreclosure\n"
            "   REO Property      9   1,304,550.16        6   1,511,839.48       15   2,816,389.64\n")
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert tuple(d.loc[("Group 2", "foreclosure"), ["count", "balance"]]) == (33, 8_905_117.60)
    assert tuple(d.loc[("Total", "30-59"), ["count", "balance"]]) == (109, 20_861_319.90)
    assert tuple(d.loc[("Group 1", "90+"), ["count", "balance"]]) == (22, 3_416_077.90)


def test_a_grid_row_s_label_is_every_line_of_its_cell_up_to_the_rule_closing_the_row():
    from abs_nb.parse.label_above import labels_below

    rule = "+-----------------------------+-------+----------------+\n"
    text = (rule + "| Beginning Aggregate Loan    | 1,604 | 268,114,502.37 |\n| Balance                     |       |                |\n"
            + rule + "| Weighted Average            |       |            337 |\n| Remaining Term              |       |                |\n"
            "| (months)                    |       |                |\n" + rule)
    lines = labels_below(tokenize(text))
    # words of no field's ("Balance", "(months)") are the cell's all the same: the rules close the row
    assert [lines[k].label for k in (1, 2, 4, 5, 6)] == ["Beginning Aggregate Loan Balance", "",
                                                         "Weighted Average Remaining Term (months)", "", ""]
    # not in a grid: words under a row ending the table are no part of its label
    lines = labels_below(tokenize("Beginning Balance      1,000.00\nServicer Remarks\n"))
    assert [ln.label for ln in lines][:2] == ["Beginning Balance", "Servicer Remarks"]



def _labels_across_text(pairs: list[tuple[str, str]], width: int, right: bool) -> str:
    """Rows of labels over their figures, ``len(pairs) / rows`` across, each figure
    right-aligned in its label's column (``right``) or under the label's first letter."""
    labels = "".join(f"{label:<{width}}" for label, _ in pairs).rstrip()
    figures = "".join((f"{fig:>{width - 4}}    " if right else f"{fig:<{width}}") for _, fig in pairs).rstrip()
    return f"  {labels}\n  {figures}\n"


def test_labels_over_their_figures_two_three_or_four_across_are_printed_beside_them():
    for across, right in ((2, True), (3, False), (4, True)):
        pairs = [("Beginning Balance", "1,000.00"), ("Scheduled Principal", "10.00"), ("Prepayments", "80.00"),
                 ("Curtailments", "0.00"), ("Ending Balance", "910.00"), ("Servicing Fee", "4.17"),
                 ("Realized Losses", "0.00"), ("Net WAC", "6.5123%")]
        text = "".join(_labels_across_text(pairs[k:k + across], 26, right) for k in range(0, 8, across))
        out = labels_across(tokenize(text))
        assert [ln.no for ln in out] == [ln.no for ln in tokenize(text)]  # every line keeps its number
        shown = [seg for ln in out for seg in ln.raw.split("    ") if seg.strip()]
        assert [" ".join(s.split()) for s in shown] == [f"{label} {fig}" for label, fig in pairs]


def test_a_header_over_one_row_of_figures_a_row_with_a_label_or_figures_out_of_place_are_left_as_printed():
    one = "  Principal        Interest         Total\n  1,000.00           50.00      1,050.00\n\nOther text\n"
    def same(text: str) -> bool:
        return [ln.raw for ln in labels_across(tokenize(text))] == [ln.raw for ln in tokenize(text)]
    assert same(one)  # one row: a table's header over its row, as likely
    labelled = ("  Principal        Interest\n  A-1   1,000.00      50.00\n"
                "  Principal        Interest\n  A-2   2,000.00      60.00\n")
    assert same(labelled)  # a row labelled: no figures alone
    # the second figure left of the second label's column: under no label of its own
    shifted = ("  Servicing Fee               Trustee Fee\n  299,494.54   2,994.95\n"
               "  Servicing Fee               Trustee Fee\n  299,494.54   2,994.95\n")
    assert same(shifted)


def test_a_report_printing_its_pool_and_its_classes_as_labels_over_figures_is_read():
    def block(title: str, pairs: list[tuple[str, str]]) -> str:
        return title + "\n" + "-" * 90 + "\n" + "".join(
            _labels_across_text(pairs[k:k + 3], 30, True) for k in range(0, len(pairs), 3)) + "\n"
    groups = {1: ("138,402,118.63", "148,221.05", "2,640,119.88", "31,204.11", "135,582,573.59"),
              2: ("317,880,442.57", "236,448.19", "6,912,774.30", "18,337.42", "310,712,882.66")}
    text = "STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: September 25, 2003\n\n"
    for g, (beg, sched, prepay, curt, end) in groups.items():
        text += block(f"COLLATERAL ACTIVITY -- GROUP {g} (FIXED RATE LOANS)", [
            ("Beginning Aggregate Balance", beg), ("Scheduled Principal", sched), ("Prepayments in Full", prepay),
            ("Curtailments", curt), ("Ending Balance", end), ("Servicing Fee", "57,667.55")])
    for name, g, figs in (("A-1", 1, ("1.40000%", "$285,200,000.00", "$271,318,016.37", "$5,061,730.37", "$327,088.94",
                                     "$5,388,819.31", "$266,256,286.00")),
                          ("A-2", 2, ("1.38000%", "$122,000,000.00", "$116,699,846.64", "$2,753,857.61", "$138,678.32",
                                      "$2,892,535.93", "$113,945,989.03"))):
        rate, orig, beg, prin, intr, tot, end = figs
        text += f"\nCLASS {name}   CUSIP 43571VAA8   SENIOR / ADJUSTABLE RATE / GROUP {g}\n" + "".join(
            _labels_across_text(p, 26, False) for p in (
                [("Pass-Through Rate", rate), ("Original Balance", orig), ("Beginning Balance", beg)],
                [("Principal Distribution", prin), ("Interest Distribution", intr), ("Total Distribution", tot)],
                [("Realized Loss", "$0.00"), ("Ending Balance", end)]))
    f = abs_nb.load_text(text)
    c = f.collateral
    # each block's figures its group's: a subject, a dash, the group it is told for
    assert (c.loc["Group 1", "scheduled_principal"], c.loc["Group 2", "ending_balance"]) == (148_221.05, 310_712_882.66)
    a1 = f.classes.loc["A-1"]
    # two pairs side by side read apart; the group's number on the class's line is no figure
    assert (a1.interest_rate, a1.beginning_balance, a1.interest, a1.ending_balance) == (
        0.014, 271_318_016.37, 327_088.94, 266_256_286.00)


def test_a_note_under_a_row_between_plain_rules_is_no_part_of_its_label():
    # dashes drawn across a table are no grid's boxes: the note under the row is its own line
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 09/25/2006\n\nCREDIT ENHANCEMENT\n" + "-" * 60 + "\n"
            "Overcollateralization Amount                  5,000,000.00\n" + "-" * 60 + "\n"
            "Realized Losses                                  12,345.67\nIncludes subsequent recoveries\n" + "-" * 60 + "\n")
    assert abs_nb.load_text(text).deal["realized_losses"] == 12_345.67
