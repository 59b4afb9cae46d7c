"""Corpus storage, CLI and argument edge cases found in review."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import abs_nb

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "sample_filings" / "002_c10342e102d7429b.txt"
CORPUS = ROOT.parent / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside this checkout")


@needs_corpus
def test_duckdb_append_after_a_corpus_without_classes_equals_one_write(tmp_path):
    household = sorted(CORPUS.glob("04[1-4]_household*.txt"))  # no class table, trust printed
    usbank = sorted(CORPUS.glob("00[1-2]_absc*.txt"))  # class tables
    db = tmp_path / "two.duckdb"
    assert abs_nb.load_many(household, progress=False).to_duckdb(db) == 4
    assert abs_nb.load_many(usbank, progress=False).to_duckdb(db) == 2
    one = tmp_path / "one.duckdb"
    abs_nb.load_many(household + usbank, progress=False).to_duckdb(one)
    for path in (db, one):
        con = abs_nb.open_duckdb(path, read_only=True)
        assert con.execute("select count(*) from filings").fetchall()[0][0] == 6
        assert con.execute("select count(*) from classes").fetchall()[0][0] == 26  # 13 + 13 classes
        con.close()


@needs_corpus
def test_duckdb_append_with_unprinted_trusts(tmp_path):
    db = tmp_path / "t.duckdb"
    no_trust = sorted(CORPUS.glob("03[7-9]_cik1099391*.txt"))  # trust not printed
    assert abs_nb.load_many(no_trust, progress=False).to_duckdb(db) == 3
    assert abs_nb.load_many(sorted(CORPUS.glob("04[12]_household*.txt")), progress=False).to_duckdb(db) == 2
    con = abs_nb.open_duckdb(db, read_only=True)
    assert con.execute("select count(*) from filings where trust is not null").fetchall()[0][0] == 2
    con.close()


def test_export_to_a_missing_folder_is_a_clear_error(tmp_path):
    r = subprocess.run([sys.executable, "-m", "abs_nb", "export", str(SEED), "--to", str(tmp_path / "no" / "o.csv")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "Traceback" not in r.stderr and "no folder" in r.stderr


def test_scan_to_an_unknown_format_is_refused_before_scanning(tmp_path):
    r = subprocess.run([sys.executable, "-m", "abs_nb", "scan", str(ROOT / "sample_filings"), "--to", "s.xlsx"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "Traceback" not in r.stderr and ".csv, .parquet or .json" in r.stderr


@pytest.mark.parametrize("bad", [None, 5])
def test_load_many_rejects_what_is_not_paths(bad):
    with pytest.raises(abs_nb.InputError):
        abs_nb.load_many(bad, progress=False)


def test_long_parquet_keeps_numbers_as_numbers(tmp_path):
    from abs_nb.export import export

    f = abs_nb.load(SEED)
    df = pq.read_table(export(f, tmp_path / "l.parquet")).to_pandas()
    a1 = df[(df.table == "classes") & (df.row == "A-1")].set_index("column")
    assert a1.loc["ending_balance", "value"] == 124074387.46  # a float, not "124074387.46"
    assert a1.loc["cusip", "text"] == "04541GCD2"
    assert df["value"].dtype == "float64"


@needs_corpus
def test_two_renderings_of_one_trust_are_one_deal():
    # 009 prints its trust name before its series and "Page 1", 072 (the same Banc One 1999-1
    # deal) on a line of its own
    c = abs_nb.load_many([CORPUS / "009_bancone-heloc-1999-1-2004-12-bankone-html.txt",
                          CORPUS / "072_bancone-heloc-1999-1-2003-07-statement-pipe.txt"], progress=False)
    gap = c.checks[c.checks["subject"] == "consecutive distributions"]
    assert len(gap) == 1  # compared as one deal: 17 months apart, reported
