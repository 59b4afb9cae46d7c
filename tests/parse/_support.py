"""Hand-written cell streams and an HTML table shared by the tests of the cell readers
(``test_cells.py``, ``test_cell_rows.py``), and the verdicts of a generated document."""

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
