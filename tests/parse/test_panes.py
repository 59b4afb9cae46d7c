"""Panes side by side (abs_nb.parse.panes): read as the same panes printed one under the
other, every value located on the line and at the offset it was printed."""

from __future__ import annotations

import random
from pathlib import Path

import pandas as pd
import pytest

import abs_nb
from abs_nb.parse.panes import pane_runs, pane_shifts, restack
from abs_nb.parse.tokens import tokenize, tokenize_line

HANDWRITTEN = Path(__file__).resolve().parents[1] / "handwritten"

STATUSES = ["30 - 59 DAYS", "60 - 89 DAYS", "90+ DAYS", "FORECLOSURE", "BANKRUPTCY", "REO"]


def _pane(group: str, rows: list[tuple[str, int, str]], indent: int, label_width: int) -> list[str]:
    """One group's table: its name over the labels, a count and a balance per status."""
    pad = " " * indent
    head = f"{pad}{group:<{label_width}}{'LOANS':>7}{'BALANCE':>16}"
    return [head] + [f"{pad}{s:<{label_width}}{n:>7}{b:>16}" for s, n, b in rows]


def _across(panes: list[list[str]], gap: int) -> list[str]:
    out = panes[0]
    for pane in panes[1:]:
        width = max(len(x) for x in out) + gap
        out = [a.ljust(width) + b for a, b in zip(out, pane, strict=True)]
    return [x.rstrip() for x in out]


def _figures(rng: random.Random, statuses: list[str]) -> list[tuple[str, int, str]]:
    return [(s, n, f"{rng.randint(0, 9_999_999) / 100:,.2f}" if n else "0.00")
            for s, n in ((s, rng.randint(0, 40)) for s in statuses)]


def _frame(text: str) -> pd.DataFrame:
    return abs_nb.load_text(text).delinquency.sort_values(["group", "status"]).reset_index(drop=True)


def _located_where_printed(f: abs_nb.Filing) -> None:
    """Every delinquency value's provenance names the line and the characters it was printed as."""
    lines = f.source_text.split("\n")
    prov = f.provenance[f.provenance["table"] == "delinquency"]
    assert len(prov) > 0
    for _, p in prov.iterrows():
        printed = f.source_text[p["start"]:p["end"]]
        assert printed in lines[p["line"] - 1]
        group, _, status = p["row"].partition(" ")
        group, status = p["row"].rsplit(" ", 1) if group == "Total" else (f"{group} {status.split(' ')[0]}",
                                                                          status.split(" ", 1)[1])
        row = f.delinquency[(f.delinquency["group"] == group) & (f.delinquency["status"] == status)]
        assert float(printed.replace(",", "")) == float(row[p["column"]].iloc[0])


def test_two_groups_across_read_as_printed_one_under_the_other() -> None:
    rng = random.Random(3)
    g1, g2 = _figures(rng, STATUSES), _figures(rng, STATUSES)
    left, right = _pane("GROUP 1", g1, 2, 18), _pane("GROUP 2", g2, 2, 18)
    across = "DELINQUENCY INFORMATION\n\n" + "\n".join(_across([left, right], 5)) + "\n"
    stacked = "DELINQUENCY INFORMATION\n\n" + "\n".join(left + [""] + right) + "\n"
    got = _frame(across)
    assert list(got["group"].unique()) == ["Group 1", "Group 2"] and len(got) == 12
    pd.testing.assert_frame_equal(got, _frame(stacked))
    _located_where_printed(abs_nb.load_text(across))


def test_generated_panes_two_and_three_across_with_indented_labels() -> None:
    """Random widths, gaps, indents, statuses and group counts: each layout read as its
    stacked twin, every value where it was printed."""
    for seed in range(40):
        rng = random.Random(seed)
        statuses = rng.sample(STATUSES, rng.randint(2, len(STATUSES)))
        statuses.sort(key=STATUSES.index)
        groups = [f"GROUP {k + 1}" for k in range(rng.randint(2, 3))]
        width, indent = rng.randint(16, 24), rng.randint(0, 4)
        panes = [_pane(g, _figures(rng, statuses), indent, width) for g in groups]
        for pane in panes:  # labels indented under the group's name, as some trustees print them
            if rng.random() < 0.3:
                pane[1:] = ["  " + x for x in pane[1:]]
        across = "DELINQUENT LOANS\n\n" + "\n".join(_across(panes, rng.randint(2, 9))) + "\n"
        stacked = "DELINQUENT LOANS\n\n" + "\n\n".join("\n".join(p) for p in panes) + "\n"
        want = _frame(stacked)
        assert len(want) == len(groups) * len(statuses), seed
        pd.testing.assert_frame_equal(_frame(across), want, obj=f"seed {seed}")
        _located_where_printed(abs_nb.load_text(across))


def _dotted(label: str, figure: str, width: int = 42) -> str:
    """A pool line as printed: its label, a leader, its figure right-aligned at ``width``."""
    return f"{label} " + "." * (width - len(label) - len(figure) - 2) + f" {figure}"


def test_labelled_lines_in_panes_under_titles_over_a_rule() -> None:
    """Pool lines two across under their groups' titles and a rule, a blank line between
    blocks: each block is its group's."""
    labels = ["Beginning Balance", "Scheduled Principal", "Prepayments in Full", "Curtailments",
              "Realized Losses", "Ending Balance", "", "Weighted Average Coupon", "Weighted Average Net Coupon"]
    figures = {"Group 1": ["287,412,633.27", "294,118.55", "4,912,004.17", "61,440.20", "48,002.11",
                           "282,097,068.24", "", "9.8734%", "9.3634%"],
               "Group 2": ["190,225,108.94", "98,776.41", "4,104,377.92", "18,220.65", "96,341.02",
                           "185,907,392.94", "", "8.9412%", "8.4312%"]}
    panes = [[title, "-" * 42] + [_dotted(x, v) if x else "" for x, v in zip(labels, figures[g], strict=True)]
             for title, g in (("GROUP I  (Fixed)", "Group 1"), ("GROUP II  (ARM)", "Group 2"))]
    text = "COLLATERAL INFORMATION\n\n" + "\n".join(_across(panes, 6)) + "\n"
    f = abs_nb.load_text(text)
    col = f.collateral
    assert col.loc["Group 1", "beginning_balance"] == 287_412_633.27
    assert col.loc["Group 2", "beginning_balance"] == 190_225_108.94
    assert col.loc["Group 1", "prepayments"] == 4_912_004.17
    assert col.loc["Group 2", "realized_losses"] == 96_341.02
    assert col.loc["Group 2", "wac"] == pytest.approx(0.089412)
    assert f.source_of("collateral", "Group 2", "wac") == 12
    where = f.provenance.set_index(["table", "row", "column"]).loc[("collateral", "Group 2", "wac")]
    assert where["line"] == 12 and f.source_text[where["start"]:where["end"]] == "8.9412%"
    assert f.source_text.split("\n")[11].endswith("8.9412%")
    assert f.unmapped.empty


def test_labels_unknown_to_the_vocabulary_stay_unmapped_on_their_printed_lines() -> None:
    text = ("DISTRIBUTION DATE: 01/25/2005\n\nBeginning Pool Balance      1,000,000.00\n\n"
            "  SPROCKET COUNT       4     2,311.18      SPROCKET COUNT       1       412.90\n"
            "  GASKET COUNT         2       811.00      GASKET COUNT         0         0.00\n")
    f = abs_nb.load_text(text)
    got = {(r.line, r.label, tuple(r.values)) for r in f.unmapped.itertuples()}
    assert got == {(5, "SPROCKET COUNT", ("4", "2,311.18")), (5, "SPROCKET COUNT", ("1", "412.90")),
                   (6, "GASKET COUNT", ("2", "811.00")), (6, "GASKET COUNT", ("0", "0.00"))}
    assert list(f.unmapped.line) == sorted(f.unmapped.line)  # in the order printed


def test_what_is_no_pane() -> None:
    # classes two to a line: the second half prints another label
    assert pane_shifts(tokenize_line("A-1   5.00   6.00   A-2   7.00   8.00", 1)) == ()
    # a label printed again with no figure before it (a title and its aside)
    assert pane_shifts(tokenize_line("Beginning Balance  Beginning Balance   5.00", 1)) == ()
    # one row printing its label twice proves nothing: two rows at least
    one = "REO   0   0.00   REO   1   5.00\nFORECLOSURE   3   1.00\n"
    assert restack(one) is None
    # a title across both panes is no header of theirs
    text = ("      DELINQUENCY BY GROUP AND STATUS OF THE LOANS\n"
            "  REO    0   0.00      REO    1   5.00\n"
            "  FC     2   8.00      FC     0   0.00\n")
    assert pane_runs(tokenize(text)) == [(1, 3, [(23,), (23,)])]


def test_a_real_ten_d_with_delinquency_blocks_two_across() -> None:
    """A hand-written 10-D printing each group's delinquency block two across: every group's
    statuses read, each value on its printed line."""
    path = next(HANDWRITTEN.glob("xx4_*.txt"))
    f = abs_nb.load(path)
    dq = f.delinquency
    assert sorted(dq["group"].unique()) == ["Group 1", "Group 2", "Group 3", "Total"]
    g2 = dq[dq["group"] == "Group 2"].set_index("status")
    assert g2.loc["30-59", "count"] == 1 and g2.loc["30-59", "balance"] == 412_388.90
    _located_where_printed(f)
    # the rest of the filing keeps its lines: the unmapped lines print their labels
    lines = f.source_text.split("\n")
    for r in f.unmapped.itertuples():
        assert r.label.split(" ")[0] in lines[r.line - 1], r


PANES = ("DELINQUENCY\n\n"
         "  GROUP 1           LOANS      BALANCE    GROUP 2           LOANS      BALANCE\n"
         "  30 - 59 DAYS          4   2,311.18      30 - 59 DAYS          1     412.90\n"
         "  60 - 89 DAYS          2     811.00      60 - 89 DAYS          0       0.00\n")


def test_a_row_of_the_first_pane_alone_is_its_group_s_and_lines_after_the_panes_are_no_group_s():
    text = PANES + "  FORECLOSURE           1     612.00\nBeginning Balance   1,000.00\nEnding Balance        900.00\n"
    f = abs_nb.load_text(text)
    d = f.delinquency.set_index(["group", "status"])
    assert tuple(d.loc[("Group 1", "foreclosure"), ["count", "balance"]]) == (1, 612.00)
    assert ("Group 2", "foreclosure") not in d.index
    assert list(f.collateral.index) == ["Total"]  # not the last pane's group


def test_a_line_of_figures_above_the_panes_printed_otherwise_is_none_of_their_headers():
    text = PANES.replace("DELINQUENCY\n\n", "DELINQUENCY\nBeginning Balance   1,000.00          Ending Balance     900.00\n")
    lines = tokenize(text)
    (top, _, _), = pane_runs(lines)
    assert lines[top].no == 3  # the groups' header, not the line of figures above it
    # a header's words one blank apart stay whole, over the pane they start in
    text = PANES.replace("  GROUP 1           LOANS      BALANCE    GROUP 2",
                         "  GROUP 1           LOANS  BALANCE (IN $) GROUP 2")
    stacked, _, _ = restack(text)
    assert "BALANCE (IN $)" in stacked
