"""Shared fixtures of the display tests: the three seed filings and a small HTML reader."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import abs_nb

SEEDS = Path(__file__).resolve().parents[2] / "sample_filings"
SEED_000 = SEEDS / "000_2d551bf597d89db6.txt"
SEED_001 = SEEDS / "001_21e012ce03d1908d.txt"
SEED_002 = SEEDS / "002_c10342e102d7429b.txt"
HOSTILE = "<script>alert(1)</script>"
HOSTILE_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


@pytest.fixture(scope="session")
def f000() -> abs_nb.Filing:
    return abs_nb.load(SEED_000)


@pytest.fixture(scope="session")
def f001() -> abs_nb.Filing:
    return abs_nb.load(SEED_001)


@pytest.fixture(scope="session")
def f002() -> abs_nb.Filing:
    return abs_nb.load(SEED_002)


@pytest.fixture(scope="session")
def hostile() -> abs_nb.Filing:
    """Seed 000 with a script tag as the trust name, the trustee and the class label of M-5."""
    text = SEED_000.read_text(encoding="utf-8")
    text = text.replace("Asset Backed Securities Corporation, Home Equity Loan Trust, Series",
                        HOSTILE + " Trust, Series")
    text = text.replace("US Bank", HOSTILE).replace("M-5", HOSTILE)
    return abs_nb.load_text(text)


class Tree(HTMLParser):
    """Collects, per element id, the rows (lists of cell texts) of the tables inside it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.ids: list[str] = []
        self.tables: dict[str, list[list[list[str]]]] = {}
        self._cell: list[str] | None = None
        self._row: list[str] | None = None
        self._open_tables: list[list[list[str]]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("br", "img", "input", "meta", "link", "hr"):
            return
        self.stack.append((tag, a.get("id")))
        if a.get("id"):
            self.ids.append(a["id"])
        if tag == "table":
            rows: list[list[str]] = []
            self._open_tables.append(rows)
            for _, ident in self.stack:
                if ident:
                    self.tables.setdefault(ident, []).append(rows)
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None and self._open_tables:
            self._open_tables[-1].append(self._row)
            self._row = None
        elif tag == "table" and self._open_tables:
            self._open_tables.pop()
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def parse(html: str) -> Tree:
    t = Tree()
    t.feed(html)
    t.close()
    return t


def row_of(rows: list[list[str]], first: str) -> list[str]:
    """The table row whose first cell starts with ``first``."""
    hits = [r for r in rows if r and (r[0] == first or r[0].startswith(first + " "))]
    assert hits, f"no row {first!r} in {[r[:1] for r in rows]}"
    return hits[0]


def marked_lines(html: str, kind: str) -> set[int]:
    """The source lines marked ``kind`` (``class`` or ``group``) in a source panel."""
    return {int(n) for n, kinds in re.findall(r'data-line="(\d+)" data-kind="([a-z ]+)"', html)
            if kind in kinds.split()}
