"""The known values of a synthetic deal: classes, pool groups, delinquency, deal lines.

Every amount is an integer count of the printed unit (cents when the document prints two
decimals, dollars when it prints whole dollars), so the identities a report obeys hold
exactly in the generated figures:

- class: ending = beginning - principal - realized loss; total = interest + principal;
  interest = rate x beginning x days / 360 (rounded to the unit);
- the Total row = the sum of the principal-paying classes (senior, mezzanine, subordinate);
- pool group: total principal = scheduled + prepayments and curtailments + liquidation
  proceeds; ending = beginning - total principal - realized losses; groups add to the Total;
- delinquency counts and balances of the groups add to the Total;
- O/C: pool ending - certificate ending (principal-paying classes and ``P``) = ``X`` ending
  = the deal's O/C amount; certificate principal = pool principal + pool losses - losses
  written down on classes + O/C increase.

>>> import random
>>> d = make_deal(random.Random(7), unit=100)
>>> all(c.ending == c.beginning - c.principal - c.loss for c in d.classes if c.kind != X)
True
>>> cusip_check_digit("04541GDP")
'4'
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field

SENIOR, MEZZANINE, SUBORDINATE, IO, X, R, P = "senior", "mezzanine", "subordinate", "io", "x", "r", "p"
#: classes whose balances pay principal and make up the Total row
PAYING = (SENIOR, MEZZANINE, SUBORDINATE)
_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # CUSIPs skip I and O
STATUSES = ("30-59", "60-89", "90+", "foreclosure", "bankruptcy", "reo")


def cusip_check_digit(first8: str) -> str:
    """The CUSIP check digit of 8 characters (the "modulus 10 double add double" rule).

    >>> cusip_check_digit("03783310")  # Apple Inc. common stock, 037833100
    '0'
    """
    total = 0
    for i, ch in enumerate(first8.upper()):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - ord("A") + 10
        else:
            v = {"*": 36, "@": 37, "#": 38}[ch]
        if i % 2 == 1:
            v *= 2
        total += v // 10 + v % 10
    return str((10 - total % 10) % 10)


def valid_cusip(cusip: str) -> bool:
    """True for 9 characters whose last is the check digit of the first 8.

    >>> valid_cusip("04541GDP4"), valid_cusip("04541GDP5")
    (True, False)
    """
    return len(cusip) == 9 and cusip[8] == cusip_check_digit(cusip[:8])


@dataclass
class ClassValues:
    """One class; amounts in units, ``rate`` in hundred-thousandths of a percent (None: N/A)."""

    label: str
    kind: str
    cusip: str
    original: int
    beginning: int
    principal: int = 0
    interest: int = 0
    loss: int = 0
    rate: int | None = None
    days: int = 30
    growth: int = 0  # what X gains besides principal and losses: the O/C increase

    @property
    def total(self) -> int:
        return self.interest + self.principal

    @property
    def ending(self) -> int:
        return self.beginning - self.principal - self.loss + self.growth


@dataclass
class GroupValues:
    """One pool group (or the Total); amounts in units."""

    name: str
    beginning: int
    scheduled: int
    prepayments: int
    liquidation: int
    losses: int
    ending_count: int

    @property
    def total_principal(self) -> int:
        return self.scheduled + self.prepayments + self.liquidation

    @property
    def ending(self) -> int:
        return self.beginning - self.total_principal - self.losses


@dataclass
class Deal:
    """Everything a synthetic report prints, before any formatting."""

    unit: int  # units per dollar: 100 (cents) or 1 (whole dollars)
    classes: list[ClassValues]
    groups: list[GroupValues]  # the groups, then the Total (a single pool: the Total only)
    delinquency: dict[tuple[str, str], tuple[int, int]]  # (group, status) -> (count, balance)
    deal_lines: dict[str, int]  # field -> units (money), hundred-thousandths of % (rates), counts
    class_losses: bool = False
    oc_increase: int = 0
    totals: dict[str, int] = field(default_factory=dict)


def _round_to(rng: random.Random, lo: float, hi: float, step: int) -> int:
    return int(rng.uniform(lo, hi) / step) * step


def _labels(rng: random.Random, n_senior: int, n_mezz: int, n_sub: int, io: bool) -> list[tuple[str, str]]:
    style = rng.choice(["dash", "grouped", "plain", "split"])
    out: list[tuple[str, str]] = []
    for i in range(1, n_senior + 1):
        if style == "grouped":
            g = 1 if i <= (n_senior + 1) // 2 else 2
            k = i if g == 1 else i - (n_senior + 1) // 2
            out.append((f"{g}-A{k}", SENIOR))
        elif style == "plain":
            out.append((f"A{i}", SENIOR))
        else:
            out.append((f"A-{i}", SENIOR))
    for i in range(1, n_mezz + 1):
        if style == "plain":
            out.append((f"M{i}", MEZZANINE))
        elif style == "split" and i == n_mezz and n_mezz >= 2:
            out.append((f"M{i}-A", MEZZANINE))
            out.append((f"M{i}-B", MEZZANINE))
        else:
            out.append((f"M-{i}", MEZZANINE))
    for i in range(1, n_sub + 1):
        out.append((f"B{i}" if style == "plain" else f"B-{i}", SUBORDINATE))
    if io:
        out.append((rng.choice(["A-IO", "B-IO", "AIO", "BIO"]), IO))
    out.append(("X", X))
    if rng.random() < 0.7:
        out.append(("P", P))
    if rng.random() < 0.8:
        out.append(("R", R))
    return out


def _split(rng: random.Random, total: int, n: int) -> list[int]:
    """``total`` in ``n`` random non-negative parts."""
    if n == 1:
        return [total]
    weights = [rng.uniform(0.3, 1.0) for _ in range(n)]
    s = sum(weights)
    parts = [int(total * w / s) for w in weights]
    parts[-1] = total - sum(parts[:-1])
    return parts


def make_deal(rng: random.Random, unit: int, n_groups: int | None = None) -> Deal:
    """A consistent deal of 4-14 classes and 1-3 pool groups, amounts in ``unit`` per dollar."""
    while True:
        n_senior = rng.randint(1, 4)
        n_mezz = rng.choice([0, 1, 2, 3, 4, 5, 6])
        n_sub = rng.choice([0, 0, 1, 2])
        io = rng.random() < 0.35
        labels = _labels(rng, n_senior, n_mezz, n_sub, io)
        if 4 <= len(labels) <= 14:
            break
    issuer = "".join(rng.choice(string.digits) for _ in range(5)) + rng.choice(_LETTERS)
    used: set[str] = set()
    accrual_30_360 = rng.random() < 0.3
    days = 30 if accrual_30_360 else rng.randint(28, 31)
    index_rate = rng.randint(100_000, 550_000)  # 1.00000% .. 5.50000%
    classes: list[ClassValues] = []
    for label, kind in labels:
        while True:
            issue = rng.choice(_LETTERS) + rng.choice(_LETTERS + string.digits)
            if issue not in used:
                used.add(issue)
                break
        cusip = issuer + issue + cusip_check_digit(issuer + issue)
        if kind == SENIOR:
            orig = _round_to(rng, 40e6, 400e6, 1000) * unit
            beg = int(orig * rng.uniform(0.3, 1.0))
        elif kind in (MEZZANINE, SUBORDINATE):
            orig = _round_to(rng, 3e6, 50e6, 1000) * unit
            beg = orig if rng.random() < 0.7 else int(orig * rng.uniform(0.5, 1.0))
        elif kind == IO:
            orig = _round_to(rng, 30e6, 700e6, 1000) * unit
            beg = int(orig * rng.uniform(0.5, 1.0))
        elif kind == P:
            orig = beg = 100 * unit
        else:  # X (beginning set from the O/C below) and R
            orig = beg = 0
        c = ClassValues(label, kind, cusip, orig, beg, days=days)
        if kind in PAYING:
            c.rate = index_rate + rng.randint(10, 300) * 1000  # index + margin
        elif kind == IO:
            c.rate = rng.randint(50_000, 400_000)
            c.days = 30
        elif kind == R:
            c.rate = 0
        classes.append(c)
    paying = [c for c in classes if c.kind in PAYING]
    p_balance = sum(c.beginning for c in classes if c.kind == P)
    cert_beg = sum(c.beginning for c in paying) + p_balance
    oc_beg = int(cert_beg * rng.uniform(0.005, 0.03))
    pool_beg = cert_beg + oc_beg
    if n_groups is None:
        n_groups = rng.choice([1, 2, 2, 3])
    names = [f"Group {i}" for i in range(1, n_groups + 1)] if n_groups > 1 else []
    groups: list[GroupValues] = []
    for name, beg in zip(names or ["Total"], _split(rng, pool_beg, max(1, len(names))), strict=True):
        tp = int(beg * rng.uniform(0.005, 0.04))
        sched = int(tp * rng.uniform(0.03, 0.15))
        liq = int(tp * rng.uniform(0.0, 0.05)) if rng.random() < 0.5 else 0
        losses = int(beg * rng.uniform(0.00001, 0.0003)) if rng.random() < 0.5 else 0
        count = max(1, beg // (unit * rng.randint(90_000, 220_000)))
        groups.append(GroupValues(name, beg, sched, tp - sched - liq, liq, losses, count))
    if names:
        groups.append(GroupValues(
            "Total", sum(g.beginning for g in groups), sum(g.scheduled for g in groups),
            sum(g.prepayments for g in groups), sum(g.liquidation for g in groups),
            sum(g.losses for g in groups), sum(g.ending_count for g in groups)))
    pool = groups[-1]
    subs = [c for c in paying if c.kind in (MEZZANINE, SUBORDINATE)]
    class_losses = bool(pool.losses and subs and rng.random() < 0.5)
    cl = pool.losses if class_losses else 0
    if class_losses:
        # written down from the most junior class up
        left = cl
        for c in reversed(subs):
            take = min(left, c.beginning // 2)
            c.loss, left = take, left - take
        cl -= left
    inc = int(oc_beg * rng.uniform(0.0, 0.05)) if rng.random() < 0.6 else 0
    cp = pool.total_principal + pool.losses - cl + inc
    seniors = [c for c in paying if c.kind == SENIOR]
    room = sum(c.beginning for c in seniors)
    left = cp
    for c in seniors:
        c.principal = min(c.beginning, cp * c.beginning // room)
        left -= c.principal
    for c in seniors + subs:  # the rounding remainder, to whoever has balance left
        take = min(left, c.beginning - c.principal - c.loss)
        c.principal += take
        left -= take
    assert left == 0, "principal beyond the certificates' balance"
    for c in classes:
        if c.rate is not None and c.kind != R:
            c.interest = round(c.rate / 1e7 * c.beginning * c.days / 360)
    x = next(c for c in classes if c.kind == X)
    x.beginning = oc_beg
    x.growth = inc
    x.interest = int(oc_beg * rng.uniform(0.0, 0.02))
    for c in classes:
        if c.kind == P:
            c.interest = _round_to(rng, 0, 600_000, 1) * unit
    totals = {
        "original_balance": sum(c.original for c in paying),
        "beginning_balance": sum(c.beginning for c in paying),
        "principal": sum(c.principal for c in paying),
        "interest": sum(c.interest for c in paying),
        "realized_loss": sum(c.loss for c in paying),
        "total_distribution": sum(c.total for c in paying),
        "ending_balance": sum(c.ending for c in paying),
    }
    delinquency: dict[tuple[str, str], tuple[int, int]] = {}
    for g in groups[:-1] if names else groups:
        for status in STATUSES:
            n = rng.choice([0, rng.randint(1, 5), rng.randint(5, 120)])
            bal = sum(rng.randint(30_000, 400_000) for _ in range(n)) * unit + (rng.randint(0, 99) if unit > 1 and n else 0)
            delinquency[(g.name, status)] = (n, bal)
    if names:
        for status in STATUSES:
            delinquency[("Total", status)] = (
                sum(delinquency[(g, status)][0] for g in names),
                sum(delinquency[(g, status)][1] for g in names),
            )
    pool_end = pool.ending
    cert_end = sum(c.ending for c in paying) + p_balance
    assert pool_end - cert_end == x.ending, "O/C identity"
    deal_lines = {
        "oc_amount": x.ending,
        "oc_target": x.ending + (int(oc_beg * rng.uniform(0, 0.2)) if rng.random() < 0.5 else 0),
        "wac": rng.randint(600_000, 950_000),
        "wam": rng.randint(180, 358),
        "loan_count": pool.ending_count,
        "cumulative_realized_losses": pool.losses + int(pool.beginning * rng.uniform(0, 0.002)),
        "net_monthly_excess_cash_flow": int(oc_beg * rng.uniform(-0.01, 0.05)),
    }
    if not class_losses:
        deal_lines["oc_increase"] = inc
    return Deal(unit, classes, groups, delinquency, deal_lines, class_losses, inc, totals)
