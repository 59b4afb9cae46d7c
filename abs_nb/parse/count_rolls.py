"""Loan counts rolled forward: the lines between a beginning count and an ending count.

A report may roll its number of loans forward as it rolls the balance::

    Number of HELOCs - Beginning        7,412
      Paid in Full / Closed               263
      Charged Off                           4
    Number of HELOCs - Ending           7,145

The lines between print counts of loans, whatever their words say (``Charged Off`` names
an amount elsewhere). They are proven so where the lines, one under the other, each print
one whole number, the first and the last labelled as counts (``Number of``, ``Count``,
``#``), and the first less the others is the last. No amount field may take such a line.

>>> from abs_nb.parse.tokens import tokenize
>>> lines = {ln.no: ln for ln in tokenize("Number of Loans - Beginning   7,412\\n  Paid in Full   263\\n"
...                                        "  Charged Off   4\\nNumber of Loans - Ending   7,145\\n")}
>>> sorted(rolled_counts(lines))
[2, 3]
"""

from __future__ import annotations

from abs_nb.parse.statuses import is_count_header
from abs_nb.parse.tokens import Line, Token


def _whole(ln: Line | None) -> Token | None:
    """The one figure ``ln`` prints, where it is a whole number (no decimals, no percent)."""
    if ln is None or len(ln.values) != 1:
        return None
    tok = ln.values[0]
    return tok if tok.kind == "num" and tok.value is not None and not tok.decimals and not tok.percent else None


def rolled_counts(lines: dict[int, Line]) -> set[int]:
    """The lines of ``lines`` (by number) proven counts between a beginning and an ending
    count (module docstring)."""
    out: set[int] = set()
    for no in sorted(lines):
        first = lines[no]
        top = _whole(first)
        if top is None or not is_count_header(first.label):
            continue
        total, k = top.value, no + 1
        while (tok := _whole(lines.get(k))) is not None:
            if k > no + 1 and is_count_header(lines[k].label) and total == tok.value:
                out.update(range(no + 1, k))
                break
            total -= tok.value  # type: ignore[operator]
            k += 1
    return out


__all__ = ["rolled_counts"]
