"""A report's own legend: the codes heading its columns, explained in words.

Some reports head their columns with short codes (``BB``, ``PD``, ``EB``) and explain them in
a legend near the table (``BB = Beginning Certificate Principal Balance``, several to a
line). A column headed by a code the report explains is named by the explanation's words, an
aside in brackets left out (``Realized Loss (Class X: O/C reduction)`` is ``Realized Loss``):
the words are then hints, as any header's, that the identities prove or not. Where a code is
explained twice in different words, the explanation nearest below the table's header names
its column (a legend follows its table), else the nearest above.

>>> from abs_nb.parse.tokens import tokenize_line
>>> lines = [tokenize_line("  Legend:  BB = Beginning Balance    PD = Principal Distributed (as above)", 7)]
>>> legend_of(lines)
{'BB': [(7, 'Beginning Balance')], 'PD': [(7, 'Principal Distributed')]}
>>> explained("PD", 3, legend_of(lines))
'Principal Distributed'
"""

from __future__ import annotations

import math
import re
from typing import Final

from abs_nb.parse.pieces import CheckRow, ClassBlock, Walk
from abs_nb.parse.tokens import Line

Legend = dict[str, list[tuple[int, str]]]

#: a code (capitals, a digit or ``/`` among them, one to five characters) explained by the
#: words after its ``=``, up to the next code explained on the line or the line's end
_ENTRY: Final = re.compile(
    r"(?<![\w=/])([A-Z][A-Z0-9/]{0,4})[ \t]*=[ \t]+([A-Za-z][^=]*?)(?=[ \t]{2,}[A-Z][A-Z0-9/]{0,4}[ \t]*=[ \t]|[ \t]{2,}\(|$)")
_ASIDE: Final = re.compile(r"\s*\([^)]*\)?")


def legend_of(lines: list[Line]) -> Legend:
    """Every code a line of the report explains (module docstring): the code's explanations,
    each with its line, in the report's order."""
    out: Legend = {}
    for ln in lines:
        if "=" not in ln.raw or ln.values and not any(t.kind == "word" for t in ln.tokens):
            continue
        for m in _ENTRY.finditer(ln.raw):
            words = " ".join(_ASIDE.sub(" ", m.group(2)).split()).rstrip(" ;,.")
            if words and any(ch.isalpha() for ch in words):
                out.setdefault(m.group(1), []).append((ln.no, words))
    return out


def explained(code: str, line: int, legend: Legend) -> str | None:
    """The words explaining ``code`` for a column whose header stands on ``line``: the one
    explanation, or, of several that differ, the nearest below, else the nearest above."""
    found = legend.get(code.strip())
    if not found:
        return None
    if len({words for _, words in found}) == 1:
        return found[0][1]
    below = [(no, words) for no, words in found if no >= line]
    return below[0][1] if below else found[-1][1]


def explain_columns(w: Walk, blocks: list[ClassBlock]) -> None:
    """Name each column of ``blocks`` that no word of the vocabulary named and whose header
    is a code the report's legend explains by the legend's words (module docstring); one
    ``column_legend`` check a table says so."""
    legend: Legend | None = None
    for b in blocks:
        top = b.header_lines[0] if b.header_lines else (b.rows[0].line if b.rows else 0)
        done = []
        for c in b.columns:
            if c.field is not None or not c.printed or len(c.printed) > _CODE_MAX or " " in c.printed.strip():
                continue
            if legend is None:
                legend = legend_of(w.lines)
                if not legend:
                    return
            words = explained(c.printed, top, legend)
            if words is not None:
                done.append(f"{c.printed.strip()} = {words}")
                c.printed = words
        if done:
            w.checks.append(CheckRow("column_legend", f"class table at line {top}", math.nan, math.nan, "pass",
                                     "columns headed by codes the report's legend explains, named by its words "
                                     f"(hints the identities prove or not): {'; '.join(done)}", [top]))


_CODE_MAX: Final = 5  # the longest code a legend explains
