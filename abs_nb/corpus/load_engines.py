"""Ways to run many ``load`` calls: in this process, in a process pool, or on Dask.

Each returns, in input order, one ``(path, Filing | AbsNbError)`` per statement of each path
(one per path, except for a document holding the statements of several series);
underneath, :func:`map_chunks` runs any function over chunks of work on the same engines
(also used by :mod:`abs_nb.corpus.ingest`). Any exception a worker raises that is not an
:class:`AbsNbError` is turned into one (``ParseError``), so a single bad file never stops a
corpus. With fewer files than twice the
workers, a file holding many statements is shared out among the workers in parts (a run of
its statements each), so one master servicer's exhibit uses every core.
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
from abs_nb.errors import AbsNbError, InputError, ParseError, detached
from abs_nb.filenames import path_kind
from abs_nb.load import load_statements, report_text
from abs_nb.model import Filing
from abs_nb.sources import SourceText, read_source
from abs_nb.sources.edgar_objects import is_edgar_object
from abs_nb.sources.statements import split_statements

Result = tuple[str, "Filing | AbsNbError"]
#: what a worker loads: a file's path, or a report already read (an EDGAR library's object)
Item = str | SourceText
Part = tuple[Item, "tuple[int, ...] | None"]  # a file and which of its statements (None: all)
MIN_PART = 8  # statements in a part of a file shared out among workers
R = TypeVar("R")


def load_one(path: Item, statements: Sequence[int] | None = None) -> list[Result]:
    """Every statement of ``path`` (:func:`abs_nb.load.load_statements`), or those numbered
    in ``statements``, never raising: an error is returned instead. ``path`` is a file's
    name, never report text, or a report already read (an EDGAR library's object, read by
    ``load_many`` before the work is shared out); a folder here is one :func:`expand` kept
    because it holds no file to load."""
    name = path if isinstance(path, str) else path.name
    source = Path(path) if isinstance(path, str) else path
    try:
        return [(name, r) for r in load_statements(source, only=None if statements is None else set(statements))]
    except AbsNbError as err:
        if isinstance(err, InputError) and err.found == "a directory":  # said for a corpus, not for load()
            return [(name, InputError("report files in the folder", "no file below it (hidden ones aside)",
                                      source=name))]
        return [(name, detached(err))]
    except Exception as err:  # noqa: BLE001 - a bug must not stop a corpus; it is reported
        return [(name, ParseError("a readable distribution report", f"an internal error: {type(err).__name__}: {err}",
                                  source=name, hint="please report this file"))]


def load_chunk(items: Sequence[Item | Part]) -> list[Result]:
    """``load_one`` for each path, or part of a file (the unit of work a worker gets),
    collector paused."""
    with gc_paused():
        out: list[Result] = []
        for item in items:
            out.extend(load_one(*item) if isinstance(item, tuple) else load_one(item))
        return out


def _chunks(items: Sequence[Part], size: int) -> list[list[Part]]:
    return [list(items[i: i + size]) for i in range(0, len(items), size)]


def parts(paths: Sequence[Item], workers: int) -> list[Part]:
    """The units of work: each file whole, except that with fewer files than twice the
    workers a file holding at least ``2 * MIN_PART`` statements is cut into runs of its
    statements (about four per worker), read again by each worker that gets one."""
    if workers < 2 or len(paths) >= 2 * workers:
        return [(p, None) for p in paths]
    out: list[Part] = []
    for p in paths:
        if not isinstance(p, str):
            out.append((p, None))
            continue
        try:
            n = len(split_statements(report_text(read_source(Path(p)))))
        except AbsNbError:
            n = 1  # the worker reports the error
        if n < 2 * MIN_PART:
            out.append((p, None))
            continue
        size = max(MIN_PART, -(-n // (workers * 4)))
        out.extend((p, tuple(range(a, min(n, a + size - 1) + 1))) for a in range(1, n + 1, size))
    return out


def _files_done(chunk: Sequence[Part], counts: dict[str, int]) -> int:
    """How many files a chunk finishes (a file cut into parts is done with its last)."""
    return sum(1 for p, numbers in chunk if numbers is None or numbers[-1] == counts.get(p))


def _counts(items: Sequence[Part]) -> dict[str, int]:
    """The statement count of each file cut into parts (its last part's last number)."""
    return {p: numbers[-1] for p, numbers in items if numbers is not None}


def run_serial(paths: Sequence[Item], tick: Callable[[int], None]) -> Iterator[Result]:
    for p in paths:
        yield from load_one(p)
        tick(1)


def run_processes(paths: Sequence[Item], workers: int | None, tick: Callable[[int], None]) -> Iterator[Result]:
    """A process pool on this machine's cores; files go in chunks to keep overhead low."""
    workers = workers or os.cpu_count() or 1
    items = parts(paths, workers)
    if workers == 1 or len(items) < 4:
        yield from run_serial(paths, tick)
        return
    size = max(1, min(64, len(items) // (workers * 8) or 1))
    counts = _counts(items)
    chunks = _chunks(items, size)
    for chunk, results in zip(chunks, map_chunks(load_chunk, chunks, "processes", workers), strict=True):
        yield from results
        tick(_files_done(chunk, counts))


def run_dask(paths: Sequence[Item], tick: Callable[[int], None]) -> Iterator[Result]:
    """The same parse as tasks on the current ``dask.distributed`` client."""
    client = _dask_client()
    items = parts(paths, sum(client.nthreads().values()) or 1)
    counts = _counts(items)
    chunks = _chunks(items, max(1, min(64, len(items) // 32 or 1)))
    for chunk, results in zip(chunks, map_chunks(load_chunk, chunks, "dask"), strict=True):
        yield from results
        tick(_files_done(chunk, counts))


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


def expand(paths_or_glob: object) -> list[Any]:
    """A glob string, a folder, a path, or an iterable of them -> file paths. An EDGAR
    library's filing or attachment (:mod:`abs_nb.sources.edgar_objects`), alone or in the
    list, is kept as it is.

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
    if isinstance(paths_or_glob, (str, os.PathLike)) or is_edgar_object(paths_or_glob):
        items = [paths_or_glob]
    else:
        try:
            items = list(paths_or_glob)  # type: ignore[call-overload]
        except TypeError as err:
            raise InputError("a glob, a folder, a path or a list of them", repr(paths_or_glob)) from err
    out: list[Any] = []
    for item in items:
        if is_edgar_object(item):
            out.append(item)
            continue
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
