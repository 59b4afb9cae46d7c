"""Column layouts: header lines -> named columns, and value cells -> columns.

A header may span several lines (``Int`` above ``Shortfall``); its words are merged onto the
line that has the most column words (the anchor). Values are placed in columns by position:
a row that fills every column is read in order, otherwise each value goes to the column it
overlaps or stands nearest to, keeping left-to-right order (a small dynamic programme).

>>> from abs_nb.parse.tokens import tokenize_line
>>> hdr = [tokenize_line("                                                   Int", 1),
...        tokenize_line("Class  Cusip            Prin            Int        Shortfall        End", 2)]
>>> [name for name, _, _ in merge_header(hdr, skip={"class"})]
['Cusip', 'Prin', 'Int', 'Int Shortfall', 'End']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

from abs_nb.parse.spelling import normalise, without_note_mark
from abs_nb.parse.tokens import Line, Token

Span = tuple[int, int]
#: a figure stands under a column when their right edges are this close (figures align right)
ALIGN = 3
MAX_ALIGN_CELLS = 200_000  # values x columns the placement search will consider


def segments(line: Line) -> list[tuple[str, int, int]]:
    """All tokens of a line grouped by gaps of two or more spaces."""
    return line.column_segments()


def distance(a: Span, b: Span) -> float:
    """0 when the spans overlap, else the gap between them."""
    if a[0] < b[1] and b[0] < a[1]:
        return -min(a[1], b[1]) + max(a[0], b[0])  # negative: more overlap is better
    return min(abs(a[0] - b[1]), abs(b[0] - a[1]))


def between(names: list[Span], columns: list[Span]) -> dict[int, int]:
    """The columns a name over no column heads: the two it stands between (a name centred
    over its pair of columns, ``Group 1`` over ``Count  Balance``), by index of ``columns``
    to index of ``names``. A name over a column heads from there, as its place says.

    >>> between([(35, 42), (65, 72)], [(29, 34), (47, 54), (59, 64), (77, 84)])
    {0: 0, 1: 0, 2: 1, 3: 1}
    >>> between([(29, 36)], [(29, 34), (47, 54)])
    {}
    """
    out: dict[int, int] = {}
    for n, name in enumerate(names):
        if any(name[0] < col[1] and col[0] < name[1] for col in columns):
            continue
        left = [k for k, col in enumerate(columns) if col[1] <= name[0]]
        right = [k for k, col in enumerate(columns) if col[0] >= name[1]]
        if left and right:
            out[left[-1]] = out[right[0]] = n
    return out


_NO_COLUMN = 1 << 30  # where the first column name stands when there is none


_DASH_RUNS = re.compile(r"[-=_]{2,}")  # a rule drawn across the columns a header spans


def lined_up(a: Sequence[Span], b: Sequence[Span]) -> bool:
    """As many columns, each overlapping its fellow.

    >>> lined_up([(0, 5), (10, 15)], [(3, 6), (12, 14)]), lined_up([(0, 5)], [(6, 9)])
    (True, False)
    """
    return len(a) == len(b) and all(distance(x, y) < 0 for x, y in zip(a, b, strict=True))


def spanned(seg: Span, spans: Sequence[Span]) -> list[int]:
    """The columns (of ``spans``) a header's word group heads all of where it spans two or
    more of them whole (``---- Per $1,000 Original Face ----`` over five columns); none
    where it spans fewer: it then heads the one it stands nearest to.

    >>> spanned((10, 60), [(12, 20), (30, 40), (50, 58), (70, 80)]), spanned((10, 25), [(12, 20), (30, 40)])
    ([0, 1, 2], [])
    """
    covered = [k for k, (c, e) in enumerate(spans) if seg[0] <= c and e <= seg[1]]
    return covered if len(covered) >= 2 else []


def framed(segs: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Header segments with each title framed by rules two blanks or more from its words
    (``-----  GROUP 1  -----``) made one segment spanning its rules: it heads every column
    under them (their widest figures, bracketed, may stand out past the rules by
    :data:`OVERHANG`). Two rules one blank apart (``----- -----``) are the end of one frame
    and the start of the next.

    >>> framed([("-----", 4, 9), ("GROUP 1", 11, 18), ("----- -----", 20, 31), ("GROUP 2", 33, 40), ("-----", 42, 47)])
    [('GROUP 1', 2, 27), ('GROUP 2', 24, 49)]

    A title its rules frame one blank from its words is one segment of the line, framed alike:

    >>> framed([("------- PRINCIPAL PAID -------", 25, 55)])
    [('PRINCIPAL PAID', 23, 57)]
    """
    if not any(_RULE.fullmatch(t) or _FRAMED.fullmatch(t) for t, _, _ in segs):
        return segs
    segs = [((m[1], max(0, c - OVERHANG), e + OVERHANG) if (m := _FRAMED.fullmatch(t)) and not _RULE.fullmatch(m[1])
             else (t, c, e)) for t, c, e in segs]
    pieces: list[tuple[str, int, int]] = []
    for t, c, e in segs:
        if _RULE.fullmatch(t):
            pieces.extend((m.group(), c + m.start(), c + m.end()) for m in re.finditer(r"\S+", t))
        else:
            pieces.append((t, c, e))
    out: list[tuple[str, int, int]] = []
    k = 0
    while k < len(pieces):
        if (k + 2 < len(pieces) and _RULE.fullmatch(pieces[k][0]) and not _RULE.fullmatch(pieces[k + 1][0])
                and _RULE.fullmatch(pieces[k + 2][0])):
            out.append((pieces[k + 1][0], pieces[k][1] - OVERHANG, pieces[k + 2][2] + OVERHANG))
            k += 3
        else:
            out.append(pieces[k])
            k += 1
    return out


#: the places a column's widest figure (bracketed, signed) may stand out past the rules over it
OVERHANG: Final = 2
#: a segment of rules only (``-----``, ``===== =====``)
_RULE: Final = re.compile(r"[-=_]{2,}(?: [-=_]{2,})*")
#: a title framed by rules one blank from its words (``---- PRINCIPAL PAID ----``)
_FRAMED: Final = re.compile(r"[-=_]{2,} ((?:(?![-=_]{2,}).)+) [-=_]{2,}")  # (no rule among its words)


def spanning_words(text: str) -> str:
    """The words a header spanning several columns adds to each: less the rules of dashes
    drawn across them, and where they say the figures are per $1,000, that unit alone (the
    column's own words name its field: ``Distribution per $1,000`` over ``End Bal``).

    >>> spanning_words("---- Per $1,000 Original Face ----"), spanning_words("-- Distribution Summary --")
    ('per $1,000', 'Distribution Summary')
    """
    return "per $1,000" if PER_1000_WORDS.search(text) else " ".join(_DASH_RUNS.sub(" ", text).split())


# words saying figures are per $1,000 of original balance
PER_1000_WORDS = re.compile(r"\bper\s+\$?\s*1,?000\b|\bper\s+thousand\b", re.I)


def ends_apart(text: str, c: int, ends: dict[int, int]) -> list[tuple[int, str, int, int]] | None:
    """The words of a word group one blank apart (starting at column ``c``) that end where
    two columns' figures end or more (``ends``: a figure column's last column -> its index),
    each run of words ending at one (a right-aligned header printed tight: ``Monthly Prior
    Unpaid`` over the monthly and the prior unpaid interest): (column, words, start, end) in
    order; None where the last word ends at no column's end.

    >>> ends_apart("Monthly Prior Unpaid", 44, {51: 0, 64: 1})
    [(0, 'Monthly', 44, 51), (1, 'Prior Unpaid', 52, 64)]
    >>> ends_apart("Interest Distribution", 40, {50: 0, 64: 1}) is None
    True
    """
    out: list[tuple[int, str, int, int]] = []
    run: list[str] = []
    start = c
    for m in _WORD.finditer(text):
        if not run:
            start = c + m.start()
        run.append(m.group(0))
        k = ends.get(c + m.end())
        if k is not None:
            out.append((k, " ".join(run), start, c + m.end()))
            run = []
    return out if len(out) >= 2 and not run else None


_WORD: Final = re.compile(r"\S+")


def _parted(seg: tuple[str, int, int], ends: dict[int, int]) -> list[tuple[str, int, int]]:
    """A header's word group parted where the figures below end (:func:`ends_apart`), else whole."""
    parts = ends_apart(seg[0], seg[1], ends) if ends else None
    return [(w, a, b) for _, w, a, b in parts] if parts else [seg]


def merge_header(lines: Sequence[Line], skip: set[str] | frozenset[str] = frozenset(),
                 grid: bool = False, ends: frozenset[int] = frozenset()) -> list[tuple[str, int, int]]:
    """Column names and spans from header lines (top to bottom).

    Segments whose normalised text is in ``skip`` (e.g. ``class``) are left out; words one
    blank apart that end where the figures below end (``ends``) are parted there
    (:func:`ends_apart`). On a
    ``grid`` (a cell stream, each cell at its column's position) a name standing where no
    name of the line with the most stands is a column of its own: the cell above it spans
    it (an HTML header cell over several columns, the names below it one a column).
    """
    # a footnote's mark after a column's name ("Face Value (1)") names nothing
    # (words one blank apart ending where the figures below end: ``ends``, each its column's)
    ending = {e: k for k, e in enumerate(sorted(ends))}
    all_segs = [[(without_note_mark(t), c, e) for seg in framed(segments(line)) for t, c, e in _parted(seg, ending)
                 if without_note_mark(t)] for line in lines]
    # a skipped word ("Class") is the label column only where it stands left of every
    # column name; inside a column's name ("Certificate Class Description") it is kept
    # (with no column name beside it, it is the label column's alone: left out too)
    first_col = min((c for segs in all_segs for t, c, _ in segs if normalise(t) not in skip), default=_NO_COLUMN)
    per_line = [
        [s for s in segs if not (normalise(s[0]) in skip and s[2] <= first_col)] for segs in all_segs
    ]
    per_line = [segs for segs in per_line if segs]
    if not per_line:
        return []
    anchor_i = max(range(len(per_line)), key=lambda i: (len(per_line[i]), i))
    # the line with the most names packs two of them tight where another line's names,
    # printed apart, stand one over each ("Interest   Interest" over "Distributed Per $1,000")
    others = [segs for i, segs in enumerate(per_line) if i != anchor_i and len(segs) >= 2]
    anchor = [part for seg in per_line[anchor_i] for part in _packed_under(seg, others)]
    promoted: set[int] = set()  # the columns of names promoted from other lines (named by those lines)
    if grid:
        at = {c for _, c, _ in anchor}
        extra = {seg[1]: seg for i, segs in enumerate(per_line) if i != anchor_i for seg in segs if seg[1] not in at}
        promoted = set(extra)
        anchor = sorted(anchor + list(extra.values()), key=lambda seg: seg[1])
    parts: list[list[tuple[int, str]]] = [[] if c in promoted else [(anchor_i, text)] for text, c, _ in anchor]
    spans = [[c, e] for _, c, e in anchor]
    for i, segs in enumerate(per_line):
        if i == anchor_i:
            continue
        for seg in segs:
            # words spanning two columns or more ("---- Per $1,000 Original Face ----") head
            # each of them, their rule of dashes no word
            covered = spanned((seg[1], seg[2]), [(ac, ae) for _, ac, ae in anchor])
            if covered:
                for k in covered:
                    if spanning_words(seg[0]):
                        parts[k].append((i, spanning_words(seg[0])))
                continue
            for text, c, e in _packed(seg, anchor):
                j = min(range(len(anchor)), key=lambda k: distance((c, e), (anchor[k][1], anchor[k][2])))
                parts[j].append((i, text))
                spans[j][0] = min(spans[j][0], c)
                spans[j][1] = max(spans[j][1], e)
    out = []
    for p, (c, e) in zip(parts, spans):  # noqa: B905 - zip(strict=...) is a generic call compiled
        out.append((" ".join(text for _, text in sorted(p)), c, e))
    return out


def _packed(seg: tuple[str, int, int], anchor: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A header's words one blank apart that stand over two columns of the line with the
    most names (right-aligned headers packed tight: ``Class Pass-Through`` over
    ``Description`` and ``Rate``): split where each word's column changes, every word over
    a column; else the words as printed.

    >>> _packed(("Class Pass-Through", 24, 42), [("Description", 18, 29), ("Rate", 38, 42)])
    [('Class', 24, 29), ('Pass-Through', 30, 42)]
    """
    text, c, _ = seg
    words: list[tuple[str, int, int, int]] = []  # word, start, end, the column it stands over
    at = c
    for w in text.split(" "):
        over = [k for k, (_, ac, ae) in enumerate(anchor) if at < ae and ac < at + len(w)]
        if len(over) != 1:
            return [seg]
        words.append((w, at, at + len(w), over[0]))
        at += len(w) + 1
    if len({k for *_, k in words}) < 2:
        return [seg]
    out: list[tuple[str, int, int]] = []
    last_k = -1
    for w, ws, we, k in words:
        if k == last_k:
            out[-1] = (f"{out[-1][0]} {w}", out[-1][1], we)  # a word over the same column as the one before
        else:
            out.append((w, ws, we))
        last_k = k
    return out


def _packed_under(seg: tuple[str, int, int], lines: Sequence[Sequence[tuple[str, int, int]]]) -> list[tuple[str, int, int]]:
    """A name of the line with the most names parted where the names of another line stand
    apart over its words (:func:`_packed` the other way round), else whole.

    >>> _packed_under(("Distributed Per $1,000", 81, 103), [[("Interest", 84, 92), ("Interest", 95, 103)]])
    [('Distributed', 81, 92), ('Per $1,000', 93, 103)]
    """
    for segs in lines:
        parts = _packed(seg, segs)
        if len(parts) >= 2:
            return parts
    return [seg]


def segments_apart(segs: list[tuple[str, int, int]], ends: dict[int, int]) -> list[tuple[str, int, int]]:
    """Word groups, each printed tight over pairs it is right-aligned with (``ends``: where
    each pair's figures end) parted into one a pair (:func:`ends_apart`)."""
    out: list[tuple[str, int, int]] = []
    for text, c, e in segs:
        parts = ends_apart(text, c, ends) if ends else None
        out += [(words, a, b) for _, words, a, b in parts] if parts else [(text, c, e)]
    return out


def slots_by_order(rows: Sequence[Sequence[Token]]) -> list[Span] | None:
    """Column slots of a block whose figures do not line up (a web page saved with ragged
    blanks) where every row prints as many figures, two or more: the k-th figure of each row
    in the k-th column, each column as wide as its figures reach, where the columns so found
    stand apart in order; else None.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> rows = [tokenize_line(t, 1).values for t in ("   22   1,986.18     17", "  6       541.02   5")]
    >>> len(slots(rows)), slots_by_order(rows)
    (5, [(2, 5), (8, 16), (19, 23)])
    >>> slots_by_order([tokenize_line(t, 1).values for t in ("   22   1,986.18", "  6")]) is None
    True
    """
    counts = {len(r) for r in rows}
    if len(counts) != 1 or (n := counts.pop()) < 2:
        return None
    spans = [(min(r[k].col for r in rows), max(r[k].colend for r in rows)) for k in range(n)]
    return spans if all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)) else None


def ragged_slots(rows: Sequence[Sequence[Token]]) -> list[Span]:
    """Column slots of a block (:func:`slots`), or, where the figures' spans make more slots
    than a row prints figures (a column printed a place off in one row, its spans apart),
    the k-th figure of each row in the k-th column where every row prints as many
    (:func:`slots_by_order`).

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> rows = [tokenize_line(t, 1).values for t in ("   212     6", " 9,802.55   420.04")]
    >>> slots(rows), ragged_slots(rows)
    ([(1, 9), (11, 12), (12, 18)], [(1, 9), (11, 18)])
    """
    spans = slots(rows)
    if len(spans) != max((len(r) for r in rows), default=0):
        return slots_by_order(rows) or spans
    return spans


def slots(rows: Sequence[Sequence[Token]]) -> list[Span]:
    """Column slots of a block: the union of overlapping value spans across its rows. A row
    whose figures would merge columns that every other row keeps apart (a Totals row printed
    a place or two off its columns, its figures wider) does not merge them: it is placed in
    the columns of the others, where they are more and part every row's figures.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> rows = [tokenize_line(t, 1).values for t in ("    1,000.00    900.00", "      500.00     50.00", " $1,500.00 $950.00")]
    >>> _union(rows), slots(rows)
    ([(1, 22)], [(4, 12), (16, 22)])
    """
    spans = _union(rows)
    if len(rows) < _FEWEST_FOR_APART or not any(_shares(row, spans) for row in rows):
        return spans
    # the columns of every row but one, from the union of the rows before it and of those
    # after it (linear in the rows: a run of thousands stays cheap); only a row whose leaving
    # parts more columns is tested against every other row
    n = len(rows)
    before: list[list[Span]] = [[]]
    for row in rows[:-1]:
        before.append(_merge(before[-1], _union([row])))
    after: list[list[Span]] = [[]]
    for row in rows[:0:-1]:
        after.append(_merge(after[-1], _union([row])))
    best = spans
    for k, row in enumerate(rows):
        apart = _merge(before[k], after[n - 1 - k])
        if len(apart) > len(best) and len(row) <= len(apart) and not any(
                _shares(r, apart) for i, r in enumerate(rows) if i != k):
            best = apart
    if best is spans:  # a few rows off, each merging columns the others keep apart
        for order in (range(n), range(n - 1, -1, -1)):
            few = _kept_apart(rows, order)
            if few is not None and len(few) > len(best):
                best = few
    return best


def _kept_apart(rows: Sequence[Sequence[Token]], order: Iterable[int]) -> list[Span] | None:
    """The columns of the rows that keep them apart, taken in ``order``, each row kept where
    it merges none of the columns of those kept before it and no two of its own figures
    fall in one; None where more than a third of the rows are left out, or a row left out
    has a figure that does not reach into its column (a few rows printed wider than their
    columns, a negative in brackets pushing the rest of its row over, are placed in the
    columns of the others).

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> texts = ["  10.00     0.00  5,000.00"] * 4 + ["  10.00 (11,015.00)  4,000.00"] * 2
    >>> rows = [tokenize_line(t, 1).values for t in texts]
    >>> _union(rows), _kept_apart(rows, range(len(rows)))
    ([(2, 7), (8, 29)], [(2, 7), (12, 16), (18, 26)])
    """
    kept: list[Span] = []
    left: list[Sequence[Token]] = []
    for k in order:
        row = rows[k]
        joined = _merge(kept, _union([row]))
        if _shares(row, joined) or _joins(kept, joined):
            left.append(row)
        else:
            kept = joined
    if 3 * len(left) > len(rows) or not all(_overhangs(r, kept) for r in left):
        return None
    return kept


def _overhangs(row: Sequence[Token], columns: list[Span]) -> bool:
    """Does each of ``row``'s figures, placed in order, reach into the column it is placed
    in, and past its neighbours by no more than :data:`OVERHANG` places (a figure printed
    wider than its column, or pushed over by one that is, still overlaps it; a row of another
    layout, its figures beside the columns, does not, nor does a cell spanning two columns)?"""
    placed = assign([(t.col, t.colend) for t in row], columns)
    if placed is None:
        return False
    for t, k in zip(row, placed, strict=True):
        if _overlap(t, columns[k]) <= 0 or any(
                _overlap(t, columns[j]) > OVERHANG for j in (k - 1, k + 1) if 0 <= j < len(columns)):
            return False
    return True


def _overlap(t: Token, span: Span) -> int:
    """How many places ``t`` shares with ``span``."""
    return min(t.colend, span[1]) - max(t.col, span[0])


def _joins(spans: list[Span], joined: list[Span]) -> bool:
    """Does one span of ``joined`` (a union of ``spans`` and more) cover two of ``spans``?"""
    j, last = 0, -1
    for _, e in spans:
        while joined[j][1] < e:
            j += 1
        if j == last:
            return True
        last = j
    return False


def _merge(a: list[Span], b: list[Span]) -> list[Span]:
    """The union of two unions of spans (:func:`_union`'s)."""
    return _merged(sorted(a + b))


def _merged(spans: Iterable[Span]) -> list[Span]:
    """Spans in order, those overlapping merged into one."""
    merged: list[list[int]] = []
    for c, e in spans:
        if merged and c < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([c, e])
    return [(c, e) for c, e in merged]


#: the fewest rows of which one may stand off the others' columns
_FEWEST_FOR_APART: Final = 3


def _union(rows: Sequence[Sequence[Token]]) -> list[Span]:
    """The union of overlapping value spans across ``rows``."""
    # each span as one int, col * m + colend with every colend below m (columns are never
    # negative): ints sort as the (col, colend) pairs do, at a fraction of the cost of tuples
    m = 1
    for row in rows:
        for t in row:
            if t.colend >= m:
                m = t.colend + 1
    packed = sorted([t.col * m + t.colend for row in rows for t in row])
    return _merged([(k // m, k % m) for k in packed])


def _shares(row: Sequence[Token], spans: list[Span]) -> bool:
    """Do two of ``row``'s figures fall in one of ``spans`` (a column merged over them)? The
    figures and the spans both run left to right: one pass over each."""
    k, last, n = 0, -1, len(spans)
    for t in row:
        while k < n and spans[k][1] < t.colend:
            k += 1
        if k < n and spans[k][0] <= t.col:
            if k == last:
                return True
            last = k
    return False


def assign(values: Sequence[Span], columns: Sequence[Span]) -> list[int] | None:
    """Column index for each value span, strictly increasing, minimising distance.

    None when there are more values than columns.

    >>> assign([(16, 20), (43, 49)], [(14, 18), (25, 38), (46, 49)])
    [0, 2]
    """
    n, m = len(values), len(columns)
    if n > m:
        return None
    if n == m:
        return [i for i in range(n)]  # a compiled loop: no range object
    if n * m > MAX_ALIGN_CELLS:
        return None  # no real table is this wide: refuse rather than spend quadratic time
    inf = float("inf")
    # best[i][j]: cost of placing the first i values in the first j columns
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    choice = [[False] * (m + 1) for _ in range(n + 1)]
    for j in range(m + 1):
        best[0][j] = 0.0
    for i in range(1, n + 1):
        for j in range(i, m + 1):
            skip = best[i][j - 1]
            take = best[i - 1][j - 1] + distance(values[i - 1], columns[j - 1])
            if take <= skip:
                best[i][j], choice[i][j] = take, True
            else:
                best[i][j] = skip
    out: list[int] = []
    i, j = n, m
    while i > 0:
        if choice[i][j]:
            out.append(j - 1)
            i -= 1
        j -= 1
    return out[::-1]


def columns_for_slots(slot_spans: Sequence[Span], header: Sequence[Span]) -> list[int | None]:
    """Header column for each data slot: in order when the counts agree, else by position."""
    if len(slot_spans) == len(header):
        return list(range(len(header)))
    out: list[int | None] = [None] * len(slot_spans)
    if len(slot_spans) < len(header):
        placed = assign(slot_spans, header)
        for s, h in enumerate(placed or []):
            out[s] = h
        return out
    placed = assign(header, slot_spans)  # more slots than names: name the nearest slots
    for h, s in enumerate(placed or []):
        out[s] = h
    return out


def moved(t: Token, col: int, line: int | None = None, width: int = 0) -> Token:
    """A copy of ``t`` standing at display column ``col`` (``width`` columns wide, or its
    text's): a figure a reader places at a column of its own, its span in the text and its
    line (``line``, else ``t``'s own) kept, so that its source is where it is printed.

    >>> from abs_nb.parse.tokens import line_tokens
    >>> t = moved(line_tokens("x  1,000.00")[1], 200, line=7)
    >>> (t.text, t.start, t.col, t.colend, t.line, t.number)
    ('1,000.00', 3, 200, 208, 7, 1000.0)
    """
    out = Token(t.text, t.start, t.end, col, col + (width or len(t.text)), t.kind, t.value, t.percent, t.decimals,
                t.number)
    out.line = line if line is not None else t.line
    return out
