"""Runs of one-figure lines read as the pool's table, whatever their heading.

A report may print its pool as lines of one figure each (``Beginning Pool Balance ....
318,882,349.54``), under a heading the vocabulary does not know, or as a block of such lines
per loan group. A run of such lines is the pool's where its labels name pool figures, or
where its roll-forward holds with the lines whose words name the balances; a line printing
its loans beside its amount is read by its amount. Each line so read is a ``row_role`` check.

>>> from abs_nb.parse.engine import walk
>>> w = walk("LOAN ACTIVITY\\n\\nOpening Pool Balance ...... 1,000.00\\nScheduled Principal ...... 10.00\\n"
...          "Principal Prepayments ...... 90.00\\nClosing Pool Balance ...... 900.00\\n")
>>> sorted((c.column, c.token.text) for c in w.cells if c.table == "collateral")[:2]
[('beginning_balance', '1,000.00'), ('ending_balance', '900.00')]
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from typing import Final

from abs_nb.parse.identities import POOL_FIELDS, PREPAID_PARTS, Sums, pool_sums
from abs_nb.parse.line_shapes import is_rule
from abs_nb.parse.pieces import Cell, CheckRow, Unmapped, Walk
from abs_nb.parse.pool_rows import count_row, loss_unread, lossless
from abs_nb.parse.roles import EVERY_TERM, MIN_PROVING_ROWS, Column, infer
from abs_nb.parse.runs import block_lines, join_runs, runs_of, wrapped_head
from abs_nb.parse.spelling import TOTAL_KEYS, before_aside, class_key, without_item_marks
from abs_nb.parse.tokens import Line, Token
from abs_nb.parse.values import amount_in_cents, counts_among_cents, prints_cents
from abs_nb.parse.vocabulary import Entry, vocabulary


def read_pool_runs(w: Walk, last: bool = False) -> None:
    """A run of one-figure lines the walk left unmapped, two or more of whose labels name pool
    figures, is the pool's table whatever its heading (a table's kind comes from its content):
    the lines whose labels name pool figures are read as the pool's Total; the others are
    left for :func:`prove_pool_rows`. A ``row_role`` check says so. Where the pool is printed
    in a block of lines per group, the lines no label names are read across the blocks
    (:func:`prove_pool_rows`), and by their block's roll-forward only where that leaves them
    unread, in a last pass (``last``)."""
    single = {(u.line, u.label) for u in w.unmapped if len(u.values) in (1, 2)}
    if not single:
        return
    v = vocabulary()
    taken: set[tuple[int, str]] = set()
    groups = any(g and g != "Total" for _, g in w.block_groups)
    if last and not groups:
        return
    lines = block_lines(w.lines)  # two blocks printed side by side are two runs
    aligned = amounts_by_column(lines)
    # a line the walk read (a deal figure) stands in a run without ending it, and is not read again
    read = {id(c.token) for c in w.cells if c.token is not None}
    pool = {id(c.token): c.column for c in w.cells if c.table == "collateral" and c.token is not None}
    # a label wrapped from a line of words above it (:func:`~abs_nb.parse.runs.wrapped_head`):
    # the line above stands in the run, the label is its words and the line's
    heads = {id(b): f"{h} {b.label}" for a, b in zip(lines, lines[1:], strict=False) if (h := wrapped_head(a, b))}
    for whole in _within_blocks(w, join_runs(lines, runs_of(lines, lambda ln, _open: (t := figure_of(ln, aligned)) is not None and (
            (ln.no, ln.label) in single or id(t) in read), lambda ln, _run, below: below is not None and id(below) in heads),
            _one_blank)):
        run = [ln for ln in whole if (ln.no, ln.label) in single]
        if not run:
            continue
        # the pool figures the walk read among them: known terms of the roll-forward
        done = {id(ln): pool[id(t)] for ln in whole if id(t := figure_of(ln, aligned) or ln.values[0]) in pool}
        unread = {id(ln) for ln in run}
        terms = [ln for ln in whole if id(ln) in unread or id(ln) in done]
        found = [(ln, v.lookup(without_item_marks(heads.get(id(ln), ln.label)), "pool", ("collateral",))) for ln in run if ln.label]
        # a whole number where the pool's amounts print cents (read already, or in this run)
        # counts loans, whatever its words name ("Loans Repurchased  (1)", "Paid in Full  21")
        cents = prints_cents(w.cells) or any(amount_in_cents(t) for ln in run for t in ln.values)
        known = [(ln, e) for ln, e in found if e is not None and "{" not in e.field
                 and not (e.type == "money" and counts_among_cents(ln.values, cents))]
        rolls = last or not groups  # (with blocks by group, the first pass leaves them to the blocks)
        # a run in a group's block is the pool's by its place: one line its label names will do
        need = 1 if groups and w.block_at(run[0].no) else MIN_PROVING_ROWS
        if len(known) < need or last:
            if rolls:
                taken |= _run_by_roll_forward(w, terms, known, done, aligned, heads)
            continue
        if len({e.field for _, e in known}) < len(known):
            continue
        if _an_account(w, known, aligned):
            lines_of = {ln.no for ln, _ in known}
            for u in w.unmapped:
                if u.line in lines_of:
                    u.reason = ACCOUNT_REASON
            continue
        # with the lines no label names, where the roll holds
        rolled = _run_by_roll_forward(w, terms, known, done, aligned, heads) if rolls else set()
        taken |= rolled
        for ln, e in [] if rolled else known:
            t = figure_of(ln, aligned) or ln.values[0]
            w.cells.append(Cell("collateral", w.group_at(ln.no, t.col), e.field, e.type, t.line_in(ln.no), token=t, span=(t.start, t.end)))
            taken.add((ln.no, ln.label))
        w.checks.append(CheckRow("row_role", f"pool lines at line {run[0].no}", math.nan, math.nan, "pass",
                                 f"{len(known)} of the {len(run)} lines of this run are pool lines by their labels "
                                 f"({', '.join(e.field for _, e in known)}): the run is the pool's table, whatever "
                                 "its heading", [run[0].no]))
    if taken:
        w.unmapped = [u for u in w.unmapped if (u.line, u.label) not in taken]
        now = [ln for ln in lines if (ln.no, ln.label) in taken and len(ln.values) == 2]
        for block in dict.fromkeys(w.block_start(ln.no) for ln in now):
            # the block's pool lines with a count beside, those read in an earlier pass too
            _counts_beside(w, [ln for ln in now if w.block_start(ln.no) == block], aligned,
                           [ln for ln in lines if len(ln.values) == 2 and w.block_start(ln.no) == block])


def _an_account(w: Walk, known: list[tuple[Line, Entry]], aligned: dict[int, Token]) -> bool:
    """Are the balances a run's words name less than :data:`ACCOUNT_SHARE` of the beginning
    balances the class tables print (their totals rows aside): an account's (a reserve
    account's ``Beginning balance``), no pool's nor any loan group's?"""
    balances = [abs((figure_of(ln, aligned) or ln.values[0]).number) for ln, e in known
                if e.field in ("beginning_balance", "ending_balance")]
    classes = 0.0
    for block in w.class_blocks if balances else []:
        at = next((k for k, c in enumerate(block.columns) if c.field == "beginning_balance"), None)
        if at is not None:
            classes = max(classes, sum(abs(t.number) for r in block.rows if (t := r.cells[at]) is not None
                                       and t.kind == "num" and class_key(r.label or "") not in TOTAL_KEYS))
    return bool(balances) and max(balances) < ACCOUNT_SHARE * classes


#: a pool's balance, or a loan group's, is a tenth of its classes' at least; an account's is far less
ACCOUNT_SHARE: Final = 0.1
ACCOUNT_REASON: Final = "an account's balance (less than a tenth of the classes' balances): no pool's"


def _counts_beside(w: Walk, lines: list[Line], aligned: dict[int, Token], block: list[Line]) -> None:
    """The loan counts printed beside the pool figures of ``lines`` (read by their amounts):
    the counts beside the beginning and ending balances are the pool's loan counts where the
    count rolls forward as the balance does over the pool lines of their ``block`` (the
    beginning count less the counts beside the figures between is the ending count: loans
    paid off, liquidated, repurchased); every other count stays listed among the unread."""
    field_of = {id(c.token): c.column for c in w.cells if c.table == "collateral" and c.token is not None}
    begin = end = None
    counts = {id(ln): c for ln in block if id(figure_of(ln, aligned)) in field_of and (c := count_of(ln, aligned)) is not None}
    for ln in block:
        f = field_of.get(id(figure_of(ln, aligned)))
        if f == "beginning_balance":
            begin = ln
        elif f == "ending_balance":
            end = ln
    rolls = False
    if begin is not None and end is not None and id(begin) in counts and id(end) in counts:
        # counts taken out printed as negatives ("-21") are taken out all the same
        between = sum(abs(counts[id(ln)].number) for ln in block if begin.no < ln.no < end.no and id(ln) in counts)
        rolls = counts[id(begin)].number - between == counts[id(end)].number
    # a balance read in an earlier pass: its count, listed then, is read now where the count rolls
    earlier = [ln for ln in (begin, end) if rolls and ln is not None and all(ln is not x for x in lines)]
    for ln in earlier:
        w.unmapped = [u for u in w.unmapped if not (u.line == ln.no and u.reason == COUNT_BESIDE_REASON)]
    for ln in [*lines, *earlier]:
        if id(ln) not in counts:
            continue
        t = counts[id(ln)]
        if rolls and (ln is begin or ln is end):
            field = "beginning_count" if ln is begin else "ending_count"
            w.cells.append(Cell("collateral", w.group_at(ln.no, t.col), field, "count", t.line_in(ln.no), token=t,
                                span=(t.start, t.end)))
            w.checks.append(CheckRow("row_role", f"{ln.label} (line {ln.no})", math.nan, math.nan, "pass",
                                     f"{field}: the count beside the {field.split('_')[0]} balance; the beginning "
                                     "count less the counts beside the figures between is the ending count", [ln.no]))
            continue
        w.unmapped.append(Unmapped(ln.no, ln.label, [t.text], COUNT_BESIDE_REASON))


#: why a count printed beside a pool figure stays unread
COUNT_BESIDE_REASON: Final = "a count of loans printed beside a pool figure: no column holds it"


def figure_of(ln: Line, aligned: dict[int, Token] | None = None) -> Token | None:
    """The one pool figure of a line of a run: its one figure, or of a whole number and an
    amount in cents, the amount (the loans it counts printed beside it, before or after it,
    in a column of their own), or of two whole numbers the one standing in the column of
    the run's amounts (``aligned``, by the line's id: :func:`amounts_by_column`); else None.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> [figure_of(tokenize_line(t, 1)).text for t in ("Beginning Balance   612   237,100,418.01",
    ...                                                 "Less: Losses  61,877.29", "Ending   237,000.00   610")]
    ['237,100,418.01', '61,877.29', '237,000.00']
    >>> figure_of(tokenize_line("Principal   1,000.00   2,000.00", 1)) is None
    True
    """
    vals = ln.values
    if len(vals) == 1:
        return vals[0]
    if len(vals) == 2 and all(t.kind == "num" and not t.percent for t in vals) \
            and bool(vals[0].decimals) != bool(vals[1].decimals):
        return vals[0] if vals[0].decimals else vals[1]
    return aligned.get(id(ln)) if aligned and len(vals) == 2 else None


def amounts_by_column(lines: list[Line]) -> dict[int, Token]:
    """Of each line printing two whole numbers among lines printing one figure each (whole
    dollars, a count of loans beside some), the one standing in the column where the
    others print theirs (their right edge, two lines at least): the amount, the other the
    count; by the line's id.

    >>> from abs_nb.parse.tokens import tokenize
    >>> lines = tokenize("Beginning Balance  441,285,917   11,904\\n"
    ...                  "Scheduled              402,337\\n"
    ...                  "Prepaid              2,871,406       77\\n"
    ...                  "Ending Balance     437,239,460   11,813\\n"
    ...                  "Curtailments            61,229\\n")
    >>> [t.text for t in amounts_by_column(lines).values()]
    ['441,285,917', '2,871,406', '437,239,460']
    """
    out: dict[int, Token] = {}
    block: list[Line] = []
    for ln in [*lines, None]:
        if ln is not None and 1 <= len(ln.values) <= 2 and all(t.kind == "num" for t in ln.values):
            block.append(ln)
            continue
        if ln is not None and (ln.blank or is_rule(ln)) and block:
            continue  # a blank line between lines of one table, or a rule over its total
        if not block:
            continue
        edges = Counter(ln.values[0].colend for ln in block if len(ln.values) == 1 and not ln.values[0].percent)
        edge, seen = edges.most_common(1)[0] if edges else (0, 0)
        for b in block if seen >= MIN_PROVING_ROWS else []:
            at = [t for t in b.values if abs(t.colend - edge) <= 1]
            if len(b.values) == 2 and len(at) == 1 and not any(t.decimals or t.percent for t in b.values):
                out[id(b)] = at[0]
        block = []
    return out


def count_of(ln: Line, aligned: dict[int, Token] | None = None) -> Token | None:
    """The loans counted beside a line's pool figure (:func:`figure_of`), on either side of
    it; None where it prints none.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> [count_of(tokenize_line(t, 1)).text for t in ("Beginning   612   237,100.01", "Ending   237,100.01   610")]
    ['612', '610']
    """
    t = figure_of(ln, aligned)
    return next((x for x in ln.values if x is not t), None) if t is not None and len(ln.values) == 2 else None


def _within_blocks(w: Walk, runs: list[list[Line]]) -> list[list[Line]]:
    """The runs cut where a group's block of lines ends: a run is one group's table."""
    out: list[list[Line]] = []
    for run in runs:
        part: list[Line] = []
        for ln in run:
            if part and w.group_at(ln.no) != w.group_at(part[-1].no):
                out.append(part)
                part = []
            part.append(ln)
        out.append(part)
    return out


def _one_blank(lines: list[Line], above: list[Line], start: int, end: int, run: list[Line]) -> list[Line] | None:
    """A single blank line between two runs: a pool's ending balance often stands apart from
    its flows (two blank lines, or anything else, end a run)."""
    return [] if end - start == 1 and lines[start].blank else None


# the figures a run read by its roll-forward must hold, each on the line its words come
# nearest to (or its label names): a run with no such line for either is not read
_BALANCES = ("beginning_balance", "ending_balance")


def _run_by_roll_forward(w: Walk, whole: list[Line], known: list[tuple[Line, Entry]],
                         done: dict[int, str], aligned: dict[int, Token], heads: dict[int, str]) -> set[tuple[int, str]]:
    """A run of one-figure lines whose labels name too few pool figures is the pool's Total
    where the pool's roll-forward holds over its figures (the beginning balance less the
    principal and the losses is the ending balance, to the cent) and the words of the lines
    read as the two balances come nearest to them (a sum of flows, such as what was paid
    out, holds as well: the balances' words tell it apart). Each line so read is a
    ``row_role`` check; returns the lines read. ``whole``: the run's unread lines and the
    pool figures the walk read among them (``done``: their fields, by the line's id), known
    terms of the sums, not read again."""
    v = vocabulary()
    fields = {id(ln): e.field for ln, e in known} | done
    # a line its label names printing a dash is that figure at none: a zero in the sums; a
    # loan count is no amount (its own roll-forward adds up as the balances' does)
    figures = [(ln, t) for ln in whole if ln.label and (t := figure_of(ln, aligned) or ln.values[0]) and not t.percent
               and count_row(ln.label, ln.values) is None and (
        t.kind == "num" and t.value is not None or t.kind == "na" and id(ln) in fields)]
    # the words before an aside in brackets name a line; the aside says what it holds
    labels = [heads.get(id(ln), ln.label) for ln, _ in figures]  # a wrapped label whole
    hints = [v.hint(before_aside(label), "pool", ("collateral",), POOL_FIELDS)
             or v.hint(label, "pool", ("collateral",), POOL_FIELDS) for label in labels]
    # the whole label's words, aside and all ("Principal Collections (scheduled payments)"):
    # the field they come nearest is tried where the words before the aside read no sum
    wholes = [v.hint(label, "pool", ("collateral",), POOL_FIELDS) for label in labels]
    sign = -1.0 if _signed_deductions([fields.get(id(ln)) or h for (ln, _), h in zip(figures, hints, strict=True)],
                                      [t.number for _, t in figures]) else 1.0
    cols = [Column(ln.label, fields.get(id(ln)), {"Total": (sign if t.number < 0 else 1.0) * float(t.value or 0)},
                   {"Total": t.decimals}, fixed=id(ln) in fields, hint=h)
            for (ln, t), h in zip(figures, hints, strict=True)]
    if len(cols) < 3:
        return set()
    sums = pool_sums(set(fields.values()))
    if not all(any(c.hint == f or c.fixed and c.field == f for c in cols) for f in _BALANCES):
        # no balances: the principal's parts and their total, read where the words of every
        # line come nearest its term and the sum holds so read, in one way only
        if not read_by_hints(cols, tuple(s for s in sums if s[1] == "total_principal")):
            return set()
        proven = {c.field: c for c in cols if c.status == "pass" and c.field is not None}
    else:
        # every term may be unknown: the balances' words must name them (below)
        # the roll-forwards only: the principal's parts are proven by the rows then known
        # (:func:`prove_pool_rows`), where fewer terms are unknown
        rolls = tuple(s for s in sums if s[1] == "beginning_balance")
        if not read_by_hints(cols, rolls):  # (one line's whole label at a time, the others' first words kept)
            for c, h, x in zip(cols, hints, wholes, strict=True):
                if x is not None and x != h:
                    c.hint = x
                    if read_by_hints(cols, rolls):
                        break
                    c.hint = h
        infer(cols, rolls, ratios=False, min_rows=1, unknowns=EVERY_TERM)
        proven = {c.field: c for c in cols if c.status == "pass" and c.field is not None and (c.fixed or not c.by_words)}
        if not all(f in proven and (proven[f].hint == f or proven[f].fixed) for f in _BALANCES):
            return set()
        if loss_unread([(ln.no, t.number) for (ln, t), c in zip(figures, cols, strict=True) if c.field in _BALANCES and c.status == "pass"],
                       [(ln.no, t.text) for (ln, t), c in zip(figures, cols, strict=True) if c.status != "pass" or c.field is None]):
            proven = {f: c for f, c in proven.items() if f in _BALANCES or not lossless(c.evidence)}
    taken: set[tuple[int, str]] = set()
    for (ln, t), c in zip(figures, cols, strict=True):
        if c.field is None or c.field not in proven or proven[c.field] is not c or id(ln) in done:
            continue
        w.cells.append(Cell("collateral", w.group_at(ln.no, t.col), c.field, "money", t.line_in(ln.no), token=t, span=(t.start, t.end)))
        w.checks.append(CheckRow("row_role", f"{ln.label} (line {ln.no})", math.nan, math.nan, "pass",
                                 f"{c.field}: {c.evidence or 'its label'}", [ln.no]))
        taken.add((ln.no, ln.label))
    return taken


def _signed_deductions(names: list[str | None], numbers: list[float]) -> bool:
    """Are the figures between the balances (``names``: each line's field or nearest field)
    the amounts taken out, printed with their sign: two or more negatives, and no figure
    between but those and zeros? Then each is searched for as its amount (and stored as
    printed: assemble repairs it where the sums prove it). One negative, or negatives among
    amounts added, is a sign that means what it says.

    >>> _signed_deductions(["beginning_balance", None, None, "ending_balance"], [100.0, -5.0, -3.0, 92.0])
    True
    >>> _signed_deductions(["beginning_balance", None, None, "ending_balance"], [100.0, 5.0, -3.0, 102.0])
    False
    """
    if "beginning_balance" not in names or "ending_balance" not in names:
        return False
    start = names.index("beginning_balance")
    end = names.index("ending_balance", start) if "ending_balance" in names[start:] else start
    between = [x for x in numbers[start + 1:end] if x != 0]
    return len(between) >= 2 and all(x < 0 for x in between)


def read_by_hints(cols: list[Column], sums: Sums) -> bool:
    """Read the columns as the fields their words come nearest to where, so read, they make
    one of ``sums`` whole (a whole and three terms at least, one column a field, an optional
    term only where a column's words name it) and it holds on every row to the rounding, in
    one way only (two columns whose words come nearest one field are tried in turn): the
    roll-forward by all its parts, too many unknown terms to search for, holds with the
    reading the words give or with none. Returns whether a sum was read."""
    by_hint: dict[str, list[Column]] = {}
    for c in cols:
        if c.field is None and c.hint is not None:
            by_hint.setdefault(c.hint, []).append(c)
    fixed = {c.field: c for c in cols if c.fixed and c.field is not None}
    unnamed = [c for c in cols if c.field is None and c.hint is None]
    rows = sorted({r for c in cols for r in c.values})
    # the sum read with the most terms first (a roll-forward by the principal's parts before
    # one by their total)
    for _, whole, parts, optional in sorted(sums, key=lambda s: -len(s[2])):
        # the prepaid principal's two parts are words for one thing ("partial prepayments"):
        # a part no line's words come nearest may be a line the other part's words name
        hinted = {f: by_hint.get(f) or (_two_or_more(by_hint.get(_OTHER_PART[f], [])) if f in _OTHER_PART else [])
                  for f in parts}
        terms = [f for f in parts if f in fixed or hinted[f]]
        # a pool no partial prepayment is printed for (an auto loan's) names its prepaid
        # principal as the loans paid in full: the partial part, no line's words near it, is none
        left = [p for p in parts if p not in terms and p not in optional
                and not (p == PREPAID_PARTS[1] and PREPAID_PARTS[0] in terms and not by_hint.get(p))]
        if left or len(terms) < 3:
            continue
        terms = [whole, *terms]
        # the whole its words name; else a line no words name (a subtotal printed under its
        # own name, "Principal Remittance Amount") where the named parts add up to it
        options = [[fixed[f]] if f in fixed else hinted[f] for f in terms[1:]]
        said = "its words come nearest it"
        held = _held(terms, [[fixed[whole]] if whole in fixed else by_hint.get(whole, []), *options], rows)
        if held is None and whole not in fixed:
            said = "its words name no figure, its parts add up to it"
            held = _held(terms, [unnamed, *options], rows)
        if held is None:
            continue
        evidence = (f"{said}, and {whole} = {' + '.join(terms[1:])} holds with every line so "
                    f"read on {len(rows)} rows ({', '.join(rows[:4])})")
        for f, c in held.items():
            if not c.fixed:
                c.field, c.status, c.evidence = f, "pass", evidence
        return True
    return False


def _held(terms: list[str], options: list[list[Column]], rows: list[str]) -> dict[str, Column] | None:
    """The one reading of ``terms`` (the whole first), each of its ``options``, with which the
    sum holds on every row, no column read twice; None where none or more than one does (of
    two, the prepaid parts read either way, the one where loans paid off prepay the more), or
    where every column so read was read already."""
    if not all(options) or math.prod(len(o) for o in options) > _MOST_HINTED:
        return None
    held = [dict(zip(terms, pick, strict=True)) for pick in itertools.product(*options)
            if len({id(c) for c in pick}) == len(pick) and all(_holds(pick[0], list(pick[1:]), r) for r in rows)]
    if len(held) > 1:
        held = [h for h in held if _paid_off_larger(h, rows)]
    return held[0] if len(held) == 1 and not all(c.fixed for c in held[0].values()) else None


def _paid_off_larger(reading: dict[str, Column], rows: list[str]) -> bool:
    """Does the reading's prepaid in full (``prepayments``) exceed its partial prepayments
    (``curtailments``) on every row printing both, as loans paid off prepay the more?"""
    full, partial = reading.get(PREPAID_PARTS[0]), reading.get(PREPAID_PARTS[1])
    if full is None or partial is None:
        return True
    return all(not (full.values.get(r, math.nan) <= partial.values.get(r, math.nan)) for r in rows)


def _two_or_more(cols: list[Column]) -> list[Column]:
    """``cols`` where they are two at least (one line each part may be), else none."""
    return cols if len(cols) >= 2 else []


#: each part of the prepaid principal, and the other
_OTHER_PART: Final = {PREPAID_PARTS[0]: PREPAID_PARTS[1], PREPAID_PARTS[1]: PREPAID_PARTS[0]}
#: the most ways the columns named alike by their words are tried in
_MOST_HINTED = 64


def _holds(whole: Column, parts: list[Column], row: str) -> bool:
    """Does ``whole`` = the sum of ``parts`` on ``row``, to their rounding (a part not
    printed on the row a zero)?"""
    w = whole.values.get(row, math.nan)
    if math.isnan(w):
        return False
    total = sum(v for c in parts if not math.isnan(v := c.values.get(row, math.nan)))
    return abs(w - total) <= whole.half_unit(row) + sum(c.half_unit(row) for c in parts) + 1e-9 * abs(w)


__all__ = ["figure_of", "read_pool_runs"]
