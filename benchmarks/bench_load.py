"""Benchmark: abs_nb.load time per filing against the floor of reading the file and
splitting it into lines (the issue's target: load <= 15 x floor).

Run: ``make bench`` (or ``.venv/bin/python benchmarks/bench_load.py [--repeat N]``).
Prints one row per file: floor (read + split), load (parse + checks, tables not built),
load + tables (every DataFrame built), and the ratios; then parse time against input size
(the seed report repeated k times) to show growth is linear.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from _mix import ROOT, parser_kind, sources, vary

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
    with open(path, encoding="utf-8", errors="replace") as fh:
        fh.read().split("\n")


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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=30)
    args = ap.parse_args()
    files = sources()[:13]  # the seeds and the first ten corpus documents
    tmp = Path(tempfile.mkdtemp(prefix="absnb-load-"))
    rows = []
    print(f"parser: {parser_kind()}")
    print(f"{'file':48} {'bytes':>7} {'floor ms':>9} {'load ms':>8} {'ratio':>6} {'+tables ms':>10} {'ratio':>6}")
    for path in files:
        try:
            abs_nb.load(path)
        except abs_nb.AbsNbError:
            continue
        # every call reads a copy of its own, with other amounts (benchmarks/_mix.py): a repeated
        # copy would find every number memoised by the call before
        n_full = max(5, args.repeat // 3)
        copies = iter(_copies(path, tmp, args.repeat + 1 + n_full + 1))
        fl = best_of(lambda p=path: floor(p), args.repeat)
        ld = best_of(lambda c=copies: abs_nb.load(next(c)), args.repeat)
        fu = best_of(lambda c=copies: full(next(c)), n_full)
        rows.append({"file": path.name, "bytes": path.stat().st_size, "floor_ms": fl * 1e3, "load_ms": ld * 1e3,
                     "load_ratio": ld / fl, "full_ms": fu * 1e3, "full_ratio": fu / fl})
        r = rows[-1]
        print(f"{path.name[:48]:48} {r['bytes']:>7} {r['floor_ms']:>9.3f} {r['load_ms']:>8.2f} {r['load_ratio']:>6.0f}"
              f" {r['full_ms']:>10.2f} {r['full_ratio']:>6.0f}")
    seeds = [r for r in rows if not r["file"][0:3].isdigit() or (ROOT / "sample_filings" / r["file"]).exists()]
    print(f"\nseed filings: median load {statistics.median(r['load_ms'] for r in seeds):.2f} ms, "
          f"median ratio to floor {statistics.median(r['load_ratio'] for r in seeds):.0f}x (target 15x)")

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
    (out / "bench_load.json").write_text(json.dumps({"compiled": compiled(), "files": rows, "growth": growth}, indent=1))


if __name__ == "__main__":
    main()
