"""Month-over-month checks for the same deal across a corpus.

For consecutive distributions of one deal (same series, same trust where printed): each
class's and each group's ending balance equals the next month's beginning balance, and
cumulative realized losses never fall. Mismatches carry both values and both sources.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence

from abs_nb.model import Filing

CHECK_COLUMNS = ["check", "subject", "expected", "actual", "difference", "status", "detail", "lines"]


def deal_key(f: Filing) -> tuple[str, str] | None:
    series = f.meta.get("series")
    if not series or f.meta.get("distribution_date") is None:
        return None
    trust = re.sub(r"[^a-z0-9]", "", (f.meta.get("trust") or "").lower())
    return trust, series


def _num(v: object) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return math.nan
    return float(v)


def _row(check, subject, expected, actual, status, detail, a: Filing, b: Filing) -> dict[str, object]:
    return {
        "check": check, "subject": subject, "expected": expected, "actual": actual,
        "difference": actual - expected, "status": status, "detail": detail, "lines": [],
        "trust": b.meta.get("trust"), "series": b.meta.get("series"),
        "distribution_date": b.meta.get("distribution_date"), "source": b.meta.get("source"),
        "sha256": b.meta.get("sha256"), "previous_source": a.meta.get("source"),
        "previous_distribution_date": a.meta.get("distribution_date"),
    }


def _status(diff: float) -> str:
    return "pass" if abs(diff) <= 0.005 else "warn" if abs(diff) <= 1.0 else "fail"


def checks(filings: Sequence[Filing]) -> list[dict[str, object]]:
    """Rows for the corpus checks table (with ``previous_source`` beside ``source``)."""
    by_deal: dict[tuple[str, str], list[Filing]] = defaultdict(list)
    trusts_of: dict[str, set[str]] = defaultdict(set)
    keyed = [(f, deal_key(f)) for f in filings]
    for _, key in keyed:
        if key is not None and key[0]:
            trusts_of[key[1]].add(key[0])
    for f, key in keyed:
        if key is None:
            continue
        if not key[0] and len(trusts_of[key[1]]) == 1:
            # no trust printed: it is the deal of that series, when only one deal has it
            key = (next(iter(trusts_of[key[1]])), key[1])
        by_deal[key].append(f)
    rows: list[dict[str, object]] = []
    for deal in by_deal.values():
        deal.sort(key=lambda f: f.meta["distribution_date"])
        for a, b in zip(deal, deal[1:], strict=False):
            when = f"{a.meta['distribution_date']} -> {b.meta['distribution_date']}"
            da, db = a.meta["distribution_date"], b.meta["distribution_date"]
            months = (db.year - da.year) * 12 + db.month - da.month
            if months != 1:
                # not consecutive: balances cannot be compared; the gap itself is reported
                rows.append(_row("month_over_month", "consecutive distributions", 1.0, float(months), "warn",
                                 f"{when}: {months} months apart (a month is missing from the corpus, or a "
                                 "deal has two filings for one month); balances not compared", a, b))
                continue
            # each class's and each group's ending balance carries over to the next month
            for kind, before, after in (("class", a.parsed.classes, b.parsed.classes),
                                        ("pool", a.parsed.collateral, b.parsed.collateral)):
                for name, vals in after.items():
                    prev = before.get(name)
                    if prev is None:
                        continue
                    end, beg = _num(prev.get("ending_balance")), _num(vals.get("beginning_balance"))
                    if math.isnan(end) or math.isnan(beg):
                        continue
                    rows.append(_row("month_over_month", f"{kind} {name} balance", end, beg, _status(beg - end),
                                     f"{when}: ending balance {end:,.2f} in {a.meta['source']}, beginning "
                                     f"balance {beg:,.2f} in {b.meta['source']}", a, b))
            c0 = _num(a.parsed.deal.get("cumulative_realized_losses"))
            c1 = _num(b.parsed.deal.get("cumulative_realized_losses"))
            if not (math.isnan(c0) or math.isnan(c1)):
                rows.append(_row("cumulative_losses", "deal cumulative_realized_losses", c0, c1,
                                 "pass" if c1 >= c0 - 0.005 else "fail",
                                 f"{when}: cumulative losses {c0:,.2f} then {c1:,.2f} (they may not fall)", a, b))
    return rows
