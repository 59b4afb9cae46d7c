"""A base for the parser's small records (cells, rows, placed values, check rows).

They are plain classes with an ``__init__`` of their own rather than dataclasses: compiled
with mypyc (``setup.py``) a dataclass still builds each instance through the interpreted
``__init__`` that :mod:`dataclasses` generates, and the parser builds hundreds per filing.
They show, compare and pickle by their fields, as dataclasses do.

>>> class Point(Record):
...     _fields = ("x", "y")
...     def __init__(self, x: int, y: int) -> None:
...         self.x, self.y = x, y
>>> Point(1, 2), Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1)
(Point(x=1, y=2), True, False)
>>> p = Point(float("nan"), 2)
>>> p == p  # a field compares equal to itself first, as in a dataclass
True
"""

from __future__ import annotations

from typing import ClassVar


class Record:
    """Fields named in ``_fields``; ``repr`` and ``==`` use them."""

    _fields: ClassVar[tuple[str, ...]] = ()

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({shown})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        # tuples compare items by identity first, as dataclasses do: a record holding NaN
        # equals itself
        return tuple([getattr(self, n) for n in self._fields]) == tuple([getattr(other, n) for n in self._fields])

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: unhashable

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        # pickled as the call that rebuilds it (process pools and Dask send records across);
        # every subclass's __init__ takes its _fields in order
        return type(self), tuple([getattr(self, name) for name in self._fields])
