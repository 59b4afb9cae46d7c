"""Real-browser tests: JupyterLab in headless Chromium (Debian's ``chromium`` + Playwright).

Fixtures here start one JupyterLab server per test module on 127.0.0.1 with a token, in a
throw-away home (``HOME``, ``JUPYTER_*``, ``IPYTHONDIR``), on a copy of the notebooks and
sample filings, and always stop it. Without Chromium the tests are skipped with a message
(and fail when ``CI=true``, so CI never passes by skipping).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SERVER_START_TIMEOUT = 90  # seconds for JupyterLab to answer /api/status
SERVER_STOP_TIMEOUT = 15

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-dev-shm-usage",
]

NOT_FOUND = "Chromium not found (looked for $ABS_NB_CHROMIUM, `chromium` on PATH, /usr/bin/chromium)"
INSTALL_HINT = "install it with: sudo apt-get install chromium"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "browser: drives JupyterLab in headless Chromium (skipped when Chromium is missing)"
    )


@pytest.hookimpl(trylast=True)
def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ANN001
    """Say plainly when the browser tests did not run."""
    skipped = [
        r for r in terminalreporter.stats.get("skipped", [])
        if "tests/browser" in str(getattr(r, "nodeid", "")) or "tests/browser" in str(getattr(r, "location", ""))
    ]
    if skipped:
        terminalreporter.write_line(
            f"NOTE: {len(skipped)} JupyterLab browser test(s) SKIPPED: " + "; ".join(
                sorted({_reason(r) for r in skipped})
            ),
            yellow=True,
            bold=True,
        )


def _reason(report) -> str:  # noqa: ANN001
    text = str(report.longrepr[-1]) if isinstance(report.longrepr, tuple) else str(report.longrepr)
    return text.removeprefix("Skipped: ")


def find_chromium() -> str | None:
    """Path of a Chromium executable, or None. ``ABS_NB_CHROMIUM`` names one explicitly."""
    explicit = os.environ.get("ABS_NB_CHROMIUM")
    if explicit is not None:
        return explicit if os.path.isfile(explicit) and os.access(explicit, os.X_OK) else None
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    if os.access("/usr/bin/chromium", os.X_OK):
        return "/usr/bin/chromium"
    return None


def _skip_or_fail(problem: str, hint: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{problem}, and CI=true: the browser tests must run in CI ({hint})", pytrace=False)
    pytest.skip(f"{problem} ({hint})")


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = find_chromium()
    if path is None:
        _skip_or_fail(NOT_FOUND, INSTALL_HINT)
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _skip_or_fail("the Python package `playwright` is not installed", "pip install -e '.[test]'")
    return path  # type: ignore[return-value]


@pytest.fixture(scope="session")
def chromium_args() -> list[str]:
    return list(CHROMIUM_FLAGS)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _strip_outputs(src: Path, dst: Path) -> None:
    """Copy a notebook without outputs or saved widget state: whatever the browser shows
    afterwards was produced by the live kernel."""
    nb = json.loads(src.read_text(encoding="utf-8"))
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
    nb.get("metadata", {}).pop("widgets", None)
    dst.write_text(json.dumps(nb, indent=1), encoding="utf-8")


@dataclass
class Lab:
    url: str  # base URL, e.g. http://127.0.0.1:PORT
    token: str
    root: Path
    log: Path

    def notebook_url(self, relpath: str) -> str:
        return f"{self.url}/lab/tree/{relpath}?reset&token={self.token}"

    def log_tail(self, n: int = 60) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return "(no log)"


def _isolated_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    for k in list(env):
        if k.startswith(("JUPYTER", "JPY_")):
            del env[k]
    cfg, data, runtime = home / "jupyter-config", home / "jupyter-data", home / "jupyter-runtime"
    for d in (cfg, data, runtime, home / "ipython", home / "lab-settings", home / "lab-workspaces"):
        d.mkdir(parents=True, exist_ok=True)
    # the announcements popup covers the page and asks to fetch news: disable it
    (cfg / "labconfig").mkdir(exist_ok=True)
    (cfg / "labconfig" / "page_config.json").write_text(
        json.dumps({"disabledExtensions": {"@jupyterlab/apputils-extension:announcements": True}})
    )
    env.update(
        HOME=str(home),
        JUPYTER_CONFIG_DIR=str(cfg),
        JUPYTER_DATA_DIR=str(data),
        JUPYTER_RUNTIME_DIR=str(runtime),
        # the project's venv first: its kernelspec and the ipywidgets lab extension
        JUPYTER_PATH=str(Path(sys.prefix) / "share" / "jupyter"),
        JUPYTER_PLATFORM_DIRS="1",
        JUPYTERLAB_SETTINGS_DIR=str(home / "lab-settings"),
        JUPYTERLAB_WORKSPACES_DIR=str(home / "lab-workspaces"),
        IPYTHONDIR=str(home / "ipython"),
        MPLBACKEND="agg",
        PYTHONDONTWRITEBYTECODE="1",
    )
    # the kernel must import abs_nb from this checkout
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def _stop(proc: subprocess.Popen) -> None:
    """Stop JupyterLab (and its kernels: same process group, which this fixture created)."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout=SERVER_STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            pass
    try:  # anything left in the group (kernels) goes too
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:  # pragma: no cover
        pass


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory, chromium_path: str) -> Iterator[Lab]:
    """A JupyterLab server on 127.0.0.1 serving a copy of notebooks/ and sample_filings/."""
    base = tmp_path_factory.mktemp("lab")
    root, home = base / "root", base / "home"
    (root / "notebooks").mkdir(parents=True)
    home.mkdir()
    shutil.copytree(ROOT / "sample_filings", root / "sample_filings")
    for nb in sorted((ROOT / "notebooks").glob("*.ipynb")):
        _strip_outputs(nb, root / "notebooks" / nb.name)
    env = _isolated_env(home)
    token = uuid.uuid4().hex
    log = base / "jupyterlab.log"

    proc = None
    last_error = ""
    for _attempt in range(3):  # a free port can be taken between finding and binding it
        port = _free_port()
        cmd = [
            sys.executable, "-m", "jupyterlab",
            "--no-browser", "--allow-root",
            "--ip=127.0.0.1", f"--port={port}", "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={token}",
            f"--ServerApp.root_dir={root}",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
            "--LabApp.news_url=None",
            "--ServerApp.terminals_enabled=False",
            "--LanguageServerManager.autodetect=False",
        ]
        logf = open(log, "ab")  # noqa: SIM115 - closed below
        proc = subprocess.Popen(
            cmd, cwd=root, env=env, stdout=logf, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )
        logf.close()
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        up = False
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=2) as r:
                    if r.status == 200:
                        up = True
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as e:
                last_error = repr(e)
            time.sleep(0.25)
        if up:
            break
        _stop(proc)
        proc = None
    if proc is None:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-40:]) if log.exists() else ""
        pytest.fail(f"JupyterLab did not start within {SERVER_START_TIMEOUT}s ({last_error}):\n{tail}", pytrace=False)

    try:
        yield Lab(url=url, token=token, root=root, log=log)
    finally:
        _stop(proc)
