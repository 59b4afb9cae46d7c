"""load and load_many read EDGAR libraries' objects (edgartools' Filing and Attachment) by
what they offer; these stand-ins have exactly that surface and nothing of edgartools."""

from __future__ import annotations

from pathlib import Path

import pytest

import abs_nb
from tests.sources.edgar_builder import REPO, wrap_report

SEED = REPO / "sample_filings" / "000_2d551bf597d89db6.txt"
ACCESSION = "0001019965-03-000581"


class Filing:
    """Like edgartools' Filing: the full submission text from a method."""

    def __init__(self, text: str | bytes, accession_no: str = ACCESSION) -> None:
        self._text = text
        self.accession_no = accession_no
        self.calls = 0

    def full_text_submission(self):
        self.calls += 1
        return self._text


class Attachment:
    """Like edgartools' Attachment: one document's content and its type."""

    def __init__(self, content, document: str = "ex991.txt", document_type: str = "EX-99.1") -> None:
        self.content = content
        self.document = document
        self.document_type = document_type


class Broken:
    accession_no = "0000000000-00-000000"

    def full_text_submission(self):
        raise ConnectionError("EDGAR unreachable")


def _submission() -> str:
    return wrap_report(SEED.read_text(encoding="utf-8"), accession=ACCESSION, cik=1225799, filed="20031015",
                       name="ASSET BACKED SEC CORP HOME EQUITY LOAN TRUST 2003-HE2")


def test_load_reads_a_filing_by_its_full_text_submission():
    f = abs_nb.load(Filing(_submission()))
    want = abs_nb.load(SEED)
    assert f.classes.equals(want.classes) and f.collateral.equals(want.collateral)
    assert f.meta["accession"] == ACCESSION and f.meta["container"] == "edgar-submission"
    assert f.meta["source"] == f"<Filing {ACCESSION}>"
    assert abs_nb.load(Filing(_submission().encode("utf-8"))).classes.equals(want.classes)


def test_load_reads_an_attachment_by_its_content():
    want = abs_nb.load(SEED)
    text = SEED.read_text(encoding="utf-8")
    for content in (text, text.encode("utf-8")):
        f = abs_nb.load(Attachment(content))
        assert f.classes.equals(want.classes)
        assert f.meta["source"] == "<Attachment ex991.txt>"


def test_an_object_that_fails_or_gives_nothing_is_an_input_error():
    with pytest.raises(abs_nb.InputError, match="ConnectionError: EDGAR unreachable"):
        abs_nb.load(Broken())
    with pytest.raises(abs_nb.InputError, match="found a NoneType"):
        abs_nb.load(Attachment(None))
    with pytest.raises(abs_nb.EmptyInput):
        abs_nb.load(Attachment(""))
    with pytest.raises(abs_nb.InputTooLarge):
        abs_nb.load(Attachment(b"x" * 2000), max_bytes=1000)


def test_load_many_reads_objects_once_each_in_this_process(tmp_path: Path):
    filing = Filing(_submission())
    other = Attachment((REPO / "sample_filings" / "001_21e012ce03d1908d.txt").read_text(encoding="utf-8"))
    c = abs_nb.load_many([filing, other, str(REPO / "sample_filings" / "002_c10342e102d7429b.txt"), Broken()],
                         progress=False, workers=2)
    assert sorted(f.meta["series"] for f in c) == ["2002-HE1", "2003-HE2", "2003-HE4"]
    assert filing.calls == 1
    assert c.errors["source"].tolist() == ["<Broken 0000000000-00-000000>"]
    one = abs_nb.load_many(Filing(_submission()), progress=False)
    assert len(one) == 1 and one[0].meta["accession"] == ACCESSION
