"""The examples in abs_nb.sources docstrings run and hold (from the repository root)."""

from __future__ import annotations

import doctest
import importlib
import os
from pathlib import Path

import pytest

MODULES = [
    "abs_nb.sources",
    "abs_nb.sources.source_text",
    "abs_nb.sources.raw",
    "abs_nb.sources.decode",
    "abs_nb.sources.sgml_tags",
    "abs_nb.sources.full_submission",
    "abs_nb.sources.reader",
]
REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str, monkeypatch):
    monkeypatch.chdir(REPO)  # examples use the sample_filings/ paths
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} doctest failure(s) in {name}"
    assert result.attempted > 0 or name == "abs_nb.sources.__init__"
    assert os.getcwd() == str(REPO)
