"""Command line: ``abs-nb summary|check|export FILE...``, ``abs-nb scan FOLDER``, ``abs-nb
fetch TRUST``, ``abs-nb ingest FILES --to DB`` (also ``python -m abs_nb``).

Exit codes: 0 fine; 1 ``check`` found a failed check, or ``fetch`` failed to download some
filings; 2 a file could not be read as a report, or ``fetch`` could not list the filings
(the error says what, where and why).

A file holding the statements of several series (a master servicer's exhibit): ``summary``
and ``check`` print a block per statement; ``--statement N`` or ``--series S`` picks one
(``export`` needs one picked).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from abs_nb.errors import AbsNbError, InputError
from abs_nb.export import TABLES, export, export_many, write_table
from abs_nb.filenames import path_kind, short_path
from abs_nb.finance_format import check_figures
from abs_nb.load import load, load_statements
from abs_nb.model import Filing
from abs_nb.untrusted import terminal_text


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="abs-nb", description="Read ABS trustee distribution reports.")
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("summary", help="print what was read from each file")
    s.add_argument("files", nargs="+")
    c = sub.add_parser("check", help="run the reconciliation checks; exit 1 if any fails")
    c.add_argument("files", nargs="+")
    c.add_argument("--all", action="store_true", help="list passing checks too")
    e = sub.add_parser("export", help="write the parsed tables of one or more files to .csv, .parquet, .json or .xlsx")
    e.add_argument("files", nargs="+", help="report files; several go to one output with a 'source' column")
    e.add_argument("--to", required=True, help="output path; the suffix picks the format")
    e.add_argument("--table", choices=TABLES, help="one table in its own shape (default: every value, long)")
    for sub_parser in (s, c, e):
        sub_parser.add_argument("--statement", type=int, metavar="N",
                                help="in a file holding several statements, only statement N (from 1)")
        sub_parser.add_argument("--series", help="in a file holding several statements, only this series' one")
    sc = sub.add_parser("scan", help="one line per file in a folder: what was understood")
    sc.add_argument("folder")
    sc.add_argument("--glob", help="only files matching this pattern, e.g. '*.txt'")
    sc.add_argument("--to", help="also write the table (.csv, .parquet or .json)")
    f = sub.add_parser("fetch", help="download a trust's filings from EDGAR as full-submission .txt files")
    f.add_argument("trust", help="the trust's name ('Asset Backed Securities Corp 2003-HE2') or CIK")
    f.add_argument("--to", default="filings/", help="folder; files go to FOLDER/CIK/ (default filings/)")
    f.add_argument("--forms", default="8-K,8-K/A,10-D,10-D/A", help="form types, comma-separated")
    f.add_argument("--identity", help="'Name email@example.com' for the SEC (else ABS_NB_EDGAR_IDENTITY)")
    f.add_argument("--since", help="first filing date, YYYY-MM-DD")
    f.add_argument("--until", help="last filing date, YYYY-MM-DD")
    f.add_argument("--year", type=int, help="year of the company index searched for a name")
    f.add_argument("--workers", type=int, default=4, help="downloads at once (10 requests/s in all)")
    f.add_argument("--no-progress", action="store_true", help="no progress bar")
    i = sub.add_parser("ingest", help="append many files to a DuckDB file or a Parquet folder (re-runs skip what is stored)")
    i.add_argument("files", nargs="+", help="files, folders or quoted globs ('filings/**/*.txt')")
    i.add_argument("--to", required=True, help="a .duckdb (or .db) file, or a folder for Parquet files")
    i.add_argument("--engine", choices=("processes", "serial", "dask"), default="processes")
    i.add_argument("--workers", type=int, help="processes (default: one per core)")
    i.add_argument("--batch", type=int, default=2000, help="filings per transaction (default 2000)")
    i.add_argument("--scheduler", help="with --engine dask: the scheduler's address, e.g. tcp://10.0.0.5:8786")
    i.add_argument("--no-progress", action="store_true", help="no progress bar")
    return p


def _say(text: object, file: TextIO | None = None) -> None:
    """Print ``text`` to the console (stdout, or ``file``) without the control characters
    a filing or a file name may hold (:func:`abs_nb.untrusted.terminal_text`)."""
    print(terminal_text(text), file=file or sys.stdout)


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
    if args.command == "fetch":
        return _fetch(args)
    if args.command == "export" and len(args.files) > 1:
        return _export_many(args)
    if args.command == "ingest":
        return _ingest(args)
    status = 0
    files = args.files
    for i, name in enumerate(files):
        try:
            status = max(status, _one(args, name, i))
        except AbsNbError as err:
            _say(f"abs-nb: {err}", sys.stderr)
            status = 2
    return status


def _export_many(args: argparse.Namespace) -> int:
    """Several files to one output; a file that cannot be read is said and left out (exit 2)."""
    status = 0
    filings = []
    out = Path(args.to)
    for name in args.files:
        try:
            if out.exists() and out.resolve() == Path(name).resolve():
                raise InputError("an output path other than the reports read", "the same file", source=name)
            filings.append(load(Path(name)))
        except AbsNbError as err:
            print(f"abs-nb: {err}", file=sys.stderr)
            status = 2
    if not filings:
        return 2
    try:
        print(f"wrote {export_many(filings, args.to, args.table)} ({len(filings)} filings)")
    except AbsNbError as err:
        print(f"abs-nb: {err}", file=sys.stderr)
        return 2
    return status


def _scan(args: argparse.Namespace) -> int:
    from abs_nb.scan import scan, scan_lines

    if args.to and Path(args.to).suffix.lower() not in (".csv", ".parquet", ".json"):
        _say(f"abs-nb: expected --to ending in .csv, .parquet or .json, found {short_path(args.to)!r}", sys.stderr)
        return 2
    try:
        table = scan(args.folder, args.glob)
    except AbsNbError as err:
        _say(f"abs-nb: {err}", sys.stderr)
        return 2
    # lines that fit a terminal: the full table (layout, every count) is what --to writes
    for line in scan_lines(table, width=min(100, max(80, shutil.get_terminal_size((100, 24)).columns))):
        _say(line)
    if args.to:
        try:
            _say(f"wrote {write_table(table, args.to)}")
        except AbsNbError as err:
            _say(f"abs-nb: {err}", sys.stderr)
            return 2
    return 0


def _fetch(args: argparse.Namespace) -> int:
    """``abs-nb fetch``: exit 0 when every filing is there, 1 when some failed, 2 when
    nothing could be listed (no identity, unknown trust, EDGAR unreachable)."""
    from abs_nb.edgar_client import download

    forms = [f.strip() for f in args.forms.split(",") if f.strip()]
    try:
        table = download(args.trust, to=args.to, forms=forms or None, identity=args.identity, since=args.since,
                         until=args.until, year=args.year, workers=args.workers, progress=not args.no_progress)
    except AbsNbError as err:
        print(f"abs-nb: {_plain(str(err))}", file=sys.stderr)
        return 2
    counts = table["status"].value_counts()
    folder = Path(args.to) / str(table["cik"].iloc[0]) if len(table) else Path(args.to)
    print(f"{len(table)} filings in {_plain(str(folder))}: " + ", ".join(
        f"{counts.get(s, 0)} {s}" for s in ("downloaded", "present", "failed")))
    for r in table[table["status"] == "failed"].itertuples(index=False):
        print(f"failed: {r.accession}: {_plain(str(r.error))}", file=sys.stderr)
    return 1 if counts.get("failed", 0) else 0


def _plain(text: str) -> str:
    """Text from EDGAR or a server, safe on a terminal: control characters escaped.

    >>> print(_plain("TRUST\\x1b[2J 2003-HE2"))
    TRUST\\x1b[2J 2003-HE2
    """
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


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
        _say(f"abs-nb: {err}", sys.stderr)
        return 2
    finally:
        if client is not None:
            client.close()
    rate = (r.added + r.errors) / r.seconds if r.seconds else 0.0
    _say(f"{r.target}: {r.added} filings added, {r.skipped} already stored, {r.duplicates} duplicates, "
          f"{r.errors} errors (in the errors table); {r.seconds:.1f} s, {rate:.0f} files parsed/s")
    return 0


def _one(args: argparse.Namespace, name: str, i: int) -> int:
    """Run the command on one file; its exit status."""
    path = Path(name)  # a file name, never taken for report text (however long, whatever it holds)
    if (args.command == "export" and path_kind(args.to, "a usable output path")
            and path_kind(name) and os.path.samefile(args.to, name)):
        raise InputError("an output path other than the report read", "the same file", source=name)
    if args.command == "export" or args.statement is not None or args.series is not None:
        results: list[Filing | AbsNbError] = [load(path, statement=args.statement, series=args.series)]
    else:
        results = load_statements(path)
    if args.command == "export":
        _say(f"wrote {export(results[0], args.to, args.table)}")  # type: ignore[arg-type]
        return 0
    status = 0
    for k, f in enumerate(results, 1):
        which = f", statement {k} of {len(results)}" if len(results) > 1 else ""
        if isinstance(f, Filing) and len(results) == 1 and f.meta.get("statement") is not None:
            which = f", statement {f.meta['statement']}"  # the one picked
        if isinstance(f, AbsNbError):
            _say(f"abs-nb: {f}", sys.stderr)
            status = 2
        elif args.command == "summary":
            if i or k > 1:
                _say("\n" + "=" * 100 + "\n")
            if which:
                _say(f"{name}{which}")
            _say(f.summary())
        else:
            rows = f.checks if args.all else f.checks[f.checks["status"] != "pass"]
            _say(f"{name}{which}: {f.check_summary()}")
            for r in rows.itertuples(index=False):
                lines = ",".join(str(x) for x in r.lines)
                e, a, d = check_figures(r.check, r.subject, r.expected, r.actual, r.difference, none="-")
                _say(f"  [{r.status}] {r.check} | {r.subject} | expected {e} actual {a} difference {d}"
                     f" | lines {lines or '-'} | {r.detail}")
            status = max(status, 0 if f.ok else 1)
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
