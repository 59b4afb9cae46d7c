"""abs_nb.parse.row_pairs: class tables whose every class takes two lines, read through load."""

from __future__ import annotations

import pytest

import abs_nb

RULE = "-" * 100
HEADER = [
    "Class          Original        Opening      Principal        Closing     Interest  Pass-Through",
    "             Face Value        Balance        Payment        Balance      Payment          Rate",
    "CUSIP                        Per 1,000      Per 1,000      Per 1,000    Per 1,000  Next Rate (1)",
]
# each class: its amounts, then its CUSIP with the amounts per $1,000 and the next period's rate
PAGE_1 = [
    "A-1       100,000,000.00  80,000,000.00   5,000,000.00  75,000,000.00   160,000.00    2.4000000%",
    "12345AAA1                 800.000000000   50.000000000  750.000000000  1.600000000    2.5000000%",
    "",
    "A-2        50,000,000.00  50,000,000.00           0.00  50,000,000.00   110,000.00    2.6400000%",
    "12345AAB9                1000.000000000    0.000000000 1000.000000000  2.200000000    2.7400000%",
    "",
]
PAGE_2 = [
    "M-1        20,000,000.00  20,000,000.00           0.00  20,000,000.00    50,000.00    3.0000000%",
    "12345AAC7                1000.000000000    0.000000000 1000.000000000  2.500000000    3.1000000%",
    "",
    "M-2        10,000,000.00  10,000,000.00           0.00  10,000,000.00    30,000.00    3.6000000%",
    "12345AAD5                1000.000000000    0.000000000 1000.000000000  3.000000000    3.7000000%",
    "",
]
TOTAL = "Total     180,000,000.00 160,000,000.00   5,000,000.00 155,000,000.00   350,000.00"


def _page(n: int, title: str) -> list[str]:
    return [f"Harbor Mortgage Trust 2004-1                                          Page {n} of 2",
            "=" * 100, f"{title:^100}".rstrip(), RULE, *HEADER, RULE]


def _report(page_break: bool = True) -> str:
    lines = ["STATEMENT TO CERTIFICATE HOLDERS", "", *_page(1, "Statement to Certificate Holders"), *PAGE_1]
    if page_break:
        lines += [" " * 66 + "Continued on next page", "", "<PAGE>",
                  *_page(2, "Statement to Certificate Holders (continued)")]
    lines += [*PAGE_2, RULE, TOTAL, RULE, "", "(1) Estimated: the rate for the next accrual period.", ""]
    return "\n".join(lines)


@pytest.mark.parametrize("page_break", [True, False])
def test_a_class_s_second_line_holds_its_cusip_and_its_figures_per_1000(page_break):
    f = abs_nb.load_text(_report(page_break))
    c = f.classes
    assert list(c.index) == ["A-1", "A-2", "M-1", "M-2"]
    assert list(c.cusip) == ["12345AAA1", "12345AAB9", "12345AAC7", "12345AAD5"]
    a1 = c.loc["A-1"]
    assert (a1.original_balance, a1.beginning_balance, a1.principal, a1.ending_balance, a1.interest) == (
        100_000_000, 80_000_000, 5_000_000, 75_000_000, 160_000)
    assert (a1.beginning_balance_per_1000, a1.principal_per_1000, a1.ending_balance_per_1000,
            a1.interest_per_1000) == (800, 50, 750, 1.6)
    # the rate is the period's (line 1), never the next period's printed under it
    assert list(c.interest_rate) == [0.024, 0.0264, 0.03, 0.036]
    assert list(c.interest_per_1000) == [1.6, 2.2, 2.5, 3.0]
    assert (f.totals.principal, f.totals.ending_balance, f.totals.interest) == (5_000_000, 155_000_000, 350_000)
    failing = f.checks[~f.checks.status.isin(["pass", "info"])]
    assert not any(failing.check.isin(["class_roll", "per_1000", "totals"])), failing


def test_lines_that_do_not_alternate_are_not_paired_and_stay_listed():
    # M-1's second line left out: M-1 and M-2's lines no longer alternate with second lines,
    # so they are not paired (M-2 must not take a CUSIP or figures of M-1's), and their
    # figures are listed as unread
    text = _report(False).replace(PAGE_2[1] + "\n", "")
    f = abs_nb.load_text(text)
    assert list(f.classes.cusip[:2]) == ["12345AAA1", "12345AAB9"]
    for label in ("M-1", "M-2"):  # a row of the table, its figures unproven, or no row at all
        if label in f.classes.index:
            row = f.classes.loc[label]
            assert row.cusip is None and row[["beginning_balance", "principal", "interest"]].isna().all()
    lines = text.splitlines()
    unread = {lines[n - 1].split()[0] for n in f.unmapped.line}
    assert {"M-1", "M-2", "12345AAD5"} <= unread


@pytest.mark.parametrize(("words", "rule"), [("Aggregate", True), ("All Notes", False)])
def test_a_total_in_other_words_ends_the_pairs_where_it_sums_them(words, rule):
    text = _report(False).replace(TOTAL, words.ljust(10) + TOTAL[10:])
    if not rule:  # the Total just below the last pair, no rule between
        text = text.replace("\n\n" + RULE + "\n" + words, "\n" + words)
    f = abs_nb.load_text(text)
    assert list(f.classes.index) == ["A-1", "A-2", "M-1", "M-2"]
    assert (f.totals.principal, f.totals.ending_balance) == (5_000_000, 155_000_000)
    # a last line in other words that sums nothing is no Total: the pairs are read without it
    f = abs_nb.load_text(text.replace("155,000,000.00", "155,900,000.00"))
    assert list(f.classes.index) == ["A-1", "A-2", "M-1", "M-2"] and f.totals.isna().all()


def test_a_total_on_two_lines_ends_the_pairs_and_totals_both_tables():
    # the Total takes two lines as each class does: the amounts, then its second line's sums;
    # read or not, the classes above it are still a table of two-line rows
    rows = [("A-1", "40,000,000.00", "1,000,000.00", "39,000,000.00", "1.31000%", "45,000.00", "1,045,000.00"),
            ("A-2", "20,000,000.00", "0.00", "20,000,000.00", "1.40000%", "24,000.00", "24,000.00"),
            ("M-1", "10,000,000.00", "500,000.00", "9,500,000.00", "1.65000%", "14,000.00", "514,000.00")]
    lines = ["STATEMENT TO CERTIFICATEHOLDERS", "",
             "Class    Beginning Balance   Principal Paid   Ending Balance",
             "         Rate                 Interest Paid       Total Paid", "-" * 62]
    for label, beg, prin, end, rate, intr, tot in rows:
        lines += [f"{label:<6}{beg:>20}{prin:>17}{end:>17}", f"{'':<6}{rate:<12}{intr:>20}{tot:>16}"]
    lines += ["-" * 62, f"{'Totals':<6}{'70,000,000.00':>20}{'1,500,000.00':>17}{'68,500,000.00':>17}",
              f"{'':<6}{'':<12}{'83,000.00':>20}{'1,583,000.00':>16}", ""]
    f = abs_nb.load_text("\n".join(lines))
    c = f.classes
    assert list(c.index) == ["A-1", "A-2", "M-1"]
    assert list(c.interest) == [45_000, 24_000, 14_000]
    assert list(c.total_distribution) == [1_045_000, 24_000, 514_000]
    assert list(c.interest_rate) == [0.0131, 0.014, 0.0165]
    t = f.totals
    assert (t.principal, t.ending_balance, t.interest, t.total_distribution) == (1_500_000, 68_500_000, 83_000, 1_583_000)


def test_a_class_wrapped_onto_three_lines_is_read_whole_each_header_line_naming_its_line():
    # an 80-column report: each class's record wraps onto three lines, as its header does
    lines = ["STATEMENT TO CERTIFICATEHOLDERS", "",
             "CLASS  CUSIP         RATE  ORIGINAL BALANCE   BEGINNING BALANCE",
             "         PRINCIPAL PAID      INTEREST PAID      LOSS ALLOC      ENDING BALANCE",
             "                                                                 TOTAL DISTRIB",
             "-" * 80,
             "A-1    39350RAA2   6.180%    120,500,000.00       71,204,338.19",
             "           3,698,532.55         366,702.34            0.00       67,505,805.64",
             "                                                                  4,065,234.89",
             "A-2    39350RAB0   6.330%     38,000,000.00       38,000,000.00",
             "                   0.00         200,450.00            0.00       38,000,000.00",
             "                                                                    200,450.00",
             "B-2    39350RAL8   8.950%     20,625,000.00       20,488,119.42",
             "                   0.00         152,807.22       18,940.49       20,469,178.93",
             "                                                                    152,807.22",
             "-" * 80,
             "TOTAL                        179,125,000.00      129,692,457.61",
             "           3,698,532.55         719,959.56       18,940.49      125,974,984.57",
             "                                                                  4,418,492.11", ""]
    f = abs_nb.load_text("\n".join(lines))
    c = f.classes
    assert list(c.index) == ["A-1", "A-2", "B-2"]
    b2 = c.loc["B-2"]
    assert (b2.beginning_balance, b2.principal, b2.interest, b2.realized_loss, b2.ending_balance,
            b2.total_distribution) == (20_488_119.42, 0, 152_807.22, 18_940.49, 20_469_178.93, 152_807.22)
    assert list(c.interest_rate) == [0.0618, 0.0633, 0.0895]
    t = f.totals
    assert (t.principal, t.interest, t.ending_balance, t.total_distribution) == (
        3_698_532.55, 719_959.56, 125_974_984.57, 4_418_492.11)
    roll = f.checks[f.checks.check == "class_roll_forward"]
    assert len(roll) == 3 and set(roll.status) == {"pass"}
