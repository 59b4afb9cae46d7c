"""A real HTTP server on 127.0.0.1 serving EDGAR-shaped paths, with faults on demand.

``edgar_server.fail(path, *faults)`` queues what the next requests for ``path`` get, one
fault each, then the file: ``"429:2"`` (Too Many Requests, Retry-After 2), ``"503"``,
``"404"``, ``"403"``, ``"drop"`` (the headers and half the body, then the connection
closed), ``"cut"`` (the same without a Content-Length: only the text tells), ``"slow:0.5"`` (the answer after half a second). Every request is recorded.
"""

from __future__ import annotations

import os
import time
from collections import defaultdict
from pathlib import Path

import pytest

from abs_nb.edgar_client.mirror import Mirror, MirrorHandler, MirrorServer, Request
from abs_nb.edgar_client.transport import RateLimiter
from tests.edgar_client.mirror_files import CORPUS, Filed, Filer, seed_filers, write_mirror
from tests.sources.edgar_builder import REPO

IDENTITY = "abs_nb tests tests@example.com"
TRUST_CIK = 1225799
SUBMISSIONS = f"/data/submissions/CIK{TRUST_CIK:010d}.json"
PAGE = f"/data/submissions/CIK{TRUST_CIK:010d}-submissions-001.json"


def txt_path(accession: str) -> str:
    """The path of the test trust's full submission ``accession`` on the server."""
    return f"/www/Archives/edgar/data/{TRUST_CIK}/{accession.replace('-', '')}/{accession}.txt"


def served(server: Mirror, accession: str) -> bytes:
    """The bytes the server holds for the test trust's filing ``accession``."""
    return (server.server.root / txt_path(accession).removeprefix("/")).read_bytes()


class FaultyHandler(MirrorHandler):
    def do_GET(self) -> None:  # noqa: N802
        self.arrived = time.monotonic()
        fault = self.server.next_fault(self.path)
        if fault is None:
            return super().do_GET()
        kind, _, arg = fault.partition(":")
        if kind == "slow":
            time.sleep(float(arg))
            return super().do_GET()
        if kind in ("drop", "cut"):
            body = Path(self.translate_path(self.path)).read_bytes()
            self.send_response(200)
            if kind == "drop":
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return None
        self.send_response(int(kind))
        if arg:
            self.send_header("Retry-After", arg)
        self.send_header("Content-Length", "0")
        self.end_headers()
        return None


class FaultyServer(MirrorServer):
    def __init__(self, root: Path, handler: type[MirrorHandler] = FaultyHandler) -> None:
        super().__init__(root, handler)
        self.faults: dict[str, list[str]] = defaultdict(list)

    def next_fault(self, path: str) -> str | None:
        with self._lock:
            queue = self.faults.get(path)
            return queue.pop(0) if queue else None


class EdgarServer(Mirror):
    server: FaultyServer

    def fail(self, path: str, *faults: str) -> None:
        with self.server._lock:
            self.server.faults[path].extend(faults)

    def requests_for(self, path: str) -> list[Request]:
        return [r for r in self.requests if r.path == path]


def max_in_window(requests: list[Request], window: float = 1.0) -> int:
    """The most requests that arrived within any ``window`` seconds."""
    times = sorted(r.time for r in requests)
    best, j = 0, 0
    for i, t in enumerate(times):
        while t - times[j] >= window:
            j += 1
        best = max(best, i - j + 1)
    return best


def trust_filings() -> list[Filed]:
    """Twelve months of 8-Ks and a 10-D for the test trust, around the seed reports and,
    when ../shared/corpus is there, four corpus documents (in turn); and a 10-K listed
    with no file served."""
    seeds = sorted((REPO / "sample_filings").glob("*.txt"))
    corpus = sorted(CORPUS.glob("0*.txt"))[:4] if CORPUS.is_dir() else []
    docs = seeds + corpus
    out = []
    for i in range(12):
        year, month = 2003 + (i + 9) // 12, (i + 9) % 12 + 1
        filed = f"{year}-{month:02d}-15"
        report = docs[i % len(docs)]
        out.append(Filed(f"0001019965-{year % 100:02d}-{900100 + i:06d}", "8-K", filed, report, filed))
    out.append(Filed("0001019965-04-900200", "10-D", "2004-06-30", seeds[0], "2004-06-30"))
    out.append(Filed("0001019965-04-900201", "10-K", "2004-03-30", None, "2003-12-31"))
    return out


def filers_for_tests() -> list[Filer]:
    seeds = seed_filers()
    return [Filer("ASSET BACKED SEC CORP HOME EQUITY LOAN TRUST 2003-HE2", TRUST_CIK, trust_filings()), *seeds[1:]]


@pytest.fixture
def edgar_server(tmp_path, monkeypatch):
    """The server, and abs_nb.edgar pointed at it with a fresh cache and the test identity."""
    root = write_mirror(tmp_path / "mirror", filers_for_tests(), recent=5)
    mirror = EdgarServer(FaultyServer(root))
    for k, v in mirror.environ().items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("ABS_NB_EDGAR_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("ABS_NB_EDGAR_IDENTITY", IDENTITY)
    try:
        yield mirror
    finally:
        mirror.close()


@pytest.fixture
def fast_client():
    """A client with short backoff and its own limiter (each test starts with none spent)."""
    from abs_nb.edgar_client.transport import Client

    return Client(IDENTITY, limiter=RateLimiter(), backoff=0.05, retries=3, timeout=5.0)


@pytest.fixture
def sec(monkeypatch):
    """abs_nb.edgar pointed at EDGAR itself, for the tests marked ``network`` (run with
    ``ABS_NB_EDGAR_IDENTITY="Jane Doe jane@example.com" pytest -m network tests/edgar_client``):
    they read one quarter's company index (tens of MB, then cached for a day), one
    submissions JSON and one filing, ABSC Home Equity Loan Trust 2003-HE2's 8-K of October
    2003, whose report is the seed ``sample_filings/000_2d551bf597d89db6.txt``."""
    if not os.environ.get("ABS_NB_EDGAR_IDENTITY"):
        pytest.fail("set ABS_NB_EDGAR_IDENTITY='Name email@example.com' to run the network tests")
    for var in ("ABS_NB_EDGAR_URL", "ABS_NB_EDGAR_DATA_URL"):
        monkeypatch.delenv(var, raising=False)
