"""abs_nb.parse.layout: header lines merged into named columns, and figures placed in columns
by position (in order when they fill every column, else nearest, left to right). Spans are
(first column, column after the last) of hand-written lines."""

from __future__ import annotations

from abs_nb.parse.layout import (
    MAX_ALIGN_CELLS,
    assign,
    columns_for_slots,
    distance,
    merge_header,
    segments,
    slots,
)
from abs_nb.parse.tokens import tokenize_line


def test_distance_is_the_gap_or_minus_the_overlap():
    assert distance((0, 10), (5, 15)) == -5  # columns 5..9 shared
    assert distance((0, 3), (7, 9)) == 4
    assert distance((7, 9), (0, 3)) == 4
    assert distance((0, 3), (3, 5)) == 0  # side by side: no overlap, no gap


def test_segments_are_words_apart_by_two_spaces_or_more():
    line = tokenize_line("Class  Beg Bal   Int Shortfall", 1)
    assert segments(line) == [("Class", 0, 5), ("Beg Bal", 7, 14), ("Int Shortfall", 17, 30)]


def test_a_header_of_two_lines_merges_onto_the_line_with_most_columns():
    top = tokenize_line("                Class", 1)
    bottom = tokenize_line("Class  Cusip    Type        Balance", 2)
    # "Class" left of every column is the label column's and goes; "Class" above Type is
    # part of that column's name, read top line first
    assert merge_header([top, bottom], skip={"class"}) == [
        ("Cusip", 7, 12), ("Class Type", 16, 21), ("Balance", 28, 35)]
    assert merge_header([top, bottom]) == [("Class", 0, 5), ("Cusip", 7, 12), ("Class Type", 16, 21),
                                           ("Balance", 28, 35)]


def test_no_header_line_names_no_column():
    assert merge_header([]) == []
    assert merge_header([tokenize_line("   ", 1)]) == []
    # a skipped word with no column name beside it is the label column's alone
    assert merge_header([tokenize_line("Class", 1)], skip={"class"}) == []


def test_slots_are_the_union_of_overlapping_figures_down_a_block():
    rows = [tokenize_line(t, i).values for i, t in enumerate(
        ["A-1     1,000.00      5.00", "A-2   100,000.00     15.00", "A-3        10.00    115.00"], 1)]
    # 1,000.00 at 8..16, 100,000.00 at 6..16, 10.00 at 11..16: one slot 6..16; 5.00 at 22..26,
    # 15.00 at 21..26, 115.00 at 20..26: one slot 20..26
    assert slots(rows) == [(6, 16), (20, 26)]


def test_a_row_printed_off_the_columns_merges_none_of_them():
    rows = [tokenize_line(t, i).values for i, t in enumerate(
        ["    1,000.00    900.00", "      500.00     50.00", " $1,500.00 $950.00"], 1)]
    # the last row's $950.00 (11..18) overlaps both columns of the rows above (4..12 and 16..22)
    assert slots(rows) == [(4, 12), (16, 22)]
    assert slots(rows[::-1]) == [(4, 12), (16, 22)]  # wherever that row stands
    # two rows only: nothing says which of them stands off the other's columns
    assert slots(rows[1:]) == [(1, 22)]


def test_a_few_rows_pushed_over_by_a_negative_printed_wide_merge_none_of_the_columns():
    # a loss in brackets printed two places wider than its column pushes the rest of its row
    # over: the bracket reaches into the next column's widest figures, in two rows and the total
    clean = [f"{c:<6}{b:>15}{'0.00':>13}{e:>15}{'0.00':>13}" for c, b, e in (
        ("A-1", "222,760,000.00", "165,573,622.56"), ("A-2", "121,500,000.00", "121,500,000.00"),
        ("M-1", "24,410,000.00", "24,410,000.00"), ("M-2", "19,230,000.00", "19,230,000.00"),
        ("M-3", "11,460,000.00", "11,460,000.00"), ("CE", "9,994,814.85", "0.00"))]
    wide = [f"{c:<6}{b:>15}{loss:>15}{e:>15}{cum:>15}" for c, b, loss, e, cum in (
        ("M-8", "4,810,000.00", "(1,010,569.74)", "3,799,430.26", "(1,010,569.74)"),
        ("M-9", "1,377,615.42", "(1,377,615.42)", "0.00", "(4,210,000.00)"),
        ("Total", "317,962,430.27", "(2,388,185.16)", "315,574,245.11", "(5,220,569.74)"))]
    rows = [tokenize_line(t, i).values for i, t in enumerate(clean + wide, 1)]
    assert len(slots(rows[:-1])) == len(slots(rows)) == len(slots(rows[:len(clean)])) == 4
    assert slots(rows) == slots(rows[:len(clean)])
    # a row of another layout, its figures beside the columns, is no row pushed over
    # (a table's last rows laid out again on the next page, four places over)
    first = [f"{c:<8}{b:>25}{e:>14}" for c, b, e in (("A-1", "179882000.00", "146321307.72"),
             ("A-2", "75769000.00", "61342311.09"), ("M-1", "29824000.00", "29824000.00"))]
    then = [f"{c:<12}{b:>25}{e:>14}" for c, b, e in (("X", "0.00", "5609632.87"), ("Total", "387048000.00", "332116301.47"))]
    rows = [tokenize_line(t, i).values for i, t in enumerate(first * 2 + then, 1)]
    assert slots(rows) != slots(rows[:-2])


def test_figures_fill_columns_in_order_or_go_to_the_nearest_left_to_right():
    cols = [(0, 4), (10, 14), (20, 24)]
    assert assign([(50, 51), (60, 61), (70, 71)], cols) == [0, 1, 2]  # as many: in order
    assert assign([(21, 23)], cols) == [2]
    assert assign([(1, 3), (11, 13)], cols) == [0, 1]
    # both figures stand under the first column; the second still goes right of the first
    assert assign([(0, 2), (1, 3)], cols) == [0, 1]
    assert assign([(0, 1), (2, 3), (4, 5), (6, 7)], cols) is None  # more figures than columns


def test_a_table_too_wide_to_search_is_refused():
    n = int(MAX_ALIGN_CELLS ** 0.5) + 1
    columns = [(10 * k, 10 * k + 5) for k in range(n + 1)]
    values = [(10 * k, 10 * k + 5) for k in range(n)]
    assert len(values) * len(columns) > MAX_ALIGN_CELLS
    assert assign(values, columns) is None
    assert assign(values[:3], columns) == [0, 1, 2]


def test_header_columns_for_slots():
    header = [(0, 4), (10, 14), (20, 24)]
    assert columns_for_slots([(100, 101), (200, 201), (300, 301)], header) == [0, 1, 2]
    assert columns_for_slots([(11, 13), (21, 23)], header) == [1, 2]  # fewer slots: by position
    # more slots than names: the nearest slot takes the name, the others none
    assert columns_for_slots([(0, 4), (10, 14), (20, 24)], [(11, 13)]) == [None, 0, None]


def test_words_spanning_several_columns_head_each_of_them():
    # "---- Per $1,000 Original Face ----" over the five columns it spans: each is per $1,000
    from abs_nb.parse.layout import merge_header
    from abs_nb.parse.tokens import tokenize_line
    top = tokenize_line("            ------- Per $1,000 Original Face -------", 1)
    low = tokenize_line("Class  Orig   Beginning    Interest       Ending", 2)
    names = [n for n, _, _ in merge_header([top, low], skip=frozenset({"class"}))]
    assert names == ["Orig", "per $1,000 Beginning", "per $1,000 Interest",
                     "per $1,000 Ending"]


def test_header_words_packed_one_blank_apart_over_two_columns_are_parted():
    # "Class Pass-Through" stands over "Description" and "Rate": each word heads its column
    top = tokenize_line("                   Certificate  Certificate        Original", 1)
    mid = tokenize_line("                         Class Pass-Through            Face", 2)
    low = tokenize_line("Class  CUSIP       Description         Rate          Amount", 3)
    names = [name for name, _, _ in merge_header([top, mid, low], skip={"class"})]
    assert names == ["CUSIP", "Certificate Class Description", "Certificate Pass-Through Rate", "Original Face Amount"]


def test_columns_line_up_when_as_many_each_overlap_their_fellow():
    from abs_nb.parse.layout import lined_up
    assert lined_up([(0, 5), (10, 15)], [(4, 8), (14, 20)])
    assert not lined_up([(0, 5), (10, 15)], [(5, 8), (14, 20)])  # touching is no overlap
    assert not lined_up([(0, 5)], [(0, 5), (10, 15)])


def test_a_row_off_the_columns_is_found_in_time_linear_in_the_rows(monkeypatch):
    # thousands of rows that share a merged column: the columns without each row come from
    # the rows before it and those after it, so the rows are gone over a number of times
    # linear in the rows (not once per row each)
    import abs_nb.parse.layout as layout

    seen = []
    union = layout._union
    monkeypatch.setattr(layout, "_union", lambda rows: seen.append(len(rows)) or union(rows))
    for n in (200, 800):
        rows = [tokenize_line("    1,000.00    900.00", i).values for i in range(n)]
        rows.append(tokenize_line(" $1,500.00 $950.00", n).values)
        seen.clear()
        assert slots(rows) == [(4, 12), (16, 22)]
        assert sum(seen) <= 4 * (n + 1)


def test_a_header_printed_tight_is_parted_where_the_figures_below_end():
    header = [tokenize_line("                   REALIZED DEFERRED        PRINCIPAL", 1),
              tokenize_line("                     LOSSES INTEREST          BALANCE", 2)]
    row = tokenize_line("1A1                    0.00     0.00   115,024,553.93", 3)
    ends = frozenset(t.colend for t in row.values)
    assert [n for n, _, _ in merge_header(header, ends=ends)] == ["REALIZED LOSSES", "DEFERRED INTEREST",
                                                                  "PRINCIPAL BALANCE"]
    # with no figures to go by, the words one blank apart stay one name
    assert [n for n, _, _ in merge_header(header)][0] == "REALIZED DEFERRED LOSSES INTEREST"


def test_a_name_packed_tight_is_parted_where_the_names_of_another_line_stand_apart():
    # "DISTRIBUTED PER $1,000" printed one blank apart stands under "INTEREST   INTEREST":
    # each of the upper names is over one of its parts (the header one column off its
    # figures: no figure ends where a word does)
    top = tokenize_line("              ACCRUED RELIEF ACT       INTEREST   INTEREST", 1)
    low = tokenize_line(" CLASS        INTEREST  SHORTFALL    DISTRIBUTED PER $1,000", 2)
    names = [name for name, _, _ in merge_header([top, low], skip={"class"})]
    assert names == ["ACCRUED INTEREST", "RELIEF ACT SHORTFALL", "INTEREST DISTRIBUTED", "INTEREST PER $1,000"]


def test_a_title_framed_one_blank_from_its_rules_is_one_segment_and_two_titles_are_none():
    from abs_nb.parse.layout import framed

    assert framed([("---- PRINCIPAL PAID ----", 10, 34)]) == [("PRINCIPAL PAID", 8, 36)]
    assert framed([("-- Per $1,000 --", 0, 16)]) == [("Per $1,000", 0, 18)]  # never left of the line
    # rules among the words: two titles run together, no one title over all their columns
    assert framed([("--- A --- --- B ---", 0, 19)]) == [("--- A --- --- B ---", 0, 19)]
