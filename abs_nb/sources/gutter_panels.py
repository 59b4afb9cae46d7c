"""Panels printed side by side on a page, parted by a gutter of ``|``: each panel read as a
page of its own.

A report may print two tables beside each other, a rule of ``|`` down the page between
them (a group's collateral on the left, its delinquency on the right). Read line by line,
each line would join a row of one table to a row of the other. A run of
:data:`MIN_PANEL_LINES` lines or more, each printing one ``|`` alone (a blank on either
side), all at one column, with words or figures on both sides of it on two lines at least,
and rows of figures on its right under labels of their own (else they are the rows at its
left going on beyond a rule: one table), is such a pair of panels: the lines of the left
panel are printed first, then those of the right one, each moved left as a whole (its
columns keep their alignment). Every other line is printed as it is. Line numbers then
refer to this rendering, as they do to an HTML exhibit's.

>>> text = "Collateral                |  Delinquency\\n"
>>> text += "  Beginning Count   1,402 |    30-59 Days   14\\n"
>>> text += "  Ending Count      1,393 |    60-89 Days    4\\n"
>>> text += "  Prepayments      812.04 |    90+ Days      2\\n"
>>> print(panels_apart(text), end="")
Collateral
  Beginning Count   1,402
  Ending Count      1,393
  Prepayments      812.04
  Delinquency
    30-59 Days   14
    60-89 Days    4
    90+ Days      2
"""

from __future__ import annotations

import re
from typing import Final

#: the fewest lines a gutter runs down for two panels
MIN_PANEL_LINES: Final = 4
#: the fewest lines printing something on both sides of the gutter
MIN_BOTH_SIDES: Final = 2
_CELL_GAP: Final = re.compile(r"\s{2,}")  # blanks parting a row's cells
_CUSIP: Final = re.compile(r"[0-9A-Z]{8}[0-9]")


def _gutter(line: str) -> int | None:
    """The column of a line's one ``|`` standing alone (a blank or the line's end on each
    side), else None."""
    at = line.find("|")
    if at <= 0 or "|" in line[at + 1:] or line[at - 1] not in " \t" or (at + 1 < len(line) and line[at + 1] not in " \t\r"):
        return None
    return at


def has_panels(text: str) -> bool:
    """Does ``text`` print panels side by side (module docstring)?"""
    return "|" in text and bool(_runs(text.split("\n")))


def _runs(lines: list[str]) -> list[tuple[int, int, int]]:
    """The runs of panel lines: (first line's index, last line's index + 1, gutter column)."""
    out: list[tuple[int, int, int]] = []
    k = 0
    while k < len(lines):
        c = _gutter(lines[k])
        if c is None:
            k += 1
            continue
        end = k + 1
        while end < len(lines) and _gutter(lines[end]) == c:
            end += 1
        both = sum(1 for ln in lines[k:end] if ln[:c].strip() and ln[c + 1:].strip())
        # the right side's rows print labels of their own: else they go on the rows at left
        # (a table's columns per $1,000 beyond a rule), one table
        rows = [ln[c + 1:] for ln in lines[k:end] if any(ch.isdigit() for ch in ln[c + 1:])]
        labelled = sum(1 for r in rows if _labelled(r))
        if end - k >= MIN_PANEL_LINES and both >= MIN_BOTH_SIDES and len(rows) >= MIN_BOTH_SIDES and (
                2 * labelled >= len(rows)):
            out.append((k, end, c))
        k = end
    return out


def _labelled(row: str) -> bool:
    """Does a row of figures open with a label: its first cell holds a letter and is no
    CUSIP (a class's CUSIP beyond a rule goes on with the class's row)?"""
    first = _CELL_GAP.split(row.strip())[0]
    return any(ch.isalpha() for ch in first) and not _CUSIP.fullmatch(first)


def panels_apart(text: str) -> str:
    """``text`` with each run of panels side by side printed one panel after the other
    (module docstring)."""
    lines = text.split("\n")
    runs = _runs(lines)
    if not runs:
        return text
    out: list[str] = []
    at = 0
    for first, end, c in runs:
        out += lines[at:first]
        out += [ln[:c].rstrip() for ln in lines[first:end]]
        right = [ln[c + 1:].rstrip() for ln in lines[first:end]]
        indent = min((len(r) - len(r.lstrip()) for r in right if r.strip()), default=0)
        out += [r[max(indent - 2, 0):] for r in right if r.strip()]
        at = end
    out += lines[at:]
    return "\n".join(out)


__all__ = ["MIN_PANEL_LINES", "has_panels", "panels_apart"]
