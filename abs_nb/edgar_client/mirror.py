"""A local mirror of EDGAR: a folder of EDGAR-shaped files served over HTTP on 127.0.0.1.

The folder holds ``www/`` (``Archives/edgar/...``, the company index and the full
submissions) and ``data/`` (``submissions/CIK##########.json`` and its pages). The server
answers both hosts from one port, under ``/www`` and ``/data``; :meth:`Mirror.environ` gives
the two variables that point :mod:`abs_nb.edgar` at it. Every request is recorded (time,
path, User-Agent, status). Tests and the curated notebooks use it to run offline.

>>> import pathlib, tempfile, urllib.request
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> (root / "www").mkdir(); _ = (root / "www" / "hello.txt").write_text("hi")
>>> with serve(root) as m:
...     req = urllib.request.Request(m.www_url + "/hello.txt", headers={"User-Agent": "Jane jane@example.com"})
...     urllib.request.urlopen(req).read(), m.requests[0].user_agent, m.requests[0].status
(b'hi', 'Jane jane@example.com', 200)
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from abs_nb.edgar_client.settings import DATA_ENV, WWW_ENV
from abs_nb.errors import InputError


@dataclass(frozen=True)
class Request:
    """One request the mirror answered."""

    time: float  # time.monotonic() when it arrived
    path: str
    user_agent: str | None
    status: int


class MirrorHandler(SimpleHTTPRequestHandler):
    """Files below the mirror's folder, GET and HEAD only, no folder listings."""

    server: MirrorServer

    def __init__(self, request, client_address, server: MirrorServer) -> None:
        super().__init__(request, client_address, server, directory=str(server.root))

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.arrived = time.monotonic()
        local = Path(self.translate_path(self.path))
        if not local.is_file():
            self.send_error(404, "not in this mirror")
            return
        super().do_GET()

    def send_response(self, code: int, message: str | None = None) -> None:
        self.server.record(Request(getattr(self, "arrived", time.monotonic()), unquote(urlsplit(self.path).path),
                                   self.headers.get("User-Agent"), int(code)))
        super().send_response(code, message)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - http.server's signature
        pass  # recorded in server.requests instead of printed


class MirrorServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, root: Path, handler: type[MirrorHandler] = MirrorHandler) -> None:
        self.root = root
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), handler)

    def handle_error(self, request, client_address) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a client that left is no error
            super().handle_error(request, client_address)

    def record(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)


class Mirror:
    """A running mirror: its URLs, the variables that point abs_nb at it, its requests."""

    def __init__(self, server: MirrorServer) -> None:
        self.server = server
        self.url = f"http://127.0.0.1:{server.server_address[1]}"
        self._thread = threading.Thread(target=server.serve_forever, name="abs_nb-mirror", daemon=True)
        self._thread.start()

    @property
    def www_url(self) -> str:
        return self.url + "/www"

    @property
    def data_url(self) -> str:
        return self.url + "/data"

    @property
    def requests(self) -> list[Request]:
        with self.server._lock:
            return list(self.server.requests)

    def environ(self) -> dict[str, str]:
        """``ABS_NB_EDGAR_URL`` and ``ABS_NB_EDGAR_DATA_URL`` for this mirror."""
        return {WWW_ENV: self.www_url, DATA_ENV: self.data_url}

    @contextmanager
    def pointed_at(self) -> Iterator[Mirror]:
        """Within the block, :mod:`abs_nb.edgar` talks to this mirror (the two variables set,
        then restored)."""
        saved = {k: os.environ.get(k) for k in (WWW_ENV, DATA_ENV)}
        os.environ.update(self.environ())
        try:
            yield self
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v

    def close(self) -> None:
        """Stop serving and free the port."""
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> Mirror:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Mirror of {self.server.root.name!r}: {len(self.requests)} requests>"


def serve(root: str | os.PathLike[str], handler: type[MirrorHandler] = MirrorHandler) -> Mirror:
    """Serve the folder ``root`` on 127.0.0.1 (a free port) in a background thread."""
    path = Path(root).resolve()
    if not path.is_dir():
        raise InputError("a mirror folder (holding www/ and data/)", "no such folder", source=str(root))
    return Mirror(MirrorServer(path, handler))


__all__ = ["Mirror", "MirrorHandler", "MirrorServer", "Request", "serve"]
