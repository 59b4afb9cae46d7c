"""Property tests: any input gives a SourceText or an AbsNbError, never anything else."""

from __future__ import annotations

import hashlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from abs_nb.errors import AbsNbError
from abs_nb.sources import SourceText, read_source, read_text

from .edgar_builder import document, sec_header, seed_split

_, REPORT = seed_split()

SGML_LINES = st.sampled_from(
    [
        "<SEC-DOCUMENT>0001019965-03-000548.txt : 20031117",
        "<SEC-HEADER>",
        "</SEC-HEADER>",
        "<DOCUMENT>",
        "</DOCUMENT>",
        "<TYPE>EX-99.1",
        "<TYPE>8-K",
        "<TYPE>",
        "<SEQUENCE>2",
        "<FILENAME>x.txt",
        "<DESCRIPTION>",
        "<TEXT>",
        "</TEXT>",
        "<TEXT>STATEMENT",
        "x</TEXT>",
        "<PAGE>",
        "<S>  <C>",
        "<html><td>",
        "begin 644 x.pdf",
        "FILED AS OF DATE:\t\t20039999",
        "CENTRAL INDEX KEY:\tabc",
        "ACCESSION NUMBER:",
        "-----BEGIN PRIVACY-ENHANCED MESSAGE-----",
        "STATEMENT TO CERTIFICATEHOLDERS",
        "",
        "\f",
        "\r",
    ]
)


def _check(result_or_error) -> None:
    if isinstance(result_or_error, SourceText):
        src = result_or_error
        assert src.text.strip()
        assert "\r" not in src.text and "\f" not in src.text
        assert src.text.splitlines() == src.text.split("\n")[: len(src.text.splitlines())]
        assert src.container in {"text", "edgar-submission"}
        assert src.line_offset >= 0
        assert len(src.sha256) == 64
    else:
        assert isinstance(result_or_error, AbsNbError)


def _run(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except AbsNbError as exc:
        assert str(exc)
        return exc


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_arbitrary_bytes(data: bytes):
    result = _run(read_source, data)
    _check(result)
    if isinstance(result, SourceText):
        assert result.sha256 == hashlib.sha256(data).hexdigest()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_arbitrary_text(text: str):
    _check(_run(read_text, text))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(SGML_LINES, st.sampled_from(REPORT), st.text(max_size=40)), max_size=60))
def test_submission_shaped_garbage(lines: list[str]):
    text = "<SEC-DOCUMENT>0001019965-03-000548.txt : 20031117\n" + "\n".join(lines)
    _check(_run(read_text, text))
    _check(_run(read_source, text.encode("utf-8", "surrogatepass")))


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(REPORT), min_size=1, max_size=40),
    st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_wrapped_report_lines_round_trip(report: list[str], newline: str):
    """Any run of real report lines, wrapped as EX-99.1, comes back exactly, at its line."""
    lines = [*sec_header(), *document("EX-99.1", 1, "ex991.txt", report), "</SEC-DOCUMENT>"]
    data = newline.join(lines).encode()
    result = _run(read_source, data)
    if not "".join(report).strip():
        assert isinstance(result, AbsNbError)
        return
    assert isinstance(result, SourceText)
    assert result.text == "\n".join(report) + "\n"
    assert lines[result.line_offset : result.line_offset + len(report)] == report
