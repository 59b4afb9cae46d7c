"""Which layout family a report belongs to, from the data table ``layouts.csv``.

The name is informational (``meta["layout"]``): the engine parses every layout the same way.

>>> detect_layout("STATEMENT TO CERTIFICATEHOLDERS\\nDISTRIBUTION SUMMARY\\nAMOUNTS PER $1,000 UNIT")
'usbank-text'
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _layouts() -> list[tuple[str, list[str]]]:
    text = resources.files("abs_nb.parse").joinpath("layouts.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    return [(r["layout"], [m.strip().lower() for m in r["markers"].split("|")]) for r in rows]


def detect_layout(text: str) -> str:
    """The first layout whose markers all appear in ``text`` (case-insensitive), else ``unknown``."""
    low = text.lower()
    for name, markers in _layouts():
        if all(m in low for m in markers):
            return name
    return "unknown"
