"""Roles of class-table columns: the identities of :mod:`abs_nb.parse.roles` applied to the
class blocks the walk and the structure readers found, and a table's kind (amounts or
per-$1,000 figures) from its content.

>>> from abs_nb.parse.engine import walk
>>> w = walk("PAYMENTS\\n\\n Class   Opening    Paid     Closing\\n  A-1  1,000.00  100.00  900.00\\n"
...          "  A-2  2,000.00  200.00  1,800.00\\n")
>>> [c.detail.split(":")[0] for c in w.checks if c.check == "column_role"]
['beginning_balance', 'principal', 'ending_balance']
"""

from __future__ import annotations

import math
from typing import Final

from abs_nb.parse.class_interest import read_class_interest
from abs_nb.parse.grid import half_labels
from abs_nb.parse.identities import AMOUNTS_ONLY, PER_1000_BASE, PER_1000_FOR, PER_1000_OF
from abs_nb.parse.layout import PER_1000_WORDS
from abs_nb.parse.per_1000_roles import per_1000_tally
from abs_nb.parse.pieces import CheckRow, ClassBlock, ClassRow
from abs_nb.parse.role_column import as_amounts
from abs_nb.parse.roles import (
    EVERY_TERM,
    MIN_PROVING_ROWS,
    Column,
    above_beginning,
    infer,
    printed_again,
)
from abs_nb.parse.row_labels import CUSIP
from abs_nb.parse.spelling import TOTAL_KEYS, class_key
from abs_nb.parse.vocabulary import vocabulary

_TYPES = {"interest_rate": "rate", "cusip": "text", "description": "text"}


def field_type(name: str) -> str:
    """How a class field's figures are read (:func:`abs_nb.parse.values.convert`).

    >>> field_type("principal_per_1000"), field_type("interest_rate"), field_type("principal"), field_type("margin")
    ('per1000', 'rate', 'money', 'rate')
    """
    if name in PER_1000_OF:
        return "per1000"
    return _TYPES.get(name) or vocabulary().field_type("classes", name) or "money"  # (as the vocabulary types it)


def _prior(printed: str, cusips: bool) -> str | None:
    if cusips:
        return "cusip"
    if not printed:
        return None
    v = vocabulary()
    words = printed.split()
    # the whole name, else its last words: a title over the table's columns ("Current Period
    # Distribution - Distribution in Dollars") heads each, the column's own words are below it
    for k in range(len(words) if " - " in printed or len(words) > MAX_NAME_WORDS else 1):
        for section in ("classes", "per1000", "shortfall"):  # the sections whose columns a class table has
            entry = v.lookup(" ".join(words[k:]), section, ("classes",))
            if entry is not None:
                # its last words joined to a word naming another field ("... allocable to
                # interest and principal"): a name of two figures names neither
                if k >= 2 and words[k - 1].lower() in _JOINS and (
                        e := v.lookup(words[k - 2], section, ("classes",))) is not None and e.field != entry.field:
                    return None
                return entry.field
    return None


#: the most words a class column's own name holds: a longer one holds a title's too
MAX_NAME_WORDS = 6
_JOINS: Final = frozenset({"and", "or", "&", "plus", "+"})  # words joining two figures' names


# one column's figures read from its cells: (values, decimals, numbers, percents, words, cusips)
_Scan = tuple[dict[str, float], dict[str, int], int, int, int, int]
#: each block's columns as read (by ``id``), with the labels they were read under
Scans = dict[int, tuple[list[str | None], list[_Scan]]]


def _scan(rows: list[tuple[str, ClassRow]], ci: int) -> _Scan:
    values: dict[str, float] = {}
    decimals: dict[str, int] = {}
    numbers = percents = words = cusips = 0
    for key, row in rows:
        tok = row.cells[ci] if ci < len(row.cells) else None
        if tok is None:
            continue
        if tok.kind == "num" and tok.value is not None:
            values[key] = tok.number  # float(tok.value)
            decimals[key] = tok.decimals
            numbers += 1
            percents += tok.percent
        elif tok.kind == "na":
            values[key] = math.nan
        elif tok.kind == "word":
            words += 1
            if len(tok.text) == 9 and CUSIP.match(tok.text):  # nine characters (a token holds no blank)
                cusips += 1
    return values, decimals, numbers, percents, words, cusips


#: a figure per $1,000 of original balance above this is no such figure but for a class of a
#: tiny original balance (P's $100): a balance's is 1,000 at most (a little more for a class
#: the O/C grows), a month's flows far less. Most of a column's figures above it are amounts
PER_1000_MOST = 2_000.0


def _amounts(values: dict[str, float]) -> bool:
    """Are most of the figures not zero above :data:`PER_1000_MOST` (a heading's per-$1,000
    section run on over a table of amounts; one class of $100 original, such as P, may print
    a figure per $1,000 in the millions)?

    >>> _amounts({"A-1": 236_162_087.86, "A-2": 73_355_309.95, "P": 100.0}), _amounts({"A-1": 717.98, "P": 1_179_122.9})
    (True, False)
    """
    figures = [abs(v) for v in values.values() if v == v and v != 0]
    return 2 * sum(v > PER_1000_MOST for v in figures) > len(figures)


def _amounts_table(columns: list[tuple[dict[str, float], dict[str, int]]]) -> bool:
    """Do most of a table's columns of figures with no % (``columns``: figures and the
    places each prints) print amounts (:func:`_amounts`)? A zero proves nothing of
    a figure's size, but its places speak: a column of zeros printing more places than cents
    (``0.00000000``) votes for figures per $1,000, one printing cents votes neither way. A
    column of whole numbers votes for amounts where they are amounts (whole dollars, most
    above :data:`PER_1000_MOST`), else neither way (a count, a number of days).

    >>> amounts, zeros, eight = {"A": 750_000_000.0, "B": 60_000_000.0}, {"A": 0.0, "B": 0.0}, {"A": 8, "B": 8}
    >>> per_1000 = ({"A": 4.125, "B": 4.41666667}, eight)
    >>> _amounts_table([(amounts, {}), (amounts, {}), (zeros, eight), per_1000])
    False
    >>> _amounts_table([(amounts, {}), (amounts, {}), (zeros, {"A": 2, "B": 2}), per_1000])
    True
    """
    cast: list[bool] = []
    for v, d in columns:
        places = max(d.values(), default=0)
        if any(x == x and x != 0 for x in v.values()):
            amounts = _amounts(v)
            if amounts or places > 0:
                cast.append(amounts)
        elif places > CENTS:
            cast.append(False)
    return 2 * sum(cast) > len(cast)


#: the places an amount prints (a figure per $1,000 prints more: six to nine)
CENTS: Final = 2


def _block_columns(blocks: list[ClassBlock], scans: Scans | None = None,
                   ) -> list[tuple[Column, ClassBlock, int]]:
    """Every column of every block as a :class:`Column` keyed by class (an unlabelled block
    takes the labels of the labelled block before it with as many rows). ``scans`` keeps
    each block's cells as read, for the next call on the same blocks (the cells do not
    change; the columns' names may)."""
    out: list[tuple[Column, ClassBlock, int]] = []
    last: list[str | None] | None = None
    last_rows: list[ClassRow] | None = None
    spelling: dict[str, str] = {}  # class key -> the label first printed for it (B-IO, BIO)
    scans = {} if scans is None else scans
    parts: dict[int, tuple[ClassBlock, list[Column]]] = {}  # a block -> the first part of its table
    for b in blocks:
        if b.labelled:
            labels: list[str | None] = [
                spelling.setdefault(class_key(r.label), r.label) if r.label else None for r in b.rows]
            last, last_rows = labels, b.rows
        else:
            half = half_labels(last, b.rows, "Total", last_rows)
            if half is None:
                continue
            labels = half
        structural = b.found_by == "structure"
        kept = scans.get(id(b))
        if kept is None or kept[0] != labels:
            # the rows of classes (not a Total), their keys made once for every column
            rows = [(key, row) for key, row in zip(labels, b.rows, strict=False)
                    if key is not None and class_key(key) not in TOTAL_KEYS]
            kept = scans[id(b)] = (labels, [_scan(rows, ci) for ci in range(len(b.columns))])
        # a heading's per-$1,000 section run on over a table of amounts: the table, not a
        # column at a time (a shortfall's small figures are amounts beside the balances)
        amounts = b.section == "per1000" and _amounts_table(
            [(k[0], k[1]) for k in kept[1] if k[2] > 0 and not k[3]])
        if amounts and structural:
            b.section = "classes"  # a table of amounts, a column its words say per $1,000 aside
        first = _part_of(b, labels, parts)
        for ci, col in enumerate(b.columns):
            values, decimals, numbers, percents, words, cusips = kept[1][ci]
            k = first[2][ci] if first is not None else None
            if first is not None and k is not None:
                column = first[1][k]  # this part's figures join the first part's column
                column.values.update(values)
                column.decimals.update(decimals)
                out.append((column, b, ci))
                continue
            text = words > 0 and numbers == 0
            # a column of words (dates, types) holds no amount, whatever its header's words
            # say ("End" of an accrual period is no ending balance)
            named = col.field if col.field is None or not text or field_type(col.field) == "text" else None
            if named in PER_1000_OF and amounts:
                named = PER_1000_OF[named]  # its words name the amount, which the identities then prove or not
            fixed = not structural and named is not None
            prior = named if fixed else _prior(col.printed, text and cusips == words)
            if text and prior is not None and field_type(prior) != "text":
                prior = None
            hint = None if fixed or prior else vocabulary().hint(col.printed, "classes", ("classes",))
            if not fixed and b.section == "per1000" and prior in PER_1000_FOR and not amounts:
                prior = PER_1000_FOR[prior]  # in a per-$1,000 table an amount's name is its figure's
            column = Column(col.printed, prior, dict(values), dict(decimals), numbers > 0 and percents == numbers,
                            text, fixed, hint)
            out.append((column, b, ci))
        if b.labelled and first is None:
            parts[id(b)] = (b, [c for c, x, _ in out if x is b])
    return out


def _part_of(b: ClassBlock, labels: list[str | None], parts: dict[int, tuple[ClassBlock, list[Column]]],
             ) -> tuple[ClassBlock, list[Column], list[int | None]] | None:
    """The first part of the table ``b`` is a part of, its columns, and for each column of
    ``b`` the one of that part it continues (None for one it does not print): a labelled
    table before it, with no class of ``b`` among its rows, under the same header (a report
    printing its senior and its subordinate classes as two tables), or under a header
    naming :data:`MIN_SHARED_COLUMNS` columns or more alike, in the same order (a table of
    exchangeable classes printing one column its own, another not). One reading proves the
    columns both print."""
    if not b.labelled or not b.columns:
        return None
    mine = {class_key(lab) for lab in labels if lab and class_key(lab) not in TOTAL_KEYS}
    for other, columns in parts.values():
        if (other.section != b.section or other.found_by != b.found_by
                or mine & {class_key(r.label) for r in other.rows if r.label}):
            continue
        if len(other.columns) == len(b.columns) and _header_words(other) == _header_words(b):
            return other, columns, [k for k in range(len(b.columns))]
        alike = _named_alike(other, b)
        if alike is not None:
            return other, columns, alike
    return None


#: the fewest columns two tables of other classes must name alike to be parts of one table
MIN_SHARED_COLUMNS: Final = 4


def _named_alike(first: ClassBlock, b: ClassBlock) -> list[int | None] | None:
    """For each column of ``b``, the column of ``first`` its header names alike (the same
    words, each name printed once in ``first``), or None; None where fewer than
    :data:`MIN_SHARED_COLUMNS` are, or they stand in another order."""
    names = [" ".join(c.printed.lower().split()) for c in first.columns]
    out: list[int | None] = []
    last = -1
    for c in b.columns:
        name = " ".join(c.printed.lower().split())
        k = names.index(name) if name and names.count(name) == 1 else -1
        if k < 0:
            out.append(None)
            continue
        if k <= last:
            return None
        last = k
        out.append(k)
    return out if sum(1 for k in out if k is not None) >= MIN_SHARED_COLUMNS else None


def _header_words(b: ClassBlock) -> list[str]:
    """The words of a table's column names, sorted: alike for one header printed over two
    tables, however their figures' widths part its words among the columns."""
    return sorted(w for c in b.columns for w in c.printed.split())


def assign(blocks: list[ClassBlock], scans: Scans | None = None,
           ) -> list[tuple[ClassBlock, CheckRow]]:
    """Give every column of the class blocks that its header words did not name (and every
    column of a table found by structure) the field the identities prove; one
    ``column_role`` check per such column, with its evidence (and the block it is of). A block found by structure
    whose columns hold only per-$1,000 figures is a per-$1,000 block."""
    if not any(b.found_by == "structure" or any(c.field is None for c in b.columns) for b in blocks):
        return []
    blocks = sorted(blocks, key=lambda b: b.rows[0].line if b.rows else 0)
    found = _block_columns(blocks, scans)
    once = list({id(c): (c, b) for c, b, _ in found}.values())  # a table's parts share their columns
    # (the columns of a per-$1,000 section's table of amounts are named as amounts: none of them)
    per_1000 = [c for c, b in once if b.section == "per1000" and c.prior not in PER_1000_FOR]
    # a column printed as negatives ("(17,618,290.12)") takes out what its sign says: its amounts
    as_amounts([c for c, _ in once if c.numeric and not c.percent and not c.fixed])
    if per_1000:
        # per-$1,000 figures obey the amounts' sums too, each class's scaled by its original
        # balance: the amounts are read first, so that no per-$1,000 column takes their fields
        infer([c for c, b in once if b.section != "per1000"], unknowns=EVERY_TERM)
    infer([c for c, _ in once], unknowns=EVERY_TERM)
    if any(c.field is None and c.numeric for c in per_1000):
        _per_1000_sums(per_1000)
    words_name = {c.prior for c, _, _ in found} | {c.hint for c, _, _ in found} | {
        vocabulary().hint(t, "classes", ("classes",)) for b in blocks for t in b.header_texts}
    if PER_1000_BASE in words_name:
        _original_by_bound([c for c, _ in once])
    # every block's columns, a per-$1,000 table's too: a heading's section may run on over a
    # table of amounts, and the identity with the interest paid holds of amounts alone
    _read_repeats(found)
    read_class_interest([c for c, _ in once], {id(c): id(b) for c, b in once})
    checks: list[tuple[ClassBlock, CheckRow]] = []
    for c in _per_1000_alike(found):
        c.field = PER_1000_FOR[c.field or ""]
        c.evidence = "header words, in a table whose other figures the identities proved per $1,000"
    for c, b, ci in found:
        col = b.columns[ci]
        # the amounts' sums hold of their per-$1,000 figures too (each scaled by its class's
        # original balance): under a heading or a column name saying per $1,000, the decimals
        # tell which these are
        says = b.section == "per1000" or PER_1000_WORDS.search(col.printed) is not None
        places = _past_cents(c) if says and (col.field if c.fixed else c.field) in PER_1000_FOR else 0
        if c.fixed:
            if col.field in PER_1000_OF and c.field == PER_1000_OF[col.field]:
                col.field, col.type = c.field, field_type(c.field)  # the amount a per-$1,000 heading's words named
            elif places:
                col.field, col.type = PER_1000_FOR[col.field or ""], "per1000"
                checks.append((b, CheckRow(
                    "column_role", f"{col.printed} (line {b.header_lines[0]})", math.nan, math.nan, "pass",
                    f"{col.field}: {_PAST_CENTS.format(places=places)}", list(b.header_lines))))
            continue
        if places:
            c.field = PER_1000_FOR[c.field or ""]
            c.evidence = _PAST_CENTS.format(places=places) + ("" if c.by_words else f"; {c.evidence}")
        kept = c.status == "pass" and c.field is not None
        if kept and b.section == "per1000" and c.field in AMOUNTS_ONLY and c.field != PER_1000_BASE:
            # a per-$1,000 table holds no amount: a figure of a field with no per-$1,000 column
            # (but the original balance its figures are per $1,000 of, printed beside them)
            kept, c.evidence = False, f"its words name {c.field}, an amount; a per-$1,000 figure of it has no column"
        col.field = c.field if kept else None
        col.type = field_type(c.field) if kept and c.field else ""
        col.unproven = not kept
        where = f"line {b.header_lines[0]}"
        checks.append((b, CheckRow(
            "column_role", f"{col.printed or '(no header)'} ({where})", math.nan, math.nan,
            "pass" if kept else "warn",
            (f"{c.field}: {c.evidence}" if kept else f"not read: {c.evidence}; its figures are listed in unmapped"),
            list(b.header_lines))))
    for b in blocks:
        named = [c.field for c in b.columns if c.field and c.field != "cusip"]
        if b.found_by == "structure" and named and all(f in PER_1000_OF for f in named):
            b.section = "per1000"
    return checks




_PAST_CENTS: Final = ("header words, under a heading or a column name saying per $1,000, its figures printed to "
                      "{places} decimals (an amount prints cents at most)")


def _past_cents(c: Column) -> int:
    """The fewest decimals ``c``'s figures print where every one prints more than an
    amount's two (:data:`MIN_PROVING_ROWS` figures at least), else 0.

    >>> _past_cents(Column("F", None, {"A": 412.88104235, "B": 1000.0}, {"A": 8, "B": 8}))
    8
    >>> _past_cents(Column("F", None, {"A": 412.88, "B": 1000.0}, {"A": 2, "B": 8}))
    0
    """
    places = [c.decimals.get(r, 0) for r, v in c.values.items() if v == v]
    return min(places) if len(places) >= MIN_PROVING_ROWS and min(places) > 2 else 0


def _per_1000_alike(found: list[tuple[Column, ClassBlock, int]]) -> list[Column]:
    """The columns its header words alone name an amount (``Interest Distribution``) in a
    table whose figures the identities proved per $1,000 (two columns or more, and no
    amount): each holds that amount per $1,000, as its neighbours do.

    >>> a, b, c = (Column(h, None, {}) for h in ("Beg", "Prin", "Int"))
    >>> a.field, b.field, c.field = "beginning_balance_per_1000", "principal_per_1000", "interest"
    >>> a.status = b.status = c.status = "pass"
    >>> c.by_words = True
    >>> blk = ClassBlock("classes", [], [])
    >>> [x.field for x in _per_1000_alike([(a, blk, 0), (b, blk, 1), (c, blk, 2)])]
    ['interest']
    """
    by_block: dict[int, list[Column]] = {}
    for c, b, _ in found:
        by_block.setdefault(id(b), []).append(c)
    out: list[Column] = []
    for cols in by_block.values():
        named = [c for c in cols if c.status == "pass" and c.field is not None and not c.fixed]
        proven = {c.field for c in named if not c.by_words}
        if sum(f in PER_1000_OF for f in proven) < 2 or any(f in PER_1000_FOR for f in proven):
            continue
        out += [c for c in named if c.by_words and c.field in PER_1000_FOR and PER_1000_FOR[c.field] not in proven]
    return out


def _read_repeats(found: list[tuple[Column, ClassBlock, int]]) -> None:
    """Columns printing another table's column again (:func:`_repeats`), neither proven: two
    columns alike leave every reading of either a tie, so the reading is sought again with
    each such column's first printing alone, and the repeat takes what its first is proven."""
    again = _repeats(found)
    unproven = {k: first for k, first in again.items()
                if first[0].status != "pass" and not any(id(c) == k and c.status == "pass" for c, _, _ in found)}
    # a column printing again, class by class, the figures of a proven column of another table
    # holds its field: the same figures, printed twice. Two columns of one table printing the
    # same figures (interest accrued and paid, no shortfall) are told apart by their words alone
    table: dict[int, int] = {}  # each column's table (a table's parts share their columns: the first part's)
    for c, b, _ in found:
        table.setdefault(id(c), id(b))
    proven = [(c, b, first) for c, b, _ in found if (first := again.get(id(c))) is not None
              and table[id(first[0])] != table[id(c)] and first[0].status == "pass" and first[0].field
              and c.status != "pass" and not c.fixed and c.prior in (None, first[0].field)]
    for c, b, first in proven:
        alike = [x for x, xb, f in proven if xb is b and f[0] is first[0]]
        if len(alike) > 1 and [x for x in alike if first[0].field in (x.prior, x.hint)] != [c]:
            continue
        c.field, c.status, c.by_words = first[0].field, "pass", False
        c.evidence = f"the figures of {first[0].header} (line {first[1]}) printed again: {first[0].evidence}"
    _read_first_printings(found, again, table)
    if not unproven:
        return
    infer(list({id(c): c for c, _, _ in found if id(c) not in unproven}.values()), unknowns=EVERY_TERM)
    for c, b, _ in found:
        first = unproven.get(id(c))
        if first is None or first[0].field is None or first[0].status != "pass":
            continue
        if first[2] is b:  # one table printing a column twice (interest due and paid, no shortfall): one field, one column
            c.evidence = f"the figures of {first[0].header} printed again in its table, read as {first[0].field}"
            continue
        c.field, c.status = first[0].field, "pass"
        c.evidence = f"the figures of {first[0].header} (line {first[1]}) printed again: {first[0].evidence}"


def _read_first_printings(found: list[tuple[Column, ClassBlock, int]], again: dict[int, tuple[Column, int, ClassBlock]],
                          table: dict[int, int]) -> None:
    """The other way round from a repeat taking its first printing's field: a column proven
    in a later table (a detail table's ``Interest Paid``) whose figures an earlier table
    printed first in a column no reading proved (a summary's column with no header, for more
    classes) gives that column its field, where its words name no other and every proven
    repeat of it holds one field."""
    repeats: dict[int, list[tuple[Column, ClassBlock]]] = {}
    for c, b, _ in found:
        first = again.get(id(c))
        if first is None or c.status != "pass" or not c.field or table[id(first[0])] == table[id(c)]:
            continue
        if first[0].status != "pass" and not first[0].fixed and first[0].prior in (None, c.field):
            repeats.setdefault(id(first[0]), []).append((c, b))
    for c, _, _ in found:
        proven = repeats.pop(id(c), None)
        if proven is None or len({p.field for p, _ in proven}) != 1:
            continue
        p, b = proven[0]
        c.field, c.status, c.by_words = p.field, "pass", False
        line = b.header_lines[0] if b.header_lines else 0
        c.evidence = f"{p.header} (line {line}) prints its figures again: {p.evidence}"


def _repeats(found: list[tuple[Column, ClassBlock, int]]) -> dict[int, tuple[Column, int, ClassBlock]]:
    """The columns printing, for every class they print, the figure an earlier column prints
    for it, in an earlier table or in their own (more classes than a proof's rows, one figure
    other than zero at least; a table cut by a page may print some of the classes), by id:
    that column, its table's header line and its table.

    >>> a, b = ClassBlock("classes", [], [1]), ClassBlock("classes", [], [9])
    >>> pd = Column("PD", None, {"A": 5.0, "B": 7.0, "C": 0.0})
    >>> again = Column("PD", None, {"A": 5.0, "B": 7.0, "C": 0.0})
    >>> [c.header for c, _, _ in _repeats([(pd, a, 0), (again, b, 0)]).values()]
    ['PD']
    """
    earlier: list[tuple[Column, ClassBlock]] = []
    out: dict[int, tuple[Column, int, ClassBlock]] = {}
    for c, b, _ in found:
        printed = {r: v for r, v in c.values.items() if v == v}
        if c.text or c.percent or len(printed) <= MIN_PROVING_ROWS or not any(printed.values()):
            continue  # a figure other than zero, and more rows than a proof needs
        first = next((a for a, ab in earlier if a is not c  # (a table's part: its first's column)
                      and printed.keys() <= a.values.keys() and printed_again(c, a)), None)
        if first is None:
            earlier.append((c, b))
        else:
            block = next(ab for a, ab in earlier if a is first)
            out[id(c)] = (first, block.header_lines[0] if block.header_lines else 0, block)
    return out


def _original_by_bound(cols: list[Column]) -> None:
    """The original balance, which no sum covers, where the header's words name it (the
    caller asks) and no column holds it: the one column no reading proves whose figures
    are at least the proven beginning balance of each class printing both, and more for
    one at least (a balance before any payment: a class paid down owes less
    now). A zero proves nothing: the bound must hold on ``MIN_PROVING_ROWS`` classes with
    both figures non-zero (:func:`~abs_nb.parse.roles.above_beginning`).

    >>> cols = [Column("Beginning", "beginning_balance", {"A": 80.0, "B": 50.0, "C": 9.0}, fixed=True),
    ...         Column("Orig Bal", None, {"A": 100.0, "B": 50.0, "C": 0.0}),
    ...         Column("Closing", None, {"A": 70.0, "B": 50.0, "C": 9.0})]
    >>> _original_by_bound(cols)
    >>> [(c.field, c.status) for c in cols]
    [('beginning_balance', 'pass'), ('original_balance', 'pass'), (None, '')]
    """
    if any(c.field == PER_1000_BASE and c.status == "pass" for c in cols):
        return
    begin = next((c for c in cols if c.field == "beginning_balance" and c.status == "pass"), None)
    if begin is None:
        return
    rows = list(dict.fromkeys(r for c in cols for r in c.values))
    fits = [c for c in cols if c.status != "pass" and c.numeric and not c.percent and _bounded(c, begin, rows)]
    if len(fits) == 1:
        c = fits[0]
        c.field, c.status, c.by_words = PER_1000_BASE, "pass", False
        c.evidence = (f"at least the beginning balance of every class printing both, more for a class paid "
                      f"down, and the header's words name {PER_1000_BASE}")


def _bounded(c: Column, begin: Column, rows: list[str]) -> bool:
    bound = above_beginning(c, begin, rows)
    return bound is not None and len(bound[0]) >= MIN_PROVING_ROWS and bound[1] > 0


def _per_1000_sums(cols: list[Column]) -> None:
    """Read the columns of per-$1,000 blocks that no ratio to an amount proved by the
    amounts' sums, which their figures obey scaled by each class's original balance: their
    names and fields are taken as the amounts' for the reading, then each field read is the
    amount's per-$1,000 figure."""
    priors = [c.prior for c in cols]
    for c in cols:
        c.prior = PER_1000_OF.get(c.prior or "", c.prior)
        if c.field in PER_1000_OF:
            c.field = PER_1000_OF[c.field]
    infer(cols, ratios=False, unknowns=EVERY_TERM)
    for c, prior in zip(cols, priors, strict=True):
        c.prior = prior
        if c.field in PER_1000_FOR:
            c.field = PER_1000_FOR[c.field]


def per_1000_kind(blocks: list[ClassBlock], scans: Scans | None = None,
                  ) -> list[tuple[ClassBlock, CheckRow]]:
    """A block read as amounts (labelled, or a stacked half taking the labels above it) whose
    figures are, on two rows at least and on none against, ``amount / original x 1000`` of the same classes' amounts in an earlier block is
    a per-$1,000 block, whatever its heading (a table's kind comes from its content first):
    its columns take the per-$1,000 fields. One ``column_role`` check per such block."""
    if sum(1 for b in blocks if b.labelled and b.section == "classes") < 2:
        return []
    ordered = sorted(blocks, key=lambda b: b.rows[0].line if b.rows else 0)
    found = _block_columns(ordered, scans)
    out: list[tuple[ClassBlock, CheckRow]] = []
    seen: dict[str, Column] = {}
    unnamed: list[Column] = []
    by_block: dict[int, list[tuple[Column, int]]] = {}
    for c, b, ci in found:
        by_block.setdefault(id(b), []).append((c, ci))
    for b in ordered:
        cols = by_block.get(id(b), [])
        amounts = [(c, ci) for c, ci in cols if c.field in PER_1000_FOR]
        compared = [(c, ci) for c, ci in amounts if c.field in seen]
        # the original balance the figures divide by: the known one, else the one column
        # above that no header names under which they are per-$1,000 figures
        bases = [seen[PER_1000_BASE]] if PER_1000_BASE in seen else unnamed
        tallies = []
        for base in bases:
            agree = against = 0
            for c, _ in compared:
                a, x = per_1000_tally(c, seen[c.field or ""], base)
                agree, against = agree + a, against + x
            if agree >= MIN_PROVING_ROWS and agree > against:
                tallies.append((agree, against))
        if b.section == "classes" and compared and len(tallies) == 1:
            agree, against = tallies[0]
            # a misprinted row or two (a block one row off its labels) is the per-$1,000
            # checks' to flag and repair: the block is per-$1,000 when most figures say so
            if agree >= MIN_PROVING_ROWS and agree > against:
                b.section = "per1000"
                for c, ci in amounts:
                    b.columns[ci].field = PER_1000_FOR[c.field or ""]
                    b.columns[ci].type = "per1000"
                named = ", ".join(col.field or "" for col in b.columns if col.field)
                out.append((b, CheckRow(
                    "column_role", f"class block (line {b.header_lines[0]})", math.nan, math.nan, "pass",
                    f"per-$1,000 block ({named}): {agree} of its figures are the amounts of the table above / "
                    f"original x 1000 ({against} are not), so its header words name per-$1,000 figures",
                    list(b.header_lines))))
                continue
        for c, _ in cols:
            if c.field and c.field not in seen:
                seen[c.field] = c
            elif c.field is None and c.numeric and not c.percent:
                unnamed.append(c)
    return out
