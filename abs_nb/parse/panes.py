"""Panes side by side: one table printed two or more across, read as printed one under the
other::

    GROUP 1          LOANS     BALANCE   GROUP 2          LOANS     BALANCE
    30 - 59 DAYS         4    2,311.18   30 - 59 DAYS         1      412.90
    FORECLOSURE          1      612.00   FORECLOSURE          0        0.00

Each line prints its label again further right, after a figure and two blanks or more: a
pane starts at that column. Rows whose panes print the same labels, at the same columns,
two rows at least, prove the panes; the rows below them that part at those columns (a
label where each pane starts, no word or figure across) and the header lines above them
(words over the panes, none across) belong to them. Whatever the words say (statuses,
pool lines, a class's), the panes are found from the alignment alone.

The text the walk reads prints each pane's lines under the one before it (a blank line
between), every character at its printed place in its line, the other panes' blanked: a
figure keeps its column and its offset in the line. Each line of that text is known by the
line it was printed on (``printed``), so every value's line and offset are the printed
ones.

>>> text = ("GROUP 1        LOANS   BALANCE   GROUP 2        LOANS   BALANCE\\n"
...         "30 - 59 DAYS       4  2,311.18   30 - 59 DAYS       1    412.90\\n"
...         "FORECLOSURE        1    612.00   FORECLOSURE        0      0.00\\n")
>>> stacked, printed, ends = restack(text)
>>> print("\\n".join(ln.rstrip() for ln in stacked.splitlines()))
GROUP 1        LOANS   BALANCE
30 - 59 DAYS       4  2,311.18
FORECLOSURE        1    612.00
<BLANKLINE>
                                 GROUP 2        LOANS   BALANCE
                                 30 - 59 DAYS       1    412.90
                                 FORECLOSURE        0      0.00
>>> printed, ends
([1, 2, 3, 3, 1, 2, 3, 4], [8])
"""

from __future__ import annotations

from abs_nb.parse.line_shapes import is_rule
from abs_nb.parse.text_lines import lines_of
from abs_nb.parse.tokens import Line, Token, is_leader, tokenize
from abs_nb.parse.value_runs import VALUE_KINDS as _FIGURES

#: the fewest rows printing the same labels in every pane that prove panes
MIN_ROWS = 2
#: the most header lines above a pane's rows
MAX_HEADER = 3


def _alike(a: str, b: str) -> bool:
    """Two tokens of one label: the same text, or leaders of any length (``....``)."""
    return a == b or is_leader(a) and is_leader(b)


def _same_label(toks: list[Token], k: int) -> bool:
    """Whether the tokens from ``k`` print the label the line starts with: the same texts
    (leaders of any length) up to a word at least, a figure after it in each."""
    n = 0
    while k + n < len(toks) and n < k and _alike(toks[n].text, toks[k + n].text):
        n += 1
    while n and toks[n - 1].kind in _FIGURES:  # the label ends at its last word
        n -= 1
    return bool(n) and n < k and k + n < len(toks) and toks[n].kind in _FIGURES and toks[k + n].kind in _FIGURES


def pane_shifts(ln: Line) -> tuple[int, ...]:
    """How far right of the line's start its panes after the first start: where, after a
    figure and two blanks or more, the line prints its label again.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> pane_shifts(tokenize_line("  REO   0   0.00   REO   1   5.00", 1))
    (17,)
    >>> pane_shifts(tokenize_line("A-1   5.00   6.00   A-2   7.00   8.00", 1))
    ()
    """
    toks = ln.tokens
    if len(toks) < 4:
        return ()
    first = toks[0]
    return tuple(toks[k].col - first.col for k in range(2, len(toks))
                 if toks[k].text == first.text and toks[k - 1].kind in _FIGURES
                 and toks[k].col - toks[k - 1].colend >= 2 and _same_label(toks, k))


def _edges(ln: Line, shifts: tuple[int, ...]) -> tuple[int, ...]:
    """The columns ``ln``'s panes after its first start at, ``shifts`` right of its start."""
    return tuple(ln.tokens[0].col + d for d in shifts)


def _parts(ln: Line, cols: tuple[int, ...]) -> bool:
    """Whether ``ln`` parts at every one of ``cols``: no token across one."""
    return not any(t.col < c < t.colend for t in ln.tokens for c in cols)


def _of_panes(ln: Line, shifts: tuple[int, ...]) -> bool:
    """Whether ``ln`` is a row of panes ``shifts`` apart (it parts where each starts, a word
    starts each and a figure is printed in each) or a rule of theirs (dashes starting each)."""
    if not ln.tokens:
        return False
    cols = _edges(ln, shifts)
    starts = {t.col: t for t in ln.tokens}
    if any(c not in starts for c in cols) or not _parts(ln, cols):
        return False
    if is_rule(ln):
        return True
    if any(starts[c].kind in _FIGURES for c in cols):
        return False
    edges = (-1, *cols, 1 << 30)
    return all(any(t.kind in _FIGURES and a <= t.col < b for t in ln.tokens)
               for a, b in zip(edges, edges[1:], strict=False))


def _first_pane_only(ln: Line, above: Line, shifts: tuple[int, ...]) -> bool:
    """Whether ``ln`` is a row of the first pane alone, its label where the row ``above``
    starts, nothing printed in the others (a status one group prints and the other does
    not): read with the first pane's rows, never after the last pane's."""
    return (bool(ln.values) and bool(above.tokens) and ln.tokens[0].col == above.tokens[0].col
            and ln.tokens[-1].colend <= _edges(ln, shifts)[0])


def _rows_end(lines: list[Line], j: int, shifts: tuple[int, ...]) -> int:
    """Index past the panes' last row from ``j``: rows and rules of theirs, and blank lines
    with one of their rows below (a pane's blocks apart, a title over none of them)."""
    n = len(lines)
    while True:
        while j < n and (_of_panes(lines[j], shifts) or _first_pane_only(lines[j], lines[j - 1], shifts)):
            j += 1
        k = j
        while k < n and not lines[k].tokens:
            k += 1
        if k == j or k == n or is_rule(lines[k]) or not _of_panes(lines[k], shifts):
            return j
        j = k


def _header_edges(ln: Line, ends: tuple[int, ...], starts: tuple[int, ...],
                  shifts: tuple[int, ...]) -> tuple[int, ...] | None:
    """Where a header line over panes parts: each pane's words start right of the figures of
    the pane before (``ends``: the column past their last); None where words one blank
    apart run from one pane into the next (``starts``: where the next's rows start), a
    title across them."""
    if ln.values:
        # a line of figures above the panes is theirs only where it prints its panes as their
        # rows do ("Rate:  5.50 %  30/360   Rate:  6.00 %  30/360")
        return _edges(ln, shifts) if _of_panes(ln, shifts) else None
    edges = []
    segments = ln.column_segments()
    for end, start in zip(ends, starts, strict=True):
        if any(col <= end and colend > start for _, col, colend in segments):
            return None
        edges.append(next((col for _, col, _ in segments if col >= end), 1 << 30))  # never inside words one blank apart
    return tuple(edges)


def pane_runs(lines: list[Line]) -> list[tuple[int, int, list[tuple[int, ...]]]]:
    """The runs of panes: (first line's index, index past the last, the columns each line's
    panes after the first start at), header lines (words or rules over the panes, none
    across them) included. A row's panes start where it prints its label again; a header
    line's right of the figures of the pane before.

    >>> from abs_nb.parse.tokens import tokenize
    >>> pane_runs(tokenize("  G1     #   $    G2     #   $\\n"
    ...                    "  REO    0   0    REO    1   5\\n"
    ...                    "    FC   2   8      FC   0   0\\n"))
    [(0, 3, [(18,), (18,), (20,)])]
    """
    runs: list[tuple[int, int, list[tuple[int, ...]]]] = []
    i, n = 0, len(lines)
    while i < n:
        shifts = pane_shifts(lines[i])
        j = i + 1
        while shifts and j < n and pane_shifts(lines[j]) == shifts:
            j += 1
        if not shifts or j - i < MIN_ROWS:
            i += 1
            continue
        j = _rows_end(lines, j, shifts)
        edges = [_edges(ln, shifts) if ln.tokens else () for ln in lines[i:j]]
        rows = [(ln, e) for ln, e in zip(lines[i:j], edges, strict=True) if e]
        starts = tuple(min(e[p] for _, e in rows) for p in range(len(shifts)))
        ends = tuple(max((t.colend for ln, e in rows for t in ln.tokens if t.col < e[p]), default=0)
                     for p in range(len(shifts)))
        top = i
        lo = max(runs[-1][1] if runs else 0, i - MAX_HEADER)
        while top > lo and lines[top - 1].tokens and (head := _header_edges(lines[top - 1], ends, starts, shifts)):
            edges.insert(0, head)
            top -= 1
        runs.append((top, j, edges))
        i = j
    return runs


def _blanked(raw: str, a: int, b: int) -> str:
    """``raw`` with every character outside offsets ``a``..``b`` a blank (a tab kept: the
    columns after it stay where they were)."""
    keep = raw[a:b]
    return "".join("\t" if ch == "\t" else " " for ch in raw[:a]) + keep


def _offset(ln: Line, col: int) -> int:
    """The offset in ``ln``'s line of the first token at or after column ``col``."""
    return next((t.start for t in ln.tokens if t.col >= col), len(ln.raw))


def restack(text: str, lines: list[Line] | None = None) -> tuple[str, list[int], list[int]] | None:
    """``text`` with its panes printed one under the other, each of its lines' printed line
    (from 1), and the lines of it right after each run of panes; None where it prints no
    panes. ``lines``: ``text`` tokenised, if done."""
    lines = tokenize(text) if lines is None else lines
    runs = pane_runs(lines)
    if not runs:
        return None
    raws = lines_of(text)
    out: list[str] = []
    printed: list[int] = []
    ends: list[int] = []
    at = 0
    for top, end, edges in runs:
        out += raws[at:top]
        printed += range(at + 1, top + 1)
        for p in range(len(max(edges, key=len)) + 1):
            if p:
                out.append("")
                printed.append(end)
            for ln, cols in zip(lines[top:end], edges, strict=True):  # (a blank line's cols: none)
                a = 0 if p == 0 else _offset(ln, cols[p - 1]) if p <= len(cols) else len(ln.raw)
                b = _offset(ln, cols[p]) if p < len(cols) else len(ln.raw)
                out.append(_blanked(ln.raw, a, b).rstrip())
                printed.append(ln.no)
        ends.append(len(out) + 1)
        at = end
    out += raws[at:]
    printed += range(at + 1, len(raws) + 1)
    return "\n".join(out), printed, ends


__all__ = ["MAX_HEADER", "MIN_ROWS", "pane_runs", "pane_shifts", "restack"]
