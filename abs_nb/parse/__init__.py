"""The parsing core: text -> tokens -> walk -> class tables -> :class:`~abs_nb.parse.assemble.Parsed`.

It knows nothing of IPython or HTML. Its modules are compiled with mypyc when the package is
installed (``setup.py``); :func:`compiled` tells which parser this install runs.
"""

from __future__ import annotations


def compiled() -> bool:
    """True when the parser runs as mypyc-compiled extension modules, False for pure Python.

    >>> from abs_nb.parse import compiled
    >>> compiled()  # doctest: +SKIP
    True
    """
    from abs_nb.parse import engine

    return not str(engine.__file__).endswith(".py")
