"""Stream a corpus of any size into a DuckDB file or a Parquet folder: :func:`ingest`.

Workers parse chunks of files and send back only the rows of the stored tables (the long
tables of :mod:`abs_nb.corpus.long_tables`, as :func:`abs_nb.corpus.storage.frames` gives them),
never a :class:`~abs_nb.Filing` with its text. This process appends them in batches: a
batch's rows, its errors and the sha256 of its files are committed together or not at all,
so a run killed at any point loses nothing and stores nothing twice when run again; a
re-run skips every file already stored (by sha256). At most :data:`IN_FLIGHT` chunks per
worker are in flight, so memory stays the same whatever the number of files.

>>> import abs_nb, tempfile, pathlib
>>> db = pathlib.Path(tempfile.mkdtemp()) / "abs.duckdb"
>>> abs_nb.ingest("sample_filings/*.txt", to=db, engine="serial", progress=False)
IngestReport(added=3, skipped=0, duplicates=0, errors=0)
>>> abs_nb.ingest("sample_filings/*.txt", to=db, engine="serial", progress=False)
IngestReport(added=0, skipped=3, duplicates=0, errors=0)
>>> con = abs_nb.open_duckdb(db, read_only=True)
>>> con.execute("select count(*) from classes where series = '2003-HE4'").fetchall()[0][0]
16
>>> con.close()
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from abs_nb.collector import gc_paused
from abs_nb.corpus import load_engines, monthly, storage
from abs_nb.corpus.long_tables import typed_keys
from abs_nb.corpus.many_filings import Corpus, _progress
from abs_nb.errors import AbsNbError, InputError
from abs_nb.filenames import utf8_name
from abs_nb.writing import write_all

CHUNK = 256  # files a worker parses at a time, at most: a chunk's tables cost ~40 ms whatever its size
BATCH = 2000  # filings appended in one transaction (one part file per table and year)
# chunks per worker in flight: a chunk's rows are small (~3 KB a filing), and a few queued
# give the workers work while this process writes a batch
IN_FLIGHT = 4
MONTHS_GROUP = 2000  # stored filings whose month-over-month checks are made at a time
ERROR_COLUMNS = ["source", "sha256", "error_type", "message"]
DUCKDB_SUFFIXES = (".duckdb", ".db")
# DuckDB's own memory while ingesting (see DuckDBTarget): what a batch's insert and a
# checkpoint of the widest table need, with room to spare (at 16MB a checkpoint fails)
DUCKDB_MEMORY = "48MB"


@dataclass
class Rows:
    """What a worker sends back for a chunk of files: the stored tables' rows (empty when
    no file of the chunk could be read) and one error row per file that could not."""

    tables: dict[str, pd.DataFrame]
    errors: list[dict[str, object]]
    files: int


@dataclass
class IngestReport:
    """What one :func:`ingest` did: filings added, files skipped because already stored,
    files identical to another of this run, files that failed (stored in ``errors``)."""

    added: int = 0
    skipped: int = 0
    duplicates: int = 0
    errors: int = 0
    seconds: float = field(default=0.0, repr=False)
    target: str = field(default="", repr=False)


def rows_of_chunk(items: Sequence[tuple[str, str | None]]) -> Rows:
    """Parse ``(path, sha256)`` items (the unit of work a worker gets) into storable rows."""
    filings, errors = [], []
    for (path, sha), (_, result) in zip(items, load_engines.load_chunk([p for p, _ in items]), strict=True):
        if isinstance(result, AbsNbError):
            errors.append({"source": utf8_name(path), "sha256": sha, "error_type": type(result).__name__,
                           "message": str(result)})
        else:
            filings.append(result)
    # the rows are built with the collector paused, as the parse is (abs_nb.collector): they
    # are many new containers and no cycle, and its passes would walk the chunk's filings
    with gc_paused():
        tables = storage.frames(Corpus(filings, []), across_months=False) if filings else {}
    return Rows(tables, errors, len(items))


def ingest(paths_or_glob: Any, to: str | os.PathLike[str], engine: str = "processes", workers: int | None = None,
           batch: int = BATCH, progress: bool = True) -> IngestReport:
    """Parse every file and append its rows to ``to``: a DuckDB file (a name ending in
    ``.duckdb`` or ``.db``) or a Parquet folder (any other name).

    ``paths_or_glob``: a glob, a folder, a path or a list of them (as :func:`abs_nb.load_many`).
    ``engine``: ``"processes"`` (a pool of ``workers`` processes, one per core by default),
    ``"dask"`` (tasks on the current ``dask.distributed`` client) or ``"serial"``.
    ``batch``: filings per transaction. The tables are those of ``Corpus.to_duckdb``, plus
    ``errors`` (``source``, ``sha256``, ``error_type``, ``message``: one row per file that could
    not be read). A Parquet folder holds ``<table>/year=<year of the distribution date>/
    part-<batch>.parquet`` (``errors/part-<batch>.parquet``) and ``_batches/<batch>.json``,
    the record of what each batch stored; read it with :func:`read_parquet`.
    """
    if isinstance(batch, bool) or not isinstance(batch, int) or batch < 1:
        raise InputError("batch: a number of filings (1 or more)", repr(batch))
    if workers is not None and (isinstance(workers, bool) or not isinstance(workers, int) or workers < 0):
        raise InputError("workers: a number of processes (None or 0: one per core)", repr(workers))
    if engine not in load_engines.ENGINES:
        raise InputError("engine 'processes', 'dask' or 'serial'", repr(engine))
    paths = load_engines.expand(paths_or_glob)
    if not paths:
        raise InputError("files to ingest", f"nothing matches {paths_or_glob!r}")
    target = open_target(to)
    report = IngestReport(target=str(to))
    tick, close = _progress(len(paths), progress)
    start = time.perf_counter()
    try:
        pending: list[Rows] = []
        held = 0  # filings and errors in pending
        chunks = _todo(paths, target, report, tick, chunk_size(len(paths), batch))
        for rows in load_engines.map_chunks(rows_of_chunk, chunks, engine, workers or None, IN_FLIGHT):
            pending.append(rows)
            held += len(rows.tables.get("filings", ())) + len(rows.errors)
            tick(rows.files)
            if held >= batch:
                _write(target, pending, report)
                pending, held = [], 0
        if pending:
            _write(target, pending, report)
        target.finish()
    finally:
        close()
        target.close()
    report.seconds = time.perf_counter() - start
    return report


def chunk_size(files: int, batch: int) -> int:
    """Files per chunk: up to :data:`CHUNK`, never more than a batch, and at least 16 chunks
    for a small corpus so that every worker gets some. It depends on the files alone, not
    on the engine: every engine sees the same chunks.

    >>> chunk_size(100_000, 2000), chunk_size(300, 2000), chunk_size(100_000, 100)
    (256, 19, 100)
    """
    return max(1, min(CHUNK, batch, -(-files // 16)))


def _todo(paths: Sequence[str], target: Target, report: IngestReport, tick: Any,
          size: int) -> Iterator[list[tuple[str, str | None]]]:
    """Chunks of ``(path, sha256)`` to parse: what the target holds already, and a second
    copy of a file of this run, are skipped (and counted)."""
    chunk: list[tuple[str, str | None]] = []
    seen: set[bytes] = set()  # the digests of this run's files (32 bytes each, not 64 hex digits)
    for path in paths:
        sha = _sha256(path)
        if target.stored(path, sha):
            report.skipped += 1
            tick(1)
            continue
        if sha is not None:
            digest = bytes.fromhex(sha)
            if digest in seen:
                report.duplicates += 1
                tick(1)
                continue
            seen.add(digest)
        chunk.append((path, sha))
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _sha256(path: str) -> str | None:
    """The file's sha256, or None for what is not a regular file that can be read (its
    error is the parse's to say; a named pipe is never opened here, where it could block)."""
    try:
        if not Path(path).is_file():
            return None
        with open(path, "rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return None


def _write(target: Target, pending: list[Rows], report: IngestReport) -> None:
    tables: dict[str, pd.DataFrame] = {}
    for name in storage.TABLES:
        parts = [r.tables[name] for r in pending if r.tables]
        if parts:
            tables[name] = pd.concat(parts, ignore_index=True, sort=False) if len(parts) > 1 else parts[0]
    errors = pd.DataFrame([e for r in pending for e in r.errors], columns=ERROR_COLUMNS).astype("string")
    target.append(tables, errors)
    report.added += len(tables["filings"]) if "filings" in tables else 0
    report.errors += len(errors)


class Target:
    """Where the rows go; what is stored already."""

    def __init__(self) -> None:
        self._shas: set[str] = set()  # of the filings and errors stored
        self._unreadable: set[str] = set()  # names of the stored errors without a sha256

    def stored(self, path: str, sha: str | None) -> bool:
        """True when the file is stored (its sha256 among the filings or errors; a file
        that could not be read: its name among the errors)."""
        return sha in self._shas if sha is not None else utf8_name(path) in self._unreadable

    def _remember(self, tables: dict[str, pd.DataFrame], errors: pd.DataFrame) -> None:
        # the sha256 of this run's files are not kept here: the run's own list of them
        # (``_todo``) skips a second copy, and memory grows by one set of them, not two
        self._unreadable.update(errors.loc[errors["sha256"].isna(), "source"])

    def append(self, tables: dict[str, pd.DataFrame], errors: pd.DataFrame) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        """The month-over-month checks of what was added, made over everything stored."""

    def close(self) -> None:
        pass


def open_target(to: str | os.PathLike[str]) -> Target:
    """A DuckDB file (``.duckdb`` or ``.db``) or a Parquet folder."""
    name = os.fspath(to)
    if Path(name).suffix.lower() in DUCKDB_SUFFIXES:
        return DuckDBTarget(Path(name))
    return ParquetTarget(Path(name))


class DuckDBTarget(Target):
    """Tables in a DuckDB file, appended to with ``storage.append_frames``; a batch is one
    transaction. The deals whose month-over-month checks are to be made again are listed in
    ``_months_pending`` in the same transaction, and checked at the end of the run (or of
    the next run, after a kill)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.con = storage.open_duckdb(path)
        # DuckDB keeps the blocks it wrote, and a checkpoint's, up to its memory limit (80% of
        # the machine by default): the main process grows with the database until the
        # limit, so the limit is what one batch and one checkpoint need, no more. Blocks
        # past it are read again from the file when needed (the month checks at the end).
        # One thread: the cores are the workers'; a batch's insert is no query to share out.
        self.con.execute(f"set memory_limit = '{DUCKDB_MEMORY}'")
        self.con.execute("set threads = 1")
        if storage._has_table(self.con, "filings"):
            self._shas.update(r[0] for r in self.con.execute("select sha256 from filings").fetchall())
        if storage._has_table(self.con, "errors"):
            for source, sha in self.con.execute("select source, sha256 from errors").fetchall():
                (self._shas.add(sha) if sha is not None else self._unreadable.add(source))

    def _transaction(self, work: Any) -> None:
        duckdb = storage._duckdb()
        self.con.execute("begin transaction")
        try:
            work()
            self.con.execute("commit")
        except duckdb.Error as err:
            storage._rollback(self.con)
            raise InputError("a database file the batch can be written to", f"{type(err).__name__}: {err}",
                             source=str(self.path), hint="this batch was not written; what was stored before stays") from err

    def append(self, tables: dict[str, pd.DataFrame], errors: pd.DataFrame) -> None:
        def work() -> None:
            storage.append_frames(self.con, tables, set())
            if len(errors) or not storage._has_table(self.con, "errors"):
                storage._insert(self.con, "errors", errors)
            series = sorted(set(tables["filings"]["series"].dropna())) if "filings" in tables else []
            if series or not storage._has_table(self.con, "_months_pending"):
                storage._insert(self.con, "_months_pending", pd.DataFrame({"series": pd.array(series, dtype="string")}))

        self._transaction(work)
        self._remember(tables, errors)

    def finish(self) -> None:
        if not storage._has_table(self.con, "_months_pending"):
            return
        rows = self.con.execute(
            "select p.series, count(f.sha256) from (select distinct series from _months_pending) p "
            "left join filings f on f.series = p.series group by p.series order by p.series").fetchall()
        for group in _groups(rows):
            def work(group: list[str] = group) -> None:
                storage.recheck_months(self.con, set(group))
                marks = ", ".join("?" * len(group))
                self.con.execute(f"delete from _months_pending where series in ({marks})", group)

            self._transaction(work)

    def close(self) -> None:
        self.con.close()


def _groups(counts: list[tuple[str, int]]) -> Iterator[list[str]]:
    """Series in groups of about :data:`MONTHS_GROUP` stored filings (a deal is never split)."""
    group: list[str] = []
    size = 0
    for series, n in counts:
        if group and size + n > MONTHS_GROUP:
            yield group
            group, size = [], 0
        group.append(series)
        size += n
    if group:
        yield group


class ParquetTarget(Target):
    """Part files in a folder, partitioned by the year of the distribution date. A batch's
    part files and its record (``_batches/<batch>.json``: its files' sha256 and part files)
    are written whole and renamed into place, the record last: a part file no record names
    is what a killed run left, removed when the folder is opened again."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        try:
            import pyarrow  # noqa: F401
        except ImportError as err:  # pragma: no cover - depends on the install
            raise InputError("pyarrow installed (pip install 'abs_nb[parquet]')", "no pyarrow") from err
        self.folder = folder
        if folder.is_dir() and any(folder.iterdir()) and not (folder / "_batches").is_dir():
            raise InputError("an empty folder, or one abs_nb.ingest wrote (it holds _batches/)",
                             "a folder with other files", source=str(folder), hint="nothing was written")
        try:
            (folder / "_batches").mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise InputError("a folder for the Parquet files", f"{type(err).__name__}: {err}", source=str(folder)) from err
        recorded: set[str] = set()
        self.batches = 0
        for rec in sorted((folder / "_batches").glob("[0-9]*.json")):
            data = json.loads(rec.read_text(encoding="utf-8"))
            self._shas.update(data["sha256"])
            self._unreadable.update(data["unreadable"])
            recorded.update(data["parts"])
            self.batches = max(self.batches, int(rec.stem) + 1)
        # what a killed run left: part files no record names, and files a write left half-done
        for part in [*folder.glob("*/year=*/*part-*.parquet"), *folder.glob("errors/*part-*.parquet"),
                     *folder.glob("_batches/.*"), *folder.glob("checks/year=*/.months*")]:
            if part.name.startswith(".") or part.relative_to(folder).as_posix() not in recorded:
                part.unlink()

    def append(self, tables: dict[str, pd.DataFrame], errors: pd.DataFrame) -> None:
        name = f"{self.batches:06d}"
        files: list[tuple[Path, Any]] = []
        for table, df in tables.items():
            for year, rows in _by_year(df):
                files.append((self.folder / table / f"year={year}" / f"part-{name}.parquet", _writer(rows)))
        if len(errors):
            files.append((self.folder / "errors" / f"part-{name}.parquet", _writer(errors)))
        shas = list(tables["filings"]["sha256"].dropna()) if "filings" in tables else []
        record = {"sha256": shas + list(errors["sha256"].dropna()),
                  "unreadable": list(errors.loc[errors["sha256"].isna(), "source"]),
                  "parts": [p.relative_to(self.folder).as_posix() for p, _ in files]}
        files.append((self.folder / "_batches" / f"{name}.json",
                      lambda part: part.write_text(json.dumps(record), encoding="utf-8")))
        try:
            for path, _ in files:
                path.parent.mkdir(parents=True, exist_ok=True)
            write_all(files)  # the record is renamed last: the batch's commit
        except (OSError, UnicodeError) as err:
            raise InputError("a folder the Parquet files can be written to", f"{type(err).__name__}: {err}",
                             source=str(self.folder), hint="this batch was not recorded; the next run writes it") from err
        self.batches += 1
        self._remember(tables, errors)

    def finish(self) -> None:
        """``checks/year=<year>/months.parquet``: the month-over-month checks over every
        stored filing, made again when filings were added (or a run stopped before this)."""
        marker = self.folder / "_batches" / "months.json"
        made = json.loads(marker.read_text(encoding="utf-8"))["batches"] if marker.exists() else -1
        if made == self.batches:  # made after the last batch
            return
        filings = read_parquet(self.folder, "filings", monthly.READS["filings"])
        if not len(filings):
            return
        counts = filings.dropna(subset=["series"]).groupby("series").size()
        parts = []
        for group in _groups(sorted(counts.items())):
            where = [("series", "in", group)]
            months = monthly.months_from_tables(
                filings[filings["series"].isin(group)],
                *(read_parquet(self.folder, table, monthly.READS[table], where) for table in ("classes", "collateral", "deal")))
            rows = pd.DataFrame(monthly.checks(months))
            if len(rows):
                parts.append(storage._storable(typed_keys(rows)))  # statement: Int64 in every part
        old = set(self.folder.glob("checks/*/months.parquet"))
        files = []
        if parts:
            for year, rows in _by_year(pd.concat(parts, ignore_index=True, sort=False)):
                files.append((self.folder / "checks" / f"year={year}" / "months.parquet", _writer(rows)))
        for path, _ in files:
            path.parent.mkdir(parents=True, exist_ok=True)
            old.discard(path)
        files.append((marker, lambda part: part.write_text(json.dumps({"batches": self.batches}), encoding="utf-8")))
        write_all(files)  # the marker last: a run stopped before it makes them again
        for path in old:
            path.unlink()


NO_YEAR = "__HIVE_DEFAULT_PARTITION__"  # Hive's name for a partition with no value


def _by_year(df: pd.DataFrame) -> Iterator[tuple[str, pd.DataFrame]]:
    years = pd.to_datetime(df["distribution_date"]).dt.year
    for year in sorted(years.dropna().unique()):
        yield str(int(year)), df[years == year].reset_index(drop=True)
    if years.isna().any():
        yield NO_YEAR, df[years.isna()].reset_index(drop=True)


def _writer(df: pd.DataFrame) -> Any:
    return lambda part: df.to_parquet(part, index=False)


def read_parquet(folder: str | os.PathLike[str], table: str, columns: list[str] | None = None,
                 filters: list[Any] | None = None) -> pd.DataFrame:
    """Table ``table`` of a folder :func:`ingest` wrote, from every part file (their
    columns united: a deal column printed by later filings only is there, empty before).

    >>> import abs_nb, tempfile
    >>> out = tempfile.mkdtemp()
    >>> abs_nb.ingest("sample_filings/*.txt", to=out, engine="serial", progress=False).added
    3
    >>> sorted(read_parquet(out, "filings")["series"])
    ['2002-HE1', '2003-HE2', '2003-HE4']
    """
    import pyarrow as pa
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    root = Path(folder) / table
    files = sorted(str(p) for p in root.glob("**/*.parquet") if not p.name.startswith("."))
    if not files:
        return pd.DataFrame(columns=columns or [])
    fmt = ds.ParquetFileFormat()
    schemas = [pq.read_schema(f) for f in files]
    schema = pa.unify_schemas(schemas, promote_options="permissive")
    data = ds.dataset(files, schema=schema, format=fmt)
    cols = [c for c in columns if c in schema.names] if columns is not None else None
    expr = None
    for col, op, value in filters or []:
        if op != "in" or col not in schema.names:
            raise InputError("filters as [(column, 'in', values)]", repr((col, op)))
        term = ds.field(col).isin(value)
        expr = term if expr is None else expr & term
    return data.to_table(columns=cols, filter=expr).to_pandas()


__all__ = ["ingest", "read_parquet", "IngestReport", "open_target"]
