"""A pool's balances printed apart from its flows, read where the roll-forward holds across them.

A report may print the pool's principal in one section (its parts and their total) and the
pool's balances in another ("Pool Principal Balance, beginning of period" under "Pool and
Certificate Balances"), its losses in a third: no run of lines holds the roll-forward, so
none is read as the pool's by it. Where a group's (or the pool's) total principal is read and
its balances are not, the one-figure lines left unread whose words come nearest the two
balances (and, optionally, the period's realized losses) are read as them where the
beginning balance less that principal (less those losses) is the ending balance to the
rounding of the figures, in one way only. Words alone never name a balance here: the
identity proves it, the words choose among lines the identity would allow alike.

>>> from abs_nb.parse.engine import walk
>>> w = walk("PRINCIPAL\\n\\nScheduled Principal ..... 10.00\\nPrepayments in Full ..... 80.00\\n"
...          "Curtailments ..... 5.00\\nRepurchased Loans ..... 5.00\\nPrincipal Remittance Amount ..... 100.00\\n\\n\\n"
...          "FEES\\n\\nTrustee Fee ..... 1.00\\n\\n\\nBALANCES\\n\\n"
...          "Pool Principal Balance, beginning of period ..... 1,000.00\\n"
...          "Pool Principal Balance, end of period ..... 895.00\\n\\n\\n"
...          "LOSSES\\n\\nRealized Losses this period ..... 5.00\\nCumulative Realized Losses ..... 9.00\\n")
>>> sorted((c.column, c.token.text) for c in w.cells if c.table == "collateral" and "balance" in c.column)
[('beginning_balance', '1,000.00'), ('ending_balance', '895.00')]
"""

from __future__ import annotations

import math
from typing import Final

from abs_nb.parse.identities import POOL_FIELDS
from abs_nb.parse.pieces import Cell, CheckRow, Walk
from abs_nb.parse.pool_runs import figure_of
from abs_nb.parse.role_column import half_unit_of
from abs_nb.parse.tokens import Line, Token
from abs_nb.parse.vocabulary import vocabulary

#: the figures read here: the two balances, and the losses the roll-forward may take
_BALANCES: Final = ("beginning_balance", "ending_balance")
_LOSSES: Final = "realized_losses"
_READ: Final = frozenset({"beginning_balance", "ending_balance", "realized_losses"})
#: the most choices of the four terms tried (each a sum of four figures)
_MOST: Final = 4096


def read_pool_apart(w: Walk) -> None:
    """Read each group's balances printed apart from its principal (module docstring): the
    cells added, a ``row_role`` check for each line read, the lines taken off the unread."""
    read: dict[str, dict[str, Cell]] = {}
    for c in w.cells:
        if c.table == "collateral" and c.token is not None:
            read.setdefault(c.row, {})[c.column] = c
    wanting = [g for g, cols in read.items() if "total_principal" in cols and not any(f in cols for f in _BALANCES)]
    if not wanting:
        return
    v = vocabulary()
    by_line: dict[tuple[int, str], Line] = {(ln.no, ln.label): ln for ln in w.lines}
    candidates: dict[str, dict[str, list[tuple[Line, Token]]]] = {}
    for u in w.unmapped:
        ln = by_line.get((u.line, u.label))
        t = figure_of(ln) if ln is not None and ln.label else None
        if ln is None or t is None or t.kind != "num" or t.value is None or t.percent or not t.decimals:
            continue
        hint = v.hint(ln.label, "pool", ("collateral",), POOL_FIELDS)
        if hint in _READ:
            candidates.setdefault(w.group_at(ln.no, t.col), {}).setdefault(hint, []).append((ln, t))
    taken: set[tuple[int, str]] = set()
    for group in wanting:
        found = candidates.get(group, {})
        reading = _reading(read[group], found)
        if reading is None:
            continue
        principal = read[group]["total_principal"]
        for field, (ln, t) in reading.items():
            w.cells.append(Cell("collateral", group, field, "money", t.line_in(ln.no), token=t, span=(t.start, t.end)))
            terms = " - ".join(f for f in ("total_principal", *reading) if f not in _BALANCES)
            w.checks.append(CheckRow(
                "row_role", f"{ln.label} (line {ln.no})", math.nan, math.nan, "pass",
                f"{field}: its words come nearest it, and beginning_balance - {terms} = ending_balance holds "
                f"with the total principal read at line {principal.line}", [ln.no]))
            taken.add((ln.no, ln.label))
    if taken:
        w.unmapped = [u for u in w.unmapped if (u.line, u.label) not in taken]


def _reading(cols: dict[str, Cell], found: dict[str, list[tuple[Line, Token]]]) -> dict[str, tuple[Line, Token]] | None:
    """The one choice of a beginning and an ending balance among ``found`` (and of the losses,
    where the group's are not read) with which the roll-forward holds with the principal
    read (:func:`one_roll`); None where none or more than one does."""
    principal = cols["total_principal"]
    if principal.token is None or principal.token.value is None:
        return None
    def of(pairs: list[tuple[Line, Token]]) -> list[Candidate]:
        return [(pair, float(pair[1].value or 0), half_unit_of(pair[1].decimals)) for pair in pairs]
    lost = cols.get(_LOSSES)
    losses: list[Candidate] = [(lost, float(lost.token.value or 0), half_unit_of(lost.token.decimals))] if (
        lost and lost.token) else []
    got = one_roll(of(found.get("beginning_balance", [])), of(found.get("ending_balance", [])),
                   [(principal, float(principal.token.value), half_unit_of(principal.token.decimals))],
                   losses or of(found.get(_LOSSES, [])), losses_read=bool(losses))
    if got is None:
        return None
    return {f: k for f, k in got.items() if isinstance(k, tuple)}  # (the figures read before: no lines)


#: a term's candidate: what it is (a line, a cell), its amount, and half its printed unit
Candidate = tuple[object, float, float]


def one_roll(begins: list[Candidate], ends: list[Candidate], principals: list[Candidate], losses: list[Candidate],
             losses_read: bool = False) -> dict[str, object] | None:
    """The one choice of a beginning balance, an ending balance, a principal and the period's
    losses (none where ``losses`` are not ``losses_read``) among the candidates, no figure
    twice, with which the beginning less the principal and the losses is the ending to their
    rounding; None where none or more than one holds, or too many choices to try. A zero
    loss, or a principal not above zero, proves nothing.

    >>> one_roll([("b", 100.0, 0.005)], [("e", 85.0, 0.005)], [("p", 10.0, 0.005), ("q", 20.0, 0.005)],
    ...          [("l", 5.0, 0.005)])
    {'beginning_balance': 'b', 'ending_balance': 'e', 'total_principal': 'p', 'realized_losses': 'l'}
    """
    options: list[Candidate | None] = [*losses] if losses_read else [None, *losses]
    if len(begins) * len(ends) * len(principals) * len(options) > _MOST:
        return None
    held: list[dict[str, object]] = []
    for b in begins:
        for e in ends:
            for p in principals:
                for loss in options:
                    chosen = [x[0] for x in (b, e, p, loss) if x is not None]
                    if len({id(x) for x in chosen}) < len(chosen) or p[1] <= 0 or loss is not None and loss[1] == 0:
                        continue
                    out = b[1] - p[1] - (loss[1] if loss else 0.0)
                    slack = b[2] + e[2] + p[2] + (loss[2] if loss else 0.0) + 1e-9 * abs(out)
                    if abs(out - e[1]) <= slack:
                        held.append({"beginning_balance": b[0], "ending_balance": e[0], "total_principal": p[0]}
                                    | ({_LOSSES: loss[0]} if loss else {}))
    return held[0] if len(held) == 1 else None


__all__ = ["Candidate", "one_roll", "read_pool_apart"]
