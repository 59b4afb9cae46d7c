"""The command line, run as a user runs it: a subprocess of ``python -m abs_nb``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[1] / "sample_filings"
S000, S001, S002 = (SEEDS / n for n in ("000_2d551bf597d89db6.txt", "001_21e012ce03d1908d.txt", "002_c10342e102d7429b.txt"))


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "abs_nb", *args], capture_output=True, text=True, timeout=120)


def test_summary_names_the_deal_and_its_classes():
    r = run("summary", str(S001))
    assert r.returncode == 0, r.stderr
    assert "2003-HE4" in r.stdout and "2003-11-17" in r.stdout
    assert "M5-B" in r.stdout and "483,608,563.00" in r.stdout  # A-1 ending balance as printed
    assert "repaired" in r.stdout


def test_check_exits_1_on_a_failed_check_and_0_otherwise():
    failing = run("check", str(S000))  # 000's per-$1,000 End Bal block is missing a row
    assert failing.returncode == 1
    assert "[fail] per_1000_alignment" in failing.stdout
    warn_only = run("check", str(S002))  # only sub-dollar warnings
    assert warn_only.returncode == 0
    assert "[warn] pool_roll_forward" in warn_only.stdout


def test_check_reports_unreadable_files_with_exit_2(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    r = run("check", str(empty))
    assert r.returncode == 2
    assert "empty.txt" in r.stderr and "Traceback" not in r.stderr


def test_export_json_holds_every_table(tmp_path):
    out = tmp_path / "f.json"
    r = run("export", str(S002), "--to", str(out))
    assert r.returncode == 0, r.stderr
    data = json.loads(out.read_text())
    assert data["meta"]["series"] == "2002-HE1"
    a1 = next(row for row in data["classes"] if row["class"] == "A-1")
    assert a1["ending_balance"] == 124074387.46
    assert {"collateral", "delinquency", "deal", "checks", "unmapped", "provenance"} <= set(data)


def test_export_rejects_an_unknown_suffix(tmp_path):
    r = run("export", str(S002), "--to", str(tmp_path / "f.xlsx"))
    assert r.returncode == 2
    assert ".csv, .parquet or .json" in r.stderr


@pytest.mark.parametrize("table", ["classes", "delinquency"])
def test_export_one_table_as_csv(tmp_path, table):
    import pandas as pd

    out = tmp_path / f"{table}.csv"
    assert run("export", str(S000), "--to", str(out), "--table", table).returncode == 0
    df = pd.read_csv(out)
    if table == "classes":
        assert df["class"].tolist()[:3] == ["A-1", "A-2", "A-IO"]
        assert df.loc[df["class"] == "M-5", "original_balance"].item() == 11034900.0
    else:
        row = df[(df["group"] == "Group 2") & (df["status"] == "30-59")]
        assert row["balance"].item() == 4042374.09 and row["count"].item() == 28


def test_output_cut_short_by_the_reader_is_no_traceback():
    # `abs-nb summary ... | head -1`: the pipe closes while abs-nb still writes
    proc = subprocess.Popen([sys.executable, "-m", "abs_nb", "summary", *([str(S000), str(S001), str(S002)] * 200)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 1
    assert first.startswith(b"Asset Backed Securities") and "Traceback" not in err and "BrokenPipe" not in err
