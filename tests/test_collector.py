"""abs_nb.collector: the collector paused around a parse, and restored however it ends."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest

import abs_nb
from abs_nb.collector import gc_paused

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "sample_filings" / "002_c10342e102d7429b.txt"
load_module = sys.modules["abs_nb.load"]


def test_gc_paused_restores_a_disabled_collector_as_disabled_and_survives_errors():
    gc.disable()
    try:
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(ZeroDivisionError), gc_paused():
        1 / 0  # noqa: B018
    assert gc.isenabled()


@pytest.fixture
def walk_probe(monkeypatch):
    """The collector's state each time a parse walks a text."""
    seen: list[bool] = []
    real = load_module.walk

    def probe(text):
        seen.append(gc.isenabled())
        return real(text)

    monkeypatch.setattr(load_module, "walk", probe)
    return seen


def test_load_and_load_text_parse_with_the_collector_paused_then_restore_it(walk_probe):
    assert gc.isenabled()
    f = abs_nb.load(SEED)
    g = abs_nb.load_text(SEED.read_text(encoding="utf-8"))
    assert walk_probe == [False, False]
    assert gc.isenabled()
    assert f.meta["series"] == g.meta["series"] == "2002-HE1"


def test_a_failed_load_restores_the_collector(walk_probe):
    with pytest.raises(abs_nb.NotADistributionReport):
        abs_nb.load_text("Minutes of the annual meeting\n\nThe board met on Tuesday.\n" * 20)
    assert walk_probe == [False] and gc.isenabled()
    with pytest.raises(abs_nb.AbsNbError):
        abs_nb.load(ROOT / "no such file.txt")
    assert gc.isenabled()


def test_a_caller_who_switched_the_collector_off_keeps_it_off(walk_probe):
    gc.disable()
    try:
        abs_nb.load(SEED)
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert walk_probe == [False]
