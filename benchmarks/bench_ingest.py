"""Benchmark: ``abs_nb.ingest`` into DuckDB, against parsing the same files alone.

Run: ``.venv/bin/python benchmarks/bench_ingest.py [--sizes 3000 30000 100000] [--repeat 3]
[--modes parse ingest]``.
The files are whole filings: the seeds and the corpus documents in copies whose amounts
differ (``bench_load_many.make_files``, ``_mix.vary``). For each size and run, two fresh
processes on the same files:

- ``parse``: the default engine's pool (``load_engines.map_chunks``, one process per core) loads
  every file and keeps nothing: the parser's own speed, the floor under any ingest;
- ``ingest``: ``abs_nb.ingest(files, to=<new DuckDB file>)`` with the default engine:
  parse, build the rows, send them back, append them batch by batch, month-over-month checks.

Each line gives filings per second, the peak resident set of the main process and of the
largest worker (``ru_maxrss`` of a fresh process: its own, and its children's), and the share
of the machine's CPU time the hypervisor gave to other guests meanwhile (``steal``, from
``/proc/stat``). CPU milliseconds per filing (user + system, of the main process and of its
workers) say what the work costs whatever else the machine runs; the load average says how
busy it was. With ``--repeat N``, the median and range over the N runs follow.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _mix import ROOT, cpu_ticks, parser_kind, steal_share
from bench_load_many import make_files


def parse_chunk(paths: list[str]) -> int:
    """Load each file and keep nothing (the work an ingest cannot do without)."""
    from abs_nb.corpus.load_engines import load_chunk

    return sum(not isinstance(r, Exception) for _, r in load_chunk(paths))


def one(mode: str, folder: Path, to: Path) -> dict[str, object]:
    """One measured run in this (fresh) process."""
    from abs_nb.corpus import load_engines
    from abs_nb.corpus.ingest import BATCH, chunk_size

    paths = sorted(str(p) for p in folder.iterdir())
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu0 = usage.ru_utime + usage.ru_stime  # the imports' CPU time is not the run's
    ticks, t = cpu_ticks(), time.perf_counter()
    if mode == "parse":
        size = chunk_size(len(paths), BATCH)  # the chunks an ingest sends its workers
        chunks = [paths[i: i + size] for i in range(0, len(paths), size)]
        loaded = sum(load_engines.map_chunks(parse_chunk, chunks, "processes"))
        errors = len(paths) - loaded
    else:
        import abs_nb

        r = abs_nb.ingest(paths, to=to, progress=False)
        loaded, errors = r.added, r.errors
    elapsed = time.perf_counter() - t
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"cpu_ms_per_filing_main": 1000 * (own.ru_utime + own.ru_stime - cpu0) / len(paths),
            "cpu_ms_per_filing_workers": 1000 * (children.ru_utime + children.ru_stime) / len(paths),
            "load_average": os.getloadavg()[0],
            "mode": mode, "files": len(paths), "loaded": loaded, "errors": errors, "seconds": elapsed,
            "filings_per_s": len(paths) / elapsed, "steal": steal_share(ticks, cpu_ticks()),
            "peak_rss_mb_main": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "peak_rss_mb_worker": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def run(mode: str, folder: Path, work: Path) -> dict[str, object]:
    to = work / "abs.duckdb"
    for p in work.glob("abs.duckdb*"):
        p.unlink()
    out = subprocess.run([sys.executable, __file__, "--one", mode, str(folder), str(to)],
                         capture_output=True, text=True, check=True)
    row = json.loads(out.stdout.splitlines()[-1])
    steal = row["steal"]
    print(f"{row['files']:>7} files {mode:>6}: {row['seconds']:7.2f} s = {row['filings_per_s']:6.0f} filings/s; "
          f"peak RSS main {row['peak_rss_mb_main']:.0f} MB, worker {row['peak_rss_mb_worker']:.0f} MB; "
          f"CPU ms per filing main {row['cpu_ms_per_filing_main']:.2f}, workers {row['cpu_ms_per_filing_workers']:.2f}; "
          f"{row['loaded']} loaded, {row['errors']} errors; load average {row['load_average']:.1f}"
          + (f"; CPU time stolen {steal:.0%}" if steal is not None else ""), flush=True)
    return row


def summary(n: int, mode: str, rows: list[dict[str, object]]) -> str:
    def spread(key: str, fmt: str) -> str:
        xs = [float(r[key]) for r in rows]  # type: ignore[arg-type]
        return f"{statistics.median(xs):{fmt}} ({min(xs):{fmt}}-{max(xs):{fmt}})"

    steals = [float(r["steal"]) for r in rows if r["steal"] is not None]  # type: ignore[arg-type]
    return (f"{n:>7} files {mode:>6}, {len(rows)} runs: {spread('filings_per_s', '.0f')} filings/s, "
            f"peak RSS main {spread('peak_rss_mb_main', '.0f')} MB, worker {spread('peak_rss_mb_worker', '.0f')} MB, "
            f"CPU ms/filing main {spread('cpu_ms_per_filing_main', '.2f')}, workers {spread('cpu_ms_per_filing_workers', '.2f')}"
            + (f", stolen {statistics.median(steals):.0%} ({min(steals):.0%}-{max(steals):.0%})" if steals else ""))


TARGET = 1000  # whole filings per second, at every size (issue #19)
FLAT = 1.2  # the largest size's peak RSS of the main process, at most this times the smallest's


def verdict(results: list[dict[str, object]]) -> list[str]:
    """The issue's goals against the ingest runs: the median filings/s at each size, and the
    median peak RSS of the main process at the largest size over that at the smallest."""
    by_size: dict[int, list[dict[str, object]]] = {}
    for r in results:
        if r["mode"] == "ingest":
            by_size.setdefault(int(r["files"]), []).append(r)  # type: ignore[call-overload]
    if not by_size:
        return []

    def median(n: int, key: str) -> float:
        return statistics.median(float(r[key]) for r in by_size[n])  # type: ignore[arg-type]

    out = [f"goal {TARGET} filings/s at {n} files: median {median(n, 'filings_per_s'):.0f} "
           f"({'met' if median(n, 'filings_per_s') >= TARGET else 'not met'})" for n in sorted(by_size)]
    small, large = min(by_size), max(by_size)
    if large > small:
        ratio = median(large, "peak_rss_mb_main") / median(small, "peak_rss_mb_main")
        out.append(f"goal peak RSS of the main process flat (at most {FLAT}x): {large} files / {small} files = "
                   f"{ratio:.2f}x ({'met' if ratio <= FLAT else 'not met'})")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", type=int, nargs="+", default=[3000, 30000])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--modes", nargs="+", choices=("parse", "ingest"), default=["parse", "ingest"])
    ap.add_argument("--one", nargs=3, metavar=("MODE", "FOLDER", "TO"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.one[0], Path(args.one[1]), Path(args.one[2]))))
        return
    print(f"parser: {parser_kind()}", flush=True)
    results, lines = [], []
    for n in args.sizes:
        work = Path(tempfile.mkdtemp(prefix="absnb-bench-ingest-"))
        try:
            (work / "in").mkdir()
            make_files(work / "in", n)
            rows: dict[str, list[dict[str, object]]] = {mode: [] for mode in args.modes}
            for _ in range(args.repeat):
                for mode in args.modes:
                    rows[mode].append(run(mode, work / "in", work))
            for mode, got in rows.items():
                lines.append(summary(n, mode, got))
                print(lines[-1], flush=True)
                results.extend(got)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    lines.extend(verdict(results))
    print("\n".join(lines))
    out = ROOT / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    (out / "bench_ingest.json").write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
