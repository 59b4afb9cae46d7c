"""Numbers as reports print them: ``1,234.56``, ``(1,234.50)`` or ``[1,234.50]``, ``$1,234``, ``7.5%``,
``90,170-``; read exactly (a :class:`~decimal.Decimal`), or None for text that is no
well-formed number (``47,5000,000.00``).

>>> parse_number("$(5)")
(Decimal('-5'), False, 0)
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Final

# A well-formed number: optional $ / sign (a plus too: "+0.21%") / parentheses, digits with correct comma grouping
# or none (perhaps after asterisks filling a check-protected field), optional decimals,
# optional percent sign.
_DASHED_ZERO: Final = re.compile(r"^-0+(?:\.0+)?-$")  # a zero printed between dashes, as a cheque writer's
_NUMBER: Final = re.compile(
    r"""^\+?(?P<open>[(\[])?(?P<sign>-)?\$?(?P<open2>\()?(?P<sign2>-)?\**
        (?P<int>\d{1,3}(?:,\d{3})+|\d+)?(?P<frac>\.\d+)?
        (?P<close>[)\]])?(?P<pct>%)?(?P<close2>\))?(?P<trail>-)?$""",
    re.VERBOSE,
)

def parse_number(text: str) -> tuple[Decimal, bool, int] | None:
    """``text`` as (value, is_percent, decimals), or None when it is not a well-formed number.

    The value is the printed number; a percent is not divided here.

    >>> parse_number("(1,234.50)"), parse_number("[121,877.40]")
    ((Decimal('-1234.50'), False, 2), (Decimal('-121877.40'), False, 2))
    >>> parse_number("7.67384%")
    (Decimal('7.67384'), True, 5)
    >>> parse_number("90,170-")
    (Decimal('-90170'), False, 0)
    >>> parse_number("47,5000,000.00") is None
    True
    >>> parse_number("****94,885,248.69")  # check-protected: asterisks fill the field
    (Decimal('94885248.69'), False, 2)
    >>> parse_number("+0.21%"), parse_number("-0-"), parse_number("-0.00-")
    ((Decimal('0.21'), True, 2), (Decimal('0'), False, 0), (Decimal('0.00'), False, 2))
    """
    plain = _plain_number(text)
    if plain is None and text[:1] == "-" and text[-1:] == "-" and _DASHED_ZERO.match(text):
        body = text[1:-1]  # "-0-": zero
        return Decimal(body), False, len(body) - 1 - body.index(".") if "." in body else 0
    return plain if plain is not None else _regex_number(text)


def _regex_number(text: str) -> tuple[Decimal, bool, int] | None:
    """:func:`parse_number` by the regex: every shape the reports print."""
    m = _NUMBER.match(text)
    if not m or not (m["int"] or m["frac"]):
        return None
    opened = bool(m["open"]) + bool(m["open2"])
    closed = bool(m["close"]) + bool(m["close2"])
    signs = bool(m["sign"]) + bool(m["sign2"]) + bool(m["trail"]) + (1 if opened else 0)
    if opened != closed or signs > 1 or (m["trail"] and not m["int"]):
        return None
    if m["open"] == "[" and m["close"] != "]" or m["close"] == "]" and m["open"] != "[":
        return None  # a bracket closes the kind it opens
    if m["open"] == "[" and not m["frac"] and len(m["int"] or "") <= 2:
        return None  # "[2]": a note's mark, no figure
    digits = (m["int"] or "0").replace(",", "") + (m["frac"] or "")
    try:
        value = Decimal(digits)
    except InvalidOperation:  # pragma: no cover - the regex admits only digits
        return None
    if signs:  # (1,234.50), -1,234.50 and mainframe-style 1,234.50-
        value = -value
    decimals = len(m["frac"]) - 1 if m["frac"] else 0
    return value, bool(m["pct"]), decimals


def _plain_number(text: str) -> tuple[Decimal, bool, int] | None:
    """:func:`parse_number` for the shapes nearly every number has (``1,234.56``, ``0.00``,
    ``7.5%``, ``(1,234.56)``, ``1234``, each also after a ``$``), with string methods
    instead of the regex, which costs ten times more. None means "not one of these shapes",
    not "not a number": the caller then asks the regex (``tests/test_properties.py`` checks
    the two agree).

    >>> _plain_number("(1,234.50)"), _plain_number("$(5)"), _plain_number("-5") is None
    ((Decimal('-1234.50'), False, 2), (Decimal('-5'), False, 0), True)
    """
    body = text
    pct = body.endswith("%")
    if pct:
        body = body[:-1]
    neg = body[:1] + body[-1:] in ("()", "[]")  # an accountant's negative, in either brackets
    if neg and body[0] == "[" and len(body) <= 4 and body[1:-1].isdecimal():
        return None  # "[2]": a note's mark (the regex says so)
    if neg:
        body = body[1:-1]
    if body.startswith("$"):  # "$1,234.56", "($1,234.56)", "$(1,234.56)"
        body = body[1:]
        if not neg and body.startswith("(") and body.endswith(")"):
            neg = True
            body = body[1:-1]
    whole, dot, frac = body.partition(".")
    # isdecimal: the digits \d matches (Unicode category Nd), which Decimal() reads too
    if dot and not frac.isdecimal():
        return None
    if "," in whole:
        groups = whole.split(",")
        if not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:]):
            return None
        digits = "".join(groups)
    else:
        digits = whole
    if digits:
        if not digits.isdecimal():
            return None
    elif not dot:
        return None
    value = Decimal((digits or "0") + dot + frac)
    return (-value if neg else value), pct, len(frac)


#: the marks a note's mark may be, however it is printed: one to three stars, a dagger, a
#: number in round or square brackets, a capital letter in brackets
_MARKS: Final = (r"\*{1,3}", "\u2020", r"\(\d{1,2}\)", r"\[\d{1,2}\]", r"\([A-Z]\)")
#: a note's mark against a figure: those, or a small letter in brackets
MARK: Final = "|".join((*_MARKS, r"\([a-z]\)"))
#: a note's mark against a name, stars as many as printed (a small letter in brackets may be a
#: tranche's: "A-2(a)")
NAME_MARK: Final = "|".join((r"\*+", *_MARKS[1:]))
#: the last characters of a note's mark (a capital letter's aside)
MARK_ENDS: Final = frozenset("*)]\u2020")
#: a figure and a mark printed against it (or a capital letter, where a note explains it)
_MARKED: Final = re.compile(rf"^(?P<figure>.*?\d%?\)?)(?P<mark>{MARK}|[A-Z])$")


def figure_and_mark(text: str) -> tuple[str, str, tuple[Decimal, bool, int]] | None:
    """``text`` as (figure, mark, the figure read) where it prints a figure (with decimals, a
    percent sign or thousands separators: more than a bare number, ``Series 2*`` is words)
    and a note's mark against it; else None.

    >>> figure_and_mark("1,234.50(1)"), figure_and_mark("Series 2*")
    (('1,234.50', '(1)', (Decimal('1234.50'), False, 2)), None)
    """
    m = _MARKED.match(text)
    parsed = parse_number(m["figure"]) if m else None
    if m is None or parsed is None or not (parsed[1] or parsed[2] or "," in m["figure"]):
        return None
    return m["figure"], m["mark"], parsed


def marked_figure(text: str) -> bool:
    """Is ``text`` a figure and a note's mark of no letter against it (``0.90384972*``,
    ``1,234.50(1)``; :func:`figure_and_mark`)? Such a cell is no word of a label: it holds a
    figure its row's other figures stand beside.

    >>> [marked_figure(t) for t in ("0.90384972*", "4.15875%**", "1,234.50(1)", "Series 2*", "A-1(2)")]
    [True, True, True, False, False]
    """
    found = figure_and_mark(text)
    return found is not None and not any(ch.isalpha() for ch in found[1])
