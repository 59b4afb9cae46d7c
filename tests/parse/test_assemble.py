"""abs_nb.parse.assemble: ``Parsed`` crosses a process boundary with its provenance and
decimals packed, and gives them back whole, in order, the first time they are read; a value
read twice that disagrees, and a value that cannot be read, are check rows of the parse
(``duplicate_value``, ``unreadable_value``) that :func:`abs_nb.checks.run` puts first in the
checks table."""

from __future__ import annotations

import math
import pickle
from pathlib import Path

import pytest

import abs_nb
from abs_nb.corpus.load_engines import load_chunk
from abs_nb.parse.assemble import Parsed

from .conftest import S0, edited

SEEDS = sorted((Path(__file__).resolve().parents[2] / "sample_filings").glob("*.txt"))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_provenance_and_decimals_survive_a_pickle_in_order(seed):
    p = abs_nb.load(seed).parsed
    prov, dec = dict(p.provenance), dict(p.decimals)
    assert len(prov) > 50 and len(dec) > 50
    q = pickle.loads(pickle.dumps(p))
    assert list(q.provenance.items()) == list(prov.items())
    assert list(q.decimals.items()) == list(dec.items())
    # the other fields as pickle always sent them (repr: NaN never equals NaN)
    for name in ("class_order", "classes", "totals", "collateral", "delinquency", "deal", "unmapped", "problems"):
        assert repr(getattr(q, name)) == repr(getattr(p, name)), name


def test_they_stay_packed_until_read_and_a_second_pickle_keeps_them():
    p = abs_nb.load(SEEDS[2]).parsed
    q = pickle.loads(pickle.dumps(p))
    assert q._packed is not None  # nothing unpacked yet: a corpus that never asks pays nothing
    r = pickle.loads(pickle.dumps(q))  # passed on (e.g. Dask to a client) without unpacking
    assert q._packed is not None
    assert r.provenance == p.provenance and r.decimals == p.decimals
    assert q.provenance == p.provenance and q._packed is None


def test_a_key_with_decimals_but_no_span_and_large_offsets_are_kept():
    p = Parsed()
    p.provenance[("classes", "A-1", "ending_balance")] = (70_000_000, 3_000_000_000, 3_000_000_014)
    p.decimals[("classes", "A-1", "ending_balance")] = 2
    p.decimals[("deal", "deal", "oc_amount")] = 0  # no provenance: still carried
    q = pickle.loads(pickle.dumps(p))
    assert q.provenance == {("classes", "A-1", "ending_balance"): (70_000_000, 3_000_000_000, 3_000_000_014)}
    assert q.decimals == {("classes", "A-1", "ending_balance"): 2, ("deal", "deal", "oc_amount"): 0}


def test_a_filing_from_a_worker_points_at_its_lines():
    [(_, f)] = pickle.loads(pickle.dumps(load_chunk([str(SEEDS[0])])))  # what a pool sends back
    line = f.source_of("classes", "M-5", "original_balance")
    assert f.source_line(line).split()[:2] == ["M-5", "11,034,900"]
    assert len(f.provenance) == len(abs_nb.load(SEEDS[0]).provenance)


def test_a_label_holding_the_separator_is_kept_whole():
    p = Parsed()
    p.provenance[("classes", "A\x001", "ending_balance")] = (3, 10, 24)  # a NUL read from a filing
    p.provenance[("classes", "A-2", "ending_balance")] = (4, 40, 54)
    q = pickle.loads(pickle.dumps(p))
    assert list(q.provenance) == [("classes", "A\x001", "ending_balance"), ("classes", "A-2", "ending_balance")]
    assert q.decimals == {}


def test_pool_figures_printed_as_deal_lines_stand_in_the_total_column_too():

    f = abs_nb.load(Path(__file__).resolve().parents[2] / "sample_filings" / "002_c10342e102d7429b.txt")
    # 002 prints "WAC  8.99827%" as a deal line of its single pool
    assert f.collateral.loc["Total", "wac"] == f.deal["wac"] == 0.0899827
    assert f.source_of("collateral", "Total", "wac") == f.source_of("deal", "deal", "wac")
    line = f.source_of("collateral", "Total", "wac")
    assert "WAC" in f.source_text.splitlines()[line - 1] if isinstance(line, int) else "WAC" in line
    # and the other way: the Total column's ending count is the deal's loan count, one printed figure
    assert f.deal["loan_count"] == f.collateral.loc["Total", "ending_count"]
    assert f.source_of("deal", "deal", "loan_count") == f.source_of("collateral", "Total", "ending_count")


def test_a_multi_group_deal_s_total_column_figures_are_the_deal_s_figures():
    # a pool table by loan group with a Total column: the Total's servicing fee, WAC, WAM,
    # ending count and realized losses are the deal's, where no deal line prints them
    text = (
        "MONTHLY STATEMENT\n\nCOLLATERAL                          GROUP I        GROUP II          TOTAL\n"
        "Beginning Balance            10,000,000.00    5,000,000.00   15,000,000.00\n"
        "Scheduled Principal              10,000.00        5,000.00       15,000.00\n"
        "Prepayments                     100,000.00       50,000.00      150,000.00\n"
        "Realized Losses                   2,000.00        1,000.00        3,000.00\n"
        "Ending Balance                9,888,000.00    4,944,000.00   14,832,000.00\n"
        "Ending Loan Count                      100              50             150\n"
        "Servicing Fee                     4,166.67        2,083.33        6,250.00\n"
        "Weighted Average Coupon            8.1000%         8.3000%         8.1667%\n\n"
        "Realized Losses Since Cut-off                                       9,000.00\n")
    f = abs_nb.load_text(text)
    assert f.collateral.loc["Total", "servicing_fee"] == 6250.0
    for field, column, value in (("servicing_fee", "servicing_fee", 6250.0), ("loan_count", "ending_count", 150),
                                 ("realized_losses", "realized_losses", 3000.0), ("wac", "wac", 0.081667)):
        assert f.deal[field] == value, field
        assert f.source_of("deal", "deal", field) == f.source_of("collateral", "Total", column)


def test_a_derived_sum_never_uses_a_rejected_figure():
    f = edited("     Prep+curts    11,232,980       4,050,644       15,283,624",
               "     Prep          11,232,980       4,050,644       15,283,624\n"
               "     Curt                  5%              0                5")
    assert math.isnan(f.collateral.loc["Group 1", "curtailments"])
    assert math.isnan(f.collateral.loc["Group 1", "prepayments_and_curtailments"])
    # Group 2 read cleanly: 4,050,644 + 0
    assert f.collateral.loc["Group 2", "prepayments_and_curtailments"] == 4050644.0


# ---- values read twice, values that cannot be read -------------------------------------------


def _one(f: abs_nb.Filing, check: str, subject: str):
    """The one row of ``check`` about ``subject`` in the checks table."""
    hits = f.checks[(f.checks["check"] == check) & (f.checks["subject"] == subject)]
    assert len(hits) == 1, f.checks[f.checks["check"] == check][["subject", "status"]]
    return hits.iloc[0]


def test_duplicate_value_fails_when_outstanding_loans_disagree_with_ending_count():
    # 000 prints the Total loan count as pool "Ending Count 4,258" and as delinquency
    # "Outstanding Loan 4,258"; the edit makes the second 4,268
    assert _one(abs_nb.load_text(S0), "duplicate_value", "collateral Total ending_count")["status"] == "pass"
    f = edited("Outstanding Loan        4,258", "Outstanding Loan        4,268")
    r = _one(f, "duplicate_value", "collateral Total ending_count")
    assert (r["status"], r["expected"], r["actual"], r["difference"]) == ("fail", 4_258, 4_268, 10)
    assert "the first is kept" in r["detail"] and f.collateral.loc["Total", "ending_count"] == 4_258
    lines = f.source_text.split("\n")
    assert [("Ending Count" in lines[n - 1], "Outstanding Loan" in lines[n - 1]) for n in r["lines"]] == [
        (True, False), (False, True)]


def test_unreadable_value_is_nan_and_fails():
    seed = abs_nb.load_text(S0)
    assert "unreadable_value" not in set(seed.checks["check"])
    assert seed.deal["oc_target"] == 14_344_337
    old = "O/C Target Amt                                      14,344,337"
    f = edited(old, "O/C Target Amt                                  47,5000,000.00")
    assert math.isnan(f.deal["oc_target"])  # never 47,500,000 nor 475,000,000
    r = _one(f, "unreadable_value", "deal deal oc_target")
    assert r["status"] == "fail"
    assert "47,5000,000.00" in r["detail"]
    assert f.source_line(r["lines"][0]).startswith("O/C Target Amt")
    # a check that needs the target does not run on a guess
    assert "oc_deficiency" not in set(f.checks["check"])


def test_a_reconciliation_printing_its_deductions_as_negatives_reads_their_amounts():
    # every part taken out of the balance printed in brackets, one label no vocabulary knows
    # ("Voluntary Paydowns", with no liquidation beside it: the unscheduled principal): the
    # sums read the amounts, the stored figures are positive and the repair is recorded; the
    # beginning and ending balances are not swapped
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 06/26/2006\n\nCOLLATERAL STATEMENT\n\n"
            "                                       Group 1            Group 2              Total\n"
            "Period Opening Pool Amount      270,031,562.48     421,702,335.71     691,733,898.19\n"
            "Scheduled Principal                (191,767.13)       (299,430.03)       (491,197.16)\n"
            "Voluntary Paydowns               (6,923,777.14)     (9,107,198.08)    (16,030,975.22)\n"
            "Realized Losses                            0.00        (41,209.33)        (41,209.33)\n"
            "Period Closing Pool Amount      262,916,018.21     412,254,498.27     675,170,516.48\n")
    f = abs_nb.load_text(text)
    c = f.collateral
    assert c.loc["Group 1", "beginning_balance"] == 270_031_562.48 and c.loc["Total", "ending_balance"] == 675_170_516.48
    assert (c.loc["Group 2", "scheduled_principal"], c.loc["Total", "realized_losses"]) == (299_430.03, 41_209.33)
    assert c.loc["Group 1", "unscheduled_principal"] == 6_923_777.14
    assert set(f.checks[f.checks.check == "deduction_signs"].status) == {"repaired"}
    assert f.checks[f.checks.check == "pool_roll_forward"].status.eq("pass").all()


def test_deductions_in_brackets_beside_a_loss_read_positive_elsewhere_are_repaired_too():
    # the groups' losses are read from another table, positive (the first printing kept):
    # the roll-forward holds with every amount taken out by its magnitude, the brackets are signs
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 06/26/2006\n\nLOSSES\n\n"
            "                                    Group 1            Group 2              Total\n"
            "Realized Losses                  188,340.15         241,778.06         430,118.21\n\n"
            "COLLATERAL STATEMENT\n\n"
            "                                       Group 1            Group 2              Total\n"
            "Period Opening Pool Amount      270,031,562.48     421,702,335.71     691,733,898.19\n"
            "Scheduled Principal                (191,767.13)       (299,430.03)       (491,197.16)\n"
            "Voluntary Paydowns               (6,923,777.14)     (9,107,198.08)    (16,030,975.22)\n"
            "Realized Losses                   (188,340.15)       (241,778.06)       (430,118.21)\n"
            "Period Closing Pool Amount      262,727,678.06     412,053,929.54     674,781,607.60\n")
    f = abs_nb.load_text(text)
    c = f.collateral
    assert (c.loc["Group 2", "scheduled_principal"], c.loc["Group 1", "unscheduled_principal"]) == (299_430.03, 6_923_777.14)
    repair = f.checks[f.checks.check == "deduction_signs"]
    assert set(repair.status) == {"repaired"} and "less their amounts" in repair.detail.iloc[0]
    assert f.checks[f.checks.check == "pool_roll_forward"].status.eq("pass").all()


CLASS_LOSSES = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 06/25/2001\n\nDISTRIBUTION SUMMARY\n\n"
                "Class       Beginning Balance      Principal       Interest   Realized Loss    Ending Balance\n"
                "A-1         $50,000,000.00    $1,000,000.00    $250,000.00           $0.00    $49,000,000.00\n"
                "B           $10,612,433.20            $0.00     $75,127.73   ({loss})    $10,347,023.97\n"
                "TOTAL       $60,612,433.20    $1,000,000.00    $325,127.73   ({loss})    $59,347,023.97\n")


def test_a_class_s_realized_loss_in_brackets_is_the_amount_the_balance_rolls_forward_with():
    f = abs_nb.load_text(CLASS_LOSSES.format(loss="$265,409.23"))
    # 10,612,433.20 - 0.00 - 265,409.23 = 10,347,023.97: the brackets are the deduction's sign
    assert f.classes.loc["B", "realized_loss"] == 265_409.23 and f.totals["realized_loss"] == 265_409.23
    repairs = f.checks[f.checks.check == "deduction_signs"]
    assert set(repairs.subject) == {"classes B realized_loss", "totals Total realized_loss"}
    assert set(repairs.status) == {"repaired"}
    assert f.checks[f.checks.check == "class_roll_forward"].status.eq("pass").all()


def test_a_class_s_bracketed_loss_no_roll_forward_explains_is_kept_as_printed():
    f = abs_nb.load_text(CLASS_LOSSES.format(loss="$265,509.23"))
    assert f.classes.loc["B", "realized_loss"] == -265_509.23
    assert not f.checks.check.eq("deduction_signs").any()
    assert f.checks[(f.checks.check == "class_roll_forward") & (f.checks.subject == "B")].status.item() == "fail"


RATES_AS_DECIMALS = """DISTRIBUTION SUMMARY

 Class      Beginning Balance      Principal    Pass-Through Rate       Interest     Ending Balance
 A-1           68,277,538.51   3,650,961.23            0.0603500     343,379.12      64,626,577.28
 A-2           31,500,000.00           0.00            0.0618000     162,225.00      31,500,000.00

 Gross WAC ..................................... 0.0830827
"""


def test_class_rates_printed_as_decimals_are_read_where_the_interest_proves_their_scale():
    f = abs_nb.load_text(RATES_AS_DECIMALS)
    assert f.classes["interest_rate"].tolist() == [0.06035, 0.0618]
    scale = f.checks[(f.checks.check == "rate_scale") & f.checks.subject.str.contains("interest_rate")]
    assert len(scale) == 2 and scale.status.eq("repaired").all()
    assert not ((f.checks.check == "unreadable_value") & f.checks.subject.str.contains("interest_rate")).any()


def test_a_deal_line_named_but_not_read_is_said_never_a_silent_nan():
    # no identity tells whether 0.0830827 is 8.3% or 0.083%: not read, and a failing check says so
    f = abs_nb.load_text(RATES_AS_DECIMALS)
    wac = f.checks[(f.checks.check == "unreadable_value") & f.checks.subject.str.endswith("wac")]
    assert math.isnan(f.deal.get("wac", math.nan)) and wac.status.eq("fail").any(), f.checks


def test_loans_counted_out_in_brackets_are_the_count_a_subtotal_proves_taken_out():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nCOLLATERAL SUMMARY\n"
            "Beginning Number of Loans                   2863\n"
            "  Less: Loans Paid in Full                   (61)\n"
            "  Number of Liquidated Loans                  (2)\n"
            "Ending Number of Loans                       2800\n")
    f = abs_nb.load_text(text)
    assert f.deal["liquidated_loans"] == 2
    repair = f.checks[f.checks.check == "deduction_signs"]
    assert "printed -2 on line 6" in repair.detail.item() and repair.status.item() == "repaired"


def test_a_loss_in_brackets_beside_the_principal_printed_whole_is_repaired_where_the_roll_forward_proves_it():
    # beginning - total principal - 15,118.77 = ending: the brackets are the deduction's sign
    def block(title: str, beg: str, total: str, loss: str, end: str) -> str:
        return (f" {title}\n {'-' * len(title)}\n"
                f"    BEGINNING AGGREGATE PRINCIPAL BALANCE          {beg:>16}\n"
                f"      TOTAL PRINCIPAL RECEIVED                       {total:>12}\n"
                f"      REALIZED LOSSES                                {loss:>12}\n"
                f"    ENDING AGGREGATE PRINCIPAL BALANCE             {end:>16}\n\n")
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 08/26/1996\n\n IV. COLLATERAL INFORMATION\n\n"
            + block("LOAN GROUP 1 (FIXED RATE)", "$121,384,662.09", "1,987,067.36", "(15,118.77)", "$119,382,475.96")
            + block("LOAN GROUP 2 (ADJUSTABLE RATE)", "$52,907,314.62", "1,226,603.70", "0.00", "$51,680,710.92"))
    f = abs_nb.load_text(text)
    assert f.collateral.loc["Group 1", "realized_losses"] == 15_118.77
    repaired = f.checks[f.checks.check == "deduction_signs"]
    assert list(repaired.status) == ["repaired"] and "realized_losses -15,118.77" in repaired.detail.iloc[0]


def test_only_the_amounts_of_the_reading_the_roll_forward_proves_are_repaired():
    # the principal whole and the losses prove the reading (100,000 - 3,000 - 500 = 96,500):
    # the loss in brackets is repaired; a negative curtailment no part of that reading stays as printed
    from abs_nb.parse.assemble import _repair_deduction_signs
    p = Parsed()
    p.collateral["Total"] = {"beginning_balance": 100_000.0, "scheduled_principal": 2_000.0, "prepayments": 1_020.0,
                             "curtailments": -20.0, "total_principal": 3_000.0, "realized_losses": -500.0,
                             "ending_balance": 96_500.0}
    _repair_deduction_signs(p)
    assert (p.collateral["Total"]["realized_losses"], p.collateral["Total"]["curtailments"]) == (500.0, -20.0)
    assert [c.status for c in p.problems] == ["repaired"]


def test_a_revolving_pool_s_deductions_printed_negative_are_proven_with_its_draws():
    # beginning + draws - |principal| - |losses| = ending: the minus signs are the deductions'
    text = ("STATEMENT TO NOTEHOLDERS\nPayment Date: 25-Nov-2003\n\nCOLLATERAL ACTIVITY\n"
            "  Beginning Pool Balance                  141,883,164.90\n"
            "  Total Principal Collections              (5,807,034.02)\n"
            "  Additional Balances (Draws)               3,277,910.72\n"
            "  Liquidation Loss Amounts                    (41,877.21)\n"
            "  Ending Pool Balance                     139,312,164.39\n")
    f = abs_nb.load_text(text)
    pool = f.collateral.loc["Total"]
    assert (pool["total_principal"], pool["realized_losses"]) == (5_807_034.02, 41_877.21)
    repair = f.checks[f.checks.check == "deduction_signs"]
    assert len(repair) == 1 and "plus draws 3,277,910.72" in repair.detail.iloc[0]
