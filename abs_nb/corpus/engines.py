"""Ways to run many ``load`` calls: in this process, in a process pool, or on Dask.

Each returns, in input order, one ``(path, Filing | AbsNbError)`` per path. Any exception a
worker raises that is not an :class:`AbsNbError` is turned into one (``ParseError``), so a
single bad file never stops a corpus.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from abs_nb.collector import gc_paused
from abs_nb.errors import AbsNbError, InputError, ParseError
from abs_nb.filenames import path_kind
from abs_nb.load import load
from abs_nb.model import Filing

Result = tuple[str, "Filing | AbsNbError"]


def load_one(path: str) -> Result:
    """``load(path)``, never raising: the error is returned instead. ``path`` is a file's
    name, never report text; a folder here is one :func:`expand` kept because it holds no
    file to load."""
    try:
        return path, load(Path(path))
    except AbsNbError as err:
        if isinstance(err, InputError) and err.found == "a directory":  # said for a corpus, not for load()
            return path, InputError("report files in the folder", "no file below it (hidden ones aside)", source=path)
        return path, err
    except Exception as err:  # noqa: BLE001 - a bug must not stop a corpus; it is reported
        return path, ParseError("a readable distribution report", f"an internal error: {type(err).__name__}: {err}",
                                source=path, hint="please report this file")


def load_chunk(paths: Sequence[str]) -> list[Result]:
    """``load_one`` for each path (the unit of work a worker gets), collector paused."""
    with gc_paused():
        return [load_one(p) for p in paths]


def _chunks(paths: Sequence[str], size: int) -> list[list[str]]:
    return [list(paths[i: i + size]) for i in range(0, len(paths), size)]


def run_serial(paths: Sequence[str], tick: Callable[[int], None]) -> Iterator[Result]:
    for p in paths:
        yield load_one(p)
        tick(1)


def run_processes(paths: Sequence[str], workers: int | None, tick: Callable[[int], None]) -> Iterator[Result]:
    """A process pool on this machine's cores; files go in chunks to keep overhead low."""
    workers = workers or os.cpu_count() or 1
    if workers == 1 or len(paths) < 4:
        yield from run_serial(paths, tick)
        return
    size = max(1, min(64, len(paths) // (workers * 8) or 1))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for chunk in pool.map(load_chunk, _chunks(paths, size)):
            yield from chunk
            tick(len(chunk))


def run_dask(paths: Sequence[str], tick: Callable[[int], None]) -> Iterator[Result]:
    """The same parse as tasks on the current ``dask.distributed`` client."""
    try:
        from dask.distributed import as_completed, get_client
    except ImportError as err:
        raise InputError("dask.distributed installed (pip install 'abs_nb[dask]')", "no dask") from err
    try:
        client = get_client()
    except ValueError as err:
        raise InputError("a running dask.distributed Client (e.g. Client(LocalCluster()))", "no client") from err
    chunks = _chunks(paths, max(1, min(64, len(paths) // 32 or 1)))
    futures = client.map(load_chunk, chunks, pure=False)
    order = {f.key: i for i, f in enumerate(futures)}
    done: dict[int, list[Result]] = {}
    for fut in as_completed(futures):
        done[order[fut.key]] = fut.result()
        tick(len(done[order[fut.key]]))
    for i in range(len(chunks)):
        yield from done[i]


def expand(paths_or_glob: object) -> list[str]:
    """A glob string, a folder, a path, or an iterable of them -> file paths.

    A path that names an existing file is taken as it is, even if it holds ``*``, ``?`` or
    ``[`` (``deal [2003-10].txt``). A folder gives every file below it, sorted, except
    hidden files and what hidden folders hold (``.ipynb_checkpoints``, ``.git``); a broken
    link in it is listed too, to be reported. A glob gives the files it matches, sorted
    (folders it matches are not files to load). Nothing given is dropped in silence: a glob
    in a list that matches nothing, or a folder in a list that holds no file, stays in the
    list, to be reported; a single glob or folder that gives nothing gives ``[]``.
    """
    import glob

    if isinstance(paths_or_glob, (bytes, bytearray, memoryview)):
        # report bytes are one report (abs_nb.load reads them); iterated they are numbers
        raise InputError("a glob, a folder, a path or a list of them", "bytes",
                         hint="abs_nb.load(data) reads one report from bytes")
    if isinstance(paths_or_glob, (str, os.PathLike)):
        items = [paths_or_glob]
    else:
        try:
            items = list(paths_or_glob)  # type: ignore[call-overload]
        except TypeError as err:
            raise InputError("a glob, a folder, a path or a list of them", repr(paths_or_glob)) from err
    out: list[str] = []
    for item in items:
        if not isinstance(item, (str, bytes, os.PathLike)):
            raise InputError("a path (str or pathlib.Path) in the list", repr(item)[:80])
        s = os.fsdecode(item) if isinstance(item, (bytes, os.PathLike)) else item
        try:
            kind = path_kind(s)
        except InputError:  # a name the system refuses: loaded, to be reported with the others
            out.append(s)
            continue
        if kind == "folder":
            root = Path(s)
            # everything but folders: a broken link or a link loop is reported, not dropped
            found = sorted(str(p) for p in root.rglob("*")
                           if not p.is_dir() and not any(part.startswith(".") for part in p.relative_to(root).parts))
            out.extend(found if found or len(items) == 1 else [s])
        elif any(ch in s for ch in "*?[") and kind is None:
            found = sorted(p for p in glob.glob(s, recursive=True) if not Path(p).is_dir())
            out.extend(found if found or len(items) == 1 else [s])
        else:
            out.append(s)
    return out
