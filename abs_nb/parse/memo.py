"""Bounded memos of what the parse works out from a piece of a filing's text.

Reports repeat their labels, and a corpus repeats its trustees' layouts: the kind of a token,
the words of a label, whether a line marks a page are worked out once and then remembered.
Amounts differ from filing to filing, and so do the lines and tokens that print them: a
memo that kept every text it saw would grow with the corpus (a worker parsing 50,000
filings). So every memo keyed by text is a :class:`Memo`, which holds at most ``size``
entries and is emptied when full. A memo's value depends on its key alone, never on
what else the memo holds: what a memo forgets is worked out again, the same.

The sizes keep the texts a corpus's layouts repeat from one filing to the next (the labels
of a few dozen layouts, met again within a few hundred filings) and let the amounts go;
:data:`MEMOS` lists the modules' memos (a vocabulary lists its own: ``Vocabulary.memos``).

>>> kinds = Memo("example", size=2, listed=False)
>>> kinds.get("1,234") is None
True
>>> kinds.put("1,234", "num")
'num'
>>> kinds.get("1,234")
'num'
>>> _ = kinds.put("Balance", "word"), kinds.put("N/A", "na")  # the third emptied it first
>>> len(kinds), kinds.get("1,234")
(1, None)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")

# entries a memo holds at most: the labels and lines of the layouts a worker meets within
# a few hundred filings fit (a token's kind is memoised ~270 times a filing, ~25 of them new)
SIZE: Final = 4096


class Memo(Generic[K, V]):
    """A memo of a function of its key, holding at most ``size`` entries (emptied when full)."""

    __slots__ = ("name", "size", "data")

    def __init__(self, name: str, size: int = SIZE, listed: bool = True) -> None:
        self.name = name
        self.size = size
        # the entries: read as ``memo.data.get(key)`` where a lookup is asked thousands of times
        # a filing (a plain dict lookup, no method call); written only through :meth:`put`
        self.data: dict[K, V] = {}
        if listed:  # a module's memo; an object's own (a vocabulary's) goes with the object
            MEMOS.append(self)

    def get(self, key: K) -> V | None:
        """The value remembered for ``key``, or None."""
        return self.data.get(key)

    def put(self, key: K, value: V) -> V:
        """Remember ``value`` for ``key`` (emptying the memo first when it is full); ``value``."""
        data = self.data
        if len(data) >= self.size:
            data.clear()
        data[key] = value
        return value

    def clear(self) -> None:
        """Forget everything."""
        self.data.clear()

    def __len__(self) -> int:
        return len(self.data)


MEMOS: Final[list[Memo]] = []  # the modules' memos, in the order they were made


__all__ = ["Memo", "MEMOS", "SIZE"]


def memo_text(memo: Memo[str, str], text: str, compute: Callable[[str], str | None]) -> str | None:
    """``compute(text)`` (a name, or None), kept in ``memo`` (None kept as "").

    >>> m: Memo[str, str] = Memo("memo.doctest", listed=False)
    >>> memo_text(m, "a", str.upper), memo_text(m, "b", lambda t: None), m.data
    ('A', None, {'a': 'A', 'b': ''})
    """
    hit = memo.data.get(text)
    if hit is None:
        hit = memo.put(text, compute(text) or "")
    return hit or None
