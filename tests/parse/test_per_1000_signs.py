"""abs_nb.parse.per_1000_signs: per-$1,000 figures printed in brackets beside their amounts.

A whole report printing them so is hand-written statement ze5 (tests/handwritten)."""

from __future__ import annotations

import pytest

from abs_nb.parse.per_1000_signs import repair_per_1000_signs

ORIGINAL = 106_000_000.00


def _classes(per: float, amount: float = 35_900.95, original: float | None = ORIGINAL) -> dict[str, dict[str, object]]:
    vals: dict[str, object] = {"interest": amount, "interest_per_1000": per, "ending_balance": 0.0,
                               "ending_balance_per_1000": -0.0}
    if original is not None:
        vals["original_balance"] = original
    return {"A-1": vals}


@pytest.mark.parametrize("places", [6, 4, 2])
def test_a_bracketed_figure_that_is_its_amount_per_1000_is_stored_as_its_magnitude(places):
    per = round(35_900.95 / ORIGINAL * 1000, places)
    classes = _classes(-per)
    checks = repair_per_1000_signs(classes, {("classes", "A-1", "interest_per_1000"): (22, 50, 60)},
                                   {("classes", "A-1", "interest_per_1000"): places})
    assert classes["A-1"]["interest_per_1000"] == per
    assert [(c.check, c.subject, c.status, c.lines) for c in checks] == [
        ("bracket_signs", "A-1 interest_per_1000", "repaired", [22])]
    assert f"stored as {per:,.{places}f}" in checks[0].detail


@pytest.mark.parametrize("case", [
    {"per": -0.5},  # no amount of the class gives it: left as printed, for the checks to judge
    {"per": -0.338688, "amount": -35_900.95},  # its amount is below zero too
    {"per": -0.338688, "original": None},  # no original balance to prove it by
])
def test_a_negative_no_identity_accounts_for_is_left_as_printed(case):
    classes = _classes(**case)
    assert repair_per_1000_signs(classes, {}, {}) == []
    assert classes["A-1"]["interest_per_1000"] == case["per"]
