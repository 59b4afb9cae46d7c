"""abs_nb.summary: the plain-text summary of a Filing (``Filing.summary()``, ``abs-nb
summary``). Figures are those seed 000 prints, quoted in the comments."""

from __future__ import annotations

from pathlib import Path

import pytest

import abs_nb
from abs_nb.model import Filing
from abs_nb.summary import summary_text

SEEDS = Path(__file__).resolve().parents[1] / "sample_filings"


@pytest.fixture(scope="module")
def f000() -> Filing:
    return abs_nb.load(SEEDS / "000_2d551bf597d89db6.txt")


def test_the_pool_line_holds_the_printed_totals(f000):
    lines = summary_text(f000).splitlines()
    # "Beginning Balance 446,326,904  237,184,907  683,511,811", "Ending Balance ... 667,569,136"
    assert "pool: beginning 683,511,811.00  ending 667,569,136.00" in lines
    # "Ending O/C Amount  13,320,411"
    assert any(ln.startswith("O/C 13,320,411.00 vs target ") for ln in lines)


def test_one_line_per_class_in_printed_order_with_its_figures(f000):
    lines = summary_text(f000).splitlines()
    head = next(i for i, ln in enumerate(lines) if ln.startswith("class "))
    rows = lines[head + 1: head + 1 + len(f000.classes)]
    assert [r.split()[0] for r in rows] == list(f000.classes.index)
    # "A-1  397,000,000  358,770,937  13,571,914" and its interest "1.50000%  448,464";
    # ending 358,770,937 - 13,571,914 = 345,199,023
    assert rows[0].split() == ["A-1", "397,000,000.00", "358,770,937.00", "13,571,914.00", "448,464.00",
                               "345,199,023.00"]
    assert [r.endswith("(notional)") for r in rows] == list(f000.classes["notional"])


def test_every_check_not_passed_has_its_line(f000):
    text = summary_text(f000)
    not_passed = f000.checks[f000.checks["status"] != "pass"]
    assert len(not_passed)
    listed = [ln for ln in text.splitlines() if ln.startswith("  [")]
    assert [ln.split("]")[0][3:] for ln in listed] == list(not_passed["status"])
    assert f"checks: {f000.check_summary()}" in text


def test_filing_text_reaches_the_terminal_without_control_characters(f000):
    meta = dict(f000.meta) | {"trust": "Trust\x1b]0;owned\x07 Name", "trustee": "Bank\x9b31m"}
    text = summary_text(Filing(meta, f000.parsed, f000.check_rows, f000.membership, f000.source_text))
    assert not any(ch in text for ch in "\x1b\x07\x9b")
    assert text.startswith("Trust]0;owned Name ")


def test_an_unprinted_trust_or_date_and_no_checks_are_said_plainly(f000):
    meta = {k: v for k, v in f000.meta.items() if k not in ("trust", "distribution_date")}
    bare = Filing(meta, f000.parsed, [], f000.membership, f000.source_text)
    first = summary_text(bare).splitlines()[0]
    assert first == f"(trust not printed) {f000.meta['series']}, distribution ?"
    assert "checks: no checks ran" in summary_text(bare)
