"""A figure that was printed and not read is a failed check, wherever it stands.

The parse lists what it did not place in ``unmapped``. Most of that is text this library
does not map (a label not in the vocabulary, with its figures): listed, not a failure. A
row of ``unmapped`` fails the ``unread_figure`` check when it shows a figure that was
meant to be read and could not be:

- a damaged figure (:func:`abs_nb.parse.leftovers.garbled_figure`: a letter or a footnote
  mark in it, ``481,28O``, ``481,281*``) in its label or its values;
- a label that is a known line once the figure-like words that ended up in it are taken
  out (``Sched Prin 481,`` with ``281`` as its first value: a figure split by a blank);
- a known line with more values than its columns, one of them a footnote mark
  (``481,281 (1)``).

>>> from abs_nb.parse.assemble import Parsed
>>> from abs_nb.checks._core import Context
>>> cx = Context(Parsed(unmapped=[(219, "Sched Prin 481,281*", ["323,393", "804,675"], "label not in the vocabulary"),
...                               (12, "P & S Agreement Date: May 31,", ["1999"], "label not in the vocabulary")]))
>>> figures(cx)
>>> [(r.check, r.subject, r.status, r.lines) for r in cx.rows]
[('unread_figure', 'Sched Prin', 'fail', [219])]
"""

from __future__ import annotations

import math
import re

from abs_nb.checks._core import Context
from abs_nb.parse.classes import CheckRow
from abs_nb.parse.leftovers import GARBLED, STAND_IN, garbled_figure
from abs_nb.parse.pieces import UNPROVEN_COLUMN
from abs_nb.parse.spelling import class_key
from abs_nb.parse.statuses import status_and_measure
from abs_nb.parse.vocabulary import vocabulary

# the report sections a label may belong to (the vocabulary's scopes), and the targets of a
# line that carries figures
_SECTIONS = ("pool", "classes", "delinquency", "per1000", "shortfall", "*")
_LINE_TARGETS = ("collateral", "deal", "class_line", "group", "classes", "delinquency")
# a word of a label that is part of a figure: "481," (a group cut off by a blank), "$1,2", "0"
_FIGURE_PART = re.compile(r"[$(]?\d{1,3}(?:,\d{3})*,?(?:\.\d*)?\)?%?|[$(]?\d+\.\d*\)?%?")
# a footnote printed against a figure: (1), [2], 3), *, †
_FOOTNOTE = re.compile(r"[(\[]?\d{1,2}[)\]]|[*\u2020\u2021#\u00a7]+")
_COUNT_MISMATCH = ("values for", "expected one value")
# letters read for a digit that no class or label is named by alone ("S" or "B" may be classes)
_DIGIT_LOOKALIKES = frozenset({"O", "o", "l"})


def _damaged(word: str) -> bool:
    """``word`` is a misprinted figure, or ends in one printed against a label's last
    character (``Fee)2,658,758*``)."""
    return garbled_figure(word) or garbled_figure(_AFTER_LABEL.split(word)[-1])


_AFTER_LABEL = re.compile(r"[):]")


def _known_line(label: str) -> bool:
    """``label`` is a line of figures the vocabulary knows, in some section, or one
    delinquency figure's (its status and measure)."""
    v = vocabulary()
    return any(v.lookup(label, sec, _LINE_TARGETS) is not None for sec in _SECTIONS) or \
        status_and_measure(label) is not None


def _known_head(words: list[str]) -> tuple[str, str] | None:
    """(known label, the words after it) when ``words`` end in figure-like words (a
    figure's part, or a letter or mark standing where a figure belongs) that, taken out,
    leave a line the vocabulary knows."""
    cut = len(words)
    while cut > 0 and (_FIGURE_PART.fullmatch(words[cut - 1]) or garbled_figure(words[cut - 1])
                       or STAND_IN.fullmatch(words[cut - 1])):
        cut -= 1
    if cut == len(words) or cut == 0:
        return None
    head = " ".join(words[:cut])
    return (head, " ".join(words[cut:])) if _known_line(head) else None


def _why(label: str, values: list[str], reason: str, classes: set[str]) -> tuple[str, str] | None:
    """(the line's label, what was printed and not read) when the row shows a figure meant
    to be read; None for text this library does not map."""
    words = label.split()
    if reason == GARBLED:
        return label or "figure", f"{' '.join(values)!r} cannot be read as a figure"
    damaged = [t for t in words + values if _damaged(t)]
    if damaged:
        cut = next((i for i, w in enumerate(words) if _damaged(w)), len(words))
        return " ".join(words[:cut]) or label or "figure", f"{damaged[0]!r} cannot be read as a figure"
    if reason == UNPROVEN_COLUMN and not any(ch.isdigit() for ch in label.partition("[")[2]):
        # its column_role check (warn) says why the column is not read; a header holding a
        # figure is a row of figures taken for a header, read below as a class row not read
        return None
    if words and (class_key(words[0]) in classes or class_key(label) in classes):
        # a row of a class of the class table, not read into it
        return words[0], f"figures of class {words[0]} not read into the class table ({' '.join(values)!r})"
    if words and values and all(STAND_IN.fullmatch(w) or _FIGURE_PART.fullmatch(w) for w in words) \
            and any(STAND_IN.fullmatch(w) and (w in _DIGIT_LOOKALIKES or not w.isalpha()) for w in words):
        # no label: a letter or mark where the line's first figure belongs ("O  0  0")
        return label, f"{label!r} where a figure belongs, before the figures {' '.join(values)!r}"
    known = _known_head(words)
    if known is not None and values:
        return known[0], f"{known[1]!r} where a figure belongs: the line's figures {' '.join(values)!r} were not read"
    if any(m in reason for m in _COUNT_MISMATCH) and label and any(_FOOTNOTE.fullmatch(x) for x in values) \
            and _known_line(label):
        marks = [x for x in values if _FOOTNOTE.fullmatch(x)]
        return label, f"a footnote mark {marks[0]!r} among the figures {' '.join(values)!r}: none was read"
    return None


def figures(cx: Context) -> None:
    """One failed ``unread_figure`` check per ``unmapped`` row that shows a figure meant to
    be read (see the module's rules), naming its line and what was printed; a misprinted
    figure the sweep listed apart is not reported twice when its line's row already is."""
    classes = {class_key(c) for c in cx.p.class_order}
    found = [(u, _why(u[1], list(u[2]), u[3], classes)) for u in cx.p.unmapped]
    shown: dict[int, str] = {}
    for (line, label, values, reason), why in found:
        if why is not None and reason != GARBLED:
            shown[line] = shown.get(line, "") + " " + label + " " + " ".join(values)
    for (line, label, values, reason), why in found:
        if why is None or (reason == GARBLED and all(v in shown.get(line, "") for v in values)):
            continue
        subject, detail = why
        cx.rows.append(CheckRow("unread_figure", subject, math.nan, math.nan, "fail",
                                f"line {line}: {detail}; its value is not in the tables (printed: "
                                f"{(label + ' ' + ' '.join(values)).strip()!r})", [line]))
