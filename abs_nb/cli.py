"""Command line: ``abs-nb summary|check|export FILE...`` (also ``python -m abs_nb``).

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
    e = sub.add_parser("export", help="write the parsed tables to .csv, .parquet or .json")
    e.add_argument("file")
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
