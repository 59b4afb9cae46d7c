"""Benchmark: load_many throughput (filings per second) and peak memory.

Run: ``.venv/bin/python benchmarks/bench_load_many.py [--sizes 300 3000 30000] [--repeat 5]``.
Files are real: the three seeds and the corpus documents, in copies whose amounts differ
(``benchmarks/_mix.py``: a copy that repeated its source would find every number already
memoised) and that end with a line of their own, so that no two share a sha256
(duplicates would be skipped). The default engine (a process pool on every core) is
measured; peak memory is the largest resident set of this process and of its workers
(``ru_maxrss``, the largest so far: with ``--repeat``, the workers of later runs are forked
from a parent that already held a corpus, so only the first run's figure is that of a fresh
start). On a virtual machine, the share of CPU time the hypervisor gave to other
guests during the run (``steal``, from ``/proc/stat``) is printed too: the same work takes
longer the more of it is stolen.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from _mix import ROOT, cpu_ticks, parser_kind, sources, steal_share, vary

import abs_nb
from abs_nb.parse import compiled


def make_files(folder: Path, n: int) -> list[Path]:
    """``n`` distinct files: copy ``i // len(sources)`` of each source in turn, its amounts
    varied (:func:`_mix.vary`) and one line of its own appended (a distinct sha256 even for a
    document that prints no amount)."""
    texts = [p.read_bytes() for p in sources()]
    out = []
    for i in range(n):
        p = folder / f"f{i:06d}.txt"
        k, j = divmod(i, len(texts))
        p.write_bytes(vary(texts[j], k) + f"\n\nbenchmark copy {i}\n".encode())
        out.append(p)
    return out


TARGET = 1000  # filings per second over 3,000 files (issue #4)


def run_once(paths: list[Path], workers: int | None) -> dict[str, object]:
    """One ``load_many`` over ``paths`` (then its long tables), timed and printed."""
    n = len(paths)
    ticks, t = cpu_ticks(), time.perf_counter()
    c = abs_nb.load_many(paths, progress=False, workers=workers)
    elapsed, steal = time.perf_counter() - t, steal_share(ticks, cpu_ticks())
    t = time.perf_counter()
    c.classes, c.collateral, c.checks  # noqa: B018 - build the long tables
    tables = time.perf_counter() - t
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    row = {"files": n, "loaded": len(c), "errors": len(c.errors), "seconds": elapsed,
           "filings_per_s": n / elapsed, "long_tables_s": tables,
           "peak_rss_mb_main": peak_self, "peak_rss_mb_worker": peak_children, "steal": steal,
           "compiled": compiled()}
    print(f"{n:>6} files: {elapsed:7.2f} s load_many = {row['filings_per_s']:7.0f} filings/s "
          f"(+{tables:.2f} s long tables); peak RSS main {peak_self:.0f} MB, worker {peak_children:.0f} MB; "
          f"{len(c)} loaded, {len(c.errors)} errors"
          + (f"; CPU time stolen by the hypervisor {steal:.0%}" if steal is not None else ""))
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", type=int, nargs="+", default=[300, 3000])
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=1,
                    help="runs per size (timings on a shared machine vary from run to run)")
    args = ap.parse_args()
    results = []
    print(f"parser: {parser_kind()}")
    for n in args.sizes:
        folder = Path(tempfile.mkdtemp(prefix="absnb-bench-"))
        try:
            paths = make_files(folder, n)
            rates = []
            for _ in range(args.repeat):
                row = run_once(paths, args.workers)
                results.append(row)
                rates.append(row["filings_per_s"])
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        if args.repeat > 1:
            met = sum(r >= TARGET for r in rates)
            print(f"{n:>6} files, {args.repeat} runs: median {statistics.median(rates):.0f} filings/s "
                  f"(min {min(rates):.0f}, max {max(rates):.0f}); {met} of {args.repeat} at or above {TARGET:,}")
    out = ROOT / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    (out / "bench_load_many.json").write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
