"""Headings saying a table's figures are per $1,000 of original balance: words that say so,
and the heading lines above a table (numbered or not: ``SECTION II.  DISTRIBUTION FACTORS
PER $1,000 OF ORIGINAL FACE``).

>>> says_per_1000("Factor Information per $1,000 of Original Face"), says_per_1000("Principal")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from abs_nb.parse.layout import PER_1000_WORDS
from abs_nb.parse.memo import Memo
from abs_nb.parse.pieces import Walk
from abs_nb.parse.runs import numbers_a_name
from abs_nb.parse.spelling import is_item_mark
from abs_nb.parse.tokens import Line, group_tokens

HEADING_LINES = 4  # word lines above a table's first row where its heading may stand


def says_per_1000(text: str) -> bool:
    """Words saying figures are per $1,000 of original balance.

    >>> says_per_1000("Factor Information per $1,000 of Original Face"), says_per_1000("Principal")
    (True, False)
    """
    hit = _SAYS_PER_1000.data.get(text)
    if hit is None:
        hit = _SAYS_PER_1000.put(text, PER_1000_WORDS.search(text) is not None)
    return hit


_SAYS_PER_1000: Final[Memo[str, bool]] = Memo("per_1000_headings.says_per_1000")


# the number a report gives a section, before its heading's words: "SECTION II.", "II.", "Part 3:"
_SECTION_MARK: Final = re.compile(r"^(?:(?:section|part|schedule|item)\s+)?(?:[ivx]{1,5}|\d{1,2}|[a-h])[.):]?$", re.I)


def heading_line(ln: Line) -> bool:
    """Is ``ln`` a heading saying per $1,000 (perhaps numbered: ``SECTION II.``), its
    ``1,000`` no figure: one group of words, no column names beside it (a dash one blank
    from the words on each side joins a heading's parts: ``CERTIFICATE INFORMATION -- PANEL 3:
    AMOUNTS PER $1,000``)?

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> heading_line(tokenize_line("CERTIFICATE INFORMATION -- PANEL 3 OF 3: AMOUNTS PER $1,000 ORIGINAL FACE", 1))
    True
    >>> heading_line(tokenize_line("Interest per $1,000     Principal per $1,000", 1))
    False
    >>> heading_line(tokenize_line("Factor Information   (per $1,000 of original balance)", 1))
    True
    >>> heading_line(tokenize_line("(9)   AMOUNTS PER $1,000 OF ORIGINAL PRINCIPAL AMOUNT", 1))
    True
    """
    segs = group_tokens(ln.tokens, 2) if not ln.blank and says_per_1000(ln.raw) else []
    # the unit in brackets after the words is the heading's own ("... Information  (per $1,000
    # of original balance)"), no column's name; a legend of some figures is not ("(figures in
    # parentheses are per $1,000 ...)")
    segs = segs[:1] + [sg for sg in segs[1:] if not (sg[0][:5].lower() == "(per " and sg[0].endswith(")"))]
    return len(segs) == 1 or len(segs) == 2 and (_SECTION_MARK.match(segs[0][0]) is not None or is_item_mark(segs[0][0]))


def under_per_1000_heading(w: Walk, first: Line, over: Callable[[Line], bool] | None = None) -> bool:
    """Do the word lines above a table's header (``first``: its top line; blank lines
    skipped, up to the figures above it) say its figures are per $1,000? A heading is a hint
    the per-$1,000 checks then test; a column header saying so names that column only.
    ``over``: the lines of figures passed over (rows of the same list under the heading)."""
    i = w.lines.index(first)  # its top line may be the heading itself, with no gap below
    seen = 0
    while i >= 0 and seen < HEADING_LINES:
        ln = w.lines[i]
        if heading_line(ln):
            return True
        if over is not None and over(ln):
            i -= 1
            continue
        if ln.values and not numbers_a_name(ln):
            return False
        if not ln.blank:
            seen += 1
        i -= 1
    return False


def amounts_beside(names: list[str]) -> bool:
    """Do the names of a table's columns of figures say which are per $1,000 (two of them
    at least), with amounts beside them (two at least: more than the original balance they
    divide)? Its header then rules, not a heading over it (``Interest Distribution`` beside
    ``Interest per $1,000`` under ``DISTRIBUTIONS PER $1,000 OF ORIGINAL PRINCIPAL``).

    >>> amounts_beside(["Interest", "Principal", "Interest per $1,000", "Principal per $1,000"])
    True
    >>> amounts_beside(["Original Face", "Per $1,000 Interest", "Per $1,000 Principal"])
    False
    """
    saying = sum(1 for n in names if says_per_1000(n))
    return saying > 1 and len(names) - saying > 1
