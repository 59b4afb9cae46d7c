"""Stacked class-table blocks -> one class table, with per-$1,000 blocks proven.

Reports print the class table as 2-4 blocks stacked down the page, some without class
labels. Blocks are joined by class label (two spellings of one class, ``B-IO``/``BIO``,
share a key) or, when a block has no labels, by row order, and only when its row count
equals the labelled block's. Per-$1,000 figures are recomputed from the class amounts
(amount / original balance x 1000); a block whose labels are off by a row is re-aligned
when the shifted reading, and only it, proves every verifiable row (status ``repaired``),
and a block no reading proves keeps only its proven rows (status ``fail``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, Final

from abs_nb.parse.grid import half_labels
from abs_nb.parse.identities import CLASS_NEVER_NEGATIVE, PER_1000_OF
from abs_nb.parse.pieces import UNPROVEN_COLUMN, CheckRow, ClassBlock, ClassRow
from abs_nb.parse.records import Record
from abs_nb.parse.row_labels import class_label
from abs_nb.parse.spelling import TOTAL_KEYS, class_key
from abs_nb.parse.tokens import Token
from abs_nb.parse.values import convert
from abs_nb.parse.vocabulary import vocabulary

TOTAL: Final = "Total"

#: a CUSIP's shape: nine letters and digits, a digit among them (private classes print
#: identifiers of that shape in the column too: ``OPT00003C``)
_CUSIP_SHAPE: Final = re.compile(r"^(?=[0-9A-Za-z]*[0-9])[0-9A-Za-z]{9}$")
NOT_A_CUSIP: Final = "under a CUSIP's column, but no CUSIP's shape"
_FIGURE: Final = re.compile(r"\d[.,%]|\d$")


class Placed(Record):
    _fields = ("value", "line", "span", "token")

    def __init__(self, value: Any, line: int, span: tuple[int, int] | None, token: Token | None) -> None:
        self.value = value  # a float, a string or a bool, as the data contract types the field
        self.line = line
        self.span = span
        self.token = token


@dataclass
class ClassTable:
    order: list[str] = field(default_factory=list)  # class labels as printed, report order
    values: dict[tuple[str, str], Placed] = field(default_factory=dict)  # (class|Total, column)
    checks: list[CheckRow] = field(default_factory=list)
    problems: list[tuple[int, str, list[str], str]] = field(default_factory=list)  # unmapped rows
    decimals: dict[tuple[str, str], int] = field(default_factory=dict)
    table_of: dict[str, int] = field(default_factory=dict)  # class -> 1 for the first class table, 2, ...

    def get(self, row: str, column: str) -> float:
        p = self.values.get((row, column))
        return p.value if p is not None and isinstance(p.value, (int, float)) else math.nan


def _printed(tok: Token | None) -> str:
    return tok.text if tok is not None else "(blank)"


def summed_in(rows: list[ClassRow]) -> set[int]:
    """The rows above a last row labelled Total that it sums in: in a column where the Total
    is the sum of every row above it, a row printing a figure other than zero there (a
    zero proves nothing; "Certificates  N/A  808,096.13" above the notes' Total).

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> rows = [ClassRow(lb, k, tokenize_line(f"x {v}", k).values) for k, (lb, v) in
    ...         enumerate([("A-1", "5.00"), ("Certificates", "2.00"), ("Total", "7.00")])]
    >>> summed_in(rows)
    {0, 1}
    """
    if len(rows) < 3 or class_key(rows[-1].label or "") not in TOTAL_KEYS:
        return set()
    out: set[int] = set()
    for ci in range(len(rows[-1].cells)):
        total = rows[-1].cells[ci]
        cells = [r.cells[ci] if ci < len(r.cells) else None for r in rows[:-1]]
        if total is None or total.percent or not all(c is None or c.kind in ("num", "na") for c in cells):
            continue
        figures = [c.number if c is not None and c.kind == "num" and not c.percent else 0.0 for c in cells]
        if all(f == f for f in figures) and abs(sum(figures) - total.number) < 0.005 * len(figures):
            out |= {k for k, f in enumerate(figures) if abs(f) >= 0.005}
    return out


class _Builder:
    def __init__(self) -> None:
        self.t = ClassTable()
        self.keys: dict[str, str] = {}  # class key -> label
        self.last_labels: list[str | None] | None = None
        self.last_rows: list[ClassRow] | None = None  # the rows the last labels were read from
        self.table_no = 1
        self.set_aside: list[tuple[ClassBlock, ClassRow]] = []  # rows naming no class when read

    def resolve(self, label: str | None, block: ClassBlock, define: bool, summed_in: bool = False) -> str | None:
        if label is None:
            return None
        label = class_label(label) or label  # "Class A-1" is A-1: the word is the table's, not the name's
        key = class_key(label)
        if key in TOTAL_KEYS:
            return TOTAL
        if key in self.keys:
            return self.keys[key]
        if define and not (block.summed or summed_in) and class_label(label) is None and vocabulary().names_fields(label):
            return None  # a label of words that name fields ("Beginning Balance") is no class, unless the Total sums it in
        if define:
            self.keys[key] = label
            self.t.order.append(label)
            self.t.table_of[label] = self.table_no
            return label
        return None

    def labels_for(self, block: ClassBlock, define: bool) -> list[str | None] | None:
        rows = block.rows
        if block.labelled:
            # a table most of whose labels are not class-shaped lists no classes
            define = define and 2 * sum(1 for r in rows if r.label and class_label(r.label)) >= len(rows)
            needed = summed_in(rows)
            labels = [self.resolve(r.label, block, define, k in needed) for k, r in enumerate(rows)]
            # a trailing unlabelled row of a labelled block is its total
            if rows and rows[-1].label is None:
                labels[-1] = TOTAL
            return labels
        # one row fewer than the labelled block: a class row or the Total row is missing and
        # nothing tells which, so no row is placed (block_rows check)
        return half_labels(self.last_labels, rows, TOTAL, self.last_rows)

    def put(self, label: str, col_index: int, block: ClassBlock, row: ClassRow) -> None:
        column = block.columns[col_index]
        if column.field is None:
            return
        tok = row.cells[col_index]
        line = tok.line_in(row.line) if tok is not None else row.line
        if column.field == "cusip" and label != TOTAL and tok is not None and _FIGURE.search(tok.text) \
                and not _CUSIP_SHAPE.match(tok.text):
            # a class's figure under a CUSIP's column (a rate, an amount) is another table's row
            # standing under this header: listed unread (a word there, "N/A", is the class's)
            self.t.problems.append((line, f"{label} [{column.printed}]", [tok.text], NOT_A_CUSIP))
            return
        value, problem = convert(tok, column.type or "money")
        key = (label, column.field)
        if problem:
            self.t.checks.append(
                CheckRow("unreadable_value", f"{label} {column.field}", math.nan, math.nan, "fail",
                         f"line {line}: {problem}", [line])
            )
        if key in self.t.values:
            old = self.t.values[key]
            same = old.value == value or (_isnan(old.value) and _isnan(value))
            self.t.checks.append(
                CheckRow("duplicate_value", f"{label} {column.field}",
                         _num(old.value), _num(value), "pass" if same else "fail",
                         f"printed on lines {old.line} and {line}", [old.line, line])
            )
            return
        span = (tok.start, tok.end) if tok is not None else None
        self.t.values[key] = Placed(value, line, span, tok)
        if tok is not None and tok.kind == "num":
            self.t.decimals[key] = tok.decimals

    def add_block(self, block: ClassBlock, define: bool) -> None:
        labels = self.labels_for(block, define)
        if labels is None:
            self.t.checks.append(
                CheckRow("block_rows", f"class block at line {block.header_lines[0]}",
                         len(self.last_labels or []), len(block.rows), "fail",
                         "an unlabelled block whose row count matches no labelled block; its values are not placed",
                         [r.line for r in block.rows])
            )
            for r in block.rows:
                self.t.problems.append((r.line, r.label or "", [_printed(c) for c in r.cells if c], "unlabelled class block"))
            return
        for label, row in zip(labels, block.rows):  # noqa: B905 - zip(strict=...) is a generic call compiled
            if label is None:
                self.t.problems.append((row.line, row.label or "", [_printed(c) for c in row.cells if c], "not a class of this report"))
                if row.label and class_key(row.label) not in TOTAL_KEYS:
                    self.set_aside.append((block, row))
                continue
            for ci in range(len(block.columns)):
                self.put(label, ci, block, row)
        for ci, col in enumerate(block.columns):
            if col.field is None:
                for r in block.rows:
                    cell = r.cells[ci]
                    if cell is not None:
                        self.t.problems.append((cell.line_in(r.line), f"{r.label or ''} [{col.printed}]", [cell.text],
                                                UNPROVEN_COLUMN if col.unproven else "column not in the vocabulary"))
        if block.labelled:
            self.last_labels, self.last_rows = labels, block.rows

    # ---- per-$1,000 ------------------------------------------------------------------
    def verify(self, label: str, column: str, tok: Token | None) -> bool | None:
        """True/False when amount / original x 1000 proves or disproves the printed figure,
        None when it cannot be computed (original 0, a blank, N/A)."""
        amount_col = PER_1000_OF.get(column)
        if amount_col is None or label == TOTAL or tok is None or tok.kind != "num" or tok.value is None:
            return None
        original = self.t.get(label, "original_balance")
        amount = self.t.get(label, amount_col)
        if not original or math.isnan(original) or math.isnan(amount):
            return None
        expected, printed = amount / original * 1000, float(tok.value)
        if amount_col in CLASS_NEVER_NEGATIVE:
            expected, printed = abs(expected), abs(printed)  # a deduction's sign either way
        elif printed < 0 <= amount and tok.text.lstrip("$").startswith("("):
            printed = -printed  # brackets setting a figure apart beside its amount (per_1000_signs): no minus
        d_amt = self.t.decimals.get((label, amount_col), 0)
        tol = 0.5 * 10 ** -tok.decimals + 0.5 * 10 ** -d_amt * 1000 / abs(original) + 1e-9 * abs(expected)
        return abs(printed - expected) <= tol

    def score(self, block: ClassBlock, assignment: list[tuple[str, ClassRow]]) -> tuple[int, int, str | None]:
        passed = failed = 0
        first_fail = None
        for label, row in assignment:
            for ci, col in enumerate(block.columns):
                ok = self.verify(label, col.field or "", row.cells[ci])
                if ok is True:
                    passed += 1
                elif ok is False:
                    failed += 1
                    first_fail = first_fail or label
        return passed, failed, first_fail

    def trustworthy(self, labels: list[str | None] | None) -> bool:
        """Labels that name every class exactly once (plus at most a Total): a wrong figure
        in such a block is a wrong figure, not a misaligned row."""
        if labels is None:
            return False
        named = [lab for lab in labels if lab is not None]
        if len(named) != len(labels):
            return False
        return sorted(lab for lab in named if lab != TOTAL) == sorted(self.t.order)

    def add_per_1000(self, block: ClassBlock) -> None:
        labels = self.labels_for(block, define=False)
        by_label = [(lab, r) for lab, r in zip(labels or [], block.rows, strict=False) if lab is not None]
        base = by_label if labels is not None else []
        passed, failed, _ = self.score(block, [(lab, r) for lab, r in base if lab != TOTAL])
        if labels is not None and (failed == 0 or self.trustworthy(labels)):
            # proven, or labelled beyond doubt: a disproved figure is a wrong figure, not a
            # misaligned row; it is not kept (NaN) and a failed check shows it
            self.add_block(block, define=False)
            for lab, r in base:
                for ci, col in enumerate(block.columns):
                    tok = r.cells[ci]
                    if col.field and tok is not None and tok.value is not None and self.verify(lab, col.field, tok) is False:
                        amount_col = PER_1000_OF[col.field]
                        expected = self.t.get(lab, amount_col) / self.t.get(lab, "original_balance") * 1000
                        self.t.values[(lab, col.field)] = Placed(math.nan, r.line, None, None)
                        self.t.checks.append(CheckRow(
                            "per_1000", col.field, expected, float(tok.value), "fail",
                            f"{lab}: printed {tok.text}, but {amount_col} / original x 1000 = "
                            f"{expected:.5f}; the printed figure is disproved and not kept", [r.line]))
            return
        # other readings: the rows in order, starting at the first class, shifted by d
        body = [r for r in block.rows if class_key(r.label or "") not in TOTAL_KEYS]
        best = None
        for d in (0, 1, -1, 2, -2):
            assign = [(self.t.order[k - d], r) for k, r in enumerate(body) if 0 <= k - d < len(self.t.order)]
            p, f, _ = self.score(block, assign)
            if f == 0 and p > passed and (best is None or p > best[1]):
                best = (assign, p, d)
        fields = ", ".join(c.field or c.printed for c in block.columns)
        lines = [r.line for r in block.rows]
        if best is not None:
            assign, p, d = best
            used = {id(r) for _, r in assign}
            moved = [
                f"{r.label or '(no label)'}: {' / '.join(_printed(c) for c in r.cells)} -> {lab}"
                for lab, r in assign
                if r.label is None or self.resolve(r.label, block, False) != lab
            ]
            spare = [f"{r.label or '(no label)'} {' / '.join(_printed(c) for c in r.cells)}" for r in body if id(r) not in used]
            for lab, r in assign:
                for ci in range(len(block.columns)):
                    self.put(lab, ci, block, r)
            self.t.checks.append(
                CheckRow("per_1000_alignment", f"per $1,000 block ({fields})", 0, d, "repaired",
                         f"labels sit {abs(len(body) - len(self.t.order)) or abs(d) or 1} row(s) off their figures; "
                         f"by label {failed} of {failed + passed} figures disagree with amount / original x 1000, "
                         f"re-aligned by row order all {p} verifiable figures agree. Printed rows re-assigned: "
                         + "; ".join(moved) + (f". Spare row dropped: {'; '.join(spare)}" if spare else ""),
                         lines)
            )
            return
        # no reading proves the block: keep proven rows, drop the rest from the first failure
        kept, dropped, seen_fail = [], [], False
        for lab, r in base:
            if lab == TOTAL:
                for ci in range(len(block.columns)):
                    self.put(lab, ci, block, r)
                continue
            oks = [self.verify(lab, col.field or "", r.cells[ci]) for ci, col in enumerate(block.columns)]
            if any(ok is False for ok in oks):
                seen_fail = True
            if seen_fail or any(ok is False for ok in oks):
                dropped.append(f"{lab} {' / '.join(_printed(c) for c in r.cells)}")
                continue
            kept.append(lab)
            for ci in range(len(block.columns)):
                self.put(lab, ci, block, r)
        if block.labelled and labels is not None:
            self.last_labels, self.last_rows = labels, block.rows  # an unlabelled block after it still joins by row order
        missing = [c for c in self.t.order if c not in {lab for lab, _ in base}]
        self.t.checks.append(
            CheckRow("per_1000_alignment", f"per $1,000 block ({fields})", len(self.t.order), len(body), "fail",
                     f"{len(body)} rows for {len(self.t.order)} classes"
                     + (f" (no row for {', '.join(missing)})" if missing else "")
                     + f"; {failed} figure(s) disagree with amount / original x 1000 and no shifted reading agrees. "
                     f"Kept the proven rows ({', '.join(kept)}); dropped as unattributable: " + "; ".join(dropped),
                     lines)
        )


def _isnan(x: object) -> bool:
    return isinstance(x, float) and math.isnan(x)


def _num(x: object) -> float:
    return float(x) if isinstance(x, (int, float)) and not isinstance(x, bool) else math.nan


def _merge_continued(blocks: list[ClassBlock]) -> list[ClassBlock]:
    """A table broken by a page (its header printed again, then more classes) is one table:
    a labelled block with the same columns as the labelled block before it and no label in
    common continues it."""
    out: list[ClassBlock] = []
    for block in blocks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and block.labelled
            and prev.labelled
            and block.section == prev.section
            and [c.field for c in block.columns] == [c.field for c in prev.columns]
            and not {class_key(r.label or "") for r in block.rows} & {class_key(r.label or "") for r in prev.rows}
            and not any(class_key(r.label or "") in TOTAL_KEYS for r in prev.rows)
        ):
            merged = ClassBlock(prev.section, prev.columns, prev.header_lines + block.header_lines)
            merged.rows = prev.rows + block.rows
            merged.problems = prev.problems + block.problems
            out[-1] = merged
            continue
        out.append(block)
    return out


#: the classes already known a later table must print for its other classes to be added
MIN_KNOWN: Final = 2


def build(blocks: list[ClassBlock]) -> ClassTable:
    """Join the blocks of one report into a :class:`ClassTable`, in the order they are
    printed (an unlabelled half takes the labels of the labelled block above it, whichever
    reader found each)."""
    blocks = _merge_continued(sorted(blocks, key=lambda b: b.rows[0].line if b.rows else 0))
    b = _Builder()
    defined = False
    # a report whose classes no table of amounts names: its first table per $1,000 names them
    first = None if any(bl.section != "per1000" and bl.labelled for bl in blocks) else next(
        (bl for bl in blocks if bl.labelled), None)
    for block in blocks:
        if block.section == "per1000" and block is not first:
            continue
        new_table = (
            defined
            and block.labelled
            and block.section == "classes"
            and all(class_key(r.label or "") not in b.keys for r in block.rows if r.label)
        )
        if new_table:
            # another class table of the same report (REMIC tiers, notes beside certificates):
            # its classes are added; its own Total row is not the report's Total
            totals = [r for r in block.rows if class_key(r.label or "") in TOTAL_KEYS or r.label is None]
            if totals:
                b.t.checks.append(CheckRow(
                    "total_row", f"class table at line {block.header_lines[0]}", math.nan, math.nan, "warn",
                    "a second class table: its classes are added to the class table; its Total row (line "
                    f"{totals[-1].line}) is not kept, `totals` is the first table's", [r.line for r in totals]))
                block.rows = [r for r in block.rows if r not in totals]
        if new_table:
            b.table_no += 1
        # a later table of the classes printing one more (an IO class the principal's table
        # leaves out): its class-shaped labels beside classes known name classes too
        more = (defined and block.labelled and block.section == "classes" and not new_table
                and sum(1 for r in block.rows if class_key(r.label or "") in b.keys) >= MIN_KNOWN)
        b.add_block(block, define=(not defined and block.labelled) or new_table or more)
        defined = defined or block.labelled
    # a row read before a later table named its class (a row the later table's Total sums in)
    for block, row in b.set_aside:
        label = b.keys.get(class_key(class_label(row.label or "") or row.label or ""))
        if label is not None:
            b.t.problems = [p for p in b.t.problems if p[0] != row.line or p[3] != "not a class of this report"]
            for ci in range(len(block.columns)):
                b.put(label, ci, block, row)
    b.last_labels, b.last_rows = None, None
    for block in blocks:
        if block.section == "per1000" and block is not first:
            b.add_per_1000(block)
    return b.t
