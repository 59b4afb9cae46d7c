"""Reports rendered one table cell per line (HTML exhibits saved as text, ``|`` lines).

Column positions are lost in these renderings, so rows are rebuilt from the order of the
cells: a label cell starts a row and the value cells after it belong to it. Class tables are
recognised by their header cells (data in ``cell_tables.csv``) and read column by column;
everything else becomes label/value lines for the ordinary walk (:mod:`abs_nb.parse.engine`).
Every value keeps the line it stands on.

>>> text = "|Principal Collections\\n|19,557,436.87\\n|Charge off Amount\\n|20,820.00\\n"
>>> is_cell_stream(text)
True
>>> [(ln.label, [t.text for t in ln.values]) for ln in read(text).lines]
[('Principal Collections', ['19,557,436.87']), ('Charge off Amount', ['20,820.00'])]
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from abs_nb.parse.pieces import ClassBlock, ClassColumn, ClassRow
from abs_nb.parse.records import Record
from abs_nb.parse.tokens import (
    _KINDS,
    VALUE_KINDS,
    Line,
    Token,
    _kind,
    line_tokens,
    lines_of,
    tokenize_line,
)
from abs_nb.parse.vocabulary import normalise, vocabulary

_CUSIP = re.compile(r"^(?=[0-9A-Z]*\d)(?=[0-9A-Z]*[A-Z])[0-9A-Z]{9}$")
_CLASS = re.compile(r"^(?:Class\s+)?[A-Z0-9]{1,4}(?:\s*-\s*[A-Z0-9]{1,5}){0,3}$")
_FOOTNOTE = re.compile(r"\(\d\)|\*+")
_VALUE_WORDS = {"YES", "NO", "N/A"}
_COL0, _COLW = 60, 20  # synthetic columns for rebuilt rows


class Cell(Record):
    _fields = ("text", "line", "start", "tokens", "value")

    def __init__(self, text: str, line: int, start: int, tokens: list[Token], value: bool) -> None:
        self.text = text
        self.line = line  # 1-based
        self.start = start  # offset of text in its line
        self.tokens = tokens
        self.value = value  # every token is a value (or a CUSIP, or a yes/no)


@dataclass
class CellRead:
    lines: list[Line] = field(default_factory=list)
    class_blocks: list[ClassBlock] = field(default_factory=list)
    cut: Line | None = None  # the row holding the text's last, cut-off line (not read)


def is_cell_stream(text: str) -> bool:
    """Many non-blank lines are ``|``-separated cells (``|cell`` lines, a lone ``|``, or
    ``label | | value |`` rows)."""
    head = text[:20000]
    if "|" not in head:
        return False
    lines = [ln for ln in head.split("\n") if ln.strip()]
    if len(lines) < 4:
        return False
    piped = sum(1 for ln in lines if ln.lstrip().startswith("|") or " | " in ln or ln.rstrip().endswith(" |"))
    return piped >= 0.3 * len(lines)


def _cells(text: str) -> list[Cell]:
    out: list[Cell] = []
    for no, raw in enumerate(lines_of(text), 1):
        pos = 0
        for part in raw.split("|"):
            content = part.strip()
            if content:
                start = pos + len(part) - len(part.lstrip())  # content starts after the blanks
                if " " in content or "\t" in content or not (content[0].isdigit() or content[0] in "$(-#NnYy"):
                    tokens = line_tokens(content)
                    # no label: every token a value (tokenize_line would make them all values)
                    is_value = all(t.kind in VALUE_KINDS for t in tokens)
                    for t in tokens:
                        t.start += start
                        t.end += start
                        t.line = no
                else:  # one token, most often a number: classified without the line machinery
                    hit = _KINDS.get(content) or _kind(content)
                    n = len(content)
                    tok = Token(content, start, start + n, 0, n, hit[0], hit[1], hit[2], hit[3])
                    tok.line = no
                    tokens, is_value = [tok], hit[0] != "word"
                if not is_value and len(tokens) == 1 and tokens[0].kind == "word":
                    is_value = bool(_CUSIP.match(content)) or content.upper() in _VALUE_WORDS
                out.append(Cell(content, no, start, tokens, is_value))
            pos += len(part) + 1
    return _join_units(out)


def _join_units(cells: list[Cell]) -> list[Cell]:
    """``$`` and ``%`` printed in cells of their own belong to the number beside them; so
    does a ``)`` that closes a negative amount (``(0.00`` / ``)``); a line reference broken
    the same way (``(12`` / ``)``) is dropped: it is no figure, and would take the row's label.

    >>> [(c.text, c.value) for c in _cells("|Balance\\n|$\\n|(1,234.50\\n|)\\n|(12\\n|)\\n|Rate\\n")]
    [('Balance', False), ('(1,234.50)', True), ('Rate', False)]
    """
    out: list[Cell] = []
    i = 0
    while i < len(cells):
        c = cells[i]
        if c.text == "$" and i + 1 < len(cells) and cells[i + 1].value:
            out.append(cells[i + 1])
            i += 2
            continue
        if c.text == ")" and out and out[-1].text.startswith("(") and ")" not in out[-1].text:
            opened = out[-1]
            if opened.text[1:].isdigit() and len(opened.text) <= 4:
                # "(12" / ")": a line reference printed in the margin ("(12)"), no figure
                out.pop()
                i += 1
                continue
            joined = opened.text + ")"
            hit = _KINDS.get(joined) or _kind(joined)
            if hit[0] == "num":
                # "(0.00" / ")": a negative amount broken over two cells (its span is the
                # first cell's); a "$" cell before it belongs to it too
                n = len(opened.text)
                tok = Token(joined, opened.start, opened.start + n, 0, n, hit[0], hit[1], hit[2], hit[3])
                tok.line = opened.line
                out[-1] = Cell(joined, opened.line, opened.start, [tok], True)
                if len(out) >= 2 and out[-2].text == "$":
                    del out[-2]
                i += 1
                continue
        if c.text == "%" and out and out[-1].value and out[-1].tokens:
            last = out[-1].tokens[-1]
            fixed = tokenize_line(last.text + "%", last.line or c.line).tokens[0]
            fixed.start, fixed.end, fixed.line = last.start, c.start + 1, last.line
            out[-1].tokens[-1] = fixed
            i += 1
            continue
        out.append(c)
        i += 1
    return out


@lru_cache(maxsize=1)
def _templates() -> list[tuple[str, str, list[str], list[str]]]:
    text = resources.files("abs_nb.parse").joinpath("cell_tables.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    return [(r["name"], r["section"], r["header"].split("|"), r["columns"].split(";")) for r in rows]


@lru_cache(maxsize=65536)
def _norm_header(text: str) -> str:
    return normalise(_FOOTNOTE.sub(" ", text))


@lru_cache(maxsize=65536)
def _looks_like_class(text: str) -> bool:
    return bool(_CLASS.match(text)) and text.upper() not in ("CLASS", "CUSIP")


def _class_label(cell: Cell) -> bool:
    return not cell.value and _looks_like_class(cell.text)


def _row_line(label: Cell | None, values: list[Cell]) -> Line:
    """A rebuilt row: the label cell's tokens, then every value token at a synthetic column
    (the cell's own tokens, which belong to this row only, are re-positioned in place)."""
    label_tokens = list(label.tokens) if label else []
    vals: list[Token] = []
    for c in values:
        for t in c.tokens:
            col = _COL0 + _COLW * len(vals)
            t.col, t.colend = col, col + len(t.text)
            if not c.value:
                t.kind = "word"
            vals.append(t)
    no = label.line if label else (values[0].line if values else 0)
    return Line(no, label.text if label else "", label_tokens + vals, label_tokens, vals)


def read(text: str) -> CellRead:
    """Rebuild rows and class tables from a one-cell-per-line rendering."""
    cells = _cells(text)
    out = CellRead()
    if not text.endswith("\n") and cells and cells[-1].line == text.count("\n") + 1:
        # the text stops mid-cell: whatever stands on its last line may be cut short (a last
        # line with no cell, a lone "|", cuts nothing: the cells above it are whole)
        last = cells[-1].line
        keep = [c for c in cells if c.line != last]
        out.cut = _row_line(None, [c for c in cells if c.line == last])
        out.cut.raw = text.rsplit("\n", 1)[-1]
        cells = keep
    i = 0
    labels_run: list[Cell] = []
    while i < len(cells):
        c = cells[i]
        if not c.value:
            labels_run.append(c)
            # a class table: a run of header cells matching a template, then class rows
            block, used, n_header = _class_table(cells, i, labels_run)
            if block is not None:
                for lone in labels_run[: -n_header - 1]:
                    out.lines.append(_row_line(lone, []))
                out.class_blocks.append(block)
                labels_run = []
                i = used
                continue
            i += 1
            continue
        # value cells: they belong to the last label cell; earlier label cells stand alone
        values = []
        while i < len(cells) and cells[i].value:
            values.append(cells[i])
            i += 1
        for lone in labels_run[:-1]:
            out.lines.append(_row_line(lone, []))
        out.lines.append(_row_line(labels_run[-1] if labels_run else None, values))
        labels_run = []
    for lone in labels_run:
        out.lines.append(_row_line(lone, []))
    return out


def _class_table(cells: list[Cell], first: int, run: list[Cell]) -> tuple[ClassBlock | None, int, int]:
    """A class table whose header cells end ``run[:-1]`` and whose first class label is
    ``cells[first]`` (== ``run[-1]``): the block, the index after its last row, and the
    number of header cells."""
    if not _class_label(cells[first]):
        return None, first, 0
    normalised = [_norm_header(c.text) for c in run[:-1]]
    for _name, section, header, columns in _templates():
        n = len(header)
        if normalised[-n:] != header:
            continue
        k = len(columns) - 1
        rows: list[ClassRow] = []
        j = first
        while j < len(cells) and _class_label(cells[j]):
            vals = cells[j + 1: j + 1 + k]
            if len(vals) < k or not all(x.value and len(x.tokens) == 1 for x in vals):
                break  # a row cut short (or not a row of this table) ends the table
            label = cells[j]
            rows.append(ClassRow(label.text, label.line, [x.tokens[0] for x in vals],
                                 (label.start, label.start + len(label.text))))
            j += 1 + k
        if not rows:
            continue
        v = vocabulary()
        cols = []
        for field_name in columns[1:]:
            entry = next((e for e in (v.lookup(w, section, ("classes",)) for w in _WORDS.get(field_name, ())) if e), None)
            type_ = entry.type if entry else ("text" if field_name in ("cusip", "description") else "rate" if field_name.endswith("_rate") else "money")
            cols.append(ClassColumn(field_name, field_name, type_, (0, 0)))
        block = ClassBlock(section, cols, [c.line for c in run[-n - 1: -1]])
        block.rows = rows
        return block, j, n
    return None, first, 0


_WORDS = {"interest_rate": ("rate",), "cusip": ("cusip",)}
