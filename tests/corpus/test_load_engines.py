"""abs_nb.corpus.load_engines: the worker's unit of work, the collector pause around it, and
engine="dask" (the same parse as tasks on a real dask.distributed LocalCluster)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pandas as pd
import pytest

import abs_nb
from abs_nb.corpus import load_engines

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "sample_filings").glob("*.txt"))
CORPUS = ROOT.parent / "shared" / "corpus"
DOCS = SEEDS + (sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else [])


def test_a_parse_leaves_no_reference_cycles():
    # the premise of pausing the collector while filings are parsed: every object a load
    # makes is freed by reference counting, so nothing piles up for the collector. Counted in
    # a process of its own: threads that other tests leave behind (a Dask cluster's) make
    # garbage of their own meanwhile
    script = (
        "import gc, sys, abs_nb\n"
        "def load_all():\n"
        "    for p in sys.argv[1:]:\n"
        "        try:\n"
        "            abs_nb.load(p)\n"
        "        except abs_nb.AbsNbError:\n"
        "            pass\n"
        "load_all()\n"  # first-use caches (vocabulary, compiled patterns) are not garbage
        "gc.collect()\n"
        "gc.disable()\n"
        "load_all()\n"
        "print(gc.collect())\n"
    )
    r = subprocess.run([sys.executable, "-c", script, *map(str, DOCS)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.strip() == "0"


def test_a_chunk_with_files_that_fail_leaves_no_reference_cycles(tmp_path):
    # an error returned as a result keeps no traceback: its frames would hold the chunk's
    # results (the error among them), a cycle that keeps every filing of the chunk until
    # the collector's rare full pass, and a worker's memory would grow with the corpus
    bad = tmp_path / "not-a-report.txt"
    bad.write_text("Nothing here is a distribution report.\n")
    script = (
        "import gc, sys\n"
        "from abs_nb.corpus.load_engines import load_chunk\n"
        "load_chunk(sys.argv[1:])\n"
        "gc.collect()\n"
        "gc.disable()\n"
        "results = load_chunk(sys.argv[1:])\n"
        "assert any(isinstance(r, Exception) for _, r in results)\n"
        "del results\n"
        "print(gc.collect())\n"
    )
    r = subprocess.run([sys.executable, "-c", script, str(bad), *map(str, SEEDS), str(bad)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.strip() == "0"


def test_load_chunk_pauses_the_collector_and_restores_it():
    seen = []
    real = load_engines.load_one
    try:
        load_engines.load_one = lambda p: (seen.append(gc.isenabled()), real(p))[1]
        assert gc.isenabled()
        out = load_engines.load_chunk([str(p) for p in SEEDS])
    finally:
        load_engines.load_one = real
    assert seen == [False] * len(SEEDS)
    assert gc.isenabled()
    assert [type(r) for _, r in out] == [abs_nb.Filing] * len(SEEDS)


def test_expand_takes_an_existing_file_as_it_is_even_with_glob_characters(tmp_path):
    odd = tmp_path / "deal [2003-10].txt"
    odd.write_bytes(SEEDS[0].read_bytes())
    other = tmp_path / "what?.txt"
    other.write_bytes(SEEDS[1].read_bytes())
    assert load_engines.expand([odd, str(other)]) == [str(odd), str(other)]
    c = abs_nb.load_many([odd, other], progress=False, workers=1)
    assert sorted(f.meta["source"] for f in c) == sorted([str(odd), str(other)]) and c.errors.empty


def test_expand_leaves_out_folders_and_hidden_folders(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".ipynb_checkpoints").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("x\n")
    (tmp_path / ".ipynb_checkpoints" / "a-checkpoint.txt").write_text("x\n")
    (tmp_path / ".hidden.txt").write_text("x\n")
    assert load_engines.expand(tmp_path) == [str(tmp_path / "sub" / "a.txt")]
    # a glob that also matches folders gives only the files
    assert load_engines.expand(str(tmp_path / "**")) == [str(tmp_path / "sub" / "a.txt")]


def test_a_glob_in_a_list_that_matches_nothing_is_reported_not_dropped(tmp_path):
    missing = str(tmp_path / "nothing-*.txt")
    c = abs_nb.load_many([SEEDS[0], missing], progress=False, workers=1)
    assert len(c) == 1
    assert c.errors[["source", "error_type"]].values.tolist() == [[missing, "InputError"]]


@pytest.mark.parametrize("bad", [-1, 1.5, "2", True])
def test_a_bad_number_of_workers_is_a_clear_error(bad):
    with pytest.raises(abs_nb.InputError, match="workers"):
        abs_nb.load_many(SEEDS * 2, progress=False, workers=bad)


@pytest.mark.parametrize("given", [SEEDS[0].read_bytes(), bytearray(b"abc"), [str(SEEDS[0]), 7], [None]])
def test_bytes_or_a_list_holding_no_path_is_a_clear_error(given):
    # found by review: load_many(report bytes) iterated them into 12,830 "files"
    with pytest.raises(abs_nb.InputError):
        abs_nb.load_many(given, progress=False)


class _RecordingPool(ProcessPoolExecutor):
    """A real process pool that records how many workers it was asked for."""

    made: list[int | None] = []

    def __init__(self, max_workers: int | None = None, **kw: object) -> None:
        _RecordingPool.made.append(max_workers)
        super().__init__(max_workers=max_workers, **kw)  # type: ignore[arg-type]


def test_the_default_engine_is_a_process_pool_on_every_core(monkeypatch):
    monkeypatch.setattr(load_engines, "ProcessPoolExecutor", _RecordingPool)
    _RecordingPool.made.clear()
    paths = SEEDS * 2 + [ROOT / "sample_filings" / "missing.txt"]  # 7 paths: enough for the pool
    pooled = abs_nb.load_many(paths, progress=False)
    cores = os.cpu_count() or 1
    assert _RecordingPool.made == ([cores] if cores > 1 else [])
    serial = abs_nb.load_many(paths, progress=False, engine="serial")
    pd.testing.assert_frame_equal(pooled.classes, serial.classes)
    assert len(pooled) == 3 and len(pooled.duplicates) == 3 and len(pooled.errors) == 1


def test_the_default_install_needs_no_dask():
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    deps = tomllib.loads(pyproject)["project"]["dependencies"]
    assert not any(d.lower().startswith(("dask", "distributed")) for d in deps)
    # with dask unimportable, loading, comparing and the process pool work; asking for
    # engine="dask" is a clear error
    code = f"""
import sys
sys.modules["dask"] = sys.modules["distributed"] = None
import abs_nb
c = abs_nb.load_many({str(ROOT / "sample_filings" / "*.txt")!r}, progress=False, workers=2)
assert len(c) == 3 and len(abs_nb.compare(c).table.columns) == 3
try:
    abs_nb.load_many({str(ROOT / "sample_filings" / "*.txt")!r}, progress=False, engine="dask")
except abs_nb.InputError as err:
    assert "dask" in str(err)
    print("ok")
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_dask_engine_gives_identical_tables(tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    paths = sorted((ROOT / "sample_filings").glob("*.txt"))
    if CORPUS.is_dir():
        paths += sorted(CORPUS.glob("*.txt"))[:20]
    bad = tmp_path / "bad.txt"
    bad.write_text("")
    paths.append(bad)
    local = abs_nb.load_many(paths, progress=False, engine="serial")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, host="127.0.0.1") as cluster, \
            distributed.Client(cluster):
        remote = abs_nb.load_many(paths, progress=False, engine="dask")
    assert len(remote) == len(local)
    pd.testing.assert_frame_equal(remote.classes, local.classes)
    pd.testing.assert_frame_equal(remote.collateral, local.collateral)
    pd.testing.assert_frame_equal(remote.delinquency, local.delinquency)
    pd.testing.assert_frame_equal(remote.deal, local.deal)
    pd.testing.assert_frame_equal(remote.metrics, local.metrics)
    pd.testing.assert_frame_equal(remote.checks, local.checks)
    assert remote.errors["source"].tolist() == local.errors["source"].tolist()
    assert str(bad) in remote.errors["source"].tolist()


def test_dask_engine_without_a_client_is_a_clear_error():
    pytest.importorskip("dask.distributed")
    with pytest.raises(abs_nb.InputError, match="dask.distributed Client"):
        abs_nb.load_many(str(ROOT / "sample_filings" / "*.txt"), progress=False, engine="dask")
