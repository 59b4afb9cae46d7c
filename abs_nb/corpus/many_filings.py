"""Many filings at once: ``load_many`` -> :class:`Corpus` with tidy long tables.

>>> import abs_nb
>>> c = abs_nb.load_many("sample_filings/*.txt", progress=False, workers=1)
>>> len(c), len(c.errors)
(3, 0)
>>> sorted(c.classes["series"].unique())
['2002-HE1', '2003-HE2', '2003-HE4']
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path
from typing import Any, overload

import pandas as pd

from abs_nb.collector import gc_paused
from abs_nb.corpus import load_engines, monthly, storage
from abs_nb.corpus import long_tables as stack
from abs_nb.errors import AbsNbError, InputError
from abs_nb.model import Filing
from abs_nb.sources import read_source
from abs_nb.sources.edgar_objects import object_name


class Corpus:
    """Filings loaded together; failures are kept in :attr:`errors`, never dropped."""

    def __init__(self, filings: list[Filing], errors: list[tuple[str, AbsNbError]],
                 duplicates: list[tuple[str, str]] | None = None) -> None:
        self.filings = filings
        self._errors = errors
        self._duplicates = duplicates or []

    def __len__(self) -> int:
        return len(self.filings)

    def __iter__(self) -> Iterator[Filing]:
        return iter(self.filings)

    @overload
    def __getitem__(self, i: int) -> Filing: ...

    @overload
    def __getitem__(self, i: slice) -> Corpus: ...

    def __getitem__(self, i: int | slice) -> Filing | Corpus:
        """A filing, or for a slice a :class:`Corpus` of those filings (errors and
        duplicates belong to the whole load and are kept)."""
        if isinstance(i, slice):
            return Corpus(self.filings[i], self._errors, self._duplicates)
        return self.filings[i]

    def __repr__(self) -> str:
        return f"<Corpus: {len(self)} filings, {len(self._errors)} errors, {len(self._duplicates)} duplicates>"

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        from abs_nb.display.corpus_html import mimebundle

        return mimebundle(self)

    @property
    def errors(self) -> pd.DataFrame:
        """Files that could not be read: ``file`` (its name) and ``reason`` (what was found
        where, without the path) first, so a notebook shows both unclipped; then the full
        ``source`` path, the error type, the whole message and the error itself."""
        return pd.DataFrame(
            [{"file": Path(s).name or s, "reason": _reason(e), "source": s, "error_type": type(e).__name__,
              "message": str(e), "error": e} for s, e in self._errors],
            columns=["file", "reason", "source", "error_type", "message", "error"],
        )

    @property
    def duplicates(self) -> pd.DataFrame:
        """Files skipped because an identical file (same sha256) was already loaded."""
        return pd.DataFrame(self._duplicates, columns=["source", "same_as"])

    @cached_property
    def filings_table(self) -> pd.DataFrame:
        rows = []
        for f in self.filings:
            m = f.meta
            rows.append({k: m.get(k) for k in stack.KEYS} | {
                "layout": m.get("layout"), "form": m.get("form"), "accession": m.get("accession"),
                "cik": m.get("cik"), "checks": f.check_summary()})
        return stack.typed_keys(pd.DataFrame(rows, columns=stack.KEYS + ["layout", "form", "accession", "cik", "checks"]))

    @cached_property
    def classes(self) -> pd.DataFrame:
        return stack.classes(self.filings)

    @cached_property
    def collateral(self) -> pd.DataFrame:
        return stack.collateral(self.filings)

    @cached_property
    def delinquency(self) -> pd.DataFrame:
        return stack.delinquency(self.filings)

    @cached_property
    def deal(self) -> pd.DataFrame:
        return stack.deal(self.filings)

    @cached_property
    def metrics(self) -> pd.DataFrame:
        return stack.metrics(self.filings)

    @cached_property
    def checks(self) -> pd.DataFrame:
        """Every filing's checks plus the month-over-month checks across filings."""
        per_filing = stack.checks(self.filings)
        across = pd.DataFrame(monthly.checks(self.filings))
        if not len(across):  # the same columns either way
            return per_filing.assign(previous_source=pd.Series(dtype=object),
                                     previous_distribution_date=pd.Series(dtype=object))
        return stack.typed_keys(pd.concat([per_filing, across], ignore_index=True, sort=False))

    def history(self) -> pd.DataFrame:
        """One row per deal and distribution date, by deal age: pool factor, SMM/CPR (1, 3, 6,
        12 months), MDR/CDR, severity, delinquency, cumulative loss, O/C, class factors; a
        missing month is a row of NaN (see :func:`abs_nb.surveillance.history`).

        >>> c = load_many("sample_filings/*.txt", progress=False, workers=1)
        >>> c.history()[["deal", "deal_age", "missing"]].values.tolist()
        [['2002-HE1', 0, False], ['2003-HE2', 0, False], ['2003-HE4', 0, False]]
        """
        from abs_nb.surveillance import history

        return history(self)

    def to_parquet(self, folder: str | Path) -> Path:
        """One Parquet file per table (``classes.parquet``, ...) in ``folder``."""
        return storage.to_parquet(self, folder)

    def to_duckdb(self, path: str | Path) -> int:
        """Write or append to a DuckDB database file; returns how many filings were added."""
        return storage.to_duckdb(self, path)


def _reason(e: AbsNbError) -> str:
    """An error's message without the path it names (the ``file`` column says which file).

    >>> from abs_nb.errors import BinaryInput
    >>> _reason(BinaryInput("text", "NUL bytes", source="/a/long/folder/x.txt", line=3))
    'line 3: expected text, found NUL bytes'
    """
    if not isinstance(getattr(e, "expected", None), str):
        return str(e)
    text = f"expected {e.expected}, found {e.found}" + (f" ({e.hint})" if e.hint else "")
    return f"line {e.line}: {text}" if e.line is not None else text


def _progress(total: int, enabled: bool) -> tuple[Any, Any]:
    """``(tick, close)``: ``tick(n)`` after ``n`` files, ``close(summary)`` at the end.

    In a notebook, one output updated in place that ends finished with ``summary`` (what
    a saved notebook shows; :mod:`abs_nb.display.progress`); elsewhere tqdm's text bar
    on stderr, left finished."""
    if not enabled:
        return lambda n: None, lambda summary=None: None
    from abs_nb.display.progress import NotebookProgress, in_notebook

    if in_notebook():
        nb = NotebookProgress(total)
        return nb.update, nb.close
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm is a dependency
        return lambda n: None, lambda summary=None: None
    bar = tqdm(total=total, unit="filing", desc="abs_nb")
    return bar.update, lambda summary=None: bar.close()


def load_many(paths_or_glob: Any, progress: bool = True, workers: int | None = None,
              engine: str = "processes") -> Corpus:
    """Load many filings in parallel (all cores by default) into a :class:`Corpus`.

    ``paths_or_glob``: a glob (``"filings/**/*.txt"``), a folder, a path, or a list of them;
    EDGAR libraries' filings and attachments too (edgartools' ``Filing``, ``Attachment``, or a
    list of them: see :func:`abs_nb.load`).
    ``engine``: ``"processes"`` (a process pool), ``"dask"`` (tasks on the current
    ``dask.distributed`` client) or ``"serial"``. Identical files (same sha256) are loaded
    once; files that fail are listed in ``corpus.errors``. A document holding the statements
    of several series (a master servicer's exhibit) gives one filing per statement, told
    apart by ``meta['statement']`` (the ``statement`` key of every table); a statement that
    cannot be read is an error of its own, naming it.
    """
    if workers is not None and (isinstance(workers, bool) or not isinstance(workers, int) or workers < 0):
        raise InputError("workers: a number of processes (None or 0: one per core)", repr(workers))
    items = load_engines.expand(paths_or_glob)
    if not items:
        raise InputError("files to load", f"nothing matches {paths_or_glob!r}")
    # an EDGAR library's objects are read here, in turn (their own fetching stays in this
    # process); the workers get their text
    paths: list[load_engines.Item] = []
    unread: list[tuple[str, AbsNbError]] = []
    for item in items:
        if isinstance(item, str):
            paths.append(item)
            continue
        try:
            paths.append(read_source(item))
        except AbsNbError as err:
            unread.append((object_name(item), err))
    started = time.monotonic()
    tick, close = _progress(len(paths), progress)
    runs = {"processes": lambda: load_engines.run_processes(paths, workers, tick),
            "dask": lambda: load_engines.run_dask(paths, tick),
            "serial": lambda: load_engines.run_serial(paths, tick)}
    if engine not in runs:
        close("not started")
        raise InputError("engine 'processes', 'dask' or 'serial'", repr(engine))
    try:
        with gc_paused():
            results = list(runs[engine]())
    except BaseException:
        close("stopped")
        raise
    filings: list[Filing] = []
    errors: list[tuple[str, AbsNbError]] = unread
    seen: dict[tuple[str | None, int | None], str] = {}  # (sha256, statement) -> path
    duplicates: list[tuple[str, str]] = []
    for path, result in results:
        if isinstance(result, AbsNbError):
            errors.append((path, result))
            continue
        key = (result.meta.get("sha256"), result.meta.get("statement"))
        if key in seen:
            if not duplicates or duplicates[-1] != (path, seen[key]):  # once per file, not per statement
                duplicates.append((path, seen[key]))
            continue
        seen[key] = path
        filings.append(result)
    close(f"{len(paths)} files read in {time.monotonic() - started:.1f} s: {len(filings)} filings, "
          f"{len(errors)} errors, {len(duplicates)} duplicates")
    return Corpus(filings, errors, duplicates)
