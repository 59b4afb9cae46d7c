"""Pool checks (abs_nb.checks.pool): a negative servicing fee fails, naming the amount."""

from __future__ import annotations

import abs_nb

from ._edit import S000, edit, rows


def test_a_negative_servicing_fee_fails():
    assert "fee_sign" not in set(abs_nb.load(S000).checks["check"])
    f = abs_nb.load_text(edit(S000, 226, "284,739", "(284,739)"))
    got = rows(f, "fee_sign")
    assert got and all(s == "fail" and "-284,739.00 is negative" in d for s, d in got.values()), got
    assert not f.ok
