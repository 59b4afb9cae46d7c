"""Classes printed as paragraphs: a line naming a class, then its figures as labelled lines.

Some statements print no table of classes but a paragraph per class, each the same labelled
lines in the same order::

    Class A-1     CUSIP 76328RAA7
        Principal Distribution ................. 38.120527
        Interest Distribution ................... 3.632182
    Class A-2     CUSIP 76328RAB5
        Principal Distribution .................. 0.000000
        Interest Distribution ................... 5.933333

Such a run of paragraphs is a class table turned on its side: a row per class, a column per
label. The run is two paragraphs at least, each a line whose first words name a class by
their shape (:func:`~abs_nb.parse.row_labels.class_label`) followed by two lines or more of one
figure under a label, the labels the same in every paragraph; a figure printed on the class's
own line after a label (``Original Principal $50,000,000.00``) is one more column. A line
may print a second figure, the first per $1,000 of the class's original balance in a column
of its own; only where every paragraph proves it so (:func:`_per_1000_pairs`) are the lines
classes' at all: two figures of another kind are two groups', or some other table's. A
subheading's words qualify the lines indented under it (``Per $1,000 of Original Balance:``
over ``Interest:``), and a rule may underline the class's name. The
table's columns are named by their labels and proven by the identities, as a table found by
the alignment of its figures is (:mod:`abs_nb.parse.structure`); it is per $1,000 where the
words above it say so. Its lines are then the class table's: a figure the walk read from them
by its label alone (a class's ending balance per $1,000 read as the pool's) is given back.

>>> from abs_nb.parse.engine import walk
>>> w = walk("PAYMENTS BY CLASS\\n\\nClass A-1\\n  Opening Amount ..... 1,000.00\\n  Paid Down .....  100.00\\n"
...          "  Closing Amount ..... 900.00\\nClass A-2\\n  Opening Amount ..... 2,000.00\\n"
...          "  Paid Down .....  200.00\\n  Closing Amount ..... 1,800.00\\n")
>>> [(r.label, [c.text for c in r.cells]) for b in w.class_blocks for r in b.rows]
[('A-1', ['1,000.00', '100.00', '900.00']), ('A-2', ['2,000.00', '200.00', '1,800.00'])]
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from abs_nb.parse.layout import moved
from abs_nb.parse.line_shapes import is_rule, split_pairs
from abs_nb.parse.per_1000_headings import says_per_1000, under_per_1000_heading
from abs_nb.parse.pieces import ClassBlock, ClassColumn, ClassRow, Walk
from abs_nb.parse.row_labels import CUSIP, class_label
from abs_nb.parse.runs import numbers_a_name
from abs_nb.parse.spelling import (
    TOTAL_KEYS,
    class_key,
    group_name,
    is_item_mark,
    normalise,
    without_item_marks,
)
from abs_nb.parse.tokens import UNIT_FIGURES, Line, Token, is_leader

#: the label of a paragraph naming the classes' total (:func:`_total_title`)
TOTAL: Final = "Total"
#: the fewest labelled lines that make a class's paragraph, and paragraphs that make a table
MIN_LINES: Final = 2
MIN_PARAGRAPHS: Final = 2
#: what marks a line's second figure among a paragraph's labels (:func:`_labels`)
SECOND: Final = " #2"
#: where the columns of a table of classes printed in paragraphs or sentences stand (their
#: spans are placeholders: :mod:`abs_nb.parse.class_prose` places its columns here too)
FIRST_COL: Final = 200
COL_STEP: Final = 20
CENT: Final = Decimal("0.005")  # half a cent: an amount rounded to the cent is this near its exact figure


def _class_of(line: Line) -> str | None:
    """The class a paragraph's first line names: its first words (up to a gap of two
    columns), ``Class`` before them or not; or, after ``Class``, the class-shaped word that
    words describing it follow (``CLASS A-1 VARIABLE FUNDING NOTES (LOAN GROUP I)``).

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> _class_of(tokenize_line("CLASS A-1 VARIABLE FUNDING NOTES (LOAN GROUP I)     CUSIP 51209HAA2", 1))
    'A-1'
    >>> _class_of(tokenize_line("  D.  Class M-1 Certificates  (CUSIP 13744R AD 6)", 1))
    'M-1'
    """
    toks = line.label_tokens
    if not toks:
        return None
    word = toks[1].text if len(toks) > 1 and (is_item_mark(toks[0].text) or toks[0].kind == "num") else toks[0].text
    if word.lower() not in ("class", "classes") and class_label(word) is None:
        return None  # (the cheap test first: the first word names a class, or says "Class")
    segs = line.segments()
    if len(segs) > 1 and is_item_mark(segs[0][0]):
        segs = segs[1:]  # an item's mark before the class ("D.  Class M-1 Certificates")
    if not segs:
        return None
    first = without_item_marks(segs[0][0])  # a section's number before the class ("2.9 Class M-5")
    named = class_label(first)
    words = first.split()
    if named is None and len(words) > 2 and words[0].lower() == "class":
        named = class_label(words[1])
    # a group's paragraph ("GROUP 1") is never a class's
    return named if named is None or group_name(line.joined) is None else None


def _total_title(line: Line) -> bool:
    """A paragraph's first line naming the classes' total (``TOTAL NOTES``, ``Total``): its
    first word a Total's, no figure on it. Its paragraph is the table's Totals row."""
    first = line.tokens[0].text if line.tokens else ""
    return not line.values and class_key(first) in TOTAL_KEYS


def _own_figure(line: Line) -> tuple[str, Token] | None:
    """A figure printed on a class's own line after a label of its own: (label, figure)."""
    segs = line.segments()
    if len(line.values) != 1 or len(segs) < 2 or numbers_a_name(line):
        return None  # (a number in a name is none: "SENIOR / GROUP 1")
    return segs[-1][0], line.values[0]


def _paragraphs(lines: list[Line]) -> list[tuple[str, Line, list[tuple[str, Token, Line]]]]:
    """Every paragraph: (class, its line, [(label, figure, line)])."""
    out: list[tuple[str, Line, list[tuple[str, Token, Line]]]] = []
    after = 0  # the first line after the last paragraph found
    # the cheap test first: a class's line is followed by a line of one labelled figure (or a
    # subheading over one)
    for i in [k for k in range(len(lines) - 1) if _figures(lines[k + 1]) or (
            k + 2 < len(lines) and _figures(lines[k + 2]) and not lines[k + 1].values
            and (lines[k + 1].blank or is_rule(lines[k + 1]) or _subheading(lines[k + 1])
                 or _cusip_line(lines[k + 1]) is not None))]:
        # (a blank line or a rule under the class's line allowed: its lines start below it)
        under_name = lines[i + 1].blank or is_rule(lines[i + 1])
        if i < after or not lines[i].tokens or not (lines[i + 1].label_tokens or under_name):
            continue
        name = _class_of(lines[i]) or (TOTAL if _total_title(lines[i]) else None)
        if name is None:
            continue
        body: list[tuple[str, Token, Line]] = []
        own = _own_figure(lines[i])
        if own is not None:
            body.append((own[0], own[1], lines[i]))
        j = i + 2 if under_name else i + 1
        over: tuple[str, int] | None = None  # a subheading's words, and where its line starts
        while j < len(lines):
            ln = lines[j]
            if not ln.blank and not ln.values and _subheading(ln):
                # a label over the lines below it ("Principal Distribution Amount:"); its
                # words qualify the lines indented under it ("Per $1,000 ...:" / "Interest:")
                over = (" ".join(t.text for t in ln.label_tokens if not is_leader(t.text)).rstrip(". :"),
                        ln.tokens[0].col)
                j += 1
                continue
            if over is not None and (ln.blank or ln.tokens[0].col <= over[1]):
                over = None  # a line back at the subheading's indent is no longer under it
            if (pairs := _pairs(ln)) is not None:
                body += [(label, tok, ln) for label, tok in pairs]
                j += 1
                continue
            if (two := split_pairs(ln)) is not None and all(p.label and len(p.values) == 1 for p in two) \
                    and _class_of(ln) is None:  # (a class's line opens its own paragraph)
                body += [(p.label, p.values[0], ln) for p in two]  # two label-figure pairs side by side
                j += 1
                continue
            if (cusip := _cusip_line(ln)) is not None:
                body.append(("CUSIP", cusip, ln))  # the class's CUSIP on a line of its own: a column
                j += 1
                continue
            below = lines[j + 1] if j + 1 < len(lines) else None
            if _words_only(ln) and below is not None and below.values and below.label_tokens \
                    and ln.tokens[0].col > below.label_tokens[-1].colend and _class_of(ln) is None \
                    and not _total_title(ln):  # (a class's title, however far right, opens its own paragraph)
                j += 1  # words right of the labels below, over their figures ("Amount   Per $1,000"): a header
                continue
            if ln.blank or not _figures(ln) or not ln.label or _class_of(ln) is not None:
                break
            label = ln.label if over is None or says_per_1000(ln.label) else f"{over[0]}: {ln.label}"
            body += [(label, tok, ln) for tok in ln.values]
            j += 1
        if len(body) - (own is not None) >= MIN_LINES:
            out.append((name, lines[i], body))
            after = j
    return out


def _words_only(line: Line) -> bool:
    """Does ``line`` print words alone, a unit after ``per`` one of them (``Amount   Per $1,000``)?"""
    toks = line.tokens
    return bool(toks) and all(t.kind == "word" or k and t.text in UNIT_FIGURES and toks[k - 1].text.lower() == "per"
                              for k, t in enumerate(toks))


def _figures(line: Line) -> bool:
    """A paragraph's line: one figure under its label, or two (the amount, then the same
    amount per $1,000 of the class's original balance, in a column of its own)."""
    return 1 <= len(line.values) <= 2


def _second(item: tuple[str, Token, Line]) -> bool:
    """Is a paragraph's figure the second of its line (:func:`_figures`)?"""
    values = item[2].values
    return len(values) == 2 and item[1] is values[1]


def _pairs(line: Line) -> list[tuple[str, Token]] | None:
    """A paragraph's line of label-figure pairs two blanks or more apart, after the words
    they share (``Per $1,000:  Int 4.33471613   Prin 30.84250000   Total 35.17721613``):
    each pair one line of the paragraph, labelled by those words and its own; None where
    the line is not two pairs or more so.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> [(label, t.text) for label, t in _pairs(tokenize_line("  Per $1,000:  Int 4.33   Prin 30.84", 1))]
    [('Per $1,000: Int', '4.33'), ('Per $1,000: Prin', '30.84')]
    """
    if len(line.values) < 1 or len(line.tokens) < 4:
        return None
    groups: list[list[Token]] = []
    for k, t in enumerate(line.tokens):
        if k and t.col - line.tokens[k - 1].colend < 2:
            groups[-1].append(t)
        else:
            groups.append([t])
    head = "" if any(t.kind != "word" for t in groups[0]) else " ".join(t.text for t in groups[0])
    out: list[tuple[str, Token]] = []
    for toks in groups[1:] if head else groups:
        if len(toks) < 2 or toks[-1].kind != "num" or any(t.kind != "word" for t in toks[:-1]):
            return None
        out.append((f"{head} {' '.join(t.text for t in toks[:-1])}".strip(), toks[-1]))
    return out if len(out) >= MIN_LINES else None


def _subheading(line: Line) -> bool:
    """A line of words over a paragraph's lines below it, ending in a colon or a dot leader
    (``Principal Distribution Amount: ......``): no figure of its own."""
    last = line.tokens[-1].text if line.tokens else ""
    return bool(line.label_tokens) and (last.endswith(":") or is_leader(last)) and _class_of(line) is None


def _overlap(labels: list[str], first: list[str]) -> bool:
    """Do a paragraph's labels and the first paragraph's name mostly the same lines, in any
    number (a class's lines of its own, such as a variable funding note's draws, aside): two
    thirds of the shorter's at least, each label once in each?"""
    shared = len(set(labels) & set(first))
    return (len(set(labels)) == len(labels) and len(set(first)) == len(first) and shared >= MIN_LINES
            and 3 * shared >= 2 * min(len(labels), len(first)))


def _aligned(run: list[tuple[str, Line, list[tuple[str, Token, Line]]]],
             ) -> tuple[list[str], list[list[tuple[str, Token, Line] | None]]]:
    """The labels of a run of paragraphs whose lines differ (every label, in the order first
    printed), and each paragraph's lines under them (None where it prints none)."""
    order: list[str] = []
    for p in run:
        for lab in _labels(p):
            if lab not in order:
                order.append(lab)
    bodies: list[list[tuple[str, Token, Line] | None]] = []
    for p in run:
        by_label = dict(zip(_labels(p), p[2], strict=True))
        bodies.append([by_label.get(lab) for lab in order])
    return order, bodies


def _alike(labels: list[str], first: list[str]) -> bool:
    """Do a paragraph's labels follow the first paragraph's: the same lines, one of three or
    more worded its own way (an IO class's ``Ending Notional Amount`` for the others'
    ``Ending Principal Balance``)?"""
    if len(labels) != len(first):
        return False
    differ = sum(1 for a, b in zip(labels, first, strict=True) if a != b)
    return differ == 0 or (differ == 1 and len(first) >= 3)


def _cusip(line: Line) -> Token | None:
    """The CUSIP printed on a class's own line (``CUSIP 76328RAA7``, ``(CUSIP 665501AA3)``):
    a word of a CUSIP's shape, its brackets left out."""
    for t in line.tokens:
        text = t.text.strip("()[],;")
        if t.kind == "word" and CUSIP.match(text):
            at = t.start + t.text.index(text)
            return Token(text, at, at + len(text), t.col, t.col + len(text), "word")
    return None


def _cusip_line(line: Line) -> Token | None:
    """The CUSIP a paragraph's line prints under its label, no figure beside it
    (``CUSIP:   97652RAJ6``)."""
    if line.values or len(line.tokens) != 2 or normalise(line.tokens[0].text) != "cusip":
        return None
    return _cusip(line)


def _labels(paragraph: tuple[str, Line, list[tuple[str, Token, Line]]]) -> list[str]:
    """A paragraph's labels, as compared between paragraphs; the figure on the class's own
    line is one column whatever its label (``Original Principal``, an IO class's ``Notional
    Amount``)."""
    _, line, body = paragraph
    return [("" if item[2] is line else _label_key(item[0]) + (SECOND if _second(item) else ""))
            for item in body]


def _label_key(label: str) -> str:
    """A paragraph line's label as compared between classes: its words less any figure
    (``Note Rate (One-Month LIBOR + 0.30%)`` is ``Note Rate (One-Month LIBOR + 0.26%)``)."""
    words = normalise(label.rstrip(". :")).split()
    return " ".join(w for w in words if not any(ch.isdigit() for ch in w))


def class_paragraphs(w: Walk) -> list[ClassBlock]:
    """The class tables that runs of paragraphs make (module docstring)."""
    if w.rendering == "cells":
        return []
    found = _paragraphs(w.lines)
    blocks: list[ClassBlock] = []
    k = 0
    while k < len(found):
        labels = _labels(found[k])
        run = [found[k]]
        m = k + 1
        while m < len(found) and (_alike(_labels(found[m]), labels) or _overlap(_labels(found[m]), labels)):
            run.append(found[m])
            m += 1
        if len(run) >= MIN_PARAGRAPHS and len(set(labels)) == len(labels):
            # lines by place where every paragraph prints the first's; else by their labels
            bodies: list[list[tuple[str, Token, Line] | None]] = [list(p[2]) for p in run]
            if not all(_alike(_labels(p), labels) for p in run):
                labels, bodies = _aligned(run)
            names = [next(item[0] for b in bodies if (item := b[n]) is not None) for n in range(len(labels))]
            seconds = [n for n, label in enumerate(labels) if label.endswith(SECOND)]
            if seconds:
                # lines of two figures: the amounts, and the same per $1,000 where the identity
                # proves it so; two figures of any other kind (two groups' side by side) make
                # the lines some other table's, not classes' paragraphs
                if _per_1000_pairs(run, bodies, labels, seconds):
                    firsts = [n for n in range(len(labels)) if n not in seconds]
                    blocks += [_block(run, bodies, names, "classes", firsts, True),
                               _block(run, bodies, names, "per1000", seconds, False)]
            # per $1,000 where the words above say so; else the columns whose own label does
            elif under_per_1000_heading(w, run[0][1]):
                blocks.append(_block(run, bodies, names, "per1000", list(range(len(labels))), True))
            else:
                per_1000 = [n for n, label in enumerate(names) if says_per_1000(label)]
                amounts = [n for n in range(len(names)) if n not in per_1000]
                # the classes' CUSIPs go with the first of the two tables
                blocks += [_block(run, bodies, names, section, picked, cusips) for section, picked, cusips in (
                    ("classes", amounts, True), ("per1000", per_1000, not amounts)) if picked]
        k = m
    return blocks


def _per_1000_pairs(run: list[tuple[str, Line, list[tuple[str, Token, Line]]]],
                    bodies: list[list[tuple[str, Token, Line] | None]], labels: list[str],
                    seconds: list[int]) -> bool:
    """Are the second figures of a paragraph's lines their first figures per $1,000 of the
    class's original balance, a figure the paragraph prints? Each second figure, as printed
    (to its last decimal), times that balance over 1,000 gives its line's amount to the cent,
    in every paragraph; a paragraph whose second figures are all zero proves nothing, and
    one paragraph at least must prove it."""
    pairs_at = [(labels.index(labels[n][: -len(SECOND)]), n) for n in seconds if labels[n][: -len(SECOND)] in labels]
    proven = False
    for (_, _, _), body in zip(run, bodies, strict=True):
        pairs = [(a[1].value, b[1].value, b[1].value.as_tuple().exponent) for m, n in pairs_at
                 if (a := body[m]) is not None and (b := body[n]) is not None
                 and a[1].value is not None and b[1].value is not None and b[1].value != 0]
        if not pairs:
            continue
        originals = [item[1].value for item in body if item is not None and not _second(item)
                     and item[1].value is not None and item[1].value > 0]
        if not any(all(abs(a - b * f / 1000) <= Decimal(5).scaleb(exp - 1) * f / 1000 + CENT for a, b, exp in pairs
                       if isinstance(exp, int)) for f in originals):
            return False
        proven = True
    return proven


def _block(run: list[tuple[str, Line, list[tuple[str, Token, Line]]]],
           bodies: list[list[tuple[str, Token, Line] | None]], names: list[str], section: str, picked: list[int],
           with_cusips: bool) -> ClassBlock:
    """The class table of a run of paragraphs (their lines ``bodies``, by place, named
    ``names``), of the lines ``picked`` and of the CUSIPs on the classes' own lines where
    ``with_cusips``."""
    columns = [ClassColumn(names[n].rstrip(". :"), None, "",
                           (FIRST_COL + COL_STEP * n, FIRST_COL + COL_STEP * n + 10)) for n in picked]
    # a CUSIP on every class's own line is a column of the amounts' table
    cusips = [_cusip(line) for _, line, _ in run] if with_cusips else []
    with_cusip = bool(cusips) and all(c is not None for c, (name, _, _) in zip(cusips, run, strict=True)
                                      if name != TOTAL)  # (a Totals row has no CUSIP)
    if with_cusip:
        columns.insert(0, ClassColumn("CUSIP", None, "", (FIRST_COL - COL_STEP, FIRST_COL - COL_STEP + 10)))
    top = run[0][1]
    block = ClassBlock(section, columns, [top.no], header_texts=[c.printed for c in columns])
    block.found_by = "structure"
    for r, ((name, line, _), body) in enumerate(zip(run, bodies, strict=True)):
        cells: list[Token | None] = []
        if with_cusip:
            cells.append(cusips[r])
        for n in picked:
            item = body[n]
            if item is None:
                cells.append(None)  # a line this class's paragraph does not print
                continue
            tok, ln = item[1], item[2]
            cells.append(moved(tok, FIRST_COL + COL_STEP * n, ln.no, 10))
        segs = line.segments()
        named = [t for t in line.tokens if segs and t.col < segs[0][2]]
        span = (named[0].start, named[-1].end) if named else None
        block.rows.append(ClassRow(name, line.no, cells, span))
    return block
