"""Score the parser on generated reports: every known value is right, flagged or silently wrong.

- **right**: the parsed value equals the printed one within half a unit of its printed
  precision (a dash or blank is right when read as NaN on a row that was found);
- **flagged**: missing or different, and the filing says something is off (a check that is
  not ``pass``, the value among ``unmapped``, an ``unreadable_value`` check naming it, or an
  :class:`abs_nb.AbsNbError` raised by the load);
- **silently wrong**: missing or different while every check passes;
- **crashed**: the load raised something other than an :class:`abs_nb.AbsNbError`.

Every failure names the document's seed, so it is reproducible:
``python -m tests.synthetic.evaluate --seed N --show`` prints that document and the diff;
``python -m tests.synthetic.evaluate --n 1000`` prints the breakdown by table, field and shape.

>>> r = evaluate(range(2))
>>> sum(r.totals().values()) == sum(len(generate(s).expected) for s in range(2))
True
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

import abs_nb

from .generate import FAMILIAR, Document, Key, generate

VERDICTS = ("right", "flagged", "silent", "crashed")
_NUMBER = re.compile(r"\(?-?\$?[\d,]*\.?\d+\)?%?")


@dataclass
class Outcome:
    seed: int
    key: Key
    expected: float | str | None
    parsed: Any
    verdict: str
    why: str = ""


@dataclass
class Report:
    """Counts by dimension (``table``, ``field``, ``shape:<name>``) and the failures."""

    counts: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    failures: list[Outcome] = field(default_factory=list)  # silent and crashed
    documents: int = 0

    def totals(self) -> Counter[str]:
        """Verdict counts over every value."""
        return _sum_by(self.counts, "table")

    def share_right(self) -> float:
        t = self.totals()
        return t["right"] / max(1, sum(t.values()))

    def table(self, dimension: str) -> str:
        """A text table of verdict counts per value of ``dimension`` (a prefix: ``shape``
        takes every ``shape:*``)."""
        rows: dict[tuple[str, str], Counter[str]] = {}
        for (dim, value, verdict), n in self.counts.items():
            if dim == dimension or dim.startswith(dimension + ":"):
                rows.setdefault((dim, value), Counter())[verdict] += n
        out = [f"{'':44} {'values':>8} {'right':>8} {'flagged':>8} {'silent':>8} {'crashed':>8} {'%right':>7}"]
        for (dim, value), c in sorted(rows.items()):
            n = sum(c.values())
            name = (dim.split(":", 1)[1] + "=" if ":" in dim else "") + value
            out.append(f"{name[:44]:44} {n:8} {c['right']:8} {c['flagged']:8} {c['silent']:8} {c['crashed']:8}"
                       f" {100 * c['right'] / n:6.1f}%")
        return "\n".join(out)

    def summary(self) -> str:
        t = self.totals()
        n = sum(t.values())
        by_value = self.counts[("flag", "by the value", "flagged")]
        return (f"{self.documents} documents, {n} values: right {t['right']} ({100 * t['right'] / max(1, n):.2f}%), "
                f"flagged {t['flagged']} ({by_value} in unmapped or named by an unreadable_value check, "
                f"{t['flagged'] - by_value} only by a non-pass check elsewhere in the filing), "
                f"silently wrong {t['silent']}, crashed {t['crashed']}")

    def breakdown(self, failures: int = 15) -> str:
        parts = [self.summary(), "", "by table", self.table("table"), "", "by field", self.table("field"),
                 "", "by shape", self.table("shape")]
        if self.failures:
            parts += ["", f"silently wrong or crashed (first {failures} of {len(self.failures)}; "
                          "python -m tests.synthetic.evaluate --seed N --show):"]
            parts += [f"  seed {o.seed} {o.key}: expected {o.expected!r}, parsed {o.parsed!r} {o.why}"
                      for o in self.failures[:failures]]
        return "\n".join(parts)


def _sum_by(counts: Counter[tuple[str, str, str]], dimension: str) -> Counter[str]:
    out: Counter[str] = Counter({v: 0 for v in VERDICTS})
    for (dim, _, verdict), n in counts.items():
        if dim == dimension:
            out[verdict] += n
    return out


def _missing(x: Any) -> bool:
    return x is None or x is pd.NA or (isinstance(x, float) and math.isnan(x))


def _cell(frame: Any, row: str, col: str) -> tuple[bool, Any]:
    """(the row exists, the value or None)."""
    if row not in frame.index:
        return False, None
    if col not in frame.columns:
        return True, None
    v = frame.loc[row, col]
    if hasattr(v, "iloc"):  # a label printed twice: the first
        v = v.iloc[0]
    return True, v


def parsed_value(f: abs_nb.Filing, key: Key) -> tuple[bool, Any]:
    """Where the data contract puts ``key``: (its row was found, the value)."""
    table = key[0]
    if table == "classes":
        return _cell(f.classes, key[1], key[2])
    if table == "totals":
        t = f.totals
        return (len(t) > 0 and not all(_missing(v) for v in t.values)), t.get(key[2])
    if table == "collateral":
        return _cell(f.collateral, key[1], key[2])
    if table == "delinquency":
        d = f.delinquency
        hit = d[(d["group"] == key[1]) & (d["status"] == key[2])]
        if not len(hit):
            return False, None
        return True, hit.iloc[0][key[3]]
    if table == "deal":
        return True, f.deal.get(key[2])
    raise ValueError(f"unknown table in {key}")


def _same(expected: float | str | None, found: bool, parsed: Any, tol: float) -> bool:
    if expected is None:
        return found and _missing(parsed)
    if _missing(parsed):
        return False
    if isinstance(expected, str):
        return str(parsed).strip().upper() == expected.upper()
    try:
        value = float(parsed)
    except (TypeError, ValueError):
        return False
    return abs(value - expected) <= tol + 1e-9 * abs(expected)


def _numbers(texts: Iterable[str]) -> list[float]:
    out = []
    for t in texts:
        for m in _NUMBER.findall(str(t)):
            s = m.replace("$", "").replace(",", "").replace("%", "")
            neg = s.startswith("(") and s.endswith(")")
            try:
                v = float(s.strip("()"))
            except ValueError:
                continue
            out.append(-v if neg else v)
    return out


def _in_unmapped(unmapped: list[tuple[str, list[float]]], row: str, value: float, tol: float) -> bool:
    """``value`` is among the unmapped figures (a zero only on a row labelled ``row``: a zero
    is printed everywhere)."""
    for label, numbers in unmapped:
        if (value != 0 or row.lower() in label) and any(abs(u - value) <= tol + 1e-9 * abs(value) for u in numbers):
            return True
    return False


def _key_dimensions(key: Key) -> list[tuple[str, str]]:
    fld = f"{key[0]}.{key[2]}.{key[3]}" if key[0] == "delinquency" else f"{key[0]}.{key[-1]}"
    return [("table", key[0]), ("field", fld)]


def score(doc: Document) -> list[Outcome]:
    """The verdict on every expected value of ``doc``."""
    try:
        f = abs_nb.load_text(doc.text, name=f"synthetic-{doc.seed}")
    except abs_nb.AbsNbError as e:
        return [Outcome(doc.seed, k, v, None, "flagged", f"load raised {type(e).__name__}")
                for k, v in doc.expected.items()]
    except Exception as e:  # noqa: BLE001 - a crash is what this measures
        return [Outcome(doc.seed, k, v, None, "crashed", f"{type(e).__name__}: {e}")
                for k, v in doc.expected.items()]
    checks = f.checks
    # the unverified warns list every figure no identity covers: not a verdict on a value
    not_pass = checks[(checks["status"] != "pass") & (checks["check"] != "unverified")]
    filing_flag = f"{len(not_pass)} checks not pass ({', '.join(sorted(set(not_pass['check'])))})" if len(not_pass) else ""
    unreadable = [str(s).lower() for s in checks.loc[checks["check"] == "unreadable_value", "subject"]]
    unmapped = [(str(label).lower(), _numbers(vals if isinstance(vals, list) else [vals]))
                for label, vals in zip(f.unmapped["label"], f.unmapped["values"], strict=True)]
    out = []
    for key, expected in doc.expected.items():
        found, parsed = parsed_value(f, key)
        tol = doc.tolerance[key]
        if _same(expected, found, parsed, tol):
            out.append(Outcome(doc.seed, key, expected, parsed, "right"))
            continue
        # a flag naming the value first, then the filing's own verdict
        why = ""
        if isinstance(expected, float) and _in_unmapped(unmapped, key[1], expected, tol):
            why = "in unmapped"
        elif any(key[1].lower() in s and key[-1].lower() in s for s in unreadable):
            why = "an unreadable_value check"
        why = why or filing_flag
        out.append(Outcome(doc.seed, key, expected, None if _missing(parsed) else parsed,
                           "flagged" if why else "silent", why or ("missing" if _missing(parsed) else "different")))
    return out


def evaluate(seeds: Iterable[int], familiar: bool = False, vary: str | None = None) -> Report:
    """Generate and score the document of every seed (``familiar``: in the seeds' shape;
    ``vary``: that shape but for one, see :func:`generate`)."""
    report = Report()
    for seed in seeds:
        doc = generate(seed, familiar, vary)
        report.documents += 1
        shape = [(f"shape:{k}", v) for k, v in doc.shape.items()]
        for o in score(doc):
            for dim, value in _key_dimensions(o.key) + shape:
                report.counts[(dim, value, o.verdict)] += 1
            if o.verdict == "flagged":
                kind = "by the value" if o.why in ("in unmapped", "an unreadable_value check") else "by the filing only"
                report.counts[("flag", kind, "flagged")] += 1
            if o.verdict in ("silent", "crashed"):
                report.failures.append(o)
    return report


def show(seed: int, everything: bool = False, familiar: bool = False, vary: str | None = None) -> str:
    """The document of ``seed`` and, per expected value, what was parsed."""
    doc = generate(seed, familiar, vary)
    lines = [doc.text, "-" * 100, f"seed {seed} shape: {doc.shape}", ""]
    outcomes = score(doc)
    for o in outcomes:
        if everything or o.verdict != "right":
            lines.append(f"{o.verdict:8} {'/'.join(o.key):55} expected {o.expected!r:>22} parsed {o.parsed!r:>22} {o.why}")
    c = Counter(o.verdict for o in outcomes)
    lines.append(f"\n{len(outcomes)} values: " + ", ".join(f"{v} {c[v]}" for v in VERDICTS))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.synthetic.evaluate", description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, help="one document: with --show, print it and the diff")
    ap.add_argument("--show", action="store_true", help="print the document and every value not right")
    ap.add_argument("--all", action="store_true", help="with --show, list the right values too")
    ap.add_argument("--n", type=int, default=1000, help="how many documents (seeds start..start+n-1)")
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--failures", type=int, default=15, help="how many silent failures to list")
    ap.add_argument("--familiar", action="store_true",
                    help="the same values in the shape and words of the seeds (a control)")
    ap.add_argument("--vary", help="familiar but for one shape (rendering, halves, ..., or words) drawn at random")
    ap.add_argument("--each", action="store_true",
                    help="one line per shape: the share right when only that shape varies from the familiar one")
    a = ap.parse_args(argv)
    if a.seed is not None:
        if a.show:
            print(show(a.seed, a.all, a.familiar, a.vary))
        else:
            print(evaluate([a.seed], a.familiar, a.vary).breakdown(a.failures))
        return 0
    seeds = range(a.start, a.start + a.n)
    if a.each:
        print(f"{'only this varies':26} {'values':>8} {'right':>8} {'%right':>7} {'silent':>7}")
        for vary in [None, "words", *FAMILIAR]:
            t = evaluate(seeds, True, vary).totals()
            n = sum(t.values())
            print(f"{vary or '(nothing: familiar)':26} {n:8} {t['right']:8} {100 * t['right'] / n:6.1f}% {t['silent']:7}")
        return 0
    print(evaluate(seeds, a.familiar, a.vary).breakdown(a.failures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
