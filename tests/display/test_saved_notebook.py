"""What a saved notebook keeps (issue #16, 5): executed in a real Jupyter kernel (nbclient),
the ``load_many`` progress is a finished bar with a one-line summary, and ``explore()`` has
the static card of its selection as ``text/html`` for GitHub and nbviewer."""

from __future__ import annotations

import os

import pytest

from .conftest import SEED_001, SEEDS

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")


def _run(tmp_path, *cells: str):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(c) for c in cells]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    env_path = os.environ.get("PYTHONPATH", "")
    root = str(SEEDS.parent)
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (root, env_path) if p)
    try:  # the kernel inherits PYTHONPATH: it imports abs_nb from this checkout
        nbclient.NotebookClient(nb, timeout=240, kernel_name="python3",
                                resources={"metadata": {"path": str(tmp_path)}}).execute()
    finally:
        os.environ["PYTHONPATH"] = env_path
    return nb


def test_saved_outputs_are_finished_and_static(tmp_path):
    nb = _run(
        tmp_path,
        f"import sys, abs_nb\nassert abs_nb.__file__.startswith({str(SEEDS.parent)!r}), abs_nb.__file__\n"
        f"c = abs_nb.load_many({str(SEEDS / '*.txt')!r}, workers=1)",
        f"app = abs_nb.load({str(SEED_001)!r}).explore()\napp.class_select.value = 'M-2'\napp.wait_for_charts()\napp",
    )
    shown = [o for o in nb.cells[0].outputs if o.get("output_type") == "display_data"]
    texts = [o["data"].get("text/plain", "") for o in shown]
    assert len(texts) == 1, texts  # one output, updated in place
    assert texts[0].startswith("abs_nb: 3 files read in ") and texts[0].endswith(
        ": 3 filings, 0 errors, 0 duplicates"), texts[0]
    assert "width:100.0%" in shown[0]["data"]["text/html"]
    assert not any(o.get("name") == "stderr" for o in nb.cells[0].outputs)  # no half bar left behind
    out = nb.cells[1].outputs[-1]["data"]
    assert "application/vnd.jupyter.widget-view+json" in out
    assert "Class M-2" in out["text/html"] and "<script" not in out["text/html"]
    assert not out["text/plain"].startswith("Explorer(")
