"""``download``: a trust's filings as full-submission ``.txt`` files in a folder.

Layout: ``{to}/{cik}/{filed}_{form}_{accession}.txt`` (a form's ``/`` written ``_``), one
file per accession, so ``abs_nb.load_many("filings/**/*.txt")`` reads them in filing order.

A file is written whole or not at all (:mod:`abs_nb.writing`: a hidden part file renamed
into place), so a file that is there is complete, and a download run again skips it. A part
file left by a process that was killed is removed by the next run.
"""

from __future__ import annotations

import os
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pandas as pd

from abs_nb.edgar_client import lookup, submissions
from abs_nb.edgar_client.transport import Client
from abs_nb.errors import AbsNbError, InputError
from abs_nb.writing import write_all

RESULT_COLUMNS = ["cik", "accession", "form", "filed", "report_date", "path", "status", "bytes", "error"]
# the part files abs_nb.writing leaves when its process is killed: .{name}.{pid}.part{suffix}
_PART = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.part(?:\.txt)?$")
_ENDINGS = (b"</SEC-DOCUMENT>", b"-----END PRIVACY-ENHANCED MESSAGE-----")


def is_whole_submission(body: bytes) -> bool:
    """Whether a full-submission text ends as EDGAR ends one (``</SEC-DOCUMENT>``, or the
    privacy-enhanced message's END line).

    >>> is_whole_submission(b"<SEC-DOCUMENT>...</SEC-DOCUMENT>\\n"), is_whole_submission(b"<SEC-DOCUMENT>...")
    (True, False)
    """
    return body.rstrip().endswith(_ENDINGS)


def file_name(filed: Any, form: str, accession: str) -> str:
    """``2003-10-15_8-K_0001019965-03-000581.txt``; ``8-K/A`` is written ``8-K_A``.

    >>> file_name("2003-10-15", "8-K/A", "0001019965-03-000581")
    '2003-10-15_8-K_A_0001019965-03-000581.txt'
    """
    form_part = re.sub(r"[^A-Za-z0-9-]+", "_", form).strip("_") or "form"
    return f"{filed or 'undated'}_{form_part}_{accession}.txt"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process: leave its file alone
    return True


def remove_stale_parts(folder: Path) -> list[Path]:
    """Remove the part files in ``folder`` whose writing process is gone; the removed."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for p in folder.iterdir():
        m = _PART.match(p.name)
        if m and p.is_file() and not _alive(int(m["pid"])):
            p.unlink(missing_ok=True)
            removed.append(p)
    return removed


def download(cik_or_name: Any, to: str | os.PathLike[str] = "filings/", forms: Any = submissions.REPORT_FORMS,
             identity: str | None = None, *, since: Any = None, until: Any = None, year: int | None = None,
             workers: int = 4, progress: bool = True, client: Client | None = None) -> pd.DataFrame:
    """Download a trust's filings as full-submission ``.txt`` files below ``to``.

    ``cik_or_name``: a CIK, or a trust's name (:func:`find_trusts`; the best match, which
    must be the only one that good). ``forms``, ``since``, ``until``: as :func:`filings`.
    ``identity``: who is asking ('Name email@example.com'; else ``ABS_NB_EDGAR_IDENTITY``):
    the SEC requires it, and nothing is requested without it
    (:class:`~abs_nb.errors.MissingIdentity`). ``workers`` threads download at once, at most
    10 requests a second between them; files already there are skipped.

    Returns one row per filing: cik, accession, form, filed, report_date, path, status
    (``downloaded``, ``present`` or ``failed``), bytes, error (the message of a failure;
    other files are still downloaded).

    >>> import tempfile
    >>> from abs_nb import edgar
    >>> to = tempfile.mkdtemp()
    >>> client = edgar.Client("Jane Doe jane@example.com", cache_max_age=0)
    >>> with edgar.serve("notebooks/edgar_mirror") as mirror, mirror.pointed_at():
    ...     first = edgar.download("Asset Backed Securities Corp 2003-HE2", to=to, progress=False, client=client)
    ...     again = edgar.download(1225799, to=to, progress=False, client=client)
    >>> first["status"].tolist(), again["status"].tolist(), first["path"].iloc[0].split(to)[1]
    (['downloaded'], ['present'], '/1225799/2003-10-15_8-K_0001019965-03-000581.txt')
    """
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise InputError("workers: a number of threads, 1 or more", repr(workers))
    c = lookup.client_for(identity, client)  # the identity is checked before any request
    cik, _ = lookup.resolve_cik(cik_or_name, client=c, year=year)
    table = lookup.filings(cik, forms, since, until, client=c)
    folder = Path(to) / str(cik)
    if folder.exists() and not folder.is_dir():
        raise InputError("a folder to download into", f"a file at {folder}", source=str(folder))
    folder.mkdir(parents=True, exist_ok=True)
    remove_stale_parts(folder)
    rows = []
    for r in table.itertuples(index=False):
        target = folder / file_name(r.filed, r.form, r.accession)
        present = target.is_file()
        rows.append({"cik": cik, "accession": r.accession, "form": r.form, "filed": r.filed,
                     "report_date": r.report_date, "path": str(target), "status": "present" if present else None,
                     "bytes": target.stat().st_size if present else None, "error": None, "_url": r.url})
    pending = [row for row in rows if row["status"] is None]
    tick, close = _progress(len(rows), len(rows) - len(pending), progress)

    def fetch(row: dict[str, Any]) -> None:
        try:
            body = c.get(row["_url"], complete=is_whole_submission)
            write_all([(Path(row["path"]), lambda part: part.write_bytes(body))])
            row.update(status="downloaded", bytes=len(body))
        except AbsNbError as err:
            row.update(status="failed", error=str(err))
        except OSError as err:
            row.update(status="failed", error=f"{row['path']}: could not be written ({err})")
        finally:
            tick()

    try:
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="abs_nb-edgar") as pool:
            list(pool.map(fetch, pending))
    finally:
        close()
    out = pd.DataFrame(rows, columns=[*RESULT_COLUMNS, "_url"]).drop(columns="_url")
    out["bytes"] = out["bytes"].astype("Int64")
    return out


def _progress(total: int, done: int, enabled: bool):
    if not enabled or total == 0:
        return lambda: None, lambda: None
    from tqdm.auto import tqdm

    bar = tqdm(total=total, initial=done, unit="filing", desc="EDGAR")
    return lambda: bar.update(1), bar.close


__all__ = ["download", "file_name", "is_whole_submission", "remove_stale_parts"]
