"""The examples in the display modules' docstrings run (they read the seeds, from the repo root)."""

from __future__ import annotations

import doctest
import importlib

import pytest

from .conftest import SEEDS

MODULES = ["_format", "_html_builders", "_panels", "filing_html", "charts", "widgets", "ipython", "comparison", "history"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name, monkeypatch):
    monkeypatch.chdir(SEEDS.parent)
    module = importlib.import_module(f"abs_nb.display.{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0, f"abs_nb.display.{name} has no example"
    assert result.failed == 0
