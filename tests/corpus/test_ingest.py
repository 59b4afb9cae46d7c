"""abs_nb.ingest: a corpus streamed into DuckDB or Parquet, read back with duckdb and pyarrow;
a run killed with SIGKILL and resumed; the same rows from every engine."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

import abs_nb
from abs_nb.corpus import load_engines, storage
from abs_nb.corpus.ingest import read_parquet

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "sample_filings").glob("*.txt"))
CORPUS = ROOT.parent / "shared" / "corpus"
DOCS = SEEDS + (sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else [])
TABLES = (*storage.TABLES, "errors")


def canon(df: pd.DataFrame) -> pd.DataFrame:
    """Rows in one order whatever order they were stored in (columns by name)."""
    df = df[sorted(df.columns)]
    if not len(df):
        return df.reset_index(drop=True)
    key = df.astype(str).agg("|".join, axis=1)
    return df.iloc[key.argsort(kind="stable").to_numpy()].reset_index(drop=True)


def duckdb_tables(db: Path) -> dict[str, pd.DataFrame]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        have = {r[0] for r in con.execute("select table_name from information_schema.tables").fetchall()}
        return {t: canon(con.execute(f'select * from "{t}"').df()) for t in TABLES if t in have}
    finally:
        con.close()


def parquet_tables(folder: Path) -> dict[str, pd.DataFrame]:
    return {t: canon(read_parquet(folder, t)) for t in TABLES if (folder / t).is_dir()}


def assert_same(a: dict[str, pd.DataFrame], b: dict[str, pd.DataFrame]) -> None:
    assert a.keys() == b.keys()
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name], obj=name)


@pytest.fixture()
def files(tmp_path):
    """Every seed and corpus document, an empty file and a binary one (two errors)."""
    (tmp_path / "in").mkdir()
    out = []
    for p in DOCS:
        out.append(tmp_path / "in" / p.name)
        out[-1].write_bytes(p.read_bytes())
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "binary.txt").write_bytes(bytes(range(256)) * 8)
    return sorted(tmp_path.joinpath("in").iterdir())


def test_duckdb_rows_are_those_of_load_many_to_duckdb(files, tmp_path):
    db = tmp_path / "ingest.duckdb"
    r = abs_nb.ingest(files, to=db, engine="serial", batch=7, progress=False)
    good = abs_nb.load_many(files, progress=False, workers=1)
    assert (r.added, r.errors) == (len(good), len(good.errors)) and r.errors >= 2
    good.to_duckdb(tmp_path / "whole.duckdb")
    got, want = duckdb_tables(db), duckdb_tables(tmp_path / "whole.duckdb")
    assert set(got) == set(want) | {"errors"}
    for name in want:  # every row, the month-over-month checks across batches included
        pd.testing.assert_frame_equal(got[name], want[name], obj=name)
    assert (got["checks"]["check"] == "month_over_month").sum() == (want["checks"]["check"] == "month_over_month").sum()
    # the errors table: each file that could not be read, and why
    errors = got["errors"].set_index("source")
    assert errors.loc[str(tmp_path / "in" / "empty.txt"), "error_type"] == "EmptyInput"
    assert errors.loc[str(tmp_path / "in" / "binary.txt"), "error_type"] == "BinaryInput"
    assert errors["message"].str.len().gt(20).all() and errors["sha256"].str.len().eq(64).all()


def test_a_rerun_skips_what_is_stored_and_adds_what_is_new(files, tmp_path):
    db = tmp_path / "abs.duckdb"
    first = abs_nb.ingest(files[:-5], to=db, engine="serial", progress=False)
    again = abs_nb.ingest(files[:-5], to=db, engine="serial", progress=False)
    assert (again.added, again.errors, again.skipped) == (0, 0, first.added + first.errors)
    before = duckdb_tables(db)
    more = abs_nb.ingest(files, to=db, engine="serial", progress=False)
    assert more.skipped == first.added + first.errors and more.added + more.errors == 5
    after = duckdb_tables(db)
    assert len(after["filings"]) == len(before["filings"]) + more.added
    assert after["filings"]["sha256"].is_unique and after["errors"]["source"].is_unique
    # a copy of a stored file under another name is stored already (same sha256)
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEEDS[0].read_bytes())
    assert abs_nb.ingest([copy], to=db, engine="serial", progress=False).skipped == 1


def test_a_file_twice_in_one_run_is_stored_once(tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEEDS[0].read_bytes())
    r = abs_nb.ingest([*SEEDS, copy], to=tmp_path / "pq", engine="serial", progress=False)
    assert (r.added, r.duplicates) == (3, 1)
    assert sorted(pq.read_table(tmp_path / "pq" / "filings").to_pandas()["sha256"]) == sorted(
        abs_nb.load(p).meta["sha256"] for p in SEEDS)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside this checkout")
def test_serial_process_pool_and_dask_store_identical_rows(files, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    abs_nb.ingest(files, to=tmp_path / "serial", engine="serial", batch=16, progress=False)
    abs_nb.ingest(files, to=tmp_path / "pool", engine="processes", workers=2, batch=16, progress=False)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, host="127.0.0.1") as cluster, distributed.Client(cluster):
        r = abs_nb.ingest(files, to=tmp_path / "dask", engine="dask", batch=16, progress=False)
    assert r.added > 40 and r.errors >= 2
    serial = parquet_tables(tmp_path / "serial")
    assert_same(parquet_tables(tmp_path / "pool"), serial)
    assert_same(parquet_tables(tmp_path / "dask"), serial)
    # partitioned by the year of the distribution date, read by DuckDB as Hive partitions
    con = duckdb.connect()
    years = con.execute(
        f"select year, count(*) = count_if(year(distribution_date) = year) from read_parquet("
        f"'{tmp_path / 'dask' / 'filings'}/**/*.parquet', hive_partitioning = true, union_by_name = true) "
        "where year is not null group by year").fetchall()
    assert len(years) >= 5 and all(ok for _, ok in years)
    classes = con.execute(f"select count(*) from read_parquet('{tmp_path / 'dask' / 'classes'}/**/*.parquet', "
                          "hive_partitioning = true, union_by_name = true)").fetchall()[0][0]
    assert classes == len(serial["classes"])


def test_parquet_rows_are_those_of_the_duckdb_target(files, tmp_path):
    abs_nb.ingest(files, to=tmp_path / "abs.duckdb", engine="serial", batch=9, progress=False)
    abs_nb.ingest(files, to=tmp_path / "pq", engine="serial", batch=9, progress=False)
    db, folder = duckdb_tables(tmp_path / "abs.duckdb"), parquet_tables(tmp_path / "pq")
    assert set(folder) == set(db) - {"_months_pending"}
    for name in folder:
        assert len(folder[name]) == len(db[name]), name
    a1 = folder["classes"].query("series == '2003-HE2' and `class` == 'A-1'")["ending_balance"]
    assert a1.tolist() == [345199023.0]  # "A-1 ... 345,199,023" in 000


def _varied_copies(folder: Path, n: int) -> list[Path]:
    """``n`` distinct files: the seeds with a line of their own appended (another sha256)."""
    folder.mkdir()
    texts = [p.read_bytes() for p in SEEDS]
    out = []
    for i in range(n):
        out.append(folder / f"f{i:04d}.txt")
        out[-1].write_bytes(texts[i % len(texts)] + f"\n\ncopy {i}\n".encode())
    return out


def _kill_mid_ingest(to: Path, folder: Path, total: int, batch: int) -> None:
    """Run ``abs-nb ingest`` in a process of its own and SIGKILL it once at least two
    batches are stored and before the end (read from its progress bar)."""
    cmd = [sys.executable, "-m", "abs_nb", "ingest", str(folder), "--to", str(to), "--engine", "processes",
           "--workers", "2", "--batch", str(batch)]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env, start_new_session=True)
    seen: list[int] = [0]

    def read() -> None:
        buf = b""
        while chunk := proc.stderr.read1(256):  # type: ignore[union-attr]
            buf = (buf + chunk)[-400:]
            counts = re.findall(rb"(\d+)/%d" % total, buf)
            if counts:
                seen[0] = int(counts[-1])

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    deadline = time.monotonic() + 240
    while seen[0] < 3 * batch and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the ingest ended before it could be killed"
    assert seen[0] < total
    os.killpg(proc.pid, signal.SIGKILL)  # the workers too: nothing is left to finish a batch
    proc.wait(timeout=30)
    reader.join(timeout=10)
    assert proc.returncode == -signal.SIGKILL


@pytest.mark.parametrize("target", ["abs.duckdb", "pq"])
def test_killed_then_resumed_loses_nothing_and_duplicates_nothing(tmp_path, target):
    total, batch = 800, 20
    paths = _varied_copies(tmp_path / "in", total)
    to = tmp_path / target
    _kill_mid_ingest(to, tmp_path / "in", total, batch)
    if target.endswith(".duckdb"):
        stored = duckdb.connect(str(to), read_only=True)
        n = stored.execute("select count(*) from filings").fetchall()[0][0]
        stored.close()
    else:
        n = len(read_parquet(to, "filings"))
    assert 2 * batch <= n < total  # killed in the middle, with whole batches stored
    resumed = abs_nb.ingest(tmp_path / "in", to=to, engine="processes", workers=2, batch=batch, progress=False)
    assert resumed.skipped == n and resumed.added == total - n
    whole = tmp_path / ("whole.duckdb" if target.endswith(".duckdb") else "whole")
    abs_nb.ingest(paths, to=whole, engine="processes", workers=2, batch=batch, progress=False)
    read = duckdb_tables if target.endswith(".duckdb") else parquet_tables
    got, want = read(to), read(whole)
    assert got["filings"]["sha256"].is_unique and len(got["filings"]) == total
    assert_same(got, want)


def test_map_chunks_reads_its_input_only_as_results_are_taken():
    taken: list[int] = []

    def chunks():
        for i in range(1000):
            taken.append(i)
            yield [i]

    results = load_engines.map_chunks(len, chunks(), "processes", workers=2)
    assert next(results) == 1
    assert len(taken) <= 5  # the window (two per worker) and the one that replaced the first
    results.close()


def test_cli_ingest_and_errors(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "abs_nb", "ingest", *map(str, SEEDS), "--to", str(tmp_path / "a.duckdb"),
           "--engine", "serial", "--no-progress"]
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "3 filings added, 0 already stored" in r.stdout
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    assert "0 filings added, 3 already stored" in r.stdout
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.md").write_text("mine")
    r = subprocess.run([*cmd[:-5], "--to", str(tmp_path / "other"), "--no-progress"], capture_output=True,
                       text=True, env=env, timeout=300)
    assert r.returncode == 2 and "a folder with other files" in r.stderr
    assert (tmp_path / "other" / "notes.md").read_text() == "mine"


def test_bad_arguments_are_clear_errors(tmp_path):
    with pytest.raises(abs_nb.InputError, match="engine"):
        abs_nb.ingest(SEEDS, to=tmp_path / "a.duckdb", engine="threads", progress=False)
    with pytest.raises(abs_nb.InputError, match="batch"):
        abs_nb.ingest(SEEDS, to=tmp_path / "a.duckdb", batch=0, progress=False)
    with pytest.raises(abs_nb.InputError, match="nothing matches"):
        abs_nb.ingest(str(tmp_path / "*.none"), to=tmp_path / "a.duckdb", progress=False)
