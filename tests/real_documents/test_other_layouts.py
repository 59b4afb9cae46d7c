"""Layouts beyond the seeds: delinquency by payments missed (Household notes), and a CTSLink
summary with its "(continued)" half, joined by class label."""

from __future__ import annotations

from pathlib import Path

import pytest

import abs_nb

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside this checkout")


@needs_corpus
def test_delinquency_by_payments_missed():
    # 057 prints delinquency by missed payments: One = 30-59, Two = 60-89, Three+ = 90+ days
    f = abs_nb.load(CORPUS / "057_household-mlt-2002-hc1-2003-09-noteholders.txt")
    d = f.delinquency.set_index(["group", "status"])
    assert d.loc[("Total", "30-59"), "balance"] == 40106585.43 and d.loc[("Total", "30-59"), "count"] == 373
    assert d.loc[("Total", "60-89"), "balance"] == 13735851.03 and d.loc[("Total", "60-89"), "count"] == 113
    assert d.loc[("Total", "90+"), "balance"] == 42506170.67 and d.loc[("Total", "90+"), "count"] == 403
    assert d.loc[("Total", "reo"), "count"] == 48
    # Beginning Pool Balance 737,361,787.89 - collections 26,973,814.54 - losses 363,469.20
    # = 710,024,504.15 = Ending Pool Balance: the pool rolls forward
    roll = f.checks[f.checks["check"] == "pool_roll_forward"]
    assert roll["status"].tolist() == ["pass"]


# 067's Option One 2000-2 summary (every figure from the corpus document), laid out as
# CTSLink prints it in fixed-width text: the summary, then its "(continued)" half.
CTSLINK = """Option One Mortgage Loan Trust
Mortgage Pass-Through Certificates

Record Date:            4/30/2000
Distribution Date:      5/25/2000

OOMC  Series: 2000-2

                                             Certificateholder Distribution Summary

                         Certificate      Certificate         Beginning
                            Class         Pass-Through      Certificate        Interest       Principal
Class           CUSIP    Description             Rate           Balance    Distribution    Distribution
<S>          <C>        <C>            <C>            <C>               <C>             <C>
     A         68389FAT1         SEQ          6.47750%    135,649,000.00      707,814.60       77,204.08
    M-1        68389FAU8         SEQ          6.76750%     11,907,000.00       64,912.17            0.00
    M-2        68389FAV6         SEQ          7.08750%      8,505,000.00       48,558.23            0.00
    M-3        68389FAW4         SEQ          8.48750%      7,654,000.00       52,331.57            0.00
     S         68389FAX2         IO           3.50000%              0.00       49,610.46            0.00
     C         OPT00020C         SUB         21.24495%      6,377,899.89      112,915.79            0.00
     P         OPT00002P         SEQ          0.00000%            100.00            0.00            0.00
Totals                                                    170,092,999.89    1,036,142.82       77,204.08

                                      Certificateholder Distribution Summary (continued)

                   Current                 Ending                                 Cumulative
                  Realized            Certificate                 Total             Realized
Class                 Loss                Balance          Distribution               Losses
<S>          <C>                  <C>                  <C>                  <C>
     A                0.00         135,571,795.92            785,018.68                 0.00
    M-1               0.00          11,907,000.00             64,912.17                 0.00
    M-2               0.00           8,505,000.00             48,558.23                 0.00
    M-3               0.00           7,654,000.00             52,331.57                 0.00
     S                0.00                   0.00             49,610.46                 0.00
     C                0.00           6,377,900.00            112,915.79                 0.00
     P                0.00                 100.00                  0.00                 0.00
Totals                0.00         170,015,795.92          1,113,346.90                 0.00

All distributions required by the Pooling and Servicing Agreement have been calculated by the
Certificate Administrator on behalf of the Trustee.
"""


def test_ctslink_summary_and_its_continued_half_join_by_class():
    f = abs_nb.load_text(CTSLINK)
    assert f.meta["series"] == "2000-2" and f.meta["distribution_date"].isoformat() == "2000-05-25"
    assert f.classes.index.tolist() == ["A", "M-1", "M-2", "M-3", "S", "C", "P"]
    a = f.classes.loc["A"]
    assert (a["cusip"], a["description"], a["interest_rate"]) == ("68389FAT1", "SEQ", 0.0647750)
    assert a["beginning_balance"] == 135649000.0 and a["principal"] == 77204.08
    assert a["ending_balance"] == 135571795.92 and a["total_distribution"] == 785018.68
    assert a["realized_loss"] == 0.0 and a["cumulative_realized_loss"] == 0.0
    assert f.classes.loc["S", "notional"]  # description IO
    assert f.totals["ending_balance"] == 170015795.92 and f.totals["interest"] == 1036142.82
    # 135,649,000.00 - 77,204.08 - 0 = 135,571,795.92; 707,814.60 + 77,204.08 = 785,018.68
    checks = f.checks.set_index(["check", "subject"])
    assert checks.loc[("class_roll_forward", "A"), "status"] == "pass"
    assert checks.loc[("class_total_distribution", "A"), "status"] == "pass"
    # C's balance moves 6,377,899.89 -> 6,377,900.00 with no principal: an O/C class whose
    # growth this summary does not explain; the check says so
    assert checks.loc[("class_roll_forward", "C"), "status"] in ("warn", "fail")
    assert len(f.unmapped) == 0


@needs_corpus
def test_label_and_value_in_separate_paragraphs():
    # 009: "Original Collateral Sale Balance" / blank line / "$510,205,197.95"
    f = abs_nb.load(CORPUS / "009_bancone-heloc-1999-1-2004-12-bankone-html.txt")
    assert f.deal["original_pool_balance"] == 510205197.95


@needs_corpus
def test_reconciliation_deductions_printed_negative_are_repaired_and_recorded():
    # 073 Balance Reconciliation: Beginning 413,997,069.84, principal (9,000,921.10),
    # charge-offs (73,022.32), Ending 404,923,126.42: 413,997,069.84 - 9,000,921.10 - 73,022.32
    # = 404,923,126.42, so the parentheses mean "deducted", not negative collections
    f = abs_nb.load(CORPUS / "073_household-hel-1999-1-2000-12-incjournal-text.txt")
    total = f.collateral.loc["Total"]
    assert total["total_principal"] == 9000921.10 and total["realized_losses"] == 73022.32
    rep = f.checks[f.checks["check"] == "deduction_signs"]
    assert rep["status"].tolist() == ["repaired"] and "(9,000,921.10)" not in rep["detail"].item()
    assert "-9,000,921.10" in rep["detail"].item()
    assert f.checks[f.checks["check"] == "pool_roll_forward"]["status"].tolist() == ["pass"]


@needs_corpus
@pytest.mark.parametrize("name", [
    "038_cik1099391-2001he2-2001-12-servicing-cert-html.txt",  # "Principal / Balance" over its measures
    "071_cik1099391-2002he1-2002-06-servicing-cert-html.txt",  # and "Group" over a column
    "054_rasc-2007ks4-2007-09-gmacrfc-statement.txt",
])
def test_the_upper_line_of_a_two_line_header_is_not_a_servicer(name):
    text = (CORPUS / name).read_text(encoding="utf-8", errors="replace")
    assert not any(s in text for s in ("Fairbanks", "Ocwen", "Countrywide"))  # no servicer is named
    assert abs_nb.load(CORPUS / name).meta["servicers"] == []


@needs_corpus
@pytest.mark.parametrize(("name", "lines"), [
    # "Stepdown" / blank / "No" / blank / ... "Trigger Event" / blank / "No": separate paragraphs
    ("073_household-hel-1999-1-2000-12-incjournal-text.txt", (177, 181)),
    # one cell per line: "Stepdown" | "No"
    ("045_household-hel-2001-2-2001-11-statement-first.txt", (190, 194)),
])
def test_stepdown_and_trigger_printed_no_are_read_as_false(name, lines):
    f = abs_nb.load(CORPUS / name)
    text = f.source_text.split("\n")
    assert f.deal["stepdown_occurred"] is False and f.deal["trigger_event"] is False
    assert (f.source_of("deal", "deal", "stepdown_occurred"), f.source_of("deal", "deal", "trigger_event")) == lines
    assert [text[n - 1].strip("| ") for n in lines] == ["No", "No"]
    assert "Stepdown" in text[lines[0] - 3] and "Trigger Event" in text[lines[1] - 3]


@needs_corpus
def test_a_target_oc_amount_label_is_the_oc_target():
    f = abs_nb.load(CORPUS / "045_household-hel-2001-2-2001-11-statement-first.txt")
    assert f.deal["oc_target"] == 142530364.62
    assert "142,530,364.62" in f.source_text.split("\n")[f.source_of("deal", "deal", "oc_target") - 1]


@needs_corpus
def test_a_lone_trailing_pipe_cuts_no_figure():
    # 036 ends "|9,272,775.73" / "|" with no newline: the figure above the last line is whole
    f = abs_nb.load(CORPUS / "036_auto-cik1377943-2006-12-servicer-report.txt")
    assert f.source_text.endswith("\n|")
    assert "truncated" not in set(f.checks["check"])
    assert ["9,272,775.73"] in f.unmapped["values"].tolist()


def test_a_cell_stream_cut_after_a_lone_pipe_keeps_its_last_value_and_one_cut_mid_cell_does_not():
    head = "|STATEMENT TO CERTIFICATEHOLDERS\n|Distribution Date: 10/25/04\n|Principal Collections\n"
    whole = abs_nb.load_text(head + "|19,557,436.87\n|")  # a label this vocabulary does not know
    assert whole.unmapped[["line", "label"]].values.tolist() == [[3, "Principal Collections"]]
    assert whole.unmapped["values"].tolist() == [["19,557,436.87"]]
    assert "truncated" not in set(whole.checks["check"])
    cut = abs_nb.load_text(head + "|19,557,4")
    assert not any("19,557,4" in v for vals in cut.unmapped["values"] for v in vals)  # not read
    assert "truncated" in set(cut.checks["check"])


@needs_corpus
def test_a_margin_reference_broken_over_two_cells_is_no_label_or_figure():
    # 035: "Pool Factor (Line 9 / Original Pool Balance)" / "|(10" / "|)" / "|94.1749" / "|%"
    u = abs_nb.load(CORPUS / "035_auto-cik1377943-2007-01-servicer-report.txt").unmapped
    assert ")" not in set(u["label"])
    row = u[u["label"] == "Pool Factor (Line 9 / Original Pool Balance)"]
    assert row["values"].tolist() == [["94.1749%"]]


@needs_corpus
def test_a_negative_amount_broken_over_two_cells_is_one_figure():
    # 052: "|$" / "|(0.00" / "|)", the A-1 Notes balance, and "|(3,033,336.10" / "|)"
    f = abs_nb.load(CORPUS / "052_slm-student-2002-2-2004-q3-quarterly-report.txt")
    values = dict(zip(f.unmapped["label"], f.unmapped["values"], strict=False))
    assert values["A-1 Notes"][-2:] == ["(0.00)", "0.000%"]
    assert values["Capitalized Interest"] == ["(3,033,336.10)"]
    assert "unreadable_value" not in set(f.checks["check"])


# 028 and 029 (Greenpoint HELOC servicer certificates) print two "label  value" pairs on one
# line; every figure is typed here from the documents
SIDE_BY_SIDE = {
    "028_greenpoint-heloc-1999-2-2000-07-servicer-cert.txt": [
        (23, "Interest Period 06/15/00 thru 07/16/00:", "32"),
        (23, "Pool Factor:", "92.4088204%"),
        (25, "Servicing Fee Rate:", "0.50000%"),
        (25, "Initial Class A-1 O/C Amt:", "22.71"),
        (26, "Class A-1 Premium Fee Rate:", "0.18000%"),
        (26, "Initial Class A-2 O/C Amt:", "565.15"),
    ],
    # labels wrapped onto the next line ("Initial Class A-1 O/C" / "Amt:")
    "029_greenpoint-heloc-1999-2-2000-11-servicer-cert.txt": [
        (25, "Interest Period 10/16/00", "30"),
        (25, "Pool Factor:", "78.3300819%"),
        (27, "Servicing Fee Rate:", "0.50000%"),
        (27, "Initial Class A-1 O/C", "22.71"),
        (29, "Class A-1 Premium Fee", "0.18000%"),
        (29, "Initial Class A-2 O/C", "565.15"),
    ],
}


@needs_corpus
@pytest.mark.parametrize("name", sorted(SIDE_BY_SIDE))
def test_two_pairs_on_one_line_are_two_rows_each_figure_a_value(name):
    u = abs_nb.load(CORPUS / name).unmapped
    rows = {(r.line, r.label): list(r.values) for r in u.itertuples(index=False)}
    for line, label, figure in SIDE_BY_SIDE[name]:
        assert rows.get((line, label)) == [figure], (line, label, rows)


@needs_corpus
@pytest.mark.parametrize("name, line", [("030_absc-2002he1-2002-12-usbank-8k-header.txt", 59),
                                        ("031_absc-2003he4-2003-09-usbank-8k-header.txt", 61)])
def test_a_list_of_form_items_is_no_malformed_number(name, line):
    # "... Form 10-Q, PartII - Items 1,2,4,5": the items a 10-Q part lists, not an amount
    f = abs_nb.load(CORPUS / name)
    assert "unreadable_value" not in set(f.checks["check"])
    u = f.unmapped
    assert u[u["line"] == line]["values"].tolist() == [["1,2,4,5"]]  # still shown, never dropped
