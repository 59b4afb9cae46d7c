"""Every parsed value knows the line and span it came from."""

from __future__ import annotations

from pathlib import Path

import pytest

import abs_nb

SEEDS = sorted((Path(__file__).resolve().parents[1] / "sample_filings").glob("*.txt"))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_every_span_holds_the_printed_value(seed):
    f = abs_nb.load(seed)
    prov = f.provenance
    assert len(prov) > 50
    text = f.source_text
    for rec in prov.itertuples(index=False):
        printed = text[rec.start: rec.end]
        line_text = f.source_line(rec.line)
        assert printed and printed in line_text, rec
        assert "\n" not in printed


def test_source_of_points_at_the_value():
    f = abs_nb.load(SEEDS[0])  # 000
    line = f.source_of("classes", "M-5", "original_balance")
    assert f.source_line(line).split()[:2] == ["M-5", "11,034,900"]
    line = f.source_of("delinquency", "Total reo", "market_value")
    assert f.source_line(line).split()[0] == "REO" and f.source_line(line).split()[-1] == "140000"
    assert f.source_of("classes", "NOPE", "ending_balance") is None


def test_class_values_from_unlabelled_blocks_point_at_their_own_rows():
    f = abs_nb.load(SEEDS[0])  # 000: the Rate/Int block has no class labels
    line = f.source_of("classes", "A-2", "interest")
    assert f.source_line(line).split() == ["1.50000%", "236,155"]
