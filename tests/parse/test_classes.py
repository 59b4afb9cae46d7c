"""abs_nb.parse.classes: stacked class blocks joined, and a block that cannot be joined said."""

from __future__ import annotations

import math

from .conftest import edited


def test_an_unlabelled_block_one_row_short_is_not_shifted():
    f = edited("    4.00000%       180,000\n", "")  # A-IO's Rate/Int row dropped
    assert math.isnan(f.classes.loc["B-IO", "interest"])  # not the Total's 1,632,020
    assert math.isnan(f.classes.loc["A-1", "interest"])
    rows = f.checks[f.checks["check"] == "block_rows"]
    assert len(rows) == 1 and rows["status"].item() == "fail"
