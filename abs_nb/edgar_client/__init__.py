"""From EDGAR to a folder of filings: ``abs_nb.edgar`` (this package, imported on first use).

- :func:`find_trusts` -- filers matching a trust's name, ranked, from EDGAR's company index;
- :func:`filings` -- a filer's 8-K/10-D filings from its submissions JSON (all pages);
- :func:`download` -- those filings as full-submission ``.txt`` files, resumable;
- :func:`serve` -- a local mirror of EDGAR-shaped files (tests, offline notebooks).

Every request names its requester (``identity=`` or ``ABS_NB_EDGAR_IDENTITY``), at most 10
requests a second leave the process, 429 and 5xx answers are retried with backoff
(``Retry-After`` honoured), and index responses are cached for a day
(``ABS_NB_EDGAR_CACHE``). ``ABS_NB_EDGAR_URL`` and ``ABS_NB_EDGAR_DATA_URL`` replace the
SEC's two hosts. Only the standard library talks to the network; nothing else in abs_nb
imports this package.

>>> from abs_nb import edgar
>>> edgar.download(1225799, to="filings/", identity="")  # doctest: +ELLIPSIS
Traceback (most recent call last):
abs_nb.errors.MissingIdentity: expected a requester identity with a name and an e-mail address, ..., found none (...)
"""

from __future__ import annotations

from abs_nb.edgar_client.downloads import download
from abs_nb.edgar_client.lookup import filings, find_trusts
from abs_nb.edgar_client.mirror import Mirror, serve
from abs_nb.edgar_client.submissions import REPORT_FORMS
from abs_nb.edgar_client.transport import Client, RateLimiter
from abs_nb.errors import EdgarError, EdgarHTTPError, MissingIdentity, UnknownTrust

__all__ = [
    "REPORT_FORMS",
    "Client",
    "EdgarError",
    "EdgarHTTPError",
    "Mirror",
    "MissingIdentity",
    "RateLimiter",
    "UnknownTrust",
    "download",
    "filings",
    "find_trusts",
    "serve",
]
