"""EDGAR full-submission text files (``0001019965-03-000548.txt``).

A submission is an SGML envelope: an optional PEM wrapper, ``<SEC-DOCUMENT>``, a
``<SEC-HEADER>`` of ``KEY:  value`` lines, then ``<DOCUMENT>`` blocks, each with ``<TYPE>``,
``<SEQUENCE>``, ``<FILENAME>``, ``<DESCRIPTION>`` and the document between ``<TEXT>`` and
``</TEXT>``. :func:`read_submission` picks the distribution report out of it.

>>> sub = "\\n".join([
...     "<SEC-DOCUMENT>0001019965-03-000548.txt : 20031117",
...     "<SEC-HEADER>0001019965-03-000548.hdr.sgml : 20031117",
...     "ACCESSION NUMBER:\\t\\t0001019965-03-000548",
...     "CONFORMED SUBMISSION TYPE:\\t8-K",
...     "FILED AS OF DATE:\\t\\t20031117",
...     "\\t\\tCOMPANY CONFORMED NAME:\\t\\t\\tASSET BACKED SEC CORP HOME EQUITY LOAN TRUST 2003-HE4",
...     "\\t\\tCENTRAL INDEX KEY:\\t\\t\\t0001258736",
...     "</SEC-HEADER>",
...     "<DOCUMENT>", "<TYPE>8-K", "<SEQUENCE>1", "<FILENAME>absc.txt", "<TEXT>",
...     "cover page", "</TEXT>", "</DOCUMENT>",
...     "<DOCUMENT>", "<TYPE>EX-99.1", "<SEQUENCE>2", "<FILENAME>ex991.txt",
...     "<DESCRIPTION>MONTHLY REPORT", "<TEXT>",
...     "<PAGE>", "STATEMENT TO CERTIFICATEHOLDERS", "</TEXT>", "</DOCUMENT>",
...     "</SEC-DOCUMENT>", ""])
>>> is_edgar_submission(sub)
True
>>> text, line_offset, meta = read_submission(sub, "x.txt")
>>> text
'\\nSTATEMENT TO CERTIFICATEHOLDERS\\n'
>>> sub.split("\\n")[line_offset + 1]
'STATEMENT TO CERTIFICATEHOLDERS'
>>> meta["cik"], meta["form"], meta["filed"], meta["document_type"], meta["document_selected_by"]
('1258736', '8-K', datetime.date(2003, 11, 17), 'EX-99.1', 'exhibit-99-report-words')
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from abs_nb.errors import EmptyInput, InputError
from abs_nb.parse.parties import named_parties
from abs_nb.sources.html_exhibit import html_to_text
from abs_nb.sources.sgml_tags import blank_layout_tags, looks_like_html

__all__ = [
    "EdgarDocument",
    "EdgarSubmission",
    "choose_report_document",
    "is_edgar_submission",
    "parse_submission",
    "read_submission",
]

_ENVELOPE_TAGS = ("<SEC-DOCUMENT>", "<IMS-DOCUMENT>", "<SEC-HEADER>", "<IMS-HEADER>")
_PEM_BEGIN = "-----BEGIN PRIVACY-ENHANCED MESSAGE-----"
_ENVELOPE_LINE = re.compile(r"^[ \t]*<(?:SEC|IMS)-(?:DOCUMENT|HEADER)>", re.MULTILINE)

# "ACCESSION NUMBER:\t\t0001019965-03-000548"; keys are upper case (PEM lines are not).
_HEADER_FIELD = re.compile(r"^[ \t]*([A-Z][A-Z0-9 .,&/()'-]*[A-Z0-9)]):[ \t]*(.*?)[ \t]*$")
_DOC_TAG = re.compile(r"^<(TYPE|SEQUENCE|FILENAME|DESCRIPTION)>(.*)$", re.IGNORECASE)
_ACCESSION = re.compile(r"\b\d{10}-\d{2}-\d{6}\b")
_UUENCODE = re.compile(r"begin [0-7]{3,4} ")

# Words that say a document is a distribution report. Strong ones first.
_STRONG_WORDS = re.compile(
    r"statement\s+to\s+(?:certificate|note|security|bond|unit)\s*-?\s*holders"
    r"|certificate\s*-?\s*holders?|note\s*-?\s*holders?|distribution\s+date|payment\s+date",
    re.IGNORECASE,
)
_WEAK_WORDS = re.compile(r"distribution|statement", re.IGNORECASE)
_READABLE = ("text", "html")


@dataclass(frozen=True, eq=False)  # compared by identity: documents can repeat
class EdgarDocument:
    """One ``<DOCUMENT>`` of a submission.

    ``line_offset`` is the 0-based line of the file where ``text`` starts (None when the
    document has no ``<TEXT>``); ``format`` is ``"text"``, ``"html"``, ``"pdf"``,
    ``"uuencoded"``, ``"xml"`` or ``"empty"``.
    """

    type: str | None
    sequence: str | None
    filename: str | None
    description: str | None
    line_offset: int | None
    text: str
    format: str

    def summary(self) -> dict[str, Any]:
        """The document's tags, format and size, for ``meta["documents"]``."""
        return {
            "type": self.type,
            "sequence": self.sequence,
            "filename": self.filename,
            "description": self.description,
            "format": self.format,
            "line_offset": self.line_offset,
            "chars": len(self.text),
        }


@dataclass(frozen=True)
class EdgarSubmission:
    """The header fields (first occurrence of each ``KEY:``) and the documents, in order."""

    header: dict[str, str]
    documents: list[EdgarDocument]


def is_edgar_submission(text: str) -> bool:
    """True when ``text`` (already normalised to ``'\\n'`` line ends) is an EDGAR submission.

    It is when it starts (after blank lines) with ``<SEC-DOCUMENT>`` or ``<SEC-HEADER>``
    (or the 1990s ``<IMS-...>`` forms), with a PEM block followed by one of those, or with a
    bare ``<DOCUMENT>`` followed by ``<TYPE>``. An 8-K whose cover page is simply followed
    by the report is plain text, not a submission.

    >>> is_edgar_submission("FORM 8-K\\nSTATEMENT TO CERTIFICATEHOLDERS\\n")
    False
    >>> is_edgar_submission("-----BEGIN PRIVACY-ENHANCED MESSAGE-----\\nProc-Type: 2001,MIC-CLEAR\\n<SEC-DOCUMENT>x.txt : 19970214\\n")
    True
    """
    head = text[:20_000].lstrip()
    if head.startswith(_ENVELOPE_TAGS):
        return True
    if head.startswith("<DOCUMENT>\n"):
        return head[11:].lstrip().startswith("<TYPE>")
    if head.startswith(_PEM_BEGIN):
        return _ENVELOPE_LINE.search(head) is not None
    return False


def parse_submission(text: str) -> EdgarSubmission:
    """Split a submission into header fields and documents; never raises on bad input.

    A truncated submission (no ``</TEXT>``, no ``</DOCUMENT>``) keeps what is there.
    """
    lines = text.split("\n")
    n = len(lines)
    header: dict[str, str] = {}
    i = 0
    while i < n and lines[i].strip() != "<DOCUMENT>":
        line = lines[i]
        stripped = line.lstrip()
        if stripped.startswith(("<SEC-DOCUMENT>", "<IMS-DOCUMENT>")):
            header.setdefault("<SEC-DOCUMENT>", stripped.split(">", 1)[1].strip())
        else:
            m = _HEADER_FIELD.match(line)
            if m and m.group(2):
                header.setdefault(m.group(1).upper(), m.group(2))
        i += 1
    documents: list[EdgarDocument] = []
    while i < n:
        if lines[i].strip() != "<DOCUMENT>":
            i += 1
            continue
        doc, i = _parse_document(lines, i)
        documents.append(doc)
    return EdgarSubmission(header, documents)


def _parse_document(lines: list[str], i: int) -> tuple[EdgarDocument, int]:
    """Parse the ``<DOCUMENT>`` at line ``i``; returns it and the line after it.

    May overwrite ``lines[i']`` of the ``<TEXT>`` line with the text after the tag.
    """
    n = len(lines)
    tags: dict[str, str] = {}
    i += 1
    while i < n:
        s = lines[i].strip()
        if s.startswith("<TEXT>"):
            break
        if s == "</DOCUMENT>":
            return _document(tags, None, ""), i + 1
        if s == "<DOCUMENT>":
            return _document(tags, None, ""), i
        m = _DOC_TAG.match(s)
        if m:
            tags.setdefault(m.group(1).upper(), m.group(2).strip())
        i += 1
    else:
        return _document(tags, None, ""), i

    raw = lines[i]
    rest = raw[raw.index("<TEXT>") + len("<TEXT>") :]
    if rest.strip():  # "<TEXT><HTML>...": the text starts on the tag's own line
        lines[i] = rest
        start = i
    else:
        start = i + 1
    k = start
    text: str | None = None
    while k < n:
        line = lines[k]
        if "</" in line:
            s = line.strip()
            if s.startswith("</TEXT>"):
                text = "\n".join(lines[start:k]) + ("\n" if k > start else "")
                k += 1
                break
            if s.endswith("</TEXT>"):
                text = "\n".join([*lines[start:k], line[: line.rindex("</TEXT>")]])
                k += 1
                break
            if s in ("</DOCUMENT>", "</SEC-DOCUMENT>", "</IMS-DOCUMENT>"):  # no </TEXT>
                text = "\n".join(lines[start:k]) + ("\n" if k > start else "")
                break
        k += 1
    if text is None:  # truncated: the text runs to the end of the file
        text = "\n".join(lines[start:])
    while k < n:
        s = lines[k].strip()
        if s == "</DOCUMENT>":
            k += 1
            break
        if s == "<DOCUMENT>":
            break
        k += 1
    return _document(tags, start, text), k


def _document(tags: dict[str, str], line_offset: int | None, text: str) -> EdgarDocument:
    return EdgarDocument(
        type=tags.get("TYPE") or None,
        sequence=tags.get("SEQUENCE") or None,
        filename=tags.get("FILENAME") or None,
        description=tags.get("DESCRIPTION") or None,
        line_offset=line_offset,
        text=text,
        format=_format(text),
    )


def _format(text: str) -> str:
    head = text[:4096].lstrip()
    if not head:
        return "empty" if not text.strip() else "text"
    if len(text) < 65536 and not blank_layout_tags(text).strip():
        return "empty"  # nothing but <PAGE>/<TABLE>/... lines
    if _UUENCODE.match(head):
        return "uuencoded"
    if head.startswith("<PDF>"):
        return "pdf"
    if looks_like_html(text):
        return "html"
    if head.startswith(("<XBRL>", "<XML>", "<?xml")):
        return "xml"
    return "text"


def choose_report_document(documents: list[EdgarDocument]) -> tuple[EdgarDocument, str]:
    """Pick the distribution report among ``documents``; returns it and why it was picked.

    In order: the first EX-99* exhibit that mentions the report's words (strong words such
    as "certificateholders" / "distribution date" before "distribution" / "statement"),
    then any other exhibit (EX-19, EX-20, EX-28, ...: older filings used those) that
    does; else the main (first) document if it has the strong words; else the largest
    EX-99*; else the main document if it has the weak words; else the first readable
    document. Only text and HTML documents are candidates.

    The reasons are ``"exhibit-99-report-words"``, ``"exhibit-report-words"``,
    ``"largest-exhibit-99"``, ``"main-document-report-words"``, ``"first-readable-document"``.
    """
    readable = [d for d in documents if d.format in _READABLE]
    if not readable:
        raise InputError(
            "a text or HTML document in the EDGAR submission",
            "only " + ", ".join(f"{d.type or '?'} ({d.format})" for d in documents),
        )
    ex99 = [d for d in readable if _kind(d).startswith("EX-99")]
    # told apart by their type, not by a search of the list (linear in the documents)
    other_exhibits = [d for d in readable if _kind(d).startswith("EX-") and not _kind(d).startswith("EX-99")]
    for words in (_STRONG_WORDS, _WEAK_WORDS):
        for group, reason in (
            (ex99, "exhibit-99-report-words"),
            (other_exhibits, "exhibit-report-words"),
        ):
            for doc in group:
                if words.search(doc.text):
                    return doc, reason
    main = documents[0]
    main_readable = main.format in _READABLE
    if ex99:
        # no exhibit says a report's words: a main document with the strong ones holds the
        # report (cover page and statement in one document) rather than a wordless EX-99
        # (a consent, a press release)
        if main_readable and _STRONG_WORDS.search(main.text):
            return main, "main-document-report-words"
        return max(ex99, key=lambda d: len(d.text)), "largest-exhibit-99"
    if main_readable and (_STRONG_WORDS.search(main.text) or _WEAK_WORDS.search(main.text)):
        return main, "main-document-report-words"
    return readable[0], "first-readable-document"


def _kind(doc: EdgarDocument) -> str:
    return (doc.type or "").upper()


def read_submission(text: str, name: str) -> tuple[str, int, dict[str, Any]]:
    """The report text, its 0-based starting line in the file, and the container metadata.

    A text document has its layout-tag lines blanked (see
    :func:`abs_nb.sources.sgml_tags.blank_layout_tags`); an HTML document is returned as is,
    with ``meta["document_format"] == "html"``.
    """
    sub = parse_submission(text)
    if not sub.documents:
        raise EmptyInput(
            "a <DOCUMENT> block after the EDGAR header",
            f"none in {text.count(chr(10)) + 1:,} lines (the submission holds only its header)",
            source=name,
        )
    if all(d.format == "empty" for d in sub.documents):
        raise EmptyInput(
            "report text in a <DOCUMENT> of the EDGAR submission",
            f"{len(sub.documents)} document(s), all without text",
            source=name,
        )
    try:
        doc, reason = choose_report_document(sub.documents)
    except InputError as exc:
        raise InputError(exc.expected, exc.found, source=name) from None
    body = doc.text if doc.format == "html" else blank_layout_tags(doc.text)
    h = sub.header
    envelope = h.get("<SEC-DOCUMENT>", "")
    accession = h.get("ACCESSION NUMBER") or _first(_ACCESSION, envelope)
    filed = _date(h.get("FILED AS OF DATE")) or _date(envelope.rpartition(":")[2].strip())
    meta: dict[str, Any] = {
        "accession": accession,
        "cik": _cik(h.get("CENTRAL INDEX KEY")),
        # the first document's type is the form filed, unless it is an exhibit ("EX-99.1"):
        # a document cut from its submission, whose form its text may name
        "form": h.get("CONFORMED SUBMISSION TYPE") or (
            None if (sub.documents[0].type or "").upper().startswith("EX-") else sub.documents[0].type),
        "filed": filed,
        "period_of_report": _date(h.get("CONFORMED PERIOD OF REPORT")),
        "company": h.get("COMPANY CONFORMED NAME"),
        "document_type": doc.type,
        "document_sequence": doc.sequence,
        "document_filename": doc.filename,
        "document_description": doc.description,
        "document_format": doc.format,
        "document_selected_by": reason,
        "documents": [d.summary() for d in sub.documents],
        "cover_parties": _cover_parties(sub.documents[0]) if doc is not sub.documents[0] else [],
    }
    return body, doc.line_offset or 0, meta


def _cover_parties(main: EdgarDocument) -> list[tuple[str, tuple[str, ...]]]:
    """The parties the main document (the 8-K or 10-D cover) names by their roles ("among X,
    as Depositor, Y, as Servicer, and Z, as Trustee"), where the report is an exhibit that
    may name none of them: (name, roles), in order."""
    if main.format not in _READABLE:
        return []
    text = html_to_text(main.text) if main.format == "html" else main.text
    return [(p.name, p.roles) for p in named_parties(text) if p.name]


def _first(pattern: re.Pattern[str], s: str) -> str | None:
    m = pattern.search(s)
    return m.group(0) if m else None


def _date(s: str | None) -> dt.date | None:
    """``"20031117"`` -> ``date(2003, 11, 17)``; anything else -> None."""
    if not s or not re.fullmatch(r"\d{8}", s):
        return None
    try:
        return dt.date(int(s[:4]), int(s[4:6]), int(s[6:]))
    except ValueError:
        return None


def _cik(s: str | None) -> str | None:
    """``"0001258736"`` -> ``"1258736"`` (leading zeros dropped)."""
    if not s:
        return None
    s = s.strip()
    return str(int(s)) if s.isdigit() else s
