"""Shared machinery of the golden tests: expected tables typed from a filing's text become
pytest cases; ``golden_tests(globals())`` defines the tests in a seed's module."""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest

import abs_nb

NAN = math.nan

# --------------------------------------------------------------------------------------------
# Helpers: turn the printed tokens above into expected Python values, and compare
# --------------------------------------------------------------------------------------------

INT_FIELDS = {
    "ending_count",
    "count",
    "wam",
    "loan_count",
    "liquidated_loans",
    "loans_with_prepayment_premiums",
    "loans_with_prepayment_premiums_scheduled",
}
STR_FIELDS = {"cusip"}
# rates, percentages and per-$1,000 figures: pytest.approx(rel=1e-12); all money is exact
APPROX_FIELDS = {
    "interest_rate",
    "net_wac_rate",
    "cap_rate",
    "wac",
    "net_wac",
    "credit_enhancement",
    "index_rate",
}


def _approx(field: str) -> bool:
    return field in APPROX_FIELDS or field.endswith("_per_1000")


def _value(field: str, token: str):
    """The expected Python value of one printed token."""
    token = token.strip()
    if token in ("-", "N/A"):
        return NAN
    if field in STR_FIELDS:
        return token
    if token in ("YES", "NO"):
        return token == "YES"
    text = token.replace(",", "")
    if text.endswith("%"):
        return float(Decimal(text[:-1]) / 100)
    number = Decimal(text)
    if field in INT_FIELDS:
        assert number == number.to_integral_value(), f"{field}: {token!r} is not a count"
        return int(number)
    return float(number)


def _rows(text: str) -> list[list[str]]:
    """Rows of a literal table: cells separated by 2+ spaces; first row is the header."""
    rows = [re.split(r"\s{2,}", ln.strip()) for ln in text.strip().splitlines() if ln.strip()]
    for row in rows[1:]:
        assert len(row) == len(rows[0]), f"expected-table typo: {row} vs header {rows[0]}"
    return rows


def _class_cases(tables: dict[str, str]):
    """(table, class, column, expected) for classes rows and (table, 'Total', ...) for totals."""
    class_cases, total_cases = [], []
    for table, text in tables.items():
        header, *body = _rows(text)
        for label, *cells in body:
            for column, token in zip(header[1:], cells, strict=True):
                case = (table, label, column, _value(column, token))
                target = total_cases if label == "Total" else class_cases
                target.append(pytest.param(*case, id=f"{label}.{column}"))
    return class_cases, total_cases


def _collateral_cases(text: str):
    header, *body = _rows(text)
    return [
        pytest.param(group, field, _value(field, token), id=f"{group}.{field}")
        for field, *cells in body
        for group, token in zip(header[1:], cells, strict=True)
    ]


def _delinquency_cases(text: str):
    header, *body = _rows(text)
    cases = []
    for group, status, *cells in body:
        for column, token in zip(header[2:], cells, strict=True):
            expected = _value(column, token)
            cases.append(
                pytest.param(group, status, column, expected, id=f"{group}.{status}.{column}")
            )
    return cases


def _check(where: str, field: str, actual, expected) -> None:
    """Compare one parsed value with its expected value; `where` names table/row/column."""
    if isinstance(expected, str):
        assert actual == expected, f"{where}: expected {expected!r}, got {actual!r}"
    elif isinstance(expected, bool):
        assert isinstance(actual, (bool, np.bool_)), (
            f"{where}: expected bool {expected}, got {type(actual).__name__} {actual!r}"
        )
        assert bool(actual) is expected, f"{where}: expected {expected}, got {actual!r}"
    elif isinstance(expected, int):
        assert isinstance(actual, (int, np.integer)) and not isinstance(actual, (bool, np.bool_)), (
            f"{where}: expected the count {expected} as an int, got {type(actual).__name__} {actual!r}"
        )
        assert actual == expected, f"{where}: expected {expected}, got {actual!r}"
    elif math.isnan(expected):
        assert actual is None or pd.isna(actual), (
            f"{where}: expected NaN (N/A, blank or unprovable in the filing), got {actual!r}"
        )
    else:
        assert isinstance(actual, (float, np.floating)) and not pd.isna(actual), (
            f"{where}: expected the float {expected!r}, got {type(actual).__name__} {actual!r}"
        )
        if _approx(field):
            assert actual == pytest.approx(expected, rel=1e-12), (
                f"{where}: expected {expected!r}, got {actual!r}"
            )
        else:
            assert actual == expected, f"{where}: expected {expected!r} exactly, got {actual!r}"




def golden_tests(ns: dict) -> None:
    """Define the golden tests in the namespace ``ns`` of a seed's module, from the expected
    tables that module holds (SEED, META, CLASS_ORDER, CLASS_TABLES, ...)."""
    SEED = ns["SEED"]
    META = ns["META"]
    CLASS_ORDER = ns["CLASS_ORDER"]
    CLASS_COLUMNS_NOT_PRINTED = ns["CLASS_COLUMNS_NOT_PRINTED"]
    COLLATERAL_GROUPS = ns["COLLATERAL_GROUPS"]
    COLLATERAL_COLUMNS_NOT_PRINTED = ns["COLLATERAL_COLUMNS_NOT_PRINTED"]
    DELINQUENCY = ns["DELINQUENCY"]
    DEAL_NOT_PRINTED = ns["DEAL_NOT_PRINTED"]
    CLASS_CASES, TOTAL_CASES = _class_cases(ns["CLASS_TABLES"])
    COLLATERAL_CASES = _collateral_cases(ns["COLLATERAL"])
    DELINQUENCY_CASES = _delinquency_cases(DELINQUENCY)
    DEAL_EXPECTED = {field: _value(field, token) for field, token, _label in ns["DEAL"]}
    DEAL_LABELS = {field: label for field, _token, label in ns["DEAL"]}



    @pytest.fixture(scope="module")
    def f():
        return abs_nb.load(SEED)


    @pytest.mark.parametrize("key", list(META))
    def test_meta(f, key):
        expected = META[key]
        actual = f.meta[key]
        if isinstance(expected, date):
            assert isinstance(actual, date) and not isinstance(actual, datetime), (
                f"meta[{key!r}]: expected a datetime.date, got {type(actual).__name__} {actual!r}"
            )
        if isinstance(expected, list):
            actual = list(actual)
        assert actual == expected, f"meta[{key!r}]: expected {expected!r}, got {actual!r}"


    def test_class_order(f):
        assert f.classes.index.name == "class"
        assert f.classes.index.tolist() == CLASS_ORDER, (
            "classes index must be the printed order, no Total"
        )


    @pytest.mark.parametrize("table,cls,column,expected", CLASS_CASES)
    def test_class_value(f, table, cls, column, expected):
        where = f"classes.loc[{cls!r}, {column!r}] (from {table})"
        assert cls in f.classes.index, f"{where}: class missing; index is {f.classes.index.tolist()}"
        assert column in f.classes.columns, f"{where}: column missing"
        _check(where, column, f.classes.loc[cls, column], expected)


    @pytest.mark.parametrize("table,row,column,expected", TOTAL_CASES)
    def test_total_value(f, table, row, column, expected):
        where = f"totals[{column!r}] (Total row of {table})"
        assert column in f.totals.index, f"{where}: missing from totals"
        _check(where, column, f.totals[column], expected)


    @pytest.mark.parametrize("column", CLASS_COLUMNS_NOT_PRINTED)
    def test_class_column_not_printed(f, column):
        if column in f.classes.columns:
            assert f.classes[column].isna().all(), (
                f"classes[{column!r}] is not printed in this filing but holds "
                f"{f.classes[column].dropna().to_dict()}"
            )
        if column in f.totals.index:
            assert pd.isna(f.totals[column]), (
                f"totals[{column!r}] is not printed but is {f.totals[column]!r}"
            )


    def test_collateral_groups(f):
        assert f.collateral.index.name == "group"
        assert f.collateral.index.tolist() == COLLATERAL_GROUPS


    @pytest.mark.parametrize("group,column,expected", COLLATERAL_CASES)
    def test_collateral_value(f, group, column, expected):
        where = f"collateral.loc[{group!r}, {column!r}]"
        assert group in f.collateral.index, f"{where}: group missing"
        assert column in f.collateral.columns, f"{where}: column missing"
        _check(where, column, f.collateral.loc[group, column], expected)


    @pytest.mark.parametrize("column", COLLATERAL_COLUMNS_NOT_PRINTED)
    def test_collateral_column_not_printed(f, column):
        if column in f.collateral.columns:
            assert f.collateral[column].isna().all(), (
                f"collateral[{column!r}] is not printed in this filing but holds "
                f"{f.collateral[column].dropna().to_dict()}"
            )


    def test_delinquency_rows(f):
        d = f.delinquency
        for column in ("group", "status", "count", "balance", "market_value"):
            assert column in d.columns, f"delinquency: column {column!r} missing"
        actual = list(zip(d["group"], d["status"], strict=True))
        expected = [(row[0], row[1]) for row in _rows(DELINQUENCY)[1:]]
        assert len(actual) == len(set(actual)), (
            f"delinquency: duplicate (group, status) rows in {actual}"
        )
        assert set(actual) == set(expected), (
            f"delinquency rows: missing {sorted(set(expected) - set(actual))}, "
            f"unexpected {sorted(set(actual) - set(expected))}"
        )


    @pytest.mark.parametrize("group,status,column,expected", DELINQUENCY_CASES)
    def test_delinquency_value(f, group, status, column, expected):
        d = f.delinquency
        rows = d[(d["group"] == group) & (d["status"] == status)]
        where = f"delinquency[group={group!r}, status={status!r}].{column}"
        assert len(rows) == 1, f"{where}: expected exactly one row, found {len(rows)}"
        _check(where, column, rows[column].iloc[0], expected)


    @pytest.mark.parametrize("field", list(DEAL_EXPECTED))
    def test_deal_value(f, field):
        where = f"deal[{field!r}] (printed as {DEAL_LABELS[field]!r})"
        assert field in f.deal.index, f"{where}: missing"
        _check(where, field, f.deal[field], DEAL_EXPECTED[field])


    @pytest.mark.parametrize("field", DEAL_NOT_PRINTED)
    def test_deal_field_not_printed(f, field):
        if field in f.deal.index:
            assert pd.isna(f.deal[field]), (
                f"deal[{field!r}] is not printed in this filing but is {f.deal[field]!r}"
            )


    def test_deal_printed_set(f):
        actual = {k for k, v in f.deal.items() if not (v is None or (np.isscalar(v) and pd.isna(v)))}
        expected = {k for k, v in DEAL_EXPECTED.items() if not (isinstance(v, float) and math.isnan(v))}
        assert actual == expected, (
            f"deal fields: missing {sorted(expected - actual)}, not printed but present {sorted(actual - expected)}"
        )


    def test_unmapped_empty(f):
        assert len(f.unmapped) == 0, f"unmapped values:\n{f.unmapped}"

    for name, obj in list(locals().items()):
        if name.startswith("test_") or name == "f":
            ns[name] = obj
