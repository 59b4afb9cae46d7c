"""What a class-table column holds, proven by the accounting identities.

A column is a vector of figures keyed by class. Its role is the field under which the
identities of :mod:`abs_nb.parse.identities` hold on the table's rows: the reading in which
``beginning = principal + loss + ending`` and ``total = principal + interest`` hold, in which
a figure is ``amount / original x 1000``, or in which ``interest = rate x beginning x days /
360`` for a day count of 28 to 31. Header words (matched as word sets by the vocabulary) are
priors: they break ties between readings the numbers allow alike, and name what no identity
covers (a CUSIP, a rate printed with ``%``). A row proves an identity only when every term it
adds is non-zero (a zero proves nothing), and a reading needs two such rows and no row of a
class whose balance rolls forward against it. A column no reading proves keeps no field; its
best guess is said in its evidence.

>>> cols = [Column("Opening", None, {"A": 100.0, "B": 50.0, "C": 20.0}),
...         Column("Paid", None, {"A": 10.0, "B": 5.0, "C": 0.0}),
...         Column("Closing", "ending_balance", {"A": 90.0, "B": 45.0, "C": 20.0})]
>>> [(c.field, c.status) for c in infer(cols)]
[('beginning_balance', 'pass'), ('principal', 'pass'), ('ending_balance', 'pass')]
>>> cols[1].evidence
'beginning_balance = principal + ending_balance on 2 rows (A, B)'
"""

from __future__ import annotations

import itertools
import math
import re

from abs_nb.parse.identities import DAY_COUNTS, PER_1000_BASE, PER_1000_OF, SUMS, rolls
from abs_nb.parse.pieces import CheckRow, ClassBlock
from abs_nb.parse.vocabulary import class_key, vocabulary

TOTAL_KEYS = frozenset({"TOTAL", "TOTALS"})

# a reading of the numbers needs this many rows where every term is non-zero
MIN_PROVING_ROWS = 2


class Column:
    """One column of a class table: its printed header, the field its header words name
    (``prior``), its figures by class, and, once inferred, its ``field``, ``status``
    (``pass``: proven or named; ``warn``: a guess, not kept) and ``evidence``."""

    def __init__(self, header: str, prior: str | None, values: dict[str, float],
                 decimals: dict[str, int] | None = None, percent: bool = False, text: bool = False,
                 fixed: bool = False) -> None:
        self.header = header
        self.prior = prior
        self.values = values
        self.decimals = decimals if decimals is not None else {}
        self.percent = percent  # every figure printed with a % sign
        self.text = text  # words, not figures (a CUSIP column)
        self.fixed = fixed  # the role is known already (used as proof, never changed)
        self.field: str | None = prior if fixed else None
        self.status = "pass" if fixed else ""
        self.evidence = "header words" if fixed else ""

    def __repr__(self) -> str:
        return f"Column({self.header!r}, field={self.field!r})"

    def half_unit(self, row: str) -> float:
        return 0.5 * 10.0 ** -self.decimals.get(row, 0)

    @property
    def numeric(self) -> bool:
        return not self.text and any(not math.isnan(v) for v in self.values.values())

    @property
    def all_zero(self) -> bool:
        return all(v == 0 or math.isnan(v) for v in self.values.values())


def _rows(cols: list[Column]) -> list[str]:
    seen: dict[str, None] = {}
    for c in cols:
        for r in c.values:
            seen[r] = None
    return list(seen)


def _sum_reading(whole: Column, parts: list[Column], rows: list[str]) -> tuple[list[str], list[str]]:
    """(rows proving ``whole = sum(parts)``, rows of rolling classes contradicting it)."""
    proving: list[str] = []
    against: list[str] = []
    for r in rows:
        w = whole.values.get(r, math.nan)
        ps = [p.values.get(r, math.nan) for p in parts]
        if math.isnan(w) or any(math.isnan(x) for x in ps):
            continue
        tol = whole.half_unit(r) + sum(p.half_unit(r) for p in parts) + 1e-9 * abs(w)
        if abs(w - sum(ps)) <= tol:
            if all(x != 0 for x in ps):
                proving.append(r)
        elif rolls(r):
            against.append(r)
    return proving, against


def _prior_agreement(reading: dict[str, Column]) -> int:
    return sum(1 for f, c in reading.items() if c.prior == f)


def _balances_larger(reading: dict[str, Column], rows: list[str]) -> int:
    """Rows where the reading's beginning balance exceeds its total distribution: the two
    sums read alike (one column the sum of two others), but a month's flows are a part of
    the balance they come from, so the balance side is the larger on most rows."""
    beg, tot = reading.get("beginning_balance"), reading.get("total_distribution")
    if beg is None or tot is None:
        return 0
    n = 0
    for r in rows:
        b, t = beg.values.get(r, math.nan), tot.values.get(r, math.nan)
        if not (math.isnan(b) or math.isnan(t)) and b > t:
            n += 1
    return n


def _solve_sums(cols: list[Column], rows: list[str], taken: dict[str, Column]) -> list[tuple[dict[str, Column], str]]:
    """Every reading of each sum identity over the columns not yet taken: (field -> column,
    evidence), for readings with enough proving rows and no contradicting row. The parts of
    a sum are chosen as a set (their sum does not depend on their order), then every order
    of them is a reading of its own, for the header words to choose among."""
    free = [c for c in cols if c.field is None and c.numeric and not c.percent]
    out: list[tuple[dict[str, Column], str]] = []
    for _, whole, parts, optional in SUMS:
        for used_parts in (parts, tuple(p for p in parts if p not in optional)):
            if used_parts != parts and any(set(parts) <= set(r) for r, _ in out):
                break  # read with every part: the shorter identity adds nothing
            missing_parts = [p for p in used_parts if p not in taken]
            if whole in taken and not missing_parts or len(missing_parts) + (whole not in taken) > 3:
                continue
            for chosen in itertools.combinations(free, len(missing_parts)):
                wholes = [taken[whole]] if whole in taken else [c for c in free if c not in chosen]
                pinned = [taken[p] for p in used_parts if p in taken]
                for w in wholes:
                    proving, against = _sum_reading(w, [*pinned, *chosen], rows)
                    if len(proving) < MIN_PROVING_ROWS or against:
                        continue
                    shown = ", ".join(proving[:4]) + (", ..." if len(proving) > 4 else "")
                    ev = f"{whole} = {' + '.join(used_parts)} on {len(proving)} rows ({shown})"
                    for order in itertools.permutations(chosen):
                        reading = dict(zip(missing_parts, order, strict=True))
                        if whole not in taken:
                            reading[whole] = w
                        out.append((reading, ev))
    return out


def _settle_sums(cols: list[Column], rows: list[str]) -> bool:
    """Take the readings of the sum identities that are certain: the only reading of its
    fields, or the one whose columns' header words agree best. Readings that leave a tie
    (``beginning = principal + ending`` reads as well with principal and ending swapped) are
    joined with the readings of another identity sharing a field; a tie nothing breaks
    settles nothing."""
    taken = {c.field: c for c in cols if c.field is not None}
    readings = _solve_sums(cols, rows, taken)
    if not readings:
        return False
    # joined readings: two identities' readings agreeing on every field they share
    joined: list[tuple[dict[str, Column], str]] = list(readings)
    for (a, ea), (b, eb) in itertools.combinations(readings, 2):
        shared = set(a) & set(b)
        if shared and all(a[f] is b[f] for f in shared):
            merged = {**a, **b}
            if len({id(c) for c in merged.values()}) == len(merged):
                joined.append((merged, f"{ea}; {eb}"))
    joined.sort(key=lambda r: (-len(r[0]), -_prior_agreement(r[0]), -_balances_larger(r[0], rows)))
    for reading, evidence in joined:
        rivals = [
            r for r, _ in joined
            if r is not reading and set(r) == set(reading) and any(r[f] is not reading[f] for f in r)
        ]
        rank = (_prior_agreement(reading), _balances_larger(reading, rows))
        if any((_prior_agreement(r), _balances_larger(r, rows)) >= rank for r in rivals):
            continue  # the numbers read two ways and neither header words nor sizes choose
        if rivals and _balances_larger(reading, rows):
            evidence += (f"; beginning balance above total distribution on {_balances_larger(reading, rows)} "
                         "rows (a month's flows are a part of the balance)")
        if len({id(c) for c in reading.values()}) != len(reading):
            continue
        for f, c in reading.items():
            c.field, c.status = f, "pass"
            c.evidence = evidence if c.prior in (None, f) else f"{evidence} (its header words said {c.prior})"
        return True
    return False


def _settle_per_1000(cols: list[Column], rows: list[str]) -> bool:
    """A per-$1,000 column and the original balance it divides by: ``figure = amount /
    original x 1000`` for an amount already known; either may be the unknown one."""
    taken = {c.field: c for c in cols if c.field is not None}
    free = [c for c in cols if c.field is None and c.numeric and not c.percent]
    bases = [taken[PER_1000_BASE]] if PER_1000_BASE in taken else free
    found: list[tuple[str, Column, Column, list[str]]] = []
    for col, amount_field in PER_1000_OF.items():
        amount = taken.get(amount_field)
        if amount is None:
            continue
        for c in ([taken[col]] if col in taken else free):
            for base in bases:
                if base is c or base is amount or (c.field is not None and base.field is not None):
                    continue
                proving = _per_1000_rows(c, amount, base, rows)
                if proving is not None and len(proving) >= MIN_PROVING_ROWS:
                    found.append((col, c, base, proving))
    changed = False
    base_of: Column | None = taken.get(PER_1000_BASE)
    for col, c, base, proving in found:
        rivals = [f for f in found if f[1] is c and (f[0] is not col or f[2] is not base)]
        if rivals and c.prior != col:
            continue  # the figures read two ways: the header words must choose, or nothing is taken
        if c.field not in (None, col) or (base_of is not None and base is not base_of):
            continue
        base_of = base
        evidence = f"{col} = {PER_1000_OF[col]} / original x 1000 on {len(proving)} rows"
        if c.field is None:
            c.field, c.status, c.evidence = col, "pass", evidence
            changed = True
        if base.field is None:
            base.field, base.status, base.evidence = PER_1000_BASE, "pass", f"the original balance of {evidence}"
            changed = True
    return changed


def _per_1000_tally(c: Column, amount: Column, base: Column) -> tuple[int, int]:
    """(rows where ``c`` is ``amount / base x 1000`` with a non-zero amount, rows where it is not)."""
    agree = against = 0
    for r, v in c.values.items():
        a, o = amount.values.get(r, math.nan), base.values.get(r, math.nan)
        if math.isnan(v) or math.isnan(a) or math.isnan(o) or o == 0:
            continue
        expected = a / o * 1000
        if abs(v - expected) <= c.half_unit(r) + amount.half_unit(r) * 1000 / abs(o) + 1e-9 * abs(expected):
            agree += a != 0
        else:
            against += 1
    return agree, against


def _per_1000_rows(c: Column, amount: Column, base: Column, rows: list[str]) -> list[str] | None:
    proving: list[str] = []
    for r in rows:
        v, a, o = c.values.get(r, math.nan), amount.values.get(r, math.nan), base.values.get(r, math.nan)
        if math.isnan(v) or math.isnan(a) or math.isnan(o) or o == 0:
            continue
        expected = a / o * 1000
        tol = c.half_unit(r) + amount.half_unit(r) * 1000 / abs(o) + 1e-9 * abs(expected)
        if abs(v - expected) > tol:
            return None
        if a != 0:
            proving.append(r)
    return proving


def _settle_rate(cols: list[Column], rows: list[str]) -> bool:
    """A rate column: ``interest = rate x beginning x days / 360`` with every proving row's
    day count one of :data:`DAY_COUNTS`."""
    taken = {c.field: c for c in cols if c.field is not None}
    interest, beginning = taken.get("interest"), taken.get("beginning_balance")
    if interest is None or beginning is None or "interest_rate" in taken:
        return False
    found: list[tuple[Column, list[int]]] = []
    for c in cols:
        if c.field is not None or not c.numeric:
            continue
        days: list[int] = []
        ok = True
        for r in rows:
            rate, b, i = c.values.get(r, math.nan), beginning.values.get(r, math.nan), interest.values.get(r, math.nan)
            if any(math.isnan(x) for x in (rate, b, i)) or rate == 0 or b == 0 or i == 0:
                continue
            d = i / (rate / 100 * b) * 360
            # the day count a printed rate and interest allow, within their rounding
            slack = 360 * (interest.half_unit(r) / abs(rate / 100 * b) + c.half_unit(r) / abs(rate) * abs(d) / 360) + 0.02
            near = [n for n in DAY_COUNTS if abs(d - n) <= slack]
            if not near:
                ok = False
                break
            days.append(near[0])
        if ok and len(days) >= MIN_PROVING_ROWS and len(set(days) - {30}) <= 1:
            found.append((c, days))
    if len(found) != 1:
        return False
    c, days = found[0]
    counts = sorted(set(days))
    c.field, c.status = "interest_rate", "pass"
    c.evidence = (f"interest = rate x beginning balance x days / 360 on {len(days)} rows "
                  f"(days: {', '.join(map(str, counts))})")
    return True


def _settle_priors(cols: list[Column], final: bool) -> None:
    """Columns no identity covers, named by their header words: a CUSIP column of words,
    a rate printed with %, any other figure its header names and no reading contradicts.
    A prior that an identity gave to another column names nothing. Until ``final``, columns
    left unnamed are left for the identities to try again."""
    taken = {c.field for c in cols if c.field is not None}
    for c in cols:
        if c.field is not None:
            continue
        if (c.prior is None or c.prior in taken) and not final:
            continue
        if c.prior is None or c.prior in taken:
            guess = "a rate" if c.percent else "figures no identity covers" if c.numeric else "text"
            c.status = "warn"
            c.evidence = (f"no reading proves it (best guess: {c.prior}; another column is {c.prior})"
                          if c.prior else f"no reading proves it and its header names no field ({guess})")
            continue
        if c.prior == "interest_rate" and c.numeric and not c.percent and any(v > 100 for v in c.values.values()):
            c.status, c.evidence = "warn", "its header says rate, but its figures are not rates"
            continue
        c.field, c.status = c.prior, "pass"
        c.evidence = "header words; no identity covers it" if not c.all_zero else "header words; every figure zero (a zero proves nothing)"
        taken.add(c.prior)


def infer(cols: list[Column]) -> list[Column]:
    """Give each column of one class table the field the identities prove, then the field
    its header words name where no identity covers it (see the module docstring)."""
    rows = _rows(cols)
    for named in (False, True):
        if named:
            _settle_priors(cols, final=False)  # the named columns may prove per-$1,000 figures and rates
        changed = True
        while changed:
            changed = _settle_sums(cols, rows)
            changed = _settle_per_1000(cols, rows) or changed
            changed = _settle_rate(cols, rows) or changed
    _settle_priors(cols, final=True)
    return cols


_TYPES = {"interest_rate": "rate", "cusip": "text", "description": "text"}
_CUSIP = re.compile(r"^[0-9]{3}[0-9A-Z]{5}[0-9]$")


def field_type(name: str) -> str:
    """How a class field's figures are read (:func:`abs_nb.parse.values.convert`).

    >>> field_type("principal_per_1000"), field_type("interest_rate"), field_type("principal")
    ('per1000', 'rate', 'money')
    """
    return "per1000" if name in PER_1000_OF else _TYPES.get(name, "money")


def _prior(printed: str, cusips: bool) -> str | None:
    if cusips:
        return "cusip"
    if not printed:
        return None
    v = vocabulary()
    for section in ("classes", "per1000", "shortfall"):  # the sections whose columns a class table has
        entry = v.lookup(printed, section, ("classes",))
        if entry is not None:
            return entry.field
    return None


def _block_columns(blocks: list[ClassBlock]) -> list[tuple[Column, ClassBlock, int]]:
    """Every column of every block as a :class:`Column` keyed by class (an unlabelled block
    takes the labels of the labelled block before it with as many rows)."""
    out: list[tuple[Column, ClassBlock, int]] = []
    last: list[str | None] | None = None
    spelling: dict[str, str] = {}  # class key -> the label first printed for it (B-IO, BIO)
    for b in blocks:
        if b.labelled:
            labels: list[str | None] = [
                spelling.setdefault(class_key(r.label), r.label) if r.label else None for r in b.rows]
            last = labels
        elif last is not None and len(last) == len(b.rows):
            labels = list(last)
        else:
            continue
        structural = b.found_by == "structure"
        # the rows of classes (not a Total), their keys made once for every column
        rows = [(key, row) for key, row in zip(labels, b.rows, strict=False)
                if key is not None and class_key(key) not in TOTAL_KEYS]
        for ci, col in enumerate(b.columns):
            values: dict[str, float] = {}
            decimals: dict[str, int] = {}
            numbers = percents = words = cusips = 0
            for key, row in rows:
                tok = row.cells[ci] if ci < len(row.cells) else None
                if tok is None:
                    continue
                if tok.kind == "num" and tok.value is not None:
                    values[key] = float(tok.value)
                    decimals[key] = tok.decimals
                    numbers += 1
                    percents += tok.percent
                elif tok.kind == "na":
                    values[key] = math.nan
                elif tok.kind == "word":
                    words += 1
                    cusips += bool(_CUSIP.match(tok.text))
            text = words > 0 and numbers == 0
            fixed = not structural and col.field is not None
            prior = col.field if fixed else _prior(col.printed, text and cusips == words)
            column = Column(col.printed, prior, values, decimals, numbers > 0 and percents == numbers, text, fixed)
            out.append((column, b, ci))
    return out


def assign(blocks: list[ClassBlock]) -> list[tuple[ClassBlock, CheckRow]]:
    """Give every column of the class blocks that its header words did not name (and every
    column of a table found by structure) the field the identities prove; one
    ``column_role`` check per such column, with its evidence (and the block it is of). A block found by structure
    whose columns hold only per-$1,000 figures is a per-$1,000 block."""
    if not any(b.found_by == "structure" or any(c.field is None for c in b.columns) for b in blocks):
        return []
    blocks = sorted(blocks, key=lambda b: b.rows[0].line if b.rows else 0)
    found = _block_columns(blocks)
    infer([c for c, _, _ in found])
    checks: list[tuple[ClassBlock, CheckRow]] = []
    for c, b, ci in found:
        if c.fixed:
            continue
        col = b.columns[ci]
        kept = c.status == "pass" and c.field is not None
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


_AMOUNT_OF = {amount: per for per, amount in PER_1000_OF.items()}  # principal -> principal_per_1000


def per_1000_kind(blocks: list[ClassBlock]) -> list[tuple[ClassBlock, CheckRow]]:
    """A block read as amounts (labelled, or a stacked half taking the labels above it) whose
    figures are, on two rows at least and on none against, ``amount / original x 1000`` of the same classes' amounts in an earlier block is
    a per-$1,000 block, whatever its heading (a table's kind comes from its content first):
    its columns take the per-$1,000 fields. One ``column_role`` check per such block."""
    if sum(1 for b in blocks if b.labelled and b.section == "classes") < 2:
        return []
    ordered = sorted(blocks, key=lambda b: b.rows[0].line if b.rows else 0)
    found = _block_columns(ordered)
    out: list[tuple[ClassBlock, CheckRow]] = []
    seen: dict[str, Column] = {}
    by_block: dict[int, list[tuple[Column, int]]] = {}
    for c, b, ci in found:
        by_block.setdefault(id(b), []).append((c, ci))
    for b in ordered:
        cols = by_block.get(id(b), [])
        amounts = [(c, ci) for c, ci in cols if c.field in _AMOUNT_OF]
        base = seen.get(PER_1000_BASE)
        if b.section == "classes" and amounts and base is not None and all(
                c.field in seen for c, _ in amounts):
            agree = against = 0
            for c, _ in amounts:
                a, x = _per_1000_tally(c, seen[c.field or ""], base)
                agree, against = agree + a, against + x
            # a misprinted row or two (a block one row off its labels) is the per-$1,000
            # checks' to flag and repair: the block is per-$1,000 when most figures say so
            if agree >= MIN_PROVING_ROWS and agree > against:
                b.section = "per1000"
                for c, ci in amounts:
                    b.columns[ci].field = _AMOUNT_OF[c.field or ""]
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
    return out
