"""abs_nb.writing: files written whole or not at all, and a folder of files that belong
together replaced in one step. Real files and folders in tmp_path; a failure is a real
exception raised by the writer."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from abs_nb.writing import FolderNotReplaceable, switch_folders, write_all, write_folder


class Stop(Exception):
    """The writer stops here (a full disk, say)."""


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_failed_write_leaves_every_target_as_it_was_and_no_part_file(tmp_path):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text("old a")

    def fail(part: Path) -> None:
        part.write_text("half")
        raise Stop

    with pytest.raises(Stop):
        write_all([(a, lambda part: part.write_text("new a")), (b, fail)])
    assert a.read_text() == "old a" and not b.exists()
    assert _names(tmp_path) == ["a.csv"]


def test_a_target_that_is_a_folder_is_refused_before_anything_is_written(tmp_path):
    (tmp_path / "b.csv").mkdir()
    with pytest.raises(IsADirectoryError):
        write_all([(tmp_path / "a.csv", lambda part: part.write_text("a")),
                   (tmp_path / "b.csv", lambda part: part.write_text("b"))])
    assert _names(tmp_path) == ["b.csv"]


def test_write_folder_replaces_the_set_and_carries_the_other_files(tmp_path):
    folder = tmp_path / "tables"
    write_folder(folder, lambda new: [(new / n).write_text(f"1 {n}") for n in ("x.parquet", "y.parquet")],
                 {"x.parquet", "y.parquet"})
    (folder / "notes.txt").write_text("mine")
    (folder / "link").symlink_to("notes.txt")
    write_folder(folder, lambda new: (new / "x.parquet").write_text("2"), {"x.parquet", "y.parquet"})
    # the new set holds what fill wrote; a name of the set not written again is gone
    assert _names(folder) == ["link", "notes.txt", "x.parquet"]
    assert (folder / "x.parquet").read_text() == "2" and (folder / "notes.txt").read_text() == "mine"
    assert os.readlink(folder / "link") == "notes.txt"
    assert _names(tmp_path) == ["tables"]  # no new or old folder left beside it


def test_write_folder_that_fails_leaves_the_old_set_whole(tmp_path):
    folder = tmp_path / "tables"
    write_folder(folder, lambda new: (new / "x.parquet").write_text("1"), {"x.parquet"})

    def fail(new: Path) -> None:
        (new / "x.parquet").write_text("2")
        raise Stop

    with pytest.raises(Stop):
        write_folder(folder, fail, {"x.parquet"})
    assert (folder / "x.parquet").read_text() == "1" and _names(tmp_path) == ["tables"]


def test_a_subfolder_is_not_replaceable_and_nothing_is_written(tmp_path):
    folder = tmp_path / "tables"
    (folder / "x.parquet").mkdir(parents=True)
    calls = []
    with pytest.raises(FolderNotReplaceable, match="'x.parquet'"):
        write_folder(folder, calls.append, {"x.parquet"})
    assert calls == [] and _names(tmp_path) == ["tables"]


def test_switch_folders_exchanges_the_contents(tmp_path):
    new, folder = tmp_path / "new", tmp_path / "folder"
    new.mkdir()
    folder.mkdir()
    (new / "n").write_text("new")
    (folder / "o").write_text("old")
    switch_folders(new, folder)
    assert _names(folder) == ["n"] and _names(new) == ["o"]
