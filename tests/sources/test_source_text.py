"""abs_nb.sources.source_text: what a :class:`SourceText` tells about the text it holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from abs_nb.sources import read_source

from .edgar_builder import SEEDS


@pytest.fixture(params=SEEDS, ids=lambda p: p.name)
def seed(request) -> Path:
    return request.param


def test_repr_is_short(seed: Path):
    r = repr(read_source(seed))
    assert len(r) < 200
    assert seed.name in r and "container='text'" in r


def test_file_line_maps_text_lines_to_file_lines(seed: Path):
    src = read_source(seed)
    assert src.file_line(1) == 1
    assert src.line_count == len(seed.read_text().splitlines())
