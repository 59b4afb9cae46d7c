"""abs_nb.edgar_client.downloads: ``download`` against a real HTTP server on 127.0.0.1 serving
EDGAR-shaped paths, with faults on demand (and, with ``pytest -m network``, against EDGAR)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import abs_nb
from abs_nb import edgar
from tests.edgar_client.conftest import TRUST_CIK, served, txt_path
from tests.edgar_client.mirror_files import CORPUS
from tests.sources.edgar_builder import REPO


def test_download_writes_one_whole_txt_per_accession_that_load_many_reads(edgar_server, tmp_path):
    to = tmp_path / "filings"
    result = edgar.download(TRUST_CIK, to=to, progress=False)
    assert result["status"].tolist() == ["downloaded"] * 13
    for r in result.itertuples():
        assert Path(r.path).read_bytes() == served(edgar_server, r.accession)
        assert Path(r.path).name == f"{r.filed}_{r.form}_{r.accession}.txt"
        assert r.bytes == Path(r.path).stat().st_size
    corpus = abs_nb.load_many(str(to / "**" / "*.txt"), progress=False, workers=1)
    assert len(corpus) + len(corpus.duplicates) + len(corpus.errors) == 13
    assert {f.meta["cik"] for f in corpus} == {str(TRUST_CIK)} or {f.meta["cik"] for f in corpus} == {f"{TRUST_CIK:010d}"}
    # the report read from the download is the seed's
    seed = REPO / "sample_filings" / "000_2d551bf597d89db6.txt"
    assert abs_nb.load(result["path"].iloc[0]).classes.equals(abs_nb.load(seed).classes)


def test_a_second_download_skips_what_is_there_and_asks_nothing(edgar_server, tmp_path):
    edgar.download(TRUST_CIK, to=tmp_path, progress=False)
    before = len(edgar_server.requests)
    again = edgar.download(TRUST_CIK, to=tmp_path, progress=False)
    assert again["status"].tolist() == ["present"] * 13
    assert len(edgar_server.requests) == before  # files there, index responses cached


def test_download_by_name(edgar_server, tmp_path):
    result = edgar.download("Asset Backed Securities Corp 2003-HE4", to=tmp_path, progress=False)
    assert result["cik"].tolist() == [1258736]
    assert Path(result["path"].iloc[0]).parent == tmp_path / "1258736"


def test_failures_after_the_retries_leave_no_file_and_the_rest_downloaded(edgar_server, tmp_path, fast_client):
    acc = edgar.filings(TRUST_CIK, client=fast_client)["accession"].iloc[5]
    edgar_server.fail(txt_path(acc), *["503"] * 4)
    result = edgar.download(TRUST_CIK, to=tmp_path, progress=False, client=fast_client).set_index("accession")
    assert result.loc[acc, "status"] == "failed"
    assert "HTTP 503" in result.loc[acc, "error"] and "after 4 tries" in result.loc[acc, "error"]
    assert not Path(result.loc[acc, "path"]).exists()
    assert (result["status"] == "downloaded").sum() == 12
    assert sorted(p.name for p in (tmp_path / str(TRUST_CIK)).iterdir()) == sorted(
        Path(p).name for p in result.loc[result["status"] == "downloaded", "path"])  # no part file
    # and the next run fetches only what is missing
    again = edgar.download(TRUST_CIK, to=tmp_path, progress=False, client=fast_client)
    assert (again["status"] == "downloaded").sum() == 1


_KILLABLE = """
import sys
from abs_nb import edgar
edgar.download(int(sys.argv[1]), to=sys.argv[2], progress=False, workers=1)
"""


def test_resume_after_a_kill(edgar_server, tmp_path):
    to = tmp_path / "filings"
    table = edgar.filings(TRUST_CIK)
    for acc in table["accession"]:
        edgar_server.fail(txt_path(acc), "slow:0.4")
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.Popen([sys.executable, "-c", _KILLABLE, str(TRUST_CIK), str(to)], env=env, cwd=tmp_path)
    folder = to / str(TRUST_CIK)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(list(folder.glob("*.txt"))) < 3:
            time.sleep(0.05)
    finally:
        proc.kill()
        proc.wait(timeout=10)
    assert proc.returncode == -9
    done = sorted(folder.glob("*.txt"))
    assert 3 <= len(done) < 13
    stale = folder / f".{done[0].name}.{proc.pid}.part.txt"  # as a kill between write and rename leaves it
    stale.write_bytes(done[0].read_bytes()[:100])
    for p in done:  # whatever the kill interrupted, what is there is whole
        assert p.read_bytes() == served(edgar_server, p.stem.rsplit("_", 1)[1])
    result = edgar.download(TRUST_CIK, to=to, progress=False)
    assert (result["status"] == "present").sum() == len(done)
    assert (result["status"] == "downloaded").sum() == 13 - len(done)
    assert sorted(p.name for p in folder.iterdir()) == sorted(Path(p).name for p in result["path"])  # part removed
    for r in result.itertuples():
        assert Path(r.path).read_bytes() == served(edgar_server, r.accession)


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")
def test_corpus_reports_come_back_as_they_were(edgar_server, tmp_path):
    from tests.edgar_client.conftest import trust_filings

    result = edgar.download(TRUST_CIK, to=tmp_path, progress=False).set_index("accession")
    checked = 0
    for filed in trust_filings():
        if filed.report is None or filed.report.parent != CORPUS or filed.form not in edgar.REPORT_FORMS:
            continue
        got = abs_nb.load(result.loc[filed.accession, "path"])
        want = abs_nb.load(filed.report)
        assert got.classes.equals(want.classes) and got.collateral.equals(want.collateral)
        assert got.meta["accession"] == filed.accession
        checked += 1
    assert checked >= 4


def test_download_shows_a_progress_bar(edgar_server, tmp_path, capsys):
    edgar.download(TRUST_CIK, to=tmp_path, progress=True)
    err = capsys.readouterr().err
    assert "EDGAR: 100%" in err and "13/13" in err


def test_a_body_cut_without_a_length_is_told_by_its_end_and_retried(edgar_server, tmp_path, fast_client):
    acc = edgar.filings(TRUST_CIK, client=fast_client)["accession"].iloc[1]
    edgar_server.fail(txt_path(acc), "cut")
    result = edgar.download(TRUST_CIK, to=tmp_path, progress=False, client=fast_client).set_index("accession")
    assert Path(result.loc[acc, "path"]).read_bytes() == served(edgar_server, acc)
    assert len(edgar_server.requests_for(txt_path(acc))) == 2


@pytest.mark.network
def test_its_october_2003_report_downloads_and_reads_as_the_seed(sec, tmp_path):
    accession = "0001019965-03-000581"  # EDGAR's: the 2003-HE2 trust's 8-K of October 2003
    listed = edgar.filings(TRUST_CIK, since="2003-10-01", until="2003-10-31")
    assert accession in set(listed["accession"])
    result = edgar.download(TRUST_CIK, to=tmp_path, since="2003-10-01", until="2003-10-31", progress=False)
    assert set(result["status"]) == {"downloaded"}
    f = abs_nb.load(result.set_index("accession").loc[accession, "path"])
    seed = abs_nb.load(REPO / "sample_filings" / "000_2d551bf597d89db6.txt")
    assert f.meta["series"] == "2003-HE2" and f.meta["accession"] == accession
    assert f.classes["ending_balance"].equals(seed.classes["ending_balance"])
