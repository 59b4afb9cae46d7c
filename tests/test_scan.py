"""abs_nb.scan / abs-nb scan: one row per file, nothing skipped silently."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import abs_nb

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def test_scan_seeds_reports_each_file(tmp_path):
    for p in (ROOT / "sample_filings").glob("*.txt"):
        (tmp_path / p.name).write_bytes(p.read_bytes())
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "notes.htm").write_text("<p>Lunch menu for Tuesday</p>")
    table = abs_nb.scan(tmp_path)
    by_file = table.set_index("file")
    assert set(by_file.index) == {"000_2d551bf597d89db6.txt", "001_21e012ce03d1908d.txt",
                                  "002_c10342e102d7429b.txt", "empty.txt", "notes.htm"}
    # 000: its per-$1,000 End Bal block misses a row -> a failed check
    assert by_file.loc["000_2d551bf597d89db6.txt", "status"] == "checks-failed"
    assert by_file.loc["000_2d551bf597d89db6.txt", "classes"] == 13  # A-1 .. B-IO as printed
    assert by_file.loc["000_2d551bf597d89db6.txt", "groups"] == 3  # Group 1, Group 2, Total
    assert by_file.loc["001_21e012ce03d1908d.txt", "checks_repaired"] == 1
    assert by_file.loc["002_c10342e102d7429b.txt", "status"] == "warnings"
    assert by_file.loc["empty.txt", "status"] == "error" and "EmptyInput" in by_file.loc["empty.txt", "error"]
    assert by_file.loc["notes.htm", "status"] == "error"
    assert by_file.loc["000_2d551bf597d89db6.txt", "unmapped"] == 0


def test_scan_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(abs_nb.InputError, match="nothing at that path"):
        abs_nb.scan(tmp_path / "nope")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside this checkout")
def test_scan_cli_over_the_corpus():
    r = subprocess.run([sys.executable, "-m", "abs_nb", "scan", str(CORPUS), "--glob", "*.txt"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[-1].startswith("51 files:")
    # every corpus file has a row (a long name cut in its middle: the line fits 100 columns)
    assert max(len(line) for line in lines) <= 100
    for name in ("001_absc-2005he2-2005-08-usbank-html.txt", "073_household-hel-1999-1-2000-12-incjournal-text.txt"):
        assert any(line.startswith(name[:15]) and name[-15:] in line for line in lines), name
