"""``abs-nb fetch`` (abs_nb.cli's fetch command) end to end against the real HTTP server on
127.0.0.1 of this folder: its exit codes and its summary line.

A cross-cutting suite: it tests :mod:`abs_nb.cli` through :mod:`abs_nb.edgar_client`, and
lives here for the ``edgar_server`` fixture of this folder's conftest.
"""

from __future__ import annotations

import os
import subprocess
import sys

from abs_nb import edgar
from tests.edgar_client.conftest import IDENTITY, TRUST_CIK, txt_path
from tests.sources.edgar_builder import REPO


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
    edgar_server.fail(txt_path(acc), "404")
    r = _cli(str(TRUST_CIK), "--to", str(tmp_path), "--no-progress", env=dict(os.environ))
    assert r.returncode == 1
    assert "12 downloaded, 0 present, 1 failed" in r.stdout
    assert f"failed: {acc}: " in r.stderr and "HTTP 404" in r.stderr
    unknown = _cli("Nothing Like It Trust 2003-ZZ1", "--to", str(tmp_path), env=dict(os.environ))
    assert unknown.returncode == 2 and "expected an EDGAR filer named like" in unknown.stderr
