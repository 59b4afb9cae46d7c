"""Seed texts and one-edit helpers shared by the tests of the checks.

Every test takes a real seed text, makes ONE targeted edit (a unique substring replaced, so
the edit cannot land elsewhere), and asserts that the check guarding that identity turns
``fail`` (``warn`` for sub-dollar differences) with a subject naming what broke, while the
unedited seed passes the same check. Expected figures are hand arithmetic on the numbers the
filing prints (written in the comments), never copied from the library's output.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import abs_nb

SEEDS = Path(__file__).resolve().parents[2] / "sample_filings"
SEED_FILES = {
    "000": "000_2d551bf597d89db6.txt",
    "001": "001_21e012ce03d1908d.txt",
    "002": "002_c10342e102d7429b.txt",
}


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {k: (SEEDS / v).read_text(encoding="utf-8") for k, v in SEED_FILES.items()}


@pytest.fixture(scope="module")
def seeds(texts) -> dict[str, abs_nb.Filing]:
    return {k: abs_nb.load_text(t) for k, t in texts.items()}


def edited(text: str, old: str, new: str) -> abs_nb.Filing:
    """Load ``text`` with the one occurrence of ``old`` replaced by ``new``."""
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in the seed"
    return abs_nb.load_text(text.replace(old, new))


def words(subject: str) -> list[str]:
    return [w for w in re.split(r"[\s,;:()]+", subject) if w]


def row(f: abs_nb.Filing, check: str, *subject_words: str):
    """The one row of ``check`` whose subject holds every word of ``subject_words``."""
    c = f.checks[f.checks["check"] == check]
    hits = c[[all(w in words(s) for w in subject_words) for s in c["subject"]]]
    assert len(hits) == 1, f"{len(hits)} {check} rows with subject {subject_words}:\n{c[['subject', 'status']]}"
    return hits.iloc[0]


def assert_status(r, status: str, expected: float, actual: float, tol: float = 1e-6) -> None:
    assert r["status"] == status, (r["check"], r["subject"], r["status"], r["detail"])
    assert r["expected"] == pytest.approx(expected, abs=tol)
    assert r["actual"] == pytest.approx(actual, abs=tol)
    assert r["difference"] == pytest.approx(actual - expected, abs=tol)
