"""Figures printed as runs of ``name: figure`` pairs, each name a class's or a loan group's,
after the label of what they are or on the lines below it::

    (a)(iv)   Certificate Principal Balance before distribution:
                A-1: 291,044,857.54   A-2: 123,746,673.54
                B: 27,000,000.00   Total: 516,791,531.08
    Beginning Aggregate Loan Balance   Group 1: 481,220,518.37   Group 2: 503,918,644.09

A line is such a run when every token of it after its label (the words before the first
pair, two blanks or more before it) is a pair's: a name of a few words ending in a colon,
then a figure (an amount, a rate, a CUSIP), or figures parted by ``/``. Every name of an item
names a class (:func:`~abs_nb.parse.row_labels.class_label`) or every one a loan group
(:func:`~abs_nb.parse.group_headings.group_of`); a Total may close either. An item runs on over the
lines of pairs below its label (a narrow page wraps them); its label is the line's own, else
the words just above (item marks and bracketed references left out), and ``per $1,000``
alone names the item above's figures per $1,000.

Classes' items make class tables, a column a figure of each pair (a label naming two
figures, ``Carry Forward / Carryover``, names each), whose roles the identities prove as any
table found by structure (:mod:`abs_nb.parse.structure`); a Total's pair is the table's
Totals row. Groups' items are pool lines by group, read as the vocabulary names their label
(:func:`read_group_pairs`).

>>> from abs_nb.parse.tokens import tokenize_line
>>> label, pairs = pairs_of(tokenize_line("Scheduled Principal   Group 1: 224.55   Total: 465.51", 1))
>>> label, [(name, [t.text for t in figs]) for name, _, figs in pairs]
('Scheduled Principal', [('Group 1', ['224.55']), ('Total', ['465.51'])])
"""

from __future__ import annotations

import math
import re
from typing import Final

from abs_nb.parse.class_paragraphs import COL_STEP, FIRST_COL
from abs_nb.parse.group_headings import group_of
from abs_nb.parse.identities import POOL_FIELDS, pool_sums
from abs_nb.parse.layout import PER_1000_WORDS, moved
from abs_nb.parse.pieces import CheckRow, ClassBlock, ClassColumn, ClassRow, Walk
from abs_nb.parse.pool_down import put_group_figure
from abs_nb.parse.pool_rows import count_row
from abs_nb.parse.pool_runs import read_by_hints
from abs_nb.parse.roles import Column
from abs_nb.parse.row_labels import class_label
from abs_nb.parse.runs import numbers_a_name
from abs_nb.parse.spelling import TOTAL_KEYS, before_aside, class_key, without_item_marks, words_of
from abs_nb.parse.statuses import put_status, status_of
from abs_nb.parse.tokens import CUSIP, Line, Token
from abs_nb.parse.values import amount_in_cents, counts_among_cents, prints_cents
from abs_nb.parse.vocabulary import Entry, vocabulary

Pair = tuple[str, tuple[int, int], list[Token]]  # a name, its span, its figures

#: the most words a pair's name holds ("Class P (Prepayment Charges)")
MAX_NAME_WORDS: Final = 4
#: the most lines of words above an item's pairs that make its label
MAX_LABEL_LINES: Final = 2
_POOL_TARGETS: Final = ("collateral", "deal")


def pairs_of(ln: Line) -> tuple[str, list[Pair]] | None:
    """The label of a line of pairs ("" for none) and its pairs (module docstring); None
    where some token of the line is no pair's and no label's."""
    toks = ln.tokens
    pairs: list[Pair] = []
    label = ""
    k = 0
    while k < len(toks):
        # the first name after a label of any length; each next one right after the figures before
        reach = len(toks) - 1 if not pairs else min(k + MAX_NAME_WORDS, len(toks) - 1)
        end = next((j for j in range(k, reach)
                    if toks[j].kind == "word" and toks[j].text.endswith(":") and _figure(toks[j + 1])), None)
        if end is None:
            return None
        start = end
        while start > k and end - start < MAX_NAME_WORDS - 1 and toks[start - 1].kind == "word" and (
                toks[start].col - toks[start - 1].colend < 2) and not toks[start - 1].text.endswith(":"):
            start -= 1
        if start > k:  # words before the first name: the line's label, two blanks or more apart
            if pairs or toks[start].col - toks[start - 1].colend < 2 or any(t.text.endswith(":") for t in toks[k:start]):
                return None  # (a word ending in a colon: a pair of its own, its figure no number)
            label = " ".join(t.text for t in toks[k:start])
        figures = [toks[end + 1]]
        j = end + 2
        while j + 1 < len(toks) and toks[j].text == "/" and _figure(toks[j + 1]):
            figures.append(toks[j + 1])
            j += 2
        name = " ".join(t.text for t in toks[start:end + 1])[:-1]
        pairs.append((name, (toks[start].start, toks[end].end), figures))
        k = j
    return (label, pairs) if pairs else None


def _figure(t: Token) -> bool:
    """A pair's figure: a number, or a CUSIP."""
    return t.kind == "num" or (t.kind == "word" and CUSIP.fullmatch(t.text) is not None)


def _kind(name: str) -> str | None:
    """What a pair's name names: "total", "class", "group", or None."""
    if class_key(name) in TOTAL_KEYS:
        return "total"
    if class_label(name) is not None:
        return "class"
    return "group" if group_of(name, "pool") is not None else None


def items(w: Walk, lines: set[int]) -> list[tuple[str, str, list[tuple[Line, list[Pair]]]]]:
    """The items among ``lines`` (the lines no reader took): (what their names name, "class"
    or "group"; the label; each line and its pairs), top to bottom."""
    out: list[tuple[str, str, list[tuple[Line, list[Pair]]]]] = []
    prev_end = -1
    for ln in w.lines:
        if ln.no not in lines:
            continue
        found = pairs_of(ln)
        if found is None:
            continue
        label, pairs = found
        named = [_kind(name) for name, _, _ in pairs]
        kinds = {k for k in named if k is not None and k != "total"}
        wraps = not label and out and prev_end == ln.no - 1  # the item above's pairs wrapped onto this line
        if not kinds and wraps:
            kinds = {out[-1][0]}  # its Total alone
        if len(kinds) != 1 or None in named:
            continue
        kind = kinds.pop()
        if wraps and out[-1][0] == kind:
            out[-1][2].append((ln, pairs))  # the item's pairs wrapped onto the next line
        elif kind == "class" and not any(_CLASS_SHAPE.search(name) for name, _, _ in pairs):
            continue  # short capitals alone ("MTD", "YTD", "WAC") name no class: one a class's shape at least
        else:
            above = label or _label_above(w, ln)
            if above and PER_1000_WORDS.search(above) and out and set(
                    words_of(PER_1000_WORDS.sub("", above))) <= _BASIS_WORDS:
                above = f"{out[-1][1]} per $1,000"  # the figures above, per $1,000 (of the original)
            if not above:
                continue
            out.append((kind, above, [(ln, pairs)]))
        prev_end = ln.no
    return out


def _label_above(w: Walk, ln: Line) -> str:
    """The words just above an item's first line of pairs: the lines of words (an item's
    marks and references among them) up to a blank line, item marks and bracketed
    references left out; "" where a figure stands there."""
    words: list[str] = []
    k = ln.no - 2
    while k >= 0 and len(words) < MAX_LABEL_LINES and not w.lines[k].blank:
        above = w.lines[k]
        text = _BRACKETED.sub("", above.joined).strip()
        # a figure stands there, other than a name's number, a unit's 1,000 or a reference's
        if any(t.kind == "num" for t in above.tokens) and not numbers_a_name(above) and any(
                ch.isdigit() for ch in PER_1000_WORDS.sub("", _BRACKETED.sub("", above.raw))):
            break
        if words and text.endswith(":"):
            break  # the label of the items this one is among ("... in bankruptcy:" over "REO")
        words.insert(0, text)
        if without_item_marks(text) != text:
            break  # the item's first line: its marks open it
        k -= 1
    return " ".join(without_item_marks(t) for t in words).strip(" :")


# words after "per $1,000" that say of what: its basis, no figure's name
_BASIS_WORDS: Final = frozenset({"original", "orig", "of", "face", "initial", "denomination", "certificate",
                                 "principal", "balance", "amount"})
# a class's shape: a digit or a hyphen in its name ("A-1", "M2"), or the word Class before it
_CLASS_SHAPE: Final = re.compile(r"[\d-]|\bclass\b", re.I)
# a reference to other items in brackets ("[(i) - (ii) - (iii)]")
_BRACKETED: Final = re.compile(r"\[[^\]]*\]")


def _unread(w: Walk) -> set[int]:
    """The lines that may print pairs (a colon in them) of which no figure was read (a line
    naming groups before their figures is no header of a table here)."""
    colons = {ln.no for ln in w.lines if ln.tokens and ":" in ln.raw}  # a pair's name ends in one
    return colons - {c.line for c in w.cells} if colons else colons


def class_pairs(w: Walk, taken: set[int]) -> list[ClassBlock]:
    """A class table of each item naming classes (module docstring); ``taken``: the lines
    of tables already found."""
    if w.rendering == "cells":
        return []
    blocks: list[ClassBlock] = []
    for kind, label, rows in items(w, _unread(w) - taken):
        if kind != "class":
            continue
        width = len(rows[0][1][0][2])
        pairs = [(ln, p) for ln, ps in rows for p in ps]
        if any(len(figs) != width for _, (_, _, figs) in pairs):
            continue
        parts = [p.strip() for p in label.split("/")]
        names = parts if len(parts) == width else [label] * width
        columns = [ClassColumn(name, None, "", (FIRST_COL + COL_STEP * k, FIRST_COL + COL_STEP * k + 10))
                   for k, name in enumerate(names)]
        block = ClassBlock("classes", columns, [rows[0][0].no], header_texts=names)
        block.found_by = "structure"
        for ln, (name, span, figs) in pairs:
            cells: list[Token | None] = [moved(t, FIRST_COL + COL_STEP * k, ln.no, 10) for k, t in enumerate(figs)]
            block.rows.append(ClassRow(class_label(name) or name, ln.no, cells, span))
        blocks.append(block)
    return blocks


def _statuses(w: Walk, grouped: list[tuple[str, list[tuple[Line, list[Pair]]]]]) -> set[int]:
    """The items of groups whose label names a delinquency status and whose every pair is a
    count and a balance (``Group 1: 52 / 4,118,227.61``: the count the whole number): read
    into the delinquency table; the lines read."""
    taken: set[int] = set()
    for label, rows in grouped:
        status = status_of(label)
        figures = [figs for _, ps in rows for *_, figs in ps]
        if status is None or any(len(figs) != 2 or figs[0].decimals or not figs[1].decimals for figs in figures):
            continue
        for ln, ps in rows:
            for name, _, (count, balance) in ps:
                put_status(w, ln, group_of(name, "pool") or "Total", status, count, balance)
            taken.add(ln.no)
    return taken


def _by_group(rows: list[tuple[Line, list[Pair]]]) -> dict[str, float]:
    """An item's figures by the group each pair names (the Total's by its name)."""
    return {group_of(name, "pool") or "Total": float(figs[0].value or 0) for _, ps in rows for name, _, figs in ps}


def read_group_pairs(w: Walk) -> None:
    """The pool lines of the items naming loan groups (module docstring): an item whose label
    the vocabulary names is that figure (a count, a rate, an amount); the amounts of the
    others are the pool figures their words come nearest where, so read, the roll-forward or
    the principal's parts add up in every group, in one way only
    (:func:`~abs_nb.parse.pool_runs.read_by_hints`). An item neither names nor proves stays
    unmapped."""
    if w.rendering == "cells":
        return
    v = vocabulary()
    grouped = [(label, rows) for kind, label, rows in items(w, _unread(w)) if kind == "group"]
    taken = _statuses(w, grouped)
    found = [(label, rows) for label, rows in grouped if all(len(figs) == 1 for _, ps in rows for _, _, figs in ps)]
    cents = prints_cents(w.cells) or any(amount_in_cents(figs[0]) for _, rows in found for _, ps in rows for *_, figs in ps)
    named: list[tuple[str, list[tuple[Line, list[Pair]]], Entry, str]] = []
    cols: list[tuple[Column, str, list[tuple[Line, list[Pair]]]]] = []
    for label, rows in found:
        figures = [figs[0] for _, ps in rows for *_, figs in ps]
        entry = v.lookup(label, "pool", _POOL_TARGETS)
        if entry is None and (count := count_row(label, figures)) is not None:
            entry = Entry("pool", label, "collateral", count, "count", {})
        if entry is not None and entry.type in ("money", "count") and any(t.percent for t in figures):
            continue  # percentages are no amounts nor counts: the item stays unmapped
        if entry is not None and not (entry.type == "money" and counts_among_cents(figures, cents)):
            named.append((label, rows, entry, "its label"))
        elif all(t.kind == "num" and t.value is not None and not t.percent for t in figures) and not (
                counts_among_cents(figures, cents)):
            hint = v.hint(before_aside(label), "pool", ("collateral",), POOL_FIELDS)
            cols.append((Column(label, None, _by_group(rows), hint=hint), label, rows))
    if cols:
        # the figures the labels name are known terms of the sums
        known = [Column(label, e.field, _by_group(rows), fixed=True) for label, rows, e, _ in named
                 if e.target == "collateral" and e.type == "money"]
        sums = pool_sums(c.field for c in known)
        columns = known + [c for c, _, _ in cols]
        # each sum read makes its terms known to the next (the roll-forward by the principal's
        # parts, then by their total)
        for whole in ("beginning_balance", "beginning_balance", "total_principal"):
            if read_by_hints(columns, tuple(s for s in sums if s[1] == whole)):
                for c in columns:
                    c.fixed = c.fixed or c.status == "pass" and c.field is not None
        for c, label, rows in cols:
            if c.field is not None and c.status == "pass":
                named.append((label, rows, Entry("pool", label, "collateral", c.field, "money", {}), c.evidence))
    for label, rows, entry, why in named:
        for ln, ps in rows:
            for name, _, figs in ps:
                put_group_figure(w, group_of(name, "pool") or "Total", entry, figs[0], ln.no)
            taken.add(ln.no)
        w.checks.append(CheckRow(
            "row_role", f"{label} (line {rows[0][0].no})", math.nan, math.nan, "pass",
            f"{entry.field}: its figures printed by loan group, each after its group's name; {why}",
            [ln.no for ln, _ in rows]))
    if taken:
        w.unmapped = [u for u in w.unmapped if u.line not in taken]


__all__ = ["class_pairs", "items", "pairs_of", "read_group_pairs"]
