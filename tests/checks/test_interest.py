"""interest = rate x balance x days / 360 - shortfall on class rows (abs_nb.checks.interest)."""

from __future__ import annotations

import abs_nb

from ._edit import S000, S001, S002, corpus, edit, rows


def test_an_io_class_notional_balance_changed_fails_its_interest():
    # the case: A-IO's beginning (notional) balance 54,000,000 -> 59,000,000 passed
    f = abs_nb.load_text(edit(S000, 83, "54,000,000", "59,000,000"))
    status, detail = rows(f, "class_interest")["A-IO"]
    assert status == "fail" and "notional balance 59,000,000.00" in detail
    assert not f.ok


def test_every_seed_class_with_a_rate_holds_and_says_its_day_count():
    days = {S000: "30/360", S001: "33 actual days", S002: "31 actual days"}
    for seed, count in days.items():
        got = rows(abs_nb.load(seed), "class_interest")
        assert got and all(s == "pass" for s, _ in got.values()), (seed.name, got)
        assert all(count in d for _, d in got.values())
    # the IO classes accrue 30/360 beside the floaters' actual days
    assert "x 30/360" in rows(abs_nb.load(S002), "class_interest")["BIO"][1]


def test_the_oc_class_accrues_on_the_pool_balance_and_a_changed_rate_fails():
    assert "pool beginning balance" in rows(abs_nb.load(S002), "class_interest")["X"][1]
    f = abs_nb.load_text(edit(S002, 88, "3.57805%", "3.52805%"))
    assert rows(f, "class_interest")["X"][0] == "fail"


def test_a_changed_rate_fails_where_nothing_else_reads_it():
    f = abs_nb.load_text(edit(S000, 104, "3.37000%", "3.97000%"))
    assert rows(f, "class_interest")["M-3"][0] == "fail"


def test_a_printed_shortfall_is_taken_off_the_interest_accrued():
    path = corpus("038_")
    assert rows(abs_nb.load(path), "class_interest")["I-A-1"][0] == "pass"
    # I-A-1's interest shortfall 0.00 -> 900.00: nothing else compares it
    f = abs_nb.load_text(edit(path, 142, "0.00", "900.00"))
    status, detail = rows(f, "class_interest")["I-A-1"]
    assert status == "fail" and "interest shortfall 900.00" in detail


def test_corpus_day_counts_are_found_from_the_numbers():
    for prefix, count in (("039_", "31 actual days"), ("040_", "28 actual days"), ("068_", "29 actual days")):
        got = rows(abs_nb.load(corpus(prefix)), "class_interest")
        assert got and all(s == "pass" and count in d for s, d in got.values()), (prefix, got)


def test_the_classes_shares_of_a_pool_shortfall_add_up_to_it():
    # 000: Less RAIS 0 (pool Total) and every class's RAISF 0.00; X's RAISF 0.00 -> 3.00 is a
    # share of 3.00 of a shortfall of 0. The printed Total of the RAISF column (0.00) leaves
    # X out as it may, so only the allocation catches it: |3.00 - 0| > 12 x 0.005 + 0.5
    assert rows(abs_nb.load(S000), "shortfall_allocation")["pool Total relief_act_interest_shortfall"][0] == "pass"
    f = abs_nb.load_text(edit(S000, 303, "X            0.00", "X            3.00"))
    status, detail = rows(f, "shortfall_allocation")["pool Total relief_act_interest_shortfall"]
    assert status == "fail" and "X" in detail
    assert rows(f, "total_row")["relief_act_interest_shortfall"][0] == "pass"
    # a share printed in cents moves within the 0.565 of rounding by a cent: not proven by
    # the allocation, it stays listed by unverified
    assert "X relief_act_interest_shortfall 0 (line 303)" in rows(abs_nb.load(S000), "unverified")["classes"][1]


def test_the_classes_prepayment_shortfalls_are_at_most_the_deals_aggregate():
    # 002: Agg Amt of Prep Int Shortfalls 0.00 (it may be the gross shortfall: a bound);
    # A-1's PPIS 0.00 -> 5.00 puts 5.00 on the classes, more than 0.00 + 9 x 0.005 (and than
    # the dollar within which a gap only warns)
    assert "deal prepayment_interest_shortfall" not in rows(abs_nb.load(S002), "shortfall_allocation")
    f = abs_nb.load_text(edit(S002, 193, "0.00            0.00         0.00", "0.00            5.00         0.00"))
    status, detail = rows(f, "shortfall_allocation")["deal prepayment_interest_shortfall"]
    assert status == "fail" and "add up to more than" in detail


def test_a_floating_class_rate_is_the_index_plus_its_margin():
    # LIBOR 6.65125% + Margin A-1 0.30000% = 6.95125%, + Margin A-2 0.38000% = 7.03125%
    path = corpus("028_")
    f = abs_nb.load(path)
    got = rows(f, "floating_coupon")
    assert {k: s for k, (s, _) in got.items()} == {"A-1": "pass", "A-2": "pass"}
    assert "index_rate 6.651250% + margin 0.380000%" in got["A-2"][1]
    # the three figures are compared, so none stands on the report alone
    assert not any("index_rate" in d or "interest_rate" in d for d in f.checks[f.checks.check == "unverified"].detail)


def test_a_changed_index_or_margin_breaks_the_coupon():
    path = corpus("028_")
    # a higher index leaves the rate below index + margin: a cap may bind, none is printed
    status, detail = rows(abs_nb.load_text(edit(path, 18, "6.65125%", "6.65175%")), "floating_coupon")["A-1"]
    assert status == "warn" and "may bind" in detail
    # a lower margin puts the rate above index + margin: never so
    status, detail = rows(abs_nb.load_text(edit(path, 22, "0.38000%", "0.36000%")), "floating_coupon")["A-2"]
    assert status == "fail" and "never above" in detail


def test_a_rate_below_index_plus_margin_passes_at_the_class_cap():
    text = edit(corpus("028_"), 21, "7.03125%", "6.90000%")
    capped = text.replace("Margin A-2:      ", "Class A-2 Cap Rate:           6.90000%\n                             Margin A-2:      ", 1)
    status, detail = rows(abs_nb.load_text(capped), "floating_coupon")["A-2"]
    assert status == "pass" and "cap_rate binds" in detail
    assert rows(abs_nb.load_text(text), "floating_coupon")["A-2"][0] == "warn"
