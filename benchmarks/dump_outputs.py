"""Every table of every seed and corpus document, as text: diff two dumps to prove a change
left the outputs identical (a refactoring, a module renamed).

    python benchmarks/dump_outputs.py > before.txt   # ... change ...
    python benchmarks/dump_outputs.py > after.txt; diff before.txt after.txt

Reads ``sample_filings/*.txt`` and, when it is beside the checkout, ``../shared/corpus/*``.
Each statement of a document holding many is dumped on its own; a document that cannot be
read dumps its error.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
TABLES = ("meta", "classes", "totals", "collateral", "delinquency", "deal", "checks",
          "metrics", "unmapped")


def _paths() -> list[Path]:
    paths = sorted((ROOT / "sample_filings").glob("*.txt"))
    corpus = ROOT.parent / "shared" / "corpus"
    if corpus.is_dir():
        paths += sorted(p for p in corpus.iterdir() if p.is_file() and p.name != "INDEX.tsv")
    return paths


def _text(value: object) -> str:
    if isinstance(value, pd.DataFrame):
        return value.to_csv()
    if isinstance(value, pd.Series):
        return value.to_csv()
    return repr(value) + "\n"


def dump(out) -> int:
    """Write every table of every document to ``out``; the number of documents."""
    from abs_nb.load import load_statements

    paths = _paths()
    for path in paths:
        out.write(f"##### {path.name}\n")
        try:
            filings = load_statements(path)
        except Exception as err:  # noqa: BLE001 - the error is part of the output
            out.write(f"ERROR {type(err).__name__}: {err}\n")
            continue
        for n, filing in enumerate(filings, 1):
            out.write(f"=== statement {n}\n")
            if isinstance(filing, Exception):
                out.write(f"ERROR {type(filing).__name__}: {filing}\n")
                continue
            for name in TABLES:
                out.write(f"--- {name}\n")
                out.write(_text(getattr(filing, name)))
    return len(paths)


if __name__ == "__main__":
    count = dump(sys.stdout)
    print(f"{count} documents", file=sys.stderr)
