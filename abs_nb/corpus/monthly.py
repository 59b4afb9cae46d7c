"""Month-over-month checks for the same deal across a corpus.

For consecutive distributions of one deal (same series and trust, :func:`deals`): each
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
    """(trust, series) of a filing, the trust lower-cased to letters and digits ("" when no
    trust name is printed); None without a series or a distribution date."""
    series = f.meta.get("series")
    if not series or f.meta.get("distribution_date") is None:
        return None
    trust = re.sub(r"[^a-z0-9]", "", (f.meta.get("trust") or "").lower())
    return trust, series


def issuers(f: Filing) -> set[str]:
    """Marks that only one deal's filings share: the issuer part of the classes' CUSIPs
    (their first six characters) and the filer's CIK, when known."""
    marks = {f"cusip:{c[:6]}" for vals in f.parsed.classes.values()
             if isinstance(c := vals.get("cusip"), str) and len(c) == 9}
    if f.meta.get("cik"):
        marks.add(f"cik:{f.meta['cik']}")
    return marks


def deals(filings: Sequence[Filing]) -> list[list[Filing]]:
    """The filings of each deal, in input order.

    A deal is a trust and a series. Series numbers repeat across issuers (``2001-1`` is a
    GreenPoint and a Household trust), so a filing that prints no trust name joins a named
    deal of its series only when they share a CUSIP issuer or a CIK (:func:`issuers`) and
    no other named deal of the series does; otherwise it is a deal of its own with the
    unnamed filings of its series that carry the same marks. A guess would compare one
    deal's balances with another's.
    """
    by_deal: dict[tuple[str, ...], list[Filing]] = defaultdict(list)
    keyed = [(f, deal_key(f)) for f in filings]
    named: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # series -> trust -> marks
    for f, key in keyed:
        if key is not None and key[0]:
            named[key[1]][key[0]] |= issuers(f)
    for f, key in keyed:
        if key is None:
            continue
        trust, series = key
        if trust:
            by_deal[(trust, series)].append(f)
            continue
        marks = issuers(f)
        sharing = [t for t, m in named[series].items() if m & marks]
        if len(sharing) == 1:
            by_deal[(sharing[0], series)].append(f)
        else:
            by_deal[("", series, *sorted(marks))].append(f)
    return list(by_deal.values())


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
    rows: list[dict[str, object]] = []
    for deal in deals(filings):
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
