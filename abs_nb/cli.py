"""Command line: ``abs-nb summary|check|export FILE...`` (also ``python -m abs_nb``).

Exit codes: 0 fine; 1 ``check`` found a failed check; 2 a file could not be read as a
report (the error says what, where and why).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from abs_nb.errors import AbsNbError, InputError
from abs_nb.export import TABLES, export, export_many, write_table
from abs_nb.finance_format import check_figures
from abs_nb.load import load


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
    sc = sub.add_parser("scan", help="one line per file in a folder: what was understood")
    sc.add_argument("folder")
    sc.add_argument("--glob", help="only files matching this pattern, e.g. '*.txt'")
    sc.add_argument("--to", help="also write the table (.csv, .parquet or .json)")
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
    if args.command == "export" and len(args.files) > 1:
        return _export_many(args)
    status = 0
    files = args.files
    for i, name in enumerate(files):
        try:
            status = max(status, _one(args, name, i))
        except AbsNbError as err:
            print(f"abs-nb: {err}", file=sys.stderr)
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
        print(f"abs-nb: expected --to ending in .csv, .parquet or .json, found {args.to!r}", file=sys.stderr)
        return 2
    try:
        table = scan(args.folder, args.glob)
    except AbsNbError as err:
        print(f"abs-nb: {err}", file=sys.stderr)
        return 2
    # lines that fit a terminal: the full table (layout, every count) is what --to writes
    print("\n".join(scan_lines(table, width=min(100, max(80, shutil.get_terminal_size((100, 24)).columns)))))
    if args.to:
        try:
            print(f"wrote {write_table(table, args.to)}")
        except AbsNbError as err:
            print(f"abs-nb: {err}", file=sys.stderr)
            return 2
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
            e, a, d = check_figures(r.check, r.subject, r.expected, r.actual, r.difference, none="-")
            print(f"  [{r.status}] {r.check} | {r.subject} | expected {e} actual {a} difference {d}"
                  f" | lines {lines or '-'} | {r.detail}")
        return 0 if f.ok else 1
    print(f"wrote {export(f, args.to, args.table)}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
