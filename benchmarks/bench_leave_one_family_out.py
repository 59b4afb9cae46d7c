"""Leave one layout family out: how much of a family is read without the vocabulary rows that
only that family uses (issue #14).

For each layout family of ``../shared/corpus`` (``INDEX.tsv``, column ``layout_family``: its
first word, so the renderings of one trustee's statement are one family) and the seeds
(``sample_filings``, one family), the documents are parsed three times:

1. with the packaged vocabulary, recording which ``fields.csv`` rows each document's
   lookups return (the rows a document uses);
2. the same reading, counted: values read, checks failing, class tables found;
3. with the rows that only this family uses removed (:func:`abs_nb.parse.vocabulary.override`),
   and the cell-table templates (``cell_tables.csv``) only this family needs (a template is
   needed by a document whose reading changes without it).

A family whose values survive step 3 is read by structure, not by a transcript of its words.

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/bench_leave_one_family_out.py [--corpus DIR]``
(add ``--json`` for machine-readable rows).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

import abs_nb
from abs_nb.parse import vocabulary as vocab_mod

ROOT = Path(__file__).resolve().parents[1]
RowKey = tuple[str, str, str, str]  # scope, label, target, field


def packaged_rows() -> list[dict[str, str]]:
    """The rows of ``fields.csv`` as :func:`abs_nb.parse.vocabulary.vocabulary` reads them."""
    text = resources.files("abs_nb.parse").joinpath("fields.csv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return list(csv.DictReader(lines))


def row_key(r: Any) -> RowKey:
    """A row's identity (a csv dict or a vocabulary ``Entry``)."""
    get = r.get if isinstance(r, dict) else (lambda k: getattr(r, k))
    return (get("scope"), get("label"), get("target"), get("field"))


def _forget_derived() -> None:
    """Drop what the parser memoised from the vocabulary (when the parser has such memos)."""
    from abs_nb.parse import engine

    prefixes = getattr(engine, "_meta_prefixes", None)
    if prefixes is not None and hasattr(prefixes, "cache_clear"):
        prefixes.cache_clear()
    meta_lines = getattr(engine, "_META_LINE", None)
    if isinstance(meta_lines, dict):
        meta_lines.clear()


def _templates() -> list[Any]:
    """The cell-table templates of the parser (``cell_tables.csv``), when it has them: a
    second vocabulary, of whole header word runs, that ``override`` does not cover."""
    from abs_nb.parse import cells

    get = getattr(cells, "_templates", None)
    return list(get()) if callable(get) else []


@contextmanager
def templates_without(names: set[str]) -> Iterator[None]:
    """Inside the ``with``: the parser sees no cell-table template named in ``names``."""
    from abs_nb.parse import cells

    if not names or not hasattr(cells, "_templates"):
        yield
        return
    saved = cells._templates
    kept = [t for t in saved() if t[0] not in names]
    cells._templates = lambda: kept  # looked up by name at call time
    try:
        yield
    finally:
        cells._templates = saved


@contextmanager
def recording() -> Iterator[set[RowKey]]:
    """Inside the ``with``: the rows every vocabulary lookup returns are added to the set."""
    v = vocab_mod.vocabulary()
    used: set[RowKey] = set()
    plain = type(v).lookup

    def lookup(label: str, section: str, targets: tuple[str, ...] | None = None) -> Any:
        entry = plain(v, label, section, targets)
        if entry is not None:
            used.add(row_key(entry))
        return entry

    v.lookup = lookup  # type: ignore[method-assign]
    try:
        yield used
    finally:
        del v.lookup


def family_of(layout_family: str, stem: bool = False) -> str:
    """``usbank-html-2005 (one cell per line)`` -> ``usbank-html-2005``; with ``stem`` the
    year a trustee's layout is named after goes too (``usbank-html``: one trustee's layouts
    of two years share what they print).

    >>> family_of("usbank-html-2005 (one cell per line)"), family_of("ctslink-text-2000 (x)", stem=True)
    ('usbank-html-2005', 'ctslink-text')
    """
    name = layout_family.split()[0] if layout_family.strip() else "unknown"
    return re.sub(r"-(?:19|20)\d\d$", "", name) if stem else name


def documents(corpus: Path, stem: bool = False) -> dict[str, list[Path]]:
    """Family -> its documents (the seeds as one family)."""
    out: dict[str, list[Path]] = {"seeds": sorted((ROOT / "sample_filings").glob("*.txt"))}
    index = corpus / "INDEX.tsv"
    if index.exists():
        with open(index, encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh, delimiter="\t"):
                path = corpus / r["file"]
                if path.exists():
                    out.setdefault(family_of(r.get("layout_family") or "", stem), []).append(path)
    return out


def _known(v: Any) -> bool:
    if v is None or v is pd.NA:
        return False
    return not (isinstance(v, float) and math.isnan(v))


def values_of(f: abs_nb.Filing) -> dict[tuple[str, ...], Any]:
    """Every value the filing's tables hold, keyed by table, row and column."""
    out: dict[tuple[str, ...], Any] = {}
    for name in ("classes", "collateral"):
        frame = getattr(f, name)
        for row, rec in frame.iterrows():
            for col, v in rec.items():
                if col in ("factor", "notional", "in_totals", "class_table") or not _known(v):
                    continue
                out[(name, str(row), str(col))] = v
    for col, v in f.totals.items():
        if _known(v):
            out[("totals", "Total", str(col))] = v
    for rec in f.delinquency.itertuples(index=False):
        for col in ("count", "balance", "market_value"):
            v = getattr(rec, col)
            if _known(v):
                out[("delinquency", str(rec.group), str(rec.status), col)] = v
    for col, v in f.deal.items():
        if _known(v):
            out[("deal", "deal", str(col))] = v
    return out


@dataclass
class Reading:
    values: dict[tuple[str, ...], Any] = field(default_factory=dict)
    checks_failing: int = 0
    class_tables: int = 0
    error: str = ""


def read(path: Path) -> Reading:
    _forget_derived()
    try:
        f = abs_nb.load(path)
    except abs_nb.AbsNbError as e:
        return Reading(error=type(e).__name__)
    classes = f.classes
    tables = 0
    if len(classes):
        tables = int(classes["class_table"].max()) if "class_table" in classes and classes["class_table"].notna().any() else 1
    return Reading(values_of(f), int((f.checks["status"] == "fail").sum()), tables)


@dataclass
class FamilyResult:
    family: str
    documents: int
    own_rows: int
    full_values: int
    without_values: int
    without_same: int  # values read without the family's rows that equal the full reading
    full_failing: int
    without_failing: int
    full_tables: int
    without_tables: int
    errors: str


def run(corpus: Path, stem: bool = False) -> list[FamilyResult]:
    families = documents(corpus, stem)
    rows = packaged_rows()
    used: dict[Path, set[RowKey]] = {}
    full: dict[Path, Reading] = {}
    for docs in families.values():
        for path in docs:
            with recording() as seen:
                full[path] = read(path)
            used[path] = set(seen)
    # a template is used by a document whose reading changes without it
    for t in _templates():
        with templates_without({t[0]}):
            for docs in families.values():
                for path in docs:
                    if read(path).values != full[path].values:
                        used[path].add(("template", t[0], "", ""))
    by_family = {fam: set().union(*(used[p] for p in docs)) if docs else set() for fam, docs in families.items()}
    results = []
    for fam, docs in families.items():
        others = set().union(*(u for g, u in by_family.items() if g != fam))
        own = by_family[fam] - others
        kept = [r for r in rows if row_key(r) not in own]
        with vocab_mod.override(kept), templates_without({k[1] for k in own if k[0] == "template"}):
            without = {p: read(p) for p in docs}
        _forget_derived()
        same = sum(1 for p in docs for k, v in without[p].values.items()
                   if k in full[p].values and str(full[p].values[k]) == str(v))
        errors = sorted({r.error for p in docs for r in (full[p], without[p]) if r.error})
        results.append(FamilyResult(
            fam, len(docs), len(own),
            sum(len(full[p].values) for p in docs), sum(len(without[p].values) for p in docs), same,
            sum(full[p].checks_failing for p in docs), sum(without[p].checks_failing for p in docs),
            sum(full[p].class_tables for p in docs), sum(without[p].class_tables for p in docs),
            ", ".join(errors)))
    return results


def table(results: list[FamilyResult]) -> str:
    head = (f"{'family':36} {'docs':>4} {'own rows':>8} {'values full':>11} {'without':>8} {'same':>6} {'kept %':>7}"
            f" {'fail full':>9} {'fail w/o':>8} {'tables full':>11} {'tables w/o':>10}  errors")
    out = [head, "-" * len(head)]
    tot = FamilyResult("all", 0, 0, 0, 0, 0, 0, 0, 0, 0, "")
    for r in results:
        kept = 100 * r.without_same / r.full_values if r.full_values else float("nan")
        out.append(f"{r.family[:36]:36} {r.documents:4} {r.own_rows:8} {r.full_values:11} {r.without_values:8}"
                   f" {r.without_same:6} {kept:6.1f}% {r.full_failing:9} {r.without_failing:8} {r.full_tables:11}"
                   f" {r.without_tables:10}  {r.errors}")
        for name in ("documents", "own_rows", "full_values", "without_values", "without_same", "full_failing",
                     "without_failing", "full_tables", "without_tables"):
            setattr(tot, name, getattr(tot, name) + getattr(r, name))
    kept = 100 * tot.without_same / tot.full_values if tot.full_values else float("nan")
    out += ["-" * len(head),
            f"{'all':36} {tot.documents:4} {tot.own_rows:8} {tot.full_values:11} {tot.without_values:8}"
            f" {tot.without_same:6} {kept:6.1f}% {tot.full_failing:9} {tot.without_failing:8} {tot.full_tables:11}"
            f" {tot.without_tables:10}"]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--json", action="store_true", help="one JSON object per family")
    ap.add_argument("--stem", action="store_true",
                    help="one family per trustee layout, whatever its year (usbank-html-2004 and -2005 together)")
    a = ap.parse_args(argv)
    results = run(a.corpus, a.stem)
    if a.json:
        for r in results:
            print(json.dumps(r.__dict__))
    else:
        print(table(results))
        print("\nown rows: fields.csv rows (and cell_tables.csv templates) only this family's documents use; values: non-empty cells of "
              "classes, totals, collateral, delinquency and deal; same: read without the own rows and equal "
              "to the full reading; fail: checks with status fail; tables: class tables found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
