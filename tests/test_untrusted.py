"""Filing text and file names are untrusted: no formula reaches a spreadsheet, no control
character reaches a terminal (abs_nb.untrusted, used by every CSV and console output)."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import abs_nb
from abs_nb.export import export, write_table
from abs_nb.untrusted import spreadsheet_cell, terminal_text

SEEDS = Path(__file__).resolve().parents[1] / "sample_filings"
S000, S001 = SEEDS / "000_2d551bf597d89db6.txt", SEEDS / "001_21e012ce03d1908d.txt"
FORMULAS = ['=HYPERLINK("http://x")', "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A9)",
            "\t=1+2", "\r=1+2"]
ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x9b31m\r\u202e"


def _cells(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8"), newline="")))


def _dangerous(cell: str) -> bool:
    return cell[:1] in ("=", "+", "-", "@", "\t", "\r") and spreadsheet_cell(cell) != cell


def test_a_cell_a_spreadsheet_would_run_gets_a_quote_and_numbers_stay_numbers():
    for text in FORMULAS:
        assert spreadsheet_cell(text) == "'" + text
    for kept in ("-1,234.50", "+3", "-0.5%", "-.25", "A-1", "ok =1", -5.0, 7, None):
        assert spreadsheet_cell(kept) == kept


def test_write_table_csv_neutralises_text_and_keeps_negative_numbers(tmp_path):
    df = pd.DataFrame({"label": FORMULAS + ["plain"], "value": [-1.5, 2.0, -3.25, 4.0, -0.01, 0.0, -7.0]})
    cells = _cells(write_table(df, tmp_path / "t.csv"))
    assert [row[0] for row in cells[1:]] == ["'" + t for t in FORMULAS] + ["plain"]
    assert [float(row[1]) for row in cells[1:]] == df["value"].tolist()  # a negative number is a number


def _hostile_filing(tmp_path: Path) -> Path:
    """Seed 001 with labelled lines whose labels are formulas (they land in .unmapped)."""
    lines = S001.read_text().splitlines(keepends=True)
    extra = [f'{label.strip()} Fee        1,234.00\n' for label in FORMULAS[:4]]
    path = tmp_path / "hostile.txt"
    path.write_text("".join(lines[:218] + extra + lines[218:]))
    return path


def test_export_csv_of_every_table_holds_no_formula(tmp_path):
    f = abs_nb.load(_hostile_filing(tmp_path))
    assert any(str(lab).startswith("=HYPERLINK") for lab in f.unmapped["label"])
    for table in (None, "unmapped", "classes", "deal", "checks", "provenance"):
        out = export(f, tmp_path / f"{table or 'long'}.csv", table)
        bad = [c for row in _cells(out) for c in row if _dangerous(c)]
        assert not bad, (table, bad[:3])
    unmapped = _cells(tmp_path / "unmapped.csv")
    assert any(c.startswith("'=HYPERLINK") for row in unmapped for c in row)
    # the long table keeps its numbers as numbers (no quote added before a minus sign)
    long = pd.read_csv(tmp_path / "long.csv")
    assert pd.to_numeric(long["value"], errors="coerce").notna().sum() > 100


def test_scan_to_csv_quotes_a_file_name_that_is_a_formula(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("=1+2.txt", "@SUM(A1).txt", "-2+3.txt"):
        (folder / name).write_bytes(S000.read_bytes())
    out = tmp_path / "scan.csv"
    r = subprocess.run([sys.executable, "-m", "abs_nb", "scan", str(folder), "--to", str(out)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    files = sorted(row[0] for row in _cells(out)[1:])
    assert files == ["'-2+3.txt", "'=1+2.txt", "'@SUM(A1).txt"]


def test_terminal_text_strips_controls_but_keeps_lines():
    assert terminal_text(f"a{ESCAPES}b\n\tc") == "a]0;pwned[2J31mb\n\tc"


def _escaped_seed(tmp_path: Path) -> Path:
    text = S000.read_text().replace("Asset Backed Securities Corporation", f"Asset Backed{ESCAPES} Securities Corporation", 1)
    path = tmp_path / "esc.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_repr_and_summary_of_a_filing_hold_no_control_character(tmp_path):
    f = abs_nb.load(_escaped_seed(tmp_path))
    assert "\x1b" in f.meta["trust"]  # the data keeps what was printed
    for shown in (repr(f), f.summary()):
        assert "Asset Backed]0;pwned" in shown
        assert not any(ch in shown for ch in ESCAPES if ch not in "]0;pwned[2J31m")


@pytest.mark.parametrize("command", ["summary", "check"])
def test_the_cli_prints_no_control_character_from_a_filing(tmp_path, command):
    path = _escaped_seed(tmp_path)
    r = subprocess.run([sys.executable, "-m", "abs_nb", command, "--all", str(path)] if command == "check"
                       else [sys.executable, "-m", "abs_nb", command, str(path)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode in (0, 1), r.stderr
    assert "\x1b" not in r.stdout and "\x07" not in r.stdout and "\u202e" not in r.stdout
    if command == "summary":
        assert "Asset Backed]0;pwned" in r.stdout
