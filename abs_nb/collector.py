"""The cyclic garbage collector paused while a filing is parsed.

A parse builds many container objects (tokens, lines, cells) and leaves no reference cycles
(``tests/corpus/test_load_engines.py`` checks it), so nothing waits for the collector; with it
running, its passes would walk the parse's young objects again and again, and now and then every
object the session holds (the imported libraries, each filing loaded so far). Paused, one
pass at most follows the parse. The collector's state is restored however the block ends.

>>> import gc
>>> with gc_paused():
...     gc.isenabled()
False
>>> gc.isenabled()
True
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """The collector off inside the block, and back on after it only if it was on before
    (a caller who switched it off keeps it off)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


__all__ = ["gc_paused"]
