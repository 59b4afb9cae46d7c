"""Is anything missing? Sections a distribution report prints, and rows cut short."""

from __future__ import annotations

import math
import re

from abs_nb.checks._core import Context
from abs_nb.parse.classes import CheckRow


def sections(cx: Context, report_end: int | None, rendering: str = "fixed-width") -> None:
    p = cx.p
    parts = {"classes": len(p.classes), "collateral": len(p.collateral), "delinquency": len(p.delinquency), "deal": len(p.deal)}
    missing = [k for k, n in parts.items() if n == 0]
    if len(missing) == len(parts) and rendering == "collapsed":
        cx.rows.append(CheckRow("sections", "all", math.nan, math.nan, "fail",
                                "the text is whitespace-collapsed (each table flattened into one line), so "
                                "its columns cannot be told apart: only the metadata is read; the labelled "
                                "numbers are listed in unmapped", []))
        return
    if len(missing) == len(parts):
        cx.rows.append(CheckRow("sections", "all", math.nan, math.nan, "fail",
                                "the text reads as a distribution report (its metadata is kept) but no class "
                                "table, pool, delinquency or deal figure was recognised: the text may end before "
                                "its tables, or its layout is not understood yet; labelled numbers are listed in unmapped", []))
        return
    if missing:
        cx.rows.append(CheckRow("sections", ", ".join(missing), math.nan, math.nan, "warn",
                                "not found in the report" + ("" if report_end else "; the report text ends before its closing section, so it may be truncated"),
                                []))
    if report_end is None and parts["classes"]:
        cx.rows.append(CheckRow("truncated", "report", math.nan, math.nan, "warn",
                                "no closing section (SIGNATURES) found: the text may be cut short", []))


# a number that is not a figure of the report (the reader does not keep it by design)
_IDENTIFIER = re.compile(r"[$(]?\d[\d,.]*[A-Za-z][\w-]*|[A-Za-z]+[\w-]*\d[\w-]*")  # CUSIP 04541GQM7
_MARK = re.compile(r"[(\[]\d{1,2}[)\]]")  # a footnote or line reference: (1), [2]
_GROUPED = re.compile(r"[$(-]?\$?\d{1,3}(,\d{3})+(\.\d+)?\)?%?")
_YEAR = re.compile(r"(19|20)\d\d")
_ZIP = re.compile(r"\d{5}(-\d{4})?")
# the end of a place before a ZIP code: "City, State" or a state's two letters (MD, D. C.)
_PLACE = re.compile(r"(,\s*[A-Z][\w.]*(\s+[A-Z][\w.]*)*|\b[A-Z]\.?\s?[A-Z]\.?)$")
# words before a number that names a part of a document or a thing, not an amount:
# "Exhibit 99.1", "Items 1,2,4,5", "Section 4.02", "Page 2", "Pool# 4173", "No. 3"
_NAMING = re.compile(r"(?:\b(?:exhibit|items?|sections?|pages?|part|article|schedule|form|rule)|#|\bno\.)\s*:?$",
                     re.IGNORECASE)


def is_figure(value: str, label: str = "") -> bool:
    """Is ``value``, printed after ``label``, a figure of the report (an amount, rate, count)
    rather than a number the reader does not keep by design: an identifier (CUSIP), a
    footnote mark, a date or a year, a list of item numbers (``1,2,4,5``), a ZIP code after
    a place (``Frederick, MD 21703``), or a number naming a part of the document
    (``Exhibit 99.1``, ``Pool# 4173``)?

    >>> [is_figure(v) for v in ("$1,250,000.00", "0.00", "6.65125%", "27", "04541GQM7", "(1)", "1999", "12/31/2007")]
    [True, True, True, True, False, False, False, False]
    >>> is_figure("1,2,4,5", "Items"), is_figure("21703", "Frederick, MD"), is_figure("99.1", "Exhibit")
    (False, False, False)
    >>> is_figure("4173", "DISTRIBUTION SUMMARY FOR POOL#"), is_figure("14,248", "M-7")
    (False, True)
    >>> is_figure("20549", "Washington D. C."), is_figure("20549", "New York, New York"), is_figure("20549", "Loans")
    (False, False, True)
    """
    v = value.strip()
    if not any(ch.isdigit() for ch in v) or "/" in v or _IDENTIFIER.fullmatch(v) or _MARK.fullmatch(v):
        return False
    if "," in v and not _GROUPED.fullmatch(v):
        return False  # not a thousands grouping: a list of numbers
    if _YEAR.fullmatch(v) or (_ZIP.fullmatch(v) and _PLACE.search(label.strip())):
        return False
    return not _NAMING.search(label.strip())


def unread_rows(cx: Context) -> None:
    """A warning naming the lines of figures the parse listed in ``unmapped``: a printed
    figure that was not read is never passed over in silence, even where nothing says it is
    damaged (a label or a column this library does not understand). Numbers that are not
    figures of the report (:func:`is_figure`) do not count.

    >>> from abs_nb.parse.assemble import Parsed
    >>> cx = Context(Parsed(unmapped=[(12, "Beginning PFA", ["0.00", "0.00"], "label not in the vocabulary"),
    ...                               (14, "Footnote", [], "no figure")]))
    >>> unread_rows(cx); (cx.rows[0].check, cx.rows[0].status, cx.rows[0].lines)
    ('unmapped_figures', 'warn', [12])
    """
    lines = sorted({line for line, label, values, _ in cx.p.unmapped if any(is_figure(v, label) for v in values)})
    if not lines:
        return
    shown = ", ".join(map(str, lines[:12])) + (", ..." if len(lines) > 12 else "")
    cx.rows.append(CheckRow("unmapped_figures", f"{len(lines)} lines", math.nan, float(len(lines)), "warn",
                            f"figures printed on lines {shown} were not read into any table (their label or "
                            "column is not understood): they are listed in unmapped", lines))
