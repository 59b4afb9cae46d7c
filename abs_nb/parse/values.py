"""Printed cells -> typed values, with a reason whenever a cell cannot be read.

>>> from abs_nb.parse.tokens import tokenize_line
>>> [convert(t, "rate")[0] for t in tokenize_line("x 7.67384% N/A", 1).values]
[0.0767384, nan]
>>> convert(None, "money", text="Not Provided By Servicer")
(nan, 'text in a numeric field: Not Provided By Servicer')
>>> convert(tokenize_line("Bankruptcy  99,999,999,999,999,999,999", 1).values[0], "count")
(nan, 'count too large to be one: 99,999,999,999,999,999,999')
>>> convert(tokenize_line("Servicing Fee   0.5955941", 1).values[0], "money")
(nan, 'an amount printed to 7 decimals (cents at most): 0.5955941')
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Final

from abs_nb.parse.pieces import Cell
from abs_nb.parse.tokens import Token

NAN = math.nan
#: why a rate printed without % below 0.5 is not read (until an identity tells its scale:
#: :mod:`abs_nb.parse.rate_scale`)
UNSCALED: Final = "rate printed without %"
_MAX_COUNT = 2**53  # a count a float64 (and an int64 column) holds exactly
_MAX_DIGITS = 300  # a figure of more digits than a float64 reaches (1.8e308) is none
_BOOLS = {"YES": True, "Y": True, "TRUE": True, "NO": False, "N": False, "FALSE": False}


def convert(token: Token | None, type_: str, text: str | None = None) -> tuple[object, str | None]:
    """(value, problem): the value as the data contract types it, and why it is NaN if it is
    NaN for a reason other than a printed ``N/A`` or a blank."""
    if token is None and text is None:
        return NAN, None
    printed = token.text if token is not None else text
    if type_ == "text":
        return printed, None
    if type_ == "bool":
        key = (printed or "").strip().upper()
        if key in _BOOLS:
            return _BOOLS[key], None
        return NAN, f"not a yes/no value: {printed}"
    if token is None:
        return NAN, f"text in a numeric field: {text}"
    if token.kind == "na":
        return NAN, None
    if token.kind == "bad":
        return NAN, f"malformed number: {printed}"
    if token.kind != "num" or token.value is None:
        return NAN, f"text in a numeric field: {printed}"
    printed = token.text
    value: Decimal = token.value
    # beyond any float64 (inf) and any amount printed; a figure printed in no more characters
    # than that has fewer digits (the length is tested first: it costs far less)
    if len(printed) > _MAX_DIGITS and value.adjusted() > _MAX_DIGITS:
        return NAN, f"number too large to be an amount: {printed}"
    if type_ == "rate":
        if token.percent:
            return float(value / 100), None
        # no % printed: a pass-through rate column or a coupon line prints percent numbers
        # (5.60500000); a figure below 0.5 could be a fraction or a percent, and a
        # comma-grouped figure is an amount: neither is guessed
        if "," in printed:
            return NAN, f"an amount where a rate belongs: {printed}"
        if value == 0 or abs(value) >= Decimal("0.5"):
            return float(value / 100), None
        return NAN, f"{UNSCALED}: {printed} could be a fraction or a percent"
    if token.percent:
        return NAN, f"percentage in a {type_} field: {printed}"
    if type_ == "count":
        if value != value.to_integral_value():
            return NAN, f"count with a fraction: {printed}"
        if abs(value) > _MAX_COUNT:
            return NAN, f"count too large to be one: {printed}"
        return int(value), None
    if type_ == "money" and token.decimals > 2:
        # an amount is printed in cents at most (:func:`can_be`): more decimals print a rate,
        # a factor or a figure per $1,000 under a label an amount's words name
        return NAN, f"an amount printed to {token.decimals} decimals (cents at most): {printed}"
    return token.number, None  # float(value), worked out with the token's kind


def can_be(tok: Token, type_: str) -> bool:
    """A printed figure that can be of a field of ``type_``: a rate printed as a percent or a
    figure below 100 with decimals; a count a whole number, not negative; an amount no percent,
    in cents at most (more decimals print a rate or a figure per $1,000).

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> [can_be(t, "rate") for t in tokenize_line("x 7.125% 6.50 125,000.00", 1).values]
    [True, True, False]
    >>> [can_be(t, "count") for t in tokenize_line("x 1,234 12.5", 1).values]
    [True, False]
    >>> [can_be(t, "money") for t in tokenize_line("x 1,234.56 -0.307740 7.1%", 1).values]
    [True, False, False]
    """
    if tok.kind != "num" or tok.value is None:
        return False
    if type_ == "rate":
        return tok.percent or (0 <= tok.value < 100 and tok.decimals > 0)
    if type_ == "count":
        return not tok.percent and tok.decimals == 0 and tok.value >= 0
    return type_ == "money" and not tok.percent and tok.decimals <= 2


#: why a row of whole numbers named as an amount stays unread
WHOLE_AMONG_CENTS: Final = "whole numbers where the pool's amounts print cents: a count's figures, not the amount its words name"


def prints_cents(cells: list[Cell]) -> bool:
    """Do the pool's amounts read so far (``cells``) print cents?"""
    return any(c.table == "collateral" and c.type == "money" and c.token is not None and c.token.decimals
               for c in cells)


def amount_in_cents(tok: Token) -> bool:
    """Is ``tok`` an amount printed to the cent: two decimals, a thousand or more (a rate or
    a factor is less, or prints other decimals, or a percent sign)?

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> [amount_in_cents(t) for t in tokenize_line("x 1,028,026.28  7.25  21  1,000", 1).values]
    [True, False, False, False]
    """
    return tok.kind == "num" and tok.decimals == 2 and not tok.percent and abs(tok.number) >= 1000


def counts_among_cents(figures: list[Token], cents: bool) -> bool:
    """Does a row print whole numbers only (``figures``) where the pool's amounts print
    cents (``cents``: :func:`prints_cents`)? Such a row counts loans, whatever its words say
    (``Repurchased Loans  1  0  1``).

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> counts_among_cents(tokenize_line("x 1  0", 2).values, True), counts_among_cents(tokenize_line("x 1.00", 2).values, True)
    (True, False)
    >>> counts_among_cents(tokenize_line("x 1  0", 2).values, False)
    False
    """
    return cents and all(t.kind == "num" and t.decimals == 0 and not t.percent for t in figures)
