"""Real filings with one printed figure changed: the inputs of the checks' tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import abs_nb

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "sample_filings").glob("*.txt"))
S000, S001, S002 = SEEDS
CORPUS = ROOT.parent / "shared" / "corpus"


def edit(path: Path, line: int, old: str, new: str) -> str:
    """The text of ``path`` with ``old`` replaced by ``new`` on 1-based ``line`` (once)."""
    lines = path.read_text().splitlines(keepends=True)
    assert old in lines[line - 1], lines[line - 1]
    lines[line - 1] = lines[line - 1].replace(old, new, 1)
    return "".join(lines)


def corpus(prefix: str) -> Path:
    """The corpus document whose name starts with ``prefix``; the test skips without it."""
    found = sorted(CORPUS.glob(f"{prefix}*.txt")) if CORPUS.is_dir() else []
    if not found:
        pytest.skip(f"corpus document {prefix}* not present")
    return found[0]


def rows(f: abs_nb.Filing, check: str) -> dict[str, tuple[str, str]]:
    """subject -> (status, detail) of the checks named ``check``."""
    c = f.checks[f.checks["check"] == check]
    return {r.subject: (r.status, r.detail) for r in c.itertuples(index=False)}
