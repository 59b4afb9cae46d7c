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


# a typist's tabs: each cell moved to the next tab stop, a short cell padded by a second tab
TYPED = ("DISTRIBUTION SUMMARY\n\n"
         "CLASS\tORIGINAL\tBEGINNING\tPRINCIPAL\tINTEREST\tTOTAL\t\tENDING\t\tCUSIP\n"
         "\tBALANCE\t\tBALANCE\t\tDISTRIB.\tDISTRIB.\tDISTRIB.\tBALANCE\n\n"
         "A-1\t52,000,000.00\t36,418,227.45\t3,143,665.52\t184,670.76\t3,328,336.28\t33,274,561.93\t73296QAA0\n"
         "A-2\t23,500,000.00\t23,500,000.00\t0.00\t\t127,683.33\t127,683.33\t23,500,000.00\t73296QAB8\n"
         "A-3\t31,250,000.00\t31,250,000.00\t0.00\t\t176,562.50\t176,562.50\t31,250,000.00\t73296QAC6\n"
         "TOTALS\t106,750,000.00\t91,168,227.45\t3,143,665.52\t488,916.59\t3,632,582.11\t88,024,561.93\n"
         "\nSIGNATURES\n")


def test_cells_a_typists_tabs_move_to_the_stops_are_read_where_they_stand():
    # counted by tabs, A-2's padding tab after "0.00" would be an empty cell, and its
    # interest would fall under TOTAL: expanded, every cell stands under its header
    laid = tab_columns(TYPED).split("\n")
    a1, a2 = (next(ln for ln in laid if ln.startswith(c + " ")) for c in ("A-1", "A-2"))
    end = a1.index("184,670.76") + len("184,670.76")
    assert a2.index("127,683.33") + len("127,683.33") == end  # (A-2's own 0.00 under PRINCIPAL)
    assert laid[2].index("INTEREST") + len("INTEREST") == end
    f = abs_nb.load_text(TYPED)
    assert list(f.classes.index) == ["A-1", "A-2", "A-3"]
    assert f.classes.loc["A-2", "interest"] == 127_683.33
    assert f.classes.loc["A-2", "total_distribution"] == 127_683.33
    assert f.classes.loc["A-3", "ending_balance"] == 31_250_000.00
    assert f.classes.loc["A-1", "cusip"] == "73296QAA0"
    assert f.totals["interest"] == 488_916.59


def test_a_spreadsheets_empty_cells_are_counted_where_its_cells_overrun_the_stops():
    # one tab a cell, two round an empty one: expanded, the wide cells push the rows off
    # each other's stops, so the cells are laid out by their count
    text = ("Class\tCUSIP\tRate\tBalance\tInterest\n"
            "A-1\t58933RAA8\t2.12%\t285,102,337.41\t468,474.58\n"
            "R\t58933RAR1\t\t0.00\t\n"
            "M-1\t58933RAD2\t2.39%\t36,225,000.00\t67,105.12\n")
    laid = tab_columns(text).split("\n")
    assert laid != text.expandtabs().split("\n")
    r = next(ln for ln in laid if ln.startswith("R "))
    m1 = next(ln for ln in laid if ln.startswith("M-1 "))
    assert r.index("0.00") + 4 == m1.index("36,225,000.00") + len("36,225,000.00")


def test_a_spreadsheets_empty_spacer_columns_keep_its_cells_counted():
    # an empty column on every row is no typist's padding: counted, every interest stands
    # under its header (placed by the stops, a cell of 8 characters would push its row off)
    rows = [("Class", "Rate", "Principal", "Interest"), ("A-1", "1.50%", "1,250.00", "125.00"),
            ("A-2", "1.50%", "0.00", "62.50"), ("M-1", "2.40%", "0.00", "50.00"), ("M-2", "3.00%", "0.00", "50.00"),
            ("Total", "", "1,250.00", "287.50")]
    text = "".join("\t\t".join(r) + "\n" for r in rows)
    f = abs_nb.load_text(text)
    assert f.classes["interest"].tolist() == [125.00, 62.50, 50.00, 50.00]
    assert f.totals["interest"] == 287.50


def test_cells_parted_by_tabs_and_blanks_alike_are_read_as_printed():
    # a word processor's lines: two amounts apart by blanks between two tabs, so a tab is one
    # more blank, no cell's edge (counted by tabs, the rows would not line up)
    text = ('Class \tPass-Through Rate  Original Balance    Beginning Balance\t\tInterest  Principal\t\tTotal Distribution\tEnding Balance\n'
            'A-1   6.120% $62,000,000.00\t\t$33,259,760.66 $169,624.78\t\t$4,018,650.54\t$4,188,275.32\t\t$29,241,110.12\n'
            'A-2 6.280%  $38,500,000.00 $38,500,000.00   $201,483.33 $0.00 $201,483.33    $38,500,000.00\n'
            'A-3  6.410%    $41,000,000.00 $41,000,000.00 $219,008.33  $0.00\t\t$219,008.33\t\t$41,000,000.00\n'
            'A-4\t6.630%  $22,750,000.00\t$22,750,000.00  $125,693.75\t\t$0.00   $125,693.75   $22,750,000.00\n'
            'A-5    6.940% \t$15,750,000.00  $15,750,000.00    $91,087.50  $0.00   $91,087.50  $15,750,000.00\n'
            'A-6  6.520%\t\t$20,000,000.00 \t$20,000,000.00   $108,666.67    $0.00    $108,666.67   $20,000,000.00\n'
            'M-1   7.050% \t$12,375,000.00 $12,375,000.00\t\t$72,703.13\t\t$0.00    $72,703.13\t$12,375,000.00\n'
            'M-2    7.450% \t$7,875,000.00   $7,875,000.00\t$48,890.63    $0.00\t\t$48,890.63\t\t$7,875,000.00\n'
            'B-1 \t8.100%  $4,500,000.00    $4,500,000.00\t$30,375.00   $0.00\t$30,375.00\t$4,500,000.00\n'
            'Class R\t- \t-   -  -\t\t- \t-   -\n'
            'TOTAL     $224,750,000.00   $196,009,760.66\t\t$1,067,533.12  $4,018,650.54\t\t$5,086,183.66   $191,991,110.12\n'
            '\n')
    c = abs_nb.load_text(text).classes
    assert c.loc["A-1", "ending_balance"] == 29_241_110.12
    assert c.loc["A-2", "interest"] == 201_483.33
    assert c.loc["A-4", "beginning_balance"] == 22_750_000.00
    assert c.loc["A-3", "original_balance"] == 41_000_000.00


def test_labels_padded_by_tabs_to_one_stop_leave_no_empty_cells():
    # a typist padded each label to the same stop (two tabs after a short one, one after a
    # long one), then parted the cells by one tab; the header's names, a blank line above
    # the rows, padded between them as well
    text = ("NOTE SUMMARY\t\tClass A-1\tClass A-2\tClass B\t\tTotal\n\n"
            "Interest Rate\t\t5.195%\t5.710%\t6.330%\n"
            "Original Principal\t62,000,000.00\t88,000,000.00\t18,700,000.00\t168,700,000.00\n"
            "Beginning Principal\t18,614,229.30\t88,000,000.00\t14,102,500.66\t120,716,729.96\n"
            "Interest Paid\t\t85,956.37\t418,733.33\t74,390.69\t579,080.39\n"
            "Principal Paid\t\t9,625,633.27\t0.00\t656,293.18\t10,281,926.45\n"
            "Total Paid\t\t9,711,589.64\t418,733.33\t730,683.87\t10,861,006.84\n"
            "Ending Principal\t8,988,596.03\t88,000,000.00\t13,446,207.48\t110,434,803.51\n")
    lines = tab_columns(text).splitlines()
    # A-2's figures right-aligned in one column: its 0.00 ends where its 88,000,000.00 ends
    assert lines[6].startswith("Principal Paid") and lines[6].split()[2:] == ["9,625,633.27", "0.00", "656,293.18",
                                                                               "10,281,926.45"]
    assert lines[6].index(" 0.00 ") + 5 == lines[3].index("88,000,000.00") + 13
    c = abs_nb.load_text(text).classes
    assert list(c.index) == ["A-1", "A-2", "B"]
    assert (c.loc["A-1", "interest"], c.loc["B", "principal"]) == (85_956.37, 656_293.18)
