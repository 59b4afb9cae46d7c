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
    r = run("export", str(S002), "--to", str(tmp_path / "f.xls"))
    assert r.returncode == 2
    assert ".csv, .parquet, .json or .xlsx" in r.stderr


def test_export_several_files_to_one_xlsx_with_formulas_neutralised(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(S000.read_text(encoding="utf-8").replace("M-5", "=SUM(A1)"), encoding="utf-8")
    out = tmp_path / "deals.xlsx"
    r = run("export", str(S000), str(S002), str(hostile), "--to", str(out))
    assert r.returncode == 0, r.stderr
    assert "(3 filings)" in r.stdout
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:3] == ["values", "classes", "totals"]
    classes = list(wb["classes"].iter_rows(values_only=True))
    header = classes[0]
    assert header[:2] == ("source", "class")
    rows = {(Path(r[0]).name, r[1]): dict(zip(header, r, strict=True)) for r in classes[1:]}
    # printed: 002 A-1 ending balance 124,074,387.46; a number in the sheet, not text
    assert rows[("002_c10342e102d7429b.txt", "A-1")]["ending_balance"] == 124074387.46
    assert ("hostile.txt", "'=SUM(A1)") in rows  # text, never a formula
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)


def test_export_several_files_to_csv_has_a_source_column(tmp_path):
    out = tmp_path / "all.csv"
    assert run("export", str(S000), str(S002), "--to", str(out), "--table", "classes").returncode == 0
    import pandas as pd

    df = pd.read_csv(out)
    assert list(df.columns[:2]) == ["source", "class"]
    assert sorted({Path(s).name for s in df["source"]}) == [S000.name, S002.name]


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


def test_a_file_name_is_never_taken_for_report_text(tmp_path):
    # found by review: a path holding a newline, or longer than 1,000 characters, was parsed as text
    odd = tmp_path / "new\nline.txt"
    odd.write_bytes(S002.read_bytes())
    deep = tmp_path / ("d" * 200) / ("e" * 200) / ("f" * 200) / ("g" * 200) / ("h" * 200)
    deep.mkdir(parents=True)
    (deep / "report.txt").write_bytes(S002.read_bytes())
    for path in (odd, deep / "report.txt"):
        r = run("summary", str(path))
        assert r.returncode == 0, r.stderr
        assert "2002-HE1" in r.stdout
    r = run("summary", S002.read_text())  # report text given as an argument is no file
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_a_console_that_cannot_show_a_character_gets_it_escaped(tmp_path):
    uni = tmp_path / "uni.txt"
    uni.write_text(S002.read_text().replace("Asset Backed Securities Corporation", "Asset Backed S\u00e9curities \u20ac"),
                   encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "abs_nb", "summary", str(uni)], capture_output=True,
                       env={**__import__("os").environ, "PYTHONIOENCODING": "ascii"}, timeout=120)
    assert r.returncode == 0, r.stderr.decode(errors="replace")
    assert b"Asset Backed S\\xe9curities \\u20ac" in r.stdout


def test_export_refuses_to_overwrite_its_input_and_a_failed_write_keeps_the_old_file(tmp_path):
    inp = tmp_path / "in.csv"
    inp.write_bytes(S002.read_bytes())
    r = run("export", str(inp), "--to", str(inp))
    assert r.returncode == 2 and "same file" in r.stderr
    assert inp.read_bytes() == S002.read_bytes()
    out = tmp_path / "out.csv"
    out.write_text("an older export")
    r = run("export", str(S002), "--to", str(out))
    assert r.returncode == 0, r.stderr
    assert out.read_text().startswith("table,row,column,value,line")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv", "out.csv"]  # no part file left


def test_a_write_that_fails_leaves_the_old_file_and_no_part_file(tmp_path):
    import pandas as pd

    from abs_nb.errors import InputError
    from abs_nb.export import _atomic

    out = tmp_path / "t.csv"
    out.write_text("an older export")

    def failing(tmp, suffix):
        pd.DataFrame({"a": [1]}).to_csv(tmp)
        raise OSError(28, "No space left on device")

    with pytest.raises(InputError, match="No space left"):
        _atomic(out, failing)
    assert out.read_text() == "an older export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv"]


@pytest.mark.parametrize("target", ["folder.csv", "fifo.csv"])
def test_export_to_a_folder_or_a_pipe_is_a_clear_error_not_a_hang(tmp_path, target):
    import os

    path = tmp_path / target
    if target == "fifo.csv":
        os.mkfifo(path)
    else:
        path.mkdir()
    r = run("export", str(S002), "--to", str(path))
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_scan_to_a_missing_folder_or_with_a_pattern_leaving_the_folder_is_a_clear_error(tmp_path):
    r = run("scan", str(SEEDS), "--to", str(tmp_path / "no" / "x.csv"))
    assert r.returncode == 2 and "Traceback" not in r.stderr and "existing folder" in r.stderr
    for pattern in ("/etc/*", "../*.txt", "**/../../*"):
        r = run("scan", str(SEEDS), "--glob", pattern)
        assert r.returncode == 2 and "Traceback" not in r.stderr, (pattern, r.stderr)
    r = run("scan", str(SEEDS), "--to", str(tmp_path / "scan.parquet"))
    assert r.returncode == 0 and (tmp_path / "scan.parquet").is_file()


def test_scan_writes_a_file_name_that_is_not_utf8(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "x\udcff.txt").write_bytes(S002.read_bytes())  # the byte 0xff in the name
    for out in ("scan.csv", "scan.parquet"):
        r = run("scan", str(folder), "--to", str(tmp_path / out))
        assert r.returncode == 0, r.stderr
    assert "x\\xff.txt" in (tmp_path / "scan.csv").read_text()


LONG = "a" * 300  # one path component over the 255 bytes file systems allow


@pytest.mark.parametrize("args", [
    lambda tmp: ("export", str(S002), "--to", str(tmp / f"{LONG}.csv")),
    lambda tmp: ("export", str(S002), "--to", str(tmp / LONG / "out.csv")),
    lambda tmp: ("export", str(tmp / LONG), "--to", str(tmp / "out.csv")),
    lambda tmp: ("scan", str(tmp / LONG)),
    lambda tmp: ("scan", str(SEEDS), "--to", str(tmp / f"{LONG}.csv")),
    lambda tmp: ("check", str(tmp / LONG)),
    lambda tmp: ("summary", str(tmp / LONG / "x.txt")),
], ids=["export-to", "export-to-folder", "export-from", "scan", "scan-to", "check", "summary"])
def test_a_path_component_over_255_characters_is_a_one_line_error_with_exit_2(tmp_path, args):
    r = run(*args(tmp_path))
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr and "OSError" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("abs-nb: ")
    assert "longer than the system allows" in lines[0] or "too long" in lines[0].lower()
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # nothing written


def test_scan_lines_fit_a_100_column_terminal(tmp_path):
    long = tmp_path / ("a-very-long-folder-name-" * 3)
    long.mkdir()
    (long / ("household-home-equity-loan-trust-2001-1-august-statement-" * 3 + ".txt")).write_text(
        S001.read_text(encoding="utf-8"), encoding="utf-8")
    (long / "notes.txt").write_text("shopping list\n" + "eggs 12 " * 80 + "\n", encoding="utf-8")
    r = run("scan", str(tmp_path))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert max(len(x) for x in lines) <= 100, max(lines, key=len)
    assert lines[0].split()[:4] == ["file", "status", "series", "date"]
    assert any("2003-HE4" in x and "statement-.txt" in x for x in lines)  # the end of the name kept
    assert lines[-1].startswith("2 files: ")


def test_export_to_a_missing_folder_is_a_clear_error(tmp_path):
    r = subprocess.run([sys.executable, "-m", "abs_nb", "export", str(SEEDS / "002_c10342e102d7429b.txt"), "--to", str(tmp_path / "no" / "o.csv")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "Traceback" not in r.stderr and "no folder" in r.stderr


def test_scan_to_an_unknown_format_is_refused_before_scanning(tmp_path):
    r = subprocess.run([sys.executable, "-m", "abs_nb", "scan", str(SEEDS), "--to", "s.xlsx"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "Traceback" not in r.stderr and ".csv, .parquet or .json" in r.stderr
