"""O/C checks (abs_nb.checks.overcollateralization): X's ending balance is the O/C amount."""

from __future__ import annotations

import abs_nb

from ._edit import S000, S002, edit, rows


def test_x_ending_balance_equals_the_printed_oc_amount():
    for seed in (S000, S002):
        assert rows(abs_nb.load(seed), "x_is_oc_amount")["X ending balance"][0] == "pass"
    f = abs_nb.load_text(edit(S000, 215, "13,320,411", "13,320,471"))
    status, detail = rows(f, "x_is_oc_amount")["X ending balance"]
    assert status == "fail" and "O/C amount printed" in detail
