"""Panels side by side: a heading naming two loan groups or more at its columns, a panel of
"label ..... value" lines under each (``GROUP I  (Fixed Rate Loans)`` left, ``GROUP II``
right, each line printing a pair of each). A pair's group is the panel its label stands in
(:meth:`~abs_nb.parse.pieces.Walk.group_at`); after panels, a title naming one group (its
aside in brackets) opens that group's block.

>>> from abs_nb.parse.tokens import tokenize
>>> lines = tokenize("GROUP I  (Fixed)          GROUP II  (ARM)\\n"
...                  "Beginning Balance .. 1.00  Beginning Balance .. 2.00\\n")
>>> panel_titles(lines, 0, False)
[(0, 'Group 1'), (26, 'Group 2')]
"""

from __future__ import annotations

from abs_nb.parse.group_headings import heading_group
from abs_nb.parse.layout import segments
from abs_nb.parse.line_shapes import is_rule
from abs_nb.parse.tokens import Line

#: the columns a panel's label may stand off its title's
SLACK = 2


def panel_titles(lines: list[Line], i: int, after: bool) -> list[tuple[int, str]]:
    """The groups line ``i`` names side by side, at their columns (a title's aside in
    brackets names none), where the line below prints a label under the second: else none,
    or after panels (``after``) one title and its aside."""
    segs = segments(lines[i])
    if len(segs) < 2 or not heading_group(segs[0][0]):  # titles side by side (or one and its aside), a group's first
        return []
    panels = [(c, g) for c, g in ((c, heading_group(t)) for t, c, _ in segs if t[:1] != "(") if g]
    if not panels or panels[0][0] != segs[0][1] or len({g for _, g in panels}) != len(panels):
        return []
    if len(panels) == 1:
        return panels if after and len(segs) > 1 and all(t[:1] == "(" for t, _, _ in segs[1:]) else []
    below = next((ln for ln in lines[i + 1:i + 4] if ln.tokens and not is_rule(ln)), None)
    if below is None or not any(t.kind == "word" and abs(t.col - panels[1][0]) <= SLACK for t in below.tokens):
        return []  # titles over figures: a header of columns, no panels of lines
    return panels


__all__ = ["SLACK", "panel_titles"]
