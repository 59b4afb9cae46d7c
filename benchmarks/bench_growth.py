"""Benchmark: growth of the steps that hostile input can make large, at n and 4n.

Run: ``.venv/bin/python benchmarks/bench_growth.py [--n 4000] [--max-ratio 8]``.

Prints, per step, the time at ``n`` and ``4n`` and their ratio: about 4 for a linear
step, 16 for a quadratic one. Exits 1 when a ratio exceeds ``--max-ratio`` (default 8,
between the two, leaving room for timer noise and caches). The steps:

- ``totals_membership``: the printed-Total check over a class table of ``n`` rows (a
  Total column matching the sum of every class);
- ``choose_report_document``: the EDGAR document picker over ``n`` exhibits, none with a
  report's words (every list is walked to the end);
- ``group_at``: the block of lines of every line of a report printing ``n`` headings (a
  heading per statement), as the readers ask it;
- ``sums_rows_above``: a Totals row over ``n`` class rows, every third one whose balance
  does not roll (IO, X: left out of a column or not), none adding up (every reading tried).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

from abs_nb.checks._core import Context
from abs_nb.checks.class_table import totals_membership
from abs_nb.parse.assemble import Parsed
from abs_nb.parse.identities import sums_rows_above
from abs_nb.parse.pieces import Walk
from abs_nb.parse.tokens import tokenize_line
from abs_nb.sources.full_submission import EdgarDocument, choose_report_document


def class_table(n: int) -> Parsed:
    """A class table of ``n`` classes (every third an X-like optional one with zero) and
    a printed Total of their ending balances."""
    p = Parsed()
    total = 0.0
    for i in range(n):
        label = f"X{i}" if i % 3 == 0 else f"A-{i}"
        value = 0.0 if i % 3 == 0 else 1000.0 + i
        p.class_order.append(label)
        p.classes[label] = {"ending_balance": value, "notional": i % 3 == 0, "class_table": 1}
        p.decimals[("classes", label, "ending_balance")] = 2
        total += value
    p.totals["ending_balance"] = total
    p.decimals[("totals", "Total", "ending_balance")] = 2
    return p


def documents(n: int) -> list[EdgarDocument]:
    """``n`` readable documents: a main one, then EX-99 and EX-20 exhibits in turn, all
    without the words of a report."""
    out = [EdgarDocument("8-K", "1", "main.txt", None, 0, "cover page", "text")]
    for i in range(n):
        kind = "EX-99.1" if i % 2 else "EX-20"
        out.append(EdgarDocument(kind, str(i + 2), f"ex{i}.txt", None, i, "no words here " + str(i), "text"))
    return out


def timed(fn: Callable[[], object], repeat: int = 3) -> float:
    """Best of ``repeat`` timings of ``fn``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=4000, help="the smaller size (the larger is 4n)")
    ap.add_argument("--max-ratio", type=float, default=8.0, help="fail above this ratio of time at 4n to n")
    args = ap.parse_args(argv)

    def membership(n: int) -> Callable[[], object]:
        p = class_table(n)
        return lambda: totals_membership(Context(p))

    def picker(n: int) -> Callable[[], object]:
        docs = documents(n)
        return lambda: choose_report_document(docs)

    def blocks(n: int) -> Callable[[], object]:
        w = Walk([], block_groups=[(2 * i, f"Group {i}") for i in range(n)])
        return lambda: [w.group_at(k) for k in range(2 * n)]

    def summed(n: int) -> Callable[[], object]:
        rows = [tokenize_line(f"x  {1000 + i}.00  {i % 7}.50", 1).values for i in range(n)]
        rows.append(tokenize_line("x  1.00  2.00", 1).values)  # no reading adds up to it
        optional = tuple(range(0, n, 3))
        return lambda: sums_rows_above(rows, optional)

    status = 0
    print(f"{'step':<26}{'n':>8}{'t(n) s':>10}{'t(4n) s':>10}{'ratio':>8}")
    for name, make in (("totals_membership", membership), ("choose_report_document", picker), ("group_at", blocks),
                       ("sums_rows_above", summed)):
        small, large = timed(make(args.n)), timed(make(4 * args.n))
        ratio = large / small if small else float("inf")
        flag = "" if ratio <= args.max_ratio else "  <- grows faster than linear"
        status = status or int(ratio > args.max_ratio)
        print(f"{name:<26}{args.n:>8}{small:>10.4f}{large:>10.4f}{ratio:>8.1f}{flag}")
    return status


if __name__ == "__main__":
    sys.exit(main())
