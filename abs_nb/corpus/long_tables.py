"""Per-filing tables stacked into tidy long tables with key columns.

Every table starts with the keys ``trust``, ``series``, ``distribution_date``, ``source`` (and
``sha256``, ``statement``), then the per-filing columns of the data contract. ``statement``
tells apart the filings read from one document holding the statements of several series
(None for a document holding one).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from abs_nb import filing_tables as t
from abs_nb.metrics import METRIC_COLUMNS
from abs_nb.model import Filing

KEYS = ["trust", "series", "distribution_date", "source", "sha256", "statement"]


def typed_keys(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with its ``statement`` column a nullable integer (Int64), values or none."""
    if "statement" in df.columns:
        df["statement"] = df["statement"].astype("Int64")
    return df


def _keys(f: Filing) -> dict[str, object]:
    m = f.meta
    return {"trust": m.get("trust"), "series": m.get("series"), "distribution_date": m.get("distribution_date"),
            "source": m.get("source"), "sha256": m.get("sha256"), "statement": m.get("statement")}


def classes(filings: Sequence[Filing]) -> pd.DataFrame:
    cols = t.class_columns([f.parsed for f in filings])
    records = [_keys(f) | rec for f in filings for rec in t.class_records(f.parsed, f.membership, cols)]
    return typed_keys(t.classes_from_records(records, cols, KEYS))


def collateral(filings: Sequence[Filing]) -> pd.DataFrame:
    cols = t.collateral_columns([f.parsed for f in filings])
    records = [_keys(f) | rec for f in filings for rec in t.collateral_records(f.parsed, cols)]
    return typed_keys(t.collateral_from_records(records, cols, KEYS))


def delinquency(filings: Sequence[Filing]) -> pd.DataFrame:
    records = [_keys(f) | rec for f in filings for rec in t.delinquency_records(f.parsed)]
    return typed_keys(t.delinquency_from_records(records, KEYS))


def metrics(filings: Sequence[Filing]) -> pd.DataFrame:
    """Each filing's ``metrics_by_group`` stacked (computed from its parsed values: the same
    rows without a DataFrame per filing)."""
    records = [_keys(f) | rec for f in filings for rec in t.metrics_records(f.parsed)]
    df = pd.DataFrame.from_records(records, columns=[*KEYS, "group", *METRIC_COLUMNS])
    return typed_keys(t.typed(df, list(METRIC_COLUMNS), set()))


def checks(filings: Sequence[Filing]) -> pd.DataFrame:
    records = [
        _keys(f) | {"check": r.check, "subject": r.subject, "expected": float(r.expected), "actual": float(r.actual),
                    "difference": float(r.actual) - float(r.expected), "status": r.status, "detail": r.detail,
                    "lines": list(r.lines)}
        for f in filings for r in f.check_rows
    ]
    df = pd.DataFrame.from_records(records, columns=KEYS + t.CHECK_COLUMNS)
    return typed_keys(t.typed(df, ["expected", "actual", "difference"], set()))


def deal(filings: Sequence[Filing]) -> pd.DataFrame:
    """One row per filing, one column per deal field any filing prints. A column's type
    comes from the values printed, whichever filings print it: counts are Int64, yes/no
    fields boolean, amounts and rates float64 (text is left as it is)."""
    rows = [{**_keys(f), **dict(f.parsed.deal)} for f in filings]
    out = pd.DataFrame(rows)
    if not len(out):
        return typed_keys(pd.DataFrame(columns=KEYS))
    for col in out.columns[len(KEYS):]:
        printed = [v for r in rows if (v := r.get(col)) is not None and not (isinstance(v, float) and v != v)]
        if printed and all(isinstance(v, bool) for v in printed):
            out[col] = pd.array([r.get(col) for r in rows], dtype="boolean")
        elif printed and all(isinstance(v, int) and not isinstance(v, bool) for v in printed):
            out[col] = pd.array([r.get(col) for r in rows], dtype="Int64")
        elif all(isinstance(v, (int, float)) for v in printed):
            out[col] = out[col].astype("float64")
    return typed_keys(out)
