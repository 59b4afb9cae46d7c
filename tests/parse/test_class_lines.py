"""abs_nb.parse.class_lines: lines naming a class and one of its columns."""

from __future__ import annotations

import abs_nb

FACTORS = ("STATEMENT TO CERTIFICATEHOLDERS\n\nI. DISTRIBUTION SUMMARY\n\n"
           "Class      Original Balance   Beginning Balance    Principal     Interest    Ending Balance\n"
           "AF-1        50,000,000.00      42,774,518.11     1,764,742.87   250,943.34    41,009,775.24\n"
           "AF-2        30,000,000.00      30,000,000.00             0.00   179,500.00    30,000,000.00\n\n"
           "III.  AMOUNTS PER $1,000 OF ORIGINAL PRINCIPAL AMOUNT\n\n"
           "    Class AF-1 Principal Distribution .......................... 35.29485743\n"
           "    Class AF-1 Interest Distribution ............................ 5.01886686\n\n"
           "    Class AF-2 Principal Distribution ........................... 0.00000000\n"
           "    Class AF-2 Interest Distribution ............................ 5.98333333\n")


def test_a_line_naming_a_class_and_a_column_under_a_per_1000_heading_is_its_per_1000_figure():
    f = abs_nb.load_text(FACTORS)
    c = f.classes
    assert (c.loc["AF-1", "principal_per_1000"], c.loc["AF-2", "interest_per_1000"]) == (35.29485743, 5.98333333)
    # 1,764,742.87 / 50,000,000 x 1000 = 35.2948574: the per-$1,000 checks hold on the lines read
    per = f.checks[f.checks.check == "per_1000"].set_index("subject")
    assert per.loc["principal_per_1000", "status"] == "pass" and per.loc["interest_per_1000", "status"] == "pass"
    assert "2 of 2" in per.loc["principal_per_1000", "detail"]


def test_a_line_naming_no_column_of_the_class_table_stays_unread():
    f = abs_nb.load_text(FACTORS.replace("Class AF-2 Interest Distribution", "Class AF-2 Insurer Premium"))
    assert "Class AF-2 Insurer Premium" in {u.rstrip(". ") for u in f.unmapped.label}


def test_a_line_naming_a_class_no_table_read_stays_unread():
    # nothing tests a lone line's figure: Class C, which the table does not print, is left listed
    f = abs_nb.load_text(FACTORS + "    Class C Principal Distribution ............................ 1.00000000\n")
    assert "C" not in f.classes.index
    assert any(u.startswith("Class C Principal Distribution") for u in f.unmapped.label)
