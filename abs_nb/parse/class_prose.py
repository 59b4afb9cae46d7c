"""Class figures printed in sentences: a paragraph that names classes, each followed by its
figures, is a class table::

    (b) The amount of the distribution allocable to interest: on the Class A-1
        Certificates, $11,456.95 ($0.325020 per $1,000), on the Class A-2
        Certificates, $210,466.67 ($5.133333 per $1,000); in the aggregate, $222,923.62.

A row per class named (``Class`` and a word of a class's shape, a line break between them or
not), a column per figure after it: every class but the last followed by as many figures
before the next class is named, the last by as many at least (the figures after those, an
aggregate, stay unread and are listed), each place of the same kind in every row (an amount,
or a figure per $1,000 in brackets). The columns are named by the paragraph's words before its
first class, an aside's by ``per $1,000`` too, and proven by the identities as any table found
by structure is (:mod:`abs_nb.parse.structure`).

>>> from abs_nb.parse.engine import walk
>>> w = walk("(b) Interest: on the Class A-1 Certificates, $11,456.95 ($0.325020 per $1,000), on the\\n"
...          "Class A-2 Certificates, $210,466.67 ($5.133333 per $1,000); in the aggregate, $222,923.62.\\n")
>>> [(r.label, [c.text for c in r.cells]) for b in class_prose(w, set()) for r in b.rows]
[('A-1', ['$11,456.95', '($0.325020 per $1,000),']), ('A-2', ['$210,466.67', '($5.133333 per $1,000);'])]
"""

from __future__ import annotations

import re
from typing import Final

from abs_nb.parse.class_paragraphs import COL_STEP, FIRST_COL
from abs_nb.parse.clause_figures import CLAUSE_MARKS, clause_figure
from abs_nb.parse.layout import moved
from abs_nb.parse.per_1000_headings import under_per_1000_heading
from abs_nb.parse.pieces import ClassBlock, ClassColumn, ClassRow, Walk
from abs_nb.parse.row_labels import class_label
from abs_nb.parse.spelling import without_item_marks
from abs_nb.parse.tokens import Line, Token

#: the fewest classes that make a paragraph a table
MIN_CLASSES: Final = 2
_CLASS_WORDS: Final = frozenset({"class", "classes"})


def _paragraphs(w: Walk, taken: set[int]) -> list[list[Line]]:
    """The paragraphs (lines between blank lines) that may name classes, less the lines
    ``taken`` by tables."""
    out: list[list[Line]] = []
    start, named = 0, 0  # the paragraph's first line (index), and how often it says "class"
    lines = w.lines
    for k in range(len(lines) + 1):
        ln = lines[k] if k < len(lines) else None
        if ln is None or ln.blank or ln.no in taken:
            if named >= MIN_CLASSES:
                out.append(lines[start:k])
            start, named = k + 1, 0
            continue
        raw = ln.raw
        named += raw.count("lass") + raw.count("LASS")  # Class, class, CLASS: cheap, before any word is read
    return out


def _rows(para: list[Line]) -> tuple[str, list[tuple[str, int, int, int, list[tuple[Token, int]]]]]:
    """The paragraph's words before its first class, and each class it names: (class, its
    line, the span of its ``Class`` there, [(figure, its line)] up to the next class, or,
    where figures stand before the first class, those before it since the last)."""
    words = [(t, ln.no) for ln in para for t in ln.tokens]
    lead: list[str] = []
    first: list[tuple[Token, int]] = []  # the figures before the first class
    rows: list[tuple[str, int, int, int, list[tuple[Token, int]]]] = []
    k = 0
    while k < len(words):
        t, no = words[k]
        named = None
        if t.kind == "word" and t.text.lower() in _CLASS_WORDS and k + 1 < len(words):
            after = words[k + 1][0].text.rstrip(CLAUSE_MARKS)
            named = class_label(after) if after else None
            if named is not None and named.upper() != after.upper():
                named = None
        if named is not None:
            rows.append((named, no, t.start, t.end, []))
            k += 2
            continue
        fig = t if t.kind == "num" else clause_figure(t)
        if fig is not None and k and words[k - 1][0].text.lower() == "per":
            fig = None  # "per $1,000": a unit, no figure
        if fig is not None and _per_unit(words, k):  # "$73.20781855 per $1,000": the figure per $1,000
            fig = Token(f"({fig.text} per $1,000)", fig.start, fig.end, fig.col, fig.colend, fig.kind,
                        fig.value, fig.percent, fig.decimals, fig.number)
            k += 2  # (the unit is no figure)
        if rows and fig is not None:
            rows[-1][4].append((fig, no))
        elif not rows:
            lead.append(t.text)
            first += [(fig, no)] if fig is not None else []
        k += 1
    befores = [first] + [r[4] for r in rows[:-1]]
    if first and rows and all(figs and all(at == row[1] for _, at in figs) for figs, row in zip(befores, rows, strict=True)):
        # figures before each class on its line: each class's figures are printed before it
        # ("$62,000,000 6.620% Asset Backed Notes, Class A-1"), the last class's after it no one's
        rows = [(name, no, start, end, figs) for (name, no, start, end, _), figs in zip(rows, befores, strict=True)]
    return " ".join(lead), rows


# an amount as a sentence or a list prints it: thousands separated, or cents
_AMOUNT: Final = re.compile(r"\(?\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?|\(?\$?\d+\.\d{2,}\)?")
_CLASS_PHRASE: Final = re.compile(r"\b(?:(?:of|for|to|on)\s+)?(?:(?:each|the|every|such)\s+)?class(?:es)?\b", re.I)
_JOINING: Final = frozenset({"on", "the", "to", "for", "of", "and", "is", "are", "was", "were", "as", "follows"})


def _clause_above(w: Walk, para: list[Line]) -> str:
    """The words of the paragraph just above ``para`` (one blank line between) where they end
    in a colon and print no figure: the clause a list of items completes (``(a) The amount
    ... allocable to principal:`` over ``(i) on the Class A-1 Notes, $4,538,884.75``)."""
    k = w.lines.index(para[0])
    above: list[Line] = []
    j = k - 2 if k >= 2 and w.lines[k - 1].blank else -1
    while j >= 0 and not w.lines[j].blank:
        above.insert(0, w.lines[j])
        j -= 1
    text = " ".join(ln.raw.strip() for ln in above)
    return text if text.endswith(":") and not any(ln.values for ln in above) else ""


def measure_words(lead: str) -> str:
    """The words of a sentence before its first class that name what its figures are: its
    item's mark, the words naming the classes (``of each Class``) and the words joining
    them to the classes (``: on the``) left out.

    >>> measure_words("(b) The amount allocable to interest: on the")
    'The amount allocable to interest'
    >>> measure_words("(a) Principal per $1,000 of each Class:")
    'Principal per $1,000'
    """
    words = re.sub(r"\s+(?=[,;:])", "", without_item_marks(_CLASS_PHRASE.sub(" ", lead))).split()
    while words and words[-1].lower().strip(":,;") in _JOINING:
        words.pop()
    return " ".join(words).strip(" :,;")


def _per_unit(words: list[tuple[Token, int]], k: int) -> bool:
    """Do the words after the figure at ``k`` say it is per $1,000 (``per $1,000``)?"""
    return k + 2 < len(words) and words[k + 1][0].text.lower() == "per" and words[k + 2][0].text.rstrip(
        CLAUSE_MARKS).lstrip("$") == "1,000"


def _aside(t: Token) -> bool:
    return t.text.startswith("(") and " per " in t.text.lower()


def class_prose(w: Walk, taken: set[int]) -> list[ClassBlock]:
    """The class tables that paragraphs naming classes make (module docstring); ``taken``:
    the lines of tables already found."""
    if w.rendering == "cells":
        return []
    blocks: list[ClassBlock] = []
    last: tuple[int, str] = (-1, "")  # the last line of the paragraph read last, its section
    for para in _paragraphs(w, taken):
        lead, rows = _rows(para)
        rows = [r for r in rows if r[4]]  # a class named with no figure after it is no row
        if len(rows) < MIN_CLASSES or len({name for name, *_ in rows}) != len(rows):
            continue
        n = len(rows[0][4])
        shape = [_aside(t) for t, _ in rows[0][4]]
        if n == 0 or any(len(r[4]) != n for r in rows[:-1]) or len(rows[-1][4]) < n or any(
                [_aside(t) for t, _ in r[4][:n]] != shape for r in rows):
            continue
        # words among amounts before the first class are other lines' labels, no heading; a
        # list of items under a clause ending in a colon takes that clause's words
        name = "" if any(_AMOUNT.fullmatch(x) for x in lead.split()) else measure_words(lead)
        if not name:
            name = measure_words(_clause_above(w, para))
        # per $1,000 where the words above say so, or the paragraph just above was (blank
        # lines only between): a heading's section runs on over its paragraphs
        between = w.lines[last[0]:para[0].no - 1] if last[0] >= 0 else [para[0]]
        section = last[1] if all(ln.blank for ln in between) else (
            "per1000" if under_per_1000_heading(w, para[0]) else "classes")
        last = (para[-1].no, section)
        columns = [ClassColumn(f"{name} per $1,000" if aside else name, None, "",
                               (FIRST_COL + COL_STEP * k, FIRST_COL + COL_STEP * k + 10))
                   for k, aside in enumerate(shape)]
        block = ClassBlock(section, columns, [para[0].no], header_texts=[name])
        block.found_by = "structure"
        for label, no, start, end, figures in rows:
            cells: list[Token | None] = []
            for k, (tok, at) in enumerate(figures[:n]):
                cells.append(moved(tok, FIRST_COL + COL_STEP * k, at, 10))
            block.rows.append(ClassRow(label, no, cells, (start, end)))
        blocks.append(block)
    return blocks
