"""abs_nb.edgar_client.transport: the HTTP client against a real HTTP server on 127.0.0.1 that
answers with faults on demand (429 with Retry-After, 5xx, refusals, dropped and slow answers)."""

from __future__ import annotations

import email.utils
import gzip
import os
import time
from pathlib import Path

import pytest

from abs_nb import edgar
from abs_nb.edgar_client.mirror import MirrorHandler, serve
from abs_nb.edgar_client.transport import Client, RateLimiter, retry_after_seconds
from abs_nb.errors import EdgarHTTPError
from tests.edgar_client.conftest import (
    IDENTITY,
    SUBMISSIONS,
    TRUST_CIK,
    max_in_window,
    served,
    txt_path,
)


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
    edgar_server.fail(txt_path(acc), "503", "drop", "500")
    result = edgar.download(TRUST_CIK, to=tmp_path, progress=False, client=fast_client)
    assert set(result["status"]) == {"downloaded"}
    path = Path(result.set_index("accession").loc[acc, "path"])
    assert path.read_bytes() == served(edgar_server, acc)
    assert [r.status for r in edgar_server.requests_for(txt_path(acc))] == [503, 200, 500, 200]


def test_a_slow_answer_past_the_timeout_is_retried(edgar_server, tmp_path):
    client = Client(IDENTITY, limiter=RateLimiter(), backoff=0.05, timeout=0.3)
    edgar_server.fail(SUBMISSIONS, "slow:1.0", "slow:0.1")
    assert len(edgar.filings(TRUST_CIK, client=client)) == 13
    time.sleep(1.0)  # the first answer, given up on, is recorded when it is sent
    first, second = sorted(edgar_server.requests_for(SUBMISSIONS), key=lambda r: r.time)
    assert second.time - first.time >= 0.3


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


def test_a_proxy_in_the_environment_does_not_take_the_local_mirror(edgar_server, tmp_path, monkeypatch):
    monkeypatch.setenv("http_proxy", "http://127.0.0.2:9")  # nothing listens there
    monkeypatch.setenv("no_proxy", "")
    assert len(edgar.filings(TRUST_CIK, client=Client(retries=0))) == 13


@pytest.mark.parametrize("kwargs", [{"max_requests": 0}, {"per": 0}, {"slack": -0.1}])
def test_a_limiter_that_allows_nothing_is_refused(kwargs):
    with pytest.raises(ValueError, match="max_requests >= 1"):
        RateLimiter(**kwargs)


def test_retry_after_is_seconds_or_an_http_date():
    assert retry_after_seconds(" 3 ") == 3.0
    assert retry_after_seconds("-5") == 0.0  # never a wait into the past
    assert retry_after_seconds(None) is None and retry_after_seconds("") is None
    assert retry_after_seconds("in a while") is None
    soon = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert 25 <= retry_after_seconds(soon) <= 31


def test_a_404_is_not_retried_and_says_what_is_missing(edgar_server, fast_client):
    with pytest.raises(EdgarHTTPError, match="HTTP 404") as info:
        fast_client.get(edgar_server.data_url + "/submissions/CIK0000000042.json")
    assert info.value.status == 404 and "no such CIK" in str(info.value)
    assert len(edgar_server.requests) == 1 and fast_client.requests == 1


class _Gzipped(MirrorHandler):
    """Serves every file gzip-compressed (``Content-Encoding: gzip``); a file named
    ``broken.txt`` as bytes that claim to be gzip and are not."""

    def do_GET(self) -> None:  # noqa: N802
        local = Path(self.translate_path(self.path))
        body = b"\x1f\x8b not gzip" if local.name == "broken.txt" else gzip.compress(local.read_bytes())
        self.send_response(200)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_a_gzip_body_is_decompressed_and_a_broken_one_retried_then_refused(tmp_path):
    (tmp_path / "www").mkdir()
    (tmp_path / "www" / "a.txt").write_bytes(b"<SEC-DOCUMENT>whole</SEC-DOCUMENT>\n")
    (tmp_path / "www" / "broken.txt").write_bytes(b"x")
    client = Client(IDENTITY, limiter=RateLimiter(), backoff=0.01, retries=2, cache_max_age=0)
    with serve(tmp_path, _Gzipped) as m:
        assert client.get(m.www_url + "/a.txt") == b"<SEC-DOCUMENT>whole</SEC-DOCUMENT>\n"
        with pytest.raises(EdgarHTTPError, match="a gzip body that does not decompress.*after 3 tries"):
            client.get(m.www_url + "/broken.txt")
        assert [r.path for r in m.requests] == ["/www/a.txt"] + ["/www/broken.txt"] * 3
