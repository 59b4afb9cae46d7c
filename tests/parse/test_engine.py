"""abs_nb.parse.engine: the walk; what it takes for a servicer's name."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import abs_nb

HEAD = "STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/15/2003\n\nDelinquency Information\n"


def test_names_over_delinquency_columns_are_servicers_words_of_a_header_are_not():
    # servicers come from group columns only where they add up to a Total beside them
    rows = ("                  Count      Balance       Count     Balance       Count     Balance\n"
            "30-59 Days           3     1,000.00           1      500.00           4    1,500.00\n"
            "Foreclosure          1       200.00           0        0.00           1      200.00\n")
    named = abs_nb.load_text(HEAD + "                  Fairbanks                 Long Beach                Total\n" + rows)
    assert named.meta["servicers"] == ["Fairbanks", "Long Beach"]
    # the same table under words every label of the vocabulary is made of: no servicer
    worded = abs_nb.load_text(HEAD + "                  Beginning Balance         Ending Principal          Total\n" + rows)
    assert worded.meta["servicers"] == []
    # names over columns with no Total to add up to name no one
    two = "".join(ln.rsplit("  ", 2)[0].rstrip() + "\n" for ln in rows.splitlines())
    alone = abs_nb.load_text(HEAD + "                  Fairbanks                 Long Beach\n" + two)
    assert alone.meta["servicers"] == []


def test_a_class_table_the_vocabulary_reads_goes_on_across_a_page_break():
    import abs_nb

    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nDISTRIBUTION SUMMARY\n\n"
            "Class     Beginning Balance     Principal      Interest   Ending Balance\n"
            "A-1           1,000,000.00     10,000.00      4,000.00       990,000.00\n"
            "A-2           2,000,000.00     20,000.00      8,000.00     1,980,000.00\n\n"
            "                     Page 1 of 2\n"
            "Some Bank, N.A.                Page 2 of 2\n"
            "DISTRIBUTION SUMMARY (continued)\n\n"
            "M-1             500,000.00          0.00      2,500.00       500,000.00\n"
            "Total         3,500,000.00     30,000.00     14,500.00     3,470,000.00\n")
    f = abs_nb.load_text(text)
    assert list(f.classes.index) == ["A-1", "A-2", "M-1"]
    assert f.classes.loc["M-1", "interest"] == 2_500.00
    assert f.totals["ending_balance"] == 3_470_000.00
    assert set(f.checks[f.checks.check == "total_row"].status) == {"pass"}  # one table, not a second one


def test_a_header_of_group_names_heads_a_pool_table_even_in_a_class_section():
    import abs_nb

    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nDISTRIBUTION SUMMARY\n\n"
            "Class     Beginning Balance     Principal   Ending Balance\n"
            "A-1           1,000,000.00     10,000.00       990,000.00\n"
            "A-2           2,000,000.00     20,000.00     1,980,000.00\n\n"
            "Mortgage Loan Information\n"
            "                                   Group 1        Group 2          Total\n"
            "Beginning Balance             1,100,000.00   2,200,000.00   3,300,000.00\n"
            "Ending Balance                1,090,000.00   2,180,000.00   3,270,000.00\n")
    f = abs_nb.load_text(text)
    assert f.collateral.loc["Group 2", "ending_balance"] == 2_180_000.00
    assert f.collateral.loc["Total", "beginning_balance"] == 3_300_000.00
    assert list(f.classes.index) == ["A-1", "A-2"] and f.unmapped.empty


def test_a_class_with_no_figure_inside_a_table_the_walk_reads_keeps_the_table_open():
    import abs_nb

    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nDISTRIBUTION SUMMARY\n\n"
            "Class   CUSIP        Beginning Balance     Principal   Ending Balance\n"
            "A-1     36819HPT8         1,000,000.00     10,000.00       990,000.00\n"
            "R       36819HQC4\n"
            "Total                     1,000,000.00     10,000.00       990,000.00\n\nSIGNATURES\n")
    f = abs_nb.load_text(text)
    assert list(f.classes.index) == ["A-1", "R"]
    assert f.classes.loc["R", "cusip"] == "36819HQC4" and f.totals["ending_balance"] == 990_000.00
    assert f.unmapped.empty


def test_a_pool_row_whose_figures_are_all_blank_keeps_its_table_going():
    # zeros printed as nothing: the row's words stand left of the first column, under no
    # header; the rows below it are still the table's
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/25/05\n\nPool Activity\n"
            "                                     Group 1     Group 2       Total\n"
            "Beginning Balance                 97,950,074 167,224,274 265,174,348\n"
            "Net Liq Proc.\n"
            "Principal Remittance Amount          605,481   1,055,451   1,660,932\n"
            "Ending Pool Balance               97,321,264 166,168,823 263,490,087\n")
    f = abs_nb.load_text(text)
    assert f.collateral.loc["Group 2", "ending_balance"] == 166_168_823
    assert f.collateral.loc["Total", "beginning_balance"] == 265_174_348


def test_a_table_under_loan_groups_is_no_class_table_even_in_a_per_1000_section():
    # the per-$1,000 heading still stands (the delinquency heading is one the vocabulary
    # lacks) and the header's last line names no measure the vocabulary knows ("#", "Amount"):
    # the columns stand under loan groups, so the rows are status rows, not classes
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/15/2003\n\n"
            "AMOUNTS PER $1,000 UNIT\n\nClass  Ending Balance\nA1      506.32516625\nA2      739.15680497\n\n"
            "DELINQUENT LOANS\n"
            "                        Group 1              Group 2                Total\n"
            "                              #      Amount        #      Amount      #      Amount\n"
            "  30-59 days delinq           3     600,000        1     100,000      4     700,000\n"
            "  60-89 days delinq           2     400,000        0           0      2     400,000\n"
            "  Foreclosures                1      50,000        2     250,000      3     300,000\n")
    f = abs_nb.load_text(text)
    d = f.delinquency.set_index(["group", "status"])
    assert d.loc[("Group 1", "30-59"), "count"] == 3
    assert d.loc[("Group 2", "foreclosure"), "balance"] == 250_000
    assert d.loc[("Total", "60-89"), "balance"] == 400_000
    assert not f.unmapped.label.str.contains("delinq").any()


def test_a_pool_figure_printed_per_loan_group_is_each_group_s():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nMortgage Loan Information\n"
            "                                   Group 1        Group 2          Total\n"
            "Beginning Balance             1,100,000.00   2,200,000.00   3,300,000.00\n"
            "Ending Balance                1,090,000.00   2,180,000.00   3,270,000.00\n"
            "Weighted Average Net Mortgage Rate  6.125%         7.250%         6.875%\n"
            "Servicing Fee                       458.33         916.67       1,375.00\n")
    f = abs_nb.load_text(text)
    assert abs(f.collateral.loc["Group 2", "net_wac"] - 0.0725) < 1e-12
    assert abs(f.collateral.loc["Total", "net_wac"] - 0.06875) < 1e-12
    assert f.collateral.loc["Group 1", "servicing_fee"] == 458.33
    assert f.unmapped.empty


def test_a_real_statement_s_per_group_net_rate_stands_in_the_collateral_table():
    from pathlib import Path

    import pytest
    path = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "037_cik1099391-2001he2-2001-11-servicing-cert-text.txt"
    if not path.exists():
        pytest.skip("../shared/corpus is not beside the checkout")
    f = abs_nb.load(path)
    # printed: "Weighted Average Net Loan Rate   6.61389%   6.44350%   8.25786%" under Group 1A, 1B, 2
    assert [round(f.collateral.loc[g, "net_wac"] * 100, 5) for g in ("Group 1A", "Group 1B", "Group 2")] == [
        6.61389, 6.44350, 8.25786]
    assert "Weighted Average Net Loan Rate" not in set(f.unmapped.label)


def test_a_label_alone_on_its_line_is_the_label_of_the_figure_in_the_next_paragraph_known_or_not():
    f = abs_nb.load_text("STATEMENT TO CERTIFICATEHOLDERS\n\nDelinquent Loans\n\n"
                         "30-59 days number of loans\n\n164\n\n"
                         "60-89 days principal balance of loan\n\n1,897,100.34\n\n"
                         "Skip-A-Pay Advances\n\n0.00\n")
    d = f.delinquency.set_index("status")
    assert (d.loc["30-59", "count"], d.loc["60-89", "balance"]) == (164, 1_897_100.34)
    # a label no reading knows still names its figure in unmapped
    assert [(u.label, tuple(u.values)) for u in f.unmapped.itertuples()] == [("Skip-A-Pay Advances", ("0.00",))]



def test_labelled_lines_of_one_figure_under_an_unknown_heading_are_no_class_table():
    # seed 630 of the generator: "LOAN POOL ROLLFORWARD" is no heading the vocabulary knows,
    # and the "TOTAL" above the pool's figures reads as a one-column class header. Lines of
    # words and one figure, no class among them, are left to the readers by structure, which
    # prove the pool's roll-forward (907,019,540 - 24,222,990 - 191,117 = 882,605,433)
    from tests.synthetic.evaluate import score
    from tests.synthetic.generate import generate

    doc = generate(630)
    assert doc.shape["rendering"] == "fixed" and "LOAN POOL ROLLFORWARD" in doc.text
    pool = Counter(o.verdict for o in score(doc) if o.key[0] == "collateral")
    assert pool == Counter(right=8), pool


def test_the_pieces_of_a_wrapped_header_are_no_servicers():
    # "Number of" and "% of Pool" over "Contracts" and "Balance" are a header wrapped over
    # two lines: no servicer's name (a name neither ends with "of" nor prints a "%")
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 09/17/2001\n\n"
            "DELINQUENT CONTRACTS\n\n"
            "                                 Number of      Principal      % of Pool\n"
            "                                 Contracts        Balance        Balance\n"
            "    31-59 days                         131    4,773,576.79          1.51%\n"
            "    60-89 days                          47    1,682,205.44          0.53%\n")
    f = abs_nb.load_text(text)
    assert f.meta["servicers"] == []


def test_a_class_label_wrapped_onto_a_line_of_its_own_keeps_the_class_table_going():
    # each class's type printed on the line below its figures, under the label column: the
    # rest of the row's label, not a header of another table
    rows = [("CLASS A-1", "100000000.00", "80000000.00", "5000000.00", "400000.00", "75000000.00", "SENIOR FLTR"),
            ("CLASS A-2", "50000000.00", "50000000.00", "0.00", "250000.00", "50000000.00", "SENIOR FIX"),
            ("CLASS M-1", "20000000.00", "20000000.00", "0.00", "110000.00", "20000000.00", "MEZZ FIX")]
    body = "".join(f"{c:<12}{o:>15}{b:>15}{p:>13}{i:>13}{e:>15}\n{d}\n" for c, o, b, p, i, e, d in rows)
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/25/05\n\nDISTRIBUTION IN DOLLARS\n"
            "                  ORIGINAL           BEG                                   END\n"
            "                      FACE          PRIN          PRIN           INT          PRIN\n"
            "CLASS               AMOUNT           BAL          DIST          DIST           BAL\n"
            + body + f"{'TOTALS':<12}{'170000000.00':>15}{'150000000.00':>15}{'5000000.00':>13}{'760000.00':>13}"
            f"{'145000000.00':>15}\n")
    f = abs_nb.load_text(text)
    assert list(f.classes.index) == ["A-1", "A-2", "M-1"]
    assert f.classes.loc["M-1", "interest"] == 110_000.00
    assert f.classes.loc["A-1", "ending_balance"] == 75_000_000.00
    assert f.totals["principal"] == 5_000_000.00
    assert f.unmapped.empty


def test_a_heading_naming_a_loan_group_opens_that_group_s_block_of_pool_lines():
    # the pool printed as a block per group, each under a heading naming it: its lines are
    # that group's; a deal figure in a group's block is no deal's (the Total block's is)
    def block(heading, beg, sched, prepaid, loss, end, oc):
        return (f"{heading}\n{'-' * len(heading)}\n"
                f"Beginning Aggregate Loan Balance ......   {beg:>14}\n"
                f"Scheduled Principal ...................   {sched:>14}\n"
                f"Prepayments in Full ...................   {prepaid:>14}\n"
                f"Realized Losses .......................   {loss:>14}\n"
                f"Ending Aggregate Loan Balance .........   {end:>14}\n"
                f"Required Overcollateralization Amt ....   {oc:>14}\n\n")
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 09/25/2001\n\n"
            + block("GROUP I COLLATERAL (FIXED RATE LOANS)", "255,526,750.63", "286,135.74", "4,369,507.46",
                    "40,053.07", "250,831,054.36", "10,075,133.85")
            + block("GROUP II COLLATERAL (ADJUSTABLE RATE LOANS)", "150,582,105.62", "91,934.93", "3,553,737.68",
                    "33,265.19", "146,903,167.82", "5,700,415.37")
            + block("TOTAL POOL (GROUP I AND GROUP II)", "406,108,856.25", "378,070.67", "7,923,245.14",
                    "73,318.26", "397,734,222.18", "15,775,549.22"))
    f = abs_nb.load_text(text)
    c = f.collateral
    assert c.loc["Group 1", "scheduled_principal"] == 286_135.74
    assert c.loc["Group 2", "beginning_balance"] == 150_582_105.62
    assert c.loc["Total", "ending_balance"] == 397_734_222.18
    assert f.deal["oc_target"] == 15_775_549.22
    assert f.checks[f.checks.check == "duplicate_value"].empty


def test_whole_numbers_under_an_amounts_words_among_amounts_in_cents_are_a_count_and_stay_unread():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 06/26/2006\n\nCOLLATERAL\n"
            "                                  Group 1         Group 2           Total\n"
            "Beginning Balance           1,000,000.00    2,000,000.00    3,000,000.00\n"
            "Loan Purchases                 48,275.19            0.00       48,275.19\n"
            "Repurchased Loans                      1               0               1\n")
    f = abs_nb.load_text(text)
    assert f.collateral.loc["Total", "loan_purchases"] == 48_275.19
    row = f.unmapped.set_index("line").loc[8]
    assert list(row["values"]) == ["1", "0", "1"] and "count" in row["reason"]


def test_a_groups_block_goes_on_through_sub_headings_indented_under_its_heading():
    def block(name: str, beg: str, sched: str, prep: str, end: str) -> str:
        return (f"{name}\n{'-' * 40}\n  Principal Summary\n"
                f"    Scheduled Principal ..................... {sched:>16}\n"
                f"    Prepayments in Full ..................... {prep:>16}\n"
                f"  Pool Balance Summary\n"
                f"    Beginning Pool Balance .................. {beg:>16}\n"
                f"    Ending Pool Balance ..................... {end:>16}\n\n")
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/25/2004\n\nCash Reconciliation Summary\n\n"
            + block("Group I", "1,000,000.00", "10,000.00", "40,000.00", "950,000.00")
            + block("Group II", "2,000,000.00", "20,000.00", "80,000.00", "1,900,000.00")
            + block("Total Pool", "3,000,000.00", "30,000.00", "120,000.00", "2,850,000.00"))
    c = abs_nb.load_text(text).collateral
    assert c.loc["Group 1", "scheduled_principal"] == 10_000.00 and c.loc["Group 2", "ending_balance"] == 1_900_000.00
    assert c.loc["Total", "beginning_balance"] == 3_000_000.00


def test_a_footnote_mark_after_a_class_name_stays_in_its_label_not_a_figure():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 05/15/2003\n\nDISTRIBUTION SUMMARY\n"
            "Class        CUSIP          Beginning Balance     Principal      Ending Balance\n"
            "A-1          67390DJK5          1,000,000.00     100,000.00          900,000.00\n"
            "M-2 (3)      67390DGE2            500,000.00           0.00          500,000.00\n"
            "B-1**        67390DZK7            250,000.00      10,000.00          240,000.00\n")
    c = abs_nb.load_text(text).classes
    assert list(c.index) == ["A-1", "M-2", "B-1"]
    assert c.loc["M-2", "cusip"] == "67390DGE2" and c.loc["B-1", "ending_balance"] == 240_000.00


def test_a_sentence_naming_a_page_between_two_class_tables_is_no_page_break():
    # "(see page 4)" in a note under the amounts' table: the per-$1,000 table below it is a
    # table of its own, not more rows of the amounts' (which would then hold no row at all)
    text = "\n".join([
        "                    DISTRIBUTION SUMMARY",
        " CLASS     ORIGINAL FACE   BEGINNING BAL.     PRINCIPAL      INTEREST   ENDING BAL.",
        " A-1       10,000,000.00     8,000,000.00    500,000.00     40,000.00  7,500,000.00",
        " A-2        5,000,000.00     5,000,000.00          0.00     27,500.00  5,000,000.00",
        "",
        "   Class R receives the excess spread (see page 4).",
        "",
        "            AMOUNTS PER $1,000 ORIGINAL FACE VALUE",
        " CLASS            PRINCIPAL        INTEREST          ENDING",
        " A-1            50.00000000      4.00000000    750.00000000",
        " A-2             0.00000000      5.50000000   1000.00000000",
        "",
    ])
    f = abs_nb.load_text(text)
    assert list(f.classes.principal) == [500_000, 0]
    assert list(f.classes.principal_per_1000) == [50, 0]
    assert list(f.classes.ending_balance_per_1000) == [750, 1000]


def test_a_blank_line_between_senior_and_subordinate_classes_does_not_end_the_table():
    rows = [
        " Class    Original Bal   Beginning Bal     Principal      Interest    Ending Bal",
        " A-1     10,000,000.00    8,000,000.00    500,000.00     40,000.00  7,500,000.00",
        " A-2      5,000,000.00    5,000,000.00          0.00     27,500.00  5,000,000.00",
        "",
        " M-1      2,000,000.00    2,000,000.00          0.00     12,000.00  2,000,000.00",
        " M-2      1,000,000.00    1,000,000.00          0.00      6,500.00  1,000,000.00",
        " Total   18,000,000.00   16,000,000.00    500,000.00     86,000.00 15,500,000.00",
        "",
    ]
    for heading in ("PAYMENTS TO HOLDERS", "DISTRIBUTION SUMMARY"):  # a heading none knows, or one known
        f = abs_nb.load_text("\n".join([heading, "", *rows]))
        assert list(f.classes.index) == ["A-1", "A-2", "M-1", "M-2"], heading
        assert list(f.classes.interest) == [40_000, 27_500, 12_000, 6_500], heading
        assert f.totals.ending_balance == 15_500_000, heading
    # the same classes printed again below a blank line are another table, never more rows
    again = rows[:3] + ["", *rows[1:3], ""]
    f = abs_nb.load_text("\n".join(["DISTRIBUTION SUMMARY", "", *again]))
    assert list(f.classes.index) == ["A-1", "A-2"]


def test_a_cover_s_signatures_before_the_statement_do_not_end_it():
    # an 8-K's cover signed before its exhibit: the report's closing section is the one
    # after the figures, not the cover's
    text = "\n".join([
        "FORM 8-K",
        "Item 7. Financial Statements and Exhibits: Exhibit 99.1 Monthly Statement.",
        "",
        "SIGNATURES",
        "Pursuant to the requirements of the Securities Exchange Act of 1934 the registrant has",
        "duly caused this report to be signed.   By: /s/ J. Smith, Vice President",
        "",
        "EXHIBIT 99.1   Distribution Date: 26-Nov-1999",
        "CERTIFICATEHOLDER DISTRIBUTION SUMMARY",
        " Class        Beginning Balance     Principal      Interest    Ending Balance",
        " A-1            1,000,000.00       100,000.00      5,000.00       900,000.00",
        " A-2            2,000,000.00             0.00     11,000.00     2,000,000.00",
        "",
    ])
    f = abs_nb.load_text(text)
    assert list(f.classes.ending_balance) == [900_000, 2_000_000]


def test_an_html_header_cell_spanning_columns_named_one_by_one_below_it():
    # "Current Period" over three columns (colspan=3), the row below naming each: every one
    # a column of its own, not the names run together into one
    def row(*cells: str) -> str:
        return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"

    html = "".join([
        "<html><body><p>Certificateholder Distribution Summary</p><table>",
        "<tr><td>Class</td><td>Beginning Balance</td><td colspan=3>Current Period</td><td>Ending Balance</td>"
        "<td>Total Distribution</td></tr>",
        row("", "", "Interest Distribution", "Principal Distribution", "Current Realized Loss", "", ""),
        row("A-1", "1,000,000.00", "4,000.00", "100,000.00", "0.00", "900,000.00", "104,000.00"),
        row("A-2", "2,000,000.00", "8,000.00", "0.00", "0.00", "2,000,000.00", "8,000.00"),
        "</table></body></html>",
    ])
    c = abs_nb.load_text(html).classes
    assert list(c.interest) == [4_000, 8_000]
    assert list(c.principal) == [100_000, 0]
    assert list(c.ending_balance) == [900_000, 2_000_000]


def test_a_new_table_s_header_after_a_page_break_ends_the_table_above():
    # the interest detail on the next page, its own header over its columns: its rows are
    # no more rows of the distribution summary (whose classes they repeat)
    text = "\n".join([
        "DISTRIBUTION SUMMARY",
        " Class     Beginning Balance      Principal      Interest     Ending Balance",
        " A-1          1,000,000.00       100,000.00      4,000.00        900,000.00",
        " A-2          2,000,000.00             0.00      8,000.00      2,000,000.00",
        "",
        "                                                             Page 1 of 2",
        "\f Trust 2006-HE2                                                Page 2 of 2",
        "                         Interest Distribution Detail",
        " Class     Accrued Interest    Interest Shortfall    Interest Distribution    Unpaid Shortfall",
        " A-1               4,712.81                712.81                 4,000.00                0.00",
        " A-2               8,387.53                387.53                 8,000.00                0.00",
        "",
    ])
    c = abs_nb.load_text(text).classes
    assert list(c.index) == ["A-1", "A-2"]
    assert list(c.interest) == [4_000, 8_000] and list(c.ending_balance) == [900_000, 2_000_000]
    # the second table's rows are not the first's again (its figures under other columns):
    # a figure both tables print (the interest) agrees, none other is read twice
    checks = abs_nb.load_text(text).checks
    assert set(checks[checks.check == "duplicate_value"].status) <= {"pass"}


def test_words_over_a_delinquency_table_s_columns_name_servicers_only_where_they_add_up_to_a_total():
    head = ["DELINQUENCY", "", "                  {a:>14}        {b:>14}          Total",
            "                Count     Balance    Count     Balance    Count     Balance"]
    rows = ["30-59 Days         3    1,000.00        4    2,000.00        7    3,000.00",
            "60-89 Days         1      500.00        2      800.00        3    1,300.00", ""]
    f = abs_nb.load_text("\n".join([h.format(a="Fairbanks", b="Long Beach") for h in head] + rows))
    assert f.meta.servicers == ["Fairbanks", "Long Beach"]
    # the same words over columns that do not add up to the Total name no one
    rows[0] = rows[0].replace("3,000.00", "3,100.00")
    f = abs_nb.load_text("\n".join([h.format(a="Accrual", b="Accrued") for h in head] + rows))
    assert f.meta.servicers == []


def test_a_pool_line_numbered_as_an_item_is_named_by_its_words():
    text = "\n".join([
        "DISTRIBUTION SUMMARY",
        " Class     Beginning Balance      Principal      Interest     Ending Balance",
        " A-1          1,000,000.00       100,000.00      4,000.00        900,000.00",
        " A-2          2,000,000.00             0.00      8,000.00      2,000,000.00",
        "",
        "II. THE POOL",
        " 1.  Scheduled Principal .............................          75,000.00",
        " 2.  (a) Curtailments ................................           5,000.00",
        "",
    ])
    c = abs_nb.load_text(text).collateral
    assert (c.loc["Total", "scheduled_principal"], c.loc["Total", "curtailments"]) == (75_000, 5_000)


def test_a_deal_amount_printed_by_loan_group_under_the_pools_columns_is_the_deals_and_the_groups():
    import abs_nb

    rows = [("Beginning Balance", "270,031,562.48", "421,702,335.71", "691,733,898.19"),
            ("Ending Balance", "262,716,426.71", "412,087,954.52", "674,804,381.23"),
            ("Cumulative Realized Losses", "31,906.42", "125,358.26", "157,264.68"),
            ("Current P&I Advances", "1,143,040.90", "1,723,326.34", "2,866,367.24"),
            ("Credit Enhancement Percentage", "21.10%", "19.40%", "20.06%")]
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 25-Oct-04\n\nCOLLATERAL STATEMENT\n"
            + f"{'':<36}{'Group 1':>18}{'Group 2':>18}{'Total':>18}\n"
            + "".join(f"{a:<36}{b:>18}{c:>18}{d:>18}\n" for a, b, c, d in rows))
    f = abs_nb.load_text(text)
    assert f.deal["cumulative_realized_losses"] == 157_264.68
    assert f.collateral["cumulative_realized_losses"].tolist() == [31_906.42, 125_358.26, 157_264.68]
    sums = f.checks[f.checks.check == "group_sum"].set_index("subject")
    assert sums.loc["collateral cumulative_realized_losses", "status"] == "pass"
    # a rate printed by group is no sum of its groups: not read so, listed
    assert "credit_enhancement" not in f.collateral.columns
    assert 10 in set(f.unmapped.line)
    # a pool figure printed by group is the pool's, its Total the deal's too (one printed figure)
    fee = text.replace("Current P&I Advances", "Servicing Fee")
    f = abs_nb.load_text(fee)
    assert f.collateral["servicing_fee"].tolist() == [1_143_040.90, 1_723_326.34, 2_866_367.24]
    assert f.deal["servicing_fee"] == 2_866_367.24
    assert f.source_of("deal", "deal", "servicing_fee") == f.source_of("collateral", "Total", "servicing_fee")


def test_a_status_beside_other_statuses_heads_columns_not_the_rows_below():
    # the second half of a table of statuses across: "Foreclosure" alone is a heading, but
    # printed beside "REO" and "Bankruptcy" it heads a pair of columns as they do
    half = ("                     Foreclosure                   REO                    Bankruptcy\n"
            "                 Count           Balance   Count           Balance   Count           Balance\n"
            "  Group I            9      1,298,060.10       1        217,667.44       7      1,133,212.81\n"
            "  Group II          14      2,819,141.55       2        488,064.66       9      1,620,561.60\n"
            "  Total             23      4,117,201.65       3        705,732.10      16      2,753,774.41\n")
    f = abs_nb.load_text("STATEMENT TO CERTIFICATEHOLDERS\n\n  DELINQUENCY INFORMATION\n\n" + half)
    got = {(r.group, r.status): (r.count, r.balance) for r in f.delinquency.itertuples()}
    assert got == {
        ("Group 1", "foreclosure"): (9, 1298060.10), ("Group 1", "reo"): (1, 217667.44),
        ("Group 1", "bankruptcy"): (7, 1133212.81), ("Group 2", "foreclosure"): (14, 2819141.55),
        ("Group 2", "reo"): (2, 488064.66), ("Group 2", "bankruptcy"): (9, 1620561.60),
        ("Total", "foreclosure"): (23, 4117201.65), ("Total", "reo"): (3, 705732.10),
        ("Total", "bankruptcy"): (16, 2753774.41)}


def test_a_pool_rate_in_a_loan_group_s_block_of_lines_is_that_group_s():
    block = ("GROUP {n}\n--------------------------------------\n"
             "  BEG BAL                     {beg}\n"
             "  END BAL                     {end}\n"
             "  WTD AVG CPN                      {wac}\n"
             "  WTD AVG NET CPN                  {net}\n\n")
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nCOLLATERAL\n\n"
            + block.format(n=1, beg="429,118,775.41", end="418,784,110.20", wac="7.1834%", net="6.6709%")
            + block.format(n=2, beg="241,806,332.90", end="236,055,860.17", wac="7.0219%", net="6.5094%"))
    f = abs_nb.load_text(text)
    assert abs(f.collateral.loc["Group 1", "wac"] - 0.071834) < 1e-12
    assert abs(f.collateral.loc["Group 2", "net_wac"] - 0.065094) < 1e-12
    # no group's rate is the deal's
    assert "wac" not in f.deal.dropna()


def test_a_caption_under_the_header_s_rule_names_no_column():
    # "GROUP I SENIOR CERTIFICATES" under the rule names the rows below: the first columns
    # keep their own names (CLASS, CUSIP) and the table is read
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nDISTRIBUTION SUMMARY\n"
            "                     PASS-THRU      BEGINNING                                     ENDING\n"
            "CLASS     CUSIP           RATE  PRINCIPAL BAL      PRINCIPAL      INTEREST   PRINCIPAL BAL\n"
            "--------  ---------  ---------  -------------  -------------  ------------  --------------\n"
            "GROUP I SENIOR CERTIFICATES\n"
            "IA-1      51206QAA5   7.32000%  56,371,625.88   2,587,812.88    343,866.92   53,783,813.00\n"
            "IA-2      51206QAB3   7.61000%  38,000,000.00           0.00    240,983.33   38,000,000.00\n")
    f = abs_nb.load_text(text)
    assert f.classes.loc["IA-1", "cusip"] == "51206QAA5" and f.classes.loc["IA-2", "interest_rate"] == 0.0761
    assert not f.checks[(f.checks.check == "column_role") & (f.checks.status != "pass")].subject.str.contains(
        "SENIOR").any()


def test_a_heading_printed_again_as_continued_is_that_heading_no_column_s_name():
    # a class table broken by a page, its heading printed again "(CONTINUED)" right over its
    # header: the heading names no column (CLASS, CUSIP and RATE keep their own names)
    doc = next((Path(__file__).resolve().parents[1] / "handwritten").glob("o3_*.txt")).read_text()
    text = "\n".join(doc.splitlines()[:42]) + "\n"
    assert "DISTRIBUTION SUMMARY (CONTINUED)" in text
    f = abs_nb.load_text(text)
    assert f.classes.loc["IIIA-1", "cusip"] == "51206QAE7" and f.classes.loc["IIIA-1", "interest_rate"] == 0.0689
    assert not f.checks[f.checks.check == "column_role"].subject.str.contains("CONTINUED").any()


def test_words_above_a_rule_drawn_across_the_header_are_a_title_s_no_column_s():
    # the caption's note at the right ("AMOUNTS IN U.S. DOLLARS") stands over the last
    # column, a rule drawn across the header between: it names no column
    from abs_nb.parse.engine import walk

    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 11/25/2002\n\n"
            "   DISTRIBUTION SUMMARY                                                 AMOUNTS IN U.S. DOLLARS\n"
            "------------------------------------------------------------------------------------------\n"
            "                 BEGINNING       INTEREST      PRINCIPAL          TOTAL          ENDING\n"
            "CLASS         CERT BALANCE    DISTRIBUTED    DISTRIBUTED    DISTRIBUTED    CERT BALANCE\n"
            "-----       --------------   ------------   ------------   ------------   -------------\n"
            "A-1         256,075,873.86     453,480.08   6,709,645.54   7,163,125.62  249,366,228.32\n"
            "A-2         160,219,772.03     287,862.26   4,471,794.95   4,759,657.21  155,747,977.08\n"
            "M-1          33,000,000.00      71,204.92           0.00      71,204.92   33,000,000.00\n")
    names = [c.printed for b in walk(text).class_blocks for c in b.columns]
    assert names[-1] == "ENDING CERT BALANCE"
    assert not any("AMOUNTS" in n for n in names)


def test_a_class_table_goes_on_past_titles_of_its_rows():
    head = ("MONTHLY STATEMENT TO CERTIFICATEHOLDERS\n\n"
            "                      Pass-        Original       Beginning      Principal      Interest"
            "          Total   Realized          Ending\n"
            "Class   CUSIP       Through            Face       Principal   Distribution  Distribution"
            "   Distribution       Loss       Principal\n"
            "                       Rate           Value         Balance                              "
            "                                  Balance\n" + "-" * 132 + "\n")
    rows = ["1-A     13088TAA2   5.09875  200,000,000.00   66,004,518.22   3,516,041.04    271,102.10"
            "   3,787,143.14       0.00   62,488,477.18",
            "2-A-1   13088TAB0   4.93875  165,000,000.00    3,912,004.87   3,912,004.87     15,563.67"
            "   3,927,568.54       0.00            0.00",
            "2-A-2   13088TAC8   5.11875   75,000,000.00   75,000,000.00     553,162.82    309,257.81"
            "     862,420.63       0.00   74,446,837.18",
            "M-1     13088TAG9   5.36875   56,000,000.00   56,000,000.00           0.00    242,190.28"
            "     242,190.28       0.00   56,000,000.00"]
    body = (" Group 1 Senior Certificates\n" + rows[0] + "\n Group 2 Senior Certificates\n" + rows[1] + "\n"
            + rows[2] + "\n Subordinate Certificates\n" + rows[3] + "\n" + "-" * 132 + "\n"
            "TOTAL                        496,000,000.00  200,916,523.09   7,981,208.73    838,113.86"
            "   8,819,322.59       0.00  192,935,314.36\n")
    f = abs_nb.load_text(head + body)
    assert list(f.classes.index) == ["1-A", "2-A-1", "2-A-2", "M-1"]
    assert f.classes.loc["M-1", "ending_balance"] == 56_000_000.00
    assert f.totals["ending_balance"] == 192_935_314.36
    assert not any("Certificates" in str(x) for x in f.unmapped.label)


def test_a_cover_s_signatures_before_a_statement_with_no_class_row_down_are_no_end():
    # the exhibit prints its notes across (no row starts with a class): its rows of figures
    # below the cover's signatures are the statement's
    from .test_class_across import _notes_across

    cover = ("FORM 10-D\n\nItem 1.  Distribution and Pool Performance Information\n\n"
             "SIGNATURE\nPenrose Auto Receivables Funding LLC, as Depositor\n"
             "By: /s/ Howard J. Bellweather, Treasurer          Date: March 23, 2007\n\nEX-99.1\n\n")
    exhibit = _notes_across(False, "-" * 94 + "\n").replace("STATEMENT TO NOTEHOLDERS", "MONTHLY SERVICER REPORT")
    f = abs_nb.load_text(cover + exhibit)
    assert f.classes.loc["A-1", "ending_balance"] == 38_540_139.64


# a section's heading on the line of the group names, the groups' captions below them, and
# items numbered "( 1)" to "(12)", a blank padding the short marks
SECTION_BESIDE_GROUPS = (
    "MONTHLY SERVICER REPORT\n\n"
    "PART A.  MORTGAGE LOAN ACTIVITY                      GROUP I         GROUP II              TOTAL\n"
    "                                                (Fixed Rate)     (Adjustable)\n"
    "                                              --------------  ---------------   ----------------\n"
    "( 1) Beginning Aggregate Principal Balance    142,377,019.84    96,214,887.12     238,591,906.96\n"
    "( 2) Scheduled Principal                          118,344.20        47,101.66         165,445.86\n"
    "( 3) Principal Prepayments in Full              2,946,210.57     2,377,560.91       5,323,771.48\n"
    "( 4) Realized Losses                               61,203.44             0.00          61,203.44\n"
    "( 5) Ending Aggregate Principal Balance       139,251,261.63    93,790,224.55     233,041,486.18\n"
    "( 6) Weighted Average Mortgage Rate                  10.412%           9.877%            10.197%\n"
    "( 7) Number of Loans Liquidated                            3                1                  4\n")


def test_a_sections_heading_on_the_line_of_the_group_names_names_no_column():
    c = abs_nb.load_text(SECTION_BESIDE_GROUPS).collateral
    assert list(c.index) == ["Group 1", "Group 2", "Total"]  # (not the captions below the names)
    assert c.loc["Group 1", "beginning_balance"] == 142_377_019.84
    assert c.loc["Group 2", "scheduled_principal"] == 47_101.66  # "( 2)": an item's mark
    assert c.loc["Group 1", "ending_balance"] == 139_251_261.63
    assert c.loc["Total", "wac"] == 0.10197
    assert abs_nb.load_text(SECTION_BESIDE_GROUPS).deal["liquidated_loans"] == 4  # the Total's (walk's layout)


def test_a_figure_left_of_every_column_of_a_table_by_group_is_an_aside_of_its_label():
    text = ("COLLATERAL INFORMATION\n"
            "                                        GROUP 1          GROUP 2            TOTAL\n"
            "BEGINNING BALANCE                211,774,310.58   160,118,902.36   371,893,212.94\n"
            "SERVICING FEE (0.25%)                 44,119.65        33,358.10        77,477.75\n")
    f = abs_nb.load_text(text)
    assert f.collateral["servicing_fee"].to_dict() == {"Group 1": 44_119.65, "Group 2": 33_358.10, "Total": 77_477.75}


def test_statuses_over_columns_in_an_open_per_1000_section_are_no_class_table():
    # a hand-written 10-D: its factor table's section still open over a delinquency table of
    # statuses across, each group's Count, Balance and % of Bal down
    path = next((Path(__file__).resolve().parents[1] / "handwritten").glob("wd1_*.txt"))
    d = abs_nb.load(path).delinquency.set_index(["group", "status"])
    assert tuple(d.loc[("Group 1", "30-59"), ["count", "balance"]]) == (41, 6_812_004.51)
    assert tuple(d.loc[("Total", "reo"), ["count", "balance"]]) == (6, 1_114_424.27)
