"""The pipeline behind :func:`abs_nb.load`: source -> text -> walk -> tables -> checks.

>>> import abs_nb
>>> f = abs_nb.load("sample_filings/001_21e012ce03d1908d.txt")
>>> f.meta["series"], str(f.meta["distribution_date"])
('2003-HE4', '2003-11-17')
>>> f.checks.query("check == 'per_1000_alignment'")["status"].tolist()
['repaired']
"""

from __future__ import annotations

from typing import Any

from abs_nb import checks as checks_pkg
from abs_nb import metrics as metrics_mod
from abs_nb.checks._core import Context
from abs_nb.errors import NotADistributionReport
from abs_nb.model import Filing, Meta
from abs_nb.parse import classes as classes_mod
from abs_nb.parse.assemble import assemble
from abs_nb.parse.engine import walk
from abs_nb.parse.layouts import detect_layout
from abs_nb.parse.meta import extract
from abs_nb.sources import SourceText, read_source, read_text
from abs_nb.sources.reader import DEFAULT_MAX_BYTES


def load(source: Any, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Filing:
    """Parse one distribution report.

    ``source``: a path (``str`` or ``pathlib.Path``), an open file, ``bytes``, the report
    text itself, or an EDGAR full-submission ``.txt`` (the distribution-report exhibit is
    picked and the SEC header read). Raises an :class:`abs_nb.AbsNbError` subclass when the
    input is not a readable distribution report.
    """
    return parse_source(read_source(source, max_bytes=max_bytes))


def load_text(text: str, *, name: str = "<text>") -> Filing:
    """Parse report text given as a string (never taken for a path)."""
    return parse_source(read_text(text, name=name))


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def parse_source(src: SourceText) -> Filing:
    """Parse an already-read :class:`~abs_nb.sources.SourceText`."""
    text = src.text
    w = walk(text)
    ct = classes_mod.build(w.class_blocks)
    a = assemble(w, ct, _line_starts(text))
    found = len(a.classes) + len(a.collateral) + len(a.delinquency) + len(a.deal)
    if found == 0:
        raise NotADistributionReport(
            "a distribution report (a class table, pool figures or deal lines)",
            "no table or labelled figure this library knows"
            + (f"; {len(a.unmapped)} unrecognised labelled numbers" if len(a.unmapped) else ""),
            source=src.name,
            line=src.line_offset + 1,
            hint="see abs_nb/parse/fields.csv for the labels that are understood",
        )
    meta = extract(text, w.servicer_groups)
    container = dict(src.meta)
    meta.update(
        {
            "form": container.get("form") or meta.get("form"),
            "accession": container.get("accession"),
            "cik": container.get("cik"),
            "filed": container.get("filed"),
            "source": src.name,
            "sha256": src.sha256,
            "container": src.container,
            "encoding": src.encoding,
            "layout": detect_layout(text),
        }
    )
    cx = Context(a.classes, a.totals, a.collateral, a.delinquency, a.deal, a.decimals, a.provenance)
    check_table, members = checks_pkg.run(cx, a.problems, w.report_end)
    classes = a.classes
    if len(members.columns):
        key = next((c for c in ("ending_balance", "original_balance", "beginning_balance") if c in members), members.columns[0])
        classes["in_totals"] = members[key].reindex(classes.index).fillna(False).astype(bool)
    mbg = metrics_mod.compute(a.collateral, a.delinquency, a.deal, classes)
    return Filing(
        meta=Meta(meta),
        classes=classes,
        totals=a.totals,
        collateral=a.collateral,
        delinquency=a.delinquency,
        deal=a.deal,
        checks=check_table,
        unmapped=a.unmapped,
        source_text=text,
        provenance=a.provenance,
        metrics_by_group=mbg,
        totals_membership=members,
    )


__all__ = ["load", "load_text", "parse_source"]
