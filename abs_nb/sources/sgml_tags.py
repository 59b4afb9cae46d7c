"""EDGAR's SGML layout tags in text documents, and telling HTML from text.

EDGAR text documents mark tables with ``<TABLE>``, ``<CAPTION>``, ``<S>`` (stub column)
and ``<C>`` (data column) lines, and pages with ``<PAGE>``. They carry no report data, so
:func:`blank_layout_tags` empties those lines; it never removes a line, so line numbers
stay those of the file.

>>> print(blank_layout_tags("<TABLE>\\n<S>    <C>      <C>\\nClass A    1,000\\n</TABLE>\\n<PAGE>  2\\n"))
<BLANKLINE>
<BLANKLINE>
Class A    1,000
<BLANKLINE>
<BLANKLINE>
<BLANKLINE>
>>> looks_like_html("<TABLE>\\n<S> <C>\\n"), looks_like_html("<html><body><table><tr><td>A")
(False, True)
"""

from __future__ import annotations

import re

__all__ = ["LAYOUT_TAGS", "blank_layout_tags", "looks_like_html"]

#: The SGML tags EDGAR uses for layout inside text documents.
LAYOUT_TAGS = ("PAGE", "TABLE", "CAPTION", "S", "C", "FN")

_TAG = r"</?(?:PAGE|TABLE|CAPTION|S|C|FN)>"
_ANY_TAG = re.compile(_TAG, re.IGNORECASE)
# A line of nothing but layout tags (several allowed: "<S>   <C>   <C>"), or "<PAGE>" with
# the page number EDGAR sometimes prints after it.
_TAG_ONLY_LINE = re.compile(rf"[ \t]*(?:(?:{_TAG}[ \t]*)+|<PAGE>[ \t]*\d+[ \t]*)", re.IGNORECASE)
# Layout tags at the start of a line that also holds text: replaced by as many spaces, so
# the text keeps its columns.
_LEADING_TAGS = re.compile(rf"([ \t]*)((?:{_TAG}[ \t]*)+)(?=\S)", re.IGNORECASE)

_HTML = re.compile(
    r"<(?:!doctype\s+html|html|head|body|div|span|font|tr|td|th|br|p)\b[^>\n]*>"
    r"|<table\s+[a-z-]+\s*=",
    re.IGNORECASE,
)


def blank_layout_tags(text: str) -> str:
    """Empty every line that holds only layout tags; blank out leading tags on other lines.

    >>> blank_layout_tags("<CAPTION>Monthly Report\\n<s> <c>\\n")
    '         Monthly Report\\n\\n'
    """
    if "<" not in text:
        return text
    parts: list[str] = []
    done = 0  # text[:done] is already in parts
    for m in _ANY_TAG.finditer(text):
        if m.start() < done:
            continue  # a later tag on a line already handled
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        line = text[start:end]
        if _TAG_ONLY_LINE.fullmatch(line):
            new = ""
        else:
            lead = _LEADING_TAGS.match(line)
            if lead is None:
                continue
            new = lead.group(1) + " " * len(lead.group(2)) + line[lead.end() :]
        parts += (text[done:start], new)
        done = end
    parts.append(text[done:])
    return "".join(parts)


_HTML_DOCUMENT = re.compile(r"<(?:!doctype\s+html|html|body)\b[^>\n]*>", re.IGNORECASE)
_MIN_TAGS = 3  # one or two stray tags in a text report ("see <p> below") do not make it HTML


def looks_like_html(text: str) -> bool:
    """True when ``text`` is HTML rather than (possibly SGML-tagged) plain text.

    EDGAR's uppercase ``<TABLE>``/``<S>``/``<C>`` layout tags alone do not make HTML; an
    ``<html>`` or ``<body>`` tag does, and so do a handful of ``<td``, ``<p>``, ``<font``,
    ``<table border=...`` and the like. One or two such tags in a fixed-width report (a
    footnote's ``<p>``) leave it text.

    >>> looks_like_html("Beginning Balance   1,000.00\\nFootnote: see <p> below\\n")
    False
    >>> looks_like_html("<table border=1><tr><td>A-1</td><td>1.00</td></tr></table>")
    True
    """
    if _HTML_DOCUMENT.search(text):
        return True
    n = 0
    for _ in _HTML.finditer(text):
        n += 1
        if n >= _MIN_TAGS:
            return True
    return False
