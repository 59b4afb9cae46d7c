"""abs_nb.parse.structure: after the walk, class tables found by the alignment of their figures
are kept when one of their columns is proven by the identities or named by its header (or
when they label a stacked half that is kept), and the pool and delinquency readers run on.

The tables are hand-written; the identities they obey are worked out in the comments.
"""

from __future__ import annotations

from collections import Counter

import pytest

import abs_nb
from abs_nb.errors import NotADistributionReport
from abs_nb.parse.engine import walk
from tests.synthetic.evaluate import score
from tests.synthetic.generate import generate

# a labelled table whose one column no identity proves and no vocabulary word names, over a
# stacked half with no labels: Opening = Paid + Closing on A-1 (900,000 = 10,000 + 890,000)
# and A-2 (1,800,000 = 20,000 + 1,780,000); M-1 pays nothing, which proves nothing
LABELS = """\
PAYMENTS

Class       Series Code
A-1                 11
A-2                 12
M-1                 13
"""
HALF = """
   Opening Bal.       Paid     Closing Bal.
   900,000.00    10,000.00     890,000.00
 1,800,000.00    20,000.00   1,780,000.00
   500,000.00         0.00     500,000.00
"""


def test_a_labelled_table_is_kept_while_it_labels_a_half_that_is_kept():
    w = walk(LABELS + HALF)
    assert [(b.found_by, b.labelled) for b in w.class_blocks] == [("structure", True), ("structure", False)]
    roles = {c.subject: c.status for c in w.checks if c.check == "column_role"}
    assert roles == {"Series Code (line 3)": "warn", "Opening Bal. (line 8)": "pass", "Paid (line 8)": "pass",
                     "Closing Bal. (line 8)": "pass"}
    f = abs_nb.load_text(LABELS + HALF)
    assert f.classes.index.tolist() == ["A-1", "A-2", "M-1"]
    assert f.classes.loc["A-2", ["beginning_balance", "principal", "ending_balance"]].tolist() == [
        1_800_000.00, 20_000.00, 1_780_000.00]
    assert list(f.unmapped["line"]) == [4, 5, 6]  # the Series Code figures, not read


def test_the_same_labelled_table_alone_is_dropped_with_its_checks():
    w = walk(LABELS)
    assert w.class_blocks == [] and w.checks == []
    with pytest.raises(NotADistributionReport):
        abs_nb.load_text(LABELS)


def test_a_table_no_column_of_which_is_proven_or_named_is_not_taken():
    text = ("MONTHLY REPORT\n\n  Item     Count   Amount\n"
            "  AB-1       3    1,234.00\n  CD-2       4    5,678.00\n")
    f = abs_nb.load_text(text + "\nDistribution Date: 10/15/2003\nAsset Backed Certificates Series 2003-HE2\n")
    assert f.classes.empty
    assert set(f.unmapped.line) >= {4, 5}


def test_a_table_under_a_heading_saying_per_1000_takes_per_1000_fields_for_its_header_words():
    # generated layout 120: the walk places the table under "Distributions per $1,000
    # Certificate" by its header words ("Interest", "End Bal"), which name amounts; under that
    # heading they name the per-$1,000 figures, never the amounts of the tables above
    doc = generate(120)
    assert "Distributions per $1,000 Certificate" in doc.text
    w = walk(doc.text)
    below = [b for b in w.class_blocks if b.found_by == "header" and "Interest" in [c.printed for c in b.columns]]
    assert below and below[0].section == "per1000"
    assert {c.printed: c.field for c in below[0].columns}["End Bal"] == "ending_balance_per_1000"
    assert {v for v, n in Counter(o.verdict for o in score(doc) if o.key[0] == "classes").items()} == {"right"}


def test_a_class_table_per_loan_group_under_the_same_header_words():
    # the second table's columns hold what the first's do: the identities prove each field
    # once in a report, so it is the header printed again that names them
    head = ["           Beg Cert         Prin         Int       End Cert",
            "Class           Bal         Dist        Dist            Bal",
            "-" * 62]
    text = "\n".join([
        "PAYMENTS TO HOLDERS", "", "  Group 1 Certificates", *head,
        "IA-1     1,000,000.00   100,000.00    5,000.00     900,000.00",
        "IA-2     2,000,000.00         0.00   11,000.00   2,000,000.00",
        "", "  Group 2 Certificates", *head,
        "IIA-1    3,000,000.00   300,000.00   15,000.00   2,700,000.00",
        "IIA-2    4,000,000.00         0.00   22,000.00   4,000,000.00", "",
    ])
    c = abs_nb.load_text(text).classes
    assert list(c.index) == ["IA-1", "IA-2", "IIA-1", "IIA-2"]
    assert list(c.ending_balance) == [900_000, 2_000_000, 2_700_000, 4_000_000]
    assert list(c.interest) == [5_000, 11_000, 15_000, 22_000]

