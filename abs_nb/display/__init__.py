"""Notebook display of abs_nb objects: static HTML, widgets, offline charts, magics.

Reads the data model only; imported lazily (``import abs_nb`` never imports this package,
and the static HTML of a Filing needs neither IPython nor Altair).

- :mod:`abs_nb.display.filing_html`: ``mimebundle(filing)`` behind ``Filing._repr_mimebundle_``
  (inline styles, fixed ids, everything from the filing escaped, deterministic).
- :mod:`abs_nb.display.charts`: Altair charts of the data model, drawn offline to inline SVG
  with vl-convert (``chart_svg``, ``chart_html``, ``offline``).
- :mod:`abs_nb.display.widgets`: ``explore(filing)``, the ipywidgets app behind
  ``Filing.explore()``.
- :mod:`abs_nb.display.ipython`: the ``%load_ext abs_nb`` magics.
- :mod:`abs_nb.display.comparison`: table and charts of ``abs_nb.compare(...)``.
- :mod:`abs_nb.display.progress`: the ``load_many`` progress in a notebook (one output
  updated in place, left finished with a summary line).
- :mod:`abs_nb.display.styled`: ``filing.style(name)``, a table as a formatted pandas
  ``Styler`` (the DataFrame stays plain numbers).
- ``_format`` (value formatting, ids), ``_html`` (tag builders), ``_panels`` (explorer panels)
  are private helpers shared by the above.
"""
