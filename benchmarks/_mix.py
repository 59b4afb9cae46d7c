"""The documents the benchmarks parse: the three seeds and the corpus documents, in copies
that differ the way one deal's months differ.

A copy that repeated its source byte for byte would flatter the parser: the tokenizer
memoises every token it has read (``abs_nb.parse.tokens._KINDS``), so the second copy of a
document would find every number already read. In a real corpus the labels repeat and the
amounts do not. :func:`vary` gives every amount of copy ``k`` other last digits, whether
it is printed with cents or in whole dollars (seed 000).

>>> vary(b"Beginning Balance   1,234,567.89    12.50", 1)
b'Beginning Balance   1,234,568.26    12.50'
>>> vary(b"A-1   397,000,000   358,770,937   (4,990)   March 27, 2000", 1)
b'A-1   397,000,037   358,770,974   (4,027)   March 27, 2000'
>>> vary(b"Beginning Balance   1,234,567.89", 0)
b'Beginning Balance   1,234,567.89'
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
# an amount printed with a thousands group: its last three digits, x.yz with cents, xyz
# in whole dollars (the last group, not followed by another digit, group or decimals)
_AMOUNT_TAIL = re.compile(rb"(?<=\d,\d\d)(\d)\.(\d\d)(?!\d)|(?<=\d,)(\d{3})(?![\d,.])")


def sources() -> list[Path]:
    """The seeds, then the corpus documents when ``../shared/corpus`` is there."""
    paths = sorted((ROOT / "sample_filings").glob("*.txt"))
    if CORPUS.is_dir():
        paths += sorted(CORPUS.glob("*.txt"))
    return paths


def vary(data: bytes, k: int) -> bytes:
    """Copy ``k`` of a document: each amount's last three digits moved by ``37 * k`` (mod
    1000), so that copies 0 to 999 of an amount all differ; widths, and so columns, stay."""
    if k == 0:
        return data

    def shift(m: re.Match[bytes]) -> bytes:
        if m.group(3) is not None:
            return b"%03d" % ((int(m.group(3)) + 37 * k) % 1000)
        v = (int(m.group(1) + m.group(2)) + 37 * k) % 1000
        return b"%d.%02d" % (v // 100, v % 100)

    return _AMOUNT_TAIL.sub(shift, data)


def parser_kind(pure: bool = False) -> str:
    """The parser a benchmark measures: ``compiled (mypyc)`` or ``pure Python``."""
    from abs_nb.parse import compiled

    return "pure Python" if pure or not compiled() else "compiled (mypyc)"


def cpu_ticks() -> list[int] | None:
    """The machine's CPU time so far, in ticks per state (user, nice, system, idle, iowait,
    irq, softirq, steal, ...: the first line of ``/proc/stat``), or None off Linux."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            return [int(x) for x in f.readline().split()[1:]]
    except OSError:
        return None


def steal_share(before: list[int] | None, after: list[int] | None) -> float | None:
    """The share of the CPU time between two :func:`cpu_ticks` that the hypervisor gave to
    other guests (``steal``): on a shared virtual machine the same work takes longer, the
    more of it is stolen."""
    if before is None or after is None or len(before) < 8:
        return None
    delta = [b - a for a, b in zip(before, after, strict=True)]
    total = sum(delta[:8])
    return delta[7] / total if total else None
