"""What did the library understand in a folder of downloaded filings? One row per file
(per statement of a file holding the statements of several series).

>>> import abs_nb
>>> table = abs_nb.scan("sample_filings")
>>> table[["file", "status", "classes", "groups"]].to_string(index=False).splitlines()[1].split()
['000_2d551bf597d89db6.txt', 'checks-failed', '13', '3']
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from abs_nb.errors import AbsNbError, InputError
from abs_nb.filenames import path_kind, utf8_name
from abs_nb.load import load_statements
from abs_nb.model import Filing

COLUMNS = [
    "file", "statements", "statement", "status", "layout", "series", "distribution_date", "classes", "groups",
    "delinquency_rows", "deal_fields", "checks_pass", "checks_repaired", "checks_warn",
    "checks_fail", "unmapped", "error",
]
_SUFFIXES = {".txt", ".htm", ".html", ".nc", ".sgml"}


def _files(folder: Path, pattern: str | None) -> Iterable[Path]:
    if path_kind(folder, "a folder or file to scan") != "folder":
        return [folder]
    if pattern is not None and (Path(pattern).is_absolute() or ".." in Path(pattern).parts):
        # a pattern is matched below the folder: one that leaves it is refused, not followed
        raise InputError("a glob relative to the folder, such as '*.txt' or '2003/*.txt'", repr(pattern),
                         source=str(folder))
    found = folder.rglob(pattern) if pattern else (p for p in folder.rglob("*") if p.suffix.lower() in _SUFFIXES)
    return sorted(p for p in found if p.is_file())


def scan(folder: str | Path, pattern: str | None = None) -> pd.DataFrame:
    """One row per file under ``folder`` (``pattern`` is a glob such as ``"*.txt"``).

    ``status`` is ``ok`` (every check passes or is repaired), ``warnings``, ``checks-failed``,
    ``partial`` (metadata read, no table understood) or ``error`` (an :class:`AbsNbError`,
    whose message is in ``error``). Nothing is skipped silently. ``statements`` is how many
    statements the file holds; a file holding several (a master servicer's exhibit) has a
    row per statement, numbered in ``statement`` (``<NA>`` for a file holding one).
    """
    folder = Path(folder)
    if path_kind(folder, "a folder or file to scan") is None:
        raise InputError("a folder or file to scan", "nothing at that path", source=str(folder))
    rows = []
    for path in _files(folder, pattern):
        # a name that is not UTF-8 on disk keeps its bytes visible (\\xff): the table can still
        # be written to CSV or Parquet
        name = utf8_name(str(path.relative_to(folder)) if folder.is_dir() else path.name)
        try:
            results = load_statements(path)
        except AbsNbError as err:
            rows.append({"file": name, "status": "error", "error": f"{type(err).__name__}: {err}"})
            continue
        for k, result in enumerate(results, 1):
            row = _row(result) | {"file": name, "statements": len(results)}
            rows.append(row | {"statement": k} if len(results) > 1 else row)
    out = pd.DataFrame(rows, columns=COLUMNS)
    for c in ["statements", "statement", *COLUMNS[7:16]]:
        out[c] = out[c].astype("Int64")
    return out


def _row(f: Filing | AbsNbError) -> dict[str, object]:
    """What scan says of one filing (or of the error reading it)."""
    if isinstance(f, AbsNbError):
        return {"status": "error", "error": f"{type(f).__name__}: {f}"}
    counts = {s: 0 for s in ("pass", "repaired", "warn", "fail")}
    for r in f.check_rows:
        counts[r.status] = counts.get(r.status, 0) + 1
    p = f.parsed
    if p.empty:
        status = "partial"
    elif counts["fail"]:
        status = "checks-failed"
    elif counts["warn"]:
        status = "warnings"
    else:
        status = "ok"
    return {
        "status": status, "layout": f.meta.get("layout"), "series": f.meta.get("series"),
        "distribution_date": f.meta.get("distribution_date"), "classes": len(p.classes),
        "groups": len(p.collateral), "delinquency_rows": len(p.delinquency), "deal_fields": len(p.deal),
        "checks_pass": counts["pass"], "checks_repaired": counts["repaired"], "checks_warn": counts["warn"],
        "checks_fail": counts["fail"], "unmapped": len(p.unmapped), "error": None,
    }


# (header, width, right-aligned) of a terminal line of the scan; the widths add up to 100
# columns with the spaces between them
_LINE = [("file", 32, False), ("status", 13, False), ("series", 10, False), ("date", 10, False),
         ("cls", 3, True), ("grp", 3, True), ("pass", 4, True), ("rep", 3, True), ("warn", 4, True),
         ("fail", 4, True), ("unm", 4, True)]


def _fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters, its middle replaced by ``~`` (ASCII, for any
    terminal; the end of a file name tells files apart).

    >>> _fit("household-hel-2001-1-2001-08-statement.txt", 24)
    'household-he~atement.txt'
    """
    if len(text) <= width:
        return text
    keep = width - 1
    return text[: keep - keep // 2] + "~" + text[len(text) - keep // 2:]


def scan_lines(table: pd.DataFrame, width: int = 100) -> list[str]:
    """The scan as lines that fit a terminal of ``width`` columns (100 by default): one line
    per file (file, status, series, date, classes, groups, checks pass / repaired / warn /
    fail, unmapped), then each error wrapped under a line of its own, then a total line.

    >>> import abs_nb
    >>> lines = scan_lines(abs_nb.scan("sample_filings"))
    >>> max(len(x) for x in lines) <= 100, lines[-1]
    (True, '13 files: 12 warnings, 1 checks-failed')
    """
    def cell(v: object) -> str:
        return "" if v is None or (isinstance(v, float) and v != v) or v is pd.NA else str(v)

    out = [" ".join(f"{h:>{w}}" if right else f"{h:<{w}}" for h, w, right in _LINE).rstrip()]
    keys = ["file", "status", "series", "distribution_date", "classes", "groups", "checks_pass",
            "checks_repaired", "checks_warn", "checks_fail", "unmapped"]
    for rec in table.to_dict("records"):
        parts = []
        for (_h, w, right), k in zip(_LINE, keys, strict=True):
            text = _fit(cell(rec.get(k)), w)
            parts.append(f"{text:>{w}}" if right else f"{text:<{w}}")
        out.append(" ".join(parts).rstrip())
    for rec in table[table["status"] == "error"].to_dict("records"):
        out.extend(textwrap.wrap(f"error: {rec['file']}: {rec['error']}", width=width, subsequent_indent="  ",
                                 break_long_words=True, break_on_hyphens=False))
    counts = table["status"].value_counts()
    files = table["file"].nunique() if len(table) else 0
    several = f" ({len(table)} statements)" if len(table) > files else ""
    out.append(f"{files} files{several}: " + ", ".join(f"{n} {st}" for st, n in counts.items()))
    return out
