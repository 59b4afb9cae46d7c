"""abs_nb.corpus.engines: the worker's unit of work and the collector pause around it."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

import abs_nb
from abs_nb.corpus import engines

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "sample_filings").glob("*.txt"))
CORPUS = ROOT.parent / "shared" / "corpus"
DOCS = SEEDS + (sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else [])


def _load_all() -> None:
    for p in DOCS:
        try:
            abs_nb.load(p)
        except abs_nb.AbsNbError:
            pass


def test_a_parse_leaves_no_reference_cycles():
    # the premise of pausing the collector while filings are parsed: every object a load
    # makes is freed by reference counting, so nothing piles up for the collector
    _load_all()  # first-use caches (vocabulary, compiled patterns) are not garbage
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        _load_all()
        found = gc.collect()
    finally:
        if was:
            gc.enable()
    assert found == 0


def test_load_chunk_pauses_the_collector_and_restores_it():
    seen = []
    real = engines.load_one
    try:
        engines.load_one = lambda p: (seen.append(gc.isenabled()), real(p))[1]
        assert gc.isenabled()
        out = engines.load_chunk([str(p) for p in SEEDS])
    finally:
        engines.load_one = real
    assert seen == [False] * len(SEEDS)
    assert gc.isenabled()
    assert [type(r) for _, r in out] == [abs_nb.Filing] * len(SEEDS)


def test_gc_paused_restores_a_disabled_collector_as_disabled_and_survives_errors():
    gc.disable()
    try:
        with engines.gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(ZeroDivisionError), engines.gc_paused():
        1 / 0  # noqa: B018
    assert gc.isenabled()
