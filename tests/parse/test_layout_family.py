"""abs_nb.parse.layout_family: the layout family a report belongs to, the first row of
``layouts.csv`` whose markers all appear in its text (any case), else ``unknown``."""

from __future__ import annotations

import csv
from importlib import resources
from pathlib import Path

import pytest

import abs_nb
from abs_nb.parse.layout_family import detect_layout

SEEDS = sorted((Path(__file__).resolve().parents[2] / "sample_filings").glob("*.txt"))


def layouts() -> list[tuple[str, list[str]]]:
    """The rows of ``layouts.csv`` as printed: (name, markers)."""
    text = resources.files("abs_nb.parse").joinpath("layouts.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    return [(r["layout"], r["markers"].split("|")) for r in rows]


def test_every_row_names_the_text_of_its_markers_unless_an_earlier_row_takes_it():
    table = layouts()
    assert len(table) >= 10
    for i, (name, markers) in enumerate(table):
        text = "\n".join(m.upper() for m in markers)
        earlier = [n for n, ms in table[:i] if all(m.lower() in text.lower() for m in ms)]
        assert detect_layout(text) == (earlier[0] if earlier else name), (name, markers)


def test_every_marker_of_a_row_must_appear():
    text = "STATEMENT TO CERTIFICATEHOLDERS\nDISTRIBUTION SUMMARY\n"  # no AMOUNTS PER $1,000 UNIT
    assert detect_layout(text) == "unknown"
    assert detect_layout(text + "Amounts per $1,000 Unit\n") == "usbank-text"
    assert detect_layout("") == "unknown"


def test_the_first_row_that_matches_wins():
    # the markers of usbank-text and of lasalle-remic-report: usbank-text is the earlier row
    text = "statement to certificateholders distribution summary amounts per $1,000 unit LaSalle"
    assert detect_layout(text) == "usbank-text"
    assert detect_layout("LaSalle Bank N.A.") == "lasalle-remic-report"


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_the_seeds_are_us_bank_text_reports(seed):
    # each prints STATEMENT TO CERTIFICATEHOLDERS, DISTRIBUTION SUMMARY and AMOUNTS PER
    # $1,000 UNIT (usbank-text), and also Asset Backed Securities Corp and Monthly Report
    # (usbank-text-8k, a later row)
    text = seed.read_text()
    assert all(m in text for m in ("STATEMENT TO CERTIFICATEHOLDERS", "DISTRIBUTION SUMMARY", "AMOUNTS PER $1,000 UNIT"))
    assert detect_layout(text) == "usbank-text"
    assert abs_nb.load(seed).meta["layout"] == "usbank-text"
