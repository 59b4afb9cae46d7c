"""Walk + class table + metadata -> the Filing's tables, with provenance.

This module turns located cells into the data contract's DataFrames: it types values,
orders rows and columns, derives the few columns the contract defines as derived
(``prepayments_and_curtailments`` where printed apart, ``factor``, ``notional``), and keeps
for every value the line and span it came from.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal

import pandas as pd

from abs_nb.parse.classes import TOTAL, CheckRow, ClassTable
from abs_nb.parse.engine import Walk
from abs_nb.parse.values import convert
from abs_nb.parse.vocabulary import class_key

CLASS_COLUMNS = [
    "cusip", "original_balance", "beginning_balance", "principal", "interest_rate", "interest",
    "realized_loss", "total_distribution", "interest_shortfall", "deferred_interest",
    "ending_balance", "principal_per_1000", "interest_per_1000", "total_per_1000",
    "beginning_balance_per_1000", "ending_balance_per_1000", "interest_shortfall_per_1000",
    "interest_carryforward_per_1000", "unpaid_interest_shortfall", "loss_interest_shortfall",
    "prepayment_interest_shortfall", "relief_act_interest_shortfall", "net_wac_carryover",
    "net_wac_rate", "cap_rate",
]
DERIVED_CLASS_COLUMNS = ["factor", "notional", "in_totals"]
COLLATERAL_COLUMNS = [
    "beginning_balance", "scheduled_principal", "prepayments", "curtailments",
    "prepayments_and_curtailments", "liquidation_proceeds", "loan_purchases", "total_principal",
    "realized_losses", "ending_balance", "ending_count", "scheduled_interest_net",
    "servicing_fee", "wac", "net_wac", "wam",
]
DELINQUENCY_STATUSES = ["30-59", "60-89", "90+", "foreclosure", "bankruptcy", "reo"]
COUNT_COLUMNS = {"ending_count"}


@dataclass
class Assembled:
    classes: pd.DataFrame
    totals: pd.Series
    collateral: pd.DataFrame
    delinquency: pd.DataFrame
    deal: pd.Series
    provenance: pd.DataFrame
    unmapped: pd.DataFrame
    problems: list[CheckRow] = field(default_factory=list)
    decimals: dict[tuple[str, str, str], int] = field(default_factory=dict)


def is_notional(label: str) -> bool:
    """IO classes carry a notional balance: ``A-IO``, ``A-IO-INV``, ``B-IO``, ``BIO``, ``S`` is
    not recognised by name (its description says IO where printed)."""
    parts = [p for p in label.upper().replace(" ", "-").split("-") if p]
    return "IO" in parts or class_key(label).endswith("IO")


def _group_order(groups: list[str]) -> list[str]:
    body = [g for g in groups if g != TOTAL]
    return body + ([TOTAL] if TOTAL in groups else [])


def assemble(w: Walk, ct: ClassTable, line_starts: list[int]) -> Assembled:
    """Build the contract tables from the walk ``w`` and the joined class table ``ct``."""
    prov: list[tuple[str, str, str, int, int, int]] = []
    problems: list[CheckRow] = list(ct.checks)
    decimals: dict[tuple[str, str, str], int] = {}

    def where(line: int, span: tuple[int, int] | None) -> tuple[int, int]:
        base = line_starts[line - 1]
        return (base + span[0], base + span[1]) if span else (base, base)

    # ---- classes ----------------------------------------------------------------------
    order = list(ct.order)
    keyed = {class_key(c): c for c in order}
    class_rows: dict[str, dict[str, object]] = {c: {} for c in order}
    total_row: dict[str, object] = {}
    for (row, col), placed in ct.values.items():
        target = total_row if row == TOTAL else class_rows.setdefault(row, {})
        target[col] = placed.value
        prov.append(("totals" if row == TOTAL else "classes", row, col, placed.line, *where(placed.line, placed.span)))
        if placed.token is not None:
            decimals[("totals" if row == TOTAL else "classes", row, col)] = placed.token.decimals
    unmapped_rows = [(ln, label, vals, why) for ln, label, vals, why in ct.problems]

    # class lines outside the table ("Class A-IO Net WAC Rate  7.0474747%")
    deal_cells = []
    other_cells = []
    for c in w.cells:
        if c.table == "classes":
            label = keyed.get(class_key(c.row))
            if label is None:
                unmapped_rows.append((c.line, f"Class {c.row} {c.column}", [c.token.text if c.token else c.text], "class not in the class table"))
                continue
            value, problem = convert(c.token, c.type, c.text)
            class_rows[label][c.column] = value
            prov.append(("classes", label, c.column, c.line, *where(c.line, c.span)))
        elif c.table == "deal":
            deal_cells.append(c)
        else:
            other_cells.append(c)

    classes = pd.DataFrame.from_dict(class_rows, orient="index")
    classes = classes.reindex(index=order, columns=CLASS_COLUMNS)
    classes.index.name = "class"
    for col in CLASS_COLUMNS:
        if col != "cusip":
            classes[col] = pd.to_numeric(classes[col], errors="coerce").astype(float)
    classes["cusip"] = classes["cusip"].astype(object).where(classes["cusip"].notna(), None)
    orig = classes["original_balance"]
    classes["factor"] = (classes["ending_balance"] / orig).where(orig > 0)
    classes["notional"] = [is_notional(c) for c in classes.index]
    classes["in_totals"] = False  # filled by the checks once membership is proven
    totals = pd.Series({c: total_row.get(c, math.nan) for c in CLASS_COLUMNS}, name=TOTAL, dtype=object)
    for c in CLASS_COLUMNS:
        if c != "cusip":
            totals[c] = float(totals[c]) if isinstance(totals[c], (int, float)) else math.nan

    # ---- collateral, delinquency, deal --------------------------------------------------
    coll: dict[str, dict[str, object]] = {}
    coll_dec: dict[tuple[str, str], Decimal] = {}
    dq: dict[tuple[str, str], dict[str, object]] = {}
    seen: dict[tuple[str, str, str], tuple[object, int]] = {}

    def record(table: str, row: str, col: str, value: object, line: int, span) -> bool:
        key = (table, row, col)
        if key in seen:
            old, old_line = seen[key]
            same = old == value or (_nan(old) and _nan(value))
            problems.append(CheckRow("duplicate_value", f"{table} {row} {col}".replace("\x1f", " "),
                                     _f(old), _f(value), "pass" if same else "fail",
                                     f"printed on lines {old_line} and {line}"
                                     + ("" if same else "; the first is kept"), [old_line, line]))
            return False
        seen[key] = (value, line)
        prov.append((table, row.replace("\x1f", " "), col, line, *where(line, span)))
        return True

    for c in other_cells + deal_cells:
        value, problem = convert(c.token, c.type, c.text)
        if problem:
            # a phrase where a number belongs ("Not Provided By Servicer") is the filing's own
            # statement: NaN with a warning; a number we cannot read is a failure
            severity = "warn" if problem.startswith("text in a numeric field") else "fail"
            problems.append(CheckRow("unreadable_value", f"{c.table} {c.row} {c.column}".replace("\x1f", " "),
                                     math.nan, math.nan, severity, f"line {c.line}: {problem}", [c.line]))
        if not record(c.table, c.row, c.column, value, c.line, c.span):
            continue
        if c.token is not None:
            decimals[(c.table, c.row, c.column)] = c.token.decimals
        if c.table == "collateral":
            coll.setdefault(c.row, {})[c.column] = value
            if c.token is not None and c.token.value is not None:
                coll_dec[(c.row, c.column)] = c.token.value
        elif c.table == "delinquency":
            group, status = c.row.split("\x1f")
            dq.setdefault((group, status), {})[c.column] = value
        elif c.table == "deal":
            pass
    deal = {c.column: seen[("deal", "deal", c.column)][0] for c in deal_cells}

    # prepayments_and_curtailments: printed combined, or the exact sum where printed apart
    for g, row in coll.items():
        if "prepayments_and_curtailments" not in row and (g, "prepayments") in coll_dec and (g, "curtailments") in coll_dec:
            row["prepayments_and_curtailments"] = float(coll_dec[(g, "prepayments")] + coll_dec[(g, "curtailments")])
    groups = _group_order(list(coll))
    extra = [c for r in coll.values() for c in r if c not in COLLATERAL_COLUMNS]
    columns = COLLATERAL_COLUMNS + list(dict.fromkeys(extra))
    collateral = pd.DataFrame.from_dict(coll, orient="index").reindex(index=groups, columns=columns)
    for col in columns:
        collateral[col] = pd.to_numeric(collateral[col], errors="coerce")
        if col in COUNT_COLUMNS or col == "wam":
            collateral[col] = collateral[col].astype("Int64")
        else:
            collateral[col] = collateral[col].astype(float)
    collateral.index.name = "group"

    dq_groups = _group_order(list(dict.fromkeys(g for g, _ in dq)))
    rows = []
    for g in dq_groups:
        for s in DELINQUENCY_STATUSES:
            if (g, s) in dq:
                v = dq[(g, s)]
                rows.append({"group": g, "status": s, "count": v.get("count", pd.NA),
                             "balance": v.get("balance", math.nan), "market_value": v.get("market_value", math.nan)})
    delinquency = pd.DataFrame(rows, columns=["group", "status", "count", "balance", "market_value"])
    delinquency["count"] = pd.to_numeric(delinquency["count"], errors="coerce").astype("Int64")
    delinquency["balance"] = pd.to_numeric(delinquency["balance"], errors="coerce").astype(float)
    delinquency["market_value"] = pd.to_numeric(delinquency["market_value"], errors="coerce").astype(float)

    # the Total row's rate is not a class rate (000 prints one-month LIBOR there)
    if not _nan(totals.get("interest_rate")):
        deal.setdefault("index_rate", totals["interest_rate"])
        for i, p in enumerate(prov):
            if p[0] == "totals" and p[2] == "interest_rate":
                prov[i] = ("deal", "deal", "index_rate", *p[3:])
        totals["interest_rate"] = math.nan
    deal_s = pd.Series(deal, dtype=object, name="deal")

    for u in w.unmapped:
        unmapped_rows.append((u.line, u.label, u.values, u.reason))
    unmapped = pd.DataFrame(
        [{"line": ln, "label": label, "values": list(vals), "reason": why} for ln, label, vals, why in sorted(unmapped_rows, key=lambda r: r[0])],
        columns=["line", "label", "values", "reason"],
    )
    provenance = pd.DataFrame(prov, columns=["table", "row", "column", "line", "start", "end"])
    return Assembled(classes, totals, collateral, delinquency, deal_s, provenance, unmapped, problems, decimals)


def _nan(x: object) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def _f(x: object) -> float:
    return float(x) if isinstance(x, (int, float)) and not isinstance(x, bool) else math.nan
