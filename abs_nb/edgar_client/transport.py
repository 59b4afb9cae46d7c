"""HTTP to EDGAR, politely: a User-Agent naming the requester, at most 10 requests a second
across threads, retries with backoff on 429 and 5xx (``Retry-After`` honoured), bodies
checked whole, and a cache of index responses with an age limit.

Standard library only (``urllib.request``).

>>> limiter = RateLimiter(max_requests=2, per=0.05, slack=0.0)
>>> import time; t0 = time.monotonic()
>>> for _ in range(3): limiter.wait()
>>> time.monotonic() - t0 >= 0.05
True
>>> retry_after_seconds("7"), retry_after_seconds("soon"), retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT")
(7.0, None, 0.0)
"""

from __future__ import annotations

import email.utils
import gzip
import hashlib
import http.client
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from collections import deque
from collections.abc import Callable
from pathlib import Path

from abs_nb.edgar_client.settings import cache_dir, resolve_identity
from abs_nb.errors import EdgarHTTPError
from abs_nb.writing import write_all

#: statuses worth another try: throttled, or a server-side failure that may pass
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
#: no EDGAR response is larger (the largest company.idx files are tens of MB)
MAX_RESPONSE_BYTES = 500_000_000


class RateLimiter:
    """At most ``max_requests`` request starts in any window of ``per + slack`` seconds,
    shared by every thread that calls :meth:`wait`.

    The SEC's fair-access limit is 10 requests per second; ``slack`` widens the window a
    little so that a request delayed between its start and the wire (a busy machine) still
    reaches the server inside the limit.
    """

    def __init__(self, max_requests: int = 10, per: float = 1.0, slack: float = 0.1) -> None:
        if max_requests < 1 or per <= 0 or slack < 0:
            raise ValueError("max_requests >= 1, per > 0 and slack >= 0")
        self.max_requests = max_requests
        self.window = per + slack
        self._starts: deque[float] = deque()
        self._lock = threading.Lock()

    def wait(self) -> None:
        """Block until a request may start, then count it as started."""
        while True:
            with self._lock:
                now = time.monotonic()
                while self._starts and now - self._starts[0] >= self.window:
                    self._starts.popleft()
                if len(self._starts) < self.max_requests:
                    self._starts.append(now)
                    return
                delay = self.window - (now - self._starts[0])
            time.sleep(max(delay, 0.001))


#: one limiter for the whole process: EDGAR counts requests per client, not per thread
SHARED_LIMITER = RateLimiter()


def retry_after_seconds(value: str | None) -> float | None:
    """``Retry-After`` as seconds: a number of seconds or an HTTP date; ``None`` otherwise."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


class Client:
    """One requester talking to EDGAR (or a mirror): identity, limiter, retries, cache.

    ``identity``: the User-Agent (see :func:`~abs_nb.edgar_client.settings.resolve_identity`);
    ``retries``: further tries after a 429, a 5xx or a network failure; ``backoff``: the
    first wait in seconds, doubled each try (``Retry-After`` wins when the server sends it);
    ``max_wait``: the longest single wait (a server asking for more is an error, not a
    hang); ``cache_max_age``: seconds an index response is reused (0: never cached);
    ``cache``: the cache folder (default :func:`~abs_nb.edgar_client.settings.cache_dir`).
    """

    def __init__(self, identity: str | None = None, *, limiter: RateLimiter | None = None, retries: int = 5,
                 backoff: float = 1.0, max_wait: float = 120.0, timeout: float = 60.0,
                 cache_max_age: float = 86_400.0, cache: str | Path | None = None) -> None:
        self.identity = resolve_identity(identity)
        self.limiter = limiter or SHARED_LIMITER
        self.retries = retries
        self.backoff = backoff
        self.max_wait = max_wait
        self.timeout = timeout
        self.cache_max_age = cache_max_age
        self.cache = Path(cache) if cache is not None else cache_dir()
        self.requests = 0  # requests sent, retries included
        self._count = threading.Lock()

    def __repr__(self) -> str:
        return f"<Client {self.identity!r}: {self.requests} requests>"

    # -- cache ---------------------------------------------------------------------------
    def _cache_path(self, url: str) -> Path:
        return self.cache / (hashlib.sha256(url.encode("utf-8")).hexdigest()[:40] + ".cache")

    def _cached(self, url: str) -> bytes | None:
        if self.cache_max_age <= 0:
            return None
        path = self._cache_path(url)
        try:
            if time.time() - path.stat().st_mtime <= self.cache_max_age:
                return path.read_bytes()
        except OSError:
            return None
        return None

    def _store(self, url: str, body: bytes) -> None:
        if self.cache_max_age <= 0:
            return
        try:
            self.cache.mkdir(parents=True, exist_ok=True)
            write_all([(self._cache_path(url), lambda part: part.write_bytes(body))])
        except OSError:  # a cache that cannot be written is no cache, not a failure
            pass

    # -- requests ------------------------------------------------------------------------
    def get(self, url: str, *, cached: bool = False, complete: Callable[[bytes], bool] | None = None) -> bytes:
        """The body of ``url``; with ``cached``, from the cache when young enough (and
        stored there). ``complete(body)`` tells a whole body from a cut one when the server
        sends no length; a cut body is retried like a dropped connection.

        Raises :class:`~abs_nb.errors.EdgarHTTPError` when the server refuses (4xx other
        than 429) or the retries run out.
        """
        if cached:
            hit = self._cached(url)
            if hit is not None:
                return hit
        body = self._fetch(url, complete)
        if cached:
            self._store(url, body)
        return body

    def _fetch(self, url: str, complete: Callable[[bytes], bool] | None) -> bytes:
        last = "no answer"
        status: int | None = None
        for attempt in range(self.retries + 1):
            wait = self.backoff * (2 ** attempt)
            self.limiter.wait()
            with self._count:
                self.requests += 1
            try:
                return self._once(url, complete)
            except urllib.error.HTTPError as err:
                status = err.code
                last = f"HTTP {err.code} {err.reason}"
                err.close()
                if err.code not in RETRY_STATUSES:
                    raise EdgarHTTPError("a successful response", last, source=url, status=err.code,
                                         hint=_hint(err.code)) from None
                asked = retry_after_seconds(err.headers.get("Retry-After") if err.headers else None)
                if asked is not None:
                    if asked > self.max_wait:
                        raise EdgarHTTPError("a successful response", f"{last}, asked to wait {asked:.0f} s",
                                             source=url, status=err.code,
                                             hint=f"more than max_wait={self.max_wait:g} s; try again later") from None
                    wait = asked
            except (urllib.error.URLError, http.client.HTTPException, OSError, _CutBody) as err:
                status = None
                last = _network_failure(err)
            if attempt < self.retries:
                time.sleep(min(wait, self.max_wait))
        raise EdgarHTTPError("a successful response", f"{last} after {self.retries + 1} tries", source=url,
                             status=status, hint="EDGAR may be busy or unreachable; try again later")

    def _once(self, url: str, complete: Callable[[bytes], bool] | None) -> bytes:
        request = urllib.request.Request(url, headers={
            "User-Agent": self.identity,
            "Accept-Encoding": "gzip, deflate",
        })
        with _opener(url).open(request, timeout=self.timeout) as resp:
            declared = resp.headers.get("Content-Length")
            chunks, size = [], 0
            while chunk := resp.read(1 << 20):  # to the end, or to where the connection closed
                size += len(chunk)
                if size > MAX_RESPONSE_BYTES:
                    raise EdgarHTTPError("a response of at most 500 MB", "more", source=url)
                chunks.append(chunk)
            body = b"".join(chunks)
            if declared is not None and declared.isdigit() and len(body) != int(declared):
                raise _CutBody(f"{len(body):,} of {int(declared):,} bytes")
            body = _decoded(body, resp.headers.get("Content-Encoding"))
        if declared is None and complete is not None and not complete(body):
            raise _CutBody(f"{len(body):,} bytes, without the end of the document")
        return body


# a mirror on this machine is reached directly, whatever proxy the environment names
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))
_DEFAULT = urllib.request.build_opener()
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


def _opener(url: str) -> urllib.request.OpenerDirector:
    return _DIRECT if urllib.parse.urlsplit(url).hostname in _LOOPBACK else _DEFAULT


class _CutBody(Exception):
    """A response shorter than the whole document."""


def _decoded(body: bytes, encoding: str | None) -> bytes:
    encoding = (encoding or "").strip().lower()
    try:
        if encoding == "gzip":
            return gzip.decompress(body)
        if encoding == "deflate":
            return zlib.decompress(body)
    except (OSError, EOFError, zlib.error) as err:
        raise _CutBody(f"a {encoding} body that does not decompress ({err})") from err
    return body


def _network_failure(err: BaseException) -> str:
    if isinstance(err, urllib.error.URLError) and not isinstance(err, urllib.error.HTTPError):
        err = err.reason if isinstance(err.reason, BaseException) else err
    if isinstance(err, http.client.IncompleteRead):
        return f"a connection closed after {len(err.partial):,} bytes"
    if isinstance(err, _CutBody):
        return f"a cut response ({err})"
    return f"a network failure ({type(err).__name__}: {err})"


def _hint(status: int) -> str | None:
    if status == 403:
        return "the SEC answers 403 to requests without a proper User-Agent, or over its rate limit"
    if status == 404:
        return "no such CIK, filing or index on this host"
    return None


__all__ = ["Client", "RateLimiter", "RETRY_STATUSES", "SHARED_LIMITER", "retry_after_seconds"]
