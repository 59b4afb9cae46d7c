"""abs_nb.parse.per_1000_roles: per-$1,000 columns and the original balance, proven by ratios."""

from __future__ import annotations

import math

import abs_nb
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


def test_a_class_paid_nothing_yet_implies_its_original_balance_within_the_rounding():
    # M2-B has paid no principal: its ending factor is 1000 and the total per $1,000 implies
    # 254,839.85 / 5.23048828 x 1000 = 48,721,999.95, its beginning balance to the rounding
    # of the cents and of the eighth decimal; two unknown per-$1,000 columns prove each other
    from abs_nb.parse.per_1000_roles import settle_per_1000
    from abs_nb.parse.role_column import Column
    rows = ["A-1", "M2-B"]
    beginning = Column("Beg", "beginning_balance", {"A-1": 59_183_078.24, "M2-B": 48_722_000.00}, fixed=True)
    ending = Column("End", "ending_balance", {"A-1": 57_626_213.59, "M2-B": 48_722_000.00}, fixed=True)
    total = Column("Tot", "total_distribution", {"A-1": 1_785_849.87, "M2-B": 254_839.85}, fixed=True)
    factor = Column("Ending Factor", None, {"A-1": 635.04858325, "M2-B": 1000.00000000}, {"A-1": 8, "M2-B": 8})
    paid = Column("Total Paid", None, {"A-1": 19.68030449, "M2-B": 5.23048828}, {"A-1": 8, "M2-B": 8})
    for c in (beginning, ending, total):
        c.decimals = {r: 2 for r in rows}
    assert settle_per_1000([beginning, ending, total, factor, paid], rows)
    assert (factor.field, paid.field) == ("ending_balance_per_1000", "total_per_1000")


def test_a_per_1000_figure_printed_as_zero_proves_no_original_balance():
    # a shortfall of a few hundred dollars on a balance of millions is 0.00 per $1,000: a
    # zero agrees with any balance that large, and proves none of them the original balance
    short = {"A-1": 417.33, "A-2": 412.64, "M-1": 95.0, "B": 12.5}
    cols = [Column("Balance", None, BEG), Column("Short", "interest_shortfall", short, fixed=True),
            Column("", None, {k: 0.0 for k in BEG}, {k: 2 for k in BEG})]
    infer(cols)
    assert cols[0].field != "original_balance" and cols[2].field != "interest_shortfall_per_1000"


def test_a_factor_beside_per_1000_figures_is_no_per_1000_figure():
    # the factors (balance / original) of two balances are proportional as two per-$1,000
    # figures are; with the original balance printed, the scale tells them apart
    text = ("CLASS      ORIGINAL     BEGINNING     PRINCIPAL        ENDING      INTEREST\n"
            "A-2   50,000,000.00 23,308,095.70  3,328,127.95 19,979,967.75     82,817.39\n"
            "B     10,000,000.00  5,537,812.51    229,935.02  5,307,877.49     34,380.58\n"
            "C      8,000,000.00  4,430,250.01    183,948.02  4,246,301.99     28,796.63\n"
            "\n"
            "NOTE FACTORS AND AMOUNTS PER $1,000 OF ORIGINAL PRINCIPAL\n"
            "\n"
            "A-2      0.466161914   0.399599355   66.562559000    1.656347800\n"
            "B        0.553781251   0.530787749   22.993502000    3.438058000\n"
            "C        0.553781251   0.530787749   22.993502500    3.599578750\n")
    f = abs_nb.load_text(text)
    b = f.classes.loc["B"]
    assert (b.principal_per_1000, b.interest_per_1000) == (22.993502, 3.438058)
    assert b[["beginning_balance_per_1000", "ending_balance_per_1000"]].isna().all()
    assert any("0.466161914" in str(u) for u in f.unmapped.values.tolist())
