"""The label vocabulary: printed labels -> canonical fields, read from ``fields.csv``.

The data file, not code, knows that ``Req Overcoll Amt`` and ``O/C Target Amt`` are both
``oc_target``. Lookups are exact after normalisation (no fuzzy matching: a label we do not
know lands in ``unmapped`` rather than in a guessed field).

>>> v = vocabulary()
>>> v.lookup("O/C Target Amt", "pool").field
'oc_target'
>>> v.lookup("Class A-IO Net WAC Rate", "*").capture
'a io'
"""

from __future__ import annotations

import csv
import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def normalise(label: str) -> str:
    """Lower case, runs of other characters as one space.

    >>> normalise("Sched In(Net Serv. Fee)")
    'sched in net serv fee'
    """
    return _NON_ALNUM.sub(" ", label.lower()).strip()


@lru_cache(maxsize=65536)
def class_key(label: str) -> str:
    """The key two spellings of one class share: ``B-IO`` and ``BIO`` -> ``BIO``."""
    return _NOT_KEY.sub("", label.upper())


_NOT_KEY = re.compile(r"[^A-Z0-9]")


@dataclass(frozen=True)
class Entry:
    scope: str
    label: str
    target: str
    field: str
    type: str
    context: dict[str, str]
    capture: str | None = None


class Vocabulary:
    """Exact lookups by (section, normalised label), with '*' wildcards in labels."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        self._exact: dict[tuple[str, str], list[Entry]] = {}
        self._patterns: list[tuple[re.Pattern[str], Entry]] = []
        # (section, label) -> every entry the label can mean there, in lookup order; a lookup
        # then only picks the first of the wanted targets (one memo for every target set)
        self._memo: dict[str, dict[str, list[Entry]]] = {}
        self._memo_size = 0
        for row in rows:
            context = dict(
                part.split("=", 1) for part in (row.get("context") or "").split(";") if "=" in part
            )
            entry = Entry(
                row["scope"], row["label"], row["target"], row["field"], row["type"] or "", context
            )
            if "*" in entry.label:
                rx = re.compile(
                    "^" + r"\s".join("(?P<cap>.+)" if w == "*" else re.escape(w) for w in entry.label.split()) + "$"
                )
                self._patterns.append((rx, entry))
            else:
                self._exact.setdefault((entry.scope, entry.label), []).append(entry)

    def lookup(self, label: str, section: str, targets: tuple[str, ...] | None = None) -> Entry | None:
        """The entry for ``label`` in ``section`` (falling back to scope '*'), optionally
        restricted to some targets."""
        memo = self._memo.get(section)
        if memo is None:
            memo = self._memo[section] = {}
        found = memo.get(label)
        if found is None:
            found = self._candidates(label, section)
            if self._memo_size > 100_000:
                self._memo.clear()
                self._memo_size = 0
                memo = self._memo[section] = {}
            memo[label] = found
            self._memo_size += 1
        for entry in found:
            if targets is None or entry.target in targets:
                return entry
        return None

    def _candidates(self, label: str, section: str) -> list[Entry]:
        """Exact entries of ``section``, then of scope '*', then the wildcard patterns that
        match (with what ``*`` captured), in file order."""
        key = normalise(label)
        if not key:
            return []
        out = [*self._exact.get((section, key), ()), *self._exact.get(("*", key), ())]
        for rx, entry in self._patterns:
            if entry.scope not in (section, "*"):
                continue
            m = rx.match(key)
            if m:
                out.append(dataclasses.replace(entry, capture=m["cap"]))
        return out

    def labels(self, target: str) -> list[str]:
        """Every label of ``target`` (exact labels only)."""
        return [lbl for (_, lbl), entries in self._exact.items() if any(e.target == target for e in entries)]

    def fields(self, target: str) -> list[str]:
        seen: dict[str, None] = {}
        for entries in self._exact.values():
            for e in entries:
                if e.target == target:
                    seen[e.field] = None
        for _, e in self._patterns:
            if e.target == target:
                seen[e.field] = None
        return list(seen)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The packaged vocabulary (``abs_nb/parse/fields.csv``)."""
    text = resources.files("abs_nb.parse").joinpath("fields.csv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return Vocabulary(list(csv.DictReader(lines)))


class _Override:
    """The context manager :func:`override` returns."""

    def __init__(self, rows: list[dict[str, str]] | None) -> None:
        self.rows = rows
        self.saved: dict[str, object] = {}

    def __enter__(self) -> Vocabulary:
        v = vocabulary()
        self.saved = dict(vars(v))
        if self.rows is not None:
            vars(v).clear()
            vars(v).update(vars(Vocabulary(self.rows)))
        return v

    def __exit__(self, *exc: object) -> None:
        v = vocabulary()
        vars(v).clear()
        vars(v).update(self.saved)


def override(rows: list[dict[str, str]] | None) -> _Override:
    """A context manager: inside ``with override(rows):`` :func:`vocabulary` answers from
    ``rows`` (the rows of ``fields.csv`` as dicts); ``None`` keeps the packaged rows. The
    packaged object is refilled in place, so the modules that imported :func:`vocabulary` by
    name see the rows too; leaving the ``with`` restores it.

    >>> row = {"scope": "pool", "label": "opening bal", "target": "collateral",
    ...        "field": "beginning_balance", "type": "money", "context": ""}
    >>> with override([row]):
    ...     vocabulary().lookup("Opening Bal.", "pool").field
    'beginning_balance'
    >>> vocabulary().lookup("Opening Bal.", "pool") is None
    True
    """
    return _Override(rows)
