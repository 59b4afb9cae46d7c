"""A figure that was printed and not read is a failed check, wherever it stands
(abs_nb.checks.unread, with the sweep of abs_nb.parse.leftovers)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import abs_nb
from abs_nb.parse.leftovers import garbled_figure

from ._edit import CORPUS, S000, S001, S002, SEEDS
from ._edit import edit as _edit


def _unread(f: abs_nb.Filing) -> list[tuple[str, str, list[int]]]:
    rows = f.checks[f.checks["check"] == "unread_figure"]
    return [(r.subject, r.status, list(r.lines)) for r in rows.itertuples(index=False)]


# the issue's stray characters in the first figure of a pool line ("Sched Prin  481,281 ...")
@pytest.mark.parametrize("printed", ["481,28O", "481,281*", "481,281 (1)", "481, 281"])
def test_a_stray_character_in_a_pool_line_fails_a_check_naming_the_line(printed):
    f = abs_nb.load_text(_edit(S001, 219, "481,281", printed))
    assert not f.ok
    # a figure with a mark against it ("481,281*") stands in its cell, Group 1's, unread;
    # the other damages leave the line's words and figures apart, listed by the sweep
    named = f.checks[f.checks["check"].isin(["unread_figure", "unreadable_value"]) & (f.checks["status"] == "fail")]
    assert any(219 in lines for lines in named["lines"])
    if printed != "481,281*":
        assert ("Sched Prin", "fail", [219]) in _unread(f)
    assert any("line 219" in d and printed.split()[0].rstrip(",") in d for d in named["detail"])


@pytest.mark.parametrize("where", [
    (S001, 100, "662,382", "662,38*"),  # a class row's interest
    (S001, 105, "          0\n", "          O\n"),  # a class row's last figure, a letter for a zero
    (S000, 215, "13,320,411", "l3,320,411"),  # a deal line
    (S000, 207, "               0          ", "               O          "),  # Group 2 of a pool line
    (S000, 221, "0\n", "*\n"),  # the Total of a pool line
    (S002, 177, "265", "26S"),  # a delinquency count
    (S002, 187, "10", "1O"),
], ids=["class-mark", "class-letter", "deal", "pool-group", "pool-total", "delinquency", "delinquency-2"])
def test_a_figure_made_unreadable_anywhere_is_a_failed_check(where):
    path, line, old, new = where
    f = abs_nb.load_text(_edit(path, line, old, new))
    assert not f.ok
    assert _unread(f), f.unmapped.to_string()
    assert all(status == "fail" and lines for _, status, lines in _unread(f))


def test_the_cli_check_exits_1_for_the_issue_repro(tmp_path):
    # sed '219s/481,281/481,281*/' sample_filings/001_21e012ce03d1908d.txt > /tmp/d1.txt; abs-nb check /tmp/d1.txt
    d1 = tmp_path / "d1.txt"
    d1.write_text(_edit(S001, 219, "481,281", "481,281*"))
    r = subprocess.run([sys.executable, "-m", "abs_nb", "check", str(d1)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 1, r.stdout
    assert "[fail] unreadable_value | collateral Group 1 scheduled_principal" in r.stdout and "lines 219" in r.stdout
    assert "481,281*" in r.stdout  # (the mark against the figure: Group 1's cell, unread)


def test_shapes_of_a_damaged_figure():
    assert all(map(garbled_figure, ["481,28O", "481,281*", "4*1,281", "O.00", "0.0O", "*.00", "l3,320,411", "$1,2O4.00"]))
    assert not any(map(garbled_figure, ["481,281", "05949A2C3", "12/31/2007", "A1", "M-1", "1,2,4,5", "No.", "1934,",
                                        "2003-HE4", "1.47OOO%", "Section", "ex991.htm"]))


def _documents() -> list[Path]:
    return SEEDS + (sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else [])


def test_no_unmodified_document_fails_the_check():
    # the rule adds no failure to a report as printed (seeds, and the corpus when present)
    for path in _documents():
        try:
            f = abs_nb.load(path)
        except abs_nb.AbsNbError:
            continue
        assert _unread(f) == [], (path.name, _unread(f))


def test_a_stray_character_on_a_delinquency_line_read_by_its_words_fails_a_check():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nDelinquent Loans\n"
            "30-59 days principal balance of loan       15,709,898.08\n"
            "30-59 days number of loans                          19O\n"
            "60-89 days number of loans                           29\n")
    f = abs_nb.load_text(text)
    assert not f.ok
    assert ("30-59 days number of loans", "fail", [5]) in _unread(f)
