"""The shapes of a tokenised line beyond its tokens: a rule drawn across a table, two
"label value" pairs printed side by side.

>>> from abs_nb.parse.tokens import tokenize_line
>>> is_rule(tokenize_line("  ----------", 1)), split_pairs(tokenize_line("Fee:  1.00  Rate:  2.00", 1))[1].label
(True, 'Rate:')
"""

from __future__ import annotations

import re
from typing import Final

from abs_nb.parse.text_lines import BARS
from abs_nb.parse.tokens import VALUE_KINDS, Line, is_leader

# characters a rule is drawn with, and the run of one of them that makes a token a rule
_RULE_CHARS: Final = frozenset("-=_*~+#:" + BARS)  # (a colon at a rule's cell edge marks its alignment: "+:====+===:+")
_RULE_RUNS: Final = ("---", "===", "___", "***", "~~~")


def is_rule(line: Line) -> bool:
    """A line drawn, not written: every token made of rule characters, one of them a run of
    three or more (``-----  -----``, ``=====``, ``+----+----+``). A rule separates the parts
    of a table (its header from its rows, its rows from their total); it is never a row, a
    header line or the end of a table. A lone ``|`` or ``-`` is no rule (an empty cell, a
    figure printed as a dash).

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> is_rule(tokenize_line("  --------   ----------", 1)), is_rule(tokenize_line("| A-1 |", 1))
    (True, False)
    >>> is_rule(tokenize_line("+:=======+======:+", 1)), is_rule(tokenize_line("|:---|---:|", 1)), is_rule(tokenize_line(": :", 1))
    (True, True, False)
    """
    if not line.tokens or line.tokens[0].text[0] not in _RULE_CHARS:
        return False
    run = False
    for t in line.tokens:
        if t.kind != "word" or not _RULE_CHARS.issuperset(t.text):
            return False
        if not run:
            for r in _RULE_RUNS:
                if r in t.text:
                    run = True
                    break
    return run


def rule_across(rule: Line, start: int, end: int, above: Line | None = None) -> bool:
    """A plain rule (no box's corners) drawn across a header from ``start`` to ``end``:
    from its first word, over nine tenths of its width at least (a header's last words may
    run past the rules drawn round it), and no underline of the names of the line ``above``
    it (:func:`underlines`). Words above such a rule are a title's or a page's banner, no
    column's name.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> rule_across(tokenize_line("----------------------", 1), 0, 20), rule_across(tokenize_line("+-----+", 1), 0, 7)
    (True, False)
    """
    first, last = rule.tokens[0].col, rule.tokens[-1].colend
    return (first <= start and last - start >= EDGE_SHARE * (end - start) and not any(ch in rule.raw for ch in "+|")
            and not underlines(rule, above))


EDGE_SHARE: Final = 0.9  # the share of a header's width a rule drawn across it covers


def underlines(rule: Line, above: Line | None) -> bool:
    """Is ``rule`` runs of dashes, two or more, each under one name of the line ``above`` and
    as many as its names (``JUL-01 (CURRENT)   JUN-01`` over ``---------   ------``)? It
    underlines the names of groups of columns, no edge of a header.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> names = tokenize_line("        JUL-01 (CURRENT)        JUN-01", 1)
    >>> underlines(tokenize_line("     -----------------   -----------", 2), names)
    True
    >>> underlines(tokenize_line("     ----------------------------------", 2), names)
    False
    """
    if above is None or above.values or not above.tokens:
        return False
    runs, names = rule.column_segments(), above.column_segments()
    return len(runs) == len(names) >= 2 and all(c < re and rc < e for (_, c, e), (_, rc, re) in zip(names, runs, strict=True))


def below_edge(header: list[Line], run: list[Line]) -> list[Line]:
    """The lines of ``header`` below the last plain rule of ``run`` drawn across them
    (:func:`rule_across`) with header lines above it too: those above are a title's (a
    table's caption with a note at its right, ``DISTRIBUTION SUMMARY ... AMOUNTS IN U.S.
    DOLLARS``); else ``header``.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> run = [tokenize_line("SUMMARY          AMOUNTS IN DOLLARS", 1), tokenize_line("-" * 36, 2),
    ...        tokenize_line("Class   Beginning    Ending", 3)]
    >>> [ln.no for ln in below_edge([run[0], run[2]], run)]
    [3]
    """
    if len(header) < 2:
        return header  # one line: no title above its header
    for rule in reversed([ln for ln in run if is_rule(ln)]):
        below = [h for h in header if h.no > rule.no and h.tokens]
        if below and len(below) < len(header) and rule_across(
                rule, min(h.tokens[0].col for h in below), max(h.tokens[-1].colend for h in below)):
            return below
    return header


def led_by_dots(line: Line) -> bool:
    """A line whose label a dot leader leads to its figure (``Remaining Term ...... 238
    mos.``): a labelled line, never a table's header or title, whatever its words.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> led_by_dots(tokenize_line("Remaining Term ....... 238 mos.", 1)), led_by_dots(tokenize_line("Group I", 1))
    (True, False)
    """
    return any(t.kind == "word" and is_leader(t.text) for t in line.tokens)


def split_pairs(line: Line) -> tuple[Line, Line] | None:
    """A line printing two "label value" pairs side by side (``Servicing Fee Rate:   0.50000%
    Initial Class A-1 O/C Amt:   22.71``), as two lines of the same number: (first pair,
    the rest). None for any other line. The first pair's values stand inside the label, two
    or more columns from the words on either side. (:func:`~abs_nb.parse.tokens.tokenize_line` reads the case whose
    second value is a date, which the metadata reader takes.)

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> first, rest = split_pairs(tokenize_line("Fee Rate:   0.50%  Initial O/C Amt:   22.71", 9))
    >>> (first.no, first.label, [t.text for t in first.values]), (rest.label, [t.text for t in rest.values])
    ((9, 'Fee Rate:', ['0.50%']), ('Initial O/C Amt:', ['22.71']))
    >>> [p.label for p in split_pairs(tokenize_line("Pool Bal. ..... 250,000.00 | Loans, Beginning ..... 7,021", 9))]
    ['Pool Bal. .....', 'Loans, Beginning .....']
    """
    lt = line.label_tokens
    n = len(lt)
    m = 1
    while m < n and lt[m].kind not in VALUE_KINDS:
        m += 1
    e = m
    while e < n and lt[e].kind in VALUE_KINDS:
        e += 1
    # the first pair's value two columns from its words (one after a dot leader) and from the next
    # label, or a bar between them ("250,000,000.00 | Contracts ...")
    bar = e + 1 < n and lt[e].text == "|"
    if e >= n or lt[m].col - lt[m - 1].colend < (1 if is_leader(lt[m - 1].text) else 2) or (
            not bar and lt[e].col - lt[e - 1].colend < 2):
        return None
    rest = lt[e + 1:] if bar else lt[e:]
    # each pair holds its own tokens only: a reader of a row's tokens sees one pair
    return (Line(line.no, line.raw, lt[:e], lt[:m], lt[m:e]),
            Line(line.no, line.raw, [*rest, *line.values], rest, line.values, line.text_value, line.text_value_span))


def pair_of(line: Line, label: str) -> Line:
    """The part of ``line`` that printed ``label``: of two label-value pairs side by side
    (:func:`split_pairs`), the one so labelled; else the whole line.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> pair_of(tokenize_line("Fee Rate:   0.50%  Initial O/C Amt:   22.71", 9), "Fee Rate:").values[0].text
    '0.50%'
    """
    pairs = split_pairs(line)
    if pairs is not None:
        for p in pairs:
            if p.label == label:
                return p
    return line


# a run of rule characters inside a line ("---- GROUP I ----   ---- GROUP II ----": two headings)
_RULE_RUN: Final = re.compile(r"[=*_~#-]{3,}")
# rule characters opening or closing a heading drawn inside a rule ("==== GROUP 2 ====")
RULED: Final = re.compile(r"^[\s=*_~#-]{3,}|[\s=*_~#-]{3,}$")
#: the characters a name may be drawn round with ("--- GROUP 2 ---", "*** X Trust ***")
FRAMING: Final = " =*_~#-"


def ruled_heading(line: Line) -> bool:
    """A heading drawn inside a rule ("=== GROUP 1 -- FIXED ===", rule characters at both
    ends): one heading, whatever blanks part its words.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> ruled_heading(tokenize_line("=== LOAN GROUP 1  --  FIXED ===", 1)), ruled_heading(tokenize_line("GROUP 1", 1))
    (True, False)
    >>> ruled_heading(tokenize_line("---- GROUP I ----       ---- GROUP II ----", 1))  # two headings
    False
    """
    text = line.joined
    return len(RULED.findall(text)) >= 2 and _RULE_RUN.search(RULED.sub("", text)) is None


def numbers_over_words(ln: Line, below: Line) -> bool:
    """Is ``ln`` a header's line of numbers that start its words below (``1`` over ``Payment
    Delinquent``, ``90`` over ``Days or More``, ``3+`` over ``Payments``): its figures short
    whole numbers, each over a word of the line below?

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> numbers_over_words(tokenize_line("       1         2", 1), tokenize_line("  Payment   Payments", 2))
    True
    >>> numbers_over_words(tokenize_line("       5         2", 1), tokenize_line("  Payment   1,000.00", 2))
    False
    """
    words = [t for t in below.tokens if t.kind == "word"]
    return all(
        t.text.rstrip("+").isdigit() and len(t.text) <= 3 and any(w.col <= t.colend and t.col <= w.colend for w in words)
        for t in ln.values)


_SECTION: Final = re.compile(r"^\s*(?:section|part|schedule|item)\s+(?:[ivx]{1,5}|\d{1,2}|[a-h])[.):]?\s", re.I)


def section_heading(ln: Line) -> bool:
    """Does ``ln`` start with a section's heading (``SECTION E.``, ``PART A.``)?

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> section_heading(tokenize_line("PART A.  LOAN ACTIVITY   GROUP I", 1)), section_heading(tokenize_line("Partial Prepayments", 1))
    (True, False)
    """
    return _SECTION.match(ln.raw) is not None


def heads_no_column(ln: Line, first: Line) -> bool:
    """Is ``ln``, above the rows from ``first`` on, no line of their header: a section's
    heading (``SECTION E.  DELINQUENCY ...``), unless its line names columns over the rows'
    figures too (``PART A.  LOAN ACTIVITY   GROUP I   GROUP II``), or a label led to its
    figure by dots (``Remaining Term ...... 238 mos.``)?

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> row = tokenize_line("Beginning Balance            142,377,019.84    96,214,887.12", 3)
    >>> [heads_no_column(tokenize_line(t, 1), row) for t in ("SECTION E.  DELINQUENCY", "PART A.  ACTIVITY          GROUP I")]
    [True, False]
    """
    if section_heading(ln):
        return not (first.values and any(c >= first.values[0].col - 3 for _, c, _ in ln.column_segments()))
    return led_by_dots(ln)


def heads_rows(ln: Line) -> bool:
    """Words closed by a colon: a heading of the rows below it (``(a)(ii) Interest:``), no
    row of blank cells of its own.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> heads_rows(tokenize_line("(a)(ii) Interest:", 1)), heads_rows(tokenize_line("Realized Losses", 1))
    (True, False)
    """
    return not ln.values and ln.raw.rstrip().endswith(":")
