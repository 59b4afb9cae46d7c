"""abs_nb.edgar_client.mirror: a folder of EDGAR-shaped files served on 127.0.0.1; and the
curated notebooks' mirror folder, rebuilt by ``python -m tests.edgar_client.mirror_files``."""

from __future__ import annotations

import os
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from abs_nb.edgar_client.mirror import serve
from abs_nb.edgar_client.settings import DATA_ENV, WWW_ENV, data_url, www_url
from abs_nb.errors import InputError


def test_the_notebooks_mirror_is_what_mirror_files_writes(tmp_path):
    """notebooks/edgar_mirror/ is rebuilt by `python -m tests.edgar_client.mirror_files`:
    the stored files are that build's, to the byte."""
    from tests.edgar_client.mirror_files import NOTEBOOK_MIRROR, seed_filers, write_mirror

    fresh = write_mirror(tmp_path / "m", seed_filers())
    stored = {p.relative_to(NOTEBOOK_MIRROR): p.read_bytes() for p in NOTEBOOK_MIRROR.rglob("*") if p.is_file()}
    built = {p.relative_to(fresh): p.read_bytes() for p in fresh.rglob("*") if p.is_file()}
    assert stored == built


def _get(url: str) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers={"User-Agent": "Jane Doe jane@example.com"})
    try:
        with _DIRECT.open(request, timeout=10) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        err.close()
        return err.code, b""


_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "mirror"
    (root / "www" / "Archives").mkdir(parents=True)
    (root / "www" / "Archives" / "a.txt").write_bytes(b"<SEC-DOCUMENT>\n")
    (root / "data").mkdir()
    (tmp_path / "secret.txt").write_text("outside the mirror")
    return root


def test_files_are_served_and_every_request_is_recorded(folder):
    with serve(folder) as m:
        assert m.url.startswith("http://127.0.0.1:")
        assert _get(m.www_url + "/Archives/a.txt") == (200, b"<SEC-DOCUMENT>\n")
        assert _get(m.www_url + "/Archives/missing.txt")[0] == 404
        requests = m.requests
    assert [(r.path, r.status, r.user_agent) for r in requests] == [
        ("/www/Archives/a.txt", 200, "Jane Doe jane@example.com"),
        ("/www/Archives/missing.txt", 404, "Jane Doe jane@example.com")]
    assert requests[0].time <= requests[1].time


def test_no_folder_listing_and_nothing_outside_the_folder(folder):
    with serve(folder) as m:
        assert _get(m.www_url + "/Archives/")[0] == 404
        assert _get(m.url + "/")[0] == 404
        assert _get(m.url + "/../secret.txt")[0] == 404
        assert _get(m.url + "/www/%2e%2e/%2e%2e/secret.txt")[0] == 404


def test_pointed_at_sets_both_hosts_and_restores_them(folder, monkeypatch):
    monkeypatch.setenv(WWW_ENV, "http://before.example")
    monkeypatch.delenv(DATA_ENV, raising=False)
    with serve(folder) as m, m.pointed_at():
        assert (www_url(), data_url()) == (m.www_url, m.data_url) == (m.url + "/www", m.url + "/data")
        assert m.environ() == {WWW_ENV: m.www_url, DATA_ENV: m.data_url}
    assert os.environ[WWW_ENV] == "http://before.example" and DATA_ENV not in os.environ


def test_a_closed_mirror_frees_its_port(folder):
    m = serve(folder)
    url = m.www_url + "/Archives/a.txt"
    assert _get(url)[0] == 200
    m.close()
    with pytest.raises(urllib.error.URLError):
        _get(url)


def test_a_missing_folder_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="expected a mirror folder"):
        serve(tmp_path / "nowhere")
