"""abs_nb.edgar against a real HTTP server on 127.0.0.1 serving EDGAR-shaped paths."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import abs_nb
from abs_nb import edgar
from abs_nb.edgar_client.transport import Client, RateLimiter
from abs_nb.errors import EdgarHTTPError, MissingIdentity, UnknownTrust
from tests.edgar_client.conftest import IDENTITY, TRUST_CIK, max_in_window
from tests.edgar_client.mirror_files import CORPUS
from tests.sources.edgar_builder import REPO

SUBMISSIONS = f"/data/submissions/CIK{TRUST_CIK:010d}.json"
PAGE = f"/data/submissions/CIK{TRUST_CIK:010d}-submissions-001.json"


def _txt_path(accession: str) -> str:
    return f"/www/Archives/edgar/data/{TRUST_CIK}/{accession.replace('-', '')}/{accession}.txt"


def _served(server, accession: str) -> bytes:
    return (server.server.root / _txt_path(accession).removeprefix("/")).read_bytes()


# -- finding a trust, listing its filings ------------------------------------------------

def test_find_trusts_ranks_the_filers_of_the_company_index(edgar_server):
    one = edgar.find_trusts("Asset Backed Securities Corp 2003-HE2")
    assert one[["name", "cik"]].values.tolist() == [["ASSET BACKED SEC CORP HOME EQUITY LOAN TRUST 2003-HE2", TRUST_CIK]]
    assert one["forms"].iloc[0] == "8-K"
    shelf = edgar.find_trusts("Asset Backed Securities Corporation Home Equity Loan Trust", year=2003)
    assert shelf["cik"].tolist() == [TRUST_CIK, 1258736]  # the series, in name order; the depositor is not one
    assert shelf["score"].tolist() == [0.99, 0.99]  # every word, and one more: the series
    depositor = edgar.find_trusts("Asset Backed Securities Corp", year=[2002, 2003])
    assert depositor["cik"].iloc[0] == 797510  # every word and nothing more ranks first
    assert set(depositor["cik"]) == {797510, TRUST_CIK, 1258736}
    # by default the series' year and the next, quarter by quarter, up to the first that has
    # it; a year given: all its quarters (2003 Q4 from the cache; a 404 is not cached)
    quarters = [r.path.split("/")[-3] + " " + r.path.split("/")[-2] for r in edgar_server.requests]
    assert quarters == ["2003 QTR1", "2003 QTR2", "2003 QTR3", "2003 QTR4",
                        "2003 QTR1", "2003 QTR2", "2003 QTR3",
                        "2002 QTR1", "2002 QTR2", "2002 QTR3", "2002 QTR4", "2003 QTR1", "2003 QTR2", "2003 QTR3"]


def test_an_unknown_trust_and_a_series_that_differs_are_errors(edgar_server):
    with pytest.raises(UnknownTrust, match="2003-HE9"):
        edgar.find_trusts("Asset Backed Securities Corp 2003-HE9")
    with pytest.raises(abs_nb.InputError, match="year"):
        edgar.find_trusts("Asset Backed Securities Corp")
    with pytest.raises(UnknownTrust, match="equally good"):
        edgar.download("Asset Backed Sec Corp Home Equity Loan Trust 2003", to="x", progress=False)


def test_filings_reads_both_pages_of_the_submissions_json(edgar_server):
    table = edgar.filings(TRUST_CIK)
    assert table["form"].tolist() == ["8-K"] * 9 + ["10-D"] + ["8-K"] * 3
    assert table["filed"].is_monotonic_increasing
    assert len(table) == 13 and table["accession"].is_unique
    assert {r.path for r in edgar_server.requests} == {SUBMISSIONS, PAGE}
    first = table.iloc[0]
    assert str(first["filed"]) == "2003-10-15" and str(first["report_date"]) == "2003-10-15"
    assert first["url"] == edgar_server.www_url + _txt_path(first["accession"]).removeprefix("/www")
    assert first["document_url"].endswith("/ex991.txt")
    assert "10-K" in set(edgar.filings(TRUST_CIK, forms=None)["form"])
    assert edgar.filings(TRUST_CIK, forms="10-D")["form"].tolist() == ["10-D"]


def test_filings_reads_an_older_page_only_for_dates_it_holds(edgar_server):
    recent = edgar.filings(TRUST_CIK, since="2004-06-01")
    assert recent["filed"].min().isoformat() >= "2004-06-01"
    assert PAGE not in {r.path for r in edgar_server.requests}
    old = edgar.filings(TRUST_CIK, until="2004-01-31")
    assert old["filed"].max().isoformat() <= "2004-01-31" and len(old) == 4
    assert PAGE in {r.path for r in edgar_server.requests}


def test_an_unknown_cik_is_an_unknown_trust(edgar_server):
    with pytest.raises(UnknownTrust, match="CIK 42"):
        edgar.filings(42)


# -- downloading ----------------------------------------------------------------------

def test_download_writes_one_whole_txt_per_accession_that_load_many_reads(edgar_server, tmp_path):
    to = tmp_path / "filings"
    result = edgar.download(TRUST_CIK, to=to, progress=False)
    assert result["status"].tolist() == ["downloaded"] * 13
    for r in result.itertuples():
        assert Path(r.path).read_bytes() == _served(edgar_server, r.accession)
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


def test_no_identity_no_request(edgar_server, tmp_path, monkeypatch):
    monkeypatch.delenv("ABS_NB_EDGAR_IDENTITY")
    with pytest.raises(MissingIdentity, match="ABS_NB_EDGAR_IDENTITY"):
        edgar.download(TRUST_CIK, to=tmp_path / "filings", progress=False)
    with pytest.raises(MissingIdentity, match="'Jane'"):
        edgar.find_trusts("Asset Backed Securities Corp 2003-HE2", identity="Jane")
    with pytest.raises(MissingIdentity, match="control"):
        edgar.filings(TRUST_CIK, identity="Jane jane@example.com\r\nX-Evil: 1")
    assert edgar_server.requests == [] and not (tmp_path / "filings").exists()


def test_the_identity_is_the_user_agent_of_every_request(edgar_server, tmp_path):
    edgar_server.fail(SUBMISSIONS, "503")
    edgar.download(TRUST_CIK, to=tmp_path, progress=False, client=Client(backoff=0.05))
    requests = edgar_server.requests
    assert len(requests) >= 16
    assert {r.user_agent for r in requests} == {IDENTITY}


def test_at_most_ten_requests_in_any_second_across_threads(edgar_server, tmp_path):
    client = Client(IDENTITY, limiter=RateLimiter(), cache_max_age=0)
    t0 = time.monotonic()
    edgar.download(TRUST_CIK, to=tmp_path, progress=False, workers=8, client=client)
    elapsed = time.monotonic() - t0
    requests = edgar_server.requests
    assert len(requests) == 15  # submissions, its page, 13 files
    assert max_in_window(requests, 1.0) <= 10
    assert elapsed >= 0.5  # the limit did hold them back (unlimited, this takes ~0.1 s)


def test_429_waits_as_long_as_retry_after_says(edgar_server, fast_client):
    edgar_server.fail(SUBMISSIONS, "429:1")
    table = edgar.filings(TRUST_CIK, client=fast_client)
    assert len(table) == 13
    first, second = edgar_server.requests_for(SUBMISSIONS)
    assert (first.status, second.status) == (429, 200)
    assert second.time - first.time >= 1.0  # the backoff alone would be 0.05 s


def test_a_retry_after_longer_than_max_wait_is_an_error_at_once(edgar_server):
    edgar_server.fail(SUBMISSIONS, "429:3600")
    with pytest.raises(EdgarHTTPError, match="asked to wait 3600 s") as info:
        edgar.filings(TRUST_CIK, client=Client(max_wait=30))
    assert info.value.status == 429 and len(edgar_server.requests) == 1


def test_5xx_and_a_dropped_connection_are_retried_and_the_file_is_whole(edgar_server, tmp_path, fast_client):
    table = edgar.filings(TRUST_CIK, client=fast_client)
    acc = table["accession"].iloc[2]
    edgar_server.fail(_txt_path(acc), "503", "drop", "500")
    result = edgar.download(TRUST_CIK, to=tmp_path, progress=False, client=fast_client)
    assert set(result["status"]) == {"downloaded"}
    path = Path(result.set_index("accession").loc[acc, "path"])
    assert path.read_bytes() == _served(edgar_server, acc)
    assert [r.status for r in edgar_server.requests_for(_txt_path(acc))] == [503, 200, 500, 200]


def test_a_slow_answer_past_the_timeout_is_retried(edgar_server, tmp_path):
    client = Client(IDENTITY, limiter=RateLimiter(), backoff=0.05, timeout=0.3)
    edgar_server.fail(SUBMISSIONS, "slow:1.0", "slow:0.1")
    assert len(edgar.filings(TRUST_CIK, client=client)) == 13
    time.sleep(1.0)  # the first answer, given up on, is recorded when it is sent
    first, second = sorted(edgar_server.requests_for(SUBMISSIONS), key=lambda r: r.time)
    assert second.time - first.time >= 0.3


def test_failures_after_the_retries_leave_no_file_and_the_rest_downloaded(edgar_server, tmp_path, fast_client):
    acc = edgar.filings(TRUST_CIK, client=fast_client)["accession"].iloc[5]
    edgar_server.fail(_txt_path(acc), *["503"] * 4)
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


def test_a_refusal_is_not_retried(edgar_server, fast_client):
    edgar_server.fail(SUBMISSIONS, "403")
    with pytest.raises(EdgarHTTPError, match="User-Agent") as info:
        edgar.filings(TRUST_CIK, client=fast_client)
    assert info.value.status == 403 and info.value.url.endswith(SUBMISSIONS.removeprefix("/data"))
    assert len(edgar_server.requests) == 1


def test_the_index_cache_has_an_age_limit(edgar_server, tmp_path):
    cache = tmp_path / "c"
    edgar.filings(TRUST_CIK, client=Client(cache=cache))
    edgar.filings(TRUST_CIK, client=Client(cache=cache))
    assert len(edgar_server.requests_for(SUBMISSIONS)) == 1
    old = time.time() - 2 * 86_400
    for p in cache.iterdir():
        os.utime(p, (old, old))
    edgar.filings(TRUST_CIK, client=Client(cache=cache))
    assert len(edgar_server.requests_for(SUBMISSIONS)) == 2
    edgar.filings(TRUST_CIK, client=Client(cache=cache, cache_max_age=0))
    assert len(edgar_server.requests_for(SUBMISSIONS)) == 3


_KILLABLE = """
import sys
from abs_nb import edgar
edgar.download(int(sys.argv[1]), to=sys.argv[2], progress=False, workers=1)
"""


def test_resume_after_a_kill(edgar_server, tmp_path):
    to = tmp_path / "filings"
    table = edgar.filings(TRUST_CIK)
    for acc in table["accession"]:
        edgar_server.fail(_txt_path(acc), "slow:0.4")
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
        assert p.read_bytes() == _served(edgar_server, p.stem.rsplit("_", 1)[1])
    result = edgar.download(TRUST_CIK, to=to, progress=False)
    assert (result["status"] == "present").sum() == len(done)
    assert (result["status"] == "downloaded").sum() == 13 - len(done)
    assert sorted(p.name for p in folder.iterdir()) == sorted(Path(p).name for p in result["path"])  # part removed
    for r in result.itertuples():
        assert Path(r.path).read_bytes() == _served(edgar_server, r.accession)


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


# -- the command line -----------------------------------------------------------------

def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "abs_nb", "fetch", *args], capture_output=True, text=True,
                          timeout=120, env=dict(env, PYTHONPATH=str(REPO)))


def test_abs_nb_fetch_downloads_by_name_and_says_what_it_did(edgar_server, tmp_path):
    env = dict(os.environ)
    del env["ABS_NB_EDGAR_IDENTITY"]
    to = tmp_path / "filings"
    missing = _cli("Asset Backed Securities Corp 2003-HE2", "--to", str(to), env=env)
    assert missing.returncode == 2 and "ABS_NB_EDGAR_IDENTITY" in missing.stderr and not to.exists()
    r = _cli("Asset Backed Securities Corp 2003-HE2", "--to", str(to), "--forms", "8-K,10-D", "--identity", IDENTITY,
             "--no-progress", env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout == f"13 filings in {to / str(TRUST_CIK)}: 13 downloaded, 0 present, 0 failed\n"
    again = _cli(str(TRUST_CIK), "--to", str(to), "--forms", "10-D", "--identity", IDENTITY, "--no-progress", env=env)
    assert again.stdout.endswith(": 0 downloaded, 1 present, 0 failed\n")
    assert {r.user_agent for r in edgar_server.requests} == {IDENTITY}


def test_abs_nb_fetch_exits_1_when_a_file_fails(edgar_server, tmp_path):
    acc = edgar.filings(TRUST_CIK)["accession"].iloc[0]
    edgar_server.fail(_txt_path(acc), "404")
    r = _cli(str(TRUST_CIK), "--to", str(tmp_path), "--no-progress", env=dict(os.environ))
    assert r.returncode == 1
    assert "12 downloaded, 0 present, 1 failed" in r.stdout
    assert f"failed: {acc}: " in r.stderr and "HTTP 404" in r.stderr
    unknown = _cli("Nothing Like It Trust 2003-ZZ1", "--to", str(tmp_path), env=dict(os.environ))
    assert unknown.returncode == 2 and "expected an EDGAR filer named like" in unknown.stderr


def test_the_notebooks_mirror_is_what_mirror_files_writes(tmp_path):
    """notebooks/edgar_mirror/ is rebuilt by `python -m tests.edgar_client.mirror_files`:
    the stored files are that build's, to the byte."""
    from tests.edgar_client.mirror_files import NOTEBOOK_MIRROR, seed_filers, write_mirror

    fresh = write_mirror(tmp_path / "m", seed_filers())
    stored = {p.relative_to(NOTEBOOK_MIRROR): p.read_bytes() for p in NOTEBOOK_MIRROR.rglob("*") if p.is_file()}
    built = {p.relative_to(fresh): p.read_bytes() for p in fresh.rglob("*") if p.is_file()}
    assert stored == built


def test_download_shows_a_progress_bar(edgar_server, tmp_path, capsys):
    edgar.download(TRUST_CIK, to=tmp_path, progress=True)
    err = capsys.readouterr().err
    assert "EDGAR: 100%" in err and "13/13" in err


def test_a_proxy_in_the_environment_does_not_take_the_local_mirror(edgar_server, tmp_path, monkeypatch):
    monkeypatch.setenv("http_proxy", "http://127.0.0.2:9")  # nothing listens there
    monkeypatch.setenv("no_proxy", "")
    assert len(edgar.filings(TRUST_CIK, client=Client(retries=0))) == 13


def test_a_body_cut_without_a_length_is_told_by_its_end_and_retried(edgar_server, tmp_path, fast_client):
    acc = edgar.filings(TRUST_CIK, client=fast_client)["accession"].iloc[1]
    edgar_server.fail(_txt_path(acc), "cut")
    result = edgar.download(TRUST_CIK, to=tmp_path, progress=False, client=fast_client).set_index("accession")
    assert Path(result.loc[acc, "path"]).read_bytes() == _served(edgar_server, acc)
    assert len(edgar_server.requests_for(_txt_path(acc))) == 2
