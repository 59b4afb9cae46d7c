"""Command line: ``abs-nb summary|check|export FILE...``, ``abs-nb ingest FILES --to DB`` (also ``python -m abs_nb``).

Exit codes: 0 fine; 1 ``check`` found a failed check; 2 a file could not be read as a
report (the error says what, where and why).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from abs_nb.errors import AbsNbError, InputError
from abs_nb.export import TABLES, export, write_table
from abs_nb.load import load


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="abs-nb", description="Read ABS trustee distribution reports.")
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("summary", help="print what was read from each file")
    s.add_argument("files", nargs="+")
    c = sub.add_parser("check", help="run the reconciliation checks; exit 1 if any fails")
    c.add_argument("files", nargs="+")
    c.add_argument("--all", action="store_true", help="list passing checks too")
    e = sub.add_parser("export", help="write the parsed tables to .csv, .parquet or .json")
    e.add_argument("file")
    e.add_argument("--to", required=True, help="output path; the suffix picks the format")
    e.add_argument("--table", choices=TABLES, help="one table in its own shape (default: every value, long)")
    sc = sub.add_parser("scan", help="one line per file in a folder: what was understood")
    sc.add_argument("folder")
    sc.add_argument("--glob", help="only files matching this pattern, e.g. '*.txt'")
    sc.add_argument("--to", help="also write the table (.csv, .parquet or .json)")
    i = sub.add_parser("ingest", help="append many files to a DuckDB file or a Parquet folder (re-runs skip what is stored)")
    i.add_argument("files", nargs="+", help="files, folders or quoted globs ('filings/**/*.txt')")
    i.add_argument("--to", required=True, help="a .duckdb (or .db) file, or a folder for Parquet files")
    i.add_argument("--engine", choices=("processes", "serial", "dask"), default="processes")
    i.add_argument("--workers", type=int, help="processes (default: one per core)")
    i.add_argument("--batch", type=int, default=2000, help="filings per transaction (default 2000)")
    i.add_argument("--scheduler", help="with --engine dask: the scheduler's address, e.g. tcp://10.0.0.5:8786")
    i.add_argument("--no-progress", action="store_true", help="no progress bar")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # the reader went away (``abs-nb summary f | head -1``): stop quietly; what is still
        # buffered goes nowhere rather than raising again at exit (as Python's docs advise)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def _main(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        # a trust's name or a file's may hold characters the console cannot show (an ASCII
        # terminal, a legacy Windows code page): shown escaped, never a crash
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    if args.command == "scan":
        return _scan(args)
    if args.command == "ingest":
        return _ingest(args)
    status = 0
    files = [args.file] if args.command == "export" else args.files
    for i, name in enumerate(files):
        try:
            status = max(status, _one(args, name, i))
        except AbsNbError as err:
            print(f"abs-nb: {err}", file=sys.stderr)
            status = 2
    return status


def _scan(args: argparse.Namespace) -> int:
    import pandas as pd

    from abs_nb.scan import scan

    if args.to and Path(args.to).suffix.lower() not in (".csv", ".parquet", ".json"):
        print(f"abs-nb: expected --to ending in .csv, .parquet or .json, found {args.to!r}", file=sys.stderr)
        return 2
    try:
        table = scan(args.folder, args.glob)
    except AbsNbError as err:
        print(f"abs-nb: {err}", file=sys.stderr)
        return 2
    with pd.option_context("display.max_rows", None, "display.width", 250, "display.max_colwidth", 60):
        print(table.drop(columns=["error"]).to_string(index=False))
    errors = table[table["status"] == "error"]
    for rec in errors.itertuples(index=False):
        print(f"error: {rec.file}: {rec.error}")
    print(f"{len(table)} files: " + ", ".join(f"{n} {s}" for s, n in table["status"].value_counts().items()))
    if args.to:
        try:
            print(f"wrote {write_table(table, args.to)}")
        except AbsNbError as err:
            print(f"abs-nb: {err}", file=sys.stderr)
            return 2
    return 0


def _ingest(args: argparse.Namespace) -> int:
    from abs_nb.corpus.ingest import ingest

    client = None
    try:
        if args.scheduler:
            if args.engine != "dask":
                raise InputError("--scheduler with --engine dask", f"--engine {args.engine}")
            from dask.distributed import Client

            try:
                client = Client(args.scheduler, timeout=30)
            except (OSError, TimeoutError) as err:
                raise InputError("a dask scheduler answering at --scheduler", f"{type(err).__name__}: {err}",
                                 source=args.scheduler) from err
        r = ingest(args.files, to=args.to, engine=args.engine, workers=args.workers, batch=args.batch,
                   progress=not args.no_progress)
    except AbsNbError as err:
        print(f"abs-nb: {err}", file=sys.stderr)
        return 2
    finally:
        if client is not None:
            client.close()
    rate = (r.added + r.errors) / r.seconds if r.seconds else 0.0
    print(f"{r.target}: {r.added} filings added, {r.skipped} already stored, {r.duplicates} duplicates, "
          f"{r.errors} errors (in the errors table); {r.seconds:.1f} s, {rate:.0f} files parsed/s")
    return 0


def _one(args: argparse.Namespace, name: str, i: int) -> int:
    """Run the command on one file; its exit status."""
    path = Path(name)  # a file name, never taken for report text (however long, whatever it holds)
    if args.command == "export" and Path(args.to).exists() and Path(args.to).resolve() == path.resolve():
        raise InputError("an output path other than the report read", "the same file", source=name)
    f = load(path)
    if args.command == "summary":
        if i:
            print("\n" + "=" * 100 + "\n")
        print(f.summary())
        return 0
    if args.command == "check":
        rows = f.checks if args.all else f.checks[f.checks["status"] != "pass"]
        print(f"{name}: {f.check_summary()}")
        for r in rows.itertuples(index=False):
            lines = ",".join(str(x) for x in r.lines)
            print(f"  [{r.status}] {r.check} | {r.subject} | expected {_figure(r.expected)} actual {_figure(r.actual)}"
                  f" | lines {lines or '-'} | {r.detail}")
        return 0 if f.ok else 1
    print(f"wrote {export(f, args.to, args.table)}")
    return 0


def _figure(x: float) -> str:
    """An amount with cents, a ratio or rate to six significant digits, '-' for none.

    >>> _figure(1234567.891), _figure(0.0767384), _figure(float("nan"))
    ('1,234,567.89', '0.0767384', '-')
    """
    if x != x:
        return "-"
    return f"{x:,.2f}" if abs(x) >= 1 or x == 0 else f"{x:.6g}"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
