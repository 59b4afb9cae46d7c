"""Each reconciliation check catches a break of its own identity.

Every test takes a real seed text, makes ONE targeted edit (a unique substring replaced, so
the edit cannot land elsewhere), and asserts that the check guarding that identity turns
``fail`` (``warn`` for sub-dollar differences) with a subject naming what broke, while the
unedited seed passes the same check. Expected figures are hand arithmetic on the numbers the
filing prints (written in the comments), never copied from the library's output.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest

import abs_nb

SEEDS = Path(__file__).resolve().parents[1] / "sample_filings"
SEED_FILES = {
    "000": "000_2d551bf597d89db6.txt",
    "001": "001_21e012ce03d1908d.txt",
    "002": "002_c10342e102d7429b.txt",
}


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {k: (SEEDS / v).read_text(encoding="utf-8") for k, v in SEED_FILES.items()}


@pytest.fixture(scope="module")
def seeds(texts) -> dict[str, abs_nb.Filing]:
    return {k: abs_nb.load_text(t) for k, t in texts.items()}


def edited(text: str, old: str, new: str) -> abs_nb.Filing:
    """Load ``text`` with the one occurrence of ``old`` replaced by ``new``."""
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in the seed"
    return abs_nb.load_text(text.replace(old, new))


def words(subject: str) -> list[str]:
    return [w for w in re.split(r"[\s,;:()]+", subject) if w]


def row(f: abs_nb.Filing, check: str, *subject_words: str):
    """The one row of ``check`` whose subject holds every word of ``subject_words``."""
    c = f.checks[f.checks["check"] == check]
    hits = c[[all(w in words(s) for w in subject_words) for s in c["subject"]]]
    assert len(hits) == 1, f"{len(hits)} {check} rows with subject {subject_words}:\n{c[['subject', 'status']]}"
    return hits.iloc[0]


def assert_status(r, status: str, expected: float, actual: float, tol: float = 1e-6) -> None:
    assert r["status"] == status, (r["check"], r["subject"], r["status"], r["detail"])
    assert r["expected"] == pytest.approx(expected, abs=tol)
    assert r["actual"] == pytest.approx(actual, abs=tol)
    assert r["difference"] == pytest.approx(actual - expected, abs=tol)


# ---- class table ----------------------------------------------------------------------------


def test_class_roll_forward_fails_when_one_end_balance_is_wrong(texts, seeds):
    # 000 A-1: 358,770,937 - 13,571,914 - 0 (loss N/A) = 345,199,023, as printed
    assert row(seeds["000"], "class_roll_forward", "A-1")["status"] == "pass"
    f = edited(texts["000"], "       0         345,199,023", "       0         345,199,523")
    assert_status(row(f, "class_roll_forward", "A-1"), "fail", 345_199_023, 345_199_523)
    # the neighbours are untouched
    assert row(f, "class_roll_forward", "A-2")["status"] == "pass"


def test_class_roll_forward_warns_on_a_sub_dollar_difference(texts, seeds):
    # 002 M-1: 66,500,000.00 - 0.00 - 0.00 = 66,500,000.00; printed 66,500,000.40 after the edit
    assert row(seeds["002"], "class_roll_forward", "M-1")["status"] == "pass"
    f = edited(texts["002"], "M-1     0.00      0.00        66500000.00", "M-1     0.00      0.00        66500000.40")
    assert_status(row(f, "class_roll_forward", "M-1"), "warn", 66_500_000.00, 66_500_000.40)


# guards a bug seen during this work: an N/A realized loss added 0.50 of rounding tolerance
def test_class_roll_forward_with_na_loss_does_not_pass_a_fifty_cent_break(texts):
    # 002 A-1: 140,239,577.87 - 16,165,190.41 - (loss N/A) = 124,074,387.46; printed .96 after the
    # edit. Three cents figures allow 3 x 0.005 of rounding; an N/A loss is no figure at all.
    f = edited(texts["002"], "A-1     N/A       0.00       124074387.46", "A-1     N/A       0.00       124074387.96")
    assert row(f, "class_roll_forward", "A-1")["status"] == "warn"


def test_class_total_distribution_fails(texts, seeds):
    # 000 A-2: principal 4,943,993 + interest 236,155 = 5,180,148 (printed 5,180,147: rounding)
    assert row(seeds["000"], "class_total_distribution", "A-2")["status"] == "pass"
    f = edited(texts["000"], "5,180,147", "5,190,147")
    assert_status(row(f, "class_total_distribution", "A-2"), "fail", 5_180_148, 5_190_147)
    assert row(f, "class_total_distribution", "A-1")["status"] == "pass"


def test_total_row_fails_when_a_printed_total_is_wrong(texts, seeds):
    # 000 Beg Bal Total = A-1 358,770,937 + A-2 188,923,694 + M-1 44,140,000 + M-2 40,460,000
    #   + M-3 11,035,000 + M-4 18,400,000 + M-5 11,034,900 + P 100 = 672,764,631
    assert row(seeds["000"], "total_row", "beginning_balance")["status"] == "pass"
    f = edited(texts["000"], "672,764,631", "672,765,631")
    assert_status(row(f, "total_row", "beginning_balance"), "fail", 672_764_631, 672_765_631)
    assert row(f, "total_row", "original_balance")["status"] == "pass"


# ---- per $1,000 -------------------------------------------------------------------------------


def per_1000_rows(f: abs_nb.Filing, column: str):
    c = f.checks
    return c[c["check"].str.startswith("per_1000") & c["subject"].str.contains(column, regex=False)]


def test_per_1000_flags_a_figure_that_disagrees_with_amount_over_original(texts, seeds):
    # 000 B-IO principal 0 / original 64,000,000 x 1000 = 0.00000, as printed; the edit prints 0.10000
    base = per_1000_rows(seeds["000"], "principal_per_1000")
    assert set(base["status"]) == {"pass"}
    f = edited(texts["000"], "04541GDY5       0.00000", "04541GDY5       0.10000")
    rows = per_1000_rows(f, "principal_per_1000")
    failing = rows[rows["status"] == "fail"]
    assert len(failing) == 1, rows
    assert "B-IO" in failing.iloc[0]["detail"] and "0.10000" in failing.iloc[0]["detail"]
    # the disproved figure is not kept; A-1's is (13,571,914 / 397,000,000 x 1000 = 34.18618)
    assert math.isnan(f.classes.at["B-IO", "principal_per_1000"])
    assert f.classes.at["A-1", "principal_per_1000"] == 34.18618


# guards a bug seen during this work: after a failed labelled per-$1,000 block, the next unlabelled
# block was left unjoined and then "repaired" by dropping its Total row as a spare row
def test_a_bad_per_1000_figure_does_not_report_a_repair_elsewhere(texts):
    # 000's Int/Total block is unlabelled, 14 rows = 13 classes + Total, joined by row order.
    # Breaking one figure of the Prin block must not make that block a 'repaired' misprint.
    f = edited(texts["000"], "04541GDY5       0.00000", "04541GDY5       0.10000")
    assert "repaired" not in set(f.checks["status"])


def test_a_bad_per_1000_figure_loses_only_that_figure(texts):
    # 000 A-1 principal per 1,000 printed 34.28618 instead of 34.18618; the block is labelled, so
    # A-2's row is still attributable: 4,943,993 / 213,560,000 x 1000 = 23.15037 (proven)
    f = edited(texts["000"], "34.18618", "34.28618")
    assert math.isnan(f.classes.at["A-1", "principal_per_1000"])
    assert f.classes.at["A-2", "principal_per_1000"] == 23.15037
    assert f.classes.at["A-1", "cusip"] == "04541GDP4"


# ---- collateral pool ------------------------------------------------------------------------


def test_pool_principal_fails(texts, seeds):
    # 000 Group 1: 359,372 + 11,232,980 + 90,170 + 0 = 11,682,522 (printed 11,682,523)
    assert row(seeds["000"], "pool_principal", "Group", "1")["status"] == "pass"
    f = edited(texts["000"], "11,232,980", "11,242,980")
    # 359,372 + 11,242,980 + 90,170 + 0 = 11,692,522
    assert_status(row(f, "pool_principal", "Group", "1"), "fail", 11_692_522, 11_682_523)
    assert row(f, "pool_principal", "Group", "2")["status"] == "pass"


def test_pool_roll_forward_fails(texts, seeds):
    # 000 Group 1: 446,326,904 - 11,682,523 - 4,429 = 434,639,952, as printed
    assert row(seeds["000"], "pool_roll_forward", "Group", "1")["status"] == "pass"
    f = edited(texts["000"], "446,326,904", "446,336,904")
    # 446,336,904 - 11,682,523 - 4,429 = 434,649,952
    assert_status(row(f, "pool_roll_forward", "Group", "1"), "fail", 434_649_952, 434_639_952)
    assert row(f, "pool_roll_forward", "Total")["status"] == "pass"


def test_group_sum_fails_for_a_collateral_line(texts, seeds):
    # 000 Less RAIS: Group 1 0 + Group 2 0 = 0; the edit prints a Total of 7
    assert row(seeds["000"], "group_sum", "collateral", "relief_act_interest_shortfall")["status"] == "pass"
    old = "Less RAIS                      0             0              0"
    f = edited(texts["000"], old, old[:-1] + "7")
    assert_status(row(f, "group_sum", "collateral", "relief_act_interest_shortfall"), "fail", 0, 7)


def test_group_sum_fails_for_a_delinquency_line(texts, seeds):
    # 000 30-59 days: count 78 + 28 = 106; balance 10,839,303 + 4,042,374.09 = 14,881,677.09
    base = seeds["000"]
    assert row(base, "group_sum", "delinquency", "30-59", "count")["status"] == "pass"
    f = edited(texts["000"], "30-59 days delinq           106", "30-59 days delinq           116")
    assert_status(row(f, "group_sum", "delinquency", "30-59", "count"), "fail", 106, 116)
    assert row(f, "group_sum", "delinquency", "30-59", "balance")["status"] == "pass"

    assert row(base, "group_sum", "delinquency", "30-59", "balance")["status"] == "pass"
    f = edited(texts["000"], "14881677.37", "14981677.37")
    assert_status(row(f, "group_sum", "delinquency", "30-59", "balance"), "fail", 14_881_677.09, 14_981_677.37, tol=0.01)


# guards a bug seen during this work: counts got half a unit of rounding tolerance per term
def test_group_sum_of_counts_is_exact(texts):
    # 000 30-59 days count: 78 + 28 = 106; a printed Total of 107 is one loan too many
    f = edited(texts["000"], "30-59 days delinq           106", "30-59 days delinq           107")
    assert row(f, "group_sum", "delinquency", "30-59", "count")["status"] != "pass"
    # the deal's loan count 4,259 against the pool's Ending Count 4,258: one loan apart
    f = edited(texts["000"], "pool                    4,258", "pool                    4,259")
    assert row(f, "deal_vs_pool", "loan_count")["status"] != "pass"


def test_deal_vs_pool_fails(texts, seeds):
    # 000 "Aggregate End Coll Bal." = pool Total Ending Balance 667,569,136
    base = seeds["000"]
    assert row(base, "deal_vs_pool", "aggregate_collateral_balance")["status"] == "pass"
    f = edited(texts["000"], "667,569,136\n\nEnding O/C", "668,569,136\n\nEnding O/C")
    assert_status(row(f, "deal_vs_pool", "aggregate_collateral_balance"), "fail", 667_569_136, 668_569_136)

    # "Agg. Num. of Mortg. Loans in the pool" = pool Total Ending Count 4,258
    assert row(base, "deal_vs_pool", "loan_count")["status"] == "pass"
    f = edited(texts["000"], "pool                    4,258", "pool                    4,358")
    assert_status(row(f, "deal_vs_pool", "loan_count"), "fail", 4_258, 4_358)


# ---- overcollateralization and credit enhancement --------------------------------------------

# 000 certificate ending balances (non-notional, P included, X and R excluded):
# 345,199,023 + 183,979,701 + 44,140,000 + 40,460,000 + 11,035,000 + 18,400,000 + 11,034,900
#   + 100 = 654,248,724; pool ending 667,569,136 - 654,248,724 = 13,320,412 (printed 13,320,411)


def test_oc_amount_fails(texts, seeds):
    assert row(seeds["000"], "oc_amount", "deal", "oc_amount")["status"] == "pass"
    f = edited(texts["000"], "13,320,411\n\nNumber", "13,330,411\n\nNumber")
    assert_status(row(f, "oc_amount", "deal", "oc_amount"), "fail", 13_320_412, 13_330_411)
    assert row(f, "oc_amount", "X")["status"] == "pass"  # X's own ending balance still agrees


def test_oc_deficiency_fails(texts, seeds):
    # target 14,344,337 - (X beginning 10,747,180 - losses 4,429) = 3,601,586, as printed
    assert row(seeds["000"], "oc_deficiency", "oc_deficiency")["status"] == "pass"
    f = edited(texts["000"], "3,601,586", "3,701,586")
    assert_status(row(f, "oc_deficiency", "oc_deficiency"), "fail", 3_601_586, 3_701_586)


def test_oc_increase_fails(texts, seeds):
    # min(deficiency 3,601,586, net monthly excess cash flow 2,573,231) = 2,573,231, as printed
    assert row(seeds["000"], "oc_increase", "oc_increase")["status"] == "pass"
    old = "Net Monthly Excess Cash Flow                         2,573,231"
    f = edited(texts["000"], old, old.replace("2,573,231", "2,473,231"))
    # min(3,601,586, 2,473,231) = 2,473,231 vs printed increase 2,573,231
    assert_status(row(f, "oc_increase", "oc_increase"), "fail", 2_473_231, 2_573_231)


def test_certificate_principal_fails(texts, seeds):
    # pool principal 15,938,246 + losses 4,429 + O/C increase 2,573,231 - release 0 = 18,515,906;
    # classes: A-1 13,571,914 + A-2 4,943,993 = 18,515,907
    assert row(seeds["000"], "certificate_principal", "principal")["status"] == "pass"
    old = "O/C Release Amt                                              0"
    f = edited(texts["000"], old, old[:-1] + "100,000")
    # 15,938,246 + 4,429 + 2,573,231 - 100,000 = 18,415,906
    assert_status(row(f, "certificate_principal", "principal"), "fail", 18_415_906, 18_515_907)


# 001: subordinate endings M-1 65,600,000 + M-2 55,500,000 + M-3 22,700,000 + M-4 18,100,000
#   + M5-A 10,000,000 + M5-B 7,700,000 = 179,600,000; + O/C 7,543,019 = 187,143,019;
#   / pool 975,586,503 = 0.19182617 (printed 19.182627%)
CE_001 = 187_143_019 / 975_586_503


def test_credit_enhancement_warns_of_001s_unexplained_hundred_dollars(texts, seeds):
    # printed 19.182627% x pool 975,586,503 is $100.93 more than the components; rounding
    # explains ~$5 (half a unit of the 6th decimal of the percentage, on the pool) + $0.50
    # (the whole-dollar O/C): not a pass, and within a hundredth of a point: a warn
    base = row(seeds["001"], "credit_enhancement", "credit_enhancement")
    assert base["status"] == "warn"
    assert "100.93 of pool balance" in base["detail"]
    # printed as the components give it (to its 6 decimals), it passes
    f = edited(texts["001"], "19.182627%", "19.182617%")
    assert row(f, "credit_enhancement", "credit_enhancement")["status"] == "pass"
    # the same size of gap in 000 (with its beginning O/C) is a warn too
    assert row(seeds["000"], "credit_enhancement", "credit_enhancement")["status"] == "warn"


def test_credit_enhancement_flags_a_wrong_percentage(texts, seeds):
    base = row(seeds["001"], "credit_enhancement", "credit_enhancement")
    assert base["expected"] == pytest.approx(CE_001, abs=1e-9)
    assert base["actual"] == pytest.approx(0.19182627, abs=1e-12)
    f = edited(texts["001"], "19.182627%", "21.182627%")
    r = row(f, "credit_enhancement", "credit_enhancement")
    assert r["status"] != "pass"
    assert r["expected"] == pytest.approx(CE_001, abs=1e-9)
    assert r["actual"] == pytest.approx(0.21182627, abs=1e-12)


# guards a bug seen during this work: the "within a dollar" warn band was applied to a fraction,
# so no credit-enhancement error could fail
def test_credit_enhancement_two_points_off_fails(texts):
    f = edited(texts["001"], "19.182627%", "21.182627%")  # 2 percentage points off
    assert row(f, "credit_enhancement", "credit_enhancement")["status"] == "fail"


# ---- values read twice, values that cannot be read -------------------------------------------


def test_duplicate_value_fails_when_outstanding_loans_disagree_with_ending_count(texts, seeds):
    # 000 prints the Total loan count as pool "Ending Count 4,258" and as delinquency
    # "Outstanding Loan 4,258"; the edit makes the second 4,268
    assert row(seeds["000"], "duplicate_value", "Total", "ending_count")["status"] == "pass"
    f = edited(texts["000"], "Outstanding Loan        4,258", "Outstanding Loan        4,268")
    r = row(f, "duplicate_value", "Total", "ending_count")
    assert_status(r, "fail", 4_258, 4_268)
    lines = f.source_text.split("\n")
    assert [("Ending Count" in lines[n - 1], "Outstanding Loan" in lines[n - 1]) for n in r["lines"]] == [
        (True, False), (False, True)]


def test_unreadable_value_is_nan_and_fails(texts, seeds):
    assert "unreadable_value" not in set(seeds["000"].checks["check"])
    assert seeds["000"].deal["oc_target"] == 14_344_337
    old = "O/C Target Amt                                      14,344,337"
    f = edited(texts["000"], old, "O/C Target Amt                                  47,5000,000.00")
    assert math.isnan(f.deal["oc_target"])  # never 47,500,000 nor 475,000,000
    r = row(f, "unreadable_value", "oc_target")
    assert r["status"] == "fail"
    assert "47,5000,000.00" in r["detail"]
    assert f.source_line(r["lines"][0]).startswith("O/C Target Amt")
    # a check that needs the target does not run on a guess
    assert "oc_deficiency" not in set(f.checks["check"])


# ---- which classes each printed Total covers ---------------------------------------------------

# 000 balances, typed from the DISTRIBUTION SUMMARY
ORIG_000 = {"A-1": 397_000_000, "A-2": 213_560_000, "A-IO": 60_000_000, "A-IO-INV": 730_000_000,
            "M-1": 44_140_000, "M-2": 40_460_000, "M-3": 11_035_000, "M-4": 18_400_000,
            "M-5": 11_034_900, "P": 100, "X": 0, "R": 0, "B-IO": 64_000_000}
BEG_000 = {"A-1": 358_770_937, "A-2": 188_923_694, "A-IO": 54_000_000, "A-IO-INV": 587_900_000,
           "M-1": 44_140_000, "M-2": 40_460_000, "M-3": 11_035_000, "M-4": 18_400_000,
           "M-5": 11_034_900, "P": 100, "X": 10_747_180, "R": 0, "B-IO": 64_000_000}
END_000 = {"A-1": 345_199_023, "A-2": 183_979_701, "A-IO": 52_800_000, "A-IO-INV": 562_900_000,
           "M-1": 44_140_000, "M-2": 40_460_000, "M-3": 11_035_000, "M-4": 18_400_000,
           "M-5": 11_034_900, "P": 100, "X": 13_320_411, "R": 0, "B-IO": 64_000_000}
NOT_IN_BALANCE_TOTALS = {"A-IO", "A-IO-INV", "B-IO", "X"}


@pytest.mark.parametrize(
    "column, printed, values",
    [("original_balance", 735_630_000, ORIG_000),
     ("beginning_balance", 672_764_631, BEG_000),
     ("ending_balance", 654_248_725, END_000)],
)
def test_000_balance_totals_exclude_io_classes_and_x(seeds, column, printed, values):
    covered = {k: v for k, v in values.items() if k not in NOT_IN_BALANCE_TOTALS}
    # own arithmetic: the covered classes sum to the printed Total within whole-dollar rounding
    # (original 735,630,000 exactly; beginning 672,764,631 exactly; ending 654,248,724 vs ...725)
    assert abs(sum(covered.values()) - printed) <= 0.5 * (len(covered) + 1)
    assert abs(sum(values.values()) - printed) > 1e8  # the IO notionals are not in it
    m = seeds["000"].totals_membership[column]
    for label in ("A-IO", "A-IO-INV", "B-IO"):
        assert not m[label], (column, label)
    if values["X"]:
        assert not m["X"], column
    for label in ("A-1", "A-2", "M-1", "M-2", "M-3", "M-4", "M-5", "P"):
        assert m[label], (column, label)


def test_000_in_totals_column(seeds):
    in_totals = seeds["000"].classes["in_totals"]
    assert in_totals.dtype == bool
    assert not in_totals[["A-IO", "A-IO-INV", "X", "B-IO"]].any()
    assert in_totals[["A-1", "A-2", "M-1", "M-2", "M-3", "M-4", "M-5", "P"]].all()


def test_002_in_totals_leaves_out_x_whose_zero_original_balance_proves_nothing(seeds):
    # 002 line 91 prints Total 950,000,000.00 original and 807,928,969.60 beginning, and no
    # ending Total. X's original balance is 0 (it fits that sum either way); its beginning
    # balance 14,250,001.75 is outside the beginning Total: A-1 140,239,577.87 + A-2
    # 496,689,391.73 + M-1 66,500,000 + M-2 54,625,000 + B 49,875,000 = 807,928,969.60
    c = seeds["002"].classes
    assert not c.loc["X", "in_totals"]
    assert c.loc[["A-1", "A-2", "M-1", "M-2", "B"], "in_totals"].all()
    assert not c.loc[["A-IO", "P", "BIO"], "in_totals"].any()
    assert c.loc[c["in_totals"], "beginning_balance"].sum() == pytest.approx(807_928_969.60, abs=0.01)


def test_in_totals_classes_sum_to_every_printed_balance_total(seeds):
    for name, f in seeds.items():
        c, t = f.classes, f.totals
        for col in ("original_balance", "beginning_balance", "ending_balance"):
            if t[col] == t[col]:
                # whole-dollar figures: half a dollar per class and for the Total
                slack = 0.5 * (int(c["in_totals"].sum()) + 1)
                assert abs(c.loc[c["in_totals"], col].sum() - t[col]) <= slack, (name, col)


# interest, typed from each filing; "B-IO"/"BIO" is the class in question
INTEREST = {
    # 000: 448,464 + 236,155 + 180,000 + 107,782 + 74,302 + 101,824 + 30,990 + 76,207 + 51,680
    #   + 324,617 + 0 + 0 = 1,632,021 ~ printed 1,632,020; + B-IO 186,667 would be 1,818,688
    "000": ({"A-1": 448_464, "A-2": 236_155, "A-IO": 180_000, "A-IO-INV": 107_782, "M-1": 74_302,
             "M-2": 101_824, "M-3": 30_990, "M-4": 76_207, "M-5": 51_680, "P": 324_617, "X": 0,
             "R": 0, "B-IO": 186_667}, 1_632_020, "B-IO", False),
    # 001: 662,382 + 226,660 + 119,488 + 73,110 + 249,000 + 0 + 117,260 + 158,730 + 74,286
    #   + 93,245 + 46,933 + 36,139 + 200,214 + 0 + 0 + B-IO 262,500 = 2,319,947 ~ printed
    #   2,319,948; without B-IO it would be 2,057,447
    "001": ({"A-1": 662_382, "A-2": 226_660, "A-3": 119_488, "A-4": 73_110, "A-IO": 249_000,
             "A-IO-INV": 0, "M-1": 117_260, "M-2": 158_730, "M-3": 74_286, "M-4": 93_245,
             "M5-A": 46_933, "M5-B": 36_139, "P": 200_214, "X": 0, "R": 0, "B-IO": 262_500},
            2_319_948, "B-IO", True),
    # 002: 268,393.23 + 933,465.63 + 1,262,083.33 + 166,208.44 + 162,399.37 + 191,225.60
    #   + 562,097.21 + 2,451,500.28 + 0.00 = 5,997,373.09 = printed; + BIO 157,500.00 would not be
    "002": ({"A-1": 268_393.23, "A-2": 933_465.63, "A-IO": 1_262_083.33, "M-1": 166_208.44,
             "M-2": 162_399.37, "B": 191_225.60, "P": 562_097.21, "X": 2_451_500.28, "R": 0.0,
             "BIO": 157_500.00}, 5_997_373.09, "BIO", False),
}


@pytest.mark.parametrize("seed", ["000", "001", "002"])
def test_interest_total_membership_of_b_io(seeds, seed):
    values, printed, bio, included = INTEREST[seed]
    with_bio = sum(values.values())
    without_bio = with_bio - values[bio]
    tol = 0.5 * (len(values) + 1)
    # own arithmetic decides the membership first ...
    assert (abs(with_bio - printed) <= tol) is included
    assert (abs(without_bio - printed) <= tol) is not included
    # ... and the library must find the same
    f = seeds[seed]
    assert bool(f.totals_membership.at[bio, "interest"]) is included
    assert row(f, "total_row", "interest")["status"] == "pass"
    assert f.totals["interest"] == pytest.approx(printed, abs=1e-6)


# ---- the one-line summary ------------------------------------------------------------------


def undo_001_per_1000_shift(text: str) -> str:
    """001's Int/Total per-$1,000 rows with each figure moved up to its own class label."""
    lines = text.split("\n")
    head = lines.index("     Class           Int           Total")
    block = lines[head + 1: head + 18]  # "Class" row .. spare "B-IO" row
    assert block[0].split()[0] == "Class" and block[-1].split() == ["B-IO", "0.00000", "0.00000"]
    fixed = [block[k + 1][:15] + block[k][15:] for k in range(16)]
    return "\n".join(lines[: head + 1] + fixed + lines[head + 18:])


def test_check_summary_says_all_pass_only_when_all_pass(texts, seeds):
    f = seeds["001"]  # one repaired misprint
    s = f.check_summary()
    assert "\n" not in s
    assert not s.startswith("all")
    assert str(len(f.checks)) in s
    for status, n in f.checks["status"].value_counts().items():
        assert f"{n} {status}" in s

    # 001 without its misprints: the per-$1,000 block re-aligned, and the credit enhancement
    # printed as its components give it (19.182617%, not 19.182627%: $101 more)
    clean_text = undo_001_per_1000_shift(texts["001"]).replace("19.182627%", "19.182617%")
    clean = abs_nb.load_text(clean_text)
    # every identity passes; the figures no check compares (B-IO's notional balance, pool
    # and deal lines no identity restates) are listed by the unverified warns
    unverified = clean.checks["check"] == "unverified"
    assert set(clean.checks[~unverified]["status"]) == {"pass"}
    assert set(clean.checks[unverified]["status"]) == {"warn"}
    assert clean.check_summary() == f"{len(clean.checks)} checks: {(~unverified).sum()} pass, {unverified.sum()} warn"


@pytest.mark.parametrize("seed", ["000", "002"])
def test_check_summary_of_seeds_with_warnings_or_failures(seeds, seed):
    f = seeds[seed]
    s = f.check_summary()
    assert "\n" not in s and "all" not in s
    bad = f.checks["status"].isin(["warn", "fail"])
    assert bad.any()
    for status, n in f.checks["status"].value_counts().items():
        assert f"{n} {status}" in s
