"""A row's label and its cells: the class a label names (``A-1``, ``Class I - A - 1``, ``B-1 (4)``),
a CUSIP by its shape, and where a fixed-width row's label ends and its cells begin.

>>> from abs_nb.parse.tokens import tokenize_line
>>> split_row(tokenize_line("  Class A-2    1,000.00   CUSIP 123", 1))[0], class_label("Class A-2")
('Class A-2', 'A-2')
"""

from __future__ import annotations

import re
from typing import Final

from abs_nb.parse.line_shapes import is_rule
from abs_nb.parse.memo import Memo, memo_text
from abs_nb.parse.months import month_of
from abs_nb.parse.spelling import (
    TOTAL_KEYS,
    class_key,
    group_name,
    is_item_mark,
    without_item_marks,
    without_note_mark,
)
from abs_nb.parse.statuses import status_of
from abs_nb.parse.tokens import CUSIP, VALUE_KINDS, Line, Token, is_leader
from abs_nb.parse.vocabulary import vocabulary

# a class label: letters, digits and hyphens, a letter among them, at most five parts
_CLASS_LABEL: Final = re.compile(r"^(?:class\s+)?([A-Z0-9]{1,6}(?:\s*-\s*[A-Z0-9]{1,6}){0,4})$", re.I)
_HYPHEN: Final = re.compile(r"\s*-\s*")  # a hyphen and the blanks around it
# the kind of security after a class's name ("Class A-1 Notes"), no part of the name where
# the name holds a figure
#: the kinds of security a class is (a word after its name, or a column's name alone)
SECURITY_KINDS: Final = r"(?:notes?|certificates?|bonds?)"
_SECURITY: Final = re.compile(r"(?<=\S)\s+" + SECURITY_KINDS + "$", re.I)
# a kind of security alone, an aside of a figure in brackets after it ("Certificates (4.05%)")
_KIND_ALONE: Final = re.compile(r"^\s*(" + SECURITY_KINDS + r")\s*(?:\([^()]*\d[^()]*\)\s*)?$", re.I)
# "Class <name> <words saying what kind of certificate it is>"
_DESCRIBED: Final = re.compile(r"^(class\s+\S+)\s+([A-Za-z][A-Za-z\s/-]*)$", re.I)
#: the words a row label describes a class's kind with after its name (singular, lower case)
DESCRIPTION_WORDS: Final = frozenset({
    "senior", "mezzanine", "subordinate", "subordinated", "floating", "fixed", "adjustable", "variable", "rate",
    "sequential", "certificate", "note", "bond", "support", "super", "accretion", "directed", "pass-through",
    "residual", "strip", "auction", "step-up", "fixed-rate", "floating-rate"})


def kind_alone(label: str) -> str | None:
    """The kind of security a label names alone (``CERTIFICATES``, ``Certificates (4.05%)``,
    an aside in brackets left out): beside classes, the class so named; None for any other.

    >>> kind_alone("Certificates (4.05%)"), kind_alone(" Notes "), kind_alone("Class A Certificates")
    ('Certificates', 'Notes', None)
    >>> kind_alone("Notes (Total)")  # an aside of words: a subtotal's

    """
    m = _KIND_ALONE.match(label)
    return m.group(1) if m else None


def class_label(text: str) -> str | None:
    """The class a row label names, spaces around its hyphens dropped, or None.

    >>> class_label("Class I - A - 1"), class_label("M5-B"), class_label("B-IO"), class_label("X")
    ('I-A-1', 'M5-B', 'B-IO', 'X')
    >>> class_label("30-59"), class_label("Fees"), class_label("Total")
    (None, None, None)
    >>> class_label("B-1 (4)"), class_label("B-2(4)"), class_label("CE*")
    ('B-1', 'B-2', 'CE')
    >>> class_label("Class A-1 Notes"), class_label("Total Notes"), class_label("Notes")
    ('A-1', None, None)
    >>> class_label("Charge-offs"), class_label("Write-Downs"), class_label("A-1a")
    (None, None, 'A-1a')
    >>> class_label("Class A-1 Senior Floating"), class_label("Class A Principal Distribution Amount")
    ('A-1', None)
    >>> class_label("CUSIP"), class_label("RATE"), class_label("AIO"), class_label("Class A-2 (Group II)")
    (None, None, 'AIO', 'A-2')
    >>> class_label("(iv) Class A-4 Notes"), class_label("2.9 Class M-5"), class_label("(iv)")
    ('A-4', 'M-5', None)
    >>> class_label("LIBOR"), class_label("WAC"), class_label("25-Sep-06")  # figures' words, a date
    (None, None, None)
    >>> class_label("A-6 (FLT)*"), class_label("A-IO (Sr/IO)"), class_label("Principal (Scheduled)")
    ('A-6', 'A-IO', None)
    """
    return memo_text(_CLASS_LABELS, text, _class_label)


_CLASS_LABELS: Final[Memo[str, str]] = Memo("row_labels.class_label")  # text -> class_label(text), "" for None


def _class_label(text: str) -> str | None:
    name = without_note_mark(without_item_marks(text))  # "(iv) Class A-4 Notes": the item's mark no part
    inner = name[name.rindex("(") + 1:-1].replace(" ", "").replace("/", "") if name.endswith(")") and "(" in name else ""
    if inner and (name[:6].lower() == "class " or len(inner) > 1 and inner.isalpha()):
        # "Class A-1 (Group I)", "A-6 (FLT)": what the class is, in brackets (words, no figure;
        # a letter alone is a tranche's: "A-2(a)")
        name = name[: name.rindex("(")].rstrip()
    described = _DESCRIBED.match(name)
    kinds = [w.lower().rstrip("s") for w in described.group(2).split()] if described else []
    if described and all(k in DESCRIPTION_WORDS for k in kinds):
        name = described.group(1)  # "Class A-1 Senior Floating Rate": the class, then what kind it is
    bare = _SECURITY.sub("", name)
    if bare != name and not any(ch.isdigit() for ch in bare):
        return None  # "Senior Notes": a heading over a kind of notes, no class's row
    m = _CLASS_LABEL.match(bare)
    if not m:
        return None
    label = m.group(1)
    if "-" in label:
        label = _HYPHEN.sub("-", label)
    body = label.replace("-", "")
    if not any(ch.isalpha() for ch in body) or class_key(label) in TOTAL_KEYS:
        return None
    # a word in lower case ("Fees") is no class; a class is upper case, or holds a digit or a hyphen
    if not (label.isupper() or "-" in label or any(ch.isdigit() for ch in label)):
        return None
    if label != label.upper() and "-" not in label:
        return None
    if label != label.upper() and any(len(p) > 3 and not p.isupper() for p in label.split("-")):
        return None  # words joined by a hyphen ("Charge-offs", "Write-down"): a class's parts are short
    if month_of(label) is not None:
        return None  # a date ("25-Sep-06", "JUL-01"): a period's row, no class's
    if "-" not in label and not any(ch.isdigit() for ch in label) and (
            vocabulary().lookup(label, "classes", ("classes",)) or vocabulary().lookup(label, "*", _FIGURES)):
        return None  # a word naming a class table's column ("CUSIP", "RATE") or a figure ("LIBOR", "WAC"): no class
    return label


#: what a label naming a figure of the deal or the pool names (a word so named is no class)
_FIGURES: Final = ("deal", "collateral")


def split_row(line: Line, cells: bool = False) -> tuple[str | None, tuple[int, int] | None, list[Token]]:
    """A row's label, its span, and its cells (every token after it: figures, and words such
    as a CUSIP). In a cell stream the label is the row's label cell; in fixed-width text it is
    the leading tokens less than two columns apart (``Class I - A - 1``, ``Over 89 Days``,
    ``Loan Group 1``) when they name a class or a group or a word ends them, else the
    leading words; a dot leader ends it.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> label, _, cells = split_row(tokenize_line("Repurchases (Section 2.06) ........ 56,124.40", 1))
    >>> label, [t.text for t in cells]
    ('Repurchases (Section 2.06)', ['56,124.40'])
    >>> label, _, cells = split_row(tokenize_line("A-IO* 23061MAF6   6.000%   50,000,000.00", 1))
    >>> label, [t.text for t in cells]
    ('A-IO*', ['23061MAF6', '6.000%', '50,000,000.00'])
    >>> label, _, cells = split_row(tokenize_line("49641QAA2   1-A-1   SSR/FIX   6.25%   180,000,000.00", 1))
    >>> label, [t.text for t in cells]
    ('1-A-1', ['49641QAA2', 'SSR/FIX', '6.25%', '180,000,000.00'])
    >>> split_row(tokenize_line("(iv)   Class A-4 Notes     5.333333    0.000000", 1))[0]
    '(iv) Class A-4 Notes'
    """
    if cells:
        # an empty label cell stands under a cell spanning the rows above it (a group's name
        # over its statuses): the words opening the row's cells, before its figures, label it
        return label_cells(line) if not line.label_tokens else (
            line.label, (line.label_tokens[0].start, line.label_tokens[-1].end), list(line.values))
    tokens = line.tokens
    if not tokens:
        return None, None, []
    if (after := _after_cusip(line)) is not None:
        label, span, rest = after
        return label, span, [tokens[0], *rest]
    # a dot leader ends the label, whatever it holds ("Repurchases (Section 2.06 / 3.17) .....")
    lead = next((j for j in range(1, len(tokens)) if tokens[j].text[:1] == "." and is_leader(tokens[j].text)), 0)
    if lead:
        return (" ".join(t.text for t in tokens[:lead]), (tokens[0].start, tokens[lead - 1].end),
                word_cells(tokens[lead + 1:]))
    k = 1
    while k < len(tokens) and tokens[k].col - tokens[k - 1].colend < 2:
        k += 1
    if k < len(tokens) and tokens[k].kind == "word" and all(t.kind == "word" and is_item_mark(t.text)
                                                            for t in tokens[:k]):
        # an item's marks, then its words two blanks or more apart ("(iv)   Class A-4 Notes"): one label
        k += 1
        while k < len(tokens) and tokens[k].col - tokens[k - 1].colend < 2:
            k += 1
    # a label may hold numbers ("30 to 59 Days", "Over 89 Days", "1 Payment"): the run of
    # tokens less than two columns apart is one when a word ends it
    if tokens[0].kind in VALUE_KINDS:
        if tokens[k - 1].kind in VALUE_KINDS:
            return None, None, list(tokens)
    elif tokens[k - 1].kind in VALUE_KINDS and not class_label(run := " ".join(t.text for t in tokens[:k])) and (
            group_name(run) is None):
        k = 1
        while k < len(tokens) and tokens[k].kind == "word" and tokens[k].col - tokens[k - 1].colend < 2:
            k += 1
    # a dash one blank before a word opens more of the label, no blank figure ("30 TO 59
    # DAYS    - NUMBER   115"): the words after it name the row's measure
    while (k + 1 < len(tokens) and tokens[k].text in _DASHES and tokens[k + 1].kind == "word"
           and tokens[k + 1].col - tokens[k].colend < 2):
        k += 2
        while k < len(tokens) and tokens[k].kind == "word" and tokens[k].col - tokens[k - 1].colend < 2:
            k += 1
    # a CUSIP is a cell, one blank from the class or more ("A-IO* 23061MAF6"): the label ends before it
    k = next((j for j in range(1, k) if len(tokens[j].text) == 9 and CUSIP.match(tokens[j].text)), k)
    k = _second_label(tokens, k)
    label = " ".join(t.text for t in tokens[:k])
    return label, (tokens[0].start, tokens[k - 1].end), word_cells(tokens[k:])


def _second_label(tokens: list[Token], k: int) -> int:
    """Where a row's label ends that prints its words in two columns of labels, the first
    ``tokens[:k]`` a delinquency status, the second what is measured of it
    (``30-59 Days   Loan Count``), every word before every figure. Other words after a
    row's label are its cells (a class's type, a CUSIP)."""
    if k >= len(tokens) or tokens[k].kind != "word" or tokens[k - 1].kind != "word":
        return k
    j = k
    while j < len(tokens) and tokens[j].kind == "word":
        j += 1
    if j == len(tokens) or any(t.kind == "word" for t in tokens[j:]) or not all(
            any(ch.isalpha() for ch in t.text) for t in tokens[k:j]):
        return k  # no figure after the words, words among the figures, or a mark (#, $): cells
    if status_of(" ".join(t.text for t in tokens[:k])) is None or any(CUSIP.match(t.text) for t in tokens[k:j]):
        return k
    return j


def cusip_first(line: Line) -> bool:
    """Does ``line`` print a CUSIP first, then a class (and its cells: ``49641QAA2   1-A-1
    6.25%  ...``)? The class labels the row; the CUSIP is a cell of it.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> [cusip_first(tokenize_line(t, 1)) for t in ("49641QAA2  1-A-1  5.00", "49641QAA2  5.00  6.00")]
    [True, False]
    """
    return _after_cusip(line) is not None


def _after_cusip(line: Line) -> tuple[str, tuple[int, int] | None, list[Token]] | None:
    """Where ``line`` prints a CUSIP first, then a class: the split of the rest of the row
    (:func:`split_row`), its label that class's; else None."""
    tokens = line.tokens
    # (the length first: most rows print no CUSIP)
    if len(tokens) < 2 or len(tokens[0].text) != 9 or tokens[1].kind != "word" or not CUSIP.match(tokens[0].text):
        return None
    label, span, rest = split_row(Line(line.no, line.raw, tokens[1:]))
    return (label, span, rest) if label is not None and class_label(label) is not None else None


_DASHES: Final = frozenset({"-", "\u2013", "\u2014"})  # a dash standing alone: a blank figure, or a label's


def label_cells(line: Line) -> tuple[str | None, tuple[int, int] | None, list[Token]]:
    """A cell row's label cell and the cells of words after it, before its first figure,
    as one label (``Group I | 30 - 59 Days | 71``: a group's cell, then its status's), its
    span and the cells after it.

    >>> from abs_nb.parse.cells import report_lines
    >>> w, _ = report_lines("|Group I|30 - 59 Days|71|11,905.17\\n" + "||60 - 89 Days|28|4,812.45\\n" * 5)
    >>> [label_cells(ln)[0] for ln in w.lines[:2]]
    ['Group I 30 - 59 Days', '60 - 89 Days']
    """
    values = list(line.values)
    k = next((k for k, t in enumerate(values) if t.kind != "word"), 0)
    words = line.label_tokens + values[:k]
    if not words:
        return None, None, values
    return " ".join(t.text for t in words), (words[0].start, words[-1].end), values[k:]


def word_cells(tokens: list[Token]) -> list[Token]:
    """A row's cells: its figures, and its words less than two columns apart joined into one
    cell, as a label's are (a description ``Prepay Penalties`` is one cell, not two), but a
    CUSIP, a cell by its shape (``10742KAA5 SEN``: the CUSIP and the class's type).

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> [t.text for t in word_cells(tokenize_line("10742KAA5 SEN   Prepay Penalties", 1).tokens)]
    ['10742KAA5', 'SEN', 'Prepay Penalties']
    """
    out = list(tokens)
    k = len(out) - 1
    while k > 0:  # right to left, each pair once
        t, last = out[k], out[k - 1]
        if t.kind == "word" and last.kind == "word" and t.col - last.colend < 2 and t.line == last.line and not (
                CUSIP.match(last.text) or CUSIP.match(t.text)):  # a CUSIP is a cell by its shape
            joined = Token(f"{last.text} {t.text}", last.start, t.end, last.col, t.colend, "word")
            joined.line = last.line
            out[k - 1:k + 1] = [joined]
        k -= 1
    return out


def labels_end(rows: list[tuple[str | None, tuple[int, int] | None, list[Token]]], run: list[Line]) -> int | None:
    """The column where the labels of ``run`` (split by :func:`split_row` into ``rows``) end,
    at the widest (None where none is labelled): header words standing left of it head the
    label column, no figures'.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> run = [tokenize_line("  Group 1     10.00", 1), tokenize_line("  Total       10.00", 2)]
    >>> labels_end([split_row(ln) for ln in run], run)
    9
    """
    return max((ln.tokens[0].col + span[1] - span[0] for (_, span, _), ln in zip(rows, run, strict=True)
                if span is not None and ln.tokens), default=None)

Row = tuple[str | None, tuple[int, int] | None, list[Token]]


def numbered_rows(rows: list[Row]) -> list[Row]:
    """Rows split by :func:`split_row` (label, span, cells) whose first cells number them
    from 1 in order, over a Totals row that prints nothing in those numbers' column: each
    labelled by its group (``Group 1``), its number no figure of it; else ``rows`` as they were.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> rows = [split_row(tokenize_line(t, 1)) for t in ("1     14   2,215.18", "2     10   1,894.05", "TOTAL 24   4,109.23")]
    >>> [(label, [c.text for c in cells]) for label, _, cells in numbered_rows(rows)]
    [('Group 1', ['14', '2,215.18']), ('Group 2', ['10', '1,894.05']), ('TOTAL', ['24', '4,109.23'])]
    """
    if len(rows) < 3 or rows[-1][0] is None or class_key(rows[-1][0]) not in TOTAL_KEYS or not rows[-1][2]:
        return rows
    head = rows[:-1]
    if any(label is not None or len(cells) < 2 for label, _, cells in head):
        return rows
    if [cells[0].text for _, _, cells in head] != [str(k) for k in range(1, len(head) + 1)]:
        return rows
    edge = rows[-1][2][0].col  # the numbers' column: left of the Totals row's first figure
    if any(cells[0].colend > edge for _, _, cells in head):
        return rows
    return [(f"Group {cells[0].text}", (cells[0].start, cells[0].end), cells[1:]) for _, _, cells in head] + [rows[-1]]


def unread_rows(lines: list[Line], i: int, unmapped: set[int]) -> list[Line]:
    """The unread rows with no label from ``lines[i]`` on (a rule above their total passed
    over), up to the first other line."""
    out: list[Line] = []
    while i < len(lines) and (is_rule(lines[i]) and out or lines[i].no in unmapped and split_row(lines[i])[0] is None):
        if not is_rule(lines[i]):
            out.append(lines[i])
        i += 1
    return out
