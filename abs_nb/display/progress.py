"""The progress of ``load_many`` in a notebook: one output, updated in place, that ends as a
finished bar with a one-line summary.

A widget bar (tqdm's notebook bar) is stored in a saved notebook as the text it had when it
was first shown (``0%| | 0/51``), since widget state is not saved by default. This bar is
plain ``text/html`` + ``text/plain`` output replaced through an IPython display handle
(``update_display``), so what a saved notebook (and GitHub, nbviewer) shows is its last
state: ``abs_nb: 51 files read in 3.2 s: 48 filings, 3 errors, 0 duplicates``.

>>> bar = NotebookProgress(3, display=lambda *a, **k: None)
>>> bar.update(3)
>>> bar.close("3 files read in 0.1 s: 3 filings")
>>> bar.text()
'abs_nb: 3 files read in 0.1 s: 3 filings'
>>> "width:100.0%" in bar.html()
True
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from abs_nb.display._format import esc
from abs_nb.display._html_builders import BORDER, FG, FG_MUTED, FONT

__all__ = ["NotebookProgress", "in_notebook"]

_EVERY = 0.2  # seconds between two redraws


def in_notebook() -> bool:
    """Whether code runs in a Jupyter kernel (where outputs can be updated in place)."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython is a dependency of ipywidgets
        return False
    ip = get_ipython()
    return ip is not None and getattr(ip, "kernel", None) is not None


class NotebookProgress:
    """A bar of ``total`` files shown once and updated in place; :meth:`close` leaves it
    finished with a summary line."""

    def __init__(self, total: int, *, display: Callable[..., Any] | None = None) -> None:
        self.total = total
        self.done = 0
        self.summary: str | None = None
        self._start = time.monotonic()
        self._drawn = 0.0
        if display is None:
            from IPython.display import display as show

            display = show
        self._handle = display(self._bundle(), raw=True, display_id=True)

    def text(self) -> str:
        if self.summary is not None:
            return f"abs_nb: {self.summary}"
        return f"abs_nb: {self.done}/{self.total} files read ({time.monotonic() - self._start:.1f} s)"

    def html(self) -> str:
        share = 100.0 * self.done / self.total if self.total else 100.0
        if self.summary is not None:
            share = 100.0
        return (f'<div style="font-family:{FONT};font-size:12px;color:{FG};display:flex;align-items:center;gap:8px">'
                f'<div style="width:220px;height:8px;border:1px solid {BORDER};border-radius:4px;overflow:hidden">'
                f'<div style="width:{share:.1f}%;height:100%;background:#4c78a8"></div></div>'
                f'<span style="color:{FG_MUTED}">{esc(self.text())}</span></div>')

    def _bundle(self) -> dict[str, str]:
        return {"text/plain": self.text(), "text/html": self.html()}

    def _draw(self) -> None:
        self._drawn = time.monotonic()
        if self._handle is not None:
            self._handle.update(self._bundle(), raw=True)

    def update(self, n: int = 1) -> None:
        """``n`` more files read (redrawn at most every 0.2 s, and at the last file)."""
        self.done += n
        if self.done >= self.total or time.monotonic() - self._drawn >= _EVERY:
            self._draw()

    def close(self, summary: str | None = None) -> None:
        """Leave the bar finished, with ``summary`` (what was read) as its line."""
        self.summary = summary or f"{self.done}/{self.total} files read in {time.monotonic() - self._start:.1f} s"
        self._draw()
