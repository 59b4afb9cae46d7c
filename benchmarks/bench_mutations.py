"""Benchmark: is every wrong or unread number flagged? One-character mutations of real filings.

Run: ``.venv/bin/python benchmarks/bench_mutations.py [--limit N] [--workers W]``.

For every printed figure the parse read (its span in the provenance) of the seeds, and of
every complete row of the corpus documents in ``../shared/corpus`` (a row every column of
its table printed a figure for; the deal's and the delinquency table's figures are rows
of their own), three mutations are made, each of one character of the report text:

- ``digit``: one digit of the figure changed to another digit;
- ``letter``: one digit replaced by a letter of like shape (``0`` -> ``O``, ``1`` -> ``l``);
- ``footnote``: the character after the figure (a blank) replaced by a footnote mark ``*``,
  or one digit replaced by it when the figure ends its line.

The mutated text is loaded and the outcome counted, against the unmutated text loaded the
same way (:func:`abs_nb.load_text`):

- ``flagged``: the set of non-pass checks changed (a check that passed no longer does, or a
  new non-pass check), or the load raised an :class:`abs_nb.AbsNbError`;
- ``silent-wrong``: the figure's value differs and every check is as before;
- ``silent-lost``: the figure's value is gone (NaN) and every check is as before;
- ``silent-same``: the value is what was printed before (a footnote mark read past) and
  every check is as before: no loss.

The goal (issue #15): silent-lost = 0 and silent-wrong <= 2% of the value-changing
mutations (``digit`` and ``letter``). The table is printed by mutation kind, then by table
and column. ``--limit N`` samples at most N figures per document (the same ones every run).

The unmodified documents' non-pass checks are compared with a file written by an earlier
run (``--write-checks FILE`` on the code before a change, ``--against FILE`` after): each
non-pass check that is new is listed, and the run exits 1 if there is one.

``--ignore-check unverified`` leaves the ``unverified`` check (the figures no identity
covers, listed with their values) out of the comparison: the table then counts what the
identities alone catch. ``--examples FILE`` writes every silent outcome to FILE.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from _mix import sources

import abs_nb
from abs_nb.model import Filing

KINDS = ("digit", "letter", "footnote")
LIKE = {"0": "O", "1": "l", "2": "Z", "5": "S", "6": "b", "8": "B"}
Key = tuple[str, str, str]


def nonpass(f: Filing, ignore: frozenset[str] = frozenset()) -> set[tuple[str, str, str, str]]:
    """The non-pass checks of ``f``, with what they compared (rounded to the cent) and said;
    checks named in ``ignore`` are left out (to measure what the other checks catch)."""
    out = set()
    for r in f.check_rows:
        if r.status != "pass" and r.check not in ignore:
            out.add((r.check, r.subject, r.status, f"{_round(r.expected)}|{_round(r.actual)}|{r.detail}"))
    return out


def _round(x: float) -> str:
    return "nan" if x != x else f"{x:.2f}"


def figures(f: Filing, corpus_doc: bool) -> list[tuple[Key, tuple[int, int, int]]]:
    """The figures to mutate: every numeric printed figure (of complete rows, for a corpus
    document), in the order of the text."""
    p = f.parsed
    prov = p.provenance
    cols: dict[str, set[str]] = defaultdict(set)
    rows: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (table, row, col) in prov:
        cols[table].add(col)
        rows[(table, row)].add(col)
    out = []
    for key, where in prov.items():
        table, row, col = key
        value = p.get(table, row, col)
        if not isinstance(value, float) or math.isnan(value):
            continue
        if corpus_doc and table in ("classes", "collateral") and rows[(table, row)] != cols[table]:
            continue  # a row missing some column of its table: not complete
        out.append((key, where))
    out.sort(key=lambda kw: kw[1][1])
    return out


def mutate(text: str, start: int, end: int, kind: str, rng: random.Random) -> str | None:
    """``text`` with one character of the figure at ``start:end`` changed (see module doc)."""
    fig = text[start:end]
    digits = [i for i, ch in enumerate(fig) if ch.isdigit()]
    if not digits:
        return None
    if kind == "footnote" and end < len(text) and text[end] in " \t|":
        return text[:end] + "*" + text[end + 1:]
    pos = rng.choice(digits)
    old = fig[pos]
    if kind == "digit":
        lead = pos == digits[0] and len(digits) > 1
        choices = [d for d in "0123456789" if d != old and not (lead and d == "0")]
        new = rng.choice(choices)
    elif kind == "letter":
        new = LIKE.get(old, "O")
    else:
        new = "*"
    at = start + pos
    return text[:at] + new + text[at + 1:]


def run_document(args: tuple[str, bool, int | None, bool, frozenset[str]]) -> dict[str, object]:
    """Every mutation of one document; counts by (kind, table, column, outcome)."""
    path_s, corpus_doc, limit, every_example, ignore = args
    path = Path(path_s)
    try:
        first = abs_nb.load(path)
    except abs_nb.AbsNbError as err:  # not read at all: nothing to mutate
        return {"doc": path.name, "counts": [], "examples": {}, "figures": 0, "error": str(err)}
    text = first.source_text
    base = abs_nb.load_text(text, name=path.name)
    base_checks = nonpass(base, ignore)
    figs = figures(base, corpus_doc)
    rng = random.Random(zlib.crc32(path.name.encode()))
    if limit is not None and len(figs) > limit:
        figs = sorted(rng.sample(figs, limit), key=lambda kw: kw[1][1])
    counts: Counter[tuple[str, str, str, str]] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for key, (line, start, end) in figs:
        before = base.parsed.get(*key)
        for kind in KINDS:
            mutated = mutate(text, start, end, kind, rng)
            if mutated is None:
                continue
            try:
                g = abs_nb.load_text(mutated, name=path.name)
            except abs_nb.AbsNbError:
                counts[(kind, key[0], key[2], "flagged")] += 1
                continue
            after = g.parsed.get(*key)
            if nonpass(g, ignore) != base_checks:
                outcome = "flagged"
            elif isinstance(after, float) and math.isnan(after) or not isinstance(after, (int, float)):
                outcome = "silent-lost"
            elif after == before:
                outcome = "silent-same"
            else:
                outcome = "silent-wrong"
            counts[(kind, key[0], key[2], outcome)] += 1
            if outcome in ("silent-lost", "silent-wrong") and (len(examples[outcome]) < 3 or every_example):
                old_line = text[text.rfind("\n", 0, start) + 1:text.find("\n", end)]
                new_line = mutated[mutated.rfind("\n", 0, start) + 1:mutated.find("\n", end)]
                examples[outcome].append(f"{path.name}:{line} {'/'.join(key)} {before!r}->{after!r}: "
                                         f"{old_line.strip()[:90]!r} -> {new_line.strip()[:90]!r}")
    return {"doc": path.name, "counts": [[*k, n] for k, n in counts.items()], "examples": dict(examples),
            "figures": len(figs)}


def unmodified_checks(paths: Iterable[Path]) -> dict[str, list[list[str]]]:
    """Per document, its non-pass checks (check, subject, status) as loaded from its file."""
    out = {}
    for path in paths:
        try:
            f = abs_nb.load(path)
        except abs_nb.AbsNbError as err:
            out[path.name] = [["error", type(err).__name__, "error"]]
            continue
        out[path.name] = sorted([r.check, r.subject, r.status] for r in f.check_rows if r.status != "pass")
    return out


def _same_check(row: list[str]) -> tuple[str, ...]:
    """A non-pass check's identity across two readings of one document: its name, status and
    subject, the numbers of the subject left out (``unmapped_figures`` on "16 lines").

    >>> _same_check(["unmapped_figures", "16 lines", "warn"]) == _same_check(["unmapped_figures", "14 lines", "warn"])
    True
    """
    return (row[0], re.sub(r"\d+", "#", row[1]), row[2])


def is_new(row: list[str], before: list[list[str]]) -> bool:
    """Is the non-pass check ``row`` new against the checks ``before`` of the same document?
    Not where one of them is the same check (:func:`_same_check`), nor where one of the same
    name and status listed every item its subject lists, and more (``sections`` on
    "collateral, delinquency" after "collateral, delinquency, deal": the warn narrowed, a
    table found since).

    >>> before = [["sections", "collateral, delinquency, deal", "warn"]]
    >>> is_new(["sections", "collateral, delinquency", "warn"], before), is_new(["sections", "classes", "warn"], before)
    (False, True)
    """
    items = set(row[1].split(", "))
    return not any(_same_check(b) == _same_check(row) or b[0] == row[0] and b[2] == row[2]
                   and items < set(b[1].split(", ")) for b in before)


def report(results: list[dict[str, object]]) -> tuple[int, int, int]:
    """Print the tables; returns (silent-lost, silent-wrong, value-changing mutations)."""
    total: Counter[tuple[str, str]] = Counter()
    by_col: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for res in results:
        for kind, table, col, outcome, n in res["counts"]:  # type: ignore[attr-defined]
            total[(kind, outcome)] += n
            by_col[(table, col)][outcome] += n
            by_col[(table, col)][f"{kind}:{outcome}"] += n
    outcomes = ("flagged", "silent-wrong", "silent-lost", "silent-same")
    print(f"\n{'kind':<10}" + "".join(f"{o:>14}" for o in outcomes) + f"{'total':>10}")
    for kind in (*KINDS, "all"):
        row = [sum(n for (k, o), n in total.items() if o == out and kind in (k, "all")) for out in outcomes]
        print(f"{kind:<10}" + "".join(f"{n:>14}" for n in row) + f"{sum(row):>10}")
    print(f"\n{'table':<12}{'column':<34}" + "".join(f"{o:>14}" for o in outcomes))
    for (table, col), c in sorted(by_col.items()):
        print(f"{table:<12}{col:<34}" + "".join(f"{c[o]:>14}" for o in outcomes))
    lost = sum(n for (k, o), n in total.items() if o == "silent-lost")
    wrong = sum(n for (k, o), n in total.items() if o == "silent-wrong")
    changing = sum(n for (k, o), n in total.items() if k in ("digit", "letter"))
    examples = [e for res in results for out in ("silent-lost", "silent-wrong")
                for e in res["examples"].get(out, [])]  # type: ignore[attr-defined]
    if examples:
        print("\nexamples of silent outcomes:")
        for e in examples[:40]:
            print("  " + e)
    return lost, wrong, changing


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="at most N figures per document (a fixed sample)")
    ap.add_argument("--workers", type=int, default=1, help="processes (default 1)")
    ap.add_argument("--docs", nargs="*", help="only these documents (names)")
    ap.add_argument("--write-checks", type=Path, help="write the unmodified documents' non-pass checks here, and stop")
    ap.add_argument("--against", type=Path, help="a --write-checks file: list non-pass checks that are new")
    ap.add_argument("--examples", type=Path, help="write every silent outcome here, one a line")
    ap.add_argument("--ignore-check", action="append", default=[], metavar="CHECK",
                    help="leave this check out of the comparison (e.g. unverified: what the identities alone catch)")
    args = ap.parse_args(argv)
    paths = sources()
    if args.docs:
        paths = [p for p in paths if p.name in set(args.docs)]
    if args.write_checks:
        args.write_checks.write_text(json.dumps(unmodified_checks(paths), indent=1))
        print(f"wrote {args.write_checks}")
        return 0
    status = 0
    if args.against:
        before = json.loads(args.against.read_text())
        now = unmodified_checks(paths)
        # a check is new where its name, status and subject are (is_new)
        new = [(doc, c) for doc, rows in now.items() for c in rows if is_new(c, before.get(doc, []))]
        print(f"unmodified documents: {len(now)}; new non-pass checks: {len(new)}")
        for doc, c in new:
            print(f"  NEW {doc}: {c}")
        status = int(bool(new))
    t0 = time.perf_counter()
    ignore = frozenset(args.ignore_check)
    jobs = [(str(p), p.parent.name != "sample_filings", args.limit, args.examples is not None, ignore) for p in paths]
    if args.workers > 1:
        with ProcessPoolExecutor(args.workers) as pool:
            results = list(pool.map(run_document, jobs))
    else:
        results = [run_document(j) for j in jobs]
    n_fig = sum(int(r["figures"]) for r in results)  # type: ignore[call-overload]
    print(f"{len(results)} documents, {n_fig} figures, {time.perf_counter() - t0:.0f} s"
          + (f" (at most {args.limit} figures per document)" if args.limit else ""))
    lost, wrong, changing = report(results)
    if args.examples:
        args.examples.write_text("".join(f"{out}\t{e}\n" for r in results for out in ("silent-lost", "silent-wrong")
                                         for e in r["examples"].get(out, [])))  # type: ignore[attr-defined]
    share = wrong / changing if changing else 0.0
    print(f"\nsilent-lost {lost} (goal 0); silent-wrong {wrong} of {changing} value-changing mutations "
          f"= {share:.2%} (goal <= 2%)")
    return status


if __name__ == "__main__":
    sys.exit(main())
