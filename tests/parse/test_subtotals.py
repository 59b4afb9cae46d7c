"""abs_nb.parse.subtotals: a figure that is the sum of those above it proves their deductions' signs."""

from __future__ import annotations

import abs_nb
from abs_nb.parse.subtotals import deductions
from abs_nb.parse.tokens import tokenize

HEAD = "STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 25-Oct-04\n\n"


def _lines(rows: list[tuple[str, str]]) -> str:
    return "".join(f"{label:<44}{figure:>18}\n" if figure else f"{label}\n" for label, figure in rows)


def test_a_fee_printed_negative_above_the_subtotal_it_adds_to_is_stored_as_the_fee():
    text = HEAD + _lines([("Scheduled Interest Collected", "$3,232,950.00"), ("  Servicing Fee", "($227,333.56)"),
                          ("  Trustee Fee", "($3,410.00)"), ("Interest Remittance Amount", "$3,002,206.44")])
    f = abs_nb.load_text(text)
    assert f.deal.servicing_fee == 227_333.56
    check = f.checks[(f.checks.check == "deduction_signs") & f.checks.subject.str.endswith("servicing_fee")]
    assert check.status.tolist() == ["repaired"]
    assert "line 7 is the sum of those on lines 4 to 6" in check.detail.iloc[0]
    assert (f.checks[f.checks.check == "fees_not_negative"].status == "pass").all()


def test_subtotals_under_rules_each_prove_the_deductions_right_above_them():
    text = HEAD + _lines([("Scheduled Interest", "4,936,769.08"), ("  Servicing Fees", "(288,645.93)"),
                          (" " * 44 + "-" * 18, ""), ("Net Scheduled Interest", "4,648,123.15"),
                          ("  Prepayment Interest Shortfall", "(11,095.02)"), ("  Compensating Interest", "11,095.02"),
                          ("  Relief Act Interest Shortfall", "(2,070.83)"), (" " * 44 + "-" * 18, ""),
                          ("Interest Remittance Amount", "4,646,052.32")])
    found = deductions(tokenize(text))
    # lines 4-5 add up to line 7 (a rule between), lines 7-10 to line 12
    assert found == {5: (4, 5, 7), 8: (7, 10, 12), 10: (7, 10, 12)}


def test_a_negative_no_subtotal_proves_stays_as_printed_for_the_checks_to_flag():
    # the figure below is not the sum of those above (a cent off in two units): nothing proven
    text = HEAD + _lines([("Scheduled Interest Collected", "$3,232,950.00"), ("  Servicing Fee", "($227,333.56)"),
                          ("Interest Remittance Amount", "$3,005,616.46")])
    f = abs_nb.load_text(text)
    assert f.deal.servicing_fee == -227_333.56
    assert (f.checks[f.checks.check == "fees_not_negative"].status == "fail").all()
    assert not (f.checks.check == "deduction_signs").any()


def test_a_sum_of_positive_figures_proves_no_sign():
    # three lines adding up with no negative among them: a total, not a reconciliation
    assert deductions(tokenize(_lines([("A", "10.00"), ("B", "5.00"), ("C", "15.00")]))) == {}


def _group_lines(rows: list[tuple[str, tuple[str, ...]]]) -> str:
    return "".join(f"{label:<40}" + "".join(f"{x:>18}" for x in figures) + "\n" for label, figures in rows)


GROUP_HEAD = HEAD + f"{'':<40}{'Group 1':>18}{'Group 2':>18}{'Total':>18}\n"


def test_a_subtotal_in_every_loan_group_column_proves_the_fees_printed_in_brackets():
    text = GROUP_HEAD + _group_lines([
        ("Beginning Balance", ("250,000,000.00", "300,000,000.00", "550,000,000.00")),
        ("Scheduled Principal", ("200,000.00", "300,000.00", "500,000.00")),
        ("Prepayments", ("4,800,000.00", "5,700,000.00", "10,500,000.00")),
        ("Ending Balance", ("245,000,000.00", "294,000,000.00", "539,000,000.00"))]) + "\n" + _group_lines([
        ("Gross Interest Collected", ("1,569,815.78", "1,859,062.40", "3,428,878.18")),
        ("Servicing Fee", ("(103,114.54)", "(125,646.28)", "(228,760.82)")),
        ("Interest Remittance (net of fees)", ("1,466,701.24", "1,733,416.12", "3,200,117.36"))])
    lines = tokenize(text)
    assert deductions(lines) == {11: (10, 11, 12)}
    f = abs_nb.load_text(text)
    assert f.collateral.loc["Group 1", "servicing_fee"] == 103_114.54
    assert f.collateral.loc["Total", "servicing_fee"] == 228_760.82
    repaired = f.checks[(f.checks.check == "deduction_signs") & f.checks.subject.str.endswith("servicing_fee")]
    assert set(repaired.status) == {"repaired"} and len(repaired) == 3


def test_a_column_that_does_not_add_up_proves_no_line_of_the_others():
    # the groups add up, the Total is a cent off beyond its last digit's unit: no subtotal
    rows = [("Gross Interest Collected", ("1,569,815.78", "1,859,062.40", "3,428,878.18")),
            ("Servicing Fee", ("(103,114.54)", "(125,646.28)", "(228,760.82)")),
            ("Interest Remittance", ("1,466,701.24", "1,733,416.12", "3,200,117.38"))]
    assert deductions(tokenize(_group_lines(rows))) == {}
    # a line printing fewer figures parts the run: the lines above it add nothing below it
    rows = [rows[0], rows[1], ("Trustee Fee", ("(1,546.72)",)), rows[2]]
    assert deductions(tokenize(_group_lines(rows))) == {}


def test_a_subtotal_in_a_cell_stream_proves_the_deductions_of_the_rows_its_cells_make():
    # one cell a line: a row is its label's line and the lines of its figures
    rows = [("Collateral Information", ()), ("", ("Group 1", "Group 2", "Total")),
            ("Beg Bal", ("179,519,246.04", "189,221,079.69", "368,740,325.73")),
            ("Regular Principal Received", ("344,641.93", "104,197.84", "448,839.77")),
            ("Unscheduled Principal", ("6,436,375.75", "1,279,131.87", "7,715,507.62")),
            ("Total Principal Collections", ("6,781,017.68", "1,383,329.71", "8,164,347.39")),
            ("Ending Pool Balance", ("172,738,228.36", "187,837,750.00", "360,575,978.36")),
            ("Gross Interest Collected", ("842,297.05", "857,272.97", "1,699,570.02")),
            ("Serv Fee", ("(71,424.00)", "(43,595.60)", "(115,019.60)")),
            ("Scheduled Interest Net of Servicing Fee", ("770,873.05", "813,677.37", "1,584,550.42"))]
    text = HEAD + "".join((f"|{label}\n" if label else "") + "".join(f"|{x}\n" for x in cells) for label, cells in rows)
    f = abs_nb.load_text(text)
    assert f.collateral["servicing_fee"].tolist() == [71_424.00, 43_595.60, 115_019.60]
    repaired = f.checks[(f.checks.check == "deduction_signs") & f.checks.subject.str.endswith("servicing_fee")]
    assert len(repaired) == 3 and set(repaired.status) == {"repaired"}


def test_an_oc_release_printed_negative_above_the_subtotal_it_takes_out_of_is_stored_as_the_release():
    text = HEAD + _lines([("Principal Remittance Amount", "4,720,625.52"),
                          ("Less: Overcollateralization Release Amount", "105,506.25-"),
                          ("Principal Distribution Amount", "4,615,119.27")])
    f = abs_nb.load_text(text)
    assert f.deal.oc_release == 105_506.25
    repaired = f.checks[(f.checks.check == "deduction_signs") & f.checks.subject.str.endswith("oc_release")]
    assert repaired.status.tolist() == ["repaired"]
