"""One finance format for the HTML card, the text summary and the command line (issue #16, 3).

Expected texts are typed from the policy in :mod:`abs_nb.finance_format`; the seeds' figures
from their report text.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import abs_nb
from abs_nb import finance_format as ff

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "sample_filings").glob("*.txt"))
# a number in scientific notation: 1.5e-07, 2E+10
SCIENTIFIC = re.compile(r"\b\d+(?:\.\d+)?[eE][-+]?\d+\b")


@pytest.mark.parametrize("x", [1.513612e-07, -3e-12, 4.2e-5, 0.2034502, 1e21, 123.456])
def test_no_formatter_writes_scientific_notation(x):
    for fn in (ff.money, ff.signed_money, ff.rate, ff.percent, ff.bp, ff.per_1000, ff.factor, ff.number):
        assert not SCIENTIFIC.search(fn(x)), (fn.__name__, fn(x))


def test_the_policy():
    assert ff.money(1234567.891) == "1,234,567.89"
    assert ff.rate(0.0141875) == "1.419%"                 # coupon: a tenth of a basis point
    assert ff.percent(0.20345036) == "20.35%"             # CPR, CE, delinquency: 2 decimals
    assert ff.bp(0.2034504 - 0.2034502) == "<0.01 bp"     # a gap that rounds to nothing
    assert ff.bp(0.0012) == "+12.00 bp"
    assert ff.count(6204.0) == "6,204"


def test_checks_of_a_ratio_in_percent_and_basis_points():
    e, a, d = ff.check_figures("credit_enhancement", "deal credit_enhancement", 0.20345021, 0.20345036,
                               0.20345036 - 0.20345021)
    assert (e, a, d) == ("20.3450%", "20.3450%", "<0.01 bp")
    assert ff.check_figures("group_sum", "delinquency 30-59 count", 94.0, 93.0) == ("94", "93", "-1")
    assert ff.check_figures("pool_principal", "Total", 100.0, 101.5) == ("100.00", "101.50", "+1.50")


@pytest.mark.parametrize("seed", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_no_scientific_notation_in_html_text_or_cli(seed):
    f = abs_nb.load(seed)
    from abs_nb.display.filing_html import checks_mimebundle

    shown = [f._repr_html_(), f.summary(), checks_mimebundle(f)["text/plain"]]
    out = subprocess.run([sys.executable, "-m", "abs_nb", "check", "--all", str(seed)], capture_output=True,
                         text=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert out.returncode in (0, 1), out.stderr
    shown.append(out.stdout)
    for text in shown:
        # the checks' own detail sentences quote figures as the filing prints them; the
        # expected / actual / difference columns are formatted here
        assert not SCIENTIFIC.search(text.replace("e-mail", "")), SCIENTIFIC.search(text)


def test_cli_check_shows_the_credit_enhancement_gap_in_basis_points():
    seed = ROOT / "sample_filings" / "000_2d551bf597d89db6.txt"
    out = subprocess.run([sys.executable, "-m", "abs_nb", "check", str(seed)], capture_output=True, text=True,
                         cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": ""})
    line = next(x for x in out.stdout.splitlines() if "credit_enhancement" in x)
    # printed Credit Enhancement 20.345036%; computed with beginning O/C 20.345021%
    assert "expected 20.3450% actual 20.3450% difference <0.01 bp" in line
