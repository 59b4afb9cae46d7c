"""abs_nb.sources.tab_cells: tables whose cells are parted by tabs, laid out in columns."""

from __future__ import annotations

from pathlib import Path

import abs_nb
from abs_nb.sources.tab_cells import is_tab_delimited, tab_columns

SEEDS = sorted((Path(__file__).resolve().parents[2] / "sample_filings").glob("*.txt"))

ROWS = [("A-1", "58933RAA8", "2.12000%", "$317,375,000.00", "$285,102,337.41", "$13,228,715.62", "$468,474.58",
         "$271,873,621.79"),
        ("A-2", "58933RAB6", "1.99000%", "$118,000,000.00", "$118,000,000.00", "$0.00", "$182,005.49", "$118,000,000.00"),
        ("M-1", "58933RAD2", "2.39000%", "$36,225,000.00", "$36,225,000.00", "$0.00", "$67,105.12", "$36,225,000.00")]
TOTAL = ("Total", "", "", "$471,600,000.00", "$439,327,337.41", "$13,228,715.62", "$717,585.19", "$426,098,621.79")
TEXT = ("STATEMENT TO CERTIFICATEHOLDERS\r\nDistribution Date:\t\tOctober 25, 2004\r\n\r\n"
        "CERTIFICATE DISTRIBUTION SUMMARY\r\n\r\n"
        "Class\tCUSIP\tPass-Through\tOriginal\tBeginning\tPrincipal\tInterest\tEnding\r\n"
        "\t\t Rate\tCertificate\tCertificate\tDistribution\tDistribution\tCertificate\r\n"
        "\t\t\tBalance\tBalance\t\t\tBalance\r\n"
        + "".join("\t".join(r) + "\r\n" for r in ROWS) + "\t".join(TOTAL) + "\r\n")


def test_a_class_table_whose_cells_are_parted_by_tabs_is_read_by_its_columns():
    # expanded to 8, the tabs put no figure under its header: laid out, every one is
    f = abs_nb.load_text(TEXT)
    assert list(f.classes.index) == ["A-1", "A-2", "M-1"]
    assert f.classes.loc["A-1", "cusip"] == "58933RAA8"
    assert f.classes.loc["A-1", "ending_balance"] == 271_873_621.79
    assert f.classes.loc["M-1", "interest"] == 67_105.12
    assert abs(f.classes.loc["A-2", "interest_rate"] - 0.0199) < 1e-12
    assert f.totals["beginning_balance"] == 439_327_337.41


def test_tabs_that_only_indent_or_part_one_label_from_its_figure_make_no_table():
    assert not any(is_tab_delimited(p.read_text(encoding="latin-1")) for p in SEEDS)  # "\t\t\tfiled with"
    assert not is_tab_delimited("LIBOR:\t\t1.84%\nNet WAC:\t7.10%\n\nWAM:\t352\n")
    assert is_tab_delimited(TEXT)


def test_every_line_keeps_its_number_and_every_cell_its_text():
    laid = tab_columns(TEXT).split("\n")
    assert len(laid) == len(TEXT.split("\n"))
    for row in ROWS:
        line = next(ln for ln in laid if ln.startswith(row[0] + " "))
        assert line.split() == list(row)
    header = laid[5:8]
    # a header's words stand over their column's figures (right-aligned with them)
    a1 = next(ln for ln in laid if ln.startswith("A-1 "))
    assert header[0].index("Interest") + len("Interest") == a1.index("$468,474.58") + len("$468,474.58")
