"""The headings of loan groups' blocks (abs_nb.parse.group_headings)."""

from __future__ import annotations

import abs_nb
from abs_nb.parse.group_headings import block_heading, group_of, heading_group, table_title
from abs_nb.parse.tokens import tokenize, tokenize_line


def test_a_section_s_number_apart_before_a_group_s_heading_is_part_of_the_heading():
    assert heading_group("II.  GROUP I MORTGAGE LOANS") == "Group 1"
    assert block_heading([tokenize_line("III.  GROUP II MORTGAGE LOANS", 1)]) == "Group 2"
    # two headings side by side are no one group's
    assert block_heading([tokenize_line("GROUP I LOANS     GROUP II LOANS", 1)]) is None


def test_a_caption_s_number_before_a_group_s_heading_is_part_of_the_heading():
    assert heading_group("TABLE 4. GROUP 1 LOANS (30-YEAR FIXED RATE)") == "Group 1"
    assert heading_group("Section 3.2  Group II Collateral") == "Group 2"
    assert heading_group("Table 4. Available Funds") == ""
    # a section's number in a label ("Section 32" loans, a statute's) is no caption's mark
    assert heading_group("Section 32 Loan Count") == ""


def test_a_group_s_title_a_dash_and_its_subtitle_are_one_heading():
    assert block_heading([tokenize_line("LOAN GROUP II -- Conforming Adjustable Rate", 1)]) == "Group 2"
    # two groups either side of a dash, or none before it: no one group's heading
    assert block_heading([tokenize_line("Group I -- Group II", 1)]) is None
    assert block_heading([tokenize_line("Delinquent Loans -- Fixed Rate", 1)]) is None


HEADED = tokenize("  TABLE 5. GROUP 2 LOANS\n  +--------------------+-------+\n  | Collateral Activity | Amount |\n"
                  "  +--------------------+-------+\n  | Beginning Balance  |  5.00 |\n")


def test_a_title_over_a_table_s_header_at_its_left_edge_names_the_table_s_group():
    assert table_title(HEADED[:4], HEADED[4]) == "Group 2"
    # standing alone it is no heading of a block: a header of columns is under it
    assert block_heading(HEADED[:4]) is None


def test_a_group_s_name_centred_over_columns_of_figures_titles_no_table():
    # the rows' labels stand left of it: it names the columns under it, not the table
    run = tokenize("                   GROUP 1\n                    Count         Balance\n"
                   "30-59 days delinq    78         10,839,303\n")
    assert table_title(run[:2], run[2]) is None


def test_a_table_headed_by_its_group_is_read_as_the_group_s():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 25-Jun-07\n\n")
    for g, (b, p, e) in {"1": ("1,000,000.00", "100,000.00", "900,000.00"),
                         "2": ("2,000,000.00", "300,000.00", "1,700,000.00")}.items():
        text += (f"TABLE {int(g) + 3}. GROUP {g} LOANS\n"
                 "Collateral Activity                    Amount\n"
                 f"Beginning Scheduled Balance      {b:>14}\n"
                 f"Principal Prepayments            {p:>14}\n"
                 f"Ending Scheduled Balance         {e:>14}\n\n")
    c = abs_nb.load_text(text).collateral
    assert c.loc["Group 1", "ending_balance"] == 900_000.00 and c.loc["Group 2", "ending_balance"] == 1_700_000.00
    # a title heads its table, not what follows the blank line below it (here a table whose
    # title stands over its columns, then a deal's line): the deal's
    f = abs_nb.load_text(text + "                           Total\n                      Count       Balance\n"
                         "30-59 days delinq        7     1,234,567\n60-89 days delinq        2       345,678\n\n"
                         "Ending O/C Amount                   10,184,574\n")
    assert f.deal["oc_amount"] == 10_184_574 and "oc_amount" not in f.collateral.columns
    # rows double-spaced under a title: the blank lines between them end no table
    spaced = text.replace("\nPrincipal Prepayments", "\n\nPrincipal Prepayments").replace(
        "\nEnding Scheduled", "\n\nEnding Scheduled")
    c = abs_nb.load_text(spaced).collateral
    assert c.loc["Group 1", "ending_balance"] == 900_000.00 and c.loc["Group 2", "ending_balance"] == 1_700_000.00


def test_a_group_named_in_the_header_s_cell_over_the_rows_labels_titles_the_table():
    run = tokenize("  GROUP 1                      #           Amount\n"
                   "  Beginning Principal Balance  1,688   271,884,190.42\n")
    assert table_title(run[:1], run[1]) == "Group 1"
    # groups named over columns of figures head columns, not a table
    run = tokenize("                       Group 1        Group 2\nBeginning Balance     1,000.00       2,000.00\n")
    assert table_title(run[:1], run[1]) is None


def test_a_title_naming_no_group_leaves_the_group_s_block_open():
    # "Delinquency Summary" over its header, inside GROUP 1's section: still group 1's table
    run = tokenize("Delinquency Summary\nStatus              Count          Balance\n30-59 Days              5       100,000.00\n")
    assert table_title(run[:2], run[2]) is None


def test_the_total_of_all_of_what_the_columns_are_is_the_total():
    assert group_of("TOTAL ALL SERVICERS") == "Total"
    assert group_of("Total All Loans") == "Total"
    # "all" must follow the Total's word, and name something
    assert group_of("Total Alliance") is None and group_of("Total All") is None
    assert group_of("Total All 30-59") is None  # the Total of a status, no group


def test_delinquency_by_servicer_with_a_column_of_all_servicers_reads_that_column_as_the_total():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 07/25/2006\n\n"
            "DELINQUENCY STATUS BY SERVICER\n"
            "                        ALDERWOOD LOAN SVCG          BRIMLEY MORTGAGE SVCG         TOTAL ALL SERVICERS\n"
            "  Status                #   Principal Balance        #   Principal Balance        #   Principal Balance\n"
            "  30 - 59 Days         41        7,118,402.33       17        3,419,006.12       58       10,537,408.45\n"
            "  60 - 89 Days          6        1,002,118.60        2          518,223.40        8        1,520,342.00\n"
            "  Foreclosure           0                0.00        1          164,877.21        1          164,877.21\n")
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert tuple(d.loc[("Total", "30-59"), ["count", "balance"]]) == (58, 10_537_408.45)
    assert tuple(d.loc[("Total", "foreclosure"), ["count", "balance"]]) == (1, 164_877.21)
    assert "TOTAL ALL SERVICERS" not in set(d.index.get_level_values("group"))
