"""The label vocabulary: printed labels -> canonical fields, read from ``fields.csv``.

The data file, not code, knows that ``Req Overcoll Amt`` and ``O/C Target Amt`` are both
``oc_target``. A label is first looked up as printed (after normalisation); one not found is
looked up by its **word set**: its words with abbreviations spelled out (``words.csv``),
plurals folded and fillers dropped, in any order, a word the vocabulary does not know taken
for the one known word within a small edit distance (a typo). A word set that two fields
share is ambiguous and never matched; a label that matches nothing lands in ``unmapped``.

>>> v = vocabulary()
>>> v.lookup("O/C Target Amt", "pool").field
'oc_target'
>>> v.lookup("Class A-IO Net WAC Rate", "*").capture
'a io'
>>> v.lookup("Scheduled Principal", "pool").field, v.lookup("DISTRIBUTION SUMMARYS", "*").field
('scheduled_principal', 'classes')
"""

from __future__ import annotations

import csv
import dataclasses
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources

from abs_nb.parse.layout import PER_1000_WORDS
from abs_nb.parse.memo import MEMOS, Memo
from abs_nb.parse.spelling import normalise, shorter_label, without_amount, without_when, words_of
from abs_nb.parse.typos import correction, in_other_forms
from abs_nb.parse.vocabulary_entry import Entry

#: a word's root, its first letters: words of one root point to one meaning (``liquidated``,
#: ``liquidation``; ``overcollateralized``, ``overcollateralization``)
ROOT_LETTERS = 6
#: what a known label's word the printed label lacks weighs against a hint (a share of what it weighs for it)
HINT_MISSING_WEIGHT = 0.5
#: a word the labels of this many fields of a target hold (``total``, ``amount``) tells
#: nothing of which of them a label names
COMMON_WORD_FIELDS = 3
#: the targets whose fields are named by their own names too (:meth:`Vocabulary._add_field_names`)
NAMED_TARGETS = ("deal", "collateral", "classes")


class Vocabulary:
    """Exact lookups by (section, normalised label), with '*' wildcards in labels."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        self._exact: dict[tuple[str, str], list[Entry]] = {}
        self._patterns: list[tuple[re.Pattern[str], Entry]] = []
        # (section, label) -> every entry the label can mean there, in lookup order; a lookup
        # then only picks the first of the wanted targets (one memo for every target set)
        self._memo: Memo[tuple[str, str], list[Entry]] = Memo("vocabulary.lookup", listed=False)
        # (scope, word set) -> entries; a word set two fields of one target share is ambiguous
        self._by_words: dict[tuple[str, frozenset[str]], list[Entry]] = {}
        self._known_words: set[str] = set()
        # memos keyed by a label's text or words are bounded (:mod:`abs_nb.parse.memo`);
        # those keyed by the vocabulary's own sections, targets and fields hold what it names
        self._typo_memo: Memo[str, str] = Memo("vocabulary.correct", listed=False)
        self._holding_memo: Memo[tuple[str, str, str], frozenset[str]] = Memo("vocabulary.fields_holding", listed=False)
        self._hint_memo: Memo[tuple[str, str, tuple[str, ...], frozenset[str] | None], tuple[str | None]] = Memo(
            "vocabulary.hint", listed=False)
        self._target_memo: Memo[tuple[str, str, tuple[str, ...] | None], tuple[Entry | None]] = Memo("vocabulary.targets", listed=False)
        self.memos: tuple[Memo, ...] = (self._memo, self._typo_memo, self._holding_memo, self._hint_memo, self._target_memo)
        self._field_words_memo: dict[tuple[str, str, str], frozenset[str]] = {}
        self._roots_memo: dict[tuple[str, str], frozenset[str]] = {}
        self._heads_memo: dict[tuple[str, str, str], frozenset[str]] = {}
        self._label_roots_memo: dict[tuple[str, str, str], list[frozenset[str]]] = {}
        self._fields_memo: dict[str, tuple[str, ...]] = {}
        self._field_types: dict[tuple[str, str], str] = {}  # (target, field) -> its first label's type
        self._hint_index_memo: dict[tuple[str, tuple[str, ...], frozenset[str] | None], tuple[list[tuple[str, frozenset[str]]], dict[str, set[str]]]] = {}
        # label or word set -> its entries in every section
        self._known: dict[str | frozenset[str], list[Entry]] = {}
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
                words = words_of(entry.label)
                self._known_words.update(words)
                self._known.setdefault(entry.label, []).append(entry)
                if words:
                    self._by_words.setdefault((entry.scope, frozenset(words)), []).append(entry)
                    self._known.setdefault(frozenset(words), []).append(entry)
        self._add_field_names()
        for key, entries in list(self._by_words.items()):
            fields_by_target: dict[str, set[str]] = {}
            for e in entries:
                fields_by_target.setdefault(e.target, set()).add(e.field)
            if any(len(f) > 1 for f in fields_by_target.values()):
                del self._by_words[key]

    def _add_field_names(self) -> None:
        """A field's own name, spelled out, is a label of it wherever a label of it stands
        (``Cumulative Realized Losses``, ``Overcollateralization Amount`` for ``oc_amount``):
        matched by word set when no other label of the scope has that word set (nor, in scope
        ``*``, another target a field of that name); only the fields of a scope's own lines and
        columns (:data:`NAMED_TARGETS`; ``Beginning Balance`` alone names no pool's)."""
        named: dict[tuple[str, str], Entry] = {}
        targets: dict[str, set[str]] = {}
        for (scope, _), entries in self._exact.items():
            for e in entries:
                targets.setdefault(e.field, set()).add(e.target)
                if e.target in NAMED_TARGETS and "{" not in e.field and (scope != "*" or e.target == "deal"):
                    named.setdefault((scope, e.field), e)
        for (scope, field), e in named.items():
            words = words_of(field.replace("_", " "))
            # a name two targets share names neither in every section; in its own, that section's
            shared = len(targets[field]) > 1 and scope == "*"
            if len(words) < 2 or shared or (scope, frozenset(words)) in self._by_words:
                continue
            self._by_words[(scope, frozenset(words))] = [Entry(scope, field.replace("_", " "), e.target, field, e.type, {})]

    def lookup(self, label: str, section: str, targets: tuple[str, ...] | None = None) -> Entry | None:
        """The entry for ``label`` in ``section`` (falling back to scope '*'), optionally
        restricted to some targets (memoised: a label is looked up for its targets again and
        again)."""
        hit = self._target_memo.data.get(key := (section, label, targets))
        return (hit or self._target_memo.put(key, (self._lookup(label, section, targets),)))[0]

    def _lookup(self, label: str, section: str, targets: tuple[str, ...] | None) -> Entry | None:
        key = (section, label)
        found = self._memo.data.get(key)
        if found is None:
            found = self._memo.put(key, self._candidates(label, section))
        for entry in found:
            if targets is None:
                return entry
            for target in targets:  # a compiled loop over the tuple: no generic containment test
                if entry.target == target:
                    return entry
        if targets is not None and "classes" in targets:
            # a pool figure's label a class has too ("End Prin Bal") names that class column;
            # a column saying it is per $1,000 is named by its other words among per-$1,000 ones
            for entry in found:
                if entry.target == "collateral" and entry.field in self.fields("classes"):
                    return dataclasses.replace(entry, target="classes")
            if section != "per1000" and PER_1000_WORDS.search(label) and PER_1000_WORDS.sub(" ", label).strip():
                return self.lookup(PER_1000_WORDS.sub(" ", label), "per1000", targets)
            bare = without_amount(label) if label[-1:] in "tTsS." else None  # a column named without its "Amount"
            return self.lookup(bare, section, targets) if bare else None
        return None

    def _candidates(self, label: str, section: str) -> list[Entry]:
        """Exact entries of ``section``, then of scope '*', then the wildcard patterns that
        match (with what ``*`` captured), in file order."""
        key = normalise(label)
        if not key:
            return []
        out = [*self._exact.get((section, key), ()), *self._exact.get(("*", key), ())]
        for rx, entry in self._patterns:
            m = rx.match(key) if entry.scope in (section, "*") else None
            if m:
                out.append(dataclasses.replace(entry, capture=m["cap"]))
        # a label known only as a heading ("INT DIST") names a class column by its words too,
        # where a column is wanted: those entries come after the heading's
        headings = bool(out) and all(e.target == "heading" for e in out)
        words = self.known_words(words_of(label)) if headings or not out else frozenset()
        if words:
            by_words = [*self._by_words.get((section, words), ()), *self._by_words.get(("*", words), ())]
            for other in [] if by_words else in_other_forms(words, self._known_words):
                # a word in another form ("Interest Distributed") names a field, not a heading
                by_words += [e for e in (*self._by_words.get((section, other), ()), *self._by_words.get(("*", other), ()))
                             if e.target != "heading"]
            if not out:
                # a label known in another section as a column or a line is no heading
                # reworded: "Int Short" heads a class column, not the heading "Int Shortfalls"
                elsewhere = [e for e in (*self._known.get(key, ()), *self._known.get(words, ()))
                             if e.scope not in (section, "*") and e.target != "heading"]
                if elsewhere:
                    by_words = [e for e in by_words if e.target != "heading"]
            out += [e for e in by_words if not headings or e.target == "classes"]
        shorter = None if out else shorter_label(label)
        if shorter:
            return self._candidates(shorter, section)
        if not out and label[-1:] == ")" and (at := label.rfind("(")) > 0:
            # an aside restating the label ("Additional Balances (Draws)"): both name one field
            named = {(e.target, e.field) for e in self._candidates(label[at + 1:-1], section)}
            out = [e for e in self._candidates(label[:at], section) if (e.target, e.field) in named]
        return out

    def hint(self, label: str, section: str, targets: tuple[str, ...],
             among: frozenset[str] | None = None) -> str | None:
        """The field whose labels share the most telling of ``label``'s words, when one field
        does: a hint that breaks a tie between readings the numbers allow alike, never a name
        by itself. Words are compared by their first six letters (``liquidated``,
        ``liquidation``), and a word tells as much as it is rare among the fields (``loan``,
        ``net`` stand in many labels, ``liquidation`` in few); a hint needs a shared word
        standing in the labels of two fields at most. ``among``: the fields a reading can
        give (those of the identities at hand), the only ones compared.

        >>> v = vocabulary()
        >>> v.hint("Net Recoveries on Liquidated Loans", "pool", ("collateral",))
        'liquidation_proceeds'
        >>> v.hint("Other Loan Amounts", "pool", ("collateral",)) is None
        True
        """
        key = (label, section, targets, among)
        hit = self._hint_memo.get(key)
        if hit is not None:
            return hit[0]
        entries, fields_of = self._hint_index(section, targets, among)
        roots = {w[:ROOT_LETTERS] for w in self.known_words(words_of(label))}
        best: dict[str, float] = {}
        for field, known in entries:
            shared = roots & known
            if shared and min(len(fields_of[r]) for r in shared) <= 2:
                # a telling word of the label that is not printed counts against it
                # ("Applied Loss" is a loss, not a cumulative loss)
                score = (sum(1 / len(fields_of[r]) for r in shared)
                         - HINT_MISSING_WEIGHT * sum(1 / len(fields_of[r]) for r in known - roots))
                best[field] = max(best.get(field, -math.inf), score)
        top = max(best.values(), default=0.0)
        winners = [f for f, v in best.items() if v == top]
        if len(winners) > 1 and top > 0:
            winners = self._headed(label, winners, entries)
        found = winners[0] if len(winners) == 1 and top > 0 else None
        return self._hint_memo.put(key, (found,))[0]

    def _headed(self, label: str, fields: list[str], entries: list[tuple[str, frozenset[str]]]) -> list[str]:
        """Of ``fields`` tied for ``label``'s hint, those a label of which holds the label's
        last word any of them holds: the head of an English noun phrase names the thing (a
        ``Principal Loss`` is a loss; a ``Loss Payment`` a payment).

        >>> v = vocabulary()
        >>> v._headed("Principal Loss", ["principal", "realized_loss"], v._hint_index("classes", ("classes",))[0])
        ['realized_loss']
        """
        held = {f: frozenset().union(*(known for g, known in entries if g == f)) for f in fields}
        for word in reversed(self.known_words_in_order(words_of(label))):
            root = word[:ROOT_LETTERS]
            holding = [f for f in fields if root in held[f]]
            if holding:
                return holding
        return fields

    def _hint_index(self, section: str, targets: tuple[str, ...], among: frozenset[str] | None = None,
                    ) -> tuple[list[tuple[str, frozenset[str]]], dict[str, set[str]]]:
        """(field, word roots of one of its labels) for every label of ``section`` (and of
        scope '*') naming one of ``targets`` (and a field ``among``), and the fields each
        root stands in."""
        key = (section, targets, among)
        found = self._hint_index_memo.get(key)
        if found is None:
            entries: list[tuple[str, frozenset[str]]] = []
            fields_of: dict[str, set[str]] = {}
            for (scope, words), es in self._by_words.items():
                if scope not in (section, "*"):
                    continue
                roots = frozenset(w[:ROOT_LETTERS] for w in words)
                for e in es:
                    if e.target in targets and (among is None or e.field in among):
                        entries.append((e.field, roots))
                        for r in roots:
                            fields_of.setdefault(r, set()).add(e.field)
            # the fields a reading can give are named by their own names too, labels or not
            for field in sorted(among or ()):
                roots = frozenset(w[:ROOT_LETTERS] for w in words_of(field.replace("_", " ")))
                entries.append((field, roots))
                for r in roots:
                    fields_of.setdefault(r, set()).add(field)
            found = self._hint_index_memo[key] = (entries, fields_of)
        return found

    def covering(self, label: str, section: str, target: str, among: frozenset[str]) -> str | None:
        """The one field ``among`` (of ``target``, by the labels of ``section`` and of scope
        '*') whose labels, taken together, hold every word of ``label`` (or a word of its root) but its
        :meth:`idle_words`: a name its words give when no identity covers the figure, where
        no word of the label points elsewhere (``Number of Loans Paid Off`` is no count of
        the loans outstanding). While no field's labels hold every word, a word that points
        nowhere the label names is left out too, the most common first: one the labels of
        :data:`COMMON_WORD_FIELDS` fields or more hold (``total``, ``amount``), or one only
        fields hold of whose labels it prints less than half (``Excess Spread Available``
        prints one of the three words of ``Available Distribution Amount``), and never the
        last word of one of their labels, the head that says what a figure is (``rate``,
        ``amount``). With a word left out, a word only that field's labels hold among the
        figures of its kind must be printed, or a whole label of it, and the printed words
        that name fields must be the more; and the label holds at least half the words of one
        of the field's labels. :meth:`left_out` lists the words left out.

        >>> v = vocabulary()
        >>> v.covering("Number of Loans Outstanding", "pool", "collateral", frozenset({"beginning_count", "ending_count"}))
        'ending_count'
        >>> v.covering("Number of Loans Paid Off", "pool", "collateral", frozenset({"beginning_count", "ending_count"})) is None
        True
        >>> v.covering("Active Loan Count", "pool", "collateral", frozenset({"beginning_count", "ending_count"}))
        'ending_count'
        >>> v.covering("Aggregate Losses Since Closing", "*", "deal", v.fields_of_type("deal", "money"))
        'cumulative_realized_losses'
        """
        head = without_when(label)  # a phrase saying when names no figure, or of two the period's
        if head:
            return self.covering(head, section, target, among) or self.covering(f"{head} current", section, target, among)
        words = self.known_words(words_of(label))
        left = frozenset(self.idle_words(label, section, target))
        found = self._fields_covering(words - left, section, target, among)
        roots = {w[:ROOT_LETTERS] for w in words}
        # while no field's labels hold every word: a word no field ``among`` holds left out
        # first (it names a figure of another kind), then the most common word that points
        # nowhere the label names, then the next; never the last word of a label, which names
        # what the figure is (a "rate", an "amount")
        for _, _, w in sorted((self._held_by_root(w, section, target, among), -len(self._holders(section, target, w)), w)
                              for w in words - left):
            if found:
                break
            holders = self._holders(section, target, w)
            if any(w[:ROOT_LETTERS] in self.heads(section, target, f) for f in holders) or (
                    len(holders) < COMMON_WORD_FIELDS and any(self._names(roots, section, target, f) for f in holders & among)):
                continue
            left |= {w}
            found = self._fields_covering(words - left, section, target, among)
        telling = words - left
        # the words that name fields are the more of the label
        if len(found) != 1 or len(telling) <= len(left):
            return None
        roots = {w[:ROOT_LETTERS] for w in telling}
        # the label's last telling word says what the figure is: a label printing a whole
        # label of another field, headed by that word ("Gross WAC"), names that field, never
        # one the word only qualifies (a deposit to a net WAC reserve fund)
        last = [w for w in self.known_words_in_order(words_of(label)) if w in telling][-1]
        every = {w[:ROOT_LETTERS] for w in words}
        if last[:ROOT_LETTERS] not in self.heads(section, target, found[0]) and any(
                last[:ROOT_LETTERS] in self.heads(section, target, f) and self._prints_a_label(every, section, target, f)
                for f in self._holders(section, target, last)):
            return None
        # the label says the most of what one of the field's labels says: "Mortgages Remaining"
        # holds two of the six words of "Weighted Average Remaining Term of Mortgage Loans"
        if not self._names(roots, section, target, found[0]):
            return None
        kind = self.field_type(target, found[0])  # the words left name it among the figures of its kind
        if left and not any(self._fields_holding(section, target, w, kind) == 1 for w in telling) and not (
                self._prints_a_label(roots, section, target, found[0])):
            return None  # with a word left out, a word only this field's labels hold, or a whole label, must name it
        # a field whose labels all print another's words and more (cumulative realized losses:
        # realized losses, cumulative) is named where those more are printed ("Net Charge-offs"
        # names no cumulative losses)
        shared = self._shared(section, target, found[0])
        if not shared <= every and any(
                other and other < shared and other <= every for other in (self._shared(section, target, f) for f in among)):
            return None
        return found[0]

    def _shared(self, section: str, target: str, field: str) -> frozenset[str]:
        """The word roots every label of ``field`` prints (``cumulative`` of cumulative losses)."""
        return frozenset.intersection(*self._label_roots(section, target, field) or [frozenset()])

    def _fields_covering(self, telling: frozenset[str], section: str, target: str, among: frozenset[str]) -> list[str]:
        """The fields ``among`` whose labels hold every one of the ``telling`` words (by
        root: words of one root are one word, ``overcollateralized``,
        ``overcollateralization``); of several, those a whole label of which is printed
        ("O/C Amount (end of period)" holds "O/C Amount", no "target")."""
        if not telling:
            return []
        roots = {w[:ROOT_LETTERS] for w in telling}
        found = [f for f in sorted(among)
                 if roots <= {w[:ROOT_LETTERS] for w in self._words_of_field(section, target, f)}]
        if len(found) > 1:
            found = [f for f in found if self._prints_a_label(roots, section, target, f)]
        return found

    def _held_by_root(self, word: str, section: str, target: str, among: frozenset[str]) -> bool:
        """Does a label of a field ``among`` hold ``word``, or a word of its root?"""
        root = word[:ROOT_LETTERS]
        for f in among:
            for w in self._words_of_field(section, target, f):
                if w[:ROOT_LETTERS] == root:
                    return True
        return False

    def left_out(self, label: str, section: str, target: str, field: str) -> list[str]:
        """The words of ``label`` no label of ``field`` holds (nor a word of its root): those
        :meth:`covering` left out in naming it, which leave the name unproven.

        >>> vocabulary().left_out("Aggregate Losses Since Closing", "*", "deal", "cumulative_realized_losses")
        ['total']
        """
        held = {w[:ROOT_LETTERS] for w in self._words_of_field(section, target, field)}
        return [w for w in self.known_words_in_order(words_of(label)) if w[:ROOT_LETTERS] not in held]

    def left_out_note(self, label: str, section: str, target: str, field: str) -> str:
        """What a name given by words says of the printed words it left out
        (:meth:`left_out`): nothing when there are none.

        >>> v = vocabulary()
        >>> v.left_out_note("Aggregate Losses Since Closing", "*", "deal", "cumulative_realized_losses")
        " but 'total', a word of other figures' labels, none of its: the name is not proven"
        >>> v.left_out_note("Active Loan Count", "pool", "collateral", "ending_count")
        " but 'active', a word no figure's labels hold: the name is not proven"
        """
        left = self.left_out(label, section, target, field)
        idle = [w for w in left if w in self.idle_words(label, section, target)]
        common = [w for w in left if w not in idle]
        parts = [f"{', '.join(repr(w) for w in ws)}, {'a word' if len(ws) == 1 else 'words'} {what}"
                 for ws, what in ((common, "of other figures' labels, none of its"),
                                  (idle, "no figure's labels hold")) if ws]
        return f" but {' and '.join(parts)}: the name is not proven" if parts else ""

    def idle_words(self, label: str, section: str, target: str) -> list[str]:
        """The words of ``label`` that point nowhere among the fields of ``target``: a word
        no label of them holds, nor a word of its root (its first six letters:
        ``overcollateralized`` is of ``overcollateralization``). Such a word neither names a
        field nor rules one out; a name given without it says so.

        >>> vocabulary().idle_words("Net Excess Cash Flow Remitted", "*", "deal")
        ['remitted']
        """
        known = self._words_of_field(section, target, "")
        roots = self._roots_memo.get((section, target))
        if roots is None:
            roots = self._roots_memo[(section, target)] = frozenset(w[:ROOT_LETTERS] for w in known)
        return [w for w in self.known_words(words_of(label)) if w not in known and w[:ROOT_LETTERS] not in roots]

    def _holders(self, section: str, target: str, word: str) -> frozenset[str]:
        """The fields of ``target`` that have ``word`` in their labels."""
        key = (section, target, word)
        found = self._holding_memo.get(key)
        if found is None:
            found = self._holding_memo.put(key, frozenset(
                e.field for (scope, ws), es in self._by_words.items() if scope in (section, "*") and word in ws
                for e in es if e.target == target))
        return found

    def _fields_holding(self, section: str, target: str, word: str, kind: str = "") -> int:
        """How many fields of ``target`` (of type ``kind``, when given) have ``word`` in
        their labels."""
        holders = self._holders(section, target, word)
        return len(holders) if not kind else sum(1 for f in holders if self.field_type(target, f) == kind)

    def heads(self, section: str, target: str, field: str) -> frozenset[str]:
        """The roots of the last words of ``field``'s labels (and of its own name): the heads
        of the noun phrases, which say what the figure is."""
        key = (section, target, field)
        found = self._heads_memo.get(key)
        if found is None:
            found = self._heads_memo[key] = frozenset(
                words_of(e.label)[-1][:ROOT_LETTERS] for (scope, _), es in self._by_words.items()
                if scope in (section, "*") for e in es if e.target == target and e.field == field and words_of(e.label))
        return found

    def _names(self, roots: set[str], section: str, target: str, field: str) -> bool:
        """Does a label of the word ``roots`` print at least half the words of one of
        ``field``'s labels?"""
        return any(2 * len(roots & lab) >= len(lab) for lab in self._label_roots(section, target, field))

    def _prints_a_label(self, roots: set[str], section: str, target: str, field: str) -> bool:
        """Does a label holding the word ``roots`` print every word of one of ``field``'s labels?"""
        return any(lab <= roots for lab in self._label_roots(section, target, field))

    def _label_roots(self, section: str, target: str, field: str) -> list[frozenset[str]]:
        """The word roots of each label of ``field`` (and of its own name)."""
        key = (section, target, field)
        found = self._label_roots_memo.get(key)
        if found is None:
            found = self._label_roots_memo[key] = [
                frozenset(w[:ROOT_LETTERS] for w in words) for (scope, words), es in self._by_words.items()
                if scope in (section, "*") and any(e.target == target and e.field == field for e in es)]
        return found

    def _words_of_field(self, section: str, target: str, field: str) -> frozenset[str]:
        """The words of the labels of ``field`` (of every field of ``target`` when empty)."""
        key = (section, target, field)
        found = self._field_words_memo.get(key)
        if found is None:
            out: set[str] = set()
            for (scope, words), es in self._by_words.items():
                if scope in (section, "*") and any(e.target == target and (e.field == field or not field) for e in es):
                    out.update(words)
            found = self._field_words_memo[key] = frozenset(out)
        return found

    def names_fields(self, text: str) -> bool:
        """Every word of ``text`` is a word of the vocabulary's labels (``Beginning Balance``,
        ``Loan Group``, ``Total``): words of a header, never a name such as a servicer's
        (``Fairbanks``, ``Long Beach``).

        >>> vocabulary().names_fields("Beginning Balance"), vocabulary().names_fields("Long Beach")
        (True, False)
        """
        words = words_of(text)
        return bool(words) and all(w in self._known_words or w.isdigit() for w in words)

    def known_words_in_order(self, words: tuple[str, ...]) -> list[str]:
        """:meth:`known_words` in the order printed."""
        return [w if w in self._known_words else self.correct(w) for w in words]

    def known_words(self, words: tuple[str, ...]) -> frozenset[str]:
        """``words`` as a set, each word the vocabulary does not know replaced by the one
        known word within :func:`~abs_nb.parse.typos.typo_bound` edits (kept as printed when
        none or several are)."""
        return frozenset(self.known_words_in_order(words))

    def correct(self, word: str) -> str:
        """The one known word a printed word is a typo of, else the word itself.

        >>> [vocabulary().correct(w) for w in ("occurance", "distribtion", "prim", "unscheduled")]
        ['occurrence', 'distribution', 'prim', 'unscheduled']
        """
        hit = self._typo_memo.get(word)
        if hit is None:
            hit = self._typo_memo.put(word, correction(word, self._known_words))
        return hit

    def label_fields(self, target: str) -> list[tuple[str, str]]:
        """(label, field) of every exact label of ``target``."""
        return [(e.label, e.field) for entries in self._exact.values() for e in entries if e.target == target]

    def fields_of_type(self, target: str, type_: str) -> frozenset[str]:
        """The fields of ``target`` whose figures are of ``type_`` (``count``, ``rate``, ...).

        >>> sorted(vocabulary().fields_of_type("collateral", "count"))
        ['beginning_count', 'ending_count']
        """
        return frozenset(e.field for entries in self._exact.values() for e in entries
                         if e.target == target and e.type == type_)

    def field_type(self, target: str, field: str) -> str:
        """The type of ``field`` of ``target`` (its first label's), or ``""``.

        >>> vocabulary().field_type("deal", "wac"), vocabulary().field_type("deal", "oc_target")
        ('rate', 'money')
        """
        types = self._field_types
        if not types:
            for entries in self._exact.values():
                for e in entries:
                    types.setdefault((e.target, e.field), e.type)
        return types.get((target, field), "")

    def fields(self, target: str) -> list[str]:
        """Every field of ``target``, in the order the vocabulary first names it.

        >>> vocabulary().fields("deal")[:2]
        ['servicing_fee', 'advances']
        """
        found = self._fields_memo.get(target)
        if found is None:
            seen: dict[str, None] = {}
            for entries in self._exact.values():
                for e in entries:
                    if e.target == target:
                        seen[e.field] = None
            for _, e in self._patterns:
                if e.target == target:
                    seen[e.field] = None
            found = self._fields_memo[target] = tuple(seen)
        return list(found)


def packaged_rows() -> list[dict[str, str]]:
    """The rows of ``abs_nb/parse/fields.csv`` as dicts (scope, label, target, field, type, context)."""
    text = resources.files("abs_nb.parse").joinpath("fields.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")))


_OVERRIDE: list[Vocabulary] = []


@lru_cache(maxsize=1)
def _packaged() -> Vocabulary:
    return Vocabulary(packaged_rows())


def vocabulary() -> Vocabulary:
    """The vocabulary in force: the packaged one (``abs_nb/parse/fields.csv``), or :func:`override`'s."""
    return _OVERRIDE[-1] if _OVERRIDE else _packaged()


@contextmanager
def override(rows: list[dict[str, str]] | None) -> Iterator[Vocabulary]:
    """Parse with a vocabulary built from ``rows`` inside the ``with`` (the packaged one for
    None): how an evaluation parses a layout family without the rows written for it.

    >>> rows = [r for r in packaged_rows() if r["field"] != "oc_target"]
    >>> with override(rows) as v:
    ...     v.lookup("O/C Target Amt", "pool") is None
    True
    >>> vocabulary().lookup("O/C Target Amt", "pool").field
    'oc_target'
    """
    v = Vocabulary(rows) if rows is not None else _packaged()
    _OVERRIDE.append(v)
    list(map(Memo.clear, MEMOS))  # (the modules' memos hold what the vocabulary in force says: forgotten)
    try:
        yield v
    finally:
        _OVERRIDE.pop()
        list(map(Memo.clear, MEMOS))
