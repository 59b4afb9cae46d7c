"""Benchmark: abs_nb.load time per whole filing against the floor of reading the file and
splitting every line into words (the issue's target: load <= 15 x floor).

Run: ``make bench`` (or ``.venv/bin/python benchmarks/bench_load.py [--repeat N] [--runs R]``).
Prints one row per file: floor (read, split into lines, each line into words), load (parse
+ checks, tables not built), load + tables (every DataFrame built), and the ratios; the
whole measurement runs ``R`` times (3 by default) and the seeds' median ratio is given as
the median and range over the runs, with the CPU time the hypervisor stole meanwhile; then
parse time against input size (the seed report repeated k times) to show growth is linear.
``benchmarks/bench_instructions.py --floor`` gives the same ratio in instructions, which a
busy machine does not move.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from _mix import ROOT, cpu_ticks, parser_kind, sources, steal_share, vary

import abs_nb
from abs_nb.parse import compiled


def best_of(fn, repeat: int) -> float:
    """Median of ``repeat`` timings of ``fn`` in seconds (after one warm-up call)."""
    fn()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def floor(path: Path) -> None:
    """Read the file and split every line into its words: the least any parse does."""
    with open(path, encoding="utf-8", errors="replace") as fh:
        [ln.split() for ln in fh.read().split("\n")]


def full(path: Path) -> None:
    f = abs_nb.load(path)
    for name in ("classes", "totals", "collateral", "delinquency", "deal", "checks", "unmapped", "provenance"):
        getattr(f, name)
    f.metrics  # noqa: B018


def _copies(path: Path, folder: Path, n: int) -> list[Path]:
    data = path.read_bytes()
    out = []
    for k in range(1, n + 1):
        out.append(folder / f"{k}_{path.name}")
        out[-1].write_bytes(vary(data, k))
    return out


def measure(files: list[Path], tmp: Path, repeat: int) -> list[dict[str, float | str]]:
    """One row per file that loads: floor, load and load + tables in ms, and the ratios."""
    tmp.mkdir(parents=True)
    rows: list[dict[str, float | str]] = []
    print(f"{'file':48} {'bytes':>7} {'floor ms':>9} {'load ms':>8} {'ratio':>6} {'+tables ms':>10} {'ratio':>6}")
    for path in files:
        try:
            abs_nb.load(path)
        except abs_nb.AbsNbError:
            continue
        # every call reads a copy of its own, with other amounts (benchmarks/_mix.py): a repeated
        # copy would find every number memoised by the call before
        n_full = max(5, repeat // 3)
        copies = iter(_copies(path, tmp, repeat + 1 + n_full + 1))
        fl = best_of(lambda p=path: floor(p), repeat)
        ld = best_of(lambda c=copies: abs_nb.load(next(c)), repeat)
        fu = best_of(lambda c=copies: full(next(c)), n_full)
        rows.append({"file": path.name, "bytes": path.stat().st_size, "floor_ms": fl * 1e3, "load_ms": ld * 1e3,
                     "load_ratio": ld / fl, "full_ms": fu * 1e3, "full_ratio": fu / fl})
        r = rows[-1]
        print(f"{path.name[:48]:48} {r['bytes']:>7} {r['floor_ms']:>9.3f} {r['load_ms']:>8.2f} {r['load_ratio']:>6.0f}"
              f" {r['full_ms']:>10.2f} {r['full_ratio']:>6.0f}")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--runs", type=int, default=3, help="whole measurements, for the median and range")
    args = ap.parse_args()
    files = sources()[:13]  # the seeds and the first ten corpus documents
    tmp = Path(tempfile.mkdtemp(prefix="absnb-load-"))
    print(f"parser: {parser_kind()}")
    runs: list[dict[str, object]] = []
    for run in range(1, args.runs + 1):
        ticks = cpu_ticks()
        rows = measure(files, tmp / str(run), args.repeat)
        seeds = [r for r in rows if (ROOT / "sample_filings" / r["file"]).exists()]
        runs.append({"rows": rows, "seed_ratio": statistics.median(r["load_ratio"] for r in seeds),
                     "seed_load_ms": statistics.median(r["load_ms"] for r in seeds),
                     "steal": steal_share(ticks, cpu_ticks())})
        steal = runs[-1]["steal"]
        print(f"run {run}: seed filings: median load {runs[-1]['seed_load_ms']:.2f} ms, median ratio to floor "
              f"{runs[-1]['seed_ratio']:.1f}x" + (f"; CPU time stolen {steal:.0%}" if steal is not None else ""))
    ratios = [float(r["seed_ratio"]) for r in runs]  # type: ignore[arg-type]
    print(f"\nseed filings, {len(runs)} runs: load / floor median {statistics.median(ratios):.1f}x "
          f"(range {min(ratios):.1f}-{max(ratios):.1f}x; target 15x)")
    rows = runs[-1]["rows"]  # type: ignore[assignment]
    seeds = [r for r in rows if (ROOT / "sample_filings" / r["file"]).exists()]

    # what the first step alone costs: splitting every line into its tokens (one object per
    # printed word), before any table is found: a bound on how close to the floor load can get
    from abs_nb.parse.tokens import tokenize

    tok = []
    for r in seeds:
        src = (ROOT / "sample_filings" / r["file"]).read_text(encoding="utf-8", errors="replace")
        texts = iter([vary(src.encode(), k).decode("utf-8", "replace") for k in range(1, args.repeat + 2)])
        tok.append(best_of(lambda t=texts: tokenize(next(t)), args.repeat) * 1e3 / r["floor_ms"])
    print(f"tokenising alone (abs_nb.parse.tokens.tokenize): median {statistics.median(tok):.0f}x the floor")

    print("\nparse time against size (seed 000 repeated k times):")
    text = (ROOT / "sample_filings" / "000_2d551bf597d89db6.txt").read_text()
    growth = []
    for k in (1, 4, 16, 64):
        big = "\n".join([text] * k)
        t = best_of(lambda b=big: abs_nb.load_text(b), max(3, args.repeat // (2 * k)))
        growth.append({"k": k, "bytes": len(big), "ms": t * 1e3, "us_per_kb": t * 1e6 / (len(big) / 1024)})
        print(f"  k={k:<3} {len(big):>9} bytes {t * 1e3:9.1f} ms  {growth[-1]['us_per_kb']:8.1f} us/KiB")
    shutil.rmtree(tmp, ignore_errors=True)
    out = ROOT / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    (out / "bench_load.json").write_text(json.dumps({"compiled": compiled(), "runs": runs, "growth": growth}, indent=1))


if __name__ == "__main__":
    main()
