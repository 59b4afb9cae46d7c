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
