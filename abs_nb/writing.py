"""Files written whole or not at all: each to a part file beside its place, then all renamed.

A failed write (a full disk, a permission, a folder named like a target) leaves every
target as it was and no part file behind; the error is raised to the caller, which says
what was expected.

>>> import pathlib, tempfile
>>> out = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
>>> write_all([(out, lambda part: part.write_text("whole"))])
>>> out.read_text(), sorted(p.name for p in out.parent.iterdir())
('whole', ['a.txt'])

A set of files that belong together (a corpus's Parquet tables) is written by
:func:`write_folder`: into a new folder beside the old one, which then takes the old
one's place in one rename (an exchange of the two), so a reader of the folder sees the
whole old set or the whole new one, never a mix, whenever the writer stops.

>>> folder = pathlib.Path(tempfile.mkdtemp()) / "tables"
>>> write_folder(folder, lambda new: (new / "a.txt").write_text("one"), {"a.txt"})
>>> write_folder(folder, lambda new: (new / "a.txt").write_text("two"), {"a.txt"})
>>> (folder / "a.txt").read_text(), sorted(p.name for p in folder.parent.iterdir())
('two', ['tables'])
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import shutil
import sys
from collections.abc import Callable, Collection, Sequence
from pathlib import Path


def write_all(targets: Sequence[tuple[Path, Callable[[Path], object]]]) -> None:
    """``write(part)`` for every ``(target, write)``, then every part renamed to its target.
    Raises what a write raised (``OSError``, ``UnicodeError``, ...) after removing the parts;
    a target that is a folder raises ``IsADirectoryError`` before anything is written."""
    for target, _ in targets:
        if target.is_dir():
            raise IsADirectoryError(f"{target} is a folder")
    parts: list[Path] = []
    try:
        for target, write in targets:
            parts.append(target.with_name(f".{target.name}.{os.getpid()}.part{target.suffix}"))
            write(parts[-1])
        for part, (target, _) in zip(parts, targets, strict=True):
            os.replace(part, target)
    finally:
        for part in parts:
            if part.exists():
                part.unlink()


class FolderNotReplaceable(Exception):
    """The folder holds something :func:`write_folder` cannot carry into the new set."""


def write_folder(folder: Path, fill: Callable[[Path], object], names: Collection[str]) -> None:
    """``fill(new)`` writes the files ``names`` into a new folder beside ``folder``; the new
    folder then replaces ``folder`` in one step. Other files already in ``folder`` are
    carried over (linked, or copied where links are refused); the old set is removed last.

    Raises what ``fill`` or the file system raised (nothing replaced, the new folder
    removed), or :class:`FolderNotReplaceable` when ``folder`` holds a subfolder (a
    folder named like one of ``names``, or any other), before anything is written.
    """
    folder = Path(os.path.realpath(folder))  # a link to a folder: the folder it names is replaced
    carried: list[os.DirEntry[str]] = []
    if folder.is_dir():
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    raise FolderNotReplaceable(f"a subfolder {entry.name!r}")
                if entry.name not in names:
                    carried.append(entry)
    new = folder.with_name(f".{folder.name}.{os.getpid()}.new")
    if new.exists():  # left by a writer of this process id that was stopped
        shutil.rmtree(new)
    new.mkdir()
    try:
        for entry in carried:
            _carry(Path(entry.path), new / entry.name)
        fill(new)
        if folder.exists():
            switch_folders(new, folder)  # ``new`` now names the old set
        else:
            os.rename(new, folder)
    finally:
        shutil.rmtree(new, ignore_errors=True)


def _carry(source: Path, target: Path) -> None:
    """``source`` present at ``target`` too: a hard link, else a copy (links kept as links)."""
    if source.is_symlink():
        os.symlink(os.readlink(source), target)
        return
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _renameat2() -> Callable[..., int] | None:
    """Linux's renameat2(2) from the C library (glibc 2.28 or later), or None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    fn.restype = ctypes.c_int
    return fn  # type: ignore[no-any-return]


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def switch_folders(new: Path, folder: Path) -> None:
    """``new`` takes the place of ``folder`` and ``folder``'s contents end up at ``new``:
    one atomic exchange where the system offers it (Linux); elsewhere two renames, the old
    folder first set aside (a reader between the two finds no folder, never a mix)."""
    exchange = _renameat2()
    if exchange is not None:
        if exchange(_AT_FDCWD, os.fsencode(new), _AT_FDCWD, os.fsencode(folder), _RENAME_EXCHANGE) == 0:
            return
        err = ctypes.get_errno()
        if err not in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):  # refused by the file system: fall back
            raise OSError(err, os.strerror(err), str(folder))
    aside = folder.with_name(f".{folder.name}.{os.getpid()}.old")
    os.rename(folder, aside)
    os.rename(new, folder)
    os.rename(aside, new)


__all__ = ["FolderNotReplaceable", "switch_folders", "write_all", "write_folder"]
