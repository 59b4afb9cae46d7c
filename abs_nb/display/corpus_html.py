"""Rich display of a :class:`abs_nb.Corpus`: what was loaded, what failed, what was skipped.

Inline styles only, every string from a filing or a path escaped, fixed ids.

>>> import abs_nb
>>> c = abs_nb.load_many("sample_filings/*.txt", progress=False, workers=1)
>>> "2003-HE4" in mimebundle(c)["text/html"]
True
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from abs_nb.display import _format as fmt
from abs_nb.display._html_builders import ROOT, Cell, Html, div, join, section, table

if TYPE_CHECKING:
    from abs_nb.corpus import Corpus

_MAX_ROWS = 50


def corpus_html(corpus: Corpus) -> Html:
    """Filings (first 50), errors and duplicates as inline-styled tables."""
    ft = corpus.filings_table
    # the file's name (its full path as the cell's title) and the trust wrapped: the table fits
    # a notebook column
    rows = [[fmt.text(r.series), fmt.date(r.distribution_date),
             Cell(fmt.text(r.trust), style="white-space:normal;min-width:180px"), fmt.text(r.layout),
             fmt.text(r.checks), Cell(Path(str(r.source)).name, title=fmt.text(r.source))]
            for r in ft.head(_MAX_ROWS).itertuples(index=False)]
    more = f"first {_MAX_ROWS} of {len(ft)}" if len(ft) > _MAX_ROWS else None
    parts = [section(f"{len(corpus)} filings", table([["series", "distribution", "trust", "layout", "checks", "file"]],
                                                     rows), id="abs-nb-corpus-filings", note=more)]
    errors = corpus.errors
    if len(errors):
        parts.append(section(f"{len(errors)} files not read",
                             table([["file", "error", "reason"]],
                                   [[Cell(fmt.text(f), title=fmt.text(s)), fmt.text(t),
                                     Cell(fmt.text(m), style="white-space:normal;min-width:320px")]
                                    for f, s, t, m in errors[["file", "source", "error_type", "reason"]]
                                    .head(_MAX_ROWS).itertuples(index=False)]),
                             id="abs-nb-corpus-errors"))
    dups = corpus.duplicates
    if len(dups):
        parts.append(section(f"{len(dups)} duplicates skipped (same sha256)",
                             table([["source", "same as"]], [[fmt.text(a), fmt.text(b)] for a, b in
                                                             dups.head(_MAX_ROWS).itertuples(index=False)]),
                             id="abs-nb-corpus-duplicates"))
    return div(join(parts), id="abs-nb-corpus", style=ROOT)


def mimebundle(corpus: Corpus) -> dict[str, str]:
    """``text/plain`` (the repr and error list) and ``text/html``."""
    lines = [repr(corpus)]
    for rec in corpus.errors.itertuples(index=False):
        lines.append(f"  not read: {rec.source}: {rec.error_type}")
    return {"text/plain": "\n".join(lines), "text/html": str(corpus_html(corpus))}
