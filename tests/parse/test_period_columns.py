"""abs_nb.parse.period_columns: tables of this period's figures beside another period's."""

from __future__ import annotations

import pytest

import abs_nb
from abs_nb.parse.period_columns import OTHER_PERIOD_REASON, current_column, month_of

POOL = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 06/25/2001\n\nSECTION III.  COLLATERAL INFORMATION\n"
        "                                                     {a:>20}  {b:>20}\n"
        "                                                     {c:>20}  {d:>20}\n"
        "  Beginning Aggregate Loan Balance                   180,614,041.65        184,391,225.70\n"
        "  Scheduled Principal Received                           212,405.88            214,880.02\n"
        "  Principal Prepayments in Full                        3,102,887.14          2,987,441.85\n"
        "  Net Liquidation Proceeds                               690,218.40            311,560.10\n"
        "  Total Principal Remittance                           4,005,511.42          3,513,881.97\n"
        "  Realized Losses on Liquidated Loans                    753,339.47            263,302.08\n"
        "  Ending Aggregate Loan Balance                      175,855,190.76        180,614,041.65\n")


def _pool(a: str, b: str, c: str = "", d: str = "", current_first: bool = True) -> str:
    text = POOL.format(a=a, b=b, c=c, d=d)
    if current_first:
        return text
    # the current period printed second: each row's two figures swapped
    out = []
    for ln in text.splitlines():
        parts = ln.rsplit(None, 2)
        if len(parts) == 3 and parts[1][:1].isdigit() and parts[2][:1].isdigit() and "/" not in ln:
            ln = f"{parts[0]:<53}{parts[2]:>20}  {parts[1]:>20}"
        out.append(ln)
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("text", [
    _pool("CURRENT PERIOD", "PRIOR PERIOD", "05/31/2001", "04/30/2001"),
    _pool("04/30/2001", "05/31/2001", current_first=False),  # dates alone: the latest is the current
    _pool("Cumulative", "This Month", current_first=False),
])
def test_the_current_period_s_column_is_read_the_other_listed(text):
    f = abs_nb.load_text(text)
    t = f.collateral.loc["Total"]
    assert (t["beginning_balance"], t["ending_balance"]) == (180_614_041.65, 175_855_190.76)
    assert t["realized_losses"] == 753_339.47
    others = f.unmapped[f.unmapped.reason == OTHER_PERIOD_REASON]
    assert len(others) == 7 and {"184,391,225.70", "180,614,041.65"} <= {v for vs in others["values"] for v in vs}
    assert f.checks.check.eq("period_columns").any()


def test_columns_no_header_says_are_a_period_s_are_not_read_so():
    f = abs_nb.load_text(POOL.format(a="FIXED", b="ADJUSTABLE", c="", d=""))
    assert not f.checks.check.eq("period_columns").any()


def test_the_current_column_by_its_header_s_words_or_its_date():
    assert current_column(["Current Period 05/31/2001", "Prior Period 04/30/2001"]) == 0
    assert current_column(["Cumulative Since Cut-off", "This Month"]) == 1
    assert current_column(["04/30/2001", "05/31/2001", "03/31/2001"]) == 1
    # two columns saying current, or one saying nothing of another period: neither
    assert current_column(["Current", "Current"]) is None
    assert current_column(["Current Period", "Group 2"]) is None


def _group_periods() -> str:
    """A pool table of two groups and their Total, each group's columns this period and the
    periods since the cut-off date (deductions in brackets), the groups' titles framed by rules."""
    rows = [("Beginning Balance", "421,118,609.34", "498,312,774.06", "296,544,227.90", "351,687,903.51",
             "717,662,837.24", "850,000,677.57"),
            ("Scheduled Principal", "(331,804.17)", "(2,695,115.40)", "(229,116.55)", "(1,849,006.72)",
             "(560,920.72)", "(4,544,122.12)"),
            ("Prepayments in Full", "(10,214,551.82)", "(84,156,491.41)", "(8,105,993.44)", "(61,230,642.85)",
             "(18,320,545.26)", "(145,387,134.26)"),
            ("Realized Losses", "(61,204.38)", "(105,322.40)", "0.00", "(22,906.33)", "(61,204.38)", "(128,228.73)"),
            ("Ending Balance", "410,511,048.97", "410,511,048.97", "288,209,117.91", "288,209,117.91",
             "698,720,166.88", "698,720,166.88")]
    frame = "  -----------  {:^7}  ----------"  # as wide as the group's two columns
    lines = ["STATEMENT TO CERTIFICATEHOLDERS", "", "III. COLLATERAL ACTIVITY", "",
             " " * 22 + "".join(frame.format(g) for g in ("GROUP 1", "GROUP 2", "TOTAL")),
             " " * 22 + ("{:>17}{:>17}".format("CURRENT", "SINCE CUT-OFF")) * 3]
    lines += [f"{r[0]:<22}" + "".join(f"{v:>17}" for v in r[1:]) for r in rows]
    return "\n".join(lines) + "\n"


GROUP_PERIODS = _group_periods()


def test_each_group_s_current_period_is_read_where_its_columns_are_periods():
    f = abs_nb.load_text(GROUP_PERIODS)
    c = f.collateral
    assert (c.loc["Group 1", "beginning_balance"], c.loc["Group 2", "beginning_balance"]) == (421_118_609.34, 296_544_227.90)
    assert (c.loc["Total", "scheduled_principal"], c.loc["Group 2", "ending_balance"]) == (560_920.72, 288_209_117.91)
    assert not (f.checks.status == "fail").any()
    # the periods since the cut-off: listed as another period's, none read
    others = [u for u in f.unmapped.itertuples() if u.reason == OTHER_PERIOD_REASON]
    assert {u.values[0] for u in others if u.line == 7} == {"498,312,774.06", "351,687,903.51", "850,000,677.57"}
    assert 84_156_491.41 not in c.stack().tolist() and -84_156_491.41 not in c.stack().tolist()


def test_a_month_and_a_day_name_no_period_s_month_but_a_month_and_its_year_do():
    # "JUN 30" is a day of June (no year); "JUN-01" and "May 2001" are months of their years
    assert current_column(["JUN 30", "MAY 31", "APR 30"]) is None
    assert current_column(["JUN-01", "MAY-01", "APR-01"]) == 0
    assert month_of("Nov 15, 2003") is None
