"""abs_nb.parse.per_1000_roles: per-$1,000 columns and the original balance, proven by ratios."""

from __future__ import annotations

import math

from abs_nb.parse.roles import Column, infer

NAN = math.nan
BEG = {"A-1": 358_770_937.0, "A-2": 188_923_694.0, "M-1": 44_140_000.0, "B": 10_000_000.0}
PRIN = {"A-1": 13_571_914.0, "A-2": 4_943_993.0, "M-1": 0.0, "B": 1_000_000.0}
END = {k: BEG[k] - PRIN[k] for k in BEG}


def fields(cols):
    return [c.field for c in cols]


def test_per_1000_figures_and_the_original_balance_prove_each_other():
    orig = {"A-1": 397_000_000.0, "A-2": 213_560_000.0, "M-1": 44_140_000.0, "B": 10_000_000.0}
    per = {k: round(PRIN[k] / orig[k] * 1000, 5) for k in orig}
    cols = [Column("", None, orig), Column("Beg", "beginning_balance", BEG, fixed=True),
            Column("Prin", "principal", PRIN, fixed=True), Column("", None, per, {k: 5 for k in per})]
    infer(cols)
    assert fields(cols) == ["original_balance", "beginning_balance", "principal", "principal_per_1000"]


def test_per_1000_figures_prove_each_other_where_no_original_balance_is_printed():
    orig = {"A-1": 400_000_000.0, "A-2": 200_000_000.0, "M-1": 44_140_000.0, "B": 10_000_000.0}
    per = {f: {k: round(v[k] / orig[k] * 1000, 8) for k in orig} for f, v in (("end", END), ("prin", PRIN))}
    known = [Column("", "beginning_balance", BEG, fixed=True), Column("", "principal", PRIN, fixed=True),
             Column("", "ending_balance", END, fixed=True),
             Column("Ending Balance", "ending_balance_per_1000", per["end"], {k: 8 for k in orig}, fixed=True)]
    factor = Column("Principal Factor", None, per["prin"], {k: 8 for k in orig})
    infer([*known, factor])
    assert (factor.field, factor.status) == ("principal_per_1000", "pass")
    assert "one original balance divides both" in factor.evidence
    # one figure off by more than its rounding: the reading fails
    bad = Column("Principal Factor", None, {**per["prin"], "A-2": per["prin"]["A-2"] + 0.001}, {k: 8 for k in orig})
    infer([*(Column(c.header, c.prior, c.values, c.decimals, fixed=True) for c in known), bad])
    assert bad.field is None
