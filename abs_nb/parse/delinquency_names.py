"""How a delinquency table names its groups and periods: a group's name or number opening a
status row, a column of group numbers, the words over each pair of columns, and which pair is
the current period's.

>>> group_and_status("Group II 60-89 Days"), current_pair(["CURRENT", "PRIOR PERIOD"])
(('Group 2', '60-89 Days'), 0)
"""

from __future__ import annotations

from typing import Final

from abs_nb.parse.grid import header_lines
from abs_nb.parse.group_headings import group_of
from abs_nb.parse.groups import named_group
from abs_nb.parse.line_shapes import led_by_dots
from abs_nb.parse.period_columns import current_column
from abs_nb.parse.pieces import Walk
from abs_nb.parse.spelling import GROUP_WORDS, group_name
from abs_nb.parse.statuses import status_of
from abs_nb.parse.tokens import Line


def words_over(header: list[Line], pair_spans: list[tuple[int, int]]) -> list[str | None]:
    """The header's words standing over each pair of columns, on the lines above the
    measures' (None where none stands over a pair). A line printing as many names as there
    are pairs right of the rows' labels names them in order, however far off their figures
    it sets them (centred over a wider column, shifted by a pair).

    >>> from abs_nb.parse.tokens import tokenize
    >>> head = tokenize("Status      Delinquent    Bankruptcy      REO       Total\\n   # Balance")
    >>> words_over(head, [(10, 20), (24, 34), (38, 48), (50, 60)])
    ['Delinquent', 'Bankruptcy', 'REO', 'Total']
    """
    out: list[str | None] = [None] * len(pair_spans)
    for line in header[:-1]:
        segs = line.column_segments()
        names = [text for text, c, e in segs if (c + e) / 2 >= pair_spans[0][0]] if pair_spans else []
        if len(names) == len(pair_spans) > 1:
            out = [f"{o or ''} {n}".strip() for o, n in zip(out, names, strict=True)]
            continue
        for text, c, e in segs:
            for k, (a, b) in enumerate(pair_spans):
                if c < b and e > a:
                    out[k] = f"{out[k] or ''} {text}".strip()
    return out


def current_pair(names: list[str | None]) -> int | None:
    """Where each pair of columns is headed by a period (``CURRENT``, ``PRIOR PERIOD``, a
    month) and one only by the current one: that pair's index; else None
    (:func:`~abs_nb.parse.period_columns.current_column`).

    >>> current_pair(["-------- CURRENT ---------", "------ PRIOR PERIOD ------"]), current_pair(["Group 1", "Total"])
    (0, None)
    >>> current_pair(["JUL-01 (CURRENT)", "JUN-01", "MAY-01"])
    0
    """
    if len(names) < 2 or any(n is None for n in names):
        return None
    return current_column([n or "" for n in names])


def group_column(w: Walk, first: Line) -> bool:
    """Is the first column of the table whose status rows start at ``first`` headed by a
    group's word (``LOAN GROUP`` over ``I``, ``II``, ``TOTAL``)? Its rows' first words are
    then their group's number (:func:`numbered_status`)."""
    col = first.tokens[0].col if first.tokens else -1
    return any(t.text.lower().strip(".:") in _GROUP_WORDS and t.col <= col + 2 and t.colend >= col
               for ln in header_lines(w, first, 3) for t in ln.tokens)


_GROUP_WORDS: Final = frozenset(GROUP_WORDS)


def numbered_status(ln: Line) -> tuple[str, str] | None:
    """The group and status's words of a row whose label opens with a group's number or
    roman numeral standing apart from a status (``I       30 - 59 Days``): under a column
    a group's word heads, the number is the group's.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> numbered_status(tokenize_line("   II      60 - 89 Days      3   344,019.22", 1))
    ('Group 2', '60 - 89 Days')
    """
    segs = ln.segments()
    if len(segs) < 2 or (group := group_name(f"Group {segs[0][0]}")) is None:
        return None
    rest = " ".join(text for text, _, _ in segs[1:])
    return (group, rest) if status_of(rest) is not None else None


def group_and_status(label: str) -> tuple[str, str] | None:
    """The group and the status's words of a row label that opens with a group's name, a
    status following (``Group 1   30-59 Days``, ``Total  REO``): the first row of that group's
    status rows stacked under one header, the rows below it, no name of their own, its group's.

    >>> group_and_status("Group II 60-89 Days"), group_and_status("Total Foreclosure")
    (('Group 2', '60-89 Days'), ('Total', 'Foreclosure'))
    >>> group_and_status("30-59 Days") is None, group_and_status("Total Delinquent") is None
    (True, True)
    """
    words = label.split()
    for n in (3, 2, 1):
        if len(words) > n and (group := group_of(" ".join(words[:n]))) is not None:
            rest = " ".join(words[n:])
            return (group, rest) if status_of(rest) is not None else None
    return None


__all__ = ["current_pair", "group_and_status", "group_column", "numbered_status", "words_over"]


def groups_in_order(header: list[Line], pairs: int) -> list[str] | None:
    """The groups a header names, read word by word in printed order, where its words stand
    over no column (a web page saved with ragged blanks): each group once per run of its
    mentions (``Group 1 # Group 1 Balance`` names Group 1 once), one for each of ``pairs``
    pairs of columns, all different; else None. A group's name is the fewest words that
    name one (``Group 1``, ``Total``).

    >>> from abs_nb.parse.tokens import tokenize
    >>> groups_in_order(tokenize("Status Group 1 # Group 1 Balance Total # Total Balance"), 2)
    ['Group 1', 'Total']
    >>> groups_in_order(tokenize("  Group 1 Group 2\\nStatus Count Balance Count Balance"), 3) is None
    True
    """
    for line in header:
        words = line.raw.split()
        found: list[str] = []
        i = 0
        while i < len(words):
            k = next((k for k in (1, 2, 3) if i + k <= len(words) and group_of(" ".join(words[i:i + k]))), 0)
            if k:
                name = group_of(" ".join(words[i:i + k]))
                if name is not None and (not found or found[-1] != name):
                    found.append(name)
            i += k or 1
        if len(found) == pairs and len(set(found)) == pairs:
            return found
    return None


def standing_title(w: Walk, header: list[Line], top: Line, first: Line | None = None) -> str | None:
    """The group a table's title names: the nearest line standing alone (one word group)
    that names one (:func:`~abs_nb.parse.groups.named_group`), among the header's lines over
    its measures' (with ``first``, its first row: every line from the header down to that
    row, a title printed under the header), else right above the header or ``top`` (one
    blank line between); a labelled line (dots) names none.

    >>> from abs_nb.parse.tokens import tokenize
    >>> lines = tokenize("GROUP 2\\n          #    Balance\\n30-59     3   1,000.00")
    >>> standing_title(Walk(lines), [lines[1]], lines[1], lines[2]), standing_title(Walk(lines), [lines[1]], lines[1])
    ('GROUP 2', 'GROUP 2')
    """
    start = w.lines.index(header[0] if header else top)
    end = w.lines.index(first) if first is not None else w.lines.index(header[-1]) if header else start
    above = [ln for ln in w.lines[max(0, start - 2): start] if not ln.blank][-1:]  # one blank line between
    for line in [*reversed(w.lines[start:end]), *above]:  # the nearest first
        if led_by_dots(line):
            continue  # a labelled line, no title
        segs = line.column_segments()
        if len(segs) == 1 and named_group(segs[0][0]) is not None:
            return segs[0][0]
    return None
