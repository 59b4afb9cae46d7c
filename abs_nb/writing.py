"""Files written whole or not at all: each to a part file beside its place, then all renamed.

A failed write (a full disk, a permission, a folder named like a target) leaves every
target as it was and no part file behind; the error is raised to the caller, which says
what was expected.

>>> import pathlib, tempfile
>>> out = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
>>> write_all([(out, lambda part: part.write_text("whole"))])
>>> out.read_text(), sorted(p.name for p in out.parent.iterdir())
('whole', ['a.txt'])
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
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


__all__ = ["write_all"]
