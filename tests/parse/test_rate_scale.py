"""abs_nb.parse.rate_scale: rates printed without % below 0.5, told fractions by the identities."""

from __future__ import annotations

import abs_nb

HEAD = "STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date:  25-Jun-99\n\nCOLLATERAL INFORMATION\n"


def _pool(fee: str, wac: str, net: str) -> str:
    def row(label: str, figure: str) -> str:
        return f"{label:<50}{figure:>20}\n"
    return HEAD + (row("Beginning Aggregate Loan Balance", "220,011,927.26")
                   + row("Total Principal Remittance", "3,127,005.85")
                   + row("Ending Aggregate Loan Balance", "216,884,921.41")
                   + row("Servicing Fee", fee)
                   + row("Weighted Average Coupon", wac)
                   + row("Weighted Average Net Coupon", net))


def test_a_coupon_printed_as_a_decimal_is_a_fraction_where_the_fee_is_the_spread_s():
    # (0.1041270 - 0.0990020) x 220,011,927.26 / 12 = 93,963.43: the fee 91,671.64 is 98% of it
    f = abs_nb.load_text(_pool("91,671.64", "0.1041270", "0.0990020"))
    assert f.collateral.loc["Total", "wac"] == 0.104127 and f.collateral.loc["Total", "net_wac"] == 0.099002
    scale = f.checks[f.checks.check == "rate_scale"]
    assert set(scale.status) == {"repaired"} and scale.detail.str.contains("servicing fee 91,671.64").all()
    assert not (f.checks.check == "unreadable_value").any()


def test_a_coupon_no_identity_scales_stays_unread_and_fails():
    # the fee a hundred times the spread read as fractions: neither reading holds
    f = abs_nb.load_text(_pool("9,167,164.00", "0.1041270", "0.0990020"))
    failed = f.checks[(f.checks.check == "unreadable_value") & (f.checks.status == "fail")]
    assert {s.split()[-1] for s in failed.subject} >= {"wac", "net_wac"}  # the pool's single lines: the deal's
    assert f.collateral.loc["Total", ["wac", "net_wac"]].isna().all()


def test_a_coupon_is_a_fraction_where_read_as_a_percent_it_would_not_pay_the_certificates():
    # the classes are paid 1,400,000.00 of interest; 0.0830827 x 220,011,927.26 / 12 = 1,523,272:
    # read as a percent the loans would yield 15,233, a hundredth of what is paid
    pool = _pool("91,671.64", "0.0830827", "0.0790000").replace(f"{'Servicing Fee':<50}{'91,671.64':>20}\n", "")
    pool = pool.replace(f"{'Weighted Average Net Coupon':<50}{'0.0790000':>20}\n", "")
    classes = ("\nDISTRIBUTION SUMMARY\n\n Class   Beginning Balance   Principal    Interest   Ending Balance\n"
               " A-1       150,000,000.00  2,000,000.00  900,000.00  148,000,000.00\n"
               " A-2        70,011,927.26  1,127,005.85  500,000.00   68,884,921.41\n")
    f = abs_nb.load_text(pool + classes)
    assert f.collateral.loc["Total", "wac"] == 0.0830827
    scale = f.checks[(f.checks.check == "rate_scale") & f.checks.subject.str.endswith("wac")]
    assert len(scale) and scale.status.eq("repaired").all() and scale.detail.str.contains("certificates' interest").all()
