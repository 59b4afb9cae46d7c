"""Where EDGAR is, who is asking, and where index responses are cached.

The SEC serves filings and indexes from ``www.sec.gov`` and the submissions JSON from
``data.sec.gov``. ``ABS_NB_EDGAR_URL`` and ``ABS_NB_EDGAR_DATA_URL`` replace those two hosts
(a mirror, a test server: any base URL, with or without a path); every path below them is
EDGAR's own.

>>> www_url({"ABS_NB_EDGAR_URL": "http://127.0.0.1:8000/www/"})
'http://127.0.0.1:8000/www'
>>> data_url({})
'https://data.sec.gov'
>>> resolve_identity("Jane Doe jane@example.com", {})
'Jane Doe jane@example.com'
>>> resolve_identity(None, {"ABS_NB_EDGAR_IDENTITY": "Jane Doe jane@example.com"})
'Jane Doe jane@example.com'
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path

from abs_nb.errors import MissingIdentity

DEFAULT_WWW = "https://www.sec.gov"
DEFAULT_DATA = "https://data.sec.gov"
IDENTITY_ENV = "ABS_NB_EDGAR_IDENTITY"
WWW_ENV = "ABS_NB_EDGAR_URL"
DATA_ENV = "ABS_NB_EDGAR_DATA_URL"
CACHE_ENV = "ABS_NB_EDGAR_CACHE"

# the SEC asks for "Sample Company Name AdminContact@<sample company domain>.com"
_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")


def _env(environ: Mapping[str, str] | None) -> Mapping[str, str]:
    return os.environ if environ is None else environ


def www_url(environ: Mapping[str, str] | None = None) -> str:
    """Base URL of the ``www`` host: archives (full submissions) and the company index."""
    return (_env(environ).get(WWW_ENV) or DEFAULT_WWW).rstrip("/")


def data_url(environ: Mapping[str, str] | None = None) -> str:
    """Base URL of the ``data`` host: ``/submissions/CIK##########.json`` and its pages."""
    return (_env(environ).get(DATA_ENV) or DEFAULT_DATA).rstrip("/")


def resolve_identity(identity: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The User-Agent sent with every request: ``identity``, else ``ABS_NB_EDGAR_IDENTITY``.

    It must name the requester and hold an e-mail address, on one line (it becomes an HTTP
    header). Raises :class:`~abs_nb.errors.MissingIdentity` otherwise.

    >>> resolve_identity("nobody", {})
    Traceback (most recent call last):
    abs_nb.errors.MissingIdentity: expected a requester identity with a name and an e-mail address, e.g. 'Jane Doe jane@example.com', found 'nobody' (the SEC refuses requests without one (403); pass identity=... or set ABS_NB_EDGAR_IDENTITY)
    """
    value = identity if identity is not None else _env(environ).get(IDENTITY_ENV)
    hint = f"the SEC refuses requests without one (403); pass identity=... or set {IDENTITY_ENV}"
    expected = "a requester identity with a name and an e-mail address, e.g. 'Jane Doe jane@example.com'"
    if not value or not value.strip():
        raise MissingIdentity(expected, "none", hint=hint)
    if not isinstance(value, str) or any(ord(ch) < 32 or ord(ch) == 127 for ch in value) or not value.isascii():
        raise MissingIdentity(expected, "a value with control or non-ASCII characters (it is an HTTP header)",
                              hint=hint)
    value = value.strip()
    email = _EMAIL.search(value)
    if email is None or not value.replace(email.group(0), "").strip():
        raise MissingIdentity(expected, repr(value[:80]), hint=hint)
    return value


def cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    """Where index responses are cached: ``ABS_NB_EDGAR_CACHE``, else the user's cache
    folder (``$XDG_CACHE_HOME`` or ``~/.cache``) ``/abs_nb/edgar``."""
    env = _env(environ)
    if env.get(CACHE_ENV):
        return Path(env[CACHE_ENV])
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "abs_nb" / "edgar"


__all__ = ["DEFAULT_DATA", "DEFAULT_WWW", "cache_dir", "data_url", "resolve_identity", "www_url"]
