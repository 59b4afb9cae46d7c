"""A corpus on disk: Parquet files (one per table) and a DuckDB database.

>>> import abs_nb, tempfile, pathlib
>>> c = abs_nb.load_many("sample_filings/*.txt", progress=False, workers=1)
>>> db = pathlib.Path(tempfile.mkdtemp()) / "abs.duckdb"
>>> c.to_duckdb(db)
3
>>> con = abs_nb.open_duckdb(db)
>>> con.execute("select count(*) from classes where series = '2003-HE4'").fetchall()[0][0]
16
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from abs_nb.corpus import long_tables as stack
from abs_nb.corpus import monthly
from abs_nb.errors import InputError
from abs_nb.filenames import describe_os_error, path_kind, short_path, utf8_name
from abs_nb.writing import FolderNotReplaceable, write_folder

if TYPE_CHECKING:
    from abs_nb.corpus.many_filings import Corpus

# DuckDB's words when another process holds the file's lock, and the process it names
_LOCK_HELD = "Could not set lock on file"
_LOCK_PID = re.compile(r"\(PID (\d+)\)")

TABLES = ("filings", "classes", "collateral", "delinquency", "deal", "checks", "metrics")
MONTHS_WINDOW = 2000  # filings whose figures the month-over-month checks hold at a time
DATE_COLUMNS = {"distribution_date", "previous_distribution_date"}


def _storable(df: pd.DataFrame) -> pd.DataFrame:
    """Columns Parquet and DuckDB can hold: lists as JSON text, other objects as text."""
    out = df.copy()
    if "source" in out.columns and out["source"].dtype == object:
        out["source"] = out["source"].map(lambda v: utf8_name(v) if isinstance(v, str) else v)
    for col in out.columns:
        if out[col].dtype == object:
            sample = out[col].dropna()
            if len(sample) and isinstance(sample.iloc[0], list):
                out[col] = out[col].map(lambda v: json.dumps(v) if isinstance(v, list) else v)
            elif len(sample) and not all(isinstance(v, str) for v in sample) and col not in DATE_COLUMNS:
                out[col] = out[col].map(lambda v: None if v is None or (isinstance(v, float) and v != v) else str(v))
    for col in DATE_COLUMNS & set(out.columns):
        # dates, typed as dates even with no value (Arrow's date32: DATE in DuckDB and Parquet)
        out[col] = pd.to_datetime(out[col]).astype("date32[pyarrow]")
    for col in out.columns:
        # a column with no value yet (every trust unprinted, an empty table) is text, so a
        # later append of real values fits it (DuckDB would otherwise type it NULL); the
        # tables type their numeric columns themselves, empty or not
        if out[col].dtype == object and out[col].dropna().empty:
            out[col] = out[col].astype("string")
    return out


def frames(corpus: Corpus, across_months: bool = True) -> dict[str, pd.DataFrame]:
    """The tables to store, by name (``filings`` is one row per filing). Without
    ``across_months``, ``checks`` holds each filing's own checks only (the month-over-month
    checks are made later, over everything stored: :func:`recheck_months`)."""
    def table(name: str) -> pd.DataFrame:
        if name == "filings":
            return corpus.filings_table
        if name == "checks" and not across_months:
            return stack.checks(corpus.filings)
        return getattr(corpus, name)

    return {name: _storable(table(name)) for name in TABLES}


def to_parquet(corpus: Corpus, folder: str | Path) -> Path:
    """One Parquet file per table in ``folder`` (created if needed).

    The tables are written as a set: into a new folder beside ``folder``, which then takes
    its place in one rename (:func:`abs_nb.writing.write_folder`). A reader of ``folder``
    sees every table of the corpus written before or every table of this one, never some
    of each, whenever the writer stops; other files in ``folder`` are kept.
    """
    try:
        import pyarrow  # noqa: F401
    except ImportError as err:  # pragma: no cover - depends on the install
        raise InputError("pyarrow installed (pip install 'abs_nb[parquet]')", "no pyarrow") from err
    folder = Path(folder)
    kind = path_kind(folder, "a folder for the Parquet files")
    if kind not in (None, "folder"):
        raise InputError("a folder for the Parquet files", "a file of that name", source=str(folder))
    tables = frames(corpus)
    names = {f"{name}.parquet" for name in tables}

    def fill(new: Path) -> None:
        for name, df in tables.items():
            df.to_parquet(new / f"{name}.parquet", index=False)

    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        write_folder(folder, fill, names)
    except FolderNotReplaceable as err:
        raise InputError("a folder holding the Parquet tables and other files, no subfolder", str(err),
                         source=str(folder), hint="no table was written; write them to a folder of their own") from None
    except OSError as err:
        raise InputError("a folder the Parquet files can be written to", describe_os_error(err, folder),
                         source=short_path(folder), hint="no table was written") from None
    except UnicodeError as err:
        raise InputError("a folder the Parquet files can be written to", f"{type(err).__name__}: {err}",
                         source=short_path(folder), hint="no table was written") from None
    return folder


def _duckdb() -> Any:
    try:
        import duckdb
    except ImportError as err:  # pragma: no cover - depends on the install
        raise InputError("duckdb installed (pip install 'abs_nb[duckdb]')", "no duckdb") from err
    return duckdb


def open_duckdb(path: str | Path, read_only: bool = False) -> Any:
    """A connection to the DuckDB database at ``path`` (created unless ``read_only``)."""
    duckdb = _duckdb()
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as err:  # not a DuckDB file, no such folder, locked by another process
        if _LOCK_HELD in str(err):
            # another process has the file open for writing: say who, and what to do
            pid = _LOCK_PID.search(str(err))
            holder = f" (process {pid.group(1)})" if pid else ""
            raise InputError("a DuckDB file no other process is writing to",
                             f"the file is in use by another process{holder}", source=str(path),
                             hint="close that process's connection, or wait for it to finish; "
                                  "DuckDB lets one process write at a time") from None
        expected = "an existing DuckDB database file" if read_only else "a DuckDB database file, or a new file in an existing folder"
        raise InputError(expected, f"{type(err).__name__}: {err}", source=str(path)) from err


def to_duckdb(corpus: Corpus, path: str | Path) -> int:
    """Write (or append) the corpus to a DuckDB file; filings already there (same sha256 and
    statement) are not added again. Returns the number of filings added."""
    duckdb = _duckdb()
    con = open_duckdb(path)
    try:
        con.execute("begin transaction")  # all tables or none: a failed append leaves no trace
        try:
            added = _append(con, corpus)
        except duckdb.Error as err:
            _rollback(con)
            raise InputError("a corpus whose tables fit the database's tables", f"{type(err).__name__}: {err}",
                             source=str(path), hint="nothing was written") from err
        try:
            con.execute("commit")
        except duckdb.Error as err:  # a full disk, a file made read-only meanwhile
            _rollback(con)
            raise InputError("a database file that can be written", f"{type(err).__name__}: {err}",
                             source=str(path), hint="nothing was written") from err
        return added
    finally:
        con.close()


def _rollback(con: Any) -> None:
    """Undo the open transaction; one that a failed commit already ended needs nothing."""
    try:
        con.execute("rollback")
    except Exception:  # noqa: BLE001, S110 - no transaction left to undo: nothing was written
        pass


def _stored_keys(con: Any) -> set[tuple[object, int | None]]:
    """(sha256, statement) of the filings already stored (statement None in a database
    written before the column existed)."""
    if not _has_table(con, "filings"):
        return set()
    cols = {r[0] for r in con.execute(
        "select column_name from information_schema.columns where table_name = 'filings'").fetchall()}
    query = "select sha256, statement from filings" if "statement" in cols else "select sha256, null from filings"
    return {(sha, None if st is None else int(st)) for sha, st in con.execute(query).fetchall()}


def _new_rows(df: pd.DataFrame, existing: set[tuple[object, int | None]]) -> pd.DataFrame:
    """The rows of ``df`` whose filing (sha256 and statement) is not stored yet."""
    if "sha256" not in df.columns or not existing:  # nothing stored: every row is new
        return df
    statements = df["statement"] if "statement" in df.columns else [None] * len(df)
    keep = pd.Series([(sha, None if pd.isna(st) else int(st)) not in existing
                      for sha, st in zip(df["sha256"], statements, strict=True)], index=df.index, dtype=bool)
    # (a fresh index: read through Arrow, a filtered frame's index would become a column)
    return df[keep].reset_index(drop=True)


def _append(con: Any, corpus: Corpus) -> int:
    """Add the corpus's new filings (by sha256 and statement) to every table; the number added."""
    existing = _stored_keys(con)
    added = append_frames(con, frames(corpus), existing)
    if added:
        recheck_months(con, {str(f.meta["series"]) for f in corpus if f.meta.get("series")
                             and (f.meta.get("sha256"), f.meta.get("statement")) not in existing})
    return added


def append_frames(con: Any, tables: dict[str, pd.DataFrame], existing: set[tuple[object, int | None]]) -> int:
    """Add the rows of ``tables`` (as :func:`frames` gives them) whose filing (sha256 and
    statement) is not in ``existing`` to the database's tables, inside the caller's
    transaction; the number of filings added. The month-over-month checks are the caller's
    (:func:`recheck_months`)."""
    added = 0
    for name, df in tables.items():
        new = _new_rows(df, existing)
        if name == "filings":
            added = len(new)
        # an empty table is still created, with its columns' types, for later appends
        if len(new) or (len(df.columns) and not _has_table(con, name)):
            _insert(con, name, new)
    return added


def _insert(con: Any, name: str, new: pd.DataFrame) -> None:
    """Add the rows of ``new`` to table ``name``, creating it, or adding the columns it
    does not have yet."""
    con.register("_new", new)
    try:
        if not _has_table(con, name):
            con.execute(f'create table "{name}" as select * from _new')
            return
        have = {r[0] for r in con.execute(
            "select column_name from information_schema.columns where table_name = ?", [name]).fetchall()}
        types = {row[0]: row[1] for row in con.execute("describe _new").fetchall()}
        for col in new.columns:
            if col not in have:
                con.execute(f'alter table "{name}" add column "{col}" {types[col]}')
        con.execute(f'insert into "{name}" by name select * from _new')
    finally:
        con.unregister("_new")


def recheck_months(con: Any, series: set[str], window: int | None = None) -> None:
    """The month-over-month checks of every deal of ``series``, made again over all of its
    stored filings: a month appended between two stored months, or after them, is checked
    against its neighbours, whichever corpus each came from.

    Memory stays the same however many filings a deal has: what tells the deals apart
    (names, dates, CUSIPs) is read for every filing, the figures (balances, losses) for
    ``window`` filings at a time (:data:`MONTHS_WINDOW`), in the order they are compared,
    and their checks are stored window by window."""
    if not series:
        return
    window = window or MONTHS_WINDOW
    marks = ", ".join("?" * len(series))
    wanted = sorted(series)

    def stored(table: str, columns: list[str], where: str = f"series in ({marks})",
               params: list[str] = wanted) -> pd.DataFrame:
        if not _has_table(con, table):
            return pd.DataFrame(columns=["sha256"])
        have = {r[0] for r in con.execute(
            "select column_name from information_schema.columns where table_name = ?", [table]).fetchall()}
        cols = ", ".join(f'"{c}"' for c in columns if c in have)  # only what the checks read
        return con.execute(f'select {cols} from "{table}" where {where} order by rowid', params).df()

    checks = ", ".join(f"'{c}'" for c in monthly.CHECKS)
    con.execute(f'delete from checks where "check" in ({checks}) and series in ({marks})', wanted)
    none = pd.DataFrame(columns=["sha256"])
    months = monthly.months_from_tables(stored("filings", monthly.READS["filings"]),
                                        stored("classes", ["sha256", "cusip"]), none, none)
    flat = [(k, m) for k, deal in enumerate(monthly.in_order(months)) for m in deal]
    figures = [c for c in monthly.READS["classes"] if c != "cusip"]
    for start in range(0, len(flat), window):
        part = [m for _, m in flat[start: start + window]]
        shas = sorted({m.sha256 for m in part if isinstance(m.sha256, str)})
        unhashed = " or sha256 is null" if any(not isinstance(m.sha256, str) for m in part) else ""
        where = f"series in ({marks}) and (sha256 in ({', '.join('?' * len(shas)) or 'null'}){unhashed})"
        params = wanted + shas
        monthly.add_figures({monthly.month_key(m): m for m in part},
                            *(stored(table, cols, where, params) for table, cols in
                              (("classes", figures), ("collateral", monthly.READS["collateral"]),
                               ("deal", monthly.READS["deal"]))))
        rows = [r for i in range(max(start, 1), start + len(part)) if flat[i - 1][0] == flat[i][0]
                for r in monthly.pair_checks(flat[i - 1][1], flat[i][1])]
        for _, m in flat[max(0, start - 1): start + len(part) - 1]:  # the last is compared with the next
            m.classes, m.pools = {}, {}
        if rows:
            _insert(con, "checks", _storable(pd.DataFrame(rows)))


def _has_table(con: Any, name: str) -> bool:
    # fetchall: DuckDB refuses new work while a result is only partly fetched
    return bool(con.execute("select count(*) from information_schema.tables where table_name = ?", [name]).fetchall()[0][0])
