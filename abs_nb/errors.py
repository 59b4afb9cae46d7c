"""Errors raised by abs_nb.

Every error says what was expected, what was found, and where (a source name and,
when it applies, a 1-based line number), so a user looking at a batch of failed
files can tell which file failed and why without reading a traceback.

>>> from abs_nb.errors import ParseError
>>> str(ParseError("a class table", "no 'Class' header", source="x.txt", line=12))
"x.txt, line 12: expected a class table, found no 'Class' header"
"""

from __future__ import annotations


class AbsNbError(Exception):
    """Base class of every error abs_nb raises on purpose."""

    def __init__(
        self,
        expected: str,
        found: str,
        *,
        source: str | None = None,
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        self.expected = expected
        self.found = found
        self.source = source
        self.line = line
        self.hint = hint
        super().__init__(self._message())

    def _message(self) -> str:
        where = []
        if self.source:
            where.append(str(self.source))
        if self.line is not None:
            where.append(f"line {self.line}")
        prefix = ", ".join(where)
        msg = f"expected {self.expected}, found {self.found}"
        if self.hint:
            msg += f" ({self.hint})"
        return f"{prefix}: {msg}" if prefix else msg

    def __reduce__(self):  # picklable across process pools
        return (
            _rebuild,
            (type(self), self.expected, self.found, self.source, self.line, self.hint),
        )


def _rebuild(cls, expected, found, source, line, hint):
    return cls(expected, found, source=source, line=line, hint=hint)


class InputError(AbsNbError):
    """The bytes themselves cannot be read as a report (empty, binary, too large)."""


class EmptyInput(InputError):
    """The source holds no text."""


class BinaryInput(InputError):
    """The source is not text (NUL bytes or mostly control characters)."""


class InputTooLarge(InputError):
    """The source is larger than any distribution report (see ``max_bytes``)."""


class NotADistributionReport(AbsNbError):
    """The text is readable but is not a trustee's distribution report."""


class ParseError(AbsNbError):
    """The text looks like a report but a required part could not be read."""


class MultipleStatements(AbsNbError):
    """The document holds the monthly statements of several series (a master servicer's
    exhibit): pick one with ``load(path, statement=N)`` or ``load(path, series=...)``, or
    read them all with :func:`abs_nb.load_many`."""


class NoSuchStatement(AbsNbError):
    """``statement=`` or ``series=`` names no statement of the document; the message lists
    the statements it holds."""

class EdgarError(AbsNbError):
    """Fetching from EDGAR (or a mirror of it) failed: :mod:`abs_nb.edgar`."""


class MissingIdentity(EdgarError):
    """No requester identity for the SEC's User-Agent (a name and an e-mail address)."""


class EdgarHTTPError(EdgarError):
    """An EDGAR request failed: an HTTP error, or a network failure left after the retries.

    ``status`` is the last HTTP status (``None`` for a network failure) and ``url`` the URL.
    """

    def __init__(self, expected: str, found: str, *, source: str | None = None, line: int | None = None,
                 hint: str | None = None, status: int | None = None) -> None:
        self.status = status
        super().__init__(expected, found, source=source, line=line, hint=hint)

    @property
    def url(self) -> str | None:
        return self.source

    def __reduce__(self):  # the status and the line survive a process pool too
        return (_rebuild_http, (self.expected, self.found, self.source, self.hint, self.status, self.line))


def _rebuild_http(expected, found, source, hint, status, line=None):
    return EdgarHTTPError(expected, found, source=source, line=line, hint=hint, status=status)


class UnknownTrust(EdgarError):
    """No EDGAR filer (or more than one, equally good) matches the trust name given."""


def detached(err: AbsNbError) -> AbsNbError:
    """``err`` without its traceback, nor those of the errors it was raised from or while
    handling: an error kept as a result holds no frame, and so nothing those frames held
    (the other filings of a worker's chunk: the result list, a frame and the error make a
    reference cycle, freed only by the collector's rare full pass). Its message says what,
    where and why.

    >>> try:
    ...     raise InputError("a number", "text")
    ... except InputError as e:
    ...     err = e
    >>> err.__traceback__ is not None, detached(err).__traceback__ is None, str(err) == str(detached(err))
    (True, True, True)
    """
    seen: set[int] = set()
    e: BaseException | None = err
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        e.__traceback__ = None
        e = e.__cause__ or e.__context__
    return err
