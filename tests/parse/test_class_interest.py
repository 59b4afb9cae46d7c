"""abs_nb.parse.class_interest: interest accrued, shortfalls and rates from an interest table."""

from __future__ import annotations

import abs_nb

from ._support import PAID_SUMMARY

HEAD = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 25-Oct-02\n\n"
        "Class     Beginning Balance      Principal       Interest          Total     Ending Balance\n"
        "A-1        108,988,500.46    12,798,193.80     540,539.56  13,338,733.36      96,190,306.66\n"
        "A-2         45,000,000.00             0.00     223,182.08     223,182.08      45,000,000.00\n"
        "A-3         38,500,000.00             0.00     190,944.67     190,944.67      38,500,000.00\n\n"
        "INTEREST DETAIL\n\n")


def test_accrued_less_the_shortfall_is_the_interest_paid_and_the_rate_earns_the_accrued():
    text = HEAD + ("Class       Rate     Accrued      Shortfall\n"
                   "A-1      6.00000%  544,942.50    4,402.94\n"
                   "A-2      6.00000%  225,000.00    1,817.92\n"
                   "A-3      6.00000%  192,500.00    1,555.33\n")
    c = abs_nb.load_text(text).classes
    assert c.loc["A-1", "accrued_interest"] == 544_942.50 and c.loc["A-2", "interest_shortfall"] == 1_817.92
    assert (c.interest_rate == 0.06).all()


def test_a_shortfall_printed_in_brackets_is_stored_as_its_amount():
    text = HEAD + ("Class       Accrued Interest     PPIS / Relief Act\n"
                   "A-1             544,942.50            (4,402.94)\n"
                   "A-2             225,000.00            (1,817.92)\n"
                   "A-3             192,500.00            (1,555.33)\n")
    f = abs_nb.load_text(text)
    assert f.classes.loc["A-3", "interest_shortfall"] == 1_555.33
    signs = f.checks[(f.checks.check == "deduction_signs") & f.checks.subject.str.startswith("classes")]
    assert len(signs) == 3 and set(signs.status) == {"repaired"}


def test_columns_that_are_not_accrued_less_shortfall_are_not_read_so():
    # the second column is no shortfall of the first: on A-2 they do not add up to the interest paid
    text = HEAD + ("Class       Accrued      Other\n"
                   "A-1      544,942.50    4,402.94\n"
                   "A-2      225,000.00    1,000.00\n"
                   "A-3      192,500.00    1,555.33\n")
    c = abs_nb.load_text(text).classes
    assert "accrued_interest" not in c or c.accrued_interest.isna().all()


def test_an_interest_table_under_a_per_1000_heading_still_in_force_is_read_as_amounts():
    text = HEAD.replace("INTEREST DETAIL\n\n", "Factor Information per $1,000 of Original Face\n\n") + (
        "Class       Accrued Interest     Relief Act Shortfall\n"
        "A-1             544,942.50            (4,402.94)\n"
        "A-2             225,000.00            (1,817.92)\n"
        "A-3             192,500.00            (1,555.33)\n")
    c = abs_nb.load_text(text).classes
    assert c.loc["A-1", "accrued_interest"] == 544_942.50 and c.loc["A-1", "interest_shortfall"] == 4_402.94


def test_figures_within_the_rounding_of_whole_dollars_prove_no_shortfall():
    # whole dollars: interest paid less a factor (0.37, 1.0) is the interest due to the dollar's
    # rounding; figures that small prove no shortfall, as zeros prove none
    from abs_nb.parse.class_interest import read_class_interest
    from abs_nb.parse.roles import Column

    whole = {k: 0 for k in ("A-1", "A-2", "A-3", "A-4")}
    paid = Column("Interest Paid", "interest", {"A-1": 59_073.0, "A-2": 80_850.0, "A-3": 69_125.0, "A-4": 57_656.0},
                  dict(whole), fixed=True)
    due = Column("Interest Due", None, {"A-1": 59_073.0, "A-2": 80_850.0, "A-3": 69_125.0, "A-4": 57_656.0}, dict(whole))
    factor = Column("Note Factor", None, {"A-1": 0.37306317, "A-2": 1.0, "A-3": 1.0, "A-4": 1.0},
                    {k: 8 for k in whole})
    cols = [paid, due, factor]
    read_class_interest(cols)
    assert factor.field is None and due.field is None


def test_a_class_accruing_nothing_but_paid_premiums_does_not_refute_accrued_less_shortfall():
    # Class P accrues no interest and is paid the prepayment premiums: no contradiction of
    # accrued - shortfall = paid, which the other classes prove
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 09/25/2007\n\nDISTRIBUTION SUMMARY\n\n"
            "Class      Beginning Balance        Principal        Interest      Ending Balance\n"
            "A-1           296,180,412.35     5,000,000.00    1,346,114.82      291,180,412.35\n"
            "A-2           103,929,352.61     2,000,000.00      466,492.78      101,929,352.61\n"
            "M-1            82,600,000.00             0.00      376,075.02       82,600,000.00\n"
            "P                     100.00             0.00      256,739.73              100.00\n\n"
            "INTEREST DETAIL\n\n"
            "Class        Accrued      Relief Act        Interest\n"
            "            Interest       Shortfall     Distributed\n"
            "A-1     1,346,839.29          724.47    1,346,114.82\n"
            "A-2       466,743.84          251.06      466,492.78\n"
            "M-1       376,277.42          202.40      376,075.02\n"
            "P               0.00            0.00      256,739.73\n")
    c = abs_nb.load_text(text).classes
    assert c.loc["A-2", "interest_shortfall"] == 251.06
    assert c.loc["M-1", "interest_shortfall"] == 202.40


def test_a_column_of_zeros_its_words_calling_a_shortfall_is_the_shortfall_where_interest_is_paid_in_full():
    text = (PAID_SUMMARY
            +             "INTEREST DETAIL\n\n"
            "Class   Days        Coupon         Accrued     Net WAC      Interest     Unpaid\n"
            "                                  Interest   Shortfall          Paid     Amount\n"
            "A-1       31     5.46000%      883,548.71        0.00    883,548.71       0.00\n"
            "A-2       31     5.38000%      804,254.45        0.00    804,254.45       0.00\n"
            "M-1       31     5.62000%      156,798.00        0.00    156,798.00       0.00\n"
            "M-2       31     5.64000%      143,757.33        0.00    143,757.33       0.00\n")
    f = abs_nb.load_text(text)
    assert f.classes["interest_shortfall"].tolist() == [0.0, 0.0, 0.0, 0.0]
    roles = f.checks[f.checks.check == "column_role"]
    assert roles.detail.str.startswith("interest_shortfall: its words name a shortfall").sum() == 1
    # a column of zeros whose words say nothing of a shortfall is not read so
    assert roles[roles.subject.str.startswith("Unpaid Amount")].status.tolist() == ["warn"]


def test_zeros_saying_shortfall_are_no_shortfall_of_a_table_that_prints_one():
    # Relief Act shortfalls are printed (named by their words): the carryforward's zeros
    # beside them say nothing of the classes' shortfall
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 06/25/2002\n\nDISTRIBUTION SUMMARY\n\n"
            "Class       Beginning Balance     Principal      Interest        Ending Balance\n"
            "A-1             33,606,898.00  3,294,372.65    167,954.44         30,312,525.35\n"
            "A-2             22,726,666.00          0.00    113,579.20         22,726,666.00\n"
            "M-1              7,620,000.00          0.00     35,543.06          7,620,000.00\n"
            "M-2              7,065,000.00          0.00     32,954.29          7,065,000.00\n\n"
            "INTEREST DETAIL\n\n"
            "Class        Accrued     Relief Act Interest        Interest    Carryforward Shortfall\n"
            "            Interest              Shortfall     Distributed                 Remaining\n"
            "A-1       168,034.49                  80.05      167,954.44                      0.00\n"
            "A-2       113,633.33                  54.13      113,579.20                      0.00\n"
            "M-1        35,560.00                  16.94       35,543.06                      0.00\n"
            "M-2        32,970.00                  15.71       32,954.29                      0.00\n")
    c = abs_nb.load_text(text).classes
    assert 0.0 not in c["interest_shortfall"].tolist()


def test_a_rate_of_the_interest_paid_after_the_shortfall_is_no_class_rate():
    # the effective coupon earns the interest paid; the class accrues at its pass-through rate
    text = HEAD + ("Class    Pass-Through Rate   Effective Coupon     Accrued      Shortfall\n"
                   "A-1              6.00000%         5.951522%  544,942.50    4,402.94\n"
                   "A-2              6.00000%         5.951522%  225,000.00    1,817.92\n"
                   "A-3              6.00000%         5.951522%  192,500.00    1,555.33\n")
    f = abs_nb.load_text(text)
    assert (f.classes.interest_rate == 0.06).all()
    role = f.checks[(f.checks.check == "column_role") & f.checks.subject.str.startswith("Effective Coupon")]
    assert list(role.status) == ["warn"] and "after 'Shortfall'" in role.detail.iloc[0]


def test_a_class_accrued_at_a_cap_below_its_rate_keeps_the_rate_its_words_name():
    # A-3 accrued at a 6.00% cap, below its 6.25% rate: no rate earns every class's interest
    # accrued, and the rate is the column whose words name it
    text = HEAD + ("Class    Pass-Through Rate   Effective Coupon     Accrued      Shortfall\n"
                   "A-1              6.00000%         5.951522%  544,942.50    4,402.94\n"
                   "A-2              6.00000%         5.951522%  225,000.00    1,817.92\n"
                   "A-3              6.25000%         5.951522%  192,500.00    1,555.33\n")
    c = abs_nb.load_text(text).classes
    assert list(c.interest_rate) == [0.06, 0.06, 0.0625]


def test_an_amount_paid_besides_the_accrual_is_the_third_term_of_the_interest_paid():
    # A-3 is paid a carryover besides: accrued - shortfall + carryover = paid. Neither column
    # pair holds alone on A-3; the carryover is no accrual (a class is shorted at most what it
    # accrued: 1,817.92 of nothing), and the check adds it
    head = HEAD.replace("190,944.67     190,944.67", "193,144.67     193,144.67")
    text = head + ("Class      Accrued       Shortfall     Carryover Pd\n"
                   "A-1      544,942.50     4,402.94          0.00\n"
                   "A-2      225,000.00     1,817.92          0.00\n"
                   "A-3      192,500.00     1,555.33      2,200.00\n")
    f = abs_nb.load_text(text)
    c = f.classes
    assert (c.loc["A-3", "accrued_interest"], c.loc["A-3", "interest_shortfall"]) == (192_500.00, 1_555.33)
    assert c.loc["A-3", "other_interest_paid"] == 2_200.00 and c.loc["A-1", "other_interest_paid"] == 0.0
    paid = f.checks[f.checks.check == "class_interest_paid"]
    assert len(paid) == 3 and (paid.status == "pass").all() and paid.detail.str.endswith("+ other interest paid").all()


def test_a_column_its_words_call_one_kind_of_shortfall_is_the_month_s_shortfall_the_sum_proves():
    # "Unpaid Int. Shortfall" names a kind of shortfall; accrued less it is the interest paid
    text = HEAD + ("Class       Accrued Interest    Unpaid Int. Shortfall\n"
                   "A-1             544,942.50               4,402.94\n"
                   "A-2             225,000.00               1,817.92\n"
                   "A-3             192,500.00               1,555.33\n")
    f = abs_nb.load_text(text)
    assert f.classes.loc["A-1", "interest_shortfall"] == 4_402.94
    assert f.classes.loc["A-2", "accrued_interest"] == 225_000.00
    role = f.checks[(f.checks.check == "column_role") & f.checks.subject.str.startswith("Unpaid")]
    assert role.detail.iloc[0].startswith("interest_shortfall: 'Accrued Interest' less 'Unpaid Int. Shortfall'")


def test_with_no_accrual_printed_the_rate_on_the_balance_proves_the_shortfall_and_its_sign():
    # the rate's interest for 30 days is the interest paid and the adjustment's amount, on
    # every class; without the adjustment no day count holds: it is the shortfall, printed
    # with the deduction's sign
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 25-May-07\n\n"
            "Class      Opening Balance    Principal Payment   Interest Payment   Interest Adjustment     Rate\n"
            "A-1        236,601,728.72       8,025,255.04       1,077,809.31            (700.24)      5.47000%\n"
            "A-2A        92,675,837.25       5,978,966.77         415,998.70            (270.27)      5.39000%\n"
            "A-2B        66,000,000.00               0.00         302,853.24            (196.76)      5.51000%\n")
    f = abs_nb.load_text(text)
    assert f.classes["interest_shortfall"].tolist() == [700.24, 270.27, 196.76]
    signs = f.checks[(f.checks.check == "deduction_signs") & f.checks.subject.str.endswith("interest_shortfall")]
    assert len(signs) == 3 and signs.detail.str.contains("for 30 days is the interest paid").all()
