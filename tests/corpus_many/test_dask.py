"""engine="dask": the same parse as tasks on a real dask.distributed LocalCluster."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import abs_nb

distributed = pytest.importorskip("dask.distributed")
ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"


def test_dask_engine_gives_identical_tables(tmp_path):
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
    with pytest.raises(abs_nb.InputError, match="dask.distributed Client"):
        abs_nb.load_many(str(ROOT / "sample_filings" / "*.txt"), progress=False, engine="dask")
