"""abs_nb.parse.note_marks: figures printed with a note's mark, read where a note explains it."""

from __future__ import annotations

import math

import abs_nb
from abs_nb.parse.note_marks import notes
from abs_nb.parse.tokens import tokenize_line

TABLE = """STATEMENT TO CERTIFICATEHOLDERS

                    Pass-Through             Beg            Prin             Int             End
Class    CUSIP             Rate         Cert Bal            Dist            Dist        Cert Bal
IA-1     51207QAA4   4.158750%*   70,421,523.03    6,415,561.36      252,189.74   64,005,961.67
IA-2     51207QAB2    7.080000%   43,500,000.00            0.00      256,650.00   43,500,000.00
IA-3     51207QAC0    7.220000%   54,000,000.00            0.00      324,900.00   54,000,000.00
"""
NOTE = "\n  *  Floating Pass-Through Rate.  One-Month LIBOR for the period (31 days):  4.05875%\n"


def test_a_figure_with_a_mark_a_note_explains_is_read_and_the_reading_recorded():
    f = abs_nb.load_text(TABLE + NOTE)
    assert math.isclose(f.classes.loc["IA-1", "interest_rate"], 0.0415875)
    marks = f.checks[f.checks.check == "footnote_mark"]
    assert list(marks.status) == ["repaired"] and "4.158750%*" in marks.detail.iloc[0]
    assert "unreadable_value" not in set(f.checks.check)


def test_a_mark_no_note_explains_leaves_the_figure_unread_and_says_so():
    f = abs_nb.load_text(TABLE)
    assert math.isnan(f.classes.loc["IA-1", "interest_rate"])
    bad = f.checks[f.checks.check == "unreadable_value"]
    assert "IA-1 interest_rate" in set(bad.subject) and set(bad.status) <= {"warn", "fail"}


def test_the_marks_notes_start_with():
    lines = [tokenize_line(t, i + 1) for i, t in enumerate(
        ["  *  Floating rate.", "(1) Restated.", "[2] See above.", "** Two stars.", "*** ", "(12.50) 3.00"])]
    assert notes(lines) == {"*": 1, "(1)": 2, "[2]": 3, "**": 4}
