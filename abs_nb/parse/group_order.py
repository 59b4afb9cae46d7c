"""Pool tables by group whose figures do not line up: columns by order, under as many names.

A table saved from a web page may print each row as its cells one space apart, so that no
figure stands under the one above it::

    Group 1 Group 2 Total
    Beginning Pool Balance 371,208,440.19 329,774,018.62 700,982,458.81
    Scheduled Principal 188,430.27 161,902.33 350,332.60

Its columns cannot be found by position; but where every row prints as many figures as the
line above the rows names groups (and nothing else), the k-th figure of each row is the k-th
group's: the columns are found by order, as a class table's are
(:mod:`abs_nb.parse.class_by_order`). Their groups are then proven by the figures as any
pool table's are (a Total is the sum of the others).

>>> names_in_order("Group 1 Group 2 Total"), names_in_order("Pool I Pool II"), names_in_order("Status Count")
(['Group 1', 'Group 2', 'Total'], ['Group 1', 'Group 2'], [])
"""

from __future__ import annotations

import re
from typing import Final

from abs_nb.parse.grid import header_lines
from abs_nb.parse.pieces import Walk
from abs_nb.parse.spelling import GROUP_HEAD, TOTAL_KEYS, class_key, group_name
from abs_nb.parse.tokens import Line, Token

# a group's name, or a Total's word, as one name of a header printed in one run of words
_NAME: Final = re.compile(rf"{GROUP_HEAD}[a-z]?(?![\w-])|[a-z]+", re.I)


def names_in_order(text: str) -> list[str]:
    """The names a header line of group names gives, in order; none where a word of it names
    neither a group nor a Total."""
    found = [m.group(0) for m in _NAME.finditer(text)]
    if len(found) < 2 or "".join(text.split()) != "".join("".join(found).split()):
        return []  # a word that is no name's, or a mark between names
    names = [group_name(f) or ("Total" if class_key(f) in TOTAL_KEYS else "") for f in found]
    return names if all(names) else []


def by_order(w: Walk, run: list[Line], rows: list[list[Token]]) -> tuple[list[str], list[list[Token | None]]] | None:
    """The group names over a run of rows whose figures do not line up, and each row's
    figures under them by order: where every row prints as many figures as the line just
    above the run names groups; else None."""
    counts = {len(cells) for cells in rows}
    header = header_lines(w, run[0], 1)
    if len(counts) != 1 or not header:
        return None
    names = names_in_order(header[-1].joined)
    if len(names) != counts.pop():
        return None
    placed: list[list[Token | None]] = []
    for cells in rows:
        row: list[Token | None] = []
        row.extend(cells)
        placed.append(row)
    return names, placed


def numbered_columns(names: list[str], header: list[Line]) -> list[str]:
    """Columns headed by bare numbers (``1``, ``2``, ``II``) under a header whose first
    word group, over the rows' labels, says what they number (``Group``, ``Pool``): each
    such column is that group, named as the schema writes groups (``Group 1``); ``names``
    as they are otherwise.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> numbered_columns(["1", "2", "Total"], [tokenize_line("Group        1        2    Total", 1)])
    ['Group 1', 'Group 2', 'Total']
    >>> numbered_columns(["1", "2"], [tokenize_line("Class        1        2", 1)])
    ['1', '2']
    """
    bare = [n for n in names if _BARE.fullmatch(n)]
    if not bare:
        return names
    for ln in header:
        segs = ln.column_segments()
        word = segs[0][0] if len(segs) > len(bare) else ""
        if word and all(group_name(f"{word} {n}") for n in bare):
            return [group_name(f"{word} {n}") or n if _BARE.fullmatch(n) else n for n in names]
    return names


_BARE: Final = re.compile(r"\d{1,2}[A-Za-z]?|[IVX]{1,4}")
