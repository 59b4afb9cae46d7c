"""Deals side by side: ``compare(*filings_or_corpus)`` -> :class:`Comparison`.

One column per filing, keyed by deal and distribution date (a two-level column index:
``deal``, ``distribution_date``), one row per metric, computed with :mod:`abs_nb.metrics`
from each filing's tables; printed deal figures (credit enhancement, O/C amount and target)
sit beside the computed ones. ``compare(c, deals=..., since=..., until=...)`` keeps some
deals or months; a filing none of whose metrics can be computed has no column and is listed
in :attr:`Comparison.nothing_to_compare` (and said under the table).

>>> import abs_nb
>>> c = abs_nb.compare(*[abs_nb.load(p) for p in ["sample_filings/000_2d551bf597d89db6.txt",
...                                                  "sample_filings/001_21e012ce03d1908d.txt"]])
>>> list(c.table.columns)
[('2003-HE2', '2003-10-15'), ('2003-HE4', '2003-11-17')]
>>> round(float(c.table.loc["oc_target", ("2003-HE2", "2003-10-15")]))
14344337
>>> list(abs_nb.compare(c.filings, deals="2003-HE4").table.columns)
[('2003-HE4', '2003-11-17')]
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from abs_nb.corpus.monthly import deal_names
from abs_nb.dates import date_argument
from abs_nb.errors import InputError
from abs_nb.model import Filing

DEFAULT_METRICS = [
    "pool_balance", "pool_factor", "smm", "cpr", "mdr", "cdr", "severity", "dq30_plus", "dq60_plus",
    "foreclosure_rate", "reo_rate", "credit_enhancement", "credit_enhancement_computed", "oc_amount",
    "oc_target", "oc_to_target", "cumulative_realized_losses", "net_monthly_excess_cash_flow",
]
# where each row comes from: a metric of filing.metrics, a deal field, or the pool's Total
_DEAL = {"credit_enhancement", "oc_amount", "oc_target", "cumulative_realized_losses", "net_monthly_excess_cash_flow",
         "oc_deficiency", "oc_increase", "oc_release", "wac", "net_wac", "wam", "index_rate", "realized_losses",
         "prepayment_premiums"}
_POOL = {"pool_balance": "ending_balance", "pool_beginning_balance": "beginning_balance",
         "loan_count": "ending_count"}
RATES = {"pool_factor", "smm", "cpr", "mdr", "cdr", "severity", "dq30_plus", "dq60_plus", "foreclosure_rate",
         "reo_rate", "bankruptcy_rate", "credit_enhancement", "credit_enhancement_computed", "oc_to_target",
         "wac", "net_wac", "index_rate"}


def _filings(items: Iterable[Any]) -> list[Filing]:
    from abs_nb.corpus import Corpus
    from abs_nb.load import load

    out: list[Filing] = []
    for item in items:
        if isinstance(item, Filing):
            out.append(item)
        elif isinstance(item, Corpus):
            out.extend(item.filings)
        elif isinstance(item, (list, tuple)):
            out.extend(_filings(item))
        else:
            out.append(load(item))
    return out


def label_of(f: Filing) -> str:
    """The column label of a filing: ``series distribution-date``."""
    return f"{f.meta.get('series') or '?'} {f.meta.get('distribution_date') or '?'}"


def value_of(f: Filing, metric: str) -> float:
    """One metric of one filing (NaN when the filing does not give what it needs)."""
    if metric in _POOL:
        col = _POOL[metric]
        v = f.parsed.collateral.get("Total", {}).get(col)
    elif metric in _DEAL:
        v = f.parsed.deal.get(metric)
    else:
        m = f.metrics
        v = m.get(metric, math.nan) if len(m) else math.nan
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return math.nan
    return float(v)


def _dates_within_deals(deals: list[str], dates: list[str]) -> list[str]:
    """Dates made distinct within each deal: a second filing of one deal and date (an
    amended report) is ``2003-10-15 (2)``.

    >>> _dates_within_deals(["A", "A", "B"], ["2003-10-15", "2003-10-15", "2003-10-15"])
    ['2003-10-15', '2003-10-15 (2)', '2003-10-15']
    """
    seen: dict[tuple[str, str], int] = {}
    out = []
    for d, t in zip(deals, dates, strict=True):
        seen[(d, t)] = seen.get((d, t), 0) + 1
        out.append(t if seen[(d, t)] == 1 else f"{t} ({seen[(d, t)]})")
    return out


NO_DATE = "no date"
"""The date key of a filing whose distribution date was not read."""


def _deal_key(f: Filing, deal: str) -> str:
    """The deal a column is keyed by: the deal's name, or for a filing without a series its
    trust, else its file name (never a bare ``?``)."""
    if deal and not deal.startswith("?"):
        return deal
    return str(f.meta.get("trust") or Path(str(f.meta.get("source") or "?")).name)


def _date_key(f: Filing) -> str:
    d = f.meta.get("distribution_date")
    return d.isoformat()[:10] if isinstance(d, (_dt.date, _dt.datetime)) else (str(d) if d else NO_DATE)


class Comparison:
    """A metrics table across filings, with charts (see :mod:`abs_nb.display.comparison`).

    ``table``: one row per metric, one column per filing keyed by (``deal``,
    ``distribution_date``); ``labels``: the same keys as one text each (charts);
    ``nothing_to_compare``: the filings left out because none of the metrics could be
    computed from them (source, deal, distribution date, why); ``rates``: the metrics that
    are rates (shown as percentages).
    """

    rates: frozenset[str] = frozenset(RATES)

    def __init__(self, filings: list[Filing], metrics: list[str]) -> None:
        filings = sorted(filings, key=lambda f: (f.meta.get("series") or "", str(f.meta.get("distribution_date"))))
        self.metrics = metrics
        deals = [_deal_key(f, d) for f, d in zip(filings, deal_names(filings), strict=True)]
        values = [[value_of(f, m) for m in metrics] for f in filings]
        keep = [any(not math.isnan(v) for v in vs) for vs in values]
        self.nothing_to_compare = pd.DataFrame(
            [{"source": f.meta.get("source"), "deal": d, "distribution_date": f.meta.get("distribution_date"),
              "reason": "none of " + ", ".join(metrics) + " can be computed from what it prints"}
             for f, d, k in zip(filings, deals, keep, strict=True) if not k],
            columns=["source", "deal", "distribution_date", "reason"])
        #: the filings with nothing to compare (no column)
        self.left_out = [f for f, k in zip(filings, keep, strict=True) if not k]
        order = sorted((i for i, k in enumerate(keep) if k), key=lambda i: (deals[i], _date_key(filings[i])))
        self.filings = [filings[i] for i in order]
        self.deals = [deals[i] for i in order]
        dates = _dates_within_deals(self.deals, [_date_key(filings[i]) for i in order])
        #: the column of each filing as one text: deal and date
        self.labels = [f"{d} {t}" for d, t in zip(self.deals, dates, strict=True)]
        columns = pd.MultiIndex.from_arrays([self.deals, dates], names=["deal", "distribution_date"])
        self.table = pd.DataFrame([[values[i][j] for i in order] for j in range(len(metrics))],
                                  index=pd.Index(metrics, name="metric"), columns=columns)

    def long(self) -> pd.DataFrame:
        """The table as rows: deal, series, distribution_date, trust, label, metric, value."""
        if not self.filings:
            return pd.DataFrame(columns=["deal", "series", "distribution_date", "trust", "label", "metric", "value"])
        rows = []
        for f, deal, lab in zip(self.filings, self.deals, self.labels, strict=True):
            for m in self.metrics:
                rows.append({"deal": deal, "series": f.meta.get("series"),
                             "distribution_date": f.meta.get("distribution_date"), "trust": f.meta.get("trust"),
                             "label": lab, "metric": m, "value": value_of(f, m)})
        return pd.DataFrame(rows, columns=["deal", "series", "distribution_date", "trust", "label", "metric", "value"])

    def chart(self, metric: str) -> Any:
        """A bar chart of one metric across the filings (Altair, rendered offline)."""
        from abs_nb.display.comparison import metric_chart

        return metric_chart(self, metric)

    def timeseries(self, metric: str) -> Any:
        """One line per deal over distribution dates (Altair, rendered offline)."""
        from abs_nb.display.comparison import timeseries_chart

        return timeseries_chart(self, metric)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        from abs_nb.display.comparison import mimebundle

        return mimebundle(self)

    def __repr__(self) -> str:
        left = f", {len(self.nothing_to_compare)} with nothing to compare" if len(self.nothing_to_compare) else ""
        return f"<Comparison: {len(self.filings)} filings x {len(self.metrics)} metrics{left}>"


def _pick(filings: list[Filing], deals: str | Iterable[str] | None, since: Any, until: Any) -> list[Filing]:
    """The filings of the named deals (a series, a deal's name or part of a trust's name, any
    case) distributed between ``since`` and ``until`` (inclusive)."""
    start, end = date_argument(since, "since"), date_argument(until, "until")
    wanted = None
    if deals is not None:
        wanted = [str(d).strip().lower() for d in ([deals] if isinstance(deals, str) else deals)]
    names = deal_names(filings)
    out = []
    for f, name in zip(filings, names, strict=True):
        if wanted is not None:
            series = str(f.meta.get("series") or "").lower()
            trust = str(f.meta.get("trust") or "").lower()
            if not any(w in (series, name.lower()) or (w and w in trust) for w in wanted):
                continue
        when = f.meta.get("distribution_date")
        if (start or end) and not isinstance(when, _dt.date):
            continue
        if start and when < start or end and when > end:
            continue
        out.append(f)
    return out


def compare(*filings_or_corpus: Any, metrics: str | list[str] | None = None,
            deals: str | Iterable[str] | None = None, since: Any = None, until: Any = None) -> Comparison:
    """Compare filings (``Filing`` objects, a ``Corpus``, or paths) on standard metrics.

    ``deals``: keep the filings of these deals (a series such as ``"2003-HE2"``, a deal's name
    as the columns show it, or part of a trust's name; any case). ``since`` / ``until``: keep
    distribution dates in that range (inclusive; ``datetime.date`` or ``"YYYY-MM-DD"``).
    """
    filings = _filings(filings_or_corpus)
    if not filings:
        raise InputError("at least one filing to compare", "none")
    if deals is not None or since is not None or until is not None:
        picked = _pick(filings, deals, since, until)
        if not picked:
            raise InputError("filings of the deals and dates asked for",
                             f"none among {len(filings)} (deals={deals!r}, since={since!r}, until={until!r})")
        filings = picked
    if isinstance(metrics, str):  # one metric by name, not its letters
        metrics = [metrics]
    # a metric asked for twice is one row
    chosen = list(dict.fromkeys(metrics)) if metrics is not None else list(DEFAULT_METRICS)
    known = set(DEFAULT_METRICS) | _DEAL | set(_POOL) | RATES
    unknown = [m for m in chosen if m not in known]
    if unknown:
        raise InputError(f"metrics among {sorted(known)}", f"unknown metric(s) {unknown}")
    return Comparison(filings, chosen)
