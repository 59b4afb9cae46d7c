"""Formatted views that keep the DataFrames plain (``filing.style``), and ``corpus.errors``
readable at a glance (issue #16, 6)."""

from __future__ import annotations

import re
import shutil

import pandas as pd
import pytest

import abs_nb
from abs_nb.display.styled import TABLES

from .conftest import SEED_000, SEED_002


def cells(html: str) -> list[str]:
    return re.findall(r"<td[^>]*>([^<]*)</td>", html)


def test_classes_view_is_formatted_and_the_frame_stays_numbers(f000):
    s = f000.style("classes")
    html = s.to_html()
    # printed: A-1 original 397,000,000, rate 1.50000%
    assert "397,000,000.00" in html and "1.500%" in html
    assert "397000000.0" not in html and "0.0150" not in html
    assert f000.classes.loc["A-1", "original_balance"] == 397000000.0  # the frame: plain numbers
    assert s.data.equals(f000.classes)


def test_some_columns(f000):
    html = f000.style("classes", columns=["ending_balance", "interest_rate"]).to_html()
    assert "345,199,023.00" in html and "1.500%" in html and "04541GDP4" not in html
    with pytest.raises(KeyError, match="no column 'ending' in classes"):
        f000.style("classes", columns=["ending"])


def test_ids_are_fixed(f000):
    a, b = f000.style("checks").to_html(), abs_nb.load(SEED_000).style("checks").to_html()
    assert a == b
    assert 'id="T_abs-nb-2003-he2-2003-10-15-checks' in a


@pytest.mark.parametrize("name", TABLES)
def test_every_table_has_a_view_without_scientific_notation(f002, name):
    html = f002.style(name).to_html()
    assert not re.search(r">\s*-?\d+(?:\.\d+)?e[-+]\d+\s*<", html)


def test_checks_view_ratio_in_basis_points(f000):
    html = f000.style("checks").to_html()
    row = cells(html)
    i = row.index("credit_enhancement")
    # printed credit enhancement 20.345036%; computed with beginning O/C 20.345021%
    assert row[i + 2: i + 5] == ["20.3450%", "20.3450%", "&lt;0.01 bp"]


def test_deal_view_formats_each_field_as_itself(f000):
    html = f000.style("deal").to_html()
    assert "20.35%" in html and "14,344,337.00" in html  # credit enhancement, O/C target


def test_filing_text_is_escaped(hostile):
    for name in ("classes", "checks"):
        html = hostile.style(name).to_html()
        assert "<script>" not in html and "&lt;script&gt;" in html


def test_unknown_table_names_the_tables(f000):
    with pytest.raises(KeyError, match="no table 'clases'; tables: classes"):
        f000.style("clases")


def test_corpus_errors_show_file_name_and_reason(tmp_path):
    deep = tmp_path / ("a-long-folder-name-" * 4) / "filings"
    deep.mkdir(parents=True)
    shutil.copy(SEED_002, deep / "good.txt")
    (deep / "empty.txt").write_bytes(b"")
    (deep / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    c = abs_nb.load_many(str(deep / "*.txt"), progress=False, workers=1)
    e = c.errors.sort_values("file")
    assert list(e.columns[:2]) == ["file", "reason"]
    assert e["file"].tolist() == ["binary.txt", "empty.txt"]
    assert all(str(deep) not in r for r in e["reason"])  # the reason without the path
    assert all(r.startswith("expected ") or r.startswith("line ") for r in e["reason"])
    with pd.option_context("display.max_colwidth", 50):
        shown = e[["file", "reason"]].to_string()
    assert "binary.txt" in shown and "empty.txt" in shown
