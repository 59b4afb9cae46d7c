"""Text whose tables part their cells by tabs (a word processor's or a spreadsheet's export):
expanded, such a table's columns do not line up, so each run of lines printing cells parted
by tabs is laid out in columns, as a fixed-width table prints them: cell ``k`` of a line in
column ``k``, as wide as the widest cell ``k`` of the text (a table's part after a page break
stands under its first part), every cell of a column of figures right-aligned (its header
words over its figures) and words left-aligned, an empty cell between two tabs kept in its
place. The other lines are printed as they are (their tabs expanded); every line keeps its
number.

>>> text = "Class\\tCUSIP\\tBalance\\nA-1\\t123456AB7\\t1,000.00\\nA-2\\t123456AC5\\t20,000.00\\nM-1\\t123456AD3\\t500.00\\n"
>>> is_tab_delimited(text)
True
>>> print(tab_columns(text), end="")
Class  CUSIP        Balance
A-1    123456AB7   1,000.00
A-2    123456AC5  20,000.00
M-1    123456AD3     500.00
"""

from __future__ import annotations

from typing import Final

from abs_nb.parse.tokens import parse_number

#: consecutive lines printing cells parted by tabs that make a table
MIN_TABLE_LINES: Final = 3
#: blanks between two columns laid out
GAP: Final = 2


def _figure(cell: str) -> bool:
    """A figure's cell, as the tokeniser reads figures (``$ 3,002.44``, ``(5.00)``, ``1.5 %``),
    or a dash standing for one."""
    return bool(cell) and (set(cell) <= {"-", "\u2013", "\u2014"} or parse_number(cell.replace(" ", "")) is not None)


def _cells(line: str) -> list[str] | None:
    """The cells ``line`` prints parted by tabs, the empty ones between tabs included: two
    or more, or one after empty ones (a header's word over its column), or None."""
    body = line.strip(" \r")
    if "\t" not in body.rstrip("\t"):
        return None
    cells = [c.strip() for c in body.rstrip("\t").split("\t")]
    return cells if sum(1 for c in cells if c) >= 2 or not cells[0] else None


def _row(cells: list[str] | None) -> bool:
    """Cells of a table's row: two or more printed."""
    return cells is not None and sum(1 for c in cells if c) >= 2


def is_tab_delimited(text: str) -> bool:
    """Does ``text`` print a table as cells parted by tabs: :data:`MIN_TABLE_LINES`
    consecutive lines, each of two or more cells? (A tab that only indents a line, or
    parts a label from its one figure here and there, makes no table.)"""
    if "\t" not in text:
        return False
    run = 0
    for line in text.split("\n"):
        run = run + 1 if "\t" in line and _row(_cells(line)) else 0  # (most lines print no tab)
        if run >= MIN_TABLE_LINES:
            return True
    return False


def tab_columns(text: str) -> str:
    """``text`` with each run of lines printing cells parted by tabs laid out in columns
    (module docstring); line numbers unchanged. Where a typist's tabs move the cells to the
    tab stops (:func:`typed_to_stops`), a cell's column is its stop, not its count of tabs.

    >>> print(tab_columns("\\t\\tPass-Through\\tEnding\\nClass\\tCUSIP\\tRate\\tBalance\\nA-1\\t123456AB7\\t1.5%\\t100.00"))
                      Pass-Through   Ending
    Class  CUSIP              Rate  Balance
    A-1    123456AB7          1.5%   100.00
    """
    lines = text.split("\n")
    cells = [_cells(ln) for ln in lines]
    runs: list[tuple[int, int, bool]] = []  # (first line, end, typed to the stops)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and cells[j] is not None:
            j += 1
        if j > i:
            runs.append((i, j, typed_to_stops(lines[i:j])))
        i = max(j, i + 1)
    # a row the typist's lines part from the rest of its table (a class's type under its row,
    # a page's foot) stands at the stops its table's rows stand at: typed as they are
    typed_at = {col for a, b, typed in runs if typed for ln in lines[a:b] for col, _ in stop_cells(ln)}
    runs = [(a, b, typed or bool(typed_at) and all(col in typed_at for ln in lines[a:b] for col, _ in stop_cells(ln)))
            for a, b, typed in runs]
    # labels padded by tabs to one stop: the tabs up to it are no empty cells, in the run
    # and in a header a blank line parts from it that pads its label to the same stop
    padded = {(a, b): stop for a, b, typed in runs if not typed and (stop := _labels_padded(lines[a:b])) is not None}
    width = max((len(_unpadded(lines[k], stop)) for (a, b), stop in padded.items() for k in range(a, b)
                 if any(_figure(x) for x in cells[k] or [])), default=0)
    for a, b, typed in runs:
        stop = padded.get((a, b))
        if stop is None and not typed and b - a < MIN_TABLE_LINES and _first_stop(lines[a]) in padded.values():
            stop = _first_stop(lines[a])
        if stop is not None:
            for k in range(a, b):
                cells[k] = _unpadded(lines[k], stop, width) if cells[k] is not None else None
    # a column as wide as its widest cell in the whole text: a table's part after a page
    # break stands under its first part
    rows = [c for a, b, typed in runs if not typed for c in cells[a:b] if c is not None]
    n = max((len(r) for r in rows), default=0)
    widths = [max((len(r[k]) for r in rows if k < len(r)), default=0) for k in range(n)]
    placed = {a: [dict(stop_cells(ln)) for ln in lines[a:b]] for a, b, typed in runs if typed}
    stops = sorted({s for rows_ in placed.values() for r in rows_ for s in r})
    stop_widths = [max((len(r.get(s, "")) for rows_ in placed.values() for r in rows_), default=0) for s in stops]
    # a stop's cells are a column of figures in every run (a header's words over its figures
    # a blank line above them: right-aligned with them)
    stop_figures = [any(_figure(r.get(s, "")) for rows_ in placed.values() for r in rows_) for s in stops]
    out = [ln.rstrip("\r").expandtabs() if "\t" in ln else ln for ln in lines]
    for a, b, typed in runs:
        if typed:
            out[a:b] = laid_out([[r.get(s, "") for s in stops] for r in placed[a]], stop_widths, stop_figures)
        elif any(_row(c) for c in cells[a:b]) and not parted_by_blanks(cells[a:b]):
            out[a:b] = laid_out([c for c in cells[a:b] if c is not None], widths)
        # (else words the tabs only indent: expanded)
    return "\n".join(out)


def _labels_padded(lines: list[str]) -> int | None:
    """The stop a run's rows pad their labels to with tabs, their next cell there whatever
    the label's length (``Interest Paid\t\t85.00``, ``Original Principal\t62.00``): the
    nearest stop a row of figures prints its next cell at, one tab past every label or
    further, every labelled line's next cell there or further right (past empty cells: a
    Total's blank CUSIP, a header's column it names not), two rows of figures there, and a
    label padded by two tabs or more; else None. The tabs before that stop are no empty
    cells."""
    labelled = [(ln, at) for ln in lines if len(at := stop_cells(ln)) >= 2 and at[0][0] == 0]
    rows = [at[1][0] for ln, at in labelled if any(_figure(c) for c in _cells(ln) or [])]
    if not rows:
        return None
    stop = min(rows)
    if any(at[1][0] < stop or (len(ln.split("\t")[0].rstrip()) // 8 + 1) * 8 > stop for ln, at in labelled):
        return None
    figures = sum(1 for ln, at in labelled if at[1][0] == stop and any(_figure(c) for c in _cells(ln) or []))
    padding = any(at[1][0] == stop and not ln.split("\t")[1].strip() for ln, at in labelled)
    return stop if figures >= 2 and padding else None


def _first_stop(line: str) -> int | None:
    """The stop of the cell after ``line``'s label, or None."""
    at = stop_cells(line)
    return at[1][0] if len(at) >= 2 and at[0][0] == 0 else None


def _unpadded(line: str, stop: int, width: int = 0) -> list[str]:
    """``line``'s cells, its label padded to ``stop``: what stands left of the stop is its
    label's cell (empty or not), the cells from there one a tab; a row of words naming as
    many columns as the rows' ``width`` holds (a header: ``Class B\t\tClass C``) without any
    empty cell."""
    parts = line.strip("\r").rstrip("\t").split("\t")
    col, k = 0, 0
    while k < len(parts) and col < stop:
        col += len(parts[k])
        if col < stop and k + 1 < len(parts):
            col = (col // 8 + 1) * 8
        k += 1
    label, rest = " ".join(p.strip() for p in parts[:k] if p.strip()), [p.strip() for p in parts[k:]]
    if col > stop:  # a label running past the stop: cells as they are
        return [c.strip() for c in parts]
    if not any(_figure(c) for c in rest) and sum(1 for c in rest if c) == width - 1:
        rest = [c for c in rest if c]
    return [label, *rest]


def parted_by_blanks(rows: list[list[str] | None]) -> bool:
    """Does a cell of these rows hold two amounts apart by blanks (``$33,259,760.66
    $169,624.78`` between two tabs)? Then blanks part the run's cells as its tabs do (a
    word processor's lines, typed with either): a tab is one more blank, no cell's edge, and
    the run is read as printed, its tabs expanded.

    >>> parted_by_blanks([["A-1", "6.12%", "$62,000.00", "$33,259.66 $169.78"]]), parted_by_blanks([["A-1", "$ 5.00"]])
    (True, False)
    """
    return any(sum(1 for x in cell.split() if _amount(x)) >= 2 for r in rows if r is not None for cell in r)


def _amount(text: str) -> bool:
    """A figure printed as an amount or a rate (a separator, decimals, a sign of its unit),
    no bare number of a label's words (``30 to 59 Days``)."""
    return any(ch in text for ch in ",.$%") and _figure(text)


def stop_cells(line: str) -> list[tuple[int, str]]:
    """``line``'s cells and the tab stops (of eight) they stand at, expanded.

    >>> stop_cells("A-2\\t23,500.00\\t0.00\\t\\t127.33"), stop_cells("\\tCERT. BALANCE")
    ([(0, 'A-2'), (8, '23,500.00'), (24, '0.00'), (40, '127.33')], [(8, 'CERT. BALANCE')])
    """
    out: list[tuple[int, str]] = []
    col = 0
    for k, part in enumerate(line.rstrip("\r").split("\t")):
        if k:
            col = (col // 8 + 1) * 8
        if part.strip():
            out.append((col, part.strip()))
        col += len(part)
    return out


def typed_to_stops(lines: list[str]) -> bool:
    """Are the tabs of a run of lines a typist's, moving each cell to the next tab stop and
    padding a short cell with a second tab? Then the run's cells stand at fewer stops than
    the places its lines' tabs count them at (a padding tab is no empty cell), and each
    cell's column is its stop. A spreadsheet's export parts every cell by one tab, an empty
    cell by two: expanded, a cell wider than a stop pushes the rest of its row off the other
    rows' stops.

    >>> typed_to_stops(["Class\\tBalance\\t\\tInterest", "A-1\\t1,000.00\\t5.00", "A-2\\t200,000.00\\t10.00"])
    True
    >>> typed_to_stops(["Class\\tCUSIP\\tBalance", "A-1\\t123456AB7\\t1,000.00", "A-2\\t123456AC5\\t\\t20.00"])
    False
    >>> typed_to_stops(["Class\\t\\tRate\\t\\tInterest", "A-1\\t\\t1.50%\\t\\t125.00", "A-2\\t\\t1.50%\\t\\t62.50"])
    False
    """
    rows = [ln for ln in lines if _cells(ln) is not None]
    if len(rows) < 2 or not any(_row(_cells(ln)) for ln in rows):
        return False  # (a row alone lines up with nothing: its cells are counted)
    # the columns each reading fills: a spreadsheet's empty spacer column fills neither
    counted = {k for ln in rows for k, c in enumerate(ln.strip(" \r").rstrip("\t").split("\t")) if c.strip()}
    return len({col for ln in rows for col, _ in stop_cells(ln)}) < len(counted)


def laid_out(rows: list[list[str]], widths: list[int], figures: list[bool] | None = None) -> list[str]:
    """Rows of cells as lines of columns ``widths`` wide; in a column of figures (``figures``,
    else those of ``rows``) every cell right-aligned (its header words over its figures)."""
    n = max(len(r) for r in rows)
    figures = figures or [any(k < len(r) and _figure(r[k]) for r in rows) for k in range(n)]
    out: list[str] = []
    for r in rows:
        parts = []
        for k in range(n):
            cell = r[k] if k < len(r) else ""
            parts.append(cell.rjust(widths[k]) if figures[k] else cell.ljust(widths[k]))
        out.append((" " * GAP).join(parts).rstrip())
    return out
