"""Figures that end a clause of a sentence: the punctuation printed against them.

A report written as prose prints its figures inside sentences (``in the aggregate,
$935,889.39.``, ``a factor of 0.9746153;``). The tokeniser keeps such a word whole; these
read the figure it holds.
"""

from __future__ import annotations

from typing import Final

from abs_nb.parse.tokens import Token, kind_of

#: the punctuation that ends a clause, printed against the figure before it
CLAUSE_MARKS: Final = ",;:."


def clause_figure(t: Token) -> Token | None:
    """A word that is a figure with the punctuation ending a clause printed against it
    (``0.9746153;``, ``$935,889.39.``): that figure, its span the figure's; else None.

    >>> from abs_nb.parse.tokens import line_tokens
    >>> [(f.text, f.number) if f else None for f in map(clause_figure, line_tokens("$935,889.39. 1.00; A-1, 1998,"))]
    [('$935,889.39', 935889.39), ('1.00', 1.0), None, ('1998', 1998.0)]
    """
    text = t.text.rstrip(CLAUSE_MARKS)
    if t.kind != "word" or text == t.text or not text or not (text[0].isdigit() or text[0] in "$."):
        return None
    kind = kind_of(text)
    if kind.kind != "num" or kind.percent:
        return None
    return Token(text, t.start, t.start + len(text), t.col, t.col + len(text), "num", kind.value, False,
                 kind.decimals, kind.number)


__all__ = ["CLAUSE_MARKS", "clause_figure"]
