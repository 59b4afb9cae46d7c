"""Ways to run many ``load`` calls: in this process, in a process pool, or on Dask.

Each returns, in input order, one ``(path, Filing | AbsNbError)`` per path; underneath,
:func:`map_chunks` runs any function over chunks of work on the same engines (also used by
:mod:`abs_nb.corpus.ingest`). Any exception a
worker raises that is not an :class:`AbsNbError` is turned into one (``ParseError``), so a
single bad file never stops a corpus.
"""

from __future__ import annotations

import functools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from abs_nb.collector import gc_paused
from abs_nb.errors import AbsNbError, InputError, ParseError
from abs_nb.load import load
from abs_nb.model import Filing

Result = tuple[str, "Filing | AbsNbError"]
R = TypeVar("R")


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
    for chunk in map_chunks(load_chunk, _chunks(paths, size), "processes", workers):
        yield from chunk
        tick(len(chunk))


def run_dask(paths: Sequence[str], tick: Callable[[int], None]) -> Iterator[Result]:
    """The same parse as tasks on the current ``dask.distributed`` client."""
    for chunk in map_chunks(load_chunk, _chunks(paths, max(1, min(64, len(paths) // 32 or 1))), "dask"):
        yield from chunk
        tick(len(chunk))


ENGINES = ("processes", "dask", "serial")


def map_chunks(fn: Callable[[Any], R], chunks: Iterable[Any], engine: str = "processes",
               workers: int | None = None, per_worker: int = 2) -> Iterator[R]:
    """``fn(chunk)`` for each chunk, yielded in input order, run by ``engine``: ``"serial"``
    (here), ``"processes"`` (a pool of ``workers`` processes, default one per core) or
    ``"dask"`` (tasks on the current ``dask.distributed`` client).

    At most ``per_worker`` chunks per worker (or Dask thread) are in flight: ``chunks`` is
    read only as results are taken, so memory stays bounded whatever their number, and a
    slow consumer holds back the workers instead of piling up their results. Where results
    are small and the consumer pauses (to write them), more in flight keep the workers busy.

    >>> list(map_chunks(len, iter([[1, 2], [3]]), "serial"))
    [2, 1]
    """
    if engine not in ENGINES:
        raise InputError("engine 'processes', 'dask' or 'serial'", repr(engine))
    if engine == "serial":
        yield from map(fn, chunks)
        return
    if engine == "dask":
        client = _dask_client()
        submit = functools.partial(client.submit, pure=False)
        threads = sum(w.get("nthreads", 1) for w in client.scheduler_info().get("workers", {}).values())
        yield from _in_order(lambda c: submit(fn, c), chunks, per_worker * max(1, threads))
        return
    workers = workers or os.cpu_count() or 1
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from _in_order(lambda c: pool.submit(fn, c), chunks, per_worker * workers)


def _in_order(submit: Callable[[Any], Any], chunks: Iterable[Any], window: int) -> Iterator[Any]:
    """Results of futures (concurrent or Dask), in submission order, ``window`` in flight."""
    pending: deque[Any] = deque()
    items = iter(chunks)
    for chunk in items:
        pending.append(submit(chunk))
        if len(pending) >= window:
            break
    while pending:
        result = pending.popleft().result()
        for chunk in items:  # one taken out, one put in
            pending.append(submit(chunk))
            break
        yield result


def _dask_client() -> Any:
    try:
        from dask.distributed import get_client
    except ImportError as err:
        raise InputError("dask.distributed installed (pip install 'abs_nb[dask]')", "no dask") from err
    try:
        return get_client()
    except ValueError as err:
        raise InputError("a running dask.distributed Client (e.g. Client(LocalCluster()))", "no client") from err


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
        if Path(s).is_dir():
            root = Path(s)
            # everything but folders: a broken link or a link loop is reported, not dropped
            found = sorted(str(p) for p in root.rglob("*")
                           if not p.is_dir() and not any(part.startswith(".") for part in p.relative_to(root).parts))
            out.extend(found if found or len(items) == 1 else [s])
        elif any(ch in s for ch in "*?[") and not Path(s).exists():
            found = sorted(p for p in glob.glob(s, recursive=True) if not Path(p).is_dir())
            out.extend(found if found or len(items) == 1 else [s])
        else:
            out.append(s)
    return out
