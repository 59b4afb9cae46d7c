"""Labels printed on the line above their figures: a line of words alone, then a line of
figures alone standing right of every word of it (narrow pages print a long label on a line
of its own and its figures below, under the columns' header)::

      Scheduled Principal
                              311,249.51        222,111.00        533,360.51

The two lines are one row, read on the label's line (its figures keep their own line for
provenance); the line below is then blank. A line of words over the figures' columns is a
header, no label; a figure line under a line with figures of its own is a row of its own;
a label alone among rows printing their labels beside their figures is a row whose cells
are blank, its figures below another row's (two lines a row).

>>> from abs_nb.parse.tokens import tokenize
>>> lines = labels_above(tokenize("  Scheduled Principal\\n                          311,249.51   222,111.00\\n"))
>>> lines[0].label, [t.text for t in lines[0].values], lines[0].values[0].line_in(1), lines[1].blank
('Scheduled Principal', ['311,249.51', '222,111.00'], 2, True)
"""

from __future__ import annotations

from abs_nb.parse.deal_lines import YES_NO
from abs_nb.parse.line_shapes import is_rule
from abs_nb.parse.row_labels import class_label
from abs_nb.parse.statuses import status_of
from abs_nb.parse.tokens import Line, Token, tokenize_line
from abs_nb.parse.vocabulary import vocabulary

#: the blanks at least between a label's last word and the first figure of the line below
LABEL_GAP = 2
#: the most labels one row prints across, their figures on the line below (:func:`labels_across`)
MAX_ACROSS = 4
#: the fewest such rows, one under the other, that make a block of them
MIN_ACROSS_ROWS = 2


def labels_across(lines: list[Line]) -> list[Line]:
    """``lines`` with each row of labels printed across the page over their figures read
    as label-figure pairs. Narrow cells of a web page, and some trustees' own layouts, print
    two to four labels on a line and each one's figure under it on the next, left- or
    right-aligned in the label's column::

          Beginning O/C Amount                    Realized Losses Absorbed
              14,388,204.66                           152,452.07

    A line of two to :data:`MAX_ACROSS` word groups (two blanks or more apart, no figure),
    the line below printing as many figures and nothing else, each figure's middle between
    its label's start (two columns before it) and the next label's, is such a row; two of them one under the other
    (blank lines between allowed) make a block. Each row is printed again on its two lines
    as ``label   figure`` pairs in reading order: a pair a line where there are two, else two
    pairs side by side on the first line (:func:`~abs_nb.parse.line_shapes.split_pairs` reads
    them apart); the lines keep their numbers, their text is this rendering.

    >>> from abs_nb.parse.tokens import tokenize
    >>> text = "  Servicing Fee           Trustee Fee\\n      299,494.54              2,994.95\\n"
    >>> lines = labels_across(tokenize(text + text.replace("Fee ", "Fees")))
    >>> [(ln.no, ln.label, [t.text for t in ln.values]) for ln in lines[:2]]
    [(1, 'Servicing Fee', ['299,494.54']), (2, 'Trustee Fee', ['2,994.95'])]
    """
    rows: dict[int, list[tuple[str, str]]] = {}
    for k in range(1, len(lines)):
        n = len(lines[k].tokens)
        if 2 <= n <= MAX_ACROSS and len(lines[k].values) == n and (pairs := _across(lines[k - 1], lines[k])):
            rows[k - 1] = pairs
    if len(rows) < MIN_ACROSS_ROWS:
        return lines
    out = list(lines)
    for k, pairs in rows.items():
        j = k + 2  # another row just below it, or above it (blank lines between allowed)
        while j < len(lines) and lines[j].blank:
            j += 1
        i = k - 1
        while i > 0 and lines[i].blank:
            i -= 1
        if j not in rows and i - 1 not in rows:
            continue
        indent = " " * lines[k].tokens[0].col
        shown = [f"{label}   {figure}" for label, figure in pairs]
        first = shown[:1] if len(shown) == 2 else shown[:len(shown) - len(shown) // 2]
        for at, part in ((k, first), (k + 1, shown[len(first):])):
            out[at] = tokenize_line(indent + "    ".join(part), lines[at].no)
    return out


def _across(labels: Line, figures: Line) -> list[tuple[str, str]] | None:
    """The (label, figure) pairs of a row of labels over their figures (:func:`labels_across`)."""
    if labels.values:  # (a second word group reads as the first's text: "Servicing Fee   Trustee Fee")
        return None
    heads = labels.column_segments()
    if len(heads) != len(figures.values):
        return None
    for k, (_, start, _) in enumerate(heads):
        t = figures.values[k]
        stop = heads[k + 1][1] if k + 1 < len(heads) else 1 << 30
        if not start - 2 <= (t.col + t.colend) / 2 < stop:
            return None
    return [(text, t.text) for (text, _, _), t in zip(heads, figures.values, strict=True)]


def labels_above(lines: list[Line]) -> list[Line]:
    """``lines`` with each label printed above its figures read with them (module doc)."""
    out = list(lines)
    beside: list[bool] | None = None  # worked out at the first label above its figures
    for k in range(len(out) - 1):
        label, figures = out[k], out[k + 1]
        if not label.tokens or label.values or label.text_value is not None or not figures.values:
            continue
        if figures.label_tokens or any(t.kind == "word" for t in figures.tokens):
            continue
        if label.tokens[-1].colend + LABEL_GAP > figures.values[0].col and not _one_cell_a_line(lines, k):
            continue  # words reaching over the figures: a header of their columns
        beside = beside or _labels_beside(lines)
        if beside[k] and not _one_cell_a_line(lines, k):
            continue  # rows around it print their labels beside their figures: a row with blank cells
        for t in figures.values:
            t.line = figures.no
        out[k] = Line(label.no, label.raw, label.tokens + figures.values, label.tokens, figures.values)
        out[k + 1] = Line(figures.no, figures.raw, [])
    return out


def _one_cell_a_line(lines: list[Line], k: int) -> bool:
    """Is line ``k`` a label of a paragraph printed one cell a line (a table of label and
    value converted from HTML): two pairs at least, every line by turns words alone and then
    a figure or an answer alone (``Stepdown Date Occurred`` over ``No``), wherever each
    stands, ``k`` one of its lines of words?

    >>> from abs_nb.parse.tokens import tokenize
    >>> lines = tokenize("Target Amount\\n15,300,003.34\\nTrigger Event\\nNo\\nRealized Losses\\n52,118.40\\n")
    >>> [_one_cell_a_line(lines, k) for k in range(4)]
    [True, False, True, False]
    """
    start = k
    while start > 0 and not lines[start - 1].blank:
        start -= 1
    end = k + 1
    while end < len(lines) and not lines[end].blank:
        end += 1
    para = lines[start:end]
    return (len(para) >= 2 * MIN_CELL_PAIRS and len(para) % 2 == 0 and (k - start) % 2 == 0 and all(
        ln.values and not ln.label_tokens or len(ln.tokens) == 1 and ln.tokens[0].text.upper() in YES_NO
        for ln in para[1::2]) and all(
        not ln.values and ln.text_value is None and not is_rule(ln) and any(ch.isalpha() for ch in ln.raw)
        for ln in para[::2]))


MIN_CELL_PAIRS = 2  # the fewest label-and-value pairs that make a paragraph one cell a line


def _labels_beside(lines: list[Line]) -> list[bool]:
    """For each line, does a line of its paragraph (the lines between blank ones) print a
    label beside figures?"""
    out = [False] * len(lines)
    start = 0
    for k in range(len(lines) + 1):
        if k == len(lines) or lines[k].blank:
            hit = any(ln.label_tokens and ln.values for ln in lines[start:k])
            out[start:k] = [hit] * (k - start)
            start = k + 1
    return out


__all__ = ["LABEL_GAP", "labels_above"]


def dash_continued(lines: list[Line]) -> list[Line]:
    """``lines`` with each label that continues the label above read whole: the words the
    label above prints before the place this one starts at, then its own (their tokens keep
    their line). A label continues the one above where it opens with a dash under the dash
    of the label above (``30-59 DAYS - NO. OF LOANS`` over ``           - PRIN BAL``), or
    where the labels stand in two columns, a status printed once for the measures below it:
    a row of figures whose label starts in the column where the label of the row of figures
    above has its second word group, two blanks or more after a status
    (``30-59 Days   Loan Count   21`` over ``             Balance   2,318,441.09``).

    >>> from abs_nb.parse.tokens import tokenize
    >>> lines = dash_continued(tokenize("30-59 DAYS - NO. OF LOANS   71\\n           - PRIN BAL   4,102.17\\n"))
    >>> lines[1].label, [t.text for t in lines[1].values]
    ('30-59 DAYS - PRIN BAL', ['4,102.17'])
    >>> lines = dash_continued(tokenize("60-89 Days   Loan Count    6\\n             Balance   612.80\\n"))
    >>> lines[1].label
    '60-89 Days Balance'
    """
    out = list(lines)
    for k in range(1, len(out)):
        ln, above = out[k], out[k - 1]
        if not ln.label_tokens or not above.label_tokens or (ln.label_tokens[0].text != "-" and (
                not ln.values or not above.values or ln.label_tokens[0].col == 0)):
            continue  # (the cheap tests of _continued_at first: most lines continue nothing)
        at = _continued_at(ln, above)
        if not at:
            continue
        out[k] = tokenize_line(ln.raw, ln.no, _moved(above.label_tokens[:at], above.no) + ln.tokens)
    return out


def _moved(tokens: list[Token], no: int) -> list[Token]:
    """Copies of ``tokens`` read into another line's label: words, each keeping the line it
    stands on (``no``, where it stands on none of its own already)."""
    out = [Token(t.text, t.start, t.end, t.col, t.colend, "word") for t in tokens]
    for t, o in zip(out, tokens, strict=True):
        t.line = o.line or no
    return out


def _continued_at(ln: Line, above: Line) -> int | None:
    """Where the label above stops being the outer label ``ln`` continues (the index of its
    first token at or after the place ``ln``'s label starts), or None."""
    first = ln.label_tokens[0]
    if first.text == "-":
        return next((i for i, t in enumerate(above.label_tokens) if t.text == "-" and t.col == first.col), None)
    if not ln.values or not above.values or first.col == 0:
        return None
    at = next((i for i, t in enumerate(above.label_tokens) if t.col == first.col), None)
    if not at or above.label_tokens[at - 1].colend > first.col - 2:
        return None  # no second word group there, or its words one blank apart: one label
    # the outer label a delinquency status, the inner what is measured of it (a group's
    # name over its statuses is read by the group's rows)
    return at if status_of(" ".join(t.text for t in above.label_tokens[:at])) is not None else None


def classes_below(lines: list[Line]) -> list[Line]:
    """``lines`` with each class's name wrapped below its row read with the row: a row of
    figures whose label is one word that names no class (``Class``, a web page's cell cut
    short), over a line of one word alone that names a class, standing in the label's
    column (``A-2a``). The label is then both (``Class A-2a``; its words keep their line).

    >>> from abs_nb.parse.tokens import tokenize
    >>> lines = classes_below(tokenize("Class   56291EAA1   313,135,271.77\\nA-1\\nClass   56291EAB9   191,594,324.47\\nA-2a\\n"))
    >>> [ln.label for ln in lines][:4], lines[1].blank
    (['Class A-1 56291EAA1', '', 'Class A-2a 56291EAB9', ''], True)
    """
    out = list(lines)
    for k in range(len(out) - 1):
        row, below = out[k], out[k + 1]
        if not row.values or len(below.tokens) != 1 or below.values or not row.tokens:
            continue
        first, name = row.tokens[0], below.tokens[0]
        if first.kind != "word" or name.col > first.colend or class_label(first.text) is not None:
            continue
        if class_label(name.text) is None or (len(row.tokens) > 1 and row.tokens[1].col - first.colend < LABEL_GAP):
            continue
        out[k] = tokenize_line(row.raw, row.no, [first, *_moved([name], below.no), *row.tokens[1:]])
        out[k + 1] = Line(below.no, below.raw, [])
    return out


def labels_below(lines: list[Line]) -> list[Line]:
    """``lines`` with a row's label wrapped below its figures (a web page's cell, its words
    on two lines, the figures on the first) read whole: a line of words alone standing in
    the row's label column, left of its figures, followed by another row of the table (or
    nothing), is the rest of the row's label where the label names nothing alone and names
    something with the words (``In`` over ``Foreclosure``), or where the words name nothing
    alone and leave what the label names as it is (``30 to 59`` over ``days``). The words
    keep their line; theirs is then blank. In a grid of boxes (a web page converted to text:
    a row between two ``+----+----+`` rules), every line of words alone between a row and
    the rule under it is the rest of its label, whatever its words.

    >>> from abs_nb.parse.tokens import tokenize
    >>> lines = labels_below(tokenize("30 to 59      68   10,991.18\\ndays\\nIn            45    8,122.43\\nForeclosure\\n"))
    >>> [ln.label for ln in lines][:4]
    ['30 to 59 days', '', 'In Foreclosure', '']
    >>> rule = "+-------------+--------+\\n"
    >>> lines = labels_below(tokenize(rule + "| Weighted    |    337 |\\n| Average     |        |\\n| Term        |        |\\n" + rule))
    >>> [ln.label for ln in lines][1:4]
    ['Weighted Average Term', '', '']
    """
    out = list(lines)
    for k in range(len(out) - 1):
        row, below = out[k], out[k + 1]
        if not row.values or not row.label_tokens or not _words_under(below, row):
            continue
        col = row.label_tokens[0].col
        j = k + 1  # the lines of words under the row, up to the rule closing a grid's row
        while j < len(out) and _words_under(out[j], row):
            j += 1
        if not (k and _grid_rule(out[k - 1]) and j < len(out) and _grid_rule(out[j])):
            after = out[k + 2] if k + 2 < len(out) else None
            if after is not None and after.tokens and not (after.values and after.label_tokens
                                                           and after.label_tokens[0].col == col):
                continue  # what follows is no row of the table: the words head it, or end it
            if not _wrapped(row.label, below.joined):
                continue
            j = k + 2
        out[k] = tokenize_line(row.raw, row.no, [
            *row.label_tokens, *(t for ln in out[k + 1:j] for t in _moved(ln.tokens, ln.no)), *row.values])
        for i in range(k + 1, j):
            out[i] = Line(out[i].no, out[i].raw, [])
    return out


def _grid_rule(ln: Line) -> bool:
    """A rule of a grid's boxes (``+----+----+``), no plain rule drawn across a table."""
    return "+" in ln.raw and is_rule(ln)


def _words_under(below: Line, row: Line) -> bool:
    """Is ``below`` a line of words alone standing in ``row``'s label column, left of its
    figures (:func:`labels_below`)?"""
    return bool(below.tokens) and not below.values and below.text_value is None and (
        below.tokens[0].col == row.label_tokens[0].col and below.tokens[-1].colend < row.values[0].col)


def _wrapped(label: str, words: str) -> bool:
    """Are ``words`` the rest of ``label`` (:func:`labels_below`)?"""
    whole = f"{label} {words}"
    if not _names(label):
        return _names(whole)
    return not _names(words) and status_of(whole) == status_of(label) and _field(whole) == _field(label)


def _names(label: str) -> bool:
    """Does ``label`` name a status or a figure the vocabulary knows?"""
    return status_of(label) is not None or _field(label) is not None


def _field(label: str) -> str | None:
    v = vocabulary()
    entry = v.lookup(label, "pool") or v.lookup(label, "*")
    return entry.field if entry is not None else None
