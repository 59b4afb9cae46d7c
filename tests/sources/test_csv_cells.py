"""abs_nb.sources.csv_cells: a statement saved by a spreadsheet as comma-separated values."""

from __future__ import annotations

import abs_nb
from abs_nb.sources.csv_cells import csv_columns, is_csv_export

STATEMENT = """\
Sterling Crest Alternative Loan Trust 2005-7,,,,,,,
"Mortgage Pass-Through Certificates, Series 2005-7",,,,,,,
Statement to Certificate Holders,,,,,,,
Payment Date:,11/25/2005,,,,,,
,,,,,,,
Class,CUSIP,Original Balance,Beginning Balance,Principal,Interest,Total,Ending Balance
A-1,86359BAA9,"200,000,000.00","180,112,344.17","3,118,220.45","825,514.91","3,943,735.36","176,994,123.72"
A-2,86359BAB7,"50,000,000.00","50,000,000.00",0.00,"233,333.33","233,333.33","50,000,000.00"
M-1,86359BAC5,"10,000,000.00","10,000,000.00",0.00,"49,166.67","49,166.67","10,000,000.00"
Total,,"260,000,000.00","240,112,344.17","3,118,220.45","1,108,014.91","4,226,235.36","236,994,123.72"
,,,,,,,
Collateral,,,,,,,
Beginning Pool Balance,"245,112,344.17",,,,,,
Scheduled Principal,"212,118.02",,,,,,
Prepayments,"2,906,102.43",,,,,,
Ending Pool Balance,"241,994,123.72",,,,,,
"""


def test_a_csv_export_is_laid_out_in_columns_one_line_a_line():
    assert is_csv_export(STATEMENT)
    laid = csv_columns(STATEMENT).split("\n")
    assert len(laid) == len(STATEMENT.split("\n"))
    assert laid[1] == "Mortgage Pass-Through Certificates, Series 2005-7"  # one cell: its words as printed
    # fixed-width text is none, though its figures print commas
    assert not is_csv_export("Beginning Balance     1,000,000.00    2,000.00\n" * 8)
    assert not is_csv_export("A-1, A-2 and A-3 were paid in full, as was M-1.\n" * 8)


def test_a_statement_saved_as_csv_is_read():
    f = abs_nb.load_text(STATEMENT)
    assert f.classes.loc["A-1", ["beginning_balance", "principal", "interest", "ending_balance"]].tolist() == [
        180_112_344.17, 3_118_220.45, 825_514.91, 176_994_123.72]
    assert f.classes.loc["M-1", "cusip"] == "86359BAC5"
    assert f.totals["ending_balance"] == 236_994_123.72
    assert f.collateral.loc["Total", "prepayments"] == 2_906_102.43
