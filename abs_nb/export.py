"""Write a Filing's tables (or several filings') to CSV, Parquet, JSON or Excel (.xlsx).

The default is one tidy long table of every parsed value (``table``, ``row``, ``column``,
``value``, ``line``), which opens in any spreadsheet; ``table=`` writes one table in its own
shape. JSON holds every table and the metadata in one document.

>>> import abs_nb, tempfile, pathlib
>>> f = abs_nb.load("sample_filings/002_c10342e102d7429b.txt")
>>> long = to_long(f)
>>> long[(long.table == "classes") & (long.row == "A-1") & (long.column == "ending_balance")]["value"].item()
124074387.46
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from abs_nb.errors import InputError
from abs_nb.filenames import describe_os_error, path_kind, short_path
from abs_nb.untrusted import spreadsheet_cell, write_csv
from abs_nb.writing import write_all

if TYPE_CHECKING:
    from abs_nb.model import Filing

TABLES = ("classes", "totals", "collateral", "delinquency", "deal", "checks", "metrics", "unmapped", "provenance")


def table(f: Filing, name: str) -> pd.DataFrame:
    """One table of ``f`` as a DataFrame (Series become one-column frames)."""
    if name not in TABLES:
        raise InputError(f"a table name ({', '.join(TABLES)})", repr(name))
    if name == "metrics":
        return f.metrics_by_group.reset_index()
    obj = getattr(f, name)
    if isinstance(obj, pd.Series):
        return obj.rename("value").rename_axis("field").reset_index()
    if name in ("classes", "collateral"):
        return obj.reset_index()
    return obj.copy()


def to_long(f: Filing) -> pd.DataFrame:
    """Every parsed value as a row: table, row, column, value, line (None where derived)."""
    lines = {(t, r, c): ln for t, r, c, ln in f.provenance[["table", "row", "column", "line"]].itertuples(index=False)}
    rows: list[dict[str, Any]] = []

    def add(t: str, r: str, c: str, v: Any) -> None:
        if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
            return
        rows.append({"table": t, "row": r, "column": c, "value": v, "line": lines.get((t, r, c))})

    for name in ("classes", "collateral"):
        df = getattr(f, name)
        for r, rec in df.iterrows():
            for c, v in rec.items():
                add(name, str(r), str(c), v)
    for c, v in f.totals.items():
        add("totals", "Total", str(c), v)
    for c, v in f.deal.items():
        add("deal", "deal", str(c), v)
    for rec in f.delinquency.itertuples(index=False):
        for c in ("count", "balance", "market_value"):
            add("delinquency", f"{rec.group} {rec.status}", c, getattr(rec, c))
    out = pd.DataFrame(rows, columns=["table", "row", "column", "value", "line"])
    out["line"] = out["line"].astype("Int64")
    return out


def _jsonable(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return None
    if hasattr(v, "item"):
        return v.item()
    return v


def to_json_dict(f: Filing) -> dict[str, Any]:
    """Metadata and every table as plain JSON-ready data."""
    out: dict[str, Any] = {"meta": {k: _jsonable(v) for k, v in f.meta.items()}}
    for name in TABLES:
        df = table(f, name)
        out[name] = [{k: _jsonable(v) if not isinstance(v, list) else v for k, v in rec.items()} for rec in df.to_dict("records")]
    return out


def export(f: Filing, path: str | Path, table_name: str | None = None) -> Path:
    """Write ``f`` to ``path``; the format follows the suffix (.csv, .parquet, .json, .xlsx).

    The report ``f`` was read from is never overwritten (the same file, or a file with the
    same bytes): that raises an :class:`InputError`. Text cells of a CSV that a spreadsheet
    would run as a formula are quoted (:mod:`abs_nb.untrusted`).
    """
    if _is_the_input(f, Path(path)):
        raise InputError("an output path other than the report read", "the same file", source=short_path(path))
    if Path(path).suffix.lower() == ".xlsx":
        return export_many([f], path, table_name)
    return _atomic(path, lambda tmp, suffix: _write(f, tmp, suffix, table_name))


_HASHED_AT_MOST = 256 * 1024 * 1024  # larger than any report: cannot be the input


def _is_the_input(f: Filing, target: Path) -> bool:
    """``target`` is the file ``f`` was read from: the same file on disk, or the same bytes."""
    try:
        st = os.stat(target)
    except (OSError, ValueError):  # nothing there (or an unusable path, refused by the writer)
        return False
    source = f.meta.get("source")
    if isinstance(source, str) and source and not source.startswith("<"):
        try:
            if os.path.samefile(source, target):
                return True
        except (OSError, ValueError):
            pass
    digest = f.meta.get("sha256")
    if not digest or not os.path.isfile(target) or st.st_size > _HASHED_AT_MOST:
        return False
    h = hashlib.sha256()
    try:
        with open(target, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    except OSError:
        return False
    return h.hexdigest() == digest


EXCEL_SHEETS = ("values", "classes", "totals", "collateral", "delinquency", "deal", "checks", "metrics", "unmapped")
def _with_source(frames: list[tuple[Filing, pd.DataFrame]]) -> pd.DataFrame:
    """One table of several filings: a ``source`` column (the file read) first."""
    parts = [df.assign(source=str(f.meta.get("source") or ""))[["source"] + list(df.columns)] for f, df in frames]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()


def export_many(filings: list[Filing], path: str | Path, table_name: str | None = None) -> Path:
    """Write several filings to one file at ``path``: each table (or the long table of
    every value) of all of them, with a ``source`` column first. ``.xlsx`` holds one sheet
    per table (``values`` is the long table); text cells are kept from being read as
    formulas (:func:`abs_nb.untrusted.spreadsheet_cell`); ``.json`` is a list of documents."""
    if len(filings) == 1 and Path(path).suffix.lower() != ".xlsx":
        return export(filings[0], path, table_name)

    def frame(name: str) -> pd.DataFrame:
        return _with_source([(f, to_long(f) if name == "values" else table(f, name)) for f in filings])

    def write(tmp: Path, suffix: str) -> None:
        if suffix == ".xlsx":
            try:
                import openpyxl  # noqa: F401
            except ImportError as e:  # pragma: no cover - depends on the install
                raise InputError("openpyxl installed (pip install 'abs_nb[excel]')", "no openpyxl",
                                 source=str(path)) from e
            with pd.ExcelWriter(tmp, engine="openpyxl") as xw:
                for name in ([table_name] if table_name else EXCEL_SHEETS):
                    df = frame(name)
                    for col in df.columns:
                        if df[col].dtype == object:
                            df[col] = df[col].map(lambda v: spreadsheet_cell(", ".join(map(str, v)) if isinstance(v, list)
                                                                       else (v.isoformat() if isinstance(v, dt.date)
                                                                             else v)))
                    df.to_excel(xw, sheet_name=name, index=False)
            return
        if suffix == ".json":
            docs = [to_json_dict(f) if not table_name else
                    [{k: _jsonable(v) for k, v in rec.items()} for rec in table(f, table_name).to_dict("records")]
                    for f in filings]
            tmp.write_text(json.dumps(docs, indent=1, default=str), encoding="utf-8")
            return
        df = frame(table_name or "values")
        if suffix == ".csv":
            write_csv(df, tmp)
        else:
            _parquet(df, tmp, long=not table_name)

    return _atomic(path, write)


def write_table(df: pd.DataFrame, path: str | Path) -> Path:
    """Write one DataFrame to ``path`` (.csv, .parquet or .json, by the suffix), whole or
    not at all, as :func:`export` writes.

    >>> import pandas as pd, tempfile, pathlib
    >>> out = write_table(pd.DataFrame({"file": ["a.txt"], "status": ["ok"]}), pathlib.Path(tempfile.mkdtemp()) / "t.csv")
    >>> out.read_text()
    'file,status\\na.txt,ok\\n'
    """
    def write(tmp: Path, suffix: str) -> None:
        if suffix == ".csv":
            write_csv(df, tmp)
        elif suffix == ".parquet":
            df.to_parquet(tmp, index=False)
        else:
            df.to_json(tmp, orient="records", indent=1)

    return _atomic(path, write)


def _atomic(path: str | Path, write: Callable[[Path, str], object]) -> Path:
    """``write(part, suffix)`` for ``path``, whole or not at all (:mod:`abs_nb.writing`); a
    failure says why in an :class:`InputError`."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".json", ".csv", ".parquet", ".xlsx"):
        raise InputError("an output path ending in .csv, .parquet, .json or .xlsx", repr(short_path(path)))
    if path_kind(path.parent, "an output path in an existing folder") != "folder":
        raise InputError("an output path in an existing folder", f"no folder {short_path(path.parent)!r}", source=short_path(path))
    kind = path_kind(path, "a writable output path")
    if kind == "folder":
        raise InputError("an output file", "a folder", source=short_path(path))
    if kind == "other":
        raise InputError("an output path naming a regular file", "a device, pipe or socket", source=short_path(path))
    try:
        write_all([(path, lambda part: write(part, suffix))])
    except OSError as err:
        raise InputError("a writable output path", describe_os_error(err, path), source=short_path(path)) from None
    except UnicodeError as err:
        raise InputError("a writable output path", f"{type(err).__name__}: {err}", source=short_path(path)) from None
    return path


def _write(f: Filing, path: Path, suffix: str, table_name: str | None) -> Path:
    if suffix == ".json":
        if table_name:
            data: Any = [{k: _jsonable(v) for k, v in rec.items()} for rec in table(f, table_name).to_dict("records")]
        else:
            data = to_json_dict(f)
        path.write_text(json.dumps(data, indent=1, default=str), encoding="utf-8")
        return path
    df = table(f, table_name) if table_name else to_long(f)
    if suffix == ".csv":
        write_csv(df, path)
    elif suffix == ".parquet":
        _parquet(df, path, long=not table_name)
    return path


def _parquet(df: pd.DataFrame, path: Path, *, long: bool) -> None:
    """Write ``df`` as Parquet: the long table's values split into numbers and text."""
    try:
        import pyarrow  # noqa: F401
    except ImportError as e:  # pragma: no cover - depends on the install
        raise InputError("pyarrow installed (pip install 'abs_nb[parquet]')", "no pyarrow", source=str(path)) from e
    df = df.copy()
    if long:
        # the long table mixes numbers and text: numbers (and booleans as 0/1) in a float
        # column, text (CUSIPs, descriptions, True/False) in a text column
        values = df["value"].tolist()
        df["text"] = [v if isinstance(v, str) else (str(v) if isinstance(v, bool) else None) for v in values]
        df["value"] = [float(v) if isinstance(v, (int, float)) else None for v in values]
        df["value"] = df["value"].astype("float64")
    for col in df.columns:
        if df[col].dtype == object:
            df[col] = df[col].map(lambda v: None if v is None else (json.dumps(v) if isinstance(v, list) else str(v)))
    df.to_parquet(path, index=False)
