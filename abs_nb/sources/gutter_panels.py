"""Panels printed side by side on a page, parted by a gutter of ``|``: each panel read as a
page of its own.

A report may print two tables beside each other, a rule of ``|`` down the page between
them (a group's collateral on the left, its delinquency on the right). Read line by line,
each line would join a row of one table to a row of the other. A run of
:data:`MIN_PANEL_LINES` lines or more, each printing one ``|`` alone (a blank on either
side), all at one column, with words or figures on both sides of it on two lines at least,
and rows of figures on its right under labels of their own (else they are the rows at its
left going on beyond a rule: one table), is such a pair of panels: the lines of the left
panel are printed first, then those of the right one, moved left as a whole to two
columns in from the left panel's edge (its columns keep their alignment; it stays inside
the section both stand in). Every other line is printed as it is. Line numbers then refer
to this rendering, as they do to an HTML exhibit's.

Framed tables side by side (a web page saved as text: ``+----+----+   +----+----+``,
``|----+----|  |----+----|``) part
the same way: a rule of two frames or more, blanks between them, opens the run; the lines
under it blank in those columns, each frame's edge (``|`` or ``+``) or a blank beside them,
go on with it. Inside a frame an empty cell is printed between bars as a gutter is, but
never in its rules, which are dashes from edge to edge.

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
# a frame's rule: dashes (or equals signs) from its left edge to its right one, columns
# parted by + or |
_FRAME_RULE: Final = re.compile(r"[+|][-=:]+(?:[+|][-=:]+)*[+|]")
_EDGE: Final = "|+"


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


def _runs(lines: list[str]) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """The runs of panel lines: (first line's index, last line's index + 1, the gutters:
    the columns between two panels, from the first blank to the next panel's first column)."""
    out: list[tuple[int, int, list[tuple[int, int]]]] = []
    k = 0
    while k < len(lines):
        framed = _frame_gutters(lines[k])
        if framed:
            # the frames' rows go on below their rule; a header may stand above it, unruled
            first, end = k, k + 1
            while first > (out[-1][1] if out else 0) and _framed_row(lines[first - 1], framed):
                first -= 1
            while end < len(lines) and _framed_row(lines[end], framed):
                end += 1
            both = sum(1 for ln in lines[first:end] if ln[:framed[0][0]].strip() and ln[framed[-1][1]:].strip())
            # a framed line across the gutter above or below: one table, a cell of it merged
            across = any(0 <= at < len(lines) and _crosses(lines[at], framed) for at in (first - 1, end))
            if end - first >= MIN_PANEL_LINES and both >= MIN_BOTH_SIDES and not across:
                out.append((first, end, framed))
                k = end
                continue
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
            out.append((k, end, [(c, c + 1)]))
        k = end
    return out


def _frame_gutters(line: str) -> list[tuple[int, int]]:
    """The gutters between the frames of a rule of frames side by side (module docstring):
    for each two frames, the columns from the first one's end to the next one's start; []
    for any other line."""
    if "-" not in line and "=" not in line:
        return []
    frames = [m.span() for m in _FRAME_RULE.finditer(line)]
    if len(frames) < 2 or line[:frames[0][0]].strip() or line[frames[-1][1]:].strip() or any(
            line[a:b].strip() for (_, a), (b, _) in zip(frames, frames[1:], strict=False)):
        return []
    return [(a, b) for (_, a), (b, _) in zip(frames, frames[1:], strict=False)]


def _framed_row(line: str, gutters: list[tuple[int, int]]) -> bool:
    """Is ``line`` a row of the frames parted by ``gutters``: something printed, blank in
    every gutter, a frame's edge beside it wherever a frame's side prints something?"""
    return bool(line.strip()) and all(_in_gutter(line, g) for g in gutters)


def _in_gutter(line: str, gutter: tuple[int, int]) -> bool:
    """Is ``line`` blank in ``gutter``'s columns, each side printing nothing or a frame's
    edge (``|`` or ``+``) right beside them?"""
    a, b = gutter
    return not line[a:b].strip() and (not line[:a].strip() or len(line) >= a and line[a - 1] in _EDGE) and (
        not line[b:].strip() or line[b] in _EDGE)


def _crosses(line: str, gutters: list[tuple[int, int]]) -> bool:
    """Is ``line`` a framed line (a bar or a corner first) printing across a gutter?"""
    return line.lstrip()[:1] in ("|", "+") and any(line[a:b].strip() for a, b in gutters)


def _labelled(row: str) -> bool:
    """Does a row of figures open with a label: its first cell holds a letter and is no
    CUSIP (a class's CUSIP beyond a rule goes on with the class's row)?"""
    first = _CELL_GAP.split(row.strip())[0]
    return any(ch.isalpha() for ch in first) and not _CUSIP.fullmatch(first)


def panels_apart(text: str) -> str:
    """``text`` with each run of panels side by side printed one panel after the other
    (module docstring)."""
    if "|" not in text:
        return text  # (every gutter and frame prints a bar)
    lines = text.split("\n")
    runs = _runs(lines)
    if not runs:
        return text
    out: list[str] = []
    at = 0
    for first, end, gutters in runs:
        out += lines[at:first]
        starts = [0] + [b for _, b in gutters]
        stops = [a for a, _ in gutters] + [None]
        left = 0  # the first panel's left edge
        for n, (a, b) in enumerate(zip(starts, stops, strict=True)):
            panel = [ln[a:b].rstrip() for ln in lines[first:end]]
            indent = min((len(r) - len(r.lstrip()) for r in panel if r.strip()), default=0)
            if n == 0:  # (less the lines at its foot where only the panels beside it print)
                out += panel[:max((k + 1 for k, r in enumerate(panel) if r.strip()), default=0)]
                left = indent
                continue
            # two columns in from the first panel's edge: inside the section both stand in
            # (a heading over the two, its group's, heads this one's tables too)
            out += [" " * (left + 2) + r[indent:] for r in panel if r.strip()]
        at = end
    out += lines[at:]
    return "\n".join(out)


__all__ = ["MIN_PANEL_LINES", "has_panels", "panels_apart"]
