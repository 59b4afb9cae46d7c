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
#: the most ways the lines named alike are tried in
_MOST: Final = 64


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
        if hint in (*_BALANCES, _LOSSES):
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
    where the group's are not read) with which the roll-forward holds; None where none or
    more than one does."""
    begins, ends = found.get("beginning_balance", []), found.get("ending_balance", [])
    principal = cols["total_principal"].token
    if not begins or not ends or principal is None or principal.value is None:
        return None
    lost = cols[_LOSSES].token if _LOSSES in cols else None
    losses: list[tuple[Line, Token] | None] = [None] if _LOSSES in cols else [None, *found.get(_LOSSES, [])]
    if len(begins) * len(ends) * len(losses) > _MOST:
        return None
    held: list[dict[str, tuple[Line, Token]]] = []
    for begin in begins:
        for end in ends:
            for loss in losses:
                taken = lost if lost is not None else loss[1] if loss is not None else None
                amount = float(taken.value) if taken is not None and taken.value is not None else 0.0
                if begin[0] is end[0] or amount == 0 and loss is not None:
                    continue  # (a zero proves nothing)
                out = _amount(begin[1]) - float(principal.value) - amount
                slack = sum(half_unit_of(t.decimals) for t in (begin[1], end[1], principal, taken) if t is not None)
                if abs(out - _amount(end[1])) <= slack + 1e-9 * abs(out):
                    held.append({"beginning_balance": begin, "ending_balance": end} | ({_LOSSES: loss} if loss else {}))
    return held[0] if len(held) == 1 else None


def _amount(t: Token) -> float:
    return float(t.value) if t.value is not None else math.nan


__all__ = ["read_pool_apart"]
