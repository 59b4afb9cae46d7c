"""abs_nb.display.progress: the notebook bar of ``load_many``, shown through IPython's real
display machinery (captured), redrawn in place and left finished with a summary."""

from __future__ import annotations

from IPython.core.interactiveshell import InteractiveShell
from IPython.utils.capture import capture_output

from abs_nb.display.progress import NotebookProgress, in_notebook

from .conftest import HOSTILE, HOSTILE_ESCAPED


def _shown(cap) -> list[str]:
    return [o.data["text/plain"] for o in cap.outputs]


def test_the_bar_is_shown_then_redrawn_at_most_every_fifth_of_a_second_and_at_the_last_file():
    InteractiveShell.instance()
    with capture_output() as cap:
        bar = NotebookProgress(50)
        for _ in range(50):
            bar.update(1)  # fifty files in a few milliseconds
        bar.close("50 files read in 0.1 s: 50 filings, 0 errors, 0 duplicates")
    shown = _shown(cap)
    assert shown[0].startswith("abs_nb: 0/50 files read (")
    assert shown[-2].startswith("abs_nb: 50/50 files read (")  # the last file is always drawn
    assert shown[-1] == "abs_nb: 50 files read in 0.1 s: 50 filings, 0 errors, 0 duplicates"
    assert len(shown) < 10  # not every file redraws it
    assert all("text/html" in o.data for o in cap.outputs)


def test_the_html_bar_fills_with_the_share_read_and_escapes_its_line():
    bar = NotebookProgress(4, display=lambda *a, **k: None)
    assert "width:0.0%" in bar.html()
    bar.update(1)
    assert "width:25.0%" in bar.html() and "abs_nb: 1/4 files read (" in bar.html()
    bar.close(HOSTILE)
    assert "width:100.0%" in bar.html()  # finished, whatever was read
    assert HOSTILE not in bar.html() and HOSTILE_ESCAPED in bar.html()
    assert NotebookProgress(0, display=lambda *a, **k: None).html().count("width:100.0%") == 1


def test_close_without_a_summary_says_how_many_files_were_read():
    bar = NotebookProgress(5, display=lambda *a, **k: None)
    bar.update(2)
    bar.close()
    assert bar.text().startswith("abs_nb: 2/5 files read in ") and bar.text().endswith(" s")


def test_outside_a_kernel_is_not_a_notebook():
    InteractiveShell.instance()  # an IPython shell, but no kernel to update outputs in place
    assert in_notebook() is False
