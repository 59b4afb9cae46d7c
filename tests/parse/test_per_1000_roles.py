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


def test_two_unknown_per_1000_columns_prove_each_other_by_their_amounts():
    # no original balance, no per-$1,000 column named: each column over its amount is one
    # factor per class (1,000 / the original balance), and that original is never below the
    # class's beginning balance
    orig = {"A-1": 400_000_000.0, "A-2": 200_000_000.0, "M-1": 44_140_000.0, "B": 10_000_000.0}
    interest = {"A-1": 1_500_000.0, "A-2": 800_000.0, "M-1": 200_000.0, "B": 50_000.0}
    total = {k: PRIN[k] + interest[k] for k in orig}
    per = {f: {k: round(v[k] / orig[k] * 1000, 8) for k in orig} for f, v in (("int", interest), ("tot", total))}
    known = [Column("", "beginning_balance", BEG, fixed=True), Column("", "principal", PRIN, fixed=True),
             Column("", "interest", interest, fixed=True), Column("", "total_distribution", total, fixed=True)]
    a, b = Column("Paid", None, per["int"], {k: 8 for k in orig}), Column("Paid", None, per["tot"], {k: 8 for k in orig})
    infer([*known, b, a])
    assert (a.field, b.field) == ("interest_per_1000", "total_per_1000")
    # an original below the beginning balance is no original: the same ratios scaled up
    # tenfold (an original a tenth of the balance) prove nothing
    up = [Column("", None, {k: v * 10 for k, v in per[f].items()}, {k: 8 for k in orig}) for f in ("int", "tot")]
    infer([*(Column(c.header, c.prior, c.values, c.decimals, fixed=True) for c in known), *up])
    assert fields(up) == [None, None]


def test_one_class_proves_a_per_1000_column_where_its_figure_prints_enough_digits():
    # only A-1 paid principal: one row, but 14.87875578 leaves no room for chance; 14.88 does
    orig = {"A-1": 397_000_000.0, "A-2": 213_560_000.0, "M-1": 44_140_000.0}
    prin = {"A-1": 5_906_866.0, "A-2": 0.0, "M-1": 0.0}

    def read(decimals: int) -> str | None:
        per = {k: round(prin[k] / orig[k] * 1000, decimals) for k in orig}
        cols = [Column("Orig", "original_balance", orig, fixed=True), Column("Prin", "principal", prin, fixed=True),
                Column("", None, per, {k: decimals for k in per})]
        infer(cols)
        return cols[2].field

    assert read(8) == "principal_per_1000"
    assert read(2) is None
