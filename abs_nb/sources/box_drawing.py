"""Tables drawn with box-drawing characters (a text browser's rendering of a web page,
``┌──┬──┐`` / ``│A-1│1,000.00│``) printed as the same table ruled in ASCII: every vertical
line a ``|``, every horizontal line a ``-``, every corner or junction a ``+``, one character
for one, so that every line keeps its number and every figure its column. The ASCII box is
read as any fixed-width table ruled so is (its bars part cells, its rules are rules).

>>> print(ascii_box("┌─────┬────────┐\\n│A-1  │1,000.00│\\n└─────┴────────┘"))
+-----+--------+
|A-1  |1,000.00|
+-----+--------+

A box whose bars are drawn with another character (``:====:====:`` over ``: A-1 : 1.00 :``)
is drawn with ``|`` where its rules print that character: :func:`other_bars`.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

#: the Unicode block of box-drawing characters, U+2500 to U+257F
_FIRST: Final = 0x2500
_LAST: Final = 0x257F


def _ascii(ch: str) -> str:
    """The ASCII character drawing the same stroke: a line that runs one way only (``│``,
    ``━``, ``╌``) is a bar or a dash, any other (a corner, a junction, a cross) a ``+``."""
    name = unicodedata.name(ch, "")
    vertical, horizontal = "VERTICAL" in name, "HORIZONTAL" in name
    joins = any(w in name for w in (" AND ", "DOWN", "UP", "LEFT", "RIGHT", "ARC", "DIAGONAL"))
    if vertical and not horizontal and not joins:
        return "|"
    if horizontal and not vertical and not joins:
        return "-"
    return "+"


_TABLE: Final = {code: _ascii(chr(code)) for code in range(_FIRST, _LAST + 1)}
_BOX: Final = re.compile(f"[{chr(_FIRST)}-{chr(_LAST)}]")


def has_box_drawing(text: str) -> bool:
    """``text`` holds a box-drawing character (looked for in its first 20,000 characters:
    a report draws its first table near its top).

    >>> has_box_drawing("│A-1│"), has_box_drawing("|A-1|")
    (True, False)
    """
    return _BOX.search(text, 0, 20000) is not None


def ascii_box(text: str) -> str:
    """``text`` with every box-drawing character drawn in ASCII (see the module docstring)."""
    return text.translate(_TABLE)


# a rule of a box whose bars are another character than | or +: runs of = or - parted by
# one same character (not a letter, digit, space, | or +), which opens and closes the line
_OTHER_RULE_LINE: Final = re.compile(r"[ \t]*([^\w\s|+=-])(?:[=-]{3,}\1)+[ \t]*")
_OTHER_RULE: Final = re.compile(f"^{_OTHER_RULE_LINE.pattern}$", re.M)  # (one such line in a text)


def has_other_bars(text: str) -> bool:
    """Does ``text`` draw a box with bars of another character (see :func:`other_bars`)?

    >>> has_other_bars(":=====:====:\\n: A-1 : 1.0 :"), has_other_bars("Time: 14:22:07")
    (True, False)
    """
    return _OTHER_RULE.search(text) is not None


def _edged(line: str, bar: str, at: list[int]) -> bool:
    """Does ``line`` print ``bar`` at a box's edges, the first and last of ``at``?"""
    return len(line) > at[-1] and line[at[0]] == bar and line[at[-1]] == bar


def other_bars(text: str) -> str:
    """``text`` with each box drawn with another bar character drawn with ``|``: the box is
    a rule (:data:`_OTHER_RULE`) and the lines above and below it that print the rule's
    character where the rule's first and last stand (its edges); on each, the character
    becomes ``|`` where the rule prints it, nowhere else (``14:22:07`` in a cell stays).
    Every line keeps its number and every figure its column.

    >>> print(other_bars(":=====:======:\\n: A-1 :  1.00:\\n: 12:30 PM   :\\nTime: 14:22"))
    |=====|======|
    | A-1 |  1.00|
    | 12:30 PM   |
    Time: 14:22
    """
    lines = text.split("\n")
    done: set[int] = set()
    for k, rule in enumerate(lines):  # (line by line: linear in the text, however many boxes)
        m = None if k in done else _OTHER_RULE_LINE.fullmatch(rule)
        if m is None:
            continue
        bar = m.group(1)
        at = [i for i, ch in enumerate(rule) if ch == bar]
        top = k
        while top > 0 and _edged(lines[top - 1], bar, at):
            top -= 1
        end = k + 1
        while end < len(lines) and _edged(lines[end], bar, at):
            end += 1
        for j in range(top, end):
            chars = list(lines[j])
            for i in at:
                if chars[i] == bar:
                    chars[i] = "|"
            lines[j] = "".join(chars)
            done.add(j)
    return "\n".join(lines)
