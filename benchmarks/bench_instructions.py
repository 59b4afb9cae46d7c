"""Benchmark: CPU instructions per filing, counted by valgrind (repeatable, unlike seconds).

Run: ``.venv/bin/python benchmarks/bench_instructions.py [--pure]`` (needs ``valgrind``:
``apt-get install valgrind``). Wall-clock timings on a shared virtual machine move by 20%
from one run to the next; an instruction count does not. A child process loads the mix that
``bench_load_many.py`` uses (the three seeds and the corpus documents) once, and again
``REPS + 1`` times; the difference divided by ``REPS x files`` is the steady-state cost of
one ``abs_nb.load`` of a file (start-up and first-use caches cancel out). Each pass reads
other copies, whose amounts differ (``benchmarks/_mix.py``), as a corpus's months do: the
labels are memoised from the first pass on, the amounts never. ``--pure`` measures the
pure-Python parser, from a copy of the package without its compiled modules. ``--seeds``
counts the three whole seed filings only; ``--floor`` also counts the floor (read the file,
split it into lines and every line into words, as ``bench_load.py`` does) and prints the
ratio load / floor, which a busy machine does not move as it moves seconds.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from _mix import ROOT, parser_kind, sources, vary

REPS = 5

CHILD = r"""
import sys
from pathlib import Path
folder = Path(sys.argv[2])
floor = sys.argv[3] == "floor"
if not floor:  # the floor's count is small: the imports' would drown it
    import abs_nb
for rep in range(int(sys.argv[1])):
    for p in sorted((folder / str(rep)).iterdir()):
        if floor:
            with open(p, encoding="utf-8", errors="replace") as fh:
                [ln.split() for ln in fh.read().split("\n")]
            continue
        try:
            abs_nb.load(p)
        except abs_nb.AbsNbError:
            pass
"""


def count(n: int, folder: Path, pythonpath: str | None, mode: str = "load") -> int:
    # no address randomisation (setarch -R): objects hashed by address land the same way each run
    cmd = (["setarch", platform.machine(), "-R"] if shutil.which("setarch") else []) + ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
           sys.executable, "-c", CHILD, str(n), str(folder), mode]
    # one hash seed: the same sets and dicts, so the two runs' start-ups cost the same
    # one BLAS thread: idle OpenBLAS threads spinning under valgrind add millions of counted
    # instructions that change from one run to the next (27.3 M against 23.7 M a load, same code)
    env = dict(os.environ, PYTHONHASHSEED="0", OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1")
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tempfile.gettempdir())
    m = re.search(r"Collected : (\d+)", r.stderr)
    if r.returncode != 0 or not m:
        raise SystemExit(f"valgrind failed: {r.stderr[-500:]}")
    return int(m.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pure", action="store_true", help="measure the pure-Python parser")
    ap.add_argument("--seeds", action="store_true", help="the three whole seed filings only")
    ap.add_argument("--floor", action="store_true", help="count the read-and-split-words floor too")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind not found (apt-get install valgrind)")
    paths = sources()[:3] if args.seeds else sources()
    work = Path(tempfile.mkdtemp(prefix="absnb-instr-"))
    for rep in range(REPS + 1):
        (work / str(rep)).mkdir()
        for p in paths:
            (work / str(rep) / p.name).write_bytes(vary(p.read_bytes(), rep))
    pythonpath = None
    if args.pure:
        shutil.copytree(ROOT / "abs_nb", work / "pure" / "abs_nb", ignore=shutil.ignore_patterns("*.so", "__pycache__"))
        pythonpath = str(work / "pure")
    try:
        once, more = count(1, work, pythonpath), count(REPS + 1, work, pythonpath)
        if args.floor:
            floor = (count(REPS + 1, work, None, "floor") - count(1, work, None, "floor")) / (REPS * len(paths))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    per_filing = (more - once) / (REPS * len(paths))
    print(f"{len(paths)} files, parser {parser_kind(args.pure)}: {per_filing / 1e6:.2f} million instructions per filing"
          + (f"; floor (read, split lines and words) {floor / 1e6:.2f} million: load / floor {per_filing / floor:.1f}x"
             if args.floor else ""))


if __name__ == "__main__":
    main()
