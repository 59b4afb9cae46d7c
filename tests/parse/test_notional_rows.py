"""abs_nb.parse.notional_rows: a class proven notional by the Total and its balance."""

from __future__ import annotations

import abs_nb
from abs_nb.parse.notional_rows import proven_notional

TABLE = ("CERTIFICATE PRINCIPAL\n\n"
         "CLASS   CUSIP               ORIG BAL         BEG BAL       PRIN DIST          END BAL\n"
         "------- ---------- ---------------- ---------------- --------------- ----------------\n"
         "1-A-1   70214LAA6    150,000,000.00   147,331,466.31    2,335,227.67   144,996,238.64\n"
         "1-A-2   70214LAB4     53,022,671.68    52,079,386.44      825,466.74    51,253,919.70\n"
         "{strip}   70214LAG3     26,911,450.27    24,611,582.37            0.00    24,221,952.23\n"
         "B-1     70214LAK4     11,610,000.00    11,577,054.14       16,711.73    11,560,342.41\n"
         "======= ========== ================ ================ =============== ================\n"
         "TOTAL                214,632,671.68   210,987,906.89    3,177,406.14   207,810,500.75\n")


def _balances(beg: float, prin: float, end: float, orig: float = 100.0) -> dict[str, object]:
    return {"original_balance": orig, "beginning_balance": beg, "principal": prin, "ending_balance": end}


def test_a_strip_the_total_leaves_out_whose_balance_falls_unpaid_is_notional_whatever_its_name():
    f = abs_nb.load_text(TABLE.format(strip="A-X  "))
    assert f.classes["notional"].to_dict() == {"1-A-1": False, "1-A-2": False, "A-X": True, "B-1": False}
    checks = f.checks.set_index(["check", "subject"])
    assert checks.loc[("notional_class", "A-X"), "status"] == "pass"
    assert checks.loc[("total_row", "ending_balance"), "status"] == "pass"
    assert "excludes A-X" in checks.loc[("total_row", "ending_balance"), "detail"]
    # its balance is not checked as a roll-forward it does not follow
    assert ("class_roll_forward", "A-X") not in checks.index


def test_the_same_class_the_total_counts_is_no_notional_class():
    # its balances added into the Total: a class whose loss went unprinted, not a strip
    text = TABLE.format(strip="A-3  ").replace(
        "TOTAL                214,632,671.68   210,987,906.89    3,177,406.14   207,810,500.75",
        "TOTAL                241,544,121.95   235,599,489.26    3,177,406.14   232,032,452.98")
    f = abs_nb.load_text(text)
    assert not f.classes["notional"].any()
    assert "notional_class" not in set(f.checks["check"])


def test_what_proves_nothing():
    totals = {"original_balance": 110.0, "beginning_balance": 100.0, "ending_balance": 95.0}

    def classes(strip: dict[str, object]) -> dict[str, dict[str, object]]:
        return {"A-1": _balances(90.0, 5.0, 85.0), "S": strip, "B": _balances(10.0, 0.0, 10.0, orig=10.0)}

    # the proof: out of the Total, falling unpaid
    assert [c.subject for c in proven_notional(["A-1", "S", "B"], classes(_balances(36.0, 0.0, 34.0, orig=40.0)),
                                               totals, {}, {})] == ["S"]
    # out of the Total but its balance rolls: the principal it prints pays the fall
    assert proven_notional(["A-1", "S", "B"], classes(_balances(36.0, 2.0, 34.0, orig=40.0)), totals, {}, {}) == []
    # a residual or O/C class's balance follows no flows: never proven notional by them
    assert proven_notional(["A-1", "X", "B"], {**classes({}), "X": _balances(36.0, 0.0, 34.0, orig=40.0)},
                           totals, {}, {}) == []
    # the Total printed under one balance column only
    assert proven_notional(["A-1", "S", "B"], classes(_balances(36.0, 0.0, 34.0, orig=40.0)),
                           {"ending_balance": 95.0}, {}, {}) == []
    # two classes each the whole excess: neither is told
    two = {**classes(_balances(36.0, 0.0, 34.0, orig=40.0)), "T": _balances(36.0, 0.0, 34.0, orig=40.0)}
    one_in = {"original_balance": 150.0, "beginning_balance": 136.0, "ending_balance": 129.0}
    assert proven_notional(["A-1", "S", "T", "B"], two, one_in, {}, {}) == []


def test_a_class_printing_no_principal_or_named_as_a_group_s_o_c_class_is_never_proven_notional():
    totals = {"original_balance": 110.0, "beginning_balance": 100.0, "ending_balance": 95.0}
    base = {"A-1": _balances(90.0, 5.0, 85.0), "B": _balances(10.0, 0.0, 10.0, orig=10.0)}
    no_principal = {"original_balance": 40.0, "beginning_balance": 36.0, "ending_balance": 34.0}
    assert proven_notional(["A-1", "S", "B"], {**base, "S": no_principal}, totals, {}, {}) == []
    assert proven_notional(["A-1", "2-CE", "B"], {**base, "2-CE": _balances(36.0, 0.0, 34.0, orig=40.0)},
                           totals, {}, {}) == []
    assert [c.subject for c in proven_notional(["A-1", "A-X", "B"], {**base, "A-X": _balances(36.0, 0.0, 34.0, orig=40.0)},
                                               totals, {}, {})] == ["A-X"]
