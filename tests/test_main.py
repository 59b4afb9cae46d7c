"""abs_nb.__main__: ``python -m abs_nb`` runs the command line and exits with its status
(the command line's behaviour is tests/test_cli.py's)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import abs_nb

SEED = Path(__file__).resolve().parents[1] / "sample_filings" / "002_c10342e102d7429b.txt"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "abs_nb", *args], capture_output=True, text=True, timeout=120)


def test_the_status_of_the_command_line_is_the_exit_status(tmp_path):
    # 0 when no check fails, 1 when one does (seed 000 fails its per-$1,000 alignment), 2
    # when a file cannot be read
    seeds = SEED.parent
    assert _run("check", str(SEED)).returncode == (0 if abs_nb.load(SEED).ok else 1)
    failing = seeds / "000_2d551bf597d89db6.txt"
    assert not abs_nb.load(failing).ok
    assert _run("check", str(failing)).returncode == 1
    missing = _run("summary", str(tmp_path / "no-such-report.txt"))
    assert missing.returncode == 2
    assert missing.stderr.startswith("abs-nb: ") and "Traceback" not in missing.stderr


def test_usage_errors_exit_2_and_help_exits_0():
    bad = _run("no-such-command")
    assert bad.returncode == 2 and "usage:" in bad.stderr
    helped = _run("--help")
    assert helped.returncode == 0 and "summary" in helped.stdout
