"""The headings of loan groups' blocks: the group a header or a heading names.

A report of several loan groups prints each group's block under a heading
(``GROUP II COLLATERAL``, ``TABLE 4. GROUP 1 LOANS``, ``==== LOAN GROUP 2 ====``) or names
the groups over columns (``Pool 1   Pool 2   Aggregate``). These find the group such words
name, by the vocabulary's names for the Total and by a group's numbered shape.

>>> group_of("Grp II"), heading_group("TABLE 4. GROUP 1 LOANS (30-YEAR FIXED RATE)")
('Group 2', 'Group 1')
"""

from __future__ import annotations

import re
from typing import Final

from abs_nb.parse.layout import distance, segments
from abs_nb.parse.line_shapes import FRAMING, RULED, is_rule, ruled_heading
from abs_nb.parse.runs import is_page_mark, numbers_a_name
from abs_nb.parse.spelling import TOTAL_KEYS, class_key, group_name, without_item_marks, words_of
from abs_nb.parse.tokens import Line
from abs_nb.parse.vocabulary import vocabulary


def group_of(text: str, section: str = "*") -> str | None:
    """The group a header names: one the vocabulary knows (the Total by any of its names:
    ``Aggregate``, ``All Groups``; or the Total of all of what the columns are, ``TOTAL ALL
    SERVICERS``) or one numbered by its shape (:func:`group_name`).

    >>> group_of("Pool 2"), group_of("Aggregate"), group_of("Balance"), group_of("------- GROUP II -------")
    ('Group 2', 'Total', None, 'Group 2')
    >>> group_of("TOTAL ALL SERVICERS"), group_of("Total Alliance"), group_of("Total All 30-59")
    ('Total', None, None)
    """
    text = text.strip(FRAMING)  # a header's words drawn round with a rule name what they name
    entry = vocabulary().lookup(text, section, ("group",))
    if entry is not None:
        return entry.field
    words = text.split(None, 2)
    # the Total of all of what the columns are (TOTAL ALL SERVICERS, Total All Loans)
    return "Total" if len(words) > 2 and words[1].lower() == "all" and class_key(words[0]) in TOTAL_KEYS \
        and words[2].replace(" ", "").isalpha() else group_name(text)


def group_captions(line: Line, above: Line, section: str = "*") -> bool:
    """Whether ``line`` describes the groups named on the line ``above``: every one of its
    pieces stands under a group's name (overlaps it), none names a group itself, and the line
    above names two or more. Such a line (``(Fixed Rate)  (Adjustable Rate)``) heads no column
    of its own; the groups' names head the table.

    >>> from abs_nb.parse.tokens import tokenize
    >>> a, b, c = tokenize("        GROUP 1          GROUP 2\\n   (Fixed Rate)  (Adjustable Rate)\\n  Balance  Rate")
    >>> group_captions(b, a), group_captions(c, b)
    (True, False)
    """
    names = [(c, e) for t, c, e in segments(above) if group_of(t, section) is not None]
    pieces = segments(line)
    return len(names) >= 2 and bool(pieces) and all(
        group_of(t, section) is None and any(distance((c, e), name) < 0 for name in names) for t, c, e in pieces)


def heading_group(text: str) -> str:
    """The loan group a heading standing alone opens a block of, by its first words
    (``GROUP II COLLATERAL (ADJUSTABLE RATE LOANS)``, ``TOTAL POOL``), or "" for a heading
    naming none.

    >>> heading_group("GROUP II COLLATERAL (ADJUSTABLE RATE LOANS)"), heading_group("Total Pool")
    ('Group 2', 'Total')
    >>> heading_group("Loan Group 3 Collateral"), heading_group("GROUP I:")
    ('Group 3', 'Group 1')
    >>> heading_group("OTHER INFORMATION"), heading_group("Total Principal Distributed"), heading_group("Total Pool 2")
    ('', '', 'Group 2')
    >>> heading_group("======= LOAN GROUP 2 - COLLATERAL REPORT =======")
    'Group 2'
    >>> heading_group("COLLATERAL ACTIVITY -- GROUP 1 (FIXED RATE LOANS)"), heading_group("Delinquency - Total Pool")
    ('Group 1', 'Total')
    >>> heading_group("COLLATERAL - GROUP 2 - FIXED RATE"), heading_group("COLLATERAL ACTIVITY -- GROUPS 1 AND 2")
    ('Group 2', '')
    >>> heading_group("Delinquency Information \u2014 Group 1")  # an em dash
    'Group 1'
    """
    text = RULED.sub("", text)  # a heading drawn inside a rule ("==== GROUP 2 ====")
    if (" -" in text or " \u2013" in text or " \u2014" in text) and (parts := _DASH_PART.split(text)) and len(
            parts) > 1 and not _opening_group(parts[0]):
        # a subject, a dash, the group it is told for (a subtitle may follow); a part naming
        # groups together ("GROUPS 1 AND 2") names none of them
        return next((g for part in parts[1:] if not _SEVERAL.search(part) and (g := _opening_group(part))), "")
    return _opening_group(text)


# a dash parting a heading's subject from its subtitle
_DASH_PART: Final = re.compile(r"\s[-\u2013\u2014]{1,3}\s")
_SEVERAL: Final = re.compile(r"\bgroups\b|\b(?:and|&)\b|[&/,]", re.I)  # groups named together


def _opening_group(text: str) -> str:
    """:func:`heading_group` of a heading's words before or after a dash."""
    words = without_item_marks(text).rstrip(" :").split()  # (a section's number: "II.  GROUP I LOANS")
    if len(words) == 3 and class_key(words[0]) in TOTAL_KEYS and (g := group_name(" ".join(words[1:]))):
        return g  # a numbered group's total ("Total Group 2") is that group's; "Total Group 1 and 2" is none
    for n in (3, 2, 1):
        if len(words) >= n:
            g = group_of(" ".join(words[:n]))
            if g is not None and (g != "Total" or n == 2 or len(words) == 1):
                return g
    return ""


def block_heading(run: list[Line]) -> str | None:
    """The group (or "" for none) of a run of word lines that is a heading standing alone:
    one line of one run of words, no figure (:func:`heading_group`), or such a line naming a
    group under a section's heading; None for any other run (a header of columns, words
    with figures: :func:`table_title`).

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> block_heading([tokenize_line("GROUP I COLLATERAL", 1), tokenize_line("------------------", 2)])
    'Group 1'
    >>> block_heading([tokenize_line("Group I        Group II        Total", 1)]) is None
    True
    >>> block_heading([tokenize_line("Pool 2", 1)]), block_heading([tokenize_line("Pool Balance   2,000.00", 1)])
    ('Group 2', None)
    >>> block_heading([tokenize_line("Delinquencies and REO", 1), tokenize_line("GROUP 1:", 2)])
    'Group 1'
    >>> block_heading([tokenize_line("Delinquencies and REO", 1), tokenize_line("Balances", 2)]) is None
    True
    >>> block_heading([tokenize_line("Delinquent and Defaulted Loans:", 1)]), block_heading([tokenize_line("DEAL TOTALS:", 1)])
    (None, '')
    >>> block_heading([tokenize_line("Group I", 1), tokenize_line("-------", 2), tokenize_line("  Interest Summary", 3)])
    'Group 1'
    >>> block_heading([tokenize_line("=== LOAN GROUP 1  --  30-Year Fixed Rate ===", 1)])
    'Group 1'
    >>> block_heading([tokenize_line("LOAN GROUP II -- Conforming Adjustable Rate", 1)])
    'Group 2'
    >>> block_heading([tokenize_line("COLLATERAL ACTIVITY -- GROUP 2 (ADJUSTABLE RATE)", 1)])
    'Group 2'
    >>> block_heading([tokenize_line("First Bank   Trust 2004-3", 1), tokenize_line("New York   Page 3 of 5", 2),
    ...                tokenize_line("==== LOAN GROUP 2 - COLLATERAL ====", 3), tokenize_line("  Principal Collections", 4)])
    'Group 2'
    """
    words = [ln for ln in run if not is_rule(ln)]
    # a page's banner opening the run (its lines down to the page's mark) heads no block
    marks = [k for k, ln in enumerate(words[:-1]) if is_page_mark(ln)]
    words = words[marks[-1] + 1:] if marks else words
    if not words:
        return None
    last = words[-1]  # a section's heading may stand right above (its number apart: "II.  GROUP I LOANS")
    segs = segments(last) if not ruled_heading(last) else [(last.joined, 0, 0)]
    if len(segs) == 2 and without_item_marks(last.joined) == segs[1][0]:
        segs = segs[1:]
    elif len(segs) == 2 and (between := [t.text for t in last.tokens if segs[0][2] <= t.col < segs[1][1]]) and set(
            "".join(between)) <= _DASHES and bool(heading_group(segs[0][0])) != bool(heading_group(segs[1][0])):
        # a group's title, a dash, its subtitle: one heading ("LOAN GROUP I -- Fixed Rate"); or
        # a subject, a dash, the group it is told for ("COLLATERAL ACTIVITY -- GROUP 1")
        segs = segs[:1]
    if last.text_value is not None or len(segs) != 1 or set(last.tokens[-1].text) <= {".", ":"}:
        return None  # a label led to a figure printed blank ("Liquidation Proceeds .......")
    if last.values and not numbers_a_name(last):  # "Pool 2": its number is its name's
        return None
    group = heading_group(last.joined)
    if not group and len(words) > 1 and all(ln.tokens[0].col > words[0].tokens[0].col for ln in words[1:]):
        # a group's heading over its block's first sub-heading, indented under it
        # ("Group I" / "  Interest Summary"): the block is the group's
        group = heading_group(words[0].joined) if len(segments(words[0])) == 1 or ruled_heading(words[0]) else ""
    if not group and last.joined.rstrip().endswith(":") and (words_in := set(words_of(last.joined))) & _LOANS_WORDS \
            and "total" not in words_in:
        return None  # words introducing the loans listed below ("Delinquent Loans:"), inside the open block
    return group if len(words) == 1 or group else None


def table_title(run: list[Line], below: Line) -> str | None:
    """The group a run of word lines heading a table names as the table's title: a line of
    one run of words over the header, at the table's left edge (no further right than the
    header and ``below``, the table's first row: over its rows' labels, not over columns of
    figures), or the header's cell over the rows' labels, the other cells naming no group;
    None for any other run (a title naming no group among them). A title heads its table,
    not what follows it.

    >>> from abs_nb.parse.tokens import tokenize
    >>> run = tokenize("TABLE 4. GROUP 1 LOANS\\nCollateral Activity     Loans     Amount\\nBeginning Balance  812  1,000.00")
    >>> table_title(run[:2], run[2]), table_title(tokenize("GROUP 2    #    Amount"), run[2])
    ('Group 1', 'Group 2')
    """
    words = [ln for ln in run if not is_rule(ln) and ln.tokens]
    if not words or not below.tokens or any(ln.values and not numbers_a_name(ln) for ln in words):
        return None
    segs = segments(words[-1])
    if len(segs) < 2:
        return None
    if len(words) > 1 and len(segments(words[0])) == 1 and (
            words[0].tokens[0].col <= min(ln.tokens[0].col for ln in [*words[1:], below])):
        return heading_group(words[0].joined) or None  # over the header at the table's left edge
    if segs[0][1] <= below.tokens[0].col and (named := heading_group(segs[0][0])) and not any(
            group_of(t) for t, _, _ in segs[1:]):
        return named  # in the header's cell over the rows' labels ("GROUP 1 | # | Amount")
    return None


_DASHES: Final = frozenset("-\u2013\u2014")
_LOANS_WORDS: Final = frozenset({"loan", "delinquency", "mortgage", "contract", "receivable"})  # (as words_of prints them)


__all__ = ["block_heading", "group_captions", "group_of", "heading_group", "table_title"]
