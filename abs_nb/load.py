"""The pipeline behind :func:`abs_nb.load`: source -> text -> walk -> tables -> checks.

>>> import abs_nb
>>> f = abs_nb.load("sample_filings/001_21e012ce03d1908d.txt")
>>> f.meta["series"], str(f.meta["distribution_date"])
('2003-HE4', '2003-11-17')
>>> f.checks.query("check == 'per_1000_alignment'")["status"].tolist()
['repaired']
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any, Final

from abs_nb import checks as checks_pkg
from abs_nb.checks.metadata import distribution_date as distribution_date_check
from abs_nb.collector import gc_paused
from abs_nb.errors import AbsNbError, NoSuchStatement, NotADistributionReport, detached
from abs_nb.line_moves import printed_lines
from abs_nb.model import Filing
from abs_nb.parse import classes as classes_mod
from abs_nb.parse.assemble import assemble, line_starts
from abs_nb.parse.engine import walk
from abs_nb.parse.layout_family import detect_layout
from abs_nb.parse.meta import extract, form_of
from abs_nb.sources import SourceText, read_source, read_text
from abs_nb.sources.box_drawing import ascii_box, has_box_drawing, has_other_bars, other_bars
from abs_nb.sources.csv_cells import csv_columns, is_csv_export
from abs_nb.sources.figures_first import words_first
from abs_nb.sources.gutter_panels import panels_apart
from abs_nb.sources.html_exhibit import html_to_text
from abs_nb.sources.pipe_cells import is_pipe_table, pipe_columns
from abs_nb.sources.reader import DEFAULT_MAX_BYTES
from abs_nb.sources.slash_pairs import pairs_apart
from abs_nb.sources.statements import Statement, split_statements
from abs_nb.sources.tab_cells import is_tab_delimited, tab_columns
from abs_nb.statement_pick import pick, relocate


def load(source: Any, *, max_bytes: int = DEFAULT_MAX_BYTES, statement: int | None = None,
         series: str | None = None) -> Filing:
    """Parse one distribution report.

    ``source``: a path (``str`` or ``pathlib.Path``), an open file, ``bytes``, the report
    text itself, or an EDGAR full-submission ``.txt`` (the distribution-report exhibit is
    picked and the SEC header read). Raises an :class:`abs_nb.AbsNbError` subclass when the
    input is not a readable distribution report. The cyclic garbage collector is paused
    while it runs (:mod:`abs_nb.collector`).

    A document holding the statements of several series (a master servicer's exhibit)
    raises :class:`~abs_nb.errors.MultipleStatements` unless one is picked:
    ``statement=N`` (1-based) or ``series="2003-HE2"``; :func:`abs_nb.load_many` reads
    them all. A pick that names no statement raises :class:`~abs_nb.errors.NoSuchStatement`.
    """
    with gc_paused():
        return parse_source(read_source(source, max_bytes=max_bytes), statement=statement, series=series)


def load_text(text: str, *, name: str = "<text>", statement: int | None = None,
              series: str | None = None) -> Filing:
    """Parse report text given as a string (never taken for a path); ``statement`` and
    ``series`` as for :func:`load`."""
    with gc_paused():
        return parse_source(read_text(text, name=name), statement=statement, series=series)


def load_statements(source: Any, *, max_bytes: int = DEFAULT_MAX_BYTES,
                    only: Collection[int] | None = None) -> list[Filing | AbsNbError]:
    """Every statement of a document, in order (those numbered in ``only``, from 1, when
    given): a :class:`Filing` or the error of each (one for a document holding one
    statement). Errors reading the source itself are raised."""
    with gc_paused():
        src = read_source(source, max_bytes=max_bytes)
        text = report_text(src)
        parts = split_statements(text)
        out: list[Filing | AbsNbError] = []
        for part in parts:
            if only is not None and part.number not in only:
                continue
            try:
                out.append(_parse(src, text, part if len(parts) > 1 else None, len(parts)))
            except AbsNbError as err:
                out.append(detached(err))
        return out


def report_text(src: SourceText) -> str:
    """The report text of a source: an HTML exhibit rendered as its table rows (one line
    each), a text whose tables part their cells by tabs or are pipe tables with those tables laid out in
    columns (a spreadsheet's CSV export too), tables drawn with box-drawing characters drawn in ASCII, panels
    printed side by side one after the other, two figures parted by a slash in a cell set
    apart, lines printing figures before their words printed words first; that rendering
    is the report text every line number refers to."""
    if src.meta.get("document_format") == "html":
        return html_to_text(src.text)
    text = ascii_box(src.text) if has_box_drawing(src.text) else src.text
    text = other_bars(text) if has_other_bars(text) else text
    text = panels_apart(text)  # (the text as it is where no panels stand side by side)
    text = next((columns(text) for renders, columns in _LAID_OUT if renders(text)), text)
    return words_first(pairs_apart(text))  # (the text as it is where no such shape is printed)


# the texts whose tables' cells do not line up, and how each is laid out in columns
_LAID_OUT: Final = ((is_csv_export, csv_columns), (is_tab_delimited, tab_columns), (is_pipe_table, pipe_columns))


# searched in the lower-cased text (re.IGNORECASE makes the engine try every position); in
# the text as printed, ignoring case, only when the text is not ASCII, where the two differ
_REPORT_WORDS = re.compile(
    r"certificateholder|cerificateholder|noteholder|distribution date|payment date|pass-through"
    r"|asset[- ]backed|home equity|servicing certificate|monthly (?:servicer|statement|report)"
    r"|(?:loan|receivables|card|equity) (?:master )?trust"
)
_REPORT_WORDS_ANY_CASE = re.compile(_REPORT_WORDS.pattern, re.I)


def _looks_like_a_report(text: str, meta: dict[str, Any]) -> bool:
    """Words and metadata of a trust's periodic report, even when no table was read."""
    if not (meta.get("series") or meta.get("distribution_date")):
        return False
    head = text[:200_000]
    return bool(_REPORT_WORDS.search(head.lower()) or (not head.isascii() and _REPORT_WORDS_ANY_CASE.search(head)))


def parse_source(src: SourceText, *, statement: int | None = None, series: str | None = None) -> Filing:
    """Parse an already-read :class:`~abs_nb.sources.SourceText` (one statement of it:
    ``statement`` and ``series`` as for :func:`load`)."""
    text = report_text(src)
    parts = split_statements(text)
    part = pick(parts, statement, series, src.name, src.line_offset)
    if len(parts) > 1:
        return _parse(src, text, part, len(parts))
    filing = _parse(src, text, None, 1)
    if series is not None and str(filing.meta.get("series") or "").upper() != series.strip().upper():
        raise NoSuchStatement(f"a statement of series {series!r}",
                              f"one statement, of series {filing.meta.get('series')!r}", source=src.name)
    return filing


def _parse(src: SourceText, document: str, part: Statement | None, count: int) -> Filing:
    """Parse the whole report text ``document``, or its statement ``part`` (one of
    ``count``): its values' lines and offsets are then those of ``document``."""
    text = document if part is None else part.text_of(document)
    w = walk(text)
    ct = classes_mod.build(w.class_blocks)
    starts = line_starts(text)
    if w.printed is not None:  # panes restacked: each line's figures at their printed offsets
        starts = [starts[n - 1] for n in w.printed]
    parsed = assemble(w, ct, starts)
    meta = extract(text, w.servicer_groups, src.meta.get("cover_parties"))
    if parsed.empty and not _looks_like_a_report(text, meta):
        raise NotADistributionReport(
            "a distribution report (a class table, pool figures or deal lines)",
            "no table or labelled figure this library knows"
            + (f"; {len(parsed.unmapped)} unrecognised labelled numbers" if parsed.unmapped else ""),
            source=src.name if part is None else f"{src.name}, statement {part.number} of {count} ({part.series})",
            line=src.line_offset + (1 if part is None else part.first_line),
            hint="see abs_nb/parse/fields.csv for the labels that are understood",
        )
    container = dict(src.meta)
    meta.update(
        {
            # a statement of several in one document is filed with the document's form
            "form": container.get("form") or meta.get("form") or (form_of(document) if part is not None else None),
            "accession": container.get("accession"),
            "cik": container.get("cik"),
            "filed": container.get("filed"),
            "source": src.name,
            "sha256": src.sha256,
            "container": src.container,
            "encoding": src.encoding,
            "layout": detect_layout(text),
            "rendering": w.rendering,
            "statement": None if part is None else part.number,
        }
    )
    if part is not None and part.series:
        # a statement of several is the series the document names it by, whatever series
        # a line of it quotes first (the statement before it closing: "END OF SERIES 1996-4")
        meta["series"] = part.series
    rows, members = checks_pkg.run(parsed, w.report_end, w.rendering)
    rows.extend(distribution_date_check(meta))
    if w.printed is not None:
        rows = printed_lines(parsed, rows, w.printed)
    if part is not None:
        rows = relocate(parsed, rows, part)
    return Filing(meta, parsed, rows, members, document)


__all__ = ["load", "load_statements", "load_text", "parse_source", "report_text"]
