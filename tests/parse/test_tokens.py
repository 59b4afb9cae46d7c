"""Token columns, and printed numbers read as printed (a trailing minus, a dash in a
figure's place)."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import abs_nb
from abs_nb.parse import tokens
from abs_nb.parse.tokens import group_tokens, line_tokens, parse_number, tokenize_line

from .conftest import S0, edited


@given(st.lists(st.sampled_from(["a", "1,000", " ", "\t", "  ", "x\t", "\u00a0", "(5)", "B-IO"]), max_size=40))
def test_a_tokens_column_is_its_offset_with_tabs_expanded(parts):
    raw = "".join(parts)
    for t in line_tokens(raw):
        assert t.col == len(raw[: t.start].expandtabs(8))
        assert t.colend == t.col + len(t.text)
    # the column segments are the tokens grouped by gaps of two columns or more
    segs = group_tokens(line_tokens(raw), 2)
    assert " ".join(s[0] for s in segs) == " ".join(t.text for t in line_tokens(raw))


def test_a_percent_sign_one_blank_after_a_figure_is_the_figure_s_further_off_a_token_of_its_own():
    # a token is always the text at its span (tests/test_properties.py): "0.26 %" is one
    # token, a rate; the figure before a "%" standing further off is listed by
    # abs_nb.parse.leftovers, never read as a percentage by guess
    toks = line_tokens("Margin   0.26 %")
    assert [(t.text, t.kind, t.percent) for t in toks] == [("Margin", "word", False), ("0.26 %", "num", True)]
    assert toks[1].value == Decimal("0.26") and (toks[1].start, toks[1].end) == (9, 15)
    toks = line_tokens("Margin   0.26   %")
    assert [(t.text, t.kind) for t in toks] == [("Margin", "word"), ("0.26", "num"), ("%", "word")]
    assert [t.text for t in line_tokens("Rate  $5 %")] == ["Rate", "$5", "%"]


def test_a_percent_sign_in_a_cell_of_its_own_right_of_its_figure_s_is_the_figure_s():
    # a framed row: the bar between the cells parts them, as a blank does; the sign's cell
    # says what the figure beside it is (a web page saved as text sets % and $ apart)
    toks = line_tokens("| Gross WAC     |   7.0412 | % |")
    assert [(t.text, t.kind, t.percent) for t in toks] == [
        ("Gross", "word", False), ("WAC", "word", False), ("7.0412   %", "num", True)]
    assert toks[2].value == Decimal("7.0412")
    # a cell between them: the sign is no figure's
    assert [t.text for t in line_tokens("| Rate | 5 | x | % |")] == ["Rate", "5", "x", "%"]
    # a sign opening the next cell's words is theirs ("% of Original Count")
    assert [t.text for t in line_tokens("| Loan Count | 806 | % of Original Count | 82.5 |")][2:4] == ["806", "%"]


def test_two_label_value_pairs_on_one_line_keep_the_first_value_with_its_label():
    line = tokens.tokenize_line("   WAC:      8.12500%  Distribution Date:   7/17/00", 1)
    assert (line.label, [v.text for v in line.values], line.text_value) == ("WAC:", ["8.12500%"], None)


@pytest.mark.parametrize("raw", [
    "Trigger Event Occurrence        NO",  # a text value
    "WAC   8.12500%   Distribution Date   7/17/00",  # no colons: not a pair of pairs
    "Pool Factor:   0.9240   see note 3 below",  # no second label
])
def test_other_lines_without_trailing_values_are_not_split_as_pairs(raw):
    assert tokens.tokenize_line(raw, 1).values == []


def test_trailing_minus_is_a_negative_number_and_keeps_the_table():
    assert parse_number("90,170-") == (Decimal("-90170"), False, 0)
    assert parse_number("-90,170-") is None  # two signs: not a number
    f = edited("     Net Liq Proc.     90,170               0           90,170",
               "     Net Liq Proc.     90,170-              0           90,170-")
    assert f.collateral.loc["Group 1", "liquidation_proceeds"] == -90170.0
    # the rest of the pool table is still read
    assert f.collateral.loc["Total", "total_principal"] == 15938246.0
    # 359,372 + 11,232,980 - 90,170 + 0 = 11,502,182, not the printed 11,682,523: reported
    row = f.checks[(f.checks["check"] == "pool_principal") & (f.checks["subject"] == "Group 1")]
    assert row["status"].item() == "fail" and row["expected"].item() == 11502182.0


def test_a_dash_in_a_figures_place_is_no_figure_and_keeps_the_table():
    # 000 prints A-IO's principal as "0"; a report printing "-" there (or an en or em dash)
    # means nothing was paid: NaN, as a blank is (never guessed to be 0), and the row keeps
    # its columns (the dash, taken for a word, had broken the class table)
    row = "      A-IO       60,000,000     54,000,000           0"
    assert row in S0
    for dash in ("-", "--", "\u2013", "\u2014"):
        f = abs_nb.load_text(S0.replace(row, row[:-1] + dash))
        assert len(f.classes) == 13 and f.unmapped.empty
        assert math.isnan(f.classes.loc["A-IO", "principal"])
        assert f.classes.loc["A-IO", "ending_balance"] == abs_nb.load_text(S0).classes.loc["A-IO", "ending_balance"]
    assert parse_number("-") is None  # not a number: a dash is read as no figure, never as 0


def test_a_figure_printed_against_a_word_is_glued():
    glued = tokenize_line("Ending O/C Amount                  l3,320,411", 1)
    spaced = tokenize_line("Ending O/C Amount l 3,320,411", 2)
    assert glued.glued(glued.values[0]) and not spaced.glued(spaced.values[0])


def test_the_year_of_a_date_printed_in_words_is_no_figure():
    ln = tokenize_line("  Cut-off Date:                  April 1, 2003", 1)
    assert ln.values == [] and ln.text_value == "April 1, 2003" and ln.label == "Cut-off Date:"
    # a figure after a day that is no month's stays a figure
    assert [t.text for t in tokenize_line("Loans Paid Off  12, 2003", 1).values] == ["2003"]
    f = abs_nb.load_text("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 11/25/2003\n"
                         "Cut-off Date:                  April 1, 2003\n")
    assert "original_pool_balance" not in f.deal.dropna() and f.unmapped.empty


def test_words_after_a_dot_leader_are_the_line_s_text_value():
    ln = tokenize_line("  Servicer ................ Ocwen Federal Bank", 1)
    assert (ln.label, ln.text_value) == ("Servicer", "Ocwen Federal Bank")


def test_a_count_stated_with_its_unit_is_one_figure():
    # "97 loans, $7,307,682.41": the count and its unit one token, a figure of the line
    line = tokens.tokenize_line("Loans Delinquent 30-59 days: 97 loans, $7,307,682.41", 1)
    assert line.label == "Loans Delinquent 30-59 days:"
    assert [(t.text, t.value) for t in line.values] == [("97 loans", Decimal("97")), ("$7,307,682.41", Decimal("7307682.41"))]
    # a figure with cents, a dollar sign or a unit further off stays apart
    assert [t.text for t in line_tokens("paid 2.50 loans")] == ["paid", "2.50", "loans"]
    assert [t.text for t in line_tokens("paid 12   loans")] == ["paid", "12", "loans"]
    # a group's number before "Loans" names the group: "Group 2 Loans" counts nothing
    assert [t.text for t in line_tokens("TABLE 5. GROUP 2 LOANS")] == ["TABLE", "5.", "GROUP", "2", "LOANS"]
    assert [t.text for t in line_tokens("Liquidated 2 loans")] == ["Liquidated", "2 loans"]


def test_a_unit_under_the_per_of_the_header_line_above_is_a_word_of_the_header():
    lines = tokens.tokenize("            After, per\n   Balance      $1,000\n   A-1     974.615349\n")
    assert lines[1].values == [] and [t.text for t in lines[2].values] == ["974.615349"]
    # under no "per" (or beside it) the figure stands
    assert [t.text for t in tokens.tokenize("  per\n  Balance      $1,000\n")[1].values] == ["$1,000"]
    assert [t.text for t in tokens.tokenize(" Paid\n Balance   1,000\n")[1].values] == ["1,000"]


def test_a_figure_per_1000_in_brackets_is_one_figure_not_a_negative():
    line = tokenize_line("      Class A-1 Certificates   $2,338,153.48  ($66.330595 per $1,000)", 1)
    assert [(t.text, t.number) for t in line.values] == [("$2,338,153.48", 2_338_153.48),
                                                         ("($66.330595 per $1,000)", 66.330595)]
    assert [t.number for t in tokenize_line("   (1,234.50)", 1).values] == [-1234.5]


def test_a_dollar_sign_standing_apart_is_its_figure_s_not_a_word_of_the_label():
    def words(raw: str) -> tuple[list[str], list[str]]:
        ln = tokenize_line(raw, 1)
        return [t.text for t in ln.label_tokens], [t.text for t in ln.values]

    # after a dot leader, under a column of signs aligned apart from the figures
    assert words("  Scheduled Principal Collected........ $      202,601.90") == (
        ["Scheduled", "Principal", "Collected........"], ["202,601.90"])
    assert words("  Class R     023145AH8          $            0") == (["Class", "R", "023145AH8"], ["0"])
    assert words("  Total           $  5,575,037.85    $1,314,342.79") == (["Total"], ["5,575,037.85", "$1,314,342.79"])
    # one blank after the label's last word it names the row: a row of amounts
    assert words("  Group 1 $       6,046,221.14      2,101,169.86") == (["Group", "1", "$"], ["6,046,221.14", "2,101,169.86"])
    # with no figure after it, a word as printed
    assert words("  Amounts in $") == (["Amounts", "in", "$"], [])


def test_the_unit_of_a_label_per_1000_is_a_word_of_it_not_a_figure():
    ln = tokenize_line(" Interest per $1,000                0.874260        1.333333", 1)
    assert ln.label == "Interest per $1,000" and [t.text for t in ln.values] == ["0.874260", "1.333333"]
    ln = tokenize_line(" Ending Balance per 1,000        654.028152     1000.000000", 1)
    assert [t.text for t in ln.values] == ["654.028152", "1000.000000"]
    # a 1,000 after another word is a figure
    assert [t.text for t in tokenize_line(" Loans paid off  1,000   2,000", 1).values] == ["1,000", "2,000"]


def test_a_bar_ruled_between_columns_parts_them_as_blanks_do():
    ln = tokenize_line("Beginning Balance   |    262,118.77  |    155,402.36  |    417,521.13", 3)
    assert ln.label == "Beginning Balance"
    assert [t.text for t in ln.values] == ["262,118.77", "155,402.36", "417,521.13"]
    # a framed row (a bar first and last): every bar is a rule, touching its cells or not
    ln = tokenize_line("|A-1  |42918FAA7| 5.3275%|220,000,000.00|", 1)
    assert [t.text for t in ln.tokens] == ["A-1", "42918FAA7", "5.3275%", "220,000,000.00"]
    assert [t.col for t in ln.tokens] == [1, 7, 18, 26]  # each where it is printed
    # a bar touching words in a line not framed is a character of them
    assert [t.text for t in tokenize_line("Class A|B     100.00", 1).tokens] == ["Class", "A|B", "100.00"]


def test_dashes_drawn_round_titles_are_no_figures_and_the_titles_head_their_columns():
    ln = tokenize_line("          -- 30-59 Days --    -- 60-89 Days --      -- REO --", 4)
    assert ln.values == [] and "30-59" in ln.label
    assert [t.text for t in tokenize_line("Fees   --", 1).values] == ["--"]  # a figure printed blank
    text = ("MONTHLY STATEMENT\n\nDELINQUENCY REPORT\n"
            "            -- 30-59 Days --    -- 60-89 Days --           -- REO --\n"
            "Group       #        Balance    #        Balance    #        Balance\n"
            "Group 1    61  10,188,004.52   24   4,410,772.18    0           0.00\n"
            "Group 2    58  14,772,218.06   27   7,311,904.37    1     139,508.22\n"
            "Total     119  24,960,222.58   51  11,722,676.55    1     139,508.22\n")
    d = abs_nb.load_text(text).delinquency
    row = d[(d.group == "Group 2") & (d.status == "60-89")]
    assert row["count"].item() == 27 and row["balance"].item() == 7_311_904.37
    assert len(d) == 9


def test_square_brackets_round_figures_are_an_aside_s_marks_and_a_note_s_mark_is_kept():
    ln = tokenize_line("  31-59 DAYS DELINQUENT        1.80%   [ 141 CONTRACTS  $ 3,914,220.76]", 1)
    assert ln.label == "31-59 DAYS DELINQUENT"
    assert [t.text for t in ln.values] == ["1.80%", "141 CONTRACTS", "3,914,220.76"]
    assert tokenize_line("Net WAC[1]     7.50%", 1).label == "Net WAC[1]"
    text = ("MONTHLY REPORT\n\nDELINQUENCY (PERCENT OF POOL; CONTRACTS AND BALANCE IN BRACKETS)\n"
            "  31-59 DAYS DELINQUENT                1.80%   [ 141 CONTRACTS  $ 3,914,220.76]\n"
            "  60-89 DAYS DELINQUENT                0.51%   [  43 CONTRACTS  $ 1,106,335.02]\n"
            "  90 OR MORE DAYS DELINQUENT           0.39%   [  30 CONTRACTS  $   842,917.66]\n"
            "  TOTAL DELINQUENT 31 DAYS OR MORE     2.69%   [ 214 CONTRACTS  $ 5,863,473.44]\n")
    d = abs_nb.load_text(text).delinquency
    assert list(zip(d.status, d["count"], d.balance, strict=True)) == [
        ("30-59", 141, 3_914_220.76), ("60-89", 43, 1_106_335.02), ("90+", 30, 842_917.66)]


def test_a_run_of_dashes_between_two_titles_parts_them_framing_dashes_do_not():
    from abs_nb.parse.tokens import tokenize_line

    ln = tokenize_line("Date - Delinq 1 Month --- Delinq 2 Months -- Bankruptcy ------- REO -------", 1)
    assert [s for s, _, _ in ln.column_segments()] == ["Date - Delinq 1 Month", "Delinq 2 Months", "Bankruptcy", "REO -------"]
    ln = tokenize_line("Total  ------ Per $1,000 Original Face ------", 1)
    assert [s for s, _, _ in ln.column_segments()] == ["Total", "------ Per $1,000 Original Face ------"]


@pytest.mark.parametrize("gap", [1, 2, 6])
@pytest.mark.parametrize("labelled", [True, False])
def test_a_cusip_after_a_row_s_figures_is_its_last_cell_and_the_figures_its_values(gap, labelled):
    label = "A-1   " if labelled else "      "
    line = tokenize_line(label + "326,305,044.40   10,578,482.68" + " " * gap + "74771PAA9", 1)
    assert [t.text for t in line.values] == ["326,305,044.40", "10,578,482.68"]
    assert [t.text for t in line.label_tokens] == (["A-1"] if labelled else [])
    assert line.text_value is None


def test_a_cusip_after_a_class_and_its_note_s_mark_is_no_row_of_figures():
    line = tokenize_line("      A-2 (3)      47129RVB0", 1)
    assert line.values == []  # the mark is no figure of a row: the words are the line's


@pytest.mark.parametrize("order", ["first", "last"])
def test_a_class_table_reads_its_cusips_printed_first_or_last(order):
    head, rows = "CLASS      BEGINNING       PRINCIPAL      INTEREST          ENDING", [
        ("A-1", "326,305,044.40   10,578,482.68    681,614.98  315,726,561.72", "74771PAA9"),
        ("A-2B", " 60,000,000.00            0.00    129,600.00   60,000,000.00", "74771PAC5"),
        ("M-1", " 42,000,000.00            0.00     98,560.00   42,000,000.00", "74771PAD3")]
    if order == "first":
        table = "CLASS  CUSIP      " + head[6:] + "\n" + "".join(f"{c:<7}{u}  {f}\n" for c, f, u in rows)
    else:
        table = head + "     CUSIP\n" + "".join(f"{c:<6}{f}  {u}\n" for c, f, u in rows)
    f = abs_nb.load_text("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 11/26/2004\n\n" + table)
    assert f.classes.loc["A-2B", "cusip"] == "74771PAC5"
    assert f.classes.loc["A-1", "ending_balance"] == 315_726_561.72
    assert f.classes.loc["M-1", "interest"] == 98_560.00
    assert f.unmapped.empty


@pytest.mark.parametrize("gap", ["\t", " ", "   \t "])
def test_a_closing_bracket_printed_apart_from_its_figure_closes_it(gap):
    line = tokenize_line(f"Scheduled Principal\t\t(142,806.11{gap})\t\t(231,557.94{gap})\t\t0.00", 1)
    assert [t.text for t in line.values] == ["(142,806.11)", "(231,557.94)", "0.00"]
    assert [float(t.value) for t in line.values] == [-142_806.11, -231_557.94, 0.0]


def test_a_bracket_closed_after_words_is_no_figure_s():
    line = tokenize_line("Less: Fees (see note 3 )   1,200.00", 1)
    assert [t.text for t in line.values] == ["1,200.00"]


def test_a_dollar_sign_after_an_amount_is_the_next_figure_s_after_a_group_s_number_a_label_s_word():
    from abs_nb.parse.tokens import tokenize_line

    row = tokenize_line("TOTAL PAID      $  7,123,331.18 $  1,034,008.97 $  8,157,340.15", 1)
    assert row.label == "TOTAL PAID" and [t.text for t in row.values] == ["7,123,331.18", "1,034,008.97", "8,157,340.15"]
    group = tokenize_line("  Group 1 $           6,046,221.14      2,101,169.86", 1)
    assert group.label == "Group 1 $" and len(group.values) == 2


def test_a_range_of_days_joined_by_to_first_on_its_line_is_the_label():
    ln = tokenize_line("   30 to 59         68  10,991,204.18", 1)
    assert ln.label == "30 to 59" and [t.text for t in ln.values] == ["68", "10,991,204.18"]
    assert tokenize_line("30 - 59   12   1.00", 1).label == "30 - 59"
    assert tokenize_line("30 TO 59   12   1.00", 1).label == "30 TO 59"


def test_a_term_stated_in_months_abbreviated_is_its_figure_and_a_month_heading_is_not():
    line = tokenize_line("    Weighted Average Remaining Term ............ 238 mos.", 1)
    assert [(t.text, t.kind, t.value) for t in line.values] == [("238 mos.", "num", 238)]
    header = tokenize_line("                     1 Month      2 Months", 1)
    assert [t.text for t in header.tokens] == ["1", "Month", "2", "Months"]
    # a number inside a label, its unit's words running on, is the label's
    row = tokenize_line("Delinquent 2 Mos   5   234,567.89", 1)
    assert row.label == "Delinquent 2 Mos" and [t.text for t in row.values] == ["5", "234,567.89"]


def test_a_dash_one_blank_after_a_label_s_word_with_figures_a_column_off_is_the_label_s():
    # a label wrapped after its dash ("Number of Loans -" over "Beginning"): no figure printed as a dash
    ln = tokenize_line("Number of Loans -                     1,288            1,795            3,083", 1)
    assert (ln.label, [t.text for t in ln.values]) == ("Number of Loans -", ["1,288", "1,795", "3,083"])
    # a dash standing in a column of its own (two blanks off), or one blank from the next figure
    # in a collapsed row: the figure printed as a dash, as before
    assert [t.text for t in tokenize_line("Repurchases   -     1,000.00", 1).values] == ["-", "1,000.00"]
    assert [t.text for t in tokenize_line("    R - - - 0.00000%", 1).values][:2] == ["-", "-"]


def test_a_row_of_figures_closed_by_a_comment_keeps_its_figures():
    ln = tokens.tokenize_line("  II-A1    20,421.18   4,165,752.40     0.00   Paid in full on this", 1)
    assert [t.text for t in ln.values] == ["20,421.18", "4,165,752.40", "0.00"] and ln.label == "II-A1"
    # whole numbers alone over words name columns; a phrase's numbers stand one blank apart
    for raw in ("Group          1          2          3          Total", "Loans 30 59 days past due"):
        assert not tokens.tokenize_line(raw, 1).values


COMMENTED = """STATEMENT TO CERTIFICATEHOLDERS
Distribution Date: 25-Oct-06

         Beginning                                           Ending
Class      Balance      Principal    Interest       Total        Balance   Comments
A-1   4,145,331.22   4,145,331.22   20,443.39  4,165,774.61         0.00   Paid in full on this
                                                                          Distribution Date
A-2  95,000,000.00   4,858,396.51  477,216.67  5,335,613.18  90,141,603.49   Receives remaining
                                                                            Group II principal
A-3  70,600,000.00           0.00  361,119.00    361,119.00  70,600,000.00
M-1  21,000,000.00           0.00  108,185.00    108,185.00  21,000,000.00
"""


def test_a_class_table_with_comments_wrapped_under_its_rows_reads_every_class():
    c = abs_nb.load_text(COMMENTED).classes
    assert list(c.index) == ["A-1", "A-2", "A-3", "M-1"]
    assert c.loc["A-1", "interest"] == 20_443.39 and c.loc["A-2", "ending_balance"] == 90_141_603.49


_BOXED = """\
      |  Pass-  |    Original    |   Beginning    |   Interest  |  Principal  |     Ending    |
Class | Through |  Certificate   |  Certificate   | Distribution| Distribution|  Certificate  |Grp
      |   Rate  |    Balance     |    Balance     |             |             |    Balance    |
-------------------------------------------------------------------------------------------------
A-1   |6.00000% | 112,400,000.00 |  96,117,452.31 |  480,587.26 |2,968,053.69 | 93,149,398.62 | 1
A-2   |6.50000% | 128,450,000.00 | 119,634,208.97 |  648,018.63 |2,476,688.99 |117,157,519.98 | 2
A-X   |6.00000% |  27,418,006.91N|  23,195,178.00N|  115,975.89 |        0.00 | 22,813,617.32N| IO
B-1   |6.47700% |  12,865,000.00 |  12,789,917.47 |   69,033.58 |   21,497.30 | 12,768,420.17 | Sub
-------------------------------------------------------------------------------------------------
Totals|         | 253,715,000.00 | 228,541,578.75 |1,313,615.36 |5,466,239.98 |223,075,338.77 |
=================================================================================================
 N  Notional balance; excluded from the totals.
"""


def test_every_bar_of_a_row_of_a_boxed_table_parts_its_cells_touching_their_text_or_not():
    lines = tokens.tokenize(_BOXED)
    assert [v.text for v in lines[4].values] == ["6.00000%", "112,400,000.00", "96,117,452.31", "480,587.26",
                                                 "2,968,053.69", "93,149,398.62", "1"]
    assert [t.text for t in lines[6].tokens][3] == "23,195,178.00N"  # the mark stays with its figure
    assert [v.text for v in lines[9].values][-2:] == ["5,466,239.98", "223,075,338.77"]
    # a lone line's bar touching a figure is no rule: nothing lines up with it
    assert [t.text for t in tokens.tokenize("Balance |1,000.00 | 2,000.00")[0].tokens][1] == "|1,000.00"


def test_a_boxed_class_table_whose_bars_touch_its_figures_is_read_whole():
    f = abs_nb.load_text("ACME TRUST 2006-7\nDistribution Date: 09/25/2006\n\n" + _BOXED)
    assert list(f.classes.index) == ["A-1", "A-2", "A-X", "B-1"]
    assert f.classes.loc["A-1", "principal"] == 2968053.69
    assert f.classes.loc["A-2", "ending_balance"] == 117157519.98
    assert f.classes.loc["A-X", "beginning_balance"] == 23195178.00  # its mark explained by the note
    assert f.classes.loc["B-1", "interest_rate"] == pytest.approx(0.06477)
    assert f.totals["ending_balance"] == 223075338.77
    marks = f.checks[f.checks.check == "footnote_mark"]
    assert len(marks) == 3 and set(marks.status) == {"repaired"}


def test_a_bar_between_two_header_words_parts_their_columns_however_close():
    line = tokens.tokenize("Class|Int Pd|Distribution|Cusip|\nA-1  |  1.00|        2.00|X    |\n")[0]
    assert [s[0] for s in line.column_segments()] == ["Class", "Int Pd", "Distribution", "Cusip"]
    # with no bar, words one blank apart are one column's
    assert [s[0] for s in tokens.tokenize("Int Pd Distribution")[0].column_segments()] == ["Int Pd Distribution"]


def test_a_dollar_sign_ruled_apart_from_a_count_is_the_next_figure_s():
    lines = tokens.tokenize("Foreclosures  |    2|$   521,315.94|\nBankruptcy    |    3|$   851,961.39|\n")
    assert [v.text for v in lines[0].values] == ["2", "521,315.94"]
    # one blank after a count, with no bar, the sign is a word of the label ("Group 1 $")
    assert tokens.tokenize_line("Group 1 $   521,315.94", 1).label == "Group 1 $"


def test_a_line_printer_s_exclamation_marks_rule_a_box_as_bars_do():
    lines = tokens.tokenize(" ! CLASS  !   BALANCE    ! RATE    !\n !--------!--------------!---------!\n"
                            " ! A-1    ! 57,118,322.41! 6.0400%!\n ! A-2    ! 28,500,000.00! 6.1400%!\n")
    assert [v.text for v in lines[2].values] == ["57,118,322.41", "6.0400%"]
    assert [s[0] for s in lines[0].column_segments()] == ["CLASS", "BALANCE", "RATE"]
    # an exclamation mark in words, nothing lined up with it, is the word's
    assert [t.text for t in tokens.tokenize("Note! see page 2")[0].tokens][0] == "Note!"


_RULED_TOTAL = ("ACME TRUST\nDistribution Date: 09/25/2006\n\n"
                "Class|Beginning|Principal|  Ending|\n"
                "-----+---------+---------+--------+\n"
                "A-1  |   117.00|    53.69|   63.31|\n"
                "A-2  |   200.00|    10.00|  190.00|\n"
                "B    |    50.00|     0.00|   50.00|\n"
                "=====+=========+=========+========+\n"
                "Total|   367.00|    63.69|  303.31|\n"
                "=====+=========+=========+========+\n")


@pytest.mark.parametrize("framed", [False, True])
def test_a_tight_box_s_total_between_its_rules_is_read(framed):
    text = _RULED_TOTAL
    if framed:  # a line printer's box: exclamation marks, each row framed, full rules
        rule = "!" + "-" * 35 + "!"
        text = "\n".join("!" + ln.replace("|", "!") if ln.endswith("|") else
                         rule if ln.endswith("+") else ln for ln in text.split("\n"))
    f = abs_nb.load_text(text)
    assert f.classes.loc["A-1", "principal"] == 53.69
    assert [f.totals[k] for k in ("beginning_balance", "principal", "ending_balance")] == [367.0, 63.69, 303.31]


@pytest.mark.parametrize("ref", ["4.02(3)", "4.02[3]", "4.02*"])
def test_a_marked_figure_after_a_reference_word_is_a_word_of_the_label_whatever_its_mark(ref):
    line = tokenize_line(f"Amounts paid per Section {ref}          1,234.50", 1)
    assert line.label == f"Amounts paid per Section {ref}" and [v.text for v in line.values] == ["1,234.50"]
