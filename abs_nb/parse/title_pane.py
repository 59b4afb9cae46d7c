"""Words printed left of a column of labels: a pane of their own, not part of the label.

A report may print its labelled figures beside a block of titles, each title on the line of
some label::

    Revolving Home Equity Loan   LIBOR:                 6.65125%
    Asset-Backed Notes           Margin A-1:            0.30000%
    Series 1999-2                Class A-1  Note Rate:  6.95125%
                                 Class A-2  Note Rate:  7.03125%
                                 Margin A-2:            0.38000%

The labels begin at one column. Where the labels of nearby lines begin at a column (two
lines or more within :data:`_NEAR` lines, their labels starting there with no words before)
and a line prints words before that column, two blanks or more from its label's words
there, those words are a pane apart: the label is the words from that column on. The
column is found from the alignment alone, so the titles may say anything; the reader takes
the label so found only where the vocabulary names it.

>>> from abs_nb.parse.tokens import tokenize
>>> lines = tokenize("Series 1999-2      Class A-1 Note Rate:  6.95%\\n"
...                  "                   Class A-2 Note Rate:  7.03%\\n"
...                  "                   Margin A-2:           0.38%\\n")
>>> label_apart(lines, lines[0]).label
'Class A-1 Note Rate:'
>>> label_apart(lines, lines[1]) is None
True
"""

from __future__ import annotations

from typing import Final

from abs_nb.parse.tokens import Line, tokenize_line

# how far (in lines) the labels that set the column may stand from the line
_NEAR: Final = 4
# how many nearby labels must begin at the column
_ALIGNED: Final = 2


def label_apart(lines: list[Line], ln: Line) -> Line | None:
    """``ln`` from the column its neighbours' labels begin at, the words before it (a pane
    of titles) left out; None where no such column cuts its label (module docstring).
    ``lines``: the report's lines, ``lines[k]`` numbered ``k + 1``."""
    segs = ln.segments()
    if len(segs) < 2 or not ln.values or not 0 < ln.no <= len(lines) or lines[ln.no - 1].no != ln.no:
        return None
    near = range(max(0, ln.no - 1 - _NEAR), min(len(lines), ln.no + _NEAR))
    starts = [lines[k].label_tokens[0].col for k in near
              if k != ln.no - 1 and lines[k].values and lines[k].label_tokens]
    for _, col, _ in segs[1:]:
        if starts.count(col) >= _ALIGNED:
            return tokenize_line(ln.raw, ln.no, [t for t in ln.tokens if t.col >= col])
    return None


__all__ = ["label_apart"]
