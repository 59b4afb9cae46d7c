"""A column whose role the identities prove: its header, its figures by row, its field.

The column-role inference (:mod:`abs_nb.parse.roles`, :mod:`abs_nb.parse.per_1000_roles`)
works on these: a column starts with the field its header words name (``prior``) and gets
the field a reading of the numbers proves, with its evidence.

>>> c = Column("Prin", "principal", {"A-1": 100.0, "A-2": 0.0}, {"A-1": 2, "A-2": 2}, fixed=True)
>>> (c.field, c.numeric, c.all_zero, c.half_unit("A-1"))
('principal', True, False, 0.005)
>>> sorted(taken_fields([c]))
['principal']
"""

from __future__ import annotations

import math
from typing import Final

# a reading of the numbers needs this many rows where every term is non-zero
MIN_PROVING_ROWS = 2


def half_unit_of(decimals: int) -> float:
    """Half a unit of the last digit of a figure printed with ``decimals`` digits after the
    point.

    >>> half_unit_of(2), half_unit_of(0)
    (0.005, 0.5)
    """
    return _HALF_UNITS[decimals] if 0 <= decimals < len(_HALF_UNITS) else 0.5 * 10.0 ** -decimals


# by the digits printed after the point (asked for every figure of every reading tried)
_HALF_UNITS: Final = tuple(0.5 * 10.0 ** -d for d in range(16))


class Column:
    """One column of a class table: its printed header, the field its header words name
    (``prior``), its figures by class, and, once inferred, its ``field``, ``status``
    (``pass``: proven or named; ``warn``: a guess, not kept) and ``evidence``."""

    def __init__(self, header: str, prior: str | None, values: dict[str, float],
                 decimals: dict[str, int] | None = None, percent: bool = False, text: bool = False,
                 fixed: bool = False, hint: str | None = None, block: int = -1) -> None:
        self.header = header
        self.prior = prior
        self.hint = hint  # the field its words come nearest to: breaks ties, names nothing
        self.values = values
        self.decimals = decimals if decimals is not None else {}
        self.percent = percent  # every figure printed with a % sign
        self.text = text  # words, not figures (a CUSIP column)
        self.fixed = fixed  # the role is known already (used as proof, never changed)
        self.field: str | None = prior if fixed else None
        self.status = "pass" if fixed else ""
        self.evidence = "header words" if fixed else ""
        self.by_words = fixed  # its field named by words, no identity proving it
        # the block of lines a row read as a column stands in (-1: none): the terms of a sum
        # are sought among one block's rows first (:func:`~abs_nb.parse.roles.infer`)
        self.block = block
        # its figures printed as negatives and read as their amounts (:func:`as_amounts`): a
        # deduction, never a balance
        self.negated = False

    def __repr__(self) -> str:
        return f"Column({self.header!r}, field={self.field!r})"

    def half_unit(self, row: str) -> float:
        """Half a unit of the last digit the figure of ``row`` prints: its rounding."""
        d = self.decimals.get(row, 0)
        return half_unit_of(d)

    @property
    def numeric(self) -> bool:
        return not self.text and any(not math.isnan(v) for v in self.values.values())

    @property
    def all_zero(self) -> bool:
        return all(v == 0 or math.isnan(v) for v in self.values.values())


def taken_fields(cols: list[Column]) -> dict[str, Column]:
    """The column of each field already known. A field two columns claim with other figures
    for the same class (header words naming an amount over a per-$1,000 table) is not known:
    neither column proves anything until one is proven."""
    out: dict[str, Column] = {}
    clash: set[str] = set()
    for c in cols:
        if c.field is None:
            continue
        first = out.setdefault(c.field, c)
        if first is not c and any(abs(v - first.values[r]) > c.half_unit(r) + first.half_unit(r)
                                  for r, v in c.values.items() if r in first.values):
            clash.add(c.field)
    return {f: c for f, c in out.items() if f not in clash}


def as_amounts(cols: list[Column]) -> None:
    """The rows of a pool table printed as negatives (every figure at most 0, one below):
    what its roll-forward takes out of the balance, printed with the deduction's sign; the
    sums read their amounts (in place: ``values`` negated). Principal and losses are never
    negative amounts, so no reading may need them so; the stored figures' signs are repaired
    only where the roll-forward then proves it (``deduction_signs``).

    >>> c = Column("Scheduled Principal", None, {"G1": -10.0, "G2": 0.0})
    >>> as_amounts([c]); c.values
    {'G1': 10.0, 'G2': -0.0}
    """
    for c in cols:
        vals = [x for x in c.values.values() if not math.isnan(x)]
        if vals and max(vals) <= 0 and min(vals) < 0:
            c.values = {g: -x for g, x in c.values.items()}
            c.negated = True

