"""Fuzzing over mutations of the real corpus documents: only a Filing or an AbsNbError."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import abs_nb

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
if not CORPUS.is_dir():
    pytest.skip("../shared/corpus is not beside this checkout", allow_module_level=True)

DOCS = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(CORPUS.glob("*.txt"))]


@st.composite
def mutated(draw) -> str:
    text = draw(st.sampled_from(DOCS))
    lines = text.split("\n")
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["cut", "delete", "duplicate", "swap", "insert", "digits", "pipes"]))
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        if kind == "cut":
            lines = lines[:i] + [lines[i][: draw(st.integers(0, len(lines[i])))]]
        elif kind == "delete":
            del lines[i: i + draw(st.integers(1, 5))]
        elif kind == "duplicate":
            lines.insert(i, lines[i])
        elif kind == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif kind == "insert":
            lines.insert(i, draw(st.text(max_size=80)))
        elif kind == "digits":
            lines[i] = "".join(draw(st.sampled_from("0123456789,.$%()-")) if c.isdigit() else c for c in lines[i])
        else:
            lines[i] = lines[i].replace(" ", " | ")
    return "\n".join(lines)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutated())
def test_mutated_corpus_documents_load_or_fail_clearly(text):
    try:
        f = abs_nb.load_text(text)
    except abs_nb.AbsNbError as err:
        assert "expected" in str(err)
        return
    f.classes, f.collateral, f.delinquency, f.deal, f.checks, f.unmapped  # noqa: B018 - every table builds
