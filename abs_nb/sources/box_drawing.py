"""Tables drawn with box-drawing characters (a text browser's rendering of a web page,
``┌──┬──┐`` / ``│A-1│1,000.00│``) printed as the same table ruled in ASCII: every vertical
line a ``|``, every horizontal line a ``-``, every corner or junction a ``+``, one character
for one, so that every line keeps its number and every figure its column. The ASCII box is
read as any fixed-width table ruled so is (its bars part cells, its rules are rules).

>>> print(ascii_box("┌─────┬────────┐\\n│A-1  │1,000.00│\\n└─────┴────────┘"))
+-----+--------+
|A-1  |1,000.00|
+-----+--------+
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
