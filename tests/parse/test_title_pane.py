"""abs_nb.parse.title_pane: words printed left of a column of labels are a pane apart."""

from __future__ import annotations

import random

import abs_nb
from abs_nb.parse.title_pane import label_apart
from abs_nb.parse.tokens import tokenize
from tests.checks._edit import corpus


def test_a_real_key_value_block_beside_titles_reads_each_label_from_its_column():
    f = abs_nb.load(corpus("028_"))
    # "Series 1999-2   Class A-1  Note Rate:   6.95125%", "Asset-Backed Notes   Margin A-1:  0.30000%"
    assert f.classes.loc["A-1", "interest_rate"] == 0.0695125
    assert f.classes.loc["A-1", "margin"] == 0.003
    assert not {19, 20} & set(f.unmapped.line)


def _block(rng: random.Random) -> tuple[str, dict[str, float]]:
    """Labelled rates beside a pane of titles of random words and widths."""
    words = ["Trust", "Home", "Equity", "Notes", "Series", "2001-A", "Revolving", "Loan", "Asset", "Backed"]
    at = rng.randint(24, 40)
    rates = {"A-1": rng.randint(600, 900) / 100, "A-2": rng.randint(600, 900) / 100}
    labels = [f"Class {c} Note Rate:" for c in rates] + ["Servicing Fee Rate:", "Trustee Fee:"]
    figures = [*rates.values(), 0.5, 0.009]
    rows = []
    for k, (label, value) in enumerate(zip(labels, figures, strict=True)):
        title = " ".join(rng.sample(words, rng.randint(1, 3))) if k < 2 else ""
        rows.append(f"{title:<{at}}{label:<30}{value:>10.5f}%")
    rng.shuffle(rows[:2])
    return "STATEMENT TO NOTEHOLDERS\n\n" + "\n".join(rows) + "\n", {c: round(r / 100, 6) for c, r in rates.items()}


def test_generated_panes_of_titles_leave_the_labels_read():
    for seed in range(25):
        text, rates = _block(random.Random(seed))
        f = abs_nb.load_text(text)
        assert {c: f.classes.loc[c, "interest_rate"] for c in rates} == rates, text


def test_a_label_whose_neighbours_begin_elsewhere_is_not_cut():
    lines = tokenize("Prior Period      Ending Balance     1,000.00\n"
                     "Current Period Ending Balance     900.00\n"
                     "Some Other Figure Here     5.00\n")
    assert label_apart(lines, lines[0]) is None
