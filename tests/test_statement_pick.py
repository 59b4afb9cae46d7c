"""abs_nb.statement_pick: which statement of a document ``load(path, statement=N)`` or
``load(path, series=...)`` reads, the errors naming what the document holds, and the move of
a statement's lines and offsets into the whole document.

Expected messages and offsets are written from the rules in the module's docstrings (counted
by hand), never copied from its output.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import abs_nb
from abs_nb.errors import MultipleStatements, NoSuchStatement
from abs_nb.sources.statements import Statement
from abs_nb.statement_pick import describe, pick, relocate, shift_text

SEEDS = sorted((Path(__file__).resolve().parents[1] / "sample_filings").glob("*.txt"))


def _seed(i: int) -> str:
    text = SEEDS[i].read_text(encoding="utf-8")
    return text if text.endswith("\n") else text + "\n"


def _parts(n: int) -> list[Statement]:
    """``n`` statements of ten lines and 100 characters each, series ``S1``, ``S2``, ..."""
    return [Statement(i, f"S{i}", 10 * i - 9, 10 * i, 100 * (i - 1), 100 * i) for i in range(1, n + 1)]


def test_bad_picks_name_what_the_document_holds(tmp_path):
    path = tmp_path / "master.txt"
    path.write_text("".join(_seed(i) for i in range(3)), encoding="utf-8")
    for kwargs in ({"statement": 0}, {"statement": 4}, {"series": "2009-XX"}, {"statement": 1, "series": "2002-HE1"}):
        with pytest.raises(NoSuchStatement) as err:
            abs_nb.load(path, **kwargs)
        assert "1: 2003-HE2" in str(err.value) and "3: 2002-HE1" in str(err.value)
    for bad in ({"statement": True}, {"statement": "2"}, {"series": 2003}):
        with pytest.raises(abs_nb.InputError):
            abs_nb.load(path, **bad)
    # a one-statement document: statement 1 is the document; its series is checked
    assert abs_nb.load(SEEDS[1], statement=1).meta["statement"] is None
    assert abs_nb.load(SEEDS[1], series="2003-he4").meta["series"] == "2003-HE4"
    with pytest.raises(NoSuchStatement, match="1 statement"):
        abs_nb.load(SEEDS[1], statement=2)
    with pytest.raises(NoSuchStatement, match="'2003-HE4'"):
        abs_nb.load(SEEDS[1], series="2003-HE2")
    err = pickle.loads(pickle.dumps(MultipleStatements("one statement", "3 statements", source="x")))
    assert isinstance(err, MultipleStatements) and str(err) == "x: expected one statement, found 3 statements"


def test_describe_names_the_first_five_and_counts_the_rest():
    assert describe(_parts(7)) == (
        "7 statements: 1: S1 (lines 1-10), 2: S2 (lines 11-20), 3: S3 (lines 21-30), "
        "4: S4 (lines 31-40), 5: S5 (lines 41-50), ... (2 more)")
    # a statement whose title names no series is shown by its number and lines only
    assert describe([Statement(1, None, 1, 4, 0, 50)], line_offset=20) == "1 statement: 1: (lines 21-24)"


def test_pick_by_number_by_series_or_the_only_one():
    parts = _parts(3)
    assert pick(parts, 2, None, "x.txt") is parts[1]
    assert pick(parts, None, "  s3 ", "x.txt") is parts[2]  # any case, blanks around ignored
    assert pick(parts, 3, "s3", "x.txt") is parts[2]
    assert pick(parts[:1], None, None, "x.txt") is parts[0]
    # one statement: its series is the caller's to compare with the parsed meta
    assert pick(parts[:1], None, "S9", "x.txt") is parts[0]


def test_pick_of_none_among_several_says_how_to_choose_and_where_they_are():
    with pytest.raises(MultipleStatements) as err:
        pick(_parts(2), None, None, "x.txt", line_offset=30)
    text = str(err.value)
    # line_offset moves the line numbers to those of the whole file (a header before the report)
    assert "2 statements: 1: S1 (lines 31-40), 2: S2 (lines 41-50)" in text
    assert "statement=N" in text and "series=" in text and "load_many" in text


def test_shift_text_moves_line_numbers_and_nothing_else():
    assert shift_text("lines 3, 4 and 5 disagree; Class A-1 of 12 on line 7", 100) == (
        "lines 103, 104 and 105 disagree; Class A-1 of 12 on line 107")
    # a word ending in "line" is no line number
    assert shift_text("the underline 3 and the deadline 4", 100) == "the underline 3 and the deadline 4"
    assert shift_text("no number here", 5) == "no number here"


def test_relocate_moves_provenance_unmapped_lines_and_check_lines():
    f = abs_nb.load_text(_seed(0))
    prov = dict(f.parsed.provenance)
    unmapped = [ln for ln, *_ in f.parsed.unmapped]
    rows = list(f.check_rows)
    assert prov and rows
    moved = relocate(f.parsed, rows, Statement(2, "S2", 101, 900, 4_000, 90_000))
    # first_line 101: every line 100 further down; start 4,000: every offset 4,000 further on
    assert dict(f.parsed.provenance) == {k: (ln + 100, a + 4_000, b + 4_000) for k, (ln, a, b) in prov.items()}
    assert [ln for ln, *_ in f.parsed.unmapped] == [ln + 100 for ln in unmapped]
    assert [r.lines for r in moved] == [[x + 100 for x in r.lines] for r in rows]
    assert [(r.check, r.status, r.subject) for r in moved] == [
        (r.check, r.status, shift_text(r.subject, 100)) for r in rows]


def test_relocate_of_a_statement_at_the_top_changes_nothing():
    f = abs_nb.load_text(_seed(0))
    prov = dict(f.parsed.provenance)
    rows = list(f.check_rows)
    assert relocate(f.parsed, rows, Statement(1, "S1", 1, 900, 0, 90_000)) is rows
    assert dict(f.parsed.provenance) == prov


def test_shift_text_moves_both_ends_of_a_range_of_lines():
    assert shift_text("the sum of lines 3 to 7; lines 8-9 print it", 100) == "the sum of lines 103 to 107; lines 108-109 print it"
