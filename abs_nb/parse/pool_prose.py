"""A pool's figures printed in sentences, read where the pool's roll-forward holds over them.

A trustee's or a servicer's letter may state the pool in prose::

    (a) The Pool Principal Balance as of the opening of business on June 1, 1996 was
        $94,117,502.36, representing 2,142 Mortgage Loans.
    (e) The Principal Distribution Amount was $1,753,770.53 ... a Realized Loss of $22,673.64.
        The Pool Principal Balance at the close of business on June 30, 1996 was $92,341,058.19

Each amount in a sentence (a figure with a dollar sign or cents, in a line of prose: words
one space apart) is labelled by the words before it in its sentence, back to the figure
before it. Of the amounts of a loan group's block (or of the report, with no groups) whose
pool no table read, those whose words come nearest the beginning and the ending balance
(and the period's losses, where a line's words come nearest them) are read with the amount
that is the principal between them, where the beginning balance less that principal (less
those losses) is the ending balance to the cent in one way only: the words choose among the
amounts, the identity proves them. The principal's parts are not read (a sentence names a
part before or after its figure, "of which $1,288,715.02 represented prepayments in full",
and the parts add up alike whichever is which).

>>> from abs_nb.parse.engine import walk
>>> w = walk("POOL\\n\\n(a) The Pool Principal Balance as of the opening of business on June 1 was\\n"
...          "    $1,000.00, representing 20 Mortgage Loans. (b) The Servicer received scheduled\\n"
...          "    principal of $10.00 and prepayments in full of $80.00, in all principal of\\n"
...          "    $90.00. Realized Losses were $5.00. (c) The Pool Principal Balance at the end\\n"
...          "    of the Due Period was $905.00, and cumulative losses were $12.00.\\n")
>>> sorted((c.column, c.token.text) for c in w.cells if c.table == "collateral")
[('beginning_balance', '$1,000.00'), ('ending_balance', '$905.00'), ('realized_losses', '$5.00'), ('total_principal', '$90.00')]
"""

from __future__ import annotations

import math
import re
from typing import Final

from abs_nb.parse.clause_figures import clause_figure
from abs_nb.parse.identities import POOL_FIELDS
from abs_nb.parse.pieces import Cell, CheckRow, Walk
from abs_nb.parse.pool_apart import Candidate, one_roll
from abs_nb.parse.role_column import half_unit_of
from abs_nb.parse.tokens import Line, Token
from abs_nb.parse.vocabulary import vocabulary

#: the fewest words of a line of prose
MIN_WORDS: Final = 4
# a wide gap between two tokens: a table's columns, no sentence
_GAP: Final = re.compile(r"\S[ \t]{3,}\S")
# an item's mark ("(a)", "(iv)", "1.") or a word ending a sentence ("Loans.", not "Inc." nor "$5.00.")
_ITEM: Final = re.compile(r"^\(?(?:[a-z]{1,4}|\d{1,2})[.)]$", re.I)


def read_pool_prose(w: Walk) -> None:
    """Read the pool figures of sentences (module docstring) for each group whose pool no
    table read."""
    if w.rendering == "cells":
        return
    pooled = {c.row for c in w.cells if c.table == "collateral"}
    if {name or "Total" for _, name in w.block_groups} | {"Total"} <= pooled:
        return  # every group's pool (and the report's) read by a table: no sentence is looked at
    read = {id(c.token) for c in w.cells if c.token is not None}
    by_group: dict[str, list[Line]] = {}
    for ln in prose_amounts(w.lines, read):
        group = w.group_at(ln.no)
        if group not in pooled:
            by_group.setdefault(group, []).append(ln)
    v = vocabulary()
    for group, lines in by_group.items():
        hints = [v.hint(ln.label, "pool", ("collateral",), POOL_FIELDS) for ln in lines]
        found = _roll(lines, hints)
        for field, ln in found.items():
            t = ln.values[0]
            w.cells.append(Cell("collateral", group, field, "money", t.line_in(ln.no), token=t, span=(t.start, t.end)))
            w.checks.append(CheckRow(
                "row_role", f"{ln.label} (line {ln.no})", math.nan, math.nan, "pass",
                f"{field}: in a sentence, and beginning_balance - total_principal"
                f"{' - realized_losses' if _LOSSES in found else ''} = ending_balance holds with the amounts "
                "so read, in one way only (the balances' and the losses' words come nearest them)", [ln.no]))


def _roll(lines: list[Line], hints: list[str | None]) -> dict[str, Line]:
    """The one reading of the roll-forward over the amounts ``lines`` print (their words'
    nearest fields ``hints``): a beginning and an ending balance their words name, the
    period's losses their words name or none, and the principal an amount no words name
    otherwise (:func:`~abs_nb.parse.pool_apart.one_roll`); empty where none or more than one
    holds."""
    def named(*fields: str | None) -> list[Candidate]:
        return [(ln, float(ln.values[0].value or 0), half_unit_of(ln.values[0].decimals))
                for ln, h in zip(lines, hints, strict=True) if h in fields]
    got = one_roll(named("beginning_balance"), named("ending_balance"), named(None, "total_principal"), named(_LOSSES))
    return {f: ln for f, ln in got.items() if isinstance(ln, Line)} if got else {}


#: the period's losses, a term the roll-forward may take
_LOSSES: Final = "realized_losses"


def prose_amounts(lines: list[Line], read: set[int] | None = None) -> list[Line]:
    """Each amount printed in a sentence of ``lines`` (not among the tokens ``read``), as a
    line of its own: the amount its one figure, the words before it in its sentence (back to
    the amount before it, across line breaks) its label.

    >>> from abs_nb.parse.tokens import tokenize
    >>> [(ln.label, ln.values[0].text) for ln in prose_amounts(tokenize(
    ...     "The Servicer received principal of $10.00 and interest of\\n$5.25. Losses were nil today."))]
    [('The Servicer received principal of', '$10.00'), ('and interest of', '$5.25')]
    """
    out: list[Line] = []
    clause: list[Token] = []
    for ln in lines:
        if ln.blank or not _prose(ln):
            clause = []
            continue
        for t in ln.tokens:
            figure = clause_figure(t) if t.kind == "word" else t if t.kind == "num" else None
            if figure is not None and figure.kind == "num" and ("$" in figure.text or figure.decimals == 2):
                if clause and (read is None or id(t) not in read):
                    out.append(Line(ln.no, ln.raw, [*clause, figure], list(clause), [figure]))
                clause = []
                if figure is not t and t.text.endswith("."):
                    continue  # the figure ends its sentence
                continue
            if t is ln.tokens[0] and t.kind == "word" and _ITEM.match(t.text):
                clause = []  # an item's mark first on its line opens a sentence ("(b) through (f)" does not)
                continue
            clause.append(t)
            if t.kind == "word" and t.text.endswith(".") and len(t.text) > 4 and t.text[:-1].isalpha():
                clause = []  # a sentence's last word
    return out


def _prose(ln: Line) -> bool:
    """A line of a sentence: four words at least, no wide gap between its tokens."""
    return sum(1 for t in ln.tokens if t.kind == "word") >= MIN_WORDS and not _GAP.search(ln.raw.strip())


__all__ = ["prose_amounts", "read_pool_prose"]
