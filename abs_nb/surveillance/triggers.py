"""Trigger tests and O/C headroom over a deal's life.

What a report prints of its performance triggers is read from what the parser exposes: the
yes/no flags (``deal["trigger_event"]``, ``deal["stepdown_occurred"]``, in the history
table) and, for the figures of a test (a delinquency or cumulative-loss percentage and its
threshold), the labelled percentages the parser left in ``filing.unmapped`` (no field of the
data contract holds a threshold yet). A label is a trigger figure when it names a trigger,
test, threshold or rolling average; its role is ``threshold`` when the label says so
(threshold, trigger level, limit, maximum, required, specified), else ``actual``.

``headroom`` (threshold - actual) is given where one filing prints exactly one actual and one
threshold of the same test, for the tests that fail above their threshold (delinquency,
cumulative loss); otherwise NaN: nothing is paired by guess.

O/C headroom is in the history table: ``oc_headroom`` = O/C amount - O/C target (dollars,
negative while the O/C builds up to its target) and ``oc_to_target``.

>>> trigger_role("Delinquency Trigger Threshold"), trigger_role("Two+ Payments Rolling Average")
('threshold', 'actual')
>>> trigger_test("Two+ Payments Rolling Average"), trigger_test("Cumulative Loss Test Percentage")
('delinquency', 'cumulative loss')
>>> trigger_role("Servicing Fee") is None
True
"""

from __future__ import annotations

import math
import re
from typing import Any

import pandas as pd

from abs_nb.model import Filing

__all__ = ["trigger_tests", "trigger_role", "trigger_test", "TRIGGER_COLUMNS"]

TRIGGER_COLUMNS = ["deal", "distribution_date", "deal_age", "test", "role", "label", "value", "headroom",
                   "source", "line"]

_TRIGGER = re.compile(r"trigger|\btests?\b|threshold|rolling\s+average|step\s*-?\s*down", re.I)
_THRESHOLD = re.compile(r"threshold|trigger\s+(?:level|percentage|rate)|\blimit\b|maximum|required|specified", re.I)
_TESTS = (("delinquency", re.compile(r"delinquen|\b60\s*\+|payments?\s+rolling|rolling\s+average", re.I)),
          ("cumulative loss", re.compile(r"loss", re.I)),
          ("step-down", re.compile(r"step\s*-?\s*down", re.I)))
_FAILS_ABOVE = {"delinquency", "cumulative loss"}
_PERCENT = re.compile(r"^\(?(-?\d{1,3}(?:,\d{3})*(?:\.\d+)?|-?\d*\.\d+|-?\d+)\s*%\)?$")


def trigger_role(label: str) -> str | None:
    """``threshold`` or ``actual`` for a label naming a trigger figure, None for other labels."""
    if not _TRIGGER.search(label or ""):
        return None
    return "threshold" if _THRESHOLD.search(label) else "actual"


def trigger_test(label: str) -> str:
    """The test a trigger label belongs to: delinquency, cumulative loss, step-down or other."""
    for name, pattern in _TESTS:
        if pattern.search(label or ""):
            return name
    return "other"


def _percent(text: Any) -> float:
    m = _PERCENT.match(str(text).strip())
    if not m:
        return math.nan
    return float(m.group(1).replace(",", "")) / 100.0


def _clean(label: Any) -> str:
    """A label as one line of printable text (filing text is untrusted)."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in str(label)).split())


def trigger_tests(corpus: Any) -> pd.DataFrame:
    """The trigger figures each filing prints, one row per percentage: ``deal``,
    ``distribution_date``, ``deal_age`` (as in :func:`~abs_nb.surveillance.history`), ``test``,
    ``role``, ``label`` (as printed), ``value`` (a fraction), ``headroom``, ``source``, ``line``.
    Empty (with these columns) when no filing prints one."""
    from abs_nb.surveillance.deal_history import deal_filings, filings_of, history, month_index

    filings = filings_of(corpus)
    ages = history(filings)
    age_of = {sha: age for sha, age in zip(ages["sha256"], ages["deal_age"], strict=True) if isinstance(sha, str)}
    rows: list[dict[str, Any]] = []
    for name, deal in deal_filings(filings):
        for f in sorted(deal, key=lambda f: month_index(f.meta["distribution_date"])):
            rows.extend(_rows_of(name, f, age_of.get(str(f.meta.get("sha256")))))
    df = pd.DataFrame(rows, columns=TRIGGER_COLUMNS)
    df["value"] = df["value"].astype("float64")
    df["headroom"] = df["headroom"].astype("float64")
    df["deal_age"] = pd.array(list(df["deal_age"]), dtype="Int64")
    return df


def _rows_of(deal: str, f: Filing, age: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for r in f.unmapped.itertuples(index=False):
        label = _clean(r.label)
        role = trigger_role(label)
        if role is None:
            continue
        values = r.values if isinstance(r.values, list | tuple) else [r.values]
        for v in values:
            value = _percent(v)
            if math.isnan(value):
                continue
            rows.append({"deal": deal, "distribution_date": f.meta.get("distribution_date"),
                         "deal_age": age, "test": trigger_test(label), "role": role, "label": label,
                         "value": value, "headroom": math.nan, "source": f.meta.get("source"),
                         "line": r.line})
    for test in {r["test"] for r in rows} & _FAILS_ABOVE:
        of_test = [r for r in rows if r["test"] == test]
        actual = [r for r in of_test if r["role"] == "actual"]
        threshold = [r for r in of_test if r["role"] == "threshold"]
        if len(actual) == 1 and len(threshold) == 1:
            room = threshold[0]["value"] - actual[0]["value"]
            actual[0]["headroom"] = threshold[0]["headroom"] = room
    return rows
