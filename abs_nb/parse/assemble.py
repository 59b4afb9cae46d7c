"""Walk + class table -> the filing's values as plain data, with provenance.

This module types values, orders rows, derives the few values the contract defines as
derived (``prepayments_and_curtailments`` where printed apart, ``notional``), and keeps for
every value the line and span it came from. It builds no DataFrame: :class:`abs_nb.Filing`
builds its tables from :class:`Parsed` when they are first asked for.
"""

from __future__ import annotations

import math
import struct
from decimal import Decimal
from typing import Any

from abs_nb.parse.class_interest import shortfall_deducted
from abs_nb.parse.classes import TOTAL, ClassTable
from abs_nb.parse.deal_lines import name_deal_lines, prove_deal_lines
from abs_nb.parse.identities import (
    DEDUCTIONS,
    NEVER_NEGATIVE,
    POOL_FIGURES,
    SUMMED_KINDS,
    TOTAL_IS_DEAL,
    group_column,
    is_notional,
    notional_description,
)
from abs_nb.parse.interest_net import interest_net, repair_fee_signs
from abs_nb.parse.leftovers import unread_figures
from abs_nb.parse.loss_signs import same_loss_signs
from abs_nb.parse.notional_rows import proven_notional
from abs_nb.parse.per_1000_signs import repair_per_1000_signs
from abs_nb.parse.pieces import CheckRow, Unmapped, Walk
from abs_nb.parse.rate_scale import prove_rate_scales
from abs_nb.parse.records import Record
from abs_nb.parse.spelling import class_key
from abs_nb.parse.subtotals import deductions
from abs_nb.parse.text_lines import lines_of
from abs_nb.parse.tokens import Token
from abs_nb.parse.values import UNSCALED, convert
from abs_nb.parse.vocabulary import vocabulary

DELINQUENCY_STATUSES = ("30-59", "60-89", "90+", "foreclosure", "bankruptcy", "reo")

Key = tuple[str, str, str]  # (table, row, column)
# class descriptions (CTSLink's "Certificate Class Description") of notional-balance classes


_SEP = "\x00"  # between the key strings of packed provenance (never inside one: checked)
# provenance and decimals packed: keys and int64 array of each (Parsed._pack)
Packed = tuple[str | tuple[str, ...], bytes, str | tuple[str, ...], bytes]


def _joined(d: dict[Key, Any]) -> str | tuple[str, ...]:
    """The strings of the keys of ``d``, three per key, joined by NUL; as a tuple instead
    when one of them holds a NUL (text read from a filing may)."""
    parts: list[str] = []
    for table, row, column in d:  # a compiled loop: no iterator object per string
        parts.append(table)
        parts.append(row)
        parts.append(column)
    joined = _SEP.join(parts)
    if joined.count(_SEP) == len(parts) - 1 or not parts:
        return joined
    return tuple(parts)


def _keys(packed: str | tuple[str, ...]) -> list[Key]:
    """The keys :func:`_joined` packed, in order."""
    parts = (packed.split(_SEP) if packed else []) if isinstance(packed, str) else list(packed)
    return [(parts[i], parts[i + 1], parts[i + 2]) for i in range(0, len(parts), 3)]


class Parsed(Record):
    """Everything read from one report, as plain Python data (shown and compared by its
    fields).

    ``provenance`` (where each value was printed: line, start, end) and ``decimals`` (how
    many decimals each figure printed) cross a process boundary packed, each as one string of
    keys and one array of ints, and are unpacked the first time they are read: a corpus
    holds thousands of filings whose provenance is rarely looked at, and hundreds of small
    tuples per filing cost time to pickle, to unpickle and for the collector to walk.

    >>> import pickle
    >>> p = Parsed()
    >>> p.provenance[("deal", "deal", "oc_amount")] = (12, 340, 352)
    >>> p.decimals[("deal", "deal", "oc_amount")] = 2
    >>> q = pickle.loads(pickle.dumps(p))
    >>> q.provenance, q.decimals
    ({('deal', 'deal', 'oc_amount'): (12, 340, 352)}, {('deal', 'deal', 'oc_amount'): 2})
    """

    _fields = ("class_order", "classes", "totals", "group_order", "collateral", "delinquency", "deal",
               "provenance", "decimals", "unmapped", "problems")

    def __init__(
        self,
        class_order: list[str] | None = None,
        classes: dict[str, dict[str, object]] | None = None,
        totals: dict[str, object] | None = None,
        group_order: list[str] | None = None,
        collateral: dict[str, dict[str, object]] | None = None,
        delinquency: dict[tuple[str, str], dict[str, object]] | None = None,
        deal: dict[str, object] | None = None,
        unmapped: list[tuple[int, str, list[str], str]] | None = None,
        problems: list[CheckRow] | None = None,
        packed: Packed | None = None,
    ) -> None:
        self.class_order: list[str] = class_order if class_order is not None else []
        self.classes: dict[str, dict[str, object]] = classes if classes is not None else {}
        self.totals: dict[str, object] = totals if totals is not None else {}
        self.group_order: list[str] = group_order if group_order is not None else []
        self.collateral: dict[str, dict[str, object]] = collateral if collateral is not None else {}
        self.delinquency: dict[tuple[str, str], dict[str, object]] = delinquency if delinquency is not None else {}
        self.deal: dict[str, object] = deal if deal is not None else {}
        self.unmapped: list[tuple[int, str, list[str], str]] = unmapped if unmapped is not None else []
        self.problems: list[CheckRow] = problems if problems is not None else []
        self._provenance: dict[Key, tuple[int, int, int]] = {}  # line, start, end
        self._decimals: dict[Key, int] = {}
        self._packed = packed

    @property
    def provenance(self) -> dict[Key, tuple[int, int, int]]:
        """(table, row, column) -> (1-based line, start, end offset in the text)."""
        if self._packed is not None:
            self._unpack()
        return self._provenance

    @property
    def decimals(self) -> dict[Key, int]:
        """(table, row, column) -> decimals printed, for the figures read as amounts."""
        if self._packed is not None:
            self._unpack()
        return self._decimals

    def _unpack(self) -> None:
        packed = self._packed
        assert packed is not None
        prov_keys, prov_ints, dec_keys, dec_ints = packed
        keys = _keys(prov_keys)
        ints: list[int] = list(struct.unpack(f"{len(prov_ints) // 8}q", prov_ints))
        prov = self._provenance
        for k in range(len(keys)):
            prov[keys[k]] = (ints[3 * k], ints[3 * k + 1], ints[3 * k + 2])
        self._decimals = dict(zip(_keys(dec_keys), struct.unpack(f"{len(dec_ints) // 8}q", dec_ints), strict=True))
        self._packed = None

    def _pack(self) -> Packed:
        """provenance and decimals, each as its keys' strings (joined, :func:`_joined`) and its
        ints in one int64 array, gathered by compiled loops (no iterator object per entry)."""
        if self._packed is not None:
            return self._packed
        prov, dec = self._provenance, self._decimals
        ints: list[int] = []
        for line, start, end in prov.values():
            ints.append(line)
            ints.append(start)
            ints.append(end)
        return (_joined(prov), struct.pack(f"{len(ints)}q", *ints),
                _joined(dec), struct.pack(f"{len(dec)}q", *dec.values()))

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        # not Record's: provenance and decimals go packed (the last argument of __init__)
        return Parsed, (self.class_order, self.classes, self.totals, self.group_order, self.collateral,
                        self.delinquency, self.deal, self.unmapped, self.problems, self._pack())

    def get(self, table: str, row: str, col: str) -> float:
        """A numeric value (NaN when absent or not a number)."""
        values: dict[str, object] | None
        if table == "classes":
            values = self.classes.get(row)
        elif table == "totals":
            values = self.totals
        elif table == "collateral":
            values = self.collateral.get(row)
        elif table == "deal":
            values = self.deal
        else:
            g, s = row.rsplit(" ", 1) if " " in row else (row, "")
            values = self.delinquency.get((g, s))
        v = values.get(col) if values is not None else None
        if type(v) is float:  # nearly every value: returned as it is, no conversion called
            return v
        if isinstance(v, bool) or not isinstance(v, int):
            return math.nan
        return float(v)

    @property
    def empty(self) -> bool:
        return not (self.classes or self.collateral or self.delinquency or self.deal)


def _group_order(groups: list[str]) -> list[str]:
    body = [g for g in groups if g != TOTAL]
    return body + ([TOTAL] if TOTAL in groups else [])


def line_starts(text: str) -> list[int]:
    """The offset in ``text`` at which each line starts (the first line's at 0).

    >>> line_starts("ab\\n\\ncd"), line_starts("")
    ([0, 3, 4], [0])
    """
    starts: list[int] = []
    pos = 0
    for line in lines_of(text):
        starts.append(pos)
        pos += len(line) + 1
    return starts


def _where(starts: list[int], line: int, span: tuple[int, int] | None) -> tuple[int, int, int]:
    """(line, start, end) in the text of a figure at ``span`` of ``line`` (the whole line's
    start when there is no span); ``starts``: each line's offset. A module function, not a
    nested one: compiled, a nested function is a generic call (and a reference cycle)."""
    base = starts[line - 1]
    return (line, base + span[0], base + span[1]) if span else (line, base, base)


def assemble(w: Walk, ct: ClassTable, starts: list[int]) -> Parsed:
    """The plain-data filing from the walk ``w`` and the joined class table ``ct``."""
    p = Parsed(problems=list(w.checks) + list(ct.checks))

    # ---- classes ----------------------------------------------------------------------
    p.class_order = list(ct.order)
    p.classes = {c: {} for c in p.class_order}
    for (row, col), placed in ct.values.items():
        table = "totals" if row == TOTAL else "classes"
        (p.totals if row == TOTAL else p.classes.setdefault(row, {}))[col] = placed.value
        if placed.span is not None:  # a blank cell has no text to point at
            p.provenance[(table, row, col)] = _where(starts, placed.line, placed.span)
        if placed.token is not None and placed.token.kind == "num" and isinstance(placed.value, float):
            p.decimals[(table, row, col)] = placed.token.decimals
    p.unmapped.extend(ct.problems)
    if any(n > 1 for n in ct.table_of.values()):
        for label, n in ct.table_of.items():
            p.classes[label]["class_table"] = n  # which class table of the report printed it
    keyed = {class_key(c): c for c in p.class_order}

    seen: dict[Key, tuple[object, int]] = {}
    pieces: dict[tuple[str, str], Decimal] = {}
    unscaled: list[tuple[Key, Token, int]] = []  # rates printed without % that may be fractions
    for (row, col), placed in ct.values.items():  # a class table's among them
        tok = placed.token
        if (col == "interest_rate" and row != TOTAL and tok is not None and tok.kind == "num" and tok.value is not None
                and not tok.percent and _nan(placed.value) and 0 < abs(tok.value) < Decimal("0.5")):
            unscaled.append((("classes", row, col), tok, placed.line))
    for c in w.cells:
        row = c.row.replace("\x1f", " ")
        if c.table == "classes":
            found = keyed.get(class_key(c.row))
            if found is None and not ct.order:
                # no class table: lines such as "Class A Initial Invested Amount" name the classes
                found = keyed[class_key(c.row)] = c.row.upper().replace(" ", "-")
                p.class_order.append(found)
                p.classes[found] = {}
            if found is None:
                p.unmapped.append((c.line, f"Class {c.row} {c.column}", [c.token.text if c.token else c.text or ""], "class not in the class table"))
                continue
            row = found
        value, problem = convert(c.token, c.type, c.text)
        key = (c.table, row, c.column)
        if problem:
            # a phrase where a number belongs ("Not Provided By Servicer") is the filing's own
            # statement: NaN with a warning; a number we cannot read is a failure
            severity = "warn" if problem.startswith("text in a numeric field") else "fail"
            p.problems.append(CheckRow("unreadable_value", " ".join(key), math.nan, math.nan, severity,
                                       f"line {c.line}: {problem}", [c.line]))
            if c.token is not None and problem.startswith(UNSCALED):
                unscaled.append(((c.table, row, c.column), c.token, c.line))
        if key in seen:
            old, old_line = seen[key]
            same = old == value or (_nan(old) and _nan(value))
            p.problems.append(CheckRow("duplicate_value", " ".join(key), _f(old), _f(value),
                                       "pass" if same else "fail",
                                       f"printed on lines {old_line} and {c.line}" + ("" if same else "; the first is kept"),
                                       [old_line, c.line]))
            continue
        seen[key] = (value, c.line)
        p.provenance[key] = _where(starts, c.line, c.span)
        if c.token is not None and c.token.kind == "num" and isinstance(value, float):
            p.decimals[key] = c.token.decimals  # counts (ints) carry no rounding
        if c.table == "collateral":
            p.collateral.setdefault(row, {})[c.column] = value
            if c.token is not None and c.token.value is not None and problem is None and isinstance(value, float):
                pieces[(row, c.column)] = c.token.value  # only figures read cleanly enter a derived sum
        elif c.table == "delinquency":
            group, status = c.row.split("\x1f")
            p.delinquency.setdefault((group, status), {})[c.column] = value
        elif c.table == "deal":
            p.deal[c.column] = value
        elif c.table == "classes":
            p.classes[row][c.column] = value

    # prepayments_and_curtailments: printed combined, or the exact sum where printed apart
    for g, vals in p.collateral.items():
        if "prepayments_and_curtailments" not in vals and (g, "prepayments") in pieces and (g, "curtailments") in pieces:
            vals["prepayments_and_curtailments"] = float(pieces[(g, "prepayments")] + pieces[(g, "curtailments")])
    p.group_order = _group_order(list(p.collateral))
    deducted = _repair_deduction_signs(p)
    p.problems += repair_fee_signs(w, p.collateral, p.deal, p.provenance, starts)
    groups = _group_order(list(dict.fromkeys(g for g, _ in p.delinquency)))
    p.delinquency = {
        (g, s): p.delinquency[(g, s)] for g in groups for s in DELINQUENCY_STATUSES if (g, s) in p.delinquency
    }
    for label, vals in p.classes.items():
        vals["notional"] = is_notional(label) or notional_description(str(vals.get("description") or ""))
    p.problems += proven_notional(p.class_order, p.classes, p.totals, p.decimals, p.provenance)

    # the Total row's rate is not a class rate: a rate printed there is the index (one-month LIBOR)
    rate = p.totals.pop("interest_rate", None)
    if isinstance(rate, float) and not math.isnan(rate):
        p.deal.setdefault("index_rate", rate)
        if ("totals", "Total", "interest_rate") in p.provenance:
            p.provenance[("deal", "deal", "index_rate")] = p.provenance.pop(("totals", "Total", "interest_rate"))
            p.decimals[("deal", "deal", "index_rate")] = p.decimals.pop(("totals", "Total", "interest_rate"), 0)

    if w.cut_line is not None:
        ln = w.cut_line
        p.problems.append(CheckRow("truncated", f"line {ln.no}", math.nan, math.nan, "warn",
                                   w.cut_reason.format(line=ln.no) + f": {ln.raw.strip()[-120:]!r}", [ln.no]))
    for line, label, printed in w.malformed:
        p.problems.append(CheckRow("unreadable_value", label, math.nan, math.nan, "fail",
                                   f"line {line}: malformed number: {printed} (not read as a number)", [line]))
    by_no = {ln.no: ln for ln in w.lines}
    proven = prove_deal_lines(w.unmapped, by_no, p.get, lambda t, r, c: p.decimals.get((t, r, c)),
                              p.class_order, p.classes, set(p.deal))
    read = {id(u) for u, *_ in proven}
    in_blocks: dict[str, list[Unmapped]] = {}  # the lines of each loan group's block (its pool lines)
    for u in w.unmapped:
        if id(u) not in read and w.block_at(u.line):
            in_blocks.setdefault(w.block_at(u.line), []).append(u)
    # a block of the Total's alone is the pool's table, no group's: its lines are deal lines
    for group, us in in_blocks.items() if w.has_group_blocks() else ():
        read |= _group_figures(p, group, name_deal_lines(us, by_no, set()), starts)
    named = name_deal_lines([u for u in w.unmapped if id(u) not in read], by_no, set(p.deal))
    _read_deal_figures(p, [*proven, *named], starts, unscaled)
    read |= {id(u) for u, *_ in [*proven, *named]}
    if unscaled:
        _scale_rates(p, unscaled)
    _repair_class_signs(p)
    if ("collateral", "Total", "realized_losses") in deducted:
        rows = [("classes", k, v, "realized_loss") for k, v in p.classes.items()]  # the same loss, printed so elsewhere
        rows += [("totals", "Total", p.totals, "realized_loss"), ("deal", "deal", p.deal, "realized_losses")]
        p.problems += same_loss_signs(rows, _f(p.collateral["Total"].get("realized_losses")), p.provenance)
    p.problems.extend(repair_per_1000_signs(p.classes, p.provenance, p.decimals))
    _repair_subtotal_signs(p, w)
    _pool_figures_in_total(p)  # the deal lines read by their identities and words too
    read |= _interest_net(p, w, starts, {u.line: id(u) for u in w.unmapped if id(u) not in read})
    for u in w.unmapped:
        if id(u) in read:
            continue
        p.unmapped.append((u.line, u.label, u.values, u.reason))
    p.unmapped.extend((u.line, u.label, u.values, u.reason) for u in w.set_aside)
    swept = unread_figures(w.lines, p.provenance, p.unmapped, p.problems, starts)
    among = [(Unmapped(*row), tok) for row, tok, labelled in swept if labelled]
    named = name_deal_lines([], by_no, set(p.deal), among) if among else []
    unscaled = []
    _read_deal_figures(p, named, starts, unscaled)
    if unscaled:
        _scale_rates(p, unscaled)
    taken = {(u.line, tok.start) for u, _, tok, _ in named}
    p.unmapped.extend(row for row, tok, _ in swept if (row[0], tok.start) not in taken)
    p.unmapped.sort(key=lambda r: r[0])
    return p


def _repair_deduction_signs(p: Parsed) -> set[Key]:
    """Some reconciliations print the amounts taken out of the pool as negatives
    ("(9,000,921.10)"). When beginning (+ a revolving pool's draws) - the amounts' magnitudes = ending proves that reading
    (and beginning - amounts as read = ending does not hold), the amounts are stored as the positive
    principal and losses the fields mean, and the repair is recorded. The amounts are the
    total principal and the losses, or, where these prove no such reading, every part of the
    principal printed and the losses (:data:`~abs_nb.parse.identities.DEDUCTIONS`); those
    amounts are repaired, and the other deductions where all of them are printed negative.
    Returns the cells repaired."""
    repaired: set[Key] = set()
    for g, vals in p.collateral.items():
        beg, end = (p.get("collateral", g, k) for k in ("beginning_balance", "ending_balance"))
        if math.isnan(beg) or math.isnan(end):
            continue
        printed = {c: p.get("collateral", g, c) for c in DEDUCTIONS}
        printed = {c: v for c, v in printed.items() if not math.isnan(v)}
        # the principal whole and the losses, then the principal's parts (its prepaid part
        # printed one way: whole, or as its parts) and the losses
        whole = [c for c in ("total_principal", "realized_losses") if c in printed] if "total_principal" in printed else []
        parts = [c for c in DEDUCTIONS if c in printed and c != "total_principal" and not (
            c == "prepayments_and_curtailments" and ("prepayments" in printed or "curtailments" in printed))]
        tol = 0.01  # (an amount read positive elsewhere, a loss in another table, is one already)
        start = beg + (0.0 if math.isnan(drawn := p.get("collateral", g, "additional_balances")) else abs(drawn))
        proven = [t for t in (whole, parts) if t and min(printed[c] for c in t) < 0
                  and abs(start - sum(abs(printed[c]) for c in t) - end) <= tol < abs(start - sum(printed[c] for c in t) - end)]
        if not proven:
            continue
        amounts = [printed[c] for c in proven[0]]
        # the terms the sum proves, and the other deductions where every one is printed negative
        # (a reconciliation printing its deductions so throughout; its total may be printed
        # positive, a subtotal's sign); a lone negative beside
        # positive parts means what it says
        others = [c for c in DEDUCTIONS if c in printed and c not in proven[0] and c != "total_principal"]
        fixed = [(c, printed[c]) for c in DEDUCTIONS if c in printed and printed[c] < 0
                 and (c in proven[0] or all(printed[o] <= 0 for o in others))]
        for col, v in fixed:
            vals[col] = -v
            repaired.add(("collateral", g, col))
        lines = [p.provenance[("collateral", g, c)][0] for c, _ in fixed if ("collateral", g, c) in p.provenance]
        p.problems.append(CheckRow(
            "deduction_signs", f"collateral {g}", start - sum(abs(a) for a in amounts), end, "repaired",
            "the reconciliation prints the amounts taken out of the pool as negatives ("
            + ", ".join(f"{c} {v:,.2f}" for c, v in fixed)
            + f"): beginning {beg:,.2f}{f' plus draws {start - beg:,.2f}' if start != beg else ''} less their amounts"
            f" = ending {end:,.2f}; stored as positive amounts", lines))
    return repaired


def _scale_rates(p: Parsed, unscaled: list[tuple[Key, Token, int]]) -> None:
    """The rates printed without % that an identity proves fractions
    (:func:`~abs_nb.parse.rate_scale.prove_rate_scales`): read, their ``unreadable_value``
    failure replaced by the ``rate_scale`` repair."""
    found = prove_rate_scales({"collateral": p.collateral, "classes": p.classes, "deal": {"deal": p.deal}}, unscaled)
    # (a class table's checks name a class's cell without its table's name)
    done = {c.subject for c in found} | {c.subject.split(" ", 1)[1] for c in found if c.subject.startswith("classes ")}
    p.problems = [c for c in p.problems if not (c.check == "unreadable_value" and c.subject in done
                                                and UNSCALED in c.detail)]
    p.problems.extend(found)


def _repair_class_signs(p: Parsed) -> None:
    """A class's figure the identities take out (the Totals row's too) printed as a negative
    where its amount makes the identity hold and the figure as printed does not: the minus is
    the deduction's sign, stored as the amount, each repair a ``deduction_signs`` check. An
    interest shortfall: :func:`~abs_nb.parse.class_interest.shortfall_deducted`. A realized loss
    (printed in brackets): the beginning balance less the principal and it is the ending."""
    rows = [("classes", label, vals) for label, vals in p.classes.items()] + [("totals", "Total", p.totals)]
    for table, label, vals in rows:
        if (why := shortfall_deducted({k: _f(v) for k, v in vals.items()})) is not None:
            _repair_sign(p, table, label, vals, "interest_shortfall", why)
        loss, beg, prin, end = (_f(vals.get(k)) for k in ("realized_loss", "beginning_balance", "principal", "ending_balance"))
        if loss < 0 and abs(beg - prin + loss - end) <= 0.015 and abs(beg - prin - loss - end) > 0.015:
            _repair_sign(p, table, label, vals, "realized_loss",
                         f"the beginning balance {beg:,.2f} less the principal {prin:,.2f} and it is the ending "
                         f"balance {end:,.2f}")
        loss = _f(vals.get("realized_loss"))
        loss = 0.0 if math.isnan(loss) else loss
        if prin < 0 and abs(beg + prin - loss - end) <= 0.015 and abs(beg - prin - loss - end) > 0.015:
            _repair_sign(p, table, label, vals, "principal",
                         f"the beginning balance {beg:,.2f} less it is the ending balance {end:,.2f}")


def _repair_sign(p: Parsed, table: str, label: str, vals: dict[str, object], field: str, why: str) -> None:
    v = _f(vals.get(field))
    vals[field] = -v
    where = p.provenance.get((table, label, field))
    p.problems.append(CheckRow(
        "deduction_signs", f"{table} {label} {field}", -v, v, "repaired",
        f"printed {v:,.2f}: {why}, so the minus is the deduction's sign; stored as the amount {-v:,.2f}",
        [where[0]] if where else []))


def _repair_subtotal_signs(p: Parsed, w: Walk) -> None:
    """A negative figure of a field that is never negative (a fee, a shortfall, a principal
    part or a loss), which a subtotal printed under it proves a deduction
    (:func:`~abs_nb.parse.subtotals.deductions`), is stored as the amount it is; a
    ``deduction_signs`` check records each repair with the lines that prove it."""
    found: list[tuple[Key, float, int]] = []
    for table, rows in (("collateral", p.collateral), ("deal", {"deal": p.deal})):
        for row, vals in rows.items():
            for col, v in vals.items():
                key = (table, row, col)
                if col in NEVER_NEGATIVE and isinstance(v, (int, float)) and not isinstance(v, bool) and v < 0 and (
                        key in p.provenance):  # an amount, or a count of loans taken out
                    found.append((key, v, p.provenance[key][0]))
    if not found:
        return
    proven = deductions(w.lines)
    for (table, row, col), v, line in found:
        if line not in proven:
            continue
        first, last, subtotal = proven[line]
        (p.collateral[row] if table == "collateral" else p.deal)[col] = -v
        places = p.decimals.get((table, row, col), 0 if float(v).is_integer() else 2)  # as printed: a count has none
        p.problems.append(CheckRow(
            "deduction_signs", f"{table} {row} {col}", -v, v, "repaired",
            f"printed {v:,.{places}f} on line {line}: the figure on line {subtotal} is the sum of those on lines "
            f"{first} to {last} as printed, so the minus is the deduction's sign; stored as the "
            f"amount {-v:,.{places}f}", [line, subtotal]))


def _group_figures(p: Parsed, group: str, named: list[tuple[Unmapped, str, Token, CheckRow]],
                   starts: list[int]) -> set[int]:
    """Deal figures a loan group's block of lines prints, named by their words: an amount or a
    count is the group's (its pool column, under the deal figure's name), the Total's block's
    the deal's too; a rate is no group's share of anything: left listed. Returns the ids of
    the lines read."""
    v = vocabulary()
    read: set[int] = set()
    for u, field, tok, check in named:
        type_ = "count" if field == "loan_count" else v.field_type("deal", field) or "money"
        if type_ not in SUMMED_KINDS:
            continue
        value, problem = convert(tok, type_)
        if problem:
            continue
        where = _where(starts, tok.line_in(u.line), (tok.start, tok.end))
        keys = [("collateral", group, group_column(field))]
        keys += [("deal", "deal", field)] if group == "Total" and field not in p.deal else []
        for table, row, col in keys:
            (p.collateral.setdefault(row, {}) if table == "collateral" else p.deal)[col] = value
            p.provenance[(table, row, col)] = where
            if isinstance(value, float):
                p.decimals[(table, row, col)] = tok.decimals
        p.problems.append(check)
        read.add(id(u))
    return read


def _interest_net(p: Parsed, w: Walk, starts: list[int], unread: dict[int, int]) -> set[int]:
    """The interest net of the servicing fee where the interest block's closing line proves it
    (:mod:`abs_nb.parse.interest_net`), for each group printing a fee and no such figure;
    returns the ids of the unmapped lines so read."""
    fees = {}
    for g, vals in p.collateral.items():
        where = p.provenance.get(("collateral", g, "servicing_fee"))
        if where is not None and _nan(vals.get("scheduled_interest_net")):
            fees[g] = (where[0], where[1] - starts[where[0] - 1])  # its line, and its start in it
    read: set[int] = set()
    for group, ln, col, check in interest_net(w, fees, set(unread)):
        tok = ln.values[col]
        key = ("collateral", group, "scheduled_interest_net")
        p.collateral[group][key[2]] = float(tok.value or 0)
        p.provenance[key] = _where(starts, tok.line_in(ln.no), (tok.start, tok.end))
        p.decimals[key] = tok.decimals
        if unread[ln.no] not in read:
            p.problems.append(check)
            read.add(unread[ln.no])
    return read


def _read_deal_figures(p: Parsed, named: list[tuple[Unmapped, str, Token, CheckRow]], starts: list[int],
                       unscaled: list[tuple[Key, Token, int]]) -> None:
    """Each deal figure an identity proved or words named: its value, provenance and check,
    and a figure named but not read said (never a silent NaN); a rate printed with no
    ``%`` goes to ``unscaled``, its scale to be proven."""
    for u, field, tok, check in named:
        value, problem = convert(tok, "count" if field == "loan_count" else vocabulary().field_type("deal", field) or "money")
        p.deal[field] = value
        p.provenance[("deal", "deal", field)] = _where(starts, tok.line_in(u.line), (tok.start, tok.end))
        if problem:  # named, and not read: said, never a silent NaN
            line = tok.line_in(u.line)
            p.problems.append(CheckRow("unreadable_value", f"deal deal {field}", math.nan, math.nan, "fail",
                                       f"line {line}: {problem}", [line]))
            if problem.startswith(UNSCALED):
                unscaled.append((("deal", "deal", field), tok, line))
        if isinstance(value, float):
            p.decimals[("deal", "deal", field)] = tok.decimals
        p.problems.append(check)


def _pool_figures_in_total(p: Parsed) -> None:
    """Each pool figure printed as a deal line (for the whole pool) stands in the Total
    column of the collateral table too, with the provenance of its line, and each printed in
    the Total column stands among the deal's figures
    (:data:`~abs_nb.parse.identities.TOTAL_IS_DEAL`: the period's realized losses too), so
    that one query finds it for single-pool and multi-group deals alike; a figure either
    prints itself is kept. A deal of groups with no Total column gets no Total made up."""
    total = p.collateral.get("Total")
    for col, field in TOTAL_IS_DEAL if total is not None else ():
        in_pool = total.get(col) if total is not None else None
        if not _nan(in_pool) and _nan(p.deal.get(field)) and not isinstance(in_pool, str):
            p.deal[field] = in_pool
            _copy_where(p, ("collateral", "Total", col), ("deal", "deal", field))
    if total is None and p.collateral:
        return
    for col, field in POOL_FIGURES:
        in_deal = p.deal.get(field)
        in_pool = total.get(col) if total is not None else None
        if in_deal is None or _nan(in_deal) or (in_pool is not None and not _nan(in_pool)):
            continue
        if total is None:
            total = p.collateral["Total"] = {}
            p.group_order = _group_order(list(p.collateral))
        total[col] = in_deal
        _copy_where(p, ("deal", "deal", field), ("collateral", "Total", col))


def _copy_where(p: Parsed, src: Key, dst: Key) -> None:
    if src in p.provenance:
        p.provenance[dst] = p.provenance[src]
    if src in p.decimals:
        p.decimals[dst] = p.decimals[src]


def _nan(x: object) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def _f(x: object) -> float:
    return float(x) if isinstance(x, (int, float)) and not isinstance(x, bool) else math.nan
