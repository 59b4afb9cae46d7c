"""Filings and attachments of EDGAR libraries (edgartools' ``Filing`` and ``Attachment``),
read by what they offer, without importing any of them.

An object with a ``full_text_submission()`` method gives the filing's full submission
text (abs_nb picks the report exhibit from it, as from a downloaded ``.txt``); an object
with ``.content`` and ``.document_type`` gives one document's text or bytes. Whatever such
a method does to get its text (edgartools fetches from EDGAR) is the object's doing.

>>> class Attachment:
...     document = "ex991.txt"
...     document_type = "EX-99.1"
...     content = "Distribution Date: 15-Oct-03\\n"
>>> content, name = object_content(Attachment())
>>> content, name
('Distribution Date: 15-Oct-03\\n', '<Attachment ex991.txt>')
>>> object_content("a path") is None
True
"""

from __future__ import annotations

from typing import Any

from abs_nb.errors import AbsNbError, InputError


def is_edgar_object(source: Any) -> bool:
    """Whether ``source`` is read as an EDGAR library's filing or attachment."""
    if isinstance(source, (str, bytes, bytearray, memoryview)):
        return False
    return callable(getattr(source, "full_text_submission", None)) or (
        hasattr(source, "document_type") and hasattr(source, "content"))


def object_name(source: Any) -> str:
    """``<Filing 0001019965-03-000581>``, ``<Attachment ex991.txt>``: the type and what
    identifies it (accession number, document name or URL)."""
    for attr in ("accession_no", "accession_number", "accession", "document", "url"):
        try:
            value = getattr(source, attr, None)
        except Exception:  # noqa: BLE001 - a property that fails names nothing
            value = None
        if isinstance(value, str) and value.strip():
            return f"<{type(source).__name__} {value.strip()[:120]}>"
    return f"<{type(source).__name__}>"


def object_content(source: Any) -> tuple[str | bytes, str] | None:
    """The text or bytes of an EDGAR library's object and a name for it; ``None`` when
    ``source`` is no such object. Raises :class:`~abs_nb.errors.InputError` when the object
    fails to give them or gives something else."""
    if not is_edgar_object(source):
        return None
    name = object_name(source)
    full_text = getattr(source, "full_text_submission", None)
    what = "full_text_submission()" if callable(full_text) else ".content"
    try:
        content = full_text() if callable(full_text) else source.content
    except AbsNbError:
        raise
    except Exception as err:  # noqa: BLE001 - the library's own failure, reported with its name
        raise InputError(f"the text of the {type(source).__name__}",
                         f"an error from its {what}: {type(err).__name__}: {err}", source=name) from None
    if isinstance(content, (bytearray, memoryview)):
        content = bytes(content)
    if not isinstance(content, (str, bytes)):
        raise InputError(f"text or bytes from the {type(source).__name__}'s {what}",
                         f"a {type(content).__name__}", source=name)
    return content, name


__all__ = ["is_edgar_object", "object_content", "object_name"]
