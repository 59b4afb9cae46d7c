"""Seed 000 edited once: the input of the tests that follow one printed figure through the parse."""

from __future__ import annotations

from pathlib import Path

import abs_nb

S0 = (Path(__file__).resolve().parents[2] / "sample_filings" / "000_2d551bf597d89db6.txt").read_text()


def edited(old: str, new: str) -> abs_nb.Filing:
    """Seed 000 with its one occurrence of ``old`` replaced by ``new``, loaded."""
    assert S0.count(old) == 1
    return abs_nb.load_text(S0.replace(old, new))
