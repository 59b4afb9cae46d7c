"""Runs of table rows: consecutive lines a test takes as rows, and what a run goes on across
(a rule above its total, a page break with its furniture), without ending.

>>> from abs_nb.parse.tokens import tokenize_line
>>> lines = [tokenize_line(t, i + 1) for i, t in enumerate(["A  1.00", "B  2.00", "----", "Total  3.00", "", "C  4.00"])]
>>> [[ln.no for ln in run] for run in runs_of(lines, lambda ln, _open: bool(ln.values))]
[[1, 2, 4], [6]]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from abs_nb.parse.layout import Span, distance, lined_up, slots
from abs_nb.parse.line_shapes import is_rule, split_pairs
from abs_nb.parse.memo import Memo
from abs_nb.parse.spelling import class_key, is_note_mark
from abs_nb.parse.tokens import UNIT_FIGURES, Line, Token, group_tokens

# a page marker: "Page 2 of 9" as a column of its own (at the line's start or end, or two
# blanks apart from other words: "(see page 4)" in a sentence marks no page), or capitalised
# closing the line after no lower-case word (a banner's cell: "... 25-Oct-06 Page 2 of 5"),
# "- 3 -" standing alone, a form feed, EDGAR's <PAGE> tag
_PAGE_MARK: Final = re.compile(
    r"(?:^|\s\s)\s*page\s+\d+(?:\s+of\s+\d+)?(?=\s*(?:\|\s*)?$|\s\s)|(?-i:(?<![a-z] )(?:Page|PAGE))\s+\d+\s+of\s+\d+\s*(?:\|\s*)?$"
    r"|^\s*-\s*\d+\s*-\s*$|\f|^\s*<PAGE>", re.I)
PAGE_BREAK_LINES = 10  # lines a page break (footer, marker, page header, repeated header) may take
NEW_HEADER_NAMES: Final = 4  # column names on a word line that make it a table's header


def is_page_mark(line: Line) -> bool:
    """Does the line mark a page break?

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> is_page_mark(tokenize_line("      Page 2 of 9", 1)), is_page_mark(tokenize_line("Pages 12,345", 1))
    (True, False)
    >>> is_page_mark(tokenize_line("Trust 2004-1       PAGE 1 OF 4", 1)), is_page_mark(tokenize_line("(see page 4)", 1))
    (True, False)
    >>> is_page_mark(tokenize_line("| FIRST BANK                    Page 2 of 6 |", 1))  # a banner in a box
    True
    >>> is_page_mark(tokenize_line("|Trust Services|Distribution Date: 25-Oct-06 Page 2 of 5", 1))  # closing a banner's cell
    True
    >>> is_page_mark(tokenize_line("Realized losses are shown on Page 2 of 5", 1))  # in a sentence
    False
    """
    raw = line.raw
    hit = _PAGE_MARKS.data.get(raw)  # asked of a line by the walk and by each search for rows
    if hit is None:
        # what every alternative of the pattern needs (a "page", a form feed, a line that
        # starts with a dash), tested first: the case-blind search costs far more than these
        hit = _PAGE_MARKS.put(raw, ("page" in raw.lower() or "\f" in raw or raw.lstrip().startswith("-")) and bool(
            _PAGE_MARK.search(raw)))
    return hit


_PAGE_MARKS: Final[Memo[str, bool]] = Memo("runs.page_marks")  # line text -> is_page_mark


def blocks_of(lines: list[Line]) -> dict[int, int]:
    """Each line's block (by line number): a heading (a line of words and no figure), a page
    break or two blank lines start a new block; a single blank line does not.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> text = ["Balances", "Beginning   100.00", "", "Ending   90.00", "Fees", "Trustee   1.00"]
    >>> blocks_of([tokenize_line(t, i + 1) for i, t in enumerate(text)])
    {1: 1, 2: 1, 3: 1, 4: 1, 5: 2, 6: 2}
    """
    out: dict[int, int] = {}
    block, blanks = 0, 0
    for ln in lines:
        blanks = blanks + 1 if ln.blank else 0
        if blanks == 2 or not ln.blank and (not ln.values and ln.label or is_page_mark(ln)):
            block += 1
        out[ln.no] = block
    return out


def runs_of(lines: list[Line], is_row: Callable[[Line, bool], bool],
            within: Callable[[Line, list[Line], Line | None], bool] | None = None) -> list[list[Line]]:
    """The runs of consecutive lines ``is_row`` takes (it is told whether a run is open). A
    page break inside a run does not end it: the lines from the run's last row to the next
    row, when one of them marks a page and they are no more than :data:`PAGE_BREAK_LINES`,
    are page furniture (a footer, the marker, the next page's header and the table's header
    printed again), skipped. Nor does a line ``within`` takes for part of the row above it
    (it is given the line, the run so far and the line below)."""
    runs: list[list[Line]] = []
    cur: list[Line] = []
    start = 0  # the index of the run's first row
    i = 0
    while i < len(lines):
        ln = lines[i]
        if not is_page_mark(ln) and is_row(ln, bool(cur)):
            if not cur:
                start = i
            cur.append(ln)
            i += 1
            continue
        if cur and (is_rule(ln) or within is not None and within(ln, cur, lines[i + 1] if i + 1 < len(lines) else None)):
            i += 1  # a rule between rows (above their total), a row's wrapped part: the run goes on
            continue
        if cur:
            resume = after_page_break(lines, i, is_row, start)
            if resume is not None:
                i = resume
                continue
            runs.append(cur)
            cur = []
        i += 1
    if cur:
        runs.append(cur)
    return runs


def join_runs(lines: list[Line], runs: list[list[Line]],
              goes_on: Callable[[list[Line], list[Line], int, int, list[Line]], list[Line] | None],
              ) -> list[list[Line]]:
    """Consecutive runs joined where the table goes on between them: ``goes_on(lines, above,
    start, end, run)`` is given the run so far, the span ``lines[start:end]`` between it and
    the next run, and that run; it returns the lines between that are rows of the table (none
    for a gap), or None where the table ends.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> lines = [tokenize_line(t, i + 1) for i, t in enumerate(["A  1.00", "", "B  2.00", "", "", "C  3.00"])]
    >>> one_blank = lambda ls, above, start, end, run: [] if end - start == 1 else None
    >>> [[ln.no for ln in r] for r in join_runs(lines, [[lines[0]], [lines[2]], [lines[5]]], one_blank)]
    [[1, 3], [6]]
    """
    at = {id(ln): k for k, ln in enumerate(lines)}  # a run's lines may not be numbered by position
    out: list[list[Line]] = []
    for run in runs:
        if out:
            start, end = at[id(out[-1][-1])] + 1, at[id(run[0])]
            rows = goes_on(lines, out[-1], start, end, run)
            if rows is not None:
                out[-1] = out[-1] + rows + run
                continue
        out.append(run)
    return out


def join_pages(lines: list[Line], runs: list[list[Line]], is_row: Callable[[Line, bool], bool]) -> list[list[Line]]:
    """Runs joined where a table goes on after a page break under its header printed again:
    a page's mark between them, and the word lines above the run after it the same as those
    above the run before it (a rule and a title of the rows below them passed over). Lines
    that are no rows of a table (``is_row``) standing between (a line of the page's foot
    printing a figure) are left out of the join.

    >>> from abs_nb.parse.tokens import tokenize
    >>> lines = tokenize("Class  Balance\\nA-1   1.00\\nA-2   2.00\\nPaid 5.00\\n  Page 1 of 2\\nClass  Balance\\nA-3   3.00")
    >>> [[ln.no for ln in r] for r in join_pages(lines, [lines[1:3], lines[3:4], lines[6:7]], lambda ln, _: ln.label[:1] == "A")]
    [[2, 3, 7], [4]]
    """
    at = {id(ln): k for k, ln in enumerate(lines)}
    out: list[list[Line]] = []
    last: list[Line] | None = None  # the last run of rows, and the runs of no rows after it
    for run in runs:
        k = next((i for i, ln in enumerate(run) if is_row(ln, False)), len(run))  # (the page's foot before its rows)
        if last is not None and k < len(run) and any(is_page_mark(ln) for ln in lines[at[id(last[-1])] + 1:at[id(run[k])]]) \
                and (header := _header_texts(lines, at[id(last[0])])) and header == _header_texts(lines, at[id(run[k])]):
            last.extend(run[k:])
            if k:
                out.append(run[:k])
            continue
        out.append(run)
        if is_row(run[0], False):
            last = run
    return out


def _header_texts(lines: list[Line], k: int) -> list[str]:
    """The word lines of the header above ``lines[k]`` (rules passed over, and a title of the
    rows right above it), their texts less blanks at their ends."""
    out: list[str] = []
    i = k - 1
    if i >= 0 and not lines[i].values and len(lines[i].segments()) == 1 and not is_rule(lines[i]):
        i -= 1  # a title of the rows below ("Subordinate Certificates (cont'd)")
    while i >= 0 and len(out) < 4 and not lines[i].blank and not lines[i].values:
        if not is_rule(lines[i]):
            out.append(lines[i].raw.strip())
        i -= 1
    return out


def after_blank_line(lines: list[Line], i: int, is_row: Callable[[Line, bool], bool],
                     rows: list[tuple[str | None, Line, list[Token], tuple[int, int] | None]],
                     gaps: set[int] | frozenset[int] = frozenset()) -> int | None:
    """A blank line (at ``i``) inside a table, between its senior and its subordinate classes
    say: the index of the row just below it when that row goes on with the table's ``rows``
    (label, line, cells, label span): a row ``is_row`` takes, labelled by none of their labels
    (a table printed again repeats them), each of its figures under a column of theirs. Rows
    with no label (a stacked half) go on only where the labelled table they are a half of
    prints a blank line above the same row (``gaps``: those rows' indices); elsewhere a blank
    line in a half may stand for a class that prints no figure in it."""
    j = i + 1
    if j >= len(lines) or not rows or not lines[j].tokens:
        return None
    ln = lines[j]
    if not ln.label:
        if any(label for label, _, _, _ in rows) or len(rows) not in gaps:
            return None
    elif not is_row(ln, True) or class_key(ln.label) in {class_key(label) for label, _, _, _ in rows if label}:
        return None
    spans = slots([cells for _, _, cells, _ in rows])
    figures = [t for t in ln.values if not is_note_mark(t.text)]  # "M-1 (1)": a footnote's mark
    return j if all(any(distance((t.col, t.colend), s) < 0 for s in spans) for t in figures) else None


def after_page_break(lines: list[Line], i: int, is_row: Callable[[Line, bool], bool],
                     first: int | None = None) -> int | None:
    """The index of the row a run resumes at after a page break starting at ``i``, or None.
    ``first``: the index of the run's first row; a line printed as one of the lines above
    it (the table's header) is that header printed again on the next page, never a row,
    and a line of other column names after the page's mark heads another table (None)."""
    marked = False
    header: set[str] = set()
    end = min(len(lines), i + PAGE_BREAK_LINES)
    for j in range(i, len(lines)):
        ln = lines[j]
        if is_rule(ln):
            end = min(len(lines), end + 1)  # a rule takes no line of the allowance
            continue
        if j >= end:
            break
        if is_page_mark(ln):
            if not marked and first is not None:
                # the header's words, however spaced (a table re-aligned on its next page)
                header = {lines[k].joined for k in range(max(0, first - PAGE_BREAK_LINES), first) if lines[k].tokens}
            marked = True
        elif marked and ln.tokens and ln.joined in header:
            end = min(len(lines), end + 1)  # nor does the table's header printed again
            continue
        elif marked and header and not ln.values and (len(ln.column_segments()) >= NEW_HEADER_NAMES or _heads(
                ln, next((x for x in lines[j + 1: end + 1] if x.values), None))):
            return None  # another header over the columns: another table begins on this page
        elif marked and is_row(ln, True):
            return j
        elif ln.values and not numbers_a_name(ln):
            return None
    return None


def _heads(ln: Line, row: Line | None) -> bool:
    """Do two column names or more on ``ln`` stand over the figures of ``row``, each figure
    under one of them (``LOANS   PRINCIPAL BALANCE`` over ``3,874   291,337,455.80``)?"""
    segs = ln.column_segments()
    return row is not None and len(segs) >= 2 and all(
        any(c < t.colend and t.col < e for _, c, e in segs) for t in row.values)


def header_above(lines: list[Line], i: int) -> bool:
    """Does a line of words stand just above ``lines[i]``, past rules: a header over it?"""
    k = i - 1
    while k >= 0 and is_rule(lines[k]):
        k -= 1
    return k >= 0 and bool(lines[k].tokens) and not lines[k].values and len(lines[k].segments()) > 1


def names_over(above: Line | None, below: Line) -> bool:
    """Do the words of ``above`` name the columns whose words ``below`` prints, one over each
    (three or more word groups, each standing over one of ``below``'s): a rule between them
    underlines the columns' names over a row of words (``Group 1`` over ``Fixed 30 Year``),
    where a title's or a banner's words stand over no column of the header under its rule.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> row = tokenize_line("Description       Fixed 30 Year   Fixed 15 Year       Mixed", 2)
    >>> names_over(tokenize_line("                        Group 1         Group 2       Total", 1), row)
    True
    >>> names_over(tokenize_line("          MONTHLY COLLATERAL STATEMENT", 1), row)
    False
    """
    if above is None or above.blank or is_rule(above) or above.values and not numbers_a_name(above):
        return False
    ups, downs = above.column_segments(), below.column_segments()
    return len(ups) >= 3 and all(sum(1 for _, c, e in downs if c < ue and uc < e) == 1 for _, uc, ue in ups)


def numbers_a_name(ln: Line) -> bool:
    """A bare whole number one space after the words before it is part of a name (``Grp 1``,
    ``Pool 2``), not a figure: a line whose one figure is such a number is a word line. So
    is a line whose every figure is a word's: the 1,000 of a unit (``Per 1,000``,
    ``per $1,000``) or a footnote's mark after a word (``Rate (3)``).

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> numbers_a_name(tokenize_line("      Grp 1", 1)), numbers_a_name(tokenize_line("Loans   1,250", 1))
    (True, False)
    >>> numbers_a_name(tokenize_line("CUSIP   Per 1,000   Per $1,000   Next Rate (3)", 1))
    True
    """
    return len(ln.values) == 1 and name_number(ln) or figures_are_words(ln)


def figures_are_words(ln: Line) -> bool:
    """Is every figure of ``ln`` a word's (the 1,000 of ``Per $1,000``, a footnote's mark
    after a word), or is the line a header's numbering of its columns (``(1)  (2)  (3)``):
    a header line, no row?

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> figures_are_words(tokenize_line("      (1)     (2)    (3)   (4)=(2)+(3)     (5)", 1))
    True
    >>> figures_are_words(tokenize_line("A-1   (1,000.00)   (2.00)", 1))
    False
    """
    return bool(ln.values) and (all(_words_figure(ln.raw, t) for t in ln.values) or _column_numbers(ln))


def _column_numbers(ln: Line) -> bool:
    """Is ``ln`` a header's numbering of its columns: every token a whole number in brackets,
    or a formula of them (``(5)=(3)+(4)``), each column's number more than the one before?"""
    if len(ln.tokens) < 3:
        return False
    ranks: list[int] = []
    for t in ln.tokens:
        m = _NUMBERING.fullmatch(t.text)
        if m is None:
            return False
        ranks.append(int(m.group(1)))
    return ranks[0] <= 2 and all(ranks[k] < ranks[k + 1] for k in range(len(ranks) - 1))


# a column's number in brackets, or its formula of other columns' ("(5)=(3)+(4)"): its number first
_NUMBERING: Final = re.compile(r"\((\d{1,2})\)(?:=\(\d{1,2}\)(?:[-+x*/]\(\d{1,2}\))*)?")


_PER_BEFORE: Final = re.compile(r"\bper\s*\$?\s*$", re.I)  # "per", "per $" just before a figure


def _words_figure(raw: str, t: Token) -> bool:
    """Is the figure ``t`` a word's: a unit's 1,000 or a footnote's mark one space after a word?
    (A figure of a cell stream does not stand in the line's text: it is none.)"""
    text = t.text
    unit = text in UNIT_FIGURES
    if not unit and not (text.startswith("(") and len(text) <= 4):  # the cheap tests first
        return False
    if raw[t.start:t.end] != text:
        return False
    if unit:
        return _PER_BEFORE.search(raw, 0, t.start) is not None
    return is_note_mark(text) and t.start >= 2 and raw[t.start - 1] == " " and raw[t.start - 2].isalpha()


def name_number(ln: Line) -> bool:
    """Is the first figure of ``ln`` a bare whole number one space after its label?"""
    first = ln.values[0] if ln.values else None
    if first is None or first.kind != "num" or "," in first.text or "." in first.text or not ln.label_tokens:
        return False
    return first.col - ln.label_tokens[-1].colend == 1


def same_ends(run: list[Line], below: list[Line]) -> bool:
    """Does the line ``below`` a blank line print its figures (two or more) ending where the
    run's rows end theirs, every one, with as many decimals (amounts after amounts, not
    counts) or as rates: the table goes on past a blank line between its rows.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> run = [tokenize_line("Balance      1,000.00     2,000.00", 1)]
    >>> same_ends(run, [tokenize_line("Losses          10.00        20.00", 3)]), same_ends(run, [tokenize_line("Loans             10           20", 3)])
    (True, False)
    >>> same_ends(run, [tokenize_line("Rate           5.850%       6.400%", 3)])
    True
    """
    ends = {(t.colend, t.decimals) for ln in run for t in ln.values}
    cols = {end for end, _ in ends}
    return bool(below) and len(below[0].values) >= 2 and all(
        (t.colend, t.decimals) in ends or t.percent and t.colend in cols for t in below[0].values)


def with_name_number(ln: Line) -> Line | None:
    """``ln`` with a bare whole number one space after its label (:func:`name_number`) made
    part of the label (``Gep 1  251,216``); None where it prints none.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> with_name_number(tokenize_line("Gep 1   251,216", 1)).label, with_name_number(tokenize_line("Gep   251,216", 1))
    ('Gep 1', None)
    """
    if not name_number(ln):
        return None
    return Line(ln.no, ln.raw, ln.tokens, ln.label_tokens + [ln.values[0]], ln.values[1:])


def block_lines(lines: list[Line]) -> list[Line]:
    """The lines as a reader of runs sees them: a paragraph two or more of whose lines print
    two label-value pairs side by side (:func:`~abs_nb.parse.line_shapes.split_pairs`) is two
    blocks, one under the other: its left pairs' lines, two blank lines, then its right
    pairs' (a line of one pair goes with the block its label stands in). Every other line is as
    printed; a line of a pair keeps its number.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> text = ["Beginning Balance   100.00    Loans at Start   12", "Principal    10.00    Loans Paid Off    1",
    ...         "Ending Balance       90.00"]
    >>> [(ln.no, ln.label) for ln in block_lines([tokenize_line(t, i + 1) for i, t in enumerate(text)])]
    [(1, 'Beginning Balance'), (2, 'Principal'), (3, 'Ending Balance'), (3, ''), (3, ''), (1, 'Loans at Start'), (2, 'Loans Paid Off')]
    """
    out: list[Line] = []
    i, n = 0, len(lines)
    while i < n:
        j = i
        while j < n and not lines[j].blank:
            j += 1
        pairs: dict[int, tuple[Line, Line]] = {}
        for k in range(i, j):
            p = split_pairs(lines[k])
            if p is not None:
                pairs[k] = p
        if len(pairs) < 2:
            out.extend(lines[i:j])
        else:
            right_col = min(p[1].label_tokens[0].col for p in pairs.values() if p[1].label_tokens)
            left: list[Line] = []
            right: list[Line] = []
            for k in range(i, j):
                if k in pairs:
                    left.append(pairs[k][0])
                    right.append(pairs[k][1])
                elif lines[k].tokens[0].col >= right_col - 2:
                    right.append(lines[k])
                else:
                    left.append(lines[k])
            gap = Line(lines[j - 1].no, "", [])  # two blank lines: no reader joins the blocks
            out += [*left, gap, gap, *right]
        if j < n:
            out.append(lines[j])
        i = j + 1
    return out


def continued_label(prev: Line | None, ln: Line) -> str | None:
    """The whole label of ``ln`` where it continues the label of the line above (``prev``):
    a label indented under the last word group of the line above continues the words before
    that group; else None.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> above = tokenize_line("Mortg Loans Outstanding   Count      5871", 1)
    >>> continued_label(above, tokenize_line("                          Balance  798,796,001.41", 2))
    'Mortg Loans Outstanding Balance'
    """
    if prev is None or ln.label_col is None:
        return None
    groups = group_tokens(prev.label_tokens, 3)
    if len(groups) < 2 or abs(groups[-1][1] - ln.label_col) > 2:
        return None
    return " ".join(g[0] for g in groups[:-1]) + " " + ln.label


def wrapped_head(above: Line | None, ln: Line) -> str | None:
    """The first part of ``ln``'s label where it wraps from the line above: ``above`` prints
    words and no figure, and ``ln``'s label begins with a word in lower case indented under
    them (``Aggregate Principal Balance`` / ``  as of the beginning of the Period ... $396,204,338.17``);
    else None. A label so begun goes on a sentence; a heading above a label in capitals is no
    part of it.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> head = tokenize_line("Aggregate Principal Balance", 1)
    >>> wrapped_head(head, tokenize_line("  as of the beginning of the Period ....... 396,204.17", 2))
    'Aggregate Principal Balance'
    >>> wrapped_head(head, tokenize_line("  Scheduled principal ....... 9,487.63", 2)) is None
    True
    """
    if above is None or above.values or above.text_value is not None or not above.tokens or not ln.label_tokens:
        return None
    first = ln.label_tokens[0]
    if not first.text[:1].islower() or first.col <= above.tokens[0].col:
        return None
    return above.label or above.joined


def _sub_heading(ln: Line, spans: list[Span]) -> bool:
    """A word line standing left of every column (``PRINCIPAL``, ``LOAN COUNT``): a
    sub-heading of a table's rows."""
    return bool(ln.tokens) and not ln.values and ln.tokens[-1].colend < spans[0][0]


def goes_on(lines: list[Line], at: dict[int, int], last: list[Line], last_spans: list[Span],
            run: list[Line], spans: list[Span]) -> bool:
    """Does ``run`` go on with the table of ``last``, its figures in the same columns, with
    blank lines between them (a pool's flows spaced apart from its balances; one or two at a
    time), rows of figures in those columns (read already) and sub-headings in the label
    column (:func:`_sub_heading`)? (``at``: each line's index in ``lines``, by its id.)"""
    after_last, first = at[id(last[-1])] + 1, at[id(run[0])]
    return first > after_last and _walk_up(lines, first, last_spans, after_last)[0] == after_last and lined_up(
        spans, last_spans)


def first_row_above(lines: list[Line], at: dict[int, int], run: list[Line], spans: list[Span]) -> Line | None:
    """The first row of the table ``run`` goes on: up from it past blank lines (two at a
    time at most), sub-headings in the label column and rows whose figures stand in the same
    columns, the topmost such row; None where no row of figures stands above so.

    >>> from abs_nb.parse.tokens import tokenize
    >>> lines = tokenize("        G1     G2\\nCut-off   1.00   2.00\\n\\nPRINCIPAL\\nBegin     3.00   4.00\\n")
    >>> first_row_above(lines, {id(ln): k for k, ln in enumerate(lines)}, [lines[4]], [(10, 14), (17, 21)]).no
    2
    """
    return _walk_up(lines, at[id(run[0])], spans)[1]


def _walk_up(lines: list[Line], end: int, spans: list[Span], stop: int = 0) -> tuple[int, Line | None]:
    """Up from the line before index ``end`` to index ``stop`` at most, past blank lines (two
    at a time at most), sub-headings in the label column and rows whose figures stand in
    ``spans``: the index the walk reached (``stop`` where it passed every line) and the
    topmost row of figures it passed."""
    top: Line | None = None
    blanks = 0
    k = end
    while k > stop:
        ln = lines[k - 1]
        if ln.blank:
            blanks += 1
            if blanks > 2:
                break
        else:
            blanks = 0
            if not _sub_heading(ln, spans):
                if not ln.values or not lined_up([(t.col, t.colend) for t in ln.values], spans):
                    break
                top = ln
        k -= 1
    return k, top

