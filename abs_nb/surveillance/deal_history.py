"""A deal's life month by month: :func:`history`, one row per deal and distribution date.

Deals are told apart as the month-over-month checks tell them
(:func:`abs_nb.corpus.monthly.deals`: trust and series). Each deal's filings are laid on a
monthly calendar from its first to its last distribution in the corpus; a calendar month
with no filing is a row of NaN with ``missing`` True (its ``deal_age`` counted, nothing
interpolated). Multi-month averages never reach across a missing month.

Formulas: The Bond Market Association / SIFMA, *Uniform Practices, Standard Formulas for
the Analysis of Mortgage-Backed Securities* (Chapter SF, 1999), as in
:mod:`abs_nb.metrics`:

* pool factor = ending pool balance / original pool balance (SF, "factor");
* SMM = prepayments / (beginning balance - scheduled principal), CPR = 1 - (1 - SMM)^12
  (SF B.2); the 3-, 6- and 12-month SMM = 1 - (prod(1 - SMM_i))^(1/n) over consecutive
  months (SF B.3), annualised to CPR the same way;
* MDR = defaulted balance / (beginning balance - scheduled principal), CDR = 1 - (1 - MDR)^12,
  severity = realized loss / defaulted balance, defaulted = liquidation proceeds + loss (SF C.2);
* delinquency rates: balance of the statuses in the bucket / ending pool balance, 60+ being
  60-89 + 90+ + foreclosure + REO (+ bankruptcy where printed, as domain notes allow per deal);
* cumulative loss rate = cumulative realized losses / original pool balance.

>>> import abs_nb
>>> h = abs_nb.history(abs_nb.load_many("sample_filings/*.txt", progress=False, workers=1))
>>> print(h[["deal", "distribution_date", "deal_age", "age_basis", "missing"]].to_string(index=False))
    deal distribution_date  deal_age       age_basis  missing
2002-HE1        2002-11-15         0 first in corpus    False
2003-HE2        2003-10-15         0 first in corpus    False
2003-HE4        2003-11-17         0 first in corpus    False
>>> round(float(h.loc[0, "cpr"]), 6), round(float(h.loc[0, "factor[A-1]"]), 6)
(0.285633, 0.527397)
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from abs_nb import metrics as sf
from abs_nb.errors import InputError
from abs_nb.model import Filing

__all__ = ["history", "HISTORY_COLUMNS", "AVERAGE_MONTHS", "FACTOR_PREFIX", "DELINQUENCY_BUCKETS"]

AVERAGE_MONTHS = (3, 6, 12)
"""The months of the averaged SMM/CPR columns (``smm_3m``, ``cpr_3m``, ...)."""

FACTOR_PREFIX = "factor["
"""Class factor columns are ``factor[<class>]`` (``factor[A-1]``): ending / original balance."""

#: balance column of each delinquency status in the history table
DELINQUENCY_BUCKETS: dict[str, str] = {
    "30-59": "dq30_59_balance",
    "60-89": "dq60_89_balance",
    "90+": "dq90_plus_balance",
    "foreclosure": "foreclosure_balance",
    "reo": "reo_balance",
    "bankruptcy": "bankruptcy_balance",
}
_RANGES = {  # statuses summed by each delinquency rate
    "dq30_plus": ("30-59", "60-89", "90+", "foreclosure", "reo", "bankruptcy"),
    "dq60_plus": ("60-89", "90+", "foreclosure", "reo", "bankruptcy"),
    "dq90_plus": ("90+", "foreclosure", "reo", "bankruptcy"),
}

#: the columns of :func:`history` before the ``factor[<class>]`` columns, in order
HISTORY_COLUMNS: tuple[str, ...] = (
    "deal", "trust", "series", "vintage", "distribution_date", "month", "deal_age", "age_basis", "missing",
    "distribution_number", "source", "sha256",
    "original_pool_balance", "original_balance_basis", "pool_beginning_balance", "pool_balance", "pool_factor",
    "scheduled_principal", "prepayments", "liquidation_proceeds", "realized_losses",
    "smm", "cpr", *(f"{k}_{n}m" for n in AVERAGE_MONTHS for k in ("smm", "cpr")),
    "mdr", "cdr", "severity",
    *DELINQUENCY_BUCKETS.values(), "dq_statuses", "dq30_plus", "dq60_plus", "dq90_plus",
    "foreclosure_rate", "reo_rate", "bankruptcy_rate",
    "cumulative_realized_losses", "cumulative_loss_basis", "cumulative_loss_rate", "cumulative_loss_rate_printed",
    "oc_amount", "oc_target", "oc_headroom", "oc_to_target",
    "credit_enhancement", "credit_enhancement_computed", "trigger_event", "stepdown_occurred", "month_checks",
)
_FLOATS = [c for c in HISTORY_COLUMNS if c not in {
    "deal", "trust", "series", "vintage", "distribution_date", "month", "deal_age", "age_basis", "missing",
    "distribution_number", "source", "sha256", "original_balance_basis", "dq_statuses", "cumulative_loss_basis",
    "trigger_event", "stepdown_occurred", "month_checks"}]
_STATUS_RANK = {"pass": 0, "repaired": 0, "warn": 1, "fail": 2}


def _num(v: Any) -> float:
    """A printed figure as a float; NaN for None, NA, text and booleans."""
    if v is None or v is pd.NA or isinstance(v, bool) or isinstance(v, np.bool_):
        return math.nan
    try:
        return float(v)
    except (TypeError, ValueError):
        return math.nan


def _flag(v: Any) -> bool | None:
    if isinstance(v, bool | np.bool_):
        return bool(v)
    return None


def month_index(d: dt.date) -> int:
    """A date's month as a count of months (consecutive months differ by 1)."""
    return d.year * 12 + d.month - 1


def _month_text(m: int) -> str:
    return f"{m // 12:04d}-{m % 12 + 1:02d}"


def vintage(series: str | None) -> str | None:
    """The year a series names (``2001-1`` -> ``2001``, ``2003-HE4`` -> ``2003``), or None.

    >>> vintage("2003-HE4"), vintage("1998-A"), vintage("A-1"), vintage(None)
    ('2003', '1998', None, None)
    """
    m = re.match(r"((?:19|20)\d\d)(?!\d)", series or "")
    return m.group(1) if m else None


def filings_of(source: Any) -> list[Filing]:
    """The filings of a Corpus, a list of filings or one filing; anything else is refused."""
    if isinstance(source, Filing):
        return [source]
    if hasattr(source, "filings") and not isinstance(source, str | bytes):
        return list(source.filings)
    if isinstance(source, Iterable) and not isinstance(source, str | bytes):
        items = list(source)
        if all(isinstance(f, Filing) for f in items):
            return items
    raise InputError("a Corpus (abs_nb.load_many) or a list of Filing objects", type(source).__name__)


def _pool_key(groups: list[Any]) -> Any:
    """The collateral group that is the whole pool: ``Total``, or the only group; None when
    a filing prints several groups and no Total (no group stands for the pool)."""
    for g in groups:
        if str(g).strip().casefold() == "total":
            return g
    return groups[0] if len(groups) == 1 else None


def _present(f: Filing, age: int, basis: str) -> dict[str, Any]:
    """The row of one filing (without the averages, cumulative sums and checks)."""
    p, m = f.parsed, f.meta
    deal = p.deal
    groups = list(p.collateral) or ["Total"]  # no pool section: delinquency alone may still be the pool's
    key = _pool_key(groups)
    pool = dict(p.collateral.get(key, {})) if key is not None else {}
    by_group = f.metrics_by_group
    metric = ({k: _num(by_group.at[key, k]) for k in ("smm", "cpr", "mdr", "cdr", "severity",
                                                       "credit_enhancement_computed")}
              if key is not None and key in by_group.index else {})
    balances = (sf.delinquency_balances(groups, f.delinquency)[groups.index(key)] if key is not None
                else {s: math.nan for s in sf.DELINQUENCY_STATUSES})
    end = _num(pool.get("ending_balance"))
    prepaid = _num(pool.get("prepayments_and_curtailments"))
    if math.isnan(prepaid):
        prepaid = _num(pool.get("prepayments")) + _num(pool.get("curtailments"))
    losses = _num(pool.get("realized_losses"))
    if math.isnan(losses):
        losses = _num(deal.get("realized_losses"))
    row: dict[str, Any] = {
        "distribution_date": m.get("distribution_date"), "deal_age": age, "age_basis": basis, "missing": False,
        "distribution_number": deal.get("distribution_number") if isinstance(deal.get("distribution_number"), int)
        else None,
        "source": m.get("source"), "sha256": m.get("sha256"),
        "pool_beginning_balance": _num(pool.get("beginning_balance")), "pool_balance": end,
        "scheduled_principal": _num(pool.get("scheduled_principal")), "prepayments": prepaid,
        "liquidation_proceeds": _num(pool.get("liquidation_proceeds")), "realized_losses": losses,
        "smm": metric.get("smm", math.nan), "cpr": metric.get("cpr", math.nan),
        "mdr": metric.get("mdr", math.nan), "cdr": metric.get("cdr", math.nan),
        "severity": metric.get("severity", math.nan),
        "credit_enhancement_computed": metric.get("credit_enhancement_computed", math.nan),
        "cumulative_realized_losses": _num(deal.get("cumulative_realized_losses")),
        "cumulative_loss_rate_printed": _num(deal.get("cumulative_loss_rate")),
        "oc_amount": _num(deal.get("oc_amount")), "oc_target": _num(deal.get("oc_target")),
        "credit_enhancement": _num(deal.get("credit_enhancement")),
        "trigger_event": _flag(deal.get("trigger_event")), "stepdown_occurred": _flag(deal.get("stepdown_occurred")),
        "original_pool_balance": _num(deal.get("original_pool_balance")),
        "_prefunding": _num(deal.get("prefunding_account_balance")),
    }
    printed = [s for s in sf.DELINQUENCY_STATUSES if not math.isnan(balances.get(s, math.nan))]
    for status, col in DELINQUENCY_BUCKETS.items():
        row[col] = balances.get(status, math.nan)
    row["dq_statuses"] = ", ".join(printed) if printed else None
    for col, statuses in _RANGES.items():
        shown = [balances[s] for s in statuses if s in printed]
        row[col] = sf.delinquency_rate(sum(shown), end) if shown else math.nan
    for col, status in (("foreclosure_rate", "foreclosure"), ("reo_rate", "reo"), ("bankruptcy_rate", "bankruptcy")):
        row[col] = sf.delinquency_rate(balances[status], end)
    row["cumulative_loss_basis"] = "printed" if not math.isnan(row["cumulative_realized_losses"]) else None
    for cls, values in f.classes.iterrows():
        row[f"{FACTOR_PREFIX}{cls}]"] = _num(values.get("factor"))
    return row


def _ages(deal: list[Filing]) -> tuple[dict[int, int], str]:
    """Deal age of each calendar month of a deal, and what it counts from.

    Months since the first distribution: where the filings print their distribution number
    (1 for the first), age = that number - 1, the months between counted from it; otherwise,
    or where the printed numbers disagree with the dates (two filings naming different first
    months), months since the deal's first filing in the corpus (``first in corpus``: the deal
    may be older)."""
    months = [month_index(f.meta["distribution_date"]) for f in deal]
    numbered = [(mo, n) for f, mo in zip(deal, months, strict=True)
                if isinstance(n := f.parsed.deal.get("distribution_number"), int) and not isinstance(n, bool) and n >= 1]
    starts = {mo - (n - 1) for mo, n in numbered}
    if len(starts) == 1 and min(starts) <= min(months):
        start, basis = starts.pop(), "distribution number"
    else:  # none printed, or numbers that disagree with the dates: not trusted
        start, basis = min(months), "first in corpus"
    return {mo: mo - start for mo in range(min(months), max(months) + 1)}, basis


def _month_checks(deal: list[Filing]) -> dict[str, str]:
    """The worst status of the month-over-month checks that end at each filing (by sha256)."""
    from abs_nb.corpus import monthly

    worst: dict[str, str] = {}
    for r in monthly.checks(deal):
        sha, status = str(r["sha256"]), str(r["status"])
        if sha not in worst or _STATUS_RANK.get(status, 2) > _STATUS_RANK.get(worst[sha], 2):
            worst[sha] = status
    return worst


def _deal_rows(name: str, deal: list[Filing]) -> list[dict[str, Any]]:
    deal = sorted(deal, key=lambda f: f.meta["distribution_date"])
    ages, basis = _ages(deal)
    by_month: dict[int, list[dict[str, Any]]] = {}
    for f in deal:
        mo = month_index(f.meta["distribution_date"])
        by_month.setdefault(mo, []).append(_present(f, ages[mo], basis))
    head = deal[0].meta
    trust = next((f.meta.get("trust") for f in deal if f.meta.get("trust")), head.get("trust"))
    series = head.get("series")
    rows: list[dict[str, Any]] = []
    for mo in sorted(ages):
        for r in by_month.get(mo) or [{"distribution_date": None, "deal_age": ages[mo], "age_basis": basis,
                                       "missing": True}]:
            rows.append({"deal": name, "trust": trust, "series": series, "vintage": vintage(series),
                         "month": _month_text(mo), "_m": mo} | r)
    _averages(rows)
    _original_and_losses(rows)
    checks = _month_checks(deal)
    for r in rows:
        r["month_checks"] = checks.get(str(r.get("sha256"))) if not r["missing"] else None
        r.pop("_m")
        r.pop("_prefunding", None)
    return rows


def _averages(rows: list[dict[str, Any]]) -> None:
    """The 3-, 6- and 12-month SMM and CPR (SF B.3) of each present month: the n calendar
    months ending there, each present once with a known SMM; else NaN."""
    smm_of: dict[int, list[float]] = {}
    for r in rows:
        if not r["missing"]:
            smm_of.setdefault(r["_m"], []).append(r["smm"])
    for r in rows:
        for n in AVERAGE_MONTHS:
            value = math.nan
            if not r["missing"]:
                window = [smm_of.get(mo, []) for mo in range(r["_m"] - n + 1, r["_m"] + 1)]
                if all(len(w) == 1 for w in window):
                    value = sf.average_smm([w[0] for w in window])
            r[f"smm_{n}m"] = value
            r[f"cpr_{n}m"] = sf.cpr(value)


def _original_and_losses(rows: list[dict[str, Any]]) -> None:
    """Original pool balance, pool factor, cumulative losses and their rate, O/C headroom.

    The original balance is the one a filing of the deal prints; else, when the deal's first
    distribution (distribution number 1) is in the corpus and prints no pre-funding account,
    that distribution's beginning pool balance (the pool the deal started with). Cumulative
    losses are printed; else, when every month from the first distribution is present with its
    realized losses, their sum."""
    present = [r for r in rows if not r["missing"]]
    printed = [r["original_pool_balance"] for r in present if not math.isnan(r["original_pool_balance"])]
    original, basis = (printed[0], "printed") if printed else (math.nan, None)
    first = [r for r in present if r["age_basis"] == "distribution number" and r["deal_age"] == 0]
    if not printed and len(first) == 1:
        f = first[0]
        no_prefunding = math.isnan(f["_prefunding"]) or f["_prefunding"] == 0
        if no_prefunding and not math.isnan(f["pool_beginning_balance"]):
            original, basis = f["pool_beginning_balance"], "beginning balance of distribution 1"
    running: float | None = 0.0 if first and rows and rows[0] is first[0] else None
    for r in rows:
        if r["missing"]:
            running = None  # a month unseen: its losses are unknown
            for col in HISTORY_COLUMNS:  # nothing known of the month: NaN, and None for text
                r.setdefault(col, math.nan if col in _FLOATS else None)
            continue
        own = r["original_pool_balance"]
        if math.isnan(own):
            r["original_pool_balance"], r["original_balance_basis"] = original, basis
        else:
            r["original_balance_basis"] = "printed"
        losses = r["realized_losses"]
        running = running + losses if running is not None and not math.isnan(losses) else None
        if math.isnan(r["cumulative_realized_losses"]) and running is not None:
            r["cumulative_realized_losses"] = running
            r["cumulative_loss_basis"] = "summed from distribution 1"
        r["pool_factor"] = sf.pool_factor(r["pool_balance"], r["original_pool_balance"])
        r["cumulative_loss_rate"] = sf.cumulative_loss_rate(r["cumulative_realized_losses"],
                                                            r["original_pool_balance"])
        r["oc_headroom"] = r["oc_amount"] - r["oc_target"]
        r["oc_to_target"] = sf.pool_factor(r["oc_amount"], r["oc_target"])  # a plain ratio, NaN over 0


def _empty() -> pd.DataFrame:
    return _typed(pd.DataFrame(columns=list(HISTORY_COLUMNS)))


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    for col in _FLOATS:
        df[col] = df[col].astype("float64")
    for col in df.columns:
        if col.startswith(FACTOR_PREFIX):
            df[col] = df[col].astype("float64")
    df["deal_age"] = df["deal_age"].astype("Int64")
    df["distribution_number"] = pd.array(list(df["distribution_number"]), dtype="Int64")
    df["missing"] = df["missing"].astype(bool)
    for col in ("trigger_event", "stepdown_occurred"):
        df[col] = pd.array(list(df[col]), dtype="boolean")
    return df


def deal_filings(filings: Sequence[Filing]) -> list[tuple[str, list[Filing]]]:
    """Each deal's name (as chart legends name it) and filings, by name; filings without a
    series or a distribution date belong to no deal and are left out."""
    from abs_nb.corpus.monthly import deal_names

    names = deal_names(list(filings))
    out: dict[str, list[Filing]] = {}
    for f, name in zip(filings, names, strict=True):
        if f.meta.get("series") and f.meta.get("distribution_date") is not None:
            out.setdefault(name, []).append(f)
    return sorted(out.items(), key=lambda kv: kv[0])


def history(corpus: Any) -> pd.DataFrame:
    """One row per deal and distribution date, deals by name, months in order (see the
    module docstring and ``docs/schema.md``, "history"). ``corpus`` is a :class:`~abs_nb.Corpus`
    or a list of :class:`~abs_nb.Filing`; filings with no series or date are left out."""
    rows = [r for name, deal in deal_filings(filings_of(corpus)) for r in _deal_rows(name, deal)]
    if not rows:
        return _empty()
    factors = list(dict.fromkeys(k for r in rows for k in r if k.startswith(FACTOR_PREFIX)))
    df = pd.DataFrame(rows)
    for col in [*HISTORY_COLUMNS, *factors]:
        if col not in df.columns:
            df[col] = math.nan
    return _typed(df[[*HISTORY_COLUMNS, *factors]].reset_index(drop=True))
