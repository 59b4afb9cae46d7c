"""Reports printing each figure before its words (abs_nb.sources.figures_first)."""

from __future__ import annotations

from pathlib import Path

import pytest

import abs_nb
from abs_nb.sources.figures_first import MIN_LINES, has_figures_first, words_first

ROOT = Path(__file__).resolve().parents[2]
HANDWRITTEN = ROOT / "tests" / "handwritten"
CORPUS = ROOT.parent / "shared" / "corpus"
LEFT = HANDWRITTEN / "q2_bny_mh_number_left_label_right_2001.txt"

DELINQUENCY = """\
SECTION D.  DELINQUENCY
-----------------------------------------------------------------
     Number of          Principal
     Contracts            Balance     Status
     ---------     --------------     ------------------------
           188       6,411,087.29     31 - 59 days past due
            52                        60 - 89 days past due
            61       2,214,558.17     90 days or more past due
     ---------     --------------
           301       8,625,645.46     Total Delinquent Contracts
"""


def test_a_report_printing_figures_first_is_read_words_first():
    # figures to the left of their words: class blocks with a per-$1,000 pair on the same
    # line, the pool's lines, a delinquency table whose status is its last column
    f = abs_nb.load(LEFT)
    a1 = f.classes.loc["A-1"]
    assert (a1["original_balance"], a1["beginning_balance"], a1["principal"], a1["interest"],
            a1["ending_balance"]) == (61_500_000.00, 42_666_585.37, 2_683_813.80, 164_266.35, 39_982_771.57)
    assert a1["principal_per_1000"] == 43.639249 and a1["ending_balance_per_1000"] == 650.126367
    assert f.classes.loc["B-2", "realized_loss"] == 42_694.23
    d = f.delinquency.set_index(["group", "status"])
    assert (d.loc[("Total", "30-59"), "count"], d.loc[("Total", "30-59"), "balance"]) == (188, 6_411_087.29)
    assert d.loc[("Total", "90+"), "balance"] == 2_214_558.17
    pool = f.collateral.loc["Total"]
    assert pool["ending_balance"] == 238_381_909.32 and pool["ending_count"] == 6_756


def test_line_numbers_and_every_printed_character_stay():
    text = LEFT.read_text()
    laid = words_first(text)
    assert laid.count("\n") == text.count("\n")
    for old, new in zip(text.split("\n"), laid.split("\n"), strict=True):
        assert sorted(old.split()) == sorted(new.split()), old


def test_columns_keep_their_alignment_and_a_blank_cell_stays_blank():
    lines = words_first(DELINQUENCY * 2).split("\n")
    rows = [ln for ln in lines if "days" in ln]
    # the count ends in one column, the balance in another; the blank balance stays blank
    assert len({ln.index("188") + 3 if "188" in ln else None for ln in rows} - {None}) == 1
    ends = {ln.rstrip().rfind(figure) + len(figure) for ln in rows for figure in ("6,411,087.29", "2,214,558.17")
            if figure in ln}
    assert len(ends) == 1
    assert next(ln for ln in rows if "60 - 89" in ln).rstrip().endswith(" 52")
    assert all(ln.startswith("  ") and ln[2].isalnum() for ln in rows)  # the status first
    # the header's words and the rules under them move with their columns; the title stays
    header = next(ln for ln in lines if "Status" in ln)
    count_end = next(ln for ln in rows if "188" in ln).index("188") + 3
    assert header.lstrip().startswith("Status") and header.index("Contracts") + len("Contracts") == count_end
    assert "SECTION D.  DELINQUENCY" in lines


def test_a_table_s_title_and_a_rule_across_stay_where_they_are():
    text = ("LOAN POOL ROLLFORWARD\n"
            "       FIXED             ARM\n"
            "  ---------------------------------------------------------\n"
            + "".join(f"  {n * 1000:>13,}.00  {n * 7:>13,}.00  Line {n}\n" for n in range(1, 7)))
    laid = words_first(text).split("\n")
    assert laid[0] == "LOAN POOL ROLLFORWARD"
    assert laid[2] == "  ---------------------------------------------------------"
    # the two group names stand over their columns again
    first = laid[3]
    assert laid[1].index("FIXED") + len("FIXED") <= first.index("1,000.00") + len("1,000.00")
    assert first.startswith("  Line 1")


def test_too_few_lines_or_a_report_printing_words_first_is_left_as_printed():
    few = "".join(f"  {n:>9,}.00   Amount {n}\n" for n in range(1, MIN_LINES))
    assert not has_figures_first(few) and words_first(few) == few
    mixed = few + "".join(f"Amount {n}   {n:>9,}.00\n" for n in range(1, 3 * MIN_LINES))
    assert not has_figures_first(mixed)


@pytest.mark.parametrize("path", sorted((ROOT / "sample_filings").glob("*.txt")), ids=lambda p: p.name[:3])
def test_the_seeds_print_words_first(path):
    assert not has_figures_first(path.read_text(errors="replace"))


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside this checkout")
def test_no_corpus_document_prints_figures_first():
    found = [p.name for p in sorted(CORPUS.iterdir()) if p.suffix in (".txt", ".htm", ".html")
             and has_figures_first(p.read_text(errors="replace"))]
    assert found == []
