"""Two figures printed in one cell, parted by a slash: set apart as two cells.

A delinquency table may print each status's loans and balance in one cell
(``38 / 8,921,704.18``) under a header saying so (``Number of Loans / Scheduled Principal
Balance``). Read as printed, the cell is one figure and a stray one. A line printing
:data:`MIN_PAIRS` such pairs or more and no label's colon (a table's row, never a
sentence's "1 / 2" nor ``Group 1: 52 / 4,118,227.61``, read as it is) has the
`` / `` of each replaced by three blanks: the same width, so every column stays where it
was, and the pair becomes two cells under the status's name, as a table printing each
status over a pair of columns does; where the blanks before it allow, the first figure is
moved to end three blanks before the column's widest second figure, so the first figures
line up as a column of their own. Every other line is printed as it is.

>>> print(pairs_apart(" Group 1         38 / 8,921,704.18      24 / 5,483,302.77\\n"
...                   " Group 2        43 / 14,802,377.61      26 / 8,917,204.55"))
 Group 1        38    8,921,704.18      24   5,483,302.77
 Group 2        43   14,802,377.61      26   8,917,204.55
>>> pairs_apart("Loans 1 / 2 of the pool, dated 11/30/2008")
'Loans 1 / 2 of the pool, dated 11/30/2008'
"""

from __future__ import annotations

import re
from typing import Final

#: the fewest pairs a line prints to be a table's row of them
MIN_PAIRS: Final = 2

# a figure, " / ", a figure: the slash between two cells' figures
_PAIR: Final = re.compile(r"(?<![\w.,/])([$(]?\d[\d,]*(?:\.\d+)?\)?) / ([$(]?\d[\d,]*(?:\.\d+)?\)?%?)(?![\w/])")


def pairs_apart(text: str) -> str:
    """``text`` with the pairs of figures of its tables' rows set apart (see the module doc)."""
    if " / " not in text:  # (a search of the text, no pattern: most reports print none)
        return text
    lines = text.split("\n")
    # (a line of labels and their values, "Group 1: 52 / 4,118,227.61", reads each pair as it is)
    rows = {i: found for i, line in enumerate(lines)
            if " / " in line and ":" not in line and len(found := list(_PAIR.finditer(line))) >= MIN_PAIRS}
    # the widest second figure of each column (pairs ending in one column): the first
    # figures then end in one column too, whatever the width of the second
    widest: dict[int, int] = {}
    for found in rows.values():
        for m in found:
            widest[m.end()] = max(widest.get(m.end(), 0), len(m.group(2)))
    for i, found in rows.items():
        line = lines[i]
        chars = list(line)
        for m in found:
            first, second, end = m.group(1), m.group(2), m.end()
            at = end - widest[end] - 3 - len(first)  # where the first figure starts
            if at < 1 or line[at - 1:m.start()].strip():
                lines[i] = _PAIR.sub(r"\1   \2", line)  # no room to align it: each pair set apart where it is
                break
            chars[m.start():end] = " " * (end - m.start())
            chars[at:at + len(first)] = first
            chars[end - len(second):end] = second
        else:
            lines[i] = "".join(chars)
    return "\n".join(lines)


__all__ = ["pairs_apart"]
