"""Where a line's figures run when words close it: the cells of a label and its figures.

A line ends with its figures as a rule, and :func:`~abs_nb.parse.tokens.tokenize_line` reads
the trailing run of figures as its values. A line closed by words is read so where its
shape says the figures before those words are a row's all the same: a label and its figure
beside a second ``label:`` pair (:func:`first_pair`), or a row of figures in columns closed
by a cell of words, a comment (:func:`figures_then_words`).

>>> from abs_nb.parse.tokens import line_tokens
>>> first_pair(line_tokens("WAC:   8.12500%   Distribution Date:   7/17/00"))
(1, 2)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from abs_nb.parse.tokens import Token

#: the kinds of token that are figures
VALUE_KINDS: Final = frozenset(("num", "na", "bad"))


def first_pair(tokens: list[Token]) -> tuple[int, int] | None:
    """Two "label: value" pairs on one line, the second's value a word (a date):
    ``WAC:   8.12500%   Distribution Date:   7/17/00``. The first pair's values, as the
    (start, end) of their run, when words end in a colon before them and a word ending in a
    colon stands two or more columns after them; the second pair is the metadata reader's."""
    n = len(tokens)
    m = 0
    while m < n and tokens[m].kind not in VALUE_KINDS:
        m += 1
    if m == 0 or m == n or not tokens[m - 1].text.endswith(":"):
        return None
    e = m
    while e < n and tokens[e].kind in VALUE_KINDS:
        e += 1
    if e == n or tokens[e].col - tokens[e - 1].colend < 2:
        return None
    rest = tokens[e:]
    if any(t.kind in VALUE_KINDS for t in rest) or not any(t.text.endswith(":") for t in rest[:-1]):
        return None
    return m, e


#: a rate's day count printed after it (``30/360``, ``Actual/360``, ``(Act/365)``)
DAY_BASIS: Final = re.compile(r"\(?(?:30|30E|act|actual)/(?:360|365)\)?,?", re.I)


def day_count_aside(tokens: list[Token]) -> int | None:
    """Where the figures of a line closed by a rate's day count start (``Certificate Rate:
    5.500000 %   30/360``): the day count is an aside of the rate, no word of the line's
    label; None where the line ends otherwise.

    >>> from abs_nb.parse.tokens import line_tokens
    >>> day_count_aside(line_tokens("Certificate Rate:   5.500000 %   30/360"))
    2
    >>> day_count_aside(line_tokens("Day Count   Act/360   30/360")) is None
    True
    """
    if len(tokens) < 3 or tokens[-2].kind not in VALUE_KINDS or not DAY_BASIS.fullmatch(tokens[-1].text):
        return None
    j = len(tokens) - 2
    while j > 0 and tokens[j - 1].kind in VALUE_KINDS:
        j -= 1
    return j or None


#: the figures a row closed by a comment prints at least (a single figure and words after
#: it are a label's text value: "Trigger Event   No")
MIN_FIGURES: Final = 2


def figures_then_words(tokens: list[Token]) -> tuple[int, int] | None:
    """A row of figures in columns closed by a cell of words (a comment: ``II-A1  20,421.18
    0.00000000  Paid in full on this``): the run of its figures, as (start, end), where a
    label of words leads, :data:`MIN_FIGURES` figures or more follow, each two columns or more from what
    stands before it (one an amount or a rate: whole numbers alone may name columns), and
    words alone stand two columns or more after them.

    >>> from abs_nb.parse.tokens import line_tokens
    >>> toks = line_tokens("II-A1   20,421.18   0.00   1.00000000   Paid in full on this")
    >>> figures_then_words(toks), figures_then_words(line_tokens("Loans 30 59 60 days past due"))
    ((1, 4), None)
    >>> figures_then_words(line_tokens("Group      1      2      3      Total"))
    >>> figures_then_words(line_tokens("A-IO   40,000,000.00*   0.00   180,000.00   32,000,000.00*"))
    """
    n = len(tokens)
    m = 0
    while m < n and tokens[m].kind not in VALUE_KINDS:
        m += 1
    if m == 0 or tokens[0].kind != "word":
        return None
    e = m
    while e < n and tokens[e].kind in VALUE_KINDS:
        e += 1
    if e - m < MIN_FIGURES or e == n or any(t.kind in VALUE_KINDS for t in tokens[e:]) \
            or any(tokens[k].col - tokens[k - 1].colend < 2 for k in range(m, e + 1)):
        return None
    if not any(c in t.text for t in tokens[m:e] for c in ".,%"):
        return None  # whole numbers alone may name columns ("Group   1   2   3   Total")
    if any(_FIGURE_LIKE.search(t.text) for t in tokens[:m]):
        return None  # a figure printed with a mark ("40,000,000.00*") is no word of a row's label
    return m, e


_FIGURE_LIKE: Final = re.compile(r"\d[,.]\d")


__all__ = ["DAY_BASIS", "VALUE_KINDS", "day_count_aside", "figures_then_words", "first_pair"]
