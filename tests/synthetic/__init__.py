"""Synthetic report layouts from known values: the yardstick of issue #14.

:mod:`.deal` draws the values, :mod:`.words` holds the spellings, :mod:`.render` prints
tables, :mod:`.generate` makes one document per seed, :mod:`.evaluate` scores the parser
(``python -m tests.synthetic.evaluate --help``).
"""
