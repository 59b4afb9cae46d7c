"""abs_nb.sources.source_text: what a :class:`SourceText` tells about the text it holds."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from abs_nb.sources import SourceText, read_source

from .edgar_builder import SEED_001, SEEDS, build_submission


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


@pytest.mark.parametrize(("text", "lines"), [("", 0), ("a", 1), ("a\n", 1), ("a\nb", 2), ("a\nb\n", 2), ("\n\n", 2)])
def test_line_count_counts_a_last_line_without_its_newline(text: str, lines: int):
    src = SourceText(text=text, name="<text>", sha256="0" * 64, container="text", encoding="str")
    assert src.line_count == lines


def test_file_line_adds_where_the_exhibit_starts_in_the_submission():
    sub = build_submission()
    src = read_source(sub.text.encode())
    assert src.container == "edgar-submission"
    assert src.file_line(1) == sub.exhibit_start + 1  # 1-based, in the whole submission file
    text = src.text.split("\n")
    for n in (1, 10, src.line_count):  # 1-based lines of the exhibit text
        if n - 1 not in sub.tag_lines:  # a layout-tag line reads as an empty line
            assert sub.lines[src.file_line(n) - 1] == text[n - 1]


def test_a_source_text_is_frozen_and_its_repr_holds_no_text():
    src = read_source(SEED_001)
    with pytest.raises(FrozenInstanceError):
        src.text = "changed"  # type: ignore[misc]
    assert "STATEMENT" not in repr(src)
    assert f"lines={src.line_count}" in repr(src) and f"sha256='{src.sha256[:12]}...'" in repr(src)
