"""abs_nb.parse.pool_apart: a pool's balances printed apart from its principal, read where the
roll-forward holds across the sections."""

from __future__ import annotations

import pandas as pd

import abs_nb


def _dotted(label: str, figure: str, width: int = 70) -> str:
    return f"   {label} {'.' * (width - len(label) - len(figure))} {figure}\n"


def _report(begin: str = "251,367,118.42", end: str = "246,540,981.95", loss: str = "19,061.79") -> str:
    return ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/25/1998\n\n"
            "Section (i)    Principal Distribution Amount\n\n"
            + _dotted("Scheduled Principal Collected", "202,601.90")
            + _dotted("Principal Prepayments in Full", "4,420,624.19")
            + _dotted("Curtailments", "26,393.55")
            + _dotted("Net Liquidation Proceeds", "67,836.63")
            + _dotted("Principal Remittance Amount", "4,717,456.27")
            + "\n\nSection (iv)   Fees and Notices\n\n"
            + _dotted("Trustee Fee", "2,094.73")
            # sections of words between: the balances stand far from the principal
            + "\n".join(f"   Notice {k}: the Trustee makes no representation as to the accuracy of this report."
                         for k in range(1, 50)) + "\n"
            + "\n\nSection (v)    Pool Balances\n\n"
            + _dotted("Pool Principal Balance, beginning of period", begin)
            + _dotted("Pool Principal Balance, end of period", end)
            + _dotted("Pool Factor", "0.89651132")
            + "\n\nSection (x)    Realized Losses\n\n"
            + _dotted("Realized Losses this period", loss)
            + _dotted("Cumulative Realized Losses since Cut-off Date", "80,865.91"))


# 251,367,118.42 - 4,717,456.27 - 19,061.79 = 246,630,600.36
BALANCED = {"begin": "251,367,118.42", "end": "246,630,600.36"}


def test_balances_in_another_section_are_read_where_the_roll_forward_holds_across():
    f = abs_nb.load_text(_report(**BALANCED))
    t = f.collateral.loc["Total"]
    assert (t["beginning_balance"], t["ending_balance"]) == (251_367_118.42, 246_630_600.36)
    # of two lines of losses, the period's: the roll-forward holds with it only
    assert t["realized_losses"] == 19_061.79
    roles = f.checks[(f.checks.check == "row_role") & f.checks.subject.str.startswith("Pool Principal Balance")]
    assert roles.status.tolist() == ["pass", "pass"]
    assert all("ending_balance holds" in d for d in roles.detail)
    roll = f.checks[f.checks.check == "pool_roll_forward"]
    assert roll.status.tolist() == ["pass"]


def test_balances_the_roll_forward_does_not_join_stay_unread():
    f = abs_nb.load_text(_report(begin="251,367,118.42", end="246,630,700.36"))
    t = f.collateral.loc["Total"]
    assert pd.isna(t.get("beginning_balance")) and pd.isna(t.get("ending_balance"))
    # each balance line is left unread, or named by its words alone with a non-pass check
    for label in ("Pool Principal Balance, beginning of period", "Pool Principal Balance, end of period"):
        named = f.checks[f.checks.subject.str.startswith(label)]
        unread = any(u.startswith(label) for u in f.unmapped.label)
        assert unread or (len(named) and (named.status != "pass").all()), label


def test_a_roll_forward_without_losses_reads_no_loss_line():
    # 251,367,118.42 - 4,717,456.27 = 246,649,662.15: the balances hold without the losses
    f = abs_nb.load_text(_report(begin="251,367,118.42", end="246,649,662.15", loss="0.00"))
    t = f.collateral.loc["Total"]
    assert t["ending_balance"] == 246_649_662.15
    assert pd.isna(t.get("realized_losses"))  # a zero proves nothing


def test_one_roll_forward_reading_or_none():
    from abs_nb.parse.pool_apart import one_roll
    half = 0.005
    b, e = ("begin", 100.0, half), ("end", 85.0, half)
    # with the loss or without it, two principals hold alike: no reading
    assert one_roll([b], [e], [("p", 10.0, half), ("q", 15.0, half)], [("loss", 5.0, half)]) is None
    assert one_roll([b], [e], [("p", 10.0, half)], [("loss", 5.0, half)]) == {
        "beginning_balance": "begin", "ending_balance": "end", "total_principal": "p", "realized_losses": "loss"}
    # losses read already are a term of every reading; a zero loss proves nothing
    assert one_roll([b], [e], [("q", 15.0, half)], [("loss", 5.0, half)], losses_read=True) is None
    assert one_roll([b], [("e0", 100.0, half)], [("p", 0.0, half)], []) is None
