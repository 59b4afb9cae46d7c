"""Hand-written cell streams and an HTML table shared by the tests of the cell readers
(``test_cells.py``, ``test_cell_rows.py``), a table of factors shared by the tests of
per-$1,000 readings, and the verdicts of a generated document."""

from __future__ import annotations

from collections import Counter

from tests.synthetic.evaluate import score
from tests.synthetic.generate import generate


def verdicts(seed: int, tables: tuple[str, ...], familiar: bool = False) -> Counter[str]:
    """The verdicts of the figures of ``tables`` read from generated document ``seed``."""
    doc = generate(seed, familiar, "rendering" if familiar else None)
    return Counter(o.verdict for o in score(doc) if o.key[0] in tables)


# one header line, one cell per line: its cells name the columns by position
STREAM_ONE_LINE_HEADER = """\
|STATEMENT TO CERTIFICATEHOLDERS
|Distribution Date: 2005-08-25
|Trustee: U.S. Bank National Association
|DISTRIBUTION SUMMARY
|Class
|CUSIP
|Beginning Balance
|Principal
|Interest
|Total Distribution
|Ending Balance
|A-1
|04541GPY2
|1,000.00
|100.00
|5.00
|105.00
|900.00
|A-2
|04541GPZ9
|2,000.00
|
|10.00
|10.00
|2,000.00
|Total
|
|3,000.00
|100.00
|15.00
|115.00
|2,900.00
|Ending O/C Amount      8,804,354.47
|SIGNATURES
"""



HTML = """<html><body>
<p>STATEMENT TO CERTIFICATEHOLDERS</p><p>Distribution Date: 2005-08-25</p>
<p>Trustee: U.S. Bank National Association</p><p>DISTRIBUTION SUMMARY</p>
<table>
<tr><td>Class</td><td>CUSIP</td><td colspan="2">Beginning Balance</td><td>Principal</td><td>Interest</td>
<td>Total Distribution</td><td>Ending Balance</td></tr>
<tr><td>A-1</td><td>04541GPY2</td><td>$</td><td>1,000.00</td><td>100.00</td><td>5.00</td><td>105.00</td><td>900.00</td></tr>
<tr><td>A-2</td><td>04541GPZ9</td><td></td><td>2,000.00</td><td></td><td>10.00</td><td>10.00</td><td>2,000.00</td></tr>
<tr><td>R</td><td>04541GQB1</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>Total</td><td>&nbsp;</td><td></td><td>3,000.00</td><td>100.00</td><td>15.00</td><td>115.00</td><td>2,900.00</td></tr>
</table>
<p>SIGNATURES</p>
</body></html>
"""


# a trustee's letter: each measure of the classes in an item of its own, in a table, in two
# classes to a line, in a sentence, or in lines under the class with a figure per $1,000 aside
LETTER = """\
EX-99.1

                      MAPLE STREET BANK, as Trustee

To the Holders of the
Maple Home Improvement Contract Trust 1998-2
Re:  Monthly Report for the Payment Date occurring on March 16, 1998

(a)  The amount of the distribution allocable to principal of each Class:

      Class A-1 Certificates           $1,234,567.89
                                 ($61.728395 per $1,000)
      Class A-2 Certificates                   $0.00
                                  ($0.000000 per $1,000)
      Class A-3 Certificates                   $0.00
                                  ($0.000000 per $1,000)
      Class M-1 Certificates                   $0.00
                                  ($0.000000 per $1,000)

(b)  The amount of the distribution allocable to interest: on the Class A-1
     Certificates, $22,561.73 ($1.128087 per $1,000), on the Class A-2
     Certificates, $78,125.00 ($5.208333 per $1,000), on the Class A-3
     Certificates, $54,166.67 ($5.416667 per $1,000); and on the Class M-1
     Certificates, $29,166.67 ($5.833334 per $1,000); in the aggregate,
     $184,020.07.

(c)  The Pass-Through Rate of each Class for the Interest Period:

      Class A-1     6.000%          Class A-2     6.250%
      Class A-3     6.500%          Class M-1     7.000%

(d)  The Certificate Principal Balance of each Class before and after the
     distributions made on the Payment Date, and after them per $1,000 of
     original Certificate Principal Balance:

                       Original        Prior to           After    After, per
                        Balance    Payment Date    Payment Date        $1,000
      A-1         20,000,000.00    4,512,345.67    3,277,777.78    163.888889
      A-2         15,000,000.00   15,000,000.00   15,000,000.00   1000.000000
      A-3         10,000,000.00   10,000,000.00   10,000,000.00   1000.000000
      M-1          5,000,000.00    5,000,000.00    5,000,000.00   1000.000000
"""

# the principal collected, by its parts and their total, with no balance beside them; below
# them two flows of another sum (collected + losses = what the certificates are paid)
PRINCIPAL_ITEM = """
(e)  Principal collections on the Contracts during the Due Period:

      Scheduled principal payments                          412,345.67
      Partial prepayments (curtailments)                     23,456.78
      Principal Prepayments in full (41 Contracts)          765,432.10
      Net Liquidation Proceeds (2 Contracts)                 21,987.65
      Repurchase Price, principal (1 Contract)               11,345.69
                                                        --------------
      Total principal collected                           1,234,567.89
      Liquidation Losses                                     10,000.00
      Formula Principal Distribution Amount               1,244,567.89
"""


# the rows of a table of factors per $1,000 of the original balances and M-1
# (142,000,000, 58,500,000, 15,750,000): under a heading given by each test
FACTOR_ROWS = ("--------------------------------------------------------------------------\n"
               "             BEGINNING     PRINCIPAL      INTEREST        ENDING\n"
               "CLASS          BALANCE  DISTRIBUTION  DISTRIBUTION       BALANCE\n"
               "A-1         849.558567     28.049090      3.153986    821.509477\n"
               "A-2        1000.000000      0.000000      3.840833   1000.000000\n"
               "M-1        1000.000000      0.000000      4.106667   1000.000000\n")

#: a class table printing each class's interest paid, for the tables of interest under it
PAID_SUMMARY = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 06/25/2007\n\nDISTRIBUTION SUMMARY\n\n"
                "Class       Beginning Balance     Principal      Interest        Ending Balance\n"
                "A-1            187,922,447.91  4,083,548.71    883,548.71        183,838,899.20\n"
                "A-2            173,600,913.44  8,693,054.45    804,254.45        164,907,858.99\n"
                "M-1             32,400,000.00          0.00    156,798.00         32,400,000.00\n"
                "M-2             29,600,000.00          0.00    143,757.33         29,600,000.00\n\n")


def pairs_row(label: str, cells: tuple[object, ...], label_width: int = 12, widths: tuple[int, int] = (6, 16)) -> str:
    """A row of a delinquency table: its label, then each pair of cells (count, balance)
    right-aligned in the ``widths`` (a blank cell as "")."""
    count, balance = widths
    return f"{label:<{label_width}}" + "".join(
        f"{c:>{count}}{b:>{balance}}" for c, b in zip(cells[::2], cells[1::2], strict=True)) + "\n"
