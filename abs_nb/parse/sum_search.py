"""The readings of the sum identities over a table's columns: every way the columns not yet
known can be the terms of ``whole = part + part + ...`` on enough rows and against none.

Which reading is taken is decided by :mod:`abs_nb.parse.roles` (the header words, the sizes,
the readings joined); here they are only found. A row proves a reading when every term it
adds is non-zero (a zero proves nothing); a row holding with a zero term agrees; a row of a
class that rolls forward and breaks the sum rules the reading out. Columns that stand in
blocks of lines (:attr:`~abs_nb.parse.role_column.Column.block`) can be searched a block at a
time (``local``).

>>> from abs_nb.parse.role_column import Column
>>> cols = [Column("Opening", None, {"A": 100.0, "B": 50.0}), Column("Paid", None, {"A": 10.0, "B": 5.0}),
...         Column("Closing", "ending_balance", {"A": 90.0, "B": 45.0}, fixed=True)]
>>> sums = (("roll", "beginning_balance", ("principal", "ending_balance"), ()),)
>>> [({f: c.header for f, c in r.items()}, ev) for r, ev in solve_sums(cols, ["A", "B"], {"ending_balance": cols[2]}, sums)]
[({'principal': 'Paid', 'beginning_balance': 'Opening'}, 'beginning_balance = principal + ending_balance on 2 rows (A, B)')]
"""

from __future__ import annotations

import itertools
import math

from abs_nb.parse.identities import (
    CLASS_NEVER_NEGATIVE,
    DEDUCTIONS,
    EVERY_CLASS,
    PER_1000_OF,
    SUBTRACTED,
    SUMS,
    Sums,
    rolls,
)
from abs_nb.parse.role_column import MIN_PROVING_ROWS, Column

__all__ = ["EVERY_TERM", "MAX_UNKNOWNS", "solve_sums"]

# the most unknown columns one reading of a sum names at once, by default
MAX_UNKNOWNS = 3
# every term of the longest sum (the roll-forward: beginning balance, principal, loss, ending
# balance) unknown at once: for tables where the sum cannot hold by chance (many rows, two
# sums sharing fields, or balances whose words name them)
EVERY_TERM = 4
# the most choices of columns one sum identity is tried over: a grid wider than this for the
# unknown terms cannot be searched (the search grows as columns to the power of the unknowns),
# and its columns stay unproven (flagged as unmapped), never a wait without end
MAX_CHOICES = 20_000


# each column's figures and half units in the order of a table's rows (NaN where not
# printed), by the column's id: worked out once per search of the sums, not per reading
Vectors = dict[int, tuple[list[float], list[float]]]


def _vectors(cols: list[Column], rows: list[str]) -> Vectors:
    return {id(c): ([c.values.get(r, math.nan) for r in rows], [c.half_unit(r) for r in rows]) for c in cols}


class _Parts:
    """The parts of one reading of a sum, row by row: what the row adds up to, worked out
    once for every whole the parts are tried against (and only as far down the rows as a
    whole is read). The first ``known`` parts are columns already known: a known part left
    blank or dashed on a row whose other terms are printed is a zero (a class paid no
    principal this month); an unknown part must be printed."""

    __slots__ = ("vecs", "known", "rows")

    def __init__(self, vecs: list[tuple[list[float], list[float]]], known: int) -> None:
        self.vecs = vecs
        self.known = known
        # per row: (the parts' rounding, a part left blank, their sum (blank parts left out),
        # the least unknown part (any, where one is blank))
        self.rows: list[tuple[float, bool, float, float]] = []

    def row(self, i: int) -> tuple[float, bool, float, float]:
        """Row ``i`` worked out (the rows above it first, in order), the parts added up in
        their order."""
        rows = self.rows
        known = self.known
        while len(rows) <= i:
            k = len(rows)
            halves = total = 0.0
            blank = False
            least = math.inf
            for j, (v, h) in enumerate(self.vecs):
                halves += h[k]
                x = v[k]
                if math.isnan(x):
                    blank = blank or j >= known  # a known part left blank is a zero
                    continue
                total += x
                if j >= known and abs(x) < least:
                    least = abs(x)
            rows.append((halves, blank, total, least))
        return rows[i]


def _parts(parts: list[Column], vecs: Vectors, known: int = 0, taken_away: int = -1) -> _Parts:
    """The parts' figures row by row; the part at ``taken_away`` (a part the sum subtracts:
    :data:`~abs_nb.parse.identities.SUBTRACTED`) negated."""
    return _Parts([_negated(vecs, p) if k == taken_away else vecs[id(p)] for k, p in enumerate(parts)], known)


def _negated(vecs: Vectors, col: Column) -> tuple[list[float], list[float]]:
    """A column's figures negated (worked out once per search, kept under ``~id``)."""
    hit = vecs.get(~id(col))
    if hit is None:
        v, h = vecs[id(col)]
        hit = vecs[~id(col)] = ([-x for x in v], h)
    return hit


def _sum_reading(whole: Column, parts: _Parts, rows: list[str], vecs: Vectors, rolling: list[bool],
                 ) -> tuple[list[str], list[str], int]:
    """(rows proving ``whole = sum(parts)``, the row of a rolling class contradicting it, if
    one does: one is enough to rule the reading out, rows where it holds with a zero among
    the unknown parts). Only the unknown parts must be non-zero for a row to prove (a zero
    among the known parts leaves no doubt which column is which), and larger than the
    rounding the identity allows (the identity holds as well without such a part). ``vecs``
    and ``rolling`` (:func:`rolls` of each row): the columns' figures and the rows' kinds
    worked out once for many readings."""
    wv, wh = vecs[id(whole)]
    done = parts.rows  # the rows an earlier whole worked out, read without a call
    proving: list[str] = []
    with_zeros = 0
    for i, r in enumerate(rows):
        w = wv[i]
        if math.isnan(w):
            continue
        halves, blank, total, least = done[i] if i < len(done) else parts.row(i)
        tol = wh[i] + halves + 1e-9 * abs(w)
        if blank:
            # an unknown part left blank: the row agrees when the identity holds without it
            # (it proves nothing, as a zero does), else it says nothing
            if abs(w - total) <= tol:
                with_zeros += 1
            continue
        if abs(w - total) <= tol:
            # a part the rounding could absorb proves no more than a zero does
            if least > tol:
                proving.append(r)
            else:
                with_zeros += 1
        elif rolling[i]:
            return proving, [r], with_zeros
    return proving, [], with_zeros


def contradicted(whole: Column, parts: list[Column], rows: list[str], taken_away: int = -1) -> bool:
    """Does a row of a class whose balance rolls, every term printed, contradict ``whole =
    sum(parts)`` (within the rounding the figures allow; the part at ``taken_away``
    subtracted)?"""
    vecs = _vectors([whole, *parts], rows)
    return bool(_sum_reading(whole, _parts(parts, vecs, 0, taken_away), rows, vecs, [rolls(r) for r in rows])[1])


def _part_sets(parts: tuple[str, ...], optional: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The parts of a sum with every subset of its optional parts left out, most parts first."""
    out: list[tuple[str, ...]] = []
    for k in range(len(optional) + 1):
        for left_out in itertools.combinations(optional, k):
            out.append(tuple(p for p in parts if p not in left_out))
    return out


def solve_sums(cols: list[Column], rows: list[str], taken: dict[str, Column], sums: Sums = SUMS,
               anchored: bool = False, min_rows: int = MIN_PROVING_ROWS, unknowns: int = MAX_UNKNOWNS,
               local: bool = False) -> list[tuple[dict[str, Column], str]]:
    """Every reading of each sum identity over the columns not yet taken: (field -> column,
    evidence), for readings with enough proving rows and no contradicting row. The parts of
    a sum are chosen as a set (their sum does not depend on their order), then every order
    of them is a reading of its own, for the header words to choose among. A sum read with
    more of its parts makes the readings with fewer say nothing more. ``anchored``: a
    reading must hold a column already known. ``local``: the unknown terms of a reading
    stand in one block of lines (:attr:`Column.block`)."""
    every = [c for c in cols if c.field is None and c.numeric and not c.percent]
    out: list[tuple[dict[str, Column], str]] = []
    vecs = _vectors([*every, *taken.values()], rows)
    rolling = [rolls(r) for r in rows]
    for free in _blocks(every) if local else [every]:
        out.extend(_solve_over(free, rows, taken, sums, anchored, min_rows, unknowns, vecs, rolling))
    return out


def _blocks(cols: list[Column]) -> list[list[Column]]:
    """The columns by the block of lines they stand in (those of no block left out)."""
    by: dict[int, list[Column]] = {}
    for c in cols:
        if c.block >= 0:
            by.setdefault(c.block, []).append(c)
    return list(by.values())


def _solve_over(free: list[Column], rows: list[str], taken: dict[str, Column], sums: Sums, anchored: bool,
                min_rows: int, unknowns: int, vecs: Vectors, rolling: list[bool],
                ) -> list[tuple[dict[str, Column], str]]:
    """:func:`_solve_sums` over the unknown columns ``free``."""
    out: list[tuple[dict[str, Column], str]] = []
    every = [True] * len(rows)
    for name, whole, parts, optional in sums:
        most = 0
        # a row that must hold the sum: a rolling class's, or any class's where every one does
        holds = every if name in EVERY_CLASS else rolling
        for used_parts in _part_sets(parts, optional):
            if any(p in taken and p not in used_parts for p in optional):
                continue  # a part known to be printed is no part the sum may leave out
            if len(used_parts) < most and unknowns <= MAX_UNKNOWNS:
                # read with more of its parts: the shorter identity adds nothing (with every
                # term unknown, a sum read with more parts may be two sums composed, so the
                # shorter readings stay for the joined readings to choose among)
                break
            missing_parts = [p for p in used_parts if p not in taken]
            # over one row (a run of one-figure lines, as many columns as lines), every term
            # unknown at once only in a sum of the roll-forward's length at most: a longer one
            # leaves its other terms to be known (the search grows as the columns to the power
            # of the unknowns)
            most_unknown = unknowns if len(used_parts) < EVERY_TERM or len(rows) > 1 else min(unknowns, MAX_UNKNOWNS)
            if whole in taken and not missing_parts or len(missing_parts) + (whole not in taken) > most_unknown:
                continue
            if anchored and whole not in taken and len(missing_parts) == len(used_parts):
                continue
            if math.comb(len(free), len(missing_parts)) * (1 if whole in taken else len(free)) > MAX_CHOICES:
                continue
            one_optional = sum(1 for p in missing_parts if p in optional) == 1
            pinned = [taken[p] for p in used_parts if p in taken]
            # a part the sum subtracts: the pinned one, or each chosen column in turn (its slot)
            away = next((k for k, p in enumerate(q for q in used_parts if q in taken) if p in SUBTRACTED), -1)
            slot = next((k for k, p in enumerate(missing_parts) if p in SUBTRACTED), -1)
            shown_parts = " + ".join(p for p in used_parts if p not in SUBTRACTED) + "".join(
                f" - {p}" for p in used_parts if p in SUBTRACTED)
            for chosen in itertools.combinations(free, len(missing_parts)):
                wholes = [taken[whole]] if whole in taken else [c for c in free if c not in chosen]
                for sub in range(len(chosen)) if slot >= 0 else (-1,):
                    summed = _parts([*pinned, *chosen], vecs, len(pinned), away if sub < 0 else len(pinned) + sub)
                    for w in wholes:
                        proving, against, with_zeros = _sum_reading(w, summed, rows, vecs, holds)
                        # a zero proves nothing by itself (any zero column reads alike), but a row
                        # holding with one agrees: one row with every figure non-zero pins the
                        # columns, the rows holding with zeros make up the rows a reading needs
                        # a part taken away that no words name is read only as the optional
                        # part, zero on the rows that prove the others (a sum with one more
                        # term subtracted holds by chance among many columns)
                        if sub >= 0 or not proving or len(proving) + with_zeros < min_rows or against:
                            # a row of a rolling class contradicting the sum contradicts it
                            # whichever part is the optional one
                            if one_optional and not against:
                                out.extend(_optional_readings(w, whole, chosen, missing_parts, optional, rows,
                                                              min_rows, taken, vecs, holds, summed, sub))
                            continue
                        most = len(used_parts)
                        shown = ", ".join(proving[:4]) + (", ..." if len(proving) > 4 else "")
                        ev = (f"{whole} = {shown_parts} on {len(proving)} rows ({shown})"
                              + (f" and on {with_zeros} more with a zero part" if with_zeros else ""))
                        for order in itertools.permutations(chosen):
                            if sub >= 0 and order[slot] is not chosen[sub]:
                                continue  # the column subtracted is the subtracted part's
                            reading = dict(zip(missing_parts, order, strict=True))
                            if whole not in taken:
                                reading[whole] = w
                            if _signs_fit(reading):
                                out.append((reading, ev))
    return out


def _signs_fit(reading: dict[str, Column]) -> bool:
    """Does every column printed as negatives stand for a deduction (a balance is never
    printed negative as what a reconciliation takes out), and no deduction read as a
    negative amount (a negative among figures added, such as interest earned, is an amount
    taken back out, never principal or a loss), nor interest deferred (which a balance grows
    by: a negative there is a loss)?

    >>> back = Column("Transferred", None, {"T": -51_288.04})
    >>> _signs_fit({"total_principal": back}), _signs_fit({"beginning_balance": back})
    (False, True)
    """
    return all(f in DEDUCTIONS or PER_1000_OF.get(f, f) in CLASS_NEVER_NEGATIVE if c.negated
               else f not in DEDUCTIONS and f not in SUBTRACTED or all(not v < 0 for v in c.values.values())
               for f, c in reading.items())


def _optional_readings(w: Column, whole: str, chosen: tuple[Column, ...], missing: list[str],
                       optional: tuple[str, ...], rows: list[str], min_rows: int, taken: dict[str, Column],
                       vecs: Vectors, rolling: list[bool], summed: _Parts, sub: int = -1,
                       ) -> list[tuple[dict[str, Column], str]]:
    """Readings of a sum whose one unknown optional part (a loss) is zero on the rows that
    prove the others and pinned by a row where it is not: which column it is, the rows
    where it is non-zero and the identity holds only with it tell. ``summed``: the parts
    (the ``chosen`` columns last), each chosen column tried in turn as the optional one in
    one pass over the rows: a row proves the reading with chosen column ``k`` optional when
    the identity holds and every other unknown part is larger than its rounding, and pins
    it where column ``k`` is too."""
    wv, wh = vecs[id(w)]
    first = summed.known
    n = len(chosen)
    proving: list[list[str]] = [[] for _ in range(n)]
    pins = [0] * n
    for i, r in enumerate(rows):
        x = wv[i]
        if math.isnan(x):
            continue
        halves, blank, total, _ = summed.row(i)
        if blank:
            continue
        tol = wh[i] + halves + 1e-9 * abs(x)
        if abs(x - total) > tol:
            if rolling[i]:
                return []  # a rolling class contradicting the sum, whichever part is optional
            continue
        sizes = [abs(v[i]) for v, _ in summed.vecs[first:]]
        every = [abs(v[i]) for v, _ in summed.vecs]
        for k in range(n):
            # (a class whose balance does not roll pins nothing: it holds by chance; nor does a
            # part taken away that another term prints again: the two cancel out)
            if sizes[k] > tol and rolling[i] and (k != sub or all(
                    abs(x - sizes[k]) > tol for j, x in enumerate(every) if j != first + k)):
                pins[k] += 1
            least = min([s for j, s in enumerate(sizes) if j != k], default=math.inf)
            # a part taken away proves the others only where it is zero and the whole is not
            # (with it, figures that add up to nothing read as a sum of nothing)
            if least > tol and (k != sub or sizes[k] <= tol and abs(x) > tol):
                proving[k].append(r)
    opt = [p for p in missing if p in optional]
    out: list[tuple[dict[str, Column], str]] = []
    rest = [p for p in missing if p != opt[0]]
    for k, col in enumerate(chosen):
        if not pins[k] or len(proving[k]) < min_rows or sub >= 0 and (k == sub) != (opt[0] in SUBTRACTED):
            continue  # (the column subtracted is the subtracted part, and only it)
        others = [c for i, c in enumerate(chosen) if i != k]
        if col.hint in rest and any(c.hint == opt[0] for c in others):
            continue  # the sum holds either way round; the columns' words name them the other way
        ev = (f"{whole} = {' + '.join(p for p in missing if p != opt[0])} {'-' if opt[0] in SUBTRACTED else '+'} "
              f"{opt[0]} on {len(proving[k])} rows "
              f"({', '.join(proving[k][:4])}{', ...' if len(proving[k]) > 4 else ''}), {opt[0]} non-zero on {pins[k]}")
        for order in itertools.permutations(others):
            reading = dict(zip(rest, order, strict=True))
            reading[opt[0]] = col
            if whole not in taken:
                reading[whole] = w
            if _signs_fit(reading) and (opt[0] not in SUBTRACTED or _accretes(col, reading.get(
                    "principal") or taken.get("principal"), rows)):
                out.append((reading, ev))
    return out


def _accretes(deferred: Column, principal: Column | None, rows: list[str]) -> bool:
    """Is interest deferred, found by the numbers alone, only on rows paying no principal (an
    accrual class's interest accretes while it pays none; a class paying principal and
    deferring interest is read where words name the deferral)?

    >>> z = Column("Accretion", None, {"A": 0.0, "Z": 38_603.70})
    >>> _accretes(z, Column("Principal", None, {"A": 1_622_418.90, "Z": 0.0}), ["A", "Z"])
    True
    >>> _accretes(z, Column("Principal", None, {"A": 1_622_418.90, "Z": 5.0}), ["A", "Z"])
    False
    """
    if principal is None:
        return False
    return all(not deferred.values.get(r) or not principal.values.get(r) for r in rows)
