"""Notebook display of abs_nb objects: static HTML, widgets, offline charts, magics.

Reads the data model only; imported lazily (``import abs_nb`` never imports this package).
"""
