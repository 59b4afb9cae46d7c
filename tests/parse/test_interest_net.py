"""abs_nb.parse.interest_net: the interest net of the fees, proven by the sum it closes."""

from __future__ import annotations

import abs_nb

HEAD = "STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 25-Sep-06\n\nCOLLATERAL STATEMENT\n"
GROUPS = f"{'':<44}{'Group 1':>16}{'Group 2':>16}{'Total':>16}\n"
POOL = [("Beginning Balance", "270,031,562.48", "421,702,335.71", "691,733,898.19"),
        ("Scheduled Principal", "191,767.13", "299,430.03", "491,197.16"),
        ("Prepayments in Full", "7,123,368.64", "9,315,951.16", "16,439,319.80"),
        ("Ending Balance", "262,716,426.71", "412,086,954.52", "674,803,381.23")]


def _text(rows: list[tuple[str, str, str, str]]) -> str:
    return HEAD + GROUPS + "".join(f"{a:<44}{b:>16}{c:>16}{d:>16}\n" for a, b, c, d in POOL + rows)


def test_the_line_closing_the_interest_less_its_fees_is_the_interest_net_whatever_its_words():
    # fees printed as they are: a fee is paid out of the interest, so it is taken out
    rows = [("Scheduled Interest (Gross)", "1,314,415.12", "2,219,137.94", "3,533,553.06"),
            ("Servicing Fees", "84,632.80", "147,509.25", "232,142.05"),
            ("Trustee Fees", "1,523.39", "2,655.17", "4,178.56"),
            ("Net Interest Remittance Amount", "1,228,258.93", "2,068,973.52", "3,297,232.45")]
    f = abs_nb.load_text(_text(rows))
    assert f.collateral["scheduled_interest_net"].tolist() == [1_228_258.93, 2_068_973.52, 3_297_232.45]
    role = f.checks[(f.checks.check == "row_role") & f.checks.subject.str.startswith("Net Interest")]
    assert role.status.tolist() == ["pass"] and "lines 10 to 12" in role.detail.iloc[0]
    assert not f.unmapped.line.isin([13]).any()


def test_less_or_brackets_say_the_deduction_and_a_sum_off_by_a_cent_proves_nothing():
    less = [("Scheduled Interest", "1,314,415.12", "2,219,137.94", "3,533,553.06"),
            ("Less: Servicing Fee", "84,632.80", "147,509.25", "232,142.05"),
            ("Interest Remittance Amount", "1,229,782.32", "2,071,628.69", "3,301,411.01")]
    f = abs_nb.load_text(_text(less))
    assert f.collateral.loc["Total", "scheduled_interest_net"] == 3_301_411.01
    # the Total a cent off in the net line: no column may miss
    off = [*less[:2], ("Interest Remittance Amount", "1,229,782.32", "2,071,628.69", "3,301,411.03")]
    f = abs_nb.load_text(_text(off))
    assert "scheduled_interest_net" not in f.collateral.columns or f.collateral["scheduled_interest_net"].isna().all()
    assert f.unmapped.line.isin([12]).any()  # listed, not read


def test_a_closing_line_whose_words_name_no_interest_is_no_interest():
    rows = [("Scheduled Interest", "1,314,415.12", "2,219,137.94", "3,533,553.06"),
            ("Servicing Fees", "84,632.80", "147,509.25", "232,142.05"),
            ("Available Funds", "1,229,782.32", "2,071,628.69", "3,301,411.01")]
    f = abs_nb.load_text(_text(rows))
    assert "scheduled_interest_net" not in f.collateral.columns or f.collateral["scheduled_interest_net"].isna().all()


FEE_BLOCK = ("COLLATERAL INFORMATION\n"
          "                                         GROUP I          GROUP II             TOTAL\n"
          "BEGINNING BALANCE                 211,774,310.58    160,118,902.36    371,893,212.94\n"
          "GROSS INTEREST COLLECTED            1,574,916.38        924,113.07      2,499,029.45\n"
          "  SERVICING FEE (0.50%)              {f1:>13}     {f2:>13}     {f3:>13}\n"
          "INTEREST REMITTANCE AMOUNT          1,499,232.08        877,284.30      2,376,516.38\n")


def test_a_fee_rate_in_the_label_is_no_column_and_a_fee_in_brackets_the_block_proves_deducted_is_its_amount():
    f = abs_nb.load_text(FEE_BLOCK.format(f1="(75,684.30)", f2="(46,828.77)", f3="(122,513.07)"))
    assert f.collateral["servicing_fee"].to_dict() == {"Group 1": 75_684.30, "Group 2": 46_828.77, "Total": 122_513.07}
    assert f.deal["servicing_fee"] == 122_513.07
    repairs = f.checks[(f.checks["check"] == "deduction_signs") & f.checks["subject"].str.endswith("servicing_fee")]
    assert set(repairs["status"]) == {"repaired"} and len(repairs) == 3
    # printed positive, the fee is read as printed, nothing repaired
    f = abs_nb.load_text(FEE_BLOCK.format(f1="75,684.30", f2="46,828.77", f3="122,513.07"))
    assert f.collateral["servicing_fee"].to_dict() == {"Group 1": 75_684.30, "Group 2": 46_828.77, "Total": 122_513.07}
    assert not (f.checks["check"] == "deduction_signs").any()


def test_a_negative_fee_the_block_does_not_close_on_stays_as_printed_and_flagged():
    text = FEE_BLOCK.format(f1="(75,684.30)", f2="(46,828.77)", f3="(122,513.07)").replace(
        "1,499,232.08        877,284.30      2,376,516.38", "1,499,232.18        877,284.30      2,376,516.48")
    f = abs_nb.load_text(text)
    assert f.collateral.loc["Group 1", "servicing_fee"] == -75_684.30
    assert (f.checks[f.checks["check"] == "fee_sign"]["status"] == "fail").any()


def test_a_fee_block_whose_line_prints_n_a_in_one_column_still_closes():
    text = FEE_BLOCK.format(f1="-75,684.30", f2="-46,828.77", f3="-122,513.07").replace(
        "INTEREST REMITTANCE AMOUNT          1,499,232.08        877,284.30      2,376,516.38\n",
        "  FHA PREMIUM (.50%, TITLE I)           -4,421.67               N/A         -4,421.67\n"
        "INTEREST REMITTANCE AMOUNT          1,494,810.41        877,284.30      2,372,094.71\n")
    f = abs_nb.load_text(text)
    assert f.collateral["servicing_fee"].to_dict() == {"Group 1": 75_684.30, "Group 2": 46_828.77, "Total": 122_513.07}


def test_rates_printed_in_the_labels_of_the_fee_and_of_the_closing_line_are_no_columns():
    text = ("COLLATERAL\n                                    GROUP I     GROUP II         TOTAL\n"
            "Gross Interest                 1,574,916.38   924,113.07  2,499,029.45\n"
            "  Servicing Fee (0.25%) (0.50%)  (75,684.30)  (46,828.77)  (122,513.07)\n"
            "Net Interest (5.25%)           1,499,232.08   877,284.30  2,376,516.38\n")
    f = abs_nb.load_text(text)
    assert f.collateral["servicing_fee"].to_dict() == {"Group 1": 75_684.30, "Group 2": 46_828.77, "Total": 122_513.07}
