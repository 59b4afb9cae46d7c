"""Month-over-month checks for the same deal across a corpus.

For consecutive distributions of one deal (same series and trust, :func:`deals`): each
class's and each group's ending balance equals the next month's beginning balance, and
cumulative realized losses never fall. Mismatches carry both values and both sources.
:func:`deal_names` names each deal so told apart, as charts and comparisons show it.

The checks read a :class:`Month` per filing: what they need of it, taken from a loaded
:class:`~abs_nb.Filing` (:meth:`Month.of`) or from a corpus's stored tables
(:func:`months_from_tables`: a DuckDB file that later months are appended to).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from abs_nb.model import Filing

CHECKS = ("month_over_month", "cumulative_losses")  # the checks this module makes
# the columns of the stored tables that :func:`months_from_tables` reads
READS = {"filings": ["sha256", "trust", "series", "distribution_date", "source", "cik"],
         "classes": ["sha256", "class", "beginning_balance", "ending_balance", "cusip"],
         "collateral": ["sha256", "group", "beginning_balance", "ending_balance"],
         "deal": ["sha256", "cumulative_realized_losses"]}


@dataclass
class Month:
    """One filing as the checks across months read it."""

    trust: str | None
    series: str | None
    distribution_date: dt.date | None
    source: str | None
    sha256: str | None
    cik: str | None = None
    classes: dict[str, tuple[float, float]] = field(default_factory=dict)  # class -> (beginning, ending)
    pools: dict[str, tuple[float, float]] = field(default_factory=dict)  # group -> (beginning, ending)
    cumulative_losses: float = math.nan
    cusips: list[str] = field(default_factory=list)
    statement: int | None = None  # which statement of a document holding several

    @classmethod
    def of(cls, f: Filing) -> Month:
        m, p = f.meta, f.parsed
        return cls(
            m.get("trust"), m.get("series"), m.get("distribution_date"), m.get("source"), m.get("sha256"),
            m.get("cik"),
            {c: (_num(v.get("beginning_balance")), _num(v.get("ending_balance"))) for c, v in p.classes.items()},
            {g: (_num(v.get("beginning_balance")), _num(v.get("ending_balance"))) for g, v in p.collateral.items()},
            _num(p.deal.get("cumulative_realized_losses")),
            [c for v in p.classes.values() if isinstance(c := v.get("cusip"), str)],
            m.get("statement"),
        )


def months_from_tables(filings: pd.DataFrame, classes: pd.DataFrame, collateral: pd.DataFrame,
                       deal: pd.DataFrame) -> list[Month]:
    """A :class:`Month` per row of ``filings`` (the stored ``filings`` table), its figures
    from the stored long tables (:func:`add_figures`)."""
    months: dict[tuple[object, int | None], Month] = {}
    for r in filings.itertuples(index=False):
        statement = _statement(getattr(r, "statement", None))
        months[(r.sha256, statement)] = Month(_text(r.trust), _text(r.series), _date(r.distribution_date),
                                              _text(r.source), r.sha256, _text(getattr(r, "cik", None)),
                                              statement=statement)
    add_figures(months, classes, collateral, deal)
    return list(months.values())


def add_figures(months: dict[tuple[object, int | None], Month], classes: pd.DataFrame, collateral: pd.DataFrame,
                deal: pd.DataFrame) -> None:
    """Each month's classes, groups, CUSIPs and cumulative losses, from the rows of the
    stored long tables that are its (matched by ``sha256`` and ``statement``, in stored
    order; tables stored before ``statement`` existed match by ``sha256``): a table without
    a column gives nothing of it."""
    for table, attr, key in ((classes, "classes", "class"), (collateral, "pools", "group")):
        if not len(table) or key not in table.columns:
            continue
        beg = table["beginning_balance"] if "beginning_balance" in table.columns else pd.Series(math.nan, index=table.index)
        end = table["ending_balance"] if "ending_balance" in table.columns else pd.Series(math.nan, index=table.index)
        for k, name, b, e in zip(_filing_keys(table), table[key], beg, end, strict=True):
            if k in months:
                getattr(months[k], attr)[name] = (_num(b), _num(e))
    if len(classes) and "cusip" in classes.columns:
        for k, cusip in zip(_filing_keys(classes), classes["cusip"], strict=True):
            if k in months and isinstance(cusip, str):
                months[k].cusips.append(cusip)
    if len(deal) and "cumulative_realized_losses" in deal.columns:
        for k, v in zip(_filing_keys(deal), deal["cumulative_realized_losses"], strict=True):
            if k in months:
                months[k].cumulative_losses = _num(v)


def month_key(m: Month) -> tuple[object, int | None]:
    """The key :func:`add_figures` matches a month's rows by."""
    return m.sha256, m.statement


def _statement(v: object) -> int | None:
    """A stored statement number (None, NaN or <NA> when the document holds one)."""
    return None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else int(v)  # type: ignore[call-overload]


def _filing_keys(table: pd.DataFrame) -> list[tuple[object, int | None]]:
    """(sha256, statement) of each row of a stored table."""
    statements = table["statement"] if "statement" in table.columns else [None] * len(table)
    return [(sha, _statement(s)) for sha, s in zip(table["sha256"], statements, strict=True)]


def _text(v: object) -> str | None:
    return v if isinstance(v, str) and v else None


def _date(v: object) -> dt.date | None:
    if v is None or v is pd.NaT or v is pd.NA or (isinstance(v, float) and v != v):
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    return pd.Timestamp(v).date()  # numpy datetime64 from a stored DATE


def deal_key(m: Month) -> tuple[str, str] | None:
    """(trust, series) of a filing, the trust lower-cased to letters and digits ("" when no
    trust name is printed); None without a series or a distribution date."""
    if not m.series or m.distribution_date is None:
        return None
    return re.sub(r"[^a-z0-9]", "", (m.trust or "").lower()), m.series


def issuers(m: Month) -> set[str]:
    """Marks that only one deal's filings share: the issuer part of the classes' CUSIPs
    (their first six characters) and the filer's CIK, when known."""
    marks = {f"cusip:{c[:6]}" for c in m.cusips if len(c) == 9}
    if m.cik:
        marks.add(f"cik:{m.cik}")
    return marks


def deals(months: Sequence[Month]) -> list[list[Month]]:
    """The filings of each deal, in input order.

    A deal is a trust and a series. Series numbers repeat across issuers (``2001-1`` is a
    GreenPoint and a Household trust), so a filing that prints no trust name joins a named
    deal of its series only when they share a CUSIP issuer or a CIK (:func:`issuers`) and
    no other named deal of the series does; otherwise it is a deal of its own with the
    unnamed filings of its series that carry the same marks. A guess would compare one
    deal's balances with another's.
    """
    by_deal: dict[tuple[str, ...], list[Month]] = defaultdict(list)
    keyed = [(m, deal_key(m)) for m in months]
    named: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # series -> trust -> marks
    for m, key in keyed:
        if key is not None and key[0]:
            named[key[1]][key[0]] |= issuers(m)
    for m, key in keyed:
        if key is None:
            continue
        trust, series = key
        if trust:
            by_deal[(trust, series)].append(m)
            continue
        marks = issuers(m)
        sharing = [t for t, found in named[series].items() if found & marks]
        if len(sharing) == 1:
            by_deal[(sharing[0], series)].append(m)
        else:
            by_deal[("", series, *sorted(marks))].append(m)
    return list(by_deal.values())


def _num(v: object) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return math.nan
    return float(v)


def _row(check: str, subject: str, expected: float, actual: float, status: str, detail: str,
         a: Month, b: Month) -> dict[str, object]:
    return {
        "check": check, "subject": subject, "expected": expected, "actual": actual,
        "difference": actual - expected, "status": status, "detail": detail, "lines": [],
        "trust": b.trust, "series": b.series, "distribution_date": b.distribution_date, "source": b.source,
        "sha256": b.sha256, "statement": b.statement, "previous_source": a.source, "previous_distribution_date": a.distribution_date,
    }


def _status(diff: float) -> str:
    return "pass" if abs(diff) <= 0.005 else "warn" if abs(diff) <= 1.0 else "fail"


def in_order(months: Sequence[Month]) -> list[list[Month]]:
    """The months of each deal (:func:`deals`), each deal's by distribution date (a date
    printed twice keeps input order): the order the checks compare them in."""
    out = deals(months)
    for deal in out:
        deal.sort(key=lambda m: m.distribution_date)  # type: ignore[arg-type, return-value]
    return out


def checks(filings: Sequence[Filing | Month]) -> list[dict[str, object]]:
    """Rows for the corpus checks table (with ``previous_source`` beside ``source``)."""
    months = [f if isinstance(f, Month) else Month.of(f) for f in filings]
    rows: list[dict[str, object]] = []
    for deal in in_order(months):
        for a, b in zip(deal, deal[1:], strict=False):
            rows.extend(pair_checks(a, b))
    return rows


def pair_checks(a: Month, b: Month) -> list[dict[str, object]]:
    """The checks of month ``b`` of a deal against ``a``, the month before it in
    :func:`in_order`: balances carried over and cumulative losses that never fall, or a
    gap of other than one month."""
    rows: list[dict[str, object]] = []
    da, db = a.distribution_date, b.distribution_date
    assert da is not None and db is not None  # deal_key leaves out undated filings
    when = f"{da} -> {db}"
    months_apart = (db.year - da.year) * 12 + db.month - da.month
    if months_apart != 1:
        # not consecutive: balances cannot be compared; the gap itself is reported
        return [_row("month_over_month", "consecutive distributions", 1.0, float(months_apart), "warn",
                     f"{when}: {months_apart} months apart (a month is missing from the corpus, or a "
                     "deal has two filings for one month); balances not compared", a, b)]
    # each class's and each group's ending balance carries over to the next month
    for kind, before, after in (("class", a.classes, b.classes), ("pool", a.pools, b.pools)):
        for name, (beg, _) in after.items():
            prev = before.get(name)
            if prev is None:
                continue
            end = prev[1]
            if math.isnan(end) or math.isnan(beg):
                continue
            rows.append(_row("month_over_month", f"{kind} {name} balance", end, beg, _status(beg - end),
                             f"{when}: ending balance {end:,.2f} in {a.source}, beginning "
                             f"balance {beg:,.2f} in {b.source}", a, b))
    if not rows:  # said, not left out in silence
        rows.append(_row("month_over_month", "balances", math.nan, math.nan, "warn",
                         f"{when}: no class or group prints an ending balance in {a.source} and a "
                         f"beginning balance in {b.source}; nothing carried over could be compared", a, b))
    c0, c1 = a.cumulative_losses, b.cumulative_losses
    if not (math.isnan(c0) or math.isnan(c1)):
        rows.append(_row("cumulative_losses", "deal cumulative_realized_losses", c0, c1,
                         "pass" if c1 >= c0 - 0.005 else "fail",
                         f"{when}: cumulative losses {c0:,.2f} then {c1:,.2f} (they may not fall)", a, b))
    return rows


def _unique(names: list[str], more: list[str]) -> list[str]:
    """``names`` made distinct: a name that repeats gets its ``more`` text added where
    that tells the repeats apart, and one that still repeats a count, ``(2)``, ``(3)``, ...

    >>> _unique(["1999-1", "1999-1", "2001-2", "2001-2"], ["Household", "Banc One", "Household", "Household"])
    ['1999-1 Household', '1999-1 Banc One', '2001-2', '2001-2 (2)']
    """
    mores: dict[str, set[str]] = {}
    for n, m in zip(names, more, strict=True):
        mores.setdefault(n, set()).add(m)
    named = [f"{n} {m}" if len(mores[n]) > 1 and m else n for n, m in zip(names, more, strict=True)]
    seen: dict[str, int] = {}
    out = []
    for n in named:
        seen[n] = seen.get(n, 0) + 1
        out.append(n if seen[n] == 1 else f"{n} ({seen[n]})")
    return out


def deal_names(filings: list[Filing]) -> list[str]:
    """The deal of each filing, as a chart legend names it: its series, with the trust
    added where two deals print one series (``1999-1`` is a Household and a Banc One trust).
    Deals are told apart as the month-over-month checks tell them
    (:func:`deals`); a filing with no series or date is ``?``."""
    months = [Month.of(f) for f in filings]
    deal_of: dict[int, int] = {}
    groups = deals(months)
    for k, group in enumerate(groups):
        for m in group:
            deal_of[id(m)] = k
    series = [g[0].series or "?" for g in groups]
    trusts = [next((m.trust for m in g if m.trust), "") or "" for g in groups]
    names = _unique(series, trusts)
    return [names[deal_of[id(m)]] if id(m) in deal_of else "?" for m in months]
