"""abs_nb.parse.class_block_kind: a block built under class-table words is a class table
only when its rows say so."""

from __future__ import annotations

from abs_nb.parse.class_block_kind import not_a_class_table
from abs_nb.parse.pieces import ClassBlock
from abs_nb.parse.tokens import tokenize_line


def _block(*texts: str) -> ClassBlock:
    rows = [tokenize_line(t, n) for n, t in enumerate(texts, 1)]
    out = []
    for ln in rows:
        words = [t for t in ln.tokens if t.kind == "word"]
        label = " ".join(t.text for t in words) if words and ln.tokens[0].kind == "word" else None
        out.append((label, ln, ln.values, None))
    return ClassBlock("classes", [], [0], out)


def test_rows_of_statuses_and_a_total_are_a_delinquency_table():
    assert not_a_class_table(_block("30-59 days      3    300.00", "60 to 89 Days   1    100.00",
                                    "Total           4    400.00"), False)


def test_one_status_row_or_a_class_among_them_is_no_delinquency_table():
    assert not not_a_class_table(_block("30-59 days      3    300.00", "Total           3    300.00"), False)
    assert not not_a_class_table(_block("A-1       3    300.00", "30-59 days      3    300.00",
                                        "In Foreclosure  1    100.00"), False)


def test_labelled_lines_of_one_figure_are_no_class_table():
    assert not_a_class_table(_block("Servicing Fee       1,234.00", "Trustee Fee          56.00"), False)
    assert not not_a_class_table(_block("A-1       1,234.00", "A-2          56.00"), False)
