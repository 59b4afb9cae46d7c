"""Real-world shapes of a report: EDGAR submissions (8-K/A), revised statements, page breaks
inside a table, a second class table, HTML exhibits. Built from the real seed texts."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from sources.edgar_builder import build_submission  # tests/sources (tests/ is on sys.path)

import abs_nb

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "sample_filings"
CORPUS = ROOT.parent / "shared" / "corpus"
T000 = (SEEDS / "000_2d551bf597d89db6.txt").read_text()
T002 = (SEEDS / "002_c10342e102d7429b.txt").read_text()


def test_edgar_8k_amendment_is_marked_and_parsed_like_the_exhibit(tmp_path):
    sub = build_submission("8-K/A")
    path = tmp_path / "0001019965-03-000548.txt"
    path.write_text("\n".join(sub.lines) + "\n")
    f = abs_nb.load(path)
    plain = abs_nb.load(SEEDS / "001_21e012ce03d1908d.txt")
    assert f.meta["form"] == "8-K/A"
    assert f.meta["accession"] == "0001019965-03-000548"
    assert f.meta["container"] == "edgar-submission"
    pd.testing.assert_frame_equal(f.classes, plain.classes)
    pd.testing.assert_frame_equal(f.collateral, plain.collateral)


PAGE_BREAK = """
<PAGE>

Asset Backed Securities Corporation, Home Equity Loan Trust, Series 2003-HE2
STATEMENT TO CERTIFICATEHOLDERS                                  Page 2
Distribution Date:                   15-Oct-03

     Class         Orig Bal       Beg Bal           Prin
"""


def test_page_break_inside_the_class_table():
    row = "      M-3        11,035,000     11,035,000           0\n"
    assert T000.count(row) == 1
    broken = T000.replace(row, row + PAGE_BREAK)
    f, plain = abs_nb.load_text(broken), abs_nb.load_text(T000)
    pd.testing.assert_frame_equal(f.classes, plain.classes)
    assert len(f.unmapped) == 0  # the repeated page header is furniture, not data
    assert f.check_summary() == plain.check_summary()


def _second_table() -> str:
    start = T002.index("          Orig\nClass   Face Value")
    end = T002.index("\n\n\n\n              Loss")
    block = T002[start:end]
    # the same layout printed again for REMIC tier classes LA-1, LA-2, ...
    tier = re.sub(r"(?m)^(A-1|A-2|A-IO|M-1|M-2|B|P|X|R|BIO)( +)",
                  lambda m: ("L" + m.group(1)).ljust(len(m.group(1)) + len(m.group(2)) - 1) + " ", block)
    return T002.replace("\n\n\n\n              Loss", "\n\nREMIC I DISTRIBUTION SUMMARY\n\n" + tier + "\n\n\n\n              Loss", 1)


def test_a_second_class_table_adds_its_classes():
    f, plain = abs_nb.load_text(_second_table()), abs_nb.load_text(T002)
    tier = f.classes[f.classes["class_table"] == 2]
    assert tier.index.tolist() == ["LA-1", "LA-2", "LA-IO", "LM-1", "LM-2", "LB", "LP", "LX", "LR", "LBIO"]
    assert tier.loc["LA-1", "beginning_balance"] == 140239577.87  # as printed on the LA-1 row
    # the report's Total and its checks belong to the first table
    pd.testing.assert_series_equal(f.totals, plain.totals)
    note = f.checks[(f.checks["check"] == "total_row") & (f.checks["status"] == "warn")]
    assert len(note) == 1 and "second class table" in note["detail"].item()
    assert not (f.checks["status"] == "fail").any()


def _html_from_cells(cells: list[str]) -> str:
    first = cells.index("A-1")
    head, body = cells[:first], cells[first:]
    rows = ["<tr>" + "".join(f"<td>{c}</td><td>&nbsp;</td>" for c in head[-22:]) + "</tr>"]
    for i in range(0, len(body) - 10 + 1, 10):
        tds = []
        for c in body[i: i + 10]:
            tds.append(f"<td>$</td><td align='right'>{c[1:]}</td>" if c.startswith("$") else f"<td>{c}</td>")
        rows.append("<tr>" + "".join(tds) + "</tr>")
    intro = "".join(f"<p>{c}</p>" for c in head[:-22])
    return ("<html><head><title>ex99</title><style>td {font: 8pt}</style><script>var x = '<td>9</td>';</script>"
            f"</head><body>{intro}<table>{''.join(rows)}</table></body></html>")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside this checkout")
def test_html_exhibit_reads_like_its_text_rendering(tmp_path):
    from abs_nb.parse.cell_rows import _cells

    name = "010_absc-2004he4-2004-07-usbank-html.txt"
    text = (CORPUS / name).read_text()
    html = _html_from_cells([c.text for c in _cells(text)])
    path = tmp_path / "ex991_0704.htm"
    path.write_text(html)
    f, rendered = abs_nb.load(path), abs_nb.load(CORPUS / name)
    assert f.meta["series"] == "2004-HE4"
    cols = ["cusip", "original_balance", "beginning_balance", "principal", "interest", "ending_balance"]
    common = [c for c in rendered.classes.index if c in f.classes.index]
    assert common == rendered.classes.index.tolist()  # every complete row of the rendering
    pd.testing.assert_frame_equal(f.classes.loc[common, cols], rendered.classes.loc[common, cols])
    assert f.classes.loc["A-1", "original_balance"] == 195000000.0  # "$195,000,000.00"
    assert "<script" not in f.source_text and "var x" not in f.source_text


def test_html_with_a_hostile_label_is_text_not_markup():
    html = ("<table><tr><td>STATEMENT TO CERTIFICATEHOLDERS</td></tr>"
            "<tr><td>Series 2005-HE2</td></tr><tr><td>Distribution Date:</td><td>August 25, 2005</td></tr>"
            "<tr><td>&lt;img src=x onerror=alert(1)&gt;</td><td>$</td><td>1.00</td></tr></table>")
    f = abs_nb.load(html.encode())
    assert f.meta["distribution_date"].isoformat() == "2005-08-25"
    labels = " ".join(f.unmapped["label"])
    assert "<img src=x onerror=alert(1)>" in labels  # kept as text, listed as not understood


@pytest.mark.parametrize(("td_end", "tr_end"), [("", "</tr>"), ("</td>", ""), ("", "")])
def test_html_without_its_optional_end_tags_reads_as_with_them(td_end, tr_end):
    # </td> and </tr> may be left out in HTML: a new cell ends the open one, a new row or the
    # table's end ends the open row (each cell was lost but the last)
    from abs_nb.sources.html_exhibit import html_to_text

    rows = [["STATEMENT TO CERTIFICATEHOLDERS"], ["Distribution Date:", "August 25, 2005"],
            ["A-1", "04541GPY2", "$254,675,000.00"], ["A-2", "04541GPZ9", "$89,000,000.00"]]

    def table(td: str, tr: str) -> str:
        return "<table>" + "".join("<tr>" + "".join(f"<td>{c}{td}" for c in r) + tr for r in rows) + "</table><p>after"

    full = html_to_text(table("</td>", "</tr>"))
    assert full.splitlines()[2] == "|A-1|04541GPY2|$254,675,000.00"
    assert html_to_text(table(td_end, tr_end)) == full
