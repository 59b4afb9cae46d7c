"""The parse's memos keyed by text stay bounded, and what a memo forgets is worked out
again the same: a parse with every memo a few entries long reads what it reads with the
defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

import abs_nb
from abs_nb.parse import memo
from abs_nb.parse.memo import MEMOS, Memo
from abs_nb.parse.vocabulary import vocabulary

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"


def every_memo() -> list[Memo]:
    return [*MEMOS, *vocabulary().memos]


def test_a_memo_holds_at_most_its_size_and_remembers_the_last_put():
    m: Memo[str, int] = Memo("test", size=3, listed=False)
    for i in range(10):
        assert m.put(f"key {i}", i) == i
        assert len(m) <= 3
        assert m.get(f"key {i}") == i
    assert m.get("key 0") is None  # forgotten when the memo was emptied


def test_the_memos_are_listed_once_each_under_their_own_names():
    names = [m.name for m in every_memo()]
    assert len(names) == len(set(names))
    assert {"tokens.kinds", "runs.page_marks", "spelling.normalise", "vocabulary.lookup"} <= set(names)
    assert all(m.size == memo.SIZE for m in every_memo())


def test_a_memo_stays_within_its_size_over_distinct_tokens():
    from abs_nb.parse.tokens import tokenize_line

    kinds = next(m for m in MEMOS if m.name == "tokens.kinds")
    for i in range(memo.SIZE + 100):  # amounts that all differ, as a corpus's do
        tokenize_line(f"Beginning Balance   {i:,}.{i % 100:02d}", 1)
        assert len(kinds) <= memo.SIZE


def _tables(f: abs_nb.Filing) -> str:
    return "\n".join(getattr(f, t).to_string() for t in ("classes", "totals", "collateral", "delinquency", "deal",
                                                          "checks", "unmapped", "provenance"))


def test_a_parse_with_tiny_memos_reads_what_it_reads_with_the_defaults():
    paths = sorted((ROOT / "sample_filings").glob("*.txt"))
    paths += sorted(CORPUS.glob("*.txt"))[:12] if CORPUS.is_dir() else []

    def read_all() -> list[str]:
        out = []
        for p in paths:
            try:
                out.append(_tables(abs_nb.load(p)))
            except abs_nb.AbsNbError as err:
                out.append(f"{type(err).__name__}: {err}")
        return out

    for m in every_memo():
        m.clear()
    expected = read_all()
    sizes = {id(m): m.size for m in every_memo()}
    try:
        for m in every_memo():
            m.size = 2
            m.clear()
        assert read_all() == expected
        assert all(len(m) <= 2 for m in every_memo())
    finally:
        for m in every_memo():
            m.size = sizes[id(m)]


@pytest.mark.parametrize("size", [1, 7])
def test_a_memo_emptied_when_full_keeps_the_new_entry(size):
    m: Memo[int, int] = Memo("test", size=size, listed=False)
    for i in range(3 * size):
        m.put(i, i * i)
        assert m.get(i) == i * i and 1 <= len(m) <= size
