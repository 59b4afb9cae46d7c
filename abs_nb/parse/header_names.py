"""Header words naming a table's columns: by their place over the figures, or in order.

The word lines above a table's figures name its columns: each word group the column it
overlaps or stands nearest to (:func:`name_by_position`); a cell stream, with no positions,
names its columns in order (:func:`name_by_order`).

>>> from abs_nb.parse.tokens import tokenize_line
>>> header = [tokenize_line("Class        Principal     Realized       Ending", 1),
...           tokenize_line("          Distribution         Loss      Balance", 2)]
>>> name_by_position(header, [(10, 23), (29, 35), (40, 48)], 10, 5)
['Principal Distribution', 'Realized Loss', 'Ending Balance']
"""

from __future__ import annotations

import math
import re
from typing import Final

from abs_nb.parse.identities import SUMS, sign
from abs_nb.parse.layout import (
    Span,
    distance,
    ends_apart,
    framed,
    segments,
    spanned,
    spanning_words,
)
from abs_nb.parse.spelling import normalise, without_note_mark, words_of
from abs_nb.parse.tokens import Line
from abs_nb.parse.vocabulary import vocabulary

LABEL_SLACK = 4  # columns a header may start left of its first figure (a left-aligned name)


def name_by_position(header: list[Line], slot_spans: list[Span], first_col: int,
                     label_end: int | None = None) -> list[str]:
    """Header words over each slot, top line first: every word group right of the label
    column goes to the slot it overlaps or stands nearest to; word groups that start in the
    label column (a heading, the label column's own header: they start where the row labels
    stand, ``label_end`` the column the labels end at) name no column; one that starts right
    of the labels names the first column (a left-aligned header wider than its figures).
    Where the labels' end is not known, a word group reaching over half the first column
    names it."""
    names: list[list[str]] = [[] for _ in slot_spans]
    if not slot_spans:
        return []
    s0, e0 = slot_spans[0]
    for line in header:
        segs = framed(segments(line))  # a title framed by rules heads the columns under them
        for printed, c, e in segs:
            text = without_note_mark(printed)  # "Interest Payment (2)": a footnote's mark names nothing
            if not text or normalise(text) in ("class", "classes"):
                continue
            if c < first_col - LABEL_SLACK and (
                    c <= label_end if label_end is not None else min(e, e0) - max(c, s0) < (e0 - s0) / 2):
                continue
            ends = ends_apart(printed, c, {e: k for k, (_, e) in enumerate(slot_spans)})
            if ends is not None:  # a right-aligned header printed tight: each word group over its own column
                for k, words, _, _ in ends:
                    names[k].append(words)
                continue
            covered = spanned((c, e), slot_spans)
            if covered and text[:1] == "(" and text[-1:] == ")":
                continue  # an aside in brackets over several columns ("(OTS Method; ...)", "(In Dollars)"): no name
            if covered:  # words over several columns head each of them
                for k in covered:
                    names[k].append(spanning_words(text))
                continue
            apart = _words_apart(printed, c, slot_spans)
            if apart is not None and not any(
                    distance((oc, oe), slot_spans[k]) < 0 for _, oc, oe in segs if oc != c for k, _ in apart):
                # tight columns, no other words of the line over them: each word over its own
                for k, word in apart:
                    names[k].append(word)
                continue
            k = min(range(len(slot_spans)), key=lambda i: distance((c, e), slot_spans[i]))
            names[k].append(text)
    return [_unbroken(" ".join(n for n in ns if n)) for ns in names]


def _unbroken(text: str) -> str:
    """A header's words with a word broken at a hyphen across its lines joined again
    (``Curtail-`` over ``ments`` is ``Curtailments``); a hyphen between words is kept.

    >>> _unbroken("Curtail- ments"), _unbroken("Repurch- ases Amount"), _unbroken("Pass- Through Rate")
    ('Curtailments', 'Repurchases Amount', 'Pass- Through Rate')
    """
    return _BROKEN.sub(r"\1\2", text) if "- " in text else text


_BROKEN: Final = re.compile(r"([A-Za-z])- ([a-z])")


def _words_apart(text: str, c: int, slot_spans: list[Span]) -> list[tuple[int, str]] | None:
    """The words of a word group one blank apart that stand over two columns or more, each
    word over one column only (``Paid Distribution`` over the principal paid and the total
    columns printed tight): each column and its words, in order; None where a word stands
    over none or over two, or all over one.

    >>> _words_apart("Paid Distribution", 59, [(52, 62), (63, 75)])
    [(0, 'Paid'), (1, 'Distribution')]
    >>> _words_apart("Total Distribution", 63, [(52, 62), (63, 81)]) is None
    True
    """
    out: list[tuple[int, str]] = []
    for m in _WORD.finditer(text):
        span = (c + m.start(), c + m.end())
        over = [k for k, sp in enumerate(slot_spans) if distance(span, sp) < 0]
        if len(over) != 1:
            return None
        if out and out[-1][0] == over[0]:
            out[-1] = (over[0], f"{out[-1][1]} {m.group(0)}")
        else:
            out.append((over[0], m.group(0)))
    return out if len(out) >= 2 else None


_WORD: Final = re.compile(r"\S+")


def name_by_order(header: list[Line], n: int, section: str = "classes",
                  targets: tuple[str, ...] = ("classes",), rows: list[list[float]] | None = None) -> list[str]:
    """Header cells of a cell stream, one per line: the last ``n`` name the columns in order;
    each cell above them is joined to the first column name after the last one joined that
    it completes into a word set the vocabulary knows (``Beginning`` over ``Balance``); a
    cell that completes none (the label column's own header) names nothing. A header whose
    names are broken into a word a line (``Original`` / ``Balance`` / ``Principal``) is read
    as the consecutive runs of its cells, one run a column, that the vocabulary knows best
    (:func:`_runs`), where the class rows' identities hold on more of ``rows`` (each row's
    figures by column; :data:`MIN_HELD` at least) so than with the cells joined; with no
    rows, where the runs name every column, or all but one, and more columns than the cells
    joined. (A header printed a line at a time, its lines' cells in turn, has no column's
    words together: its runs may name columns the figures belie.)

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> cells = [tokenize_line(t, k) for k, t in enumerate(
    ...     ("Class", "Beginning", "Balance", "Principal", "Distribution", "Ending", "Balance"), 1)]
    >>> name_by_order(cells, 3)
    ['Beginning Balance', 'Principal Distribution', 'Ending Balance']
    """
    cells = [ln.joined for ln in header]
    if len(cells) < n:
        return [""] * (n - len(cells)) + cells
    names = cells[-n:]
    v = vocabulary()
    k = 0
    for word in cells[: len(cells) - n]:
        for j in range(k, n):
            joined = f"{word} {names[j]}"
            adds = not set(words_of(word)) <= set(words_of(names[j]))
            if adds and v.lookup(joined, section, targets) is not None:
                names[j] = joined
                k = j + 1
                break
    runs = _runs(cells, n, section, targets) if len(cells) > n else None
    if runs is None or runs == names:
        return names
    if rows:
        held = _holding(runs, rows, section, targets)
        return runs if held >= MIN_HELD and held > _holding(names, rows, section, targets) else names
    known = _known(runs, section, targets)
    return runs if known[0] >= n - 1 and known > _known(names, section, targets) else names


def _holding(names: list[str], rows: list[list[float]], section: str, targets: tuple[str, ...]) -> int:
    """How many times a class row's identity (:data:`abs_nb.parse.identities.SUMS`) holds
    over ``rows`` (each row's figures by column) where ``names`` name the columns, two of
    its parts or more not zero."""
    v = vocabulary()
    entries = [v.lookup(name, section, targets) if name else None for name in names]
    where = {e.field: q for q, e in enumerate(entries) if e is not None}
    held = 0
    for _, whole, parts, optional in SUMS:
        if whole not in where or any(p not in where for p in parts if p not in optional):
            continue
        for row in rows:
            figures = [sign(p) * row[where[p]] if where.get(p, len(row)) < len(row) else 0.0
                       for p in parts]
            total = row[where[whole]] if where[whole] < len(row) else math.nan
            # a zero proves nothing: a row counts where two parts or more are not zero
            if (not math.isnan(total) and not any(map(math.isnan, figures)) and sum(1 for x in figures if x) >= 2
                    and abs(total - sum(figures)) < 0.015):
                held += 1
    return held


MIN_HELD = 2  # rows an identity holds on, under a header's runs, that prove them
MAX_RUN = 4  # cells of one column's name, one word a line


def _known(names: list[str], section: str, targets: tuple[str, ...]) -> tuple[int, int]:
    """How many of ``names`` the vocabulary knows, and how many of those as printed."""
    named = [_naming(name, section, targets) for name in names if name]
    return sum(k for k, _ in named), sum(e for _, e in named)


def _naming(name: str, section: str, targets: tuple[str, ...]) -> tuple[int, int]:
    """Whether the vocabulary knows ``name`` (1 or 0), and knows it as printed: no word of
    it dropped or reordered."""
    entry = vocabulary().lookup(name, section, targets)
    return (0, 0) if entry is None else (1, int(entry.label == normalise(name)))


def _runs(cells: list[str], n: int, section: str, targets: tuple[str, ...]) -> list[str] | None:
    """``n`` names, each a run of at most ``MAX_RUN`` consecutive ``cells``, the runs
    ending at the last cell and starting anywhere (the cells above the first run name no
    column: the label column's header, a title): of all such readings the one naming most
    columns by words the vocabulary knows, then most as printed, then leaving fewest
    words in names it does not know; None where no reading has ``n`` runs."""
    m = len(cells)

    def score(i: int, j: int) -> tuple[int, int, int]:
        known, exact = _naming(_unbroken(" ".join(cells[i:j])), section, targets)
        return known, exact, 0 if known else -(j - i)

    # best[j][i]: the best reading of cells[i:] as j runs, and where its first run ends
    best: list[dict[int, tuple[tuple[int, int, int], int]]] = [{m: ((0, 0, 0), m)}]
    for j in range(1, n + 1):
        row: dict[int, tuple[tuple[int, int, int], int]] = {}
        for i in range(m - j, -1, -1):
            options = []
            for e in range(i + 1, min(i + MAX_RUN, m) + 1):
                if e in best[j - 1]:
                    a, b = score(i, e), best[j - 1][e][0]
                    options.append(((a[0] + b[0], a[1] + b[1], a[2] + b[2]), e))
            if options:
                row[i] = max(options, key=lambda o: o[0])
        best.append(row)
    if not best[n]:
        return None
    i = max(best[n], key=lambda s: best[n][s][0])
    names = []
    for j in range(n, 0, -1):
        e = best[j][i][1]
        names.append(_unbroken(" ".join(cells[i:e])))
        i = e
    return names
