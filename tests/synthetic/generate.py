"""One synthetic report from one seed: known values printed in a random shape.

:func:`generate` draws a deal (:mod:`.deal`), then how to print it: header spellings
(:mod:`.words`), column order, widths and gaps, number formats, stacked halves with or
without labels, an unlabelled Totals row, a page break inside the class table, and the
rendering (fixed-width text, a ``|`` cell stream, or HTML). It returns the text with the
values a correct reading finds, keyed ``(table, row, field)``:
``("classes", label, field)``, ``("totals", "Total", field)``, ``("collateral", group, field)``,
``("delinquency", group, status, measure)``, ``("deal", "deal", field)``.

>>> doc = generate(3)
>>> doc.text == generate(3).text
True
>>> ("classes", doc.class_labels[0], "ending_balance") in doc.expected
True
"""

from __future__ import annotations

import dataclasses
import itertools
import random
import textwrap
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Final

from . import words as W
from .deal import IO, SENIOR, Deal, X, make_deal
from .render import Column, NumberFormat, Table, Text, fixed_decimals, render

Key = tuple[str, ...]
MONEY_FIELDS = ("original_balance", "beginning_balance", "principal", "interest", "realized_loss",
                "total_distribution", "ending_balance")
PER_1000_OF = {"principal_per_1000": "principal", "interest_per_1000": "interest",
               "total_per_1000": "total_distribution", "ending_balance_per_1000": "ending_balance"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


@dataclass
class Document:
    """A generated report: its text, what it means, and how it was printed."""

    seed: int
    text: str
    expected: dict[Key, float | str | None]  # None: printed as a dash or blank (NaN)
    tolerance: dict[Key, float]  # half a unit of the printed precision
    shape: dict[str, str]  # what was drawn: rendering, formats, halves, ...
    class_labels: list[str] = field(default_factory=list)
    class_kinds: dict[str, str] = field(default_factory=dict)  # label -> senior, mezzanine, ..., x, r, p


#: the shape of the reports the vocabulary was written from (``generate(seed, familiar=True)``)
FAMILIAR = {"rendering": "fixed", "dollar": "no", "zero": "zero", "negative": "minus", "column_order": "report",
            "cusip": "yes", "cusip_at": "first", "cusip_before": "no", "header_lines": "1", "total_label": "Total",
            "halves": "1", "page_break": "no",
            "delinquency_layout": "blocks", "delinquency_group_name": "own line", "deal_lines": "spaced", "signature": "yes", "per1000_decimals": "6",
            "prepaid": "whole", "total_principal": "printed", "rules": "none", "rule_style": "-full",
            "delinquency_share": "no", "pool_deductions": "positive", "delinquency_transposed": "no",
            "class_types": "no", "percent_sign": "joined", "tab_cells": "no", "pipe_cells": "no", "pool_blocks": "columns",
            "class_notes": "no", "per1000_span": "no", "two_line": "no", "class_gap": "no", "group_names": "numbered",
            "unscheduled": "no", "per1000_text": "table", "total_words": "no",
            "rate_fraction": "no", "paragraph_extras": "no", "pool_extras": "no", "oc_label": "X",
            "delinquency_transposed_groups": "no", "one_blank": "no", "classes_across": "no", "figures_first": "no"}


class _Builder:
    def __init__(self, seed: int, familiar: bool = False, vary: str | None = None) -> None:
        self.seed = seed
        self.familiar = familiar or vary is not None
        self.vary = vary  # in familiar mode, the one shape (or "words") drawn at random
        self.rng = random.Random(seed)
        self.expected: dict[Key, float | str | None] = {}
        self.tolerance: dict[Key, float] = {}
        self.shape: dict[str, str] = {}
        self.blocks: list[Text | Table] = []
        # shapes added after the first: drawn from a stream of their own, so that adding one
        # leaves every other draw of a seed (and so its document) as it was
        self.later = random.Random(seed * 1_000_003 + 17)
        self.streams: dict[str, random.Random] = {}
        # "Group 1" -> the name printed for it where groups are named by their loans' kind
        self.group_kinds: dict[str, str] = {}

    def stream(self, name: str) -> random.Random:
        """The stream of draws of shape ``name`` alone (shapes added from the wrapped class
        labels on): a draw added to one shape moves no draw of another."""
        if name not in self.streams:
            self.streams[name] = random.Random(f"{self.seed}:{name}")
        return self.streams[name]

    def pick(self, name: str, options: list[str], weights: list[float] | None = None, later: bool | str = False) -> str:
        """A shape drawn at random (the familiar one in familiar mode); ``later``: from the
        stream of the shapes added later (``"own"``: from the shape's own stream)."""
        rng = self.stream(name) if later == "own" else self.later if later else self.rng
        value = rng.choices(options, weights)[0]
        if self.familiar and name != self.vary:
            value = FAMILIAR.get(name, value)
        self.shape[name] = value
        return value

    def word(self, options: list[str]) -> str:
        """A spelling: random, or the first (the familiar one). The draw is made either way,
        so a seed's values are the same in both modes."""
        value = self.rng.choice(options)
        return options[0] if self.familiar and self.vary != "words" else value

    def put(self, key: Key, value: float | str | None, half_unit: float) -> None:
        self.expected[key] = value
        self.tolerance[key] = half_unit

    def header(self, phrase: str, max_lines: int) -> list[str]:
        """``phrase`` over 1..``max_lines`` lines (whole words per line)."""
        parts = phrase.split()
        n = min(len(parts), self.rng.randint(1, max_lines)) if parts else 1
        if n <= 1:
            return [phrase]
        cuts = sorted(self.rng.sample(range(1, len(parts)), n - 1))
        return [" ".join(parts[a:b]) for a, b in zip([0, *cuts], [*cuts, len(parts)], strict=True)]

    def table(self, columns: list[Column], rows: list[list[str]]) -> Table:
        rng = self.rng
        return Table(columns, rows, indent=rng.choice([0, 0, 2, 4, 6]),
                     gaps=[rng.randint(2, 7) for _ in columns], header_align=rng.choice(["right", "center"]),
                     dollar_cells=self.shape.get("dollar_cells") == "yes", rules=self.shape.get("rules", "none"),
                     dollar_apart=self.shape.get("dollar_apart") == "yes",
                     rule_style=self.shape.get("rule_style", "-full"), tight=self.shape.get("box_style") == "tight",
                     bar=self.shape.get("box_bar", "|"))


def _title(b: _Builder, trustee: str) -> None:
    rng = b.rng
    year = rng.randint(1998, 2008)
    series = f"{year}-{rng.choice(['HE', 'A', 'NC', 'WF', 'OPT'])}{rng.randint(1, 12)}"
    month, day = rng.randint(1, 12), rng.choice([15, 20, 25, 26])
    date = rng.choice([
        f"{day}-{MONTHS[month - 1][:3]}-{year % 100:02d}", f"{MONTHS[month - 1]} {day}, {year}",
        f"{month:02d}/{day:02d}/{year}", f"{year}-{month:02d}-{day:02d}",
    ])
    b.blocks.append(Text([
        f"{rng.choice(W.SHELVES)}, Series {series}",
        f"Asset Backed Pass-Through Certificates, Series {series}",
        "", b.word(W.TITLES), "",
        f"Distribution Date:{' ' * rng.randint(1, 20)}{date}",
        f"Trustee: {trustee}", "",
    ]))


def _class_table(b: _Builder, deal: Deal, fmt: NumberFormat, trustee: str) -> None:
    rng = b.rng
    fields = ["beginning_balance", "principal", "interest", "total_distribution", "ending_balance"]
    if rng.random() < 0.7:
        fields.insert(0, "original_balance")
    if rng.random() < 0.6:
        fields.insert(fields.index("interest"), "interest_rate")
    if deal.class_losses or rng.random() < 0.5:
        fields.insert(fields.index("total_distribution"), "realized_loss")
    if b.pick("column_order", ["report", "shuffled"], [0.5, 0.5]) == "shuffled":
        rng.shuffle(fields)
    cusip = b.pick("cusip", ["yes", "no"], [0.6, 0.4]) == "yes"
    # the CUSIP in the first column, or in the last, after the figures
    cusip_last = cusip and b.pick("cusip_at", ["first", "last"], [0.8, 0.2], later="own") == "last"
    order = (["cusip"] if cusip and not cusip_last else []) + fields + (["cusip"] if cusip_last else [])
    max_lines = int(b.pick("header_lines", ["1", "2", "3", "4"]))
    half = 0.5 * 10 ** -fmt.decimals
    labelled_total = b.pick("total_label", ["Total", "TOTAL", "Totals", "unlabelled"], [0.3, 0.2, 0.2, 0.3])
    # or words no vocabulary lists: the row is the Total by its sum
    if labelled_total != "unlabelled" and b.pick("total_words", ["no", "yes"], [0.85, 0.15], later="own") == "yes":
        labelled_total = b.stream("total_words").choice(W.TOTAL_WORDS)
    rows: dict[str, list[str]] = {}
    for c in deal.classes:
        row: dict[str, str] = {}
        if cusip:
            row["cusip"] = c.cusip
            b.put(("classes", c.label, "cusip"), c.cusip, 0)
        values = {"original_balance": c.original, "beginning_balance": c.beginning, "principal": c.principal,
                  "interest": c.interest, "realized_loss": c.loss, "total_distribution": c.total,
                  "ending_balance": c.ending}
        for f in fields:
            if f == "interest_rate":
                text, value = fmt.rate(c.rate)
                b.put(("classes", c.label, f), value, 0.5e-7)
            else:
                text, value = fmt.money(values[f])
                b.put(("classes", c.label, f), value, half)
            row[f] = text
        rows[c.label] = [row.get(f, "") for f in order]
    # a footnote's mark after some classes' names ("B-1 (4)", "CE*"): no part of the name
    printed = {lab: lab for lab in rows}
    if b.pick("class_notes", ["no", "marks"], [0.85, 0.15], later="own") == "marks":
        own = b.stream("class_notes")
        marked = [lab for lab in rows if own.random() < 0.4] or [own.choice(list(rows))]
        for lab in marked:
            printed[lab] = lab + own.choice([" (1)", "(2)", "*", " (3)", "**"])
    total_row = []
    for f in order:
        if f in deal.totals:
            text, value = fmt.money(deal.totals[f])
            b.put(("totals", "Total", f), value, half)
            total_row.append(text)
        else:
            total_row.append("")
    spelled = {f: b.word(W.CLASS_HEADERS[f]) for f in order}
    label_head = b.word(W.CLASS_LABEL_HEADERS)
    # stacked halves: the value columns cut into 1-3 blocks printed one under the other
    n_halves = int(b.pick("halves", ["1", "2", "3"], [0.5, 0.3, 0.2]))
    n_halves = min(n_halves, len(order))
    cuts = sorted(rng.sample(range(1, len(order)), n_halves - 1)) if n_halves > 1 else []
    parts = [order[a:z] for a, z in zip([0, *cuts], [*cuts, len(order)], strict=True)]
    labels_again = b.pick("halves_labelled", ["yes", "no"]) == "yes" if n_halves > 1 else True
    heading = b.word(W.CLASS_HEADINGS)
    b.blocks.append(Text(["", heading, ""]))
    page_break = b.pick("page_break", ["yes", "no"], [0.3, 0.7]) == "yes"
    # each class on two lines: its amounts, then its CUSIP and its figures per $1,000 under them
    two_line = (b.shape["rendering"] == "fixed" and n_halves == 1 and not page_break and b.shape.get("rules") != "box"
                and b.pick("two_line", ["no", "yes"], [0.85, 0.15], later="own") == "yes")
    # a blank line between the senior classes and the others, or a title over each kind's rows
    kinds = [c.kind for c in deal.classes]
    first_other = next((k for k, kind in enumerate(kinds) if kind != SENIOR), 0)
    parted = (b.pick("class_gap", ["no", "blank", "title"], [0.8, 0.1, 0.1], later="own")
              if b.shape["rendering"] == "fixed" and 0 < first_other < len(kinds) else "no")
    gap = parted == "blank" or (parted == "title" and (b.shape.get("rules") == "box" or n_halves > 1))
    own = b.stream("class_titles")
    titles = ({0: own.choice(W.SENIOR_TITLES), first_other: own.choice(W.OTHER_TITLES)}
              if parted == "title" and not gap else {})
    # the classes across, one column each and the Total's, a row per field (notes' statements)
    if (n_halves == 1 and not page_break and not two_line and b.shape.get("rules") != "box"
            and b.pick("classes_across", ["no", "yes"], [0.85, 0.15], later="own") == "yes"):
        _across_table(b, order, rows, printed, total_row, spelled, labelled_total)
        return
    if two_line:
        _two_line_table(b, deal, parts[0], rows, printed, total_row, order, spelled, label_head, max_lines,
                        labelled_total, gap and first_other)
        return
    # each class's record wrapped onto two or three lines, and its header with it (80 columns)
    if (b.shape["rendering"] == "fixed" and n_halves == 1 and not page_break and b.shape.get("rules") != "box"
            and b.shape.get("zero") != "blank"  # (a record's line of blanks only would print as a blank line)
            and b.pick("wrapped_records", ["no", "yes"], [0.9, 0.1], later="own") == "yes"):
        _wrapped_table(b, parts[0], rows, printed, total_row, order, spelled, label_head, labelled_total)
        return
    for i, part in enumerate(parts):
        with_label = i == 0 or labels_again
        cols = ([Column(b.header(label_head, max_lines) if label_head else [], "left")] if with_label else [])
        cols += [Column(b.header(spelled[f], max_lines), "left" if f == "cusip" else "right") for f in part]
        body = []
        idx = [order.index(f) for f in part]
        for label, cells in rows.items():
            body.append(([printed[label]] if with_label else []) + [cells[j] for j in idx])
        tot = [total_row[j] for j in idx]
        body.append(([labelled_total if labelled_total != "unlabelled" else ""] if with_label else []) + tot)
        if i == 0 and with_label and part[0] == "cusip" and b.shape["rendering"] == "fixed" and b.pick(
                "cusip_before", ["no", "yes"], [0.8, 0.2], later="own") == "yes":
            # the CUSIP before the class (``49641QAA2   1-A-1   ...``): the two first columns swapped
            cols[0], cols[1] = cols[1], cols[0]
            body = [[row[1], row[0], *row[2:]] for row in body]
        t = b.table(cols, body)
        t.total_row = True
        if gap:
            t.blank_before = {first_other}
        if with_label:
            t.titles = dict(titles)
        if i == 0 and with_label and b.shape["rendering"] == "fixed" and t.rules != "box" and not b.shape.get(
                "cusip_before") == "yes" and b.pick(
                "class_types", ["no", "wrapped"], [0.8, 0.2], later="own") == "wrapped":
            t.wrapped = {r: b.stream("class_types").choice(W.CLASS_TYPES) for r in range(len(rows))}
        if (n_halves == 1 and not page_break and not gap and not titles and not t.wrapped and t.rules != "box"
                and b.shape["rendering"] == "fixed" and all(all(row) for row in body[:-1])
                and b.pick("one_blank", ["no", "yes"], [0.7, 0.3], later="own") == "yes"):
            t.one_blank = True  # cells one blank apart, in no columns (every class row prints every cell)
            if b.pick("uneven_blanks", ["no", "yes"], [0.5, 0.5], later="own") == "yes":
                t.uneven = b.stream("uneven_blanks").randint(1, 10**6)  # or one to six blanks apart
        if page_break and i == 0 and len(body) > 3:
            at = rng.randint(2, len(body) - 1)
            n_pages = rng.randint(2, 9)
            t.breaks[at] = ([f"{' ' * rng.randint(0, 40)}Page 1 of {n_pages}"],
                            [f"{trustee}{' ' * rng.randint(4, 30)}Page 2 of {n_pages}",
                             rng.choice(["", heading + " (continued)"])])
            t.repeat_header = rng.random() < 0.5
        b.blocks.append(t)
        b.blocks.append(Text([""] * rng.randint(1, 3)))


def _two_line_table(b: _Builder, deal: Deal, part: list[str], rows: dict[str, list[str]], printed: dict[str, str],
                    total_row: list[str], order: list[str], spelled: dict[str, str], label_head: str,
                    max_lines: int, labelled_total: str, gap_at: int) -> None:
    """The class table with each class on two lines: its amounts, then its CUSIP (or nothing)
    under its name and its figures per $1,000 under the amounts they are of; the header's
    bottom line says so (``CUSIP``, ``Per 1,000``)."""
    own = b.stream("two_line")
    places = own.choice([6, 7, 8, 9])
    half = 0.5 * 10 ** -places
    amounts = [f for f in part if f != "cusip"]
    per_of = {a: p for p, a in PER_1000_OF.items()}
    unit = own.choice(["Per 1,000", "Per $1,000", "per $1,000"])
    cusip = "cusip" in part
    cols = [Column((b.header(label_head, max_lines) if label_head else []) + ["CUSIP" if cusip else ""], "left")]
    cols += [Column(b.header(spelled[f], max_lines) + ([unit] if f in per_of else [""])) for f in amounts]
    body: list[list[str]] = []
    by_label = {c.label: c for c in deal.classes}
    for label, cells in rows.items():
        c = by_label[label]
        values = {"principal": c.principal, "interest": c.interest, "total_distribution": c.total,
                  "ending_balance": c.ending}
        second = [cells[order.index("cusip")] if cusip else ""]
        for f in amounts:
            if f not in per_of:
                second.append("")
                continue
            value = Decimal(values[f]) / Decimal(c.original) * 1000 if c.original else Decimal(0)
            text, v = fixed_decimals(value, places)
            b.put(("classes", label, per_of[f]), v, half)
            second.append(text)
        body += [[printed[label]] + [cells[order.index(f)] for f in amounts], second]
    label = labelled_total if labelled_total != "unlabelled" else "Total"  # a Total below the pairs says so
    body.append([label] + [total_row[order.index(f)] for f in amounts])
    t = b.table(cols, body)
    t.total_row = True
    if own.random() < 0.6:
        t.blank_before = set(range(2, len(body) - 1, 2))  # a blank line between classes
    if gap_at:
        t.blank_before.add(2 * gap_at)
    b.blocks += [t, Text([""] * own.randint(1, 3))]


def _across_table(b: _Builder, order: list[str], rows: dict[str, list[str]], printed: dict[str, str],
                  total_row: list[str], spelled: dict[str, str], labelled_total: str) -> None:
    """The class table printed across: a column per class (its name over it, ``Class`` before
    it or not), a row per field labelled by the field's header words, in panels of a few
    classes one under the other, the Total's column in the last (the rate's row and the
    CUSIPs' print no Total)."""
    own = b.stream("classes_across")
    prefix = own.choice(["", "", "Class ", "CLASS "])
    total = labelled_total if labelled_total != "unlabelled" else own.choice(["Total", "TOTAL", ""])
    labels = list(rows)
    size = own.choice([3, 4, 5, 6])
    for at in range(0, len(labels), size):
        panel = labels[at:at + size]
        last = at + size >= len(labels)
        cols = [Column([""], "left")] + [Column([prefix + printed[lab]], "right") for lab in panel]
        body = [[spelled[f]] + [rows[lab][k] for lab in panel] for k, f in enumerate(order)]
        if last:
            cols.append(Column([total], "right"))
            body = [row + [total_row[k]] for k, row in enumerate(body)]
        b.blocks += [b.table(cols, body), Text([""] * own.randint(1, 2))]


def _wrapped_table(b: _Builder, part: list[str], rows: dict[str, list[str]], printed: dict[str, str],
                   total_row: list[str], order: list[str], spelled: dict[str, str], label_head: str,
                   labelled_total: str) -> None:
    """The class table with each class's record wrapped onto two or three lines (its CUSIP
    on its first), and the header with it: each header line names its line's columns."""
    own = b.stream("wrapped_records")
    size = min(own.choice([2, 3]), len(part))
    width = -(-len(part) // size)  # the columns a line holds
    chunks = [part[k * width:(k + 1) * width] for k in range(size)]
    cols = [Column([label_head or "Class"] + [""] * (size - 1), "left")]
    cols += [Column([spelled[c[j]] if j < len(c) else "" for c in chunks], "left" if j == 0 and part[0] == "cusip"
                    else "right") for j in range(width)]
    body: list[list[str]] = []
    for label, cells in [*rows.items(), (labelled_total if labelled_total != "unlabelled" else "Total", total_row)]:
        for i, chunk in enumerate(chunks):
            line = [cells[order.index(f)] for f in chunk] + [""] * (width - len(chunk))
            body.append([printed.get(label, label) if i == 0 else ""] + line)
    t = b.table(cols, body)
    b.blocks += [t, Text([""] * own.randint(1, 3))]


def _per_1000(b: _Builder, deal: Deal, fmt: NumberFormat) -> None:
    """The table of figures per $1,000 (its draws made, nothing printed, where the class table
    printed them on each class's second line)."""
    rng = b.rng
    shown = b.shape.get("two_line") != "yes"
    fields = rng.sample(list(PER_1000_OF), rng.randint(2, 4))
    places = int(b.pick("per1000_decimals", ["6", "7", "8", "9"]))
    max_lines = int(b.shape["header_lines"])
    cols = [Column(b.header(b.word(W.CLASS_LABEL_HEADERS) or "Class", max_lines), "left")]
    spelled: list[str] = []
    for f in fields:
        spelled.append(b.word(W.PER_1000_HEADERS[f]))
        cols.append(Column(b.header(spelled[-1], max_lines)))
    body = []
    half = 0.5 * 10 ** -places
    for c in deal.classes:
        amounts = {"principal": c.principal, "interest": c.interest, "total_distribution": c.total,
                   "ending_balance": c.ending}
        row = [c.label]
        for f in fields:
            value = Decimal(amounts[PER_1000_OF[f]]) / Decimal(c.original) * 1000 if c.original else Decimal(0)
            text, v = fixed_decimals(value, places)
            if shown:
                b.put(("classes", c.label, f), v, half)
            row.append(text)
        body.append(row)
    heading, table = b.word(W.PER_1000_HEADINGS), b.table(cols, body)
    # or a paragraph per class: its name, then a labelled line per figure (fixed-width text)
    if b.shape["rendering"] == "fixed" and b.pick("per1000_layout", ["table", "paragraphs"], [0.7, 0.3],
                                                  later=True) == "paragraphs":
        leader = b.later.choice([" ", "."])
        # a subheading over each paragraph's lines, and a line of one class's own (a draw)
        extras = b.pick("paragraph_extras", ["no", "yes"], [0.7, 0.3], later="own") == "yes"
        lines = []
        for k, row in enumerate(body):
            lines += [f"  Class {row[0]}" if b.later.random() < 0.5 else f"  {row[0]}"]
            lines += [f"    Amounts per $1,000 {leader * 20}"] if extras else []
            lines += [f"      {label} {leader * (40 - len(label))} {text:>16}" for label, text in zip(spelled, row[1:],
                                                                                                   strict=True)]
            if extras and k == 0:
                lines += [f"      Additional Balance Increase {leader * 12} {'0.000000':>16}"]
            lines += [""]
        b.blocks += [Text(["", heading, ""] + lines)] if shown else []
        return
    # or a trustee's letter's way: a sentence per figure naming each class, or two classes
    # to a line (fixed-width text)
    if b.shape["rendering"] == "fixed" and b.pick("per1000_text", ["table", "sentences", "side_by_side"],
                                                  [0.8, 0.1, 0.1], later="own") != "table":
        own = b.stream("per1000_text")
        if b.shape["per1000_text"] == "sentences":
            lines = _sentences(own, spelled, body)
        else:
            lines = _side_by_side(own, table)
        b.blocks += [Text(["", heading, ""] + lines)] if shown else []
        return
    if b.shape["rendering"] == "fixed" and table.rules != "box" and b.pick(
            "per1000_span", ["no", "span"], [0.8, 0.2], later="own") == "span":
        table.span = b.stream("per1000_span").choice(W.PER_1000_SPANS)
    b.blocks += [Text(["", heading, ""]), table, Text([""])] if shown else []


def _sentences(own: random.Random, spelled: list[str], body: list[list[str]]) -> list[str]:
    """A paragraph per column of ``body`` (rows: a class and its figures): its words, then
    each class named with its figure (``Class A-1, 61.728395; ... and Class B, 0.000000.``),
    wrapped at a width drawn at random (a class's name may break over two lines)."""
    width = own.randint(60, 90)
    out: list[str] = []
    for k, words in enumerate(spelled):
        named = [f"Class {row[0]}, {row[k + 1]}" for row in body]
        sentence = f"({chr(97 + k)}) {words} of each Class: " + "; ".join(named[:-1]) + f"; and {named[-1]}."
        out += textwrap.wrap(sentence, width, break_on_hyphens=False, break_long_words=False,
                             initial_indent="  ", subsequent_indent="      ") + [""]
    return out


def _side_by_side(own: random.Random, table: Table) -> list[str]:
    """``table`` printed two classes to a line, its header printed over both halves."""
    rows = table.rows
    pairs = [rows[k] + (rows[k + 1] if k + 1 < len(rows) else [""] * len(rows[k])) for k in range(0, len(rows), 2)]
    cols = table.columns + [Column(c.header, c.align) for c in table.columns]
    twice = Table(cols, pairs, indent=table.indent, gaps=table.gaps + [own.randint(4, 10)] + table.gaps[1:],
                  header_align=table.header_align)
    return render([twice], "fixed").split("\n")


def _across(panes: list[list[str]], gap: int) -> list[str]:
    """Panes of lines printed side by side, ``gap`` blanks right of the widest line of the
    pane before."""
    out = panes[0]
    for pane in panes[1:]:
        width = max(len(x) for x in out) + gap
        out = [a.ljust(width) + b for a, b in itertools.zip_longest(out, pane, fillvalue="")]
    return [x.rstrip() for x in out]


def _group_spellings(b: _Builder, names: list[str]) -> dict[str, str]:
    style = b.rng.randrange(W.GROUP_STYLES)
    style = 0 if b.familiar and b.vary != "words" else style
    spelled = {g: W.GROUP_NAMES[g][min(style, len(W.GROUP_NAMES[g]) - 1)] for g in names}
    # the groups named by the kind of their loans, the same in every table of the document
    if "group_names" not in b.shape and len(names) > 1:
        if b.pick("group_names", ["numbered", "kinds"], [0.85, 0.15], later="own") == "kinds":
            kinds = b.stream("group_names").choice(W.GROUP_KINDS)
            b.group_kinds = {f"Group {k + 1}": name for k, name in enumerate(kinds)}
    return {g: b.group_kinds.get(g, name) for g, name in spelled.items()}


def _collateral(b: _Builder, deal: Deal, fmt: NumberFormat) -> None:
    rng = b.rng
    names = [g.name for g in deal.groups]
    spelled = _group_spellings(b, names)
    half = 0.5 * 10 ** -fmt.decimals
    fields = list(W.COLLATERAL_LABELS)
    if rng.random() < 0.3:
        fields.remove("ending_count")
    # the prepaid principal printed whole or as prepayments and curtailments; the total
    # principal printed or left to its parts
    labels = {**W.COLLATERAL_LABELS, **W.PREPAID_LABELS}
    if b.pick("prepaid", ["whole", "apart"], [0.75, 0.25]) == "apart":
        at = fields.index("prepayments_and_curtailments")
        fields[at:at + 1] = list(W.PREPAID_LABELS)
    if b.pick("total_principal", ["printed", "not printed"], [0.8, 0.2]) == "not printed":
        fields.remove("total_principal")
    # the principal not scheduled printed whole: instead of its parts, or beside them
    unscheduled = b.pick("unscheduled", ["no", "instead", "beside"], [0.85, 0.1, 0.05], later="own")
    if unscheduled == "instead":
        at = min(fields.index(f) for f in fields if f in ("prepayments_and_curtailments", *W.PREPAID_LABELS))
        fields = [f for f in fields if f not in ("prepayments_and_curtailments", "liquidation_proceeds", *W.PREPAID_LABELS)]
        fields.insert(at, "unscheduled_principal")
    elif unscheduled == "beside":
        fields.insert(fields.index("liquidation_proceeds") + 1, "unscheduled_principal")
    labels["unscheduled_principal"] = W.UNSCHEDULED_LABELS
    # what the roll-forward takes out of the balance printed as negatives, or not
    deducted = b.pick("pool_deductions", ["positive", "negative"], [0.8, 0.2], later=True) == "negative"
    curtailed = {g.name: int(g.prepayments * rng.uniform(0.01, 0.2)) for g in deal.groups if g.name != "Total"}
    curtailed["Total"] = sum(curtailed.values())
    body = []
    for f in fields:
        row = [b.word(labels[f])]
        for g in deal.groups:
            cut = curtailed[g.name] if g.name in curtailed else int(g.prepayments * 0.1)
            units = {"beginning_balance": g.beginning, "scheduled_principal": g.scheduled,
                     "prepayments_and_curtailments": g.prepayments, "prepayments": g.prepayments - cut,
                     "curtailments": cut, "liquidation_proceeds": g.liquidation,
                     "total_principal": g.total_principal, "realized_losses": g.losses,
                     "ending_balance": g.ending, "unscheduled_principal": g.prepayments + g.liquidation}
            if f == "ending_count":
                text, value = fmt.count(g.ending_count)
                b.put(("collateral", g.name, f), value, 0.5)
            elif deducted and f not in ("beginning_balance", "ending_balance"):
                text, value = fmt.money(-units[f])
                b.put(("collateral", g.name, f), None if value is None else -value, half)
            else:
                text, value = fmt.money(units[f])
                b.put(("collateral", g.name, f), value, half)
            row.append(text)
        body.append(row)
    body += _pool_extras(b, deal, fmt)
    if len(names) > 1 and b.pick("pool_total_first", ["no", "yes"], [0.85, 0.15], later="own") == "yes":
        # the Total printed first, over a row of averages (the remaining term: each group's,
        # the Total's between them, no sum)
        own = b.stream("pool_total_first")
        total = int(deal.deal_lines.get("wam", own.randint(200, 340)))
        parts = [total - own.randint(1, 20), total + own.randint(1, 20)]
        parts += [own.randint(parts[0], parts[1]) for _ in names[3:]]
        wam = dict(zip([n for n in names if n != "Total"], parts, strict=True)) | {"Total": total}
        row = [own.choice(W.DEAL_LABELS["wam"])]
        for n in names:
            text, value = fmt.count(wam[n])
            b.put(("collateral", n, "wam"), value, 0.5)
            row.append(text)
        body.append(row)
        order = [names.index("Total")] + [k for k, n in enumerate(names) if n != "Total"]
        names = [names[k] for k in order]
        body = [[r[0]] + [r[1 + k] for k in order] for r in body]
    heads = [[""]] + [[spelled[n]] if len(names) > 1 or rng.random() < 0.5 else [] for n in names]
    cols = [Column(h, "left" if i == 0 else "right") for i, h in enumerate(heads)]
    heading, table = b.word(W.COLLATERAL_HEADINGS), b.table(cols, body)
    if len(names) > 1 and b.shape["rendering"] == "fixed" and b.pick(
            "pool_blocks", ["columns", "blocks"], [0.8, 0.2], later="own") == "blocks":
        # a block of lines per group, each under a heading naming its group
        own = b.stream("pool_blocks")
        lines = ["", heading, ""]
        for k, n in enumerate(names):
            title = spelled[n] if n == "Total" else spelled[n] + own.choice(["", " Collateral", " Loan Information"])
            lines += [title, "-" * len(title)]
            lines += [f"{row[0]} {'.' * (44 - len(row[0]))} {row[1 + k]:>16}" for row in body]
            lines += [""]
        b.blocks += [Text(lines)]
        return
    # the flows under a sub-heading of their own in the label column, a blank line above it
    if len(names) > 1 and b.shape["rendering"] == "fixed" and b.shape.get("rules") != "box" and b.pick(
            "pool_subheadings", ["no", "yes"], [0.85, 0.15], later="own") == "yes":
        table.rows.insert(1, [b.stream("pool_subheadings").choice(W.POOL_SUBHEADINGS)] + [""] * len(names))
        table.blank_before.add(1)
    b.blocks += [Text(["", heading]), table, Text([""])]


def _pool_extras(b: _Builder, deal: Deal, fmt: NumberFormat) -> list[list[str]]:
    """Rows below the pool's flows (a shape of its own stream): the interest collected, the
    servicing fee taken out of it (printed as a deduction or not) and the interest net of it;
    a deal figure printed by group (the cumulative losses), each group's the pool's, the
    Total's the deal's."""
    extras = b.pick("pool_extras", ["no", "by_group", "interest", "both"], [0.55, 0.15, 0.15, 0.15], later="own")
    own = b.stream("pool_extras")
    groups = [g for g in deal.groups if g.name != "Total"]
    names = [g.name for g in deal.groups]
    half = 0.5 * 10 ** -fmt.decimals
    rows: list[list[str]] = []

    def row(label: str, values: dict[str, int], field: str | None, sign: int = 1) -> None:
        cells = [label]
        for n in names:
            text, value = fmt.money(sign * values[n])
            if field is not None:
                b.put(("collateral", n, field), None if value is None else sign * value, half)
            cells.append(text)
        rows.append(cells)

    if extras in ("interest", "both"):
        fee = {g.name: round(g.beginning * own.uniform(0.0025, 0.0050) / 12) for g in deal.groups}
        net = {g.name: round(g.beginning * own.uniform(0.05, 0.08) / 12) for g in deal.groups}
        if groups:
            fee["Total"], net["Total"] = sum(fee[g.name] for g in groups), sum(net[g.name] for g in groups)
        gross = {n: fee[n] + net[n] for n in names}
        deducted = own.random() < 0.4  # printed as the deduction it is: (x) or -x
        row(own.choice(W.GROSS_INTEREST_LABELS), gross, None)
        row(own.choice(W.FEE_LABELS), fee, "servicing_fee", -1 if deducted else 1)
        row(own.choice(W.NET_INTEREST_LABELS), net, "scheduled_interest_net")
        if not groups:  # a pool figure printed once for the pool is the deal's too
            _, total = fmt.money(fee["Total"])
            b.put(("deal", "deal", "servicing_fee"), total, half)
    if extras in ("by_group", "both") and groups:
        total = deal.deal_lines["cumulative_realized_losses"]
        cuts = sorted(own.randint(0, total) for _ in groups[1:])
        parts = [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]
        losses = {g.name: part for g, part in zip(groups, parts, strict=True)} | {"Total": total}
        row(own.choice(W.DEAL_LABELS["cumulative_realized_losses"]), losses, "cumulative_realized_losses")
        _, value = fmt.money(total)
        b.put(("deal", "deal", "cumulative_realized_losses"), value, half)
    return rows


def _delinquency(b: _Builder, deal: Deal, fmt: NumberFormat) -> None:
    rng = b.rng
    names = list(dict.fromkeys(g for g, _ in deal.delinquency))
    spelled = _group_spellings(b, names)
    statuses = {s: b.word(W.STATUS_LABELS[s]) for s in W.STATUS_LABELS}
    count_word = b.word(W.MEASURE_LABELS["count"])
    balance_word = b.word(W.MEASURE_LABELS["balance"])
    half = 0.5 * 10 ** -fmt.decimals
    b.blocks.append(Text(["", b.word(W.DELINQUENCY_HEADINGS)]))

    def cells(g: str, s: str) -> list[str]:
        n, bal = deal.delinquency[(g, s)]
        ct, cv = fmt.count(n)
        bt, bv = fmt.money(bal)
        b.put(("delinquency", g, s, "count"), cv, 0.5)
        b.put(("delinquency", g, s, "balance"), bv, half)
        return [ct, bt]

    layout = b.pick("delinquency_layout", ["blocks", "wide", "across"])
    # one pool's table with the statuses across and its count and balance down, in fixed width
    if len(names) == 1 and b.shape["rendering"] == "fixed" and b.pick(
            "delinquency_transposed", ["no", "yes"], [0.7, 0.3], later=True) == "yes":
        g = names[0]
        figures = [cells(g, s) for s in W.STATUS_LABELS]
        cols = [Column([""], "left")] + [Column(b.header(statuses[s], 2)) for s in W.STATUS_LABELS]
        body = [[count_word] + [f[0] for f in figures], [balance_word] + [f[1] for f in figures]]
        b.blocks += [b.table(cols, body), Text([""])]
        return
    if len(names) > 1 and b.shape["rendering"] == "fixed" and b.pick(
            "delinquency_transposed_groups", ["no", "yes"], [0.8, 0.2], later="own") == "yes":
        # the statuses across, a count row and a balance row per group labelled by both
        # ("Group 1 #", "Group 1 $"), a blank line between groups
        own = b.stream("delinquency_transposed_groups")
        marks = own.choice([("#", "$"), ("Count", "Balance"), ("No.", "Amount")])
        titled = own.random() < 0.4  # the group's name on a line of its own above its two rows
        b.shape["delinquency_titled"] = "yes" if titled else "no"
        body: list[list[str]] = []
        for g in names:
            figures = [cells(g, s) for s in W.STATUS_LABELS]
            body += [[] if not body else [""] * (len(figures) + 1)]
            if titled:
                body += [[spelled[g]] + [""] * len(figures),
                         [f"     {marks[0]}"] + [f[0] for f in figures], [f"     {marks[1]}"] + [f[1] for f in figures]]
            else:
                body += [[f"{spelled[g]} {marks[0]}"] + [f[0] for f in figures],
                         [f"{spelled[g]} {marks[1]}"] + [f[1] for f in figures]]
        cols = [Column([""], "left")] + [Column(b.header(statuses[s], 2)) for s in W.STATUS_LABELS]
        b.blocks += [b.table(cols, [r for r in body if r]), Text([""])]
        return
    if layout == "across":
        # the statuses over pairs of columns, a row per group (the pool's unlabelled or not);
        # the label column headed or not
        head = b.pick("across_label_header", ["none", "Loan Group", "Group", "Pool"], [0.55, 0.15, 0.15, 0.15],
                      later=True)
        cols = [Column(["" if head == "none" else head], "left")]
        for s in W.STATUS_LABELS:
            cols += [Column([statuses[s], count_word]), Column(["", balance_word])]
        body = [[spelled[g] if len(names) > 1 or rng.random() < 0.5 else ""]
                + [x for s in W.STATUS_LABELS for x in cells(g, s)] for g in names]
        if b.pick("across_halves", ["one", "two"], [0.6, 0.4], later="own") == "two" and b.shape["rendering"] != "html":
            # the delinquent statuses over one table, the others over a second of the same rows,
            # its status names alone on their line
            whole, cut = b.table(cols, body), 1 + 2 * 3
            first = dataclasses.replace(whole, columns=cols[:cut], rows=[r[:cut] for r in body], gaps=whole.gaps[:cut])
            second = dataclasses.replace(whole, columns=[Column([""], "left")] + cols[cut:],
                                         rows=[r[:1] + r[cut:] for r in body], gaps=whole.gaps[:1] + whole.gaps[cut:])
            b.blocks += [first, Text([""]), second, Text([""])]
            return
        b.blocks += [b.table(cols, body), Text([""])]
    elif layout == "blocks" or len(names) == 1:
        own_line = b.pick("delinquency_group_name", ["own line", "in the header"]) == "own line"
        # a third column of each status's share of the group's balance (no field holds it)
        share = b.pick("delinquency_share", ["no", "yes"], [0.6, 0.4], later=True) == "yes"
        share_word = b.later.choice(["% of Pool", "% of Bal", "Pct of Balance", "Percent"])
        # the groups' tables printed two across, each group's name over its table
        across = len(names) > 1 and b.shape["rendering"] == "fixed" and not own_line and b.pick(
            "delinquency_blocks_across", ["no", "yes"], [0.7, 0.3], later="own") == "yes"
        panes: list[list[str]] = []
        for g in names:
            body = [[statuses[s]] + cells(g, s) for s in W.STATUS_LABELS]
            named = len(names) > 1 or rng.random() < 0.5
            cols = [Column([spelled[g]] if named and not own_line else [], "left"),
                    Column([count_word]), Column([balance_word])]
            title = [" " * rng.randint(0, 20) + spelled[g]] if named and own_line else []
            t = b.table(cols, body)
            if share:  # added after the table's draws, from the later stream: the rest stays
                pool = 25 * max(1, sum(deal.delinquency[(g, s)][1] for s in W.STATUS_LABELS))
                t.columns.append(Column([share_word]))
                t.gaps = [*t.gaps[:len(cols) - 1], b.later.randint(2, 7)]
                for row, s in zip(t.rows, W.STATUS_LABELS, strict=True):
                    row.append(f"{100 * deal.delinquency[(g, s)][1] / pool:.2f}%")
            if across:
                panes.append(render([t], "fixed").rstrip("\n").split("\n"))
            else:
                b.blocks += [Text(title), t, Text([""])]
        gap = b.stream("delinquency_blocks_across").randint(3, 9)
        for k in range(0, len(panes), 2):  # an odd group last, alone
            b.blocks += [Text(_across(panes[k:k + 2], gap)), Text([""])]
    elif b.shape["rendering"] == "fixed" and b.pick("delinquency_two_line", ["no", "yes"], [0.75, 0.25],
                                                    later="own") == "yes":
        # each status on two lines: its label (and its count's words) with a count per group,
        # then the balances under them
        measure = b.stream("delinquency_two_line").random() < 0.5
        body = []
        for s in W.STATUS_LABELS:
            pairs = [cells(g, s) for g in names]
            body += [[statuses[s] + (f"   {count_word}" if measure else "")] + [p[0] for p in pairs],
                     [""] + [p[1] for p in pairs]]
        cols = [Column([""], "left")] + [Column([spelled[g]]) for g in names]
        b.blocks += [b.table(cols, body), Text([""])]
    else:
        body = [[statuses[s]] + [x for g in names for x in cells(g, s)] for s in W.STATUS_LABELS]
        cols = [Column([""], "left")]
        for g in names:
            cols += [Column([spelled[g], count_word]), Column(["", balance_word])]
        b.blocks += [b.table(cols, body), Text([""])]


# shapes printing a table's rows as lines of text, or lines of a row's words alone, which a
# report printing figures first lays out another way (not drawn for it)
_NOT_FIGURES_FIRST: Final = (("two_line", "yes"), ("delinquency_layout", "across"), ("delinquency_layout", "wide"),
                             ("delinquency_two_line", "yes"), ("per1000_text", "side_by_side"),
                             ("per1000_text", "sentences"), ("across_halves", "two"), ("classes_across", "yes"),
                             ("one_blank", "yes"), ("wrapped_records", "yes"),
                             ("delinquency_blocks_across", "yes"), ("delinquency_titled", "yes"),
                             ("class_types", "wrapped"), ("rules", "box"), ("per1000_span", "span"))


def _deal_lines(b: _Builder, deal: Deal, fmt: NumberFormat) -> None:
    rng = b.rng
    style = b.pick("deal_lines", ["spaced", "colon", "dots"])
    at = rng.randint(50, 75)
    lines = [""]
    for f, v in deal.deal_lines.items():
        if rng.random() < 0.25:
            continue
        label = b.word(W.DEAL_LABELS[f])
        when = b.stream("deal_qualifier")
        if f not in W.CUMULATIVE and when.random() < 0.2:  # a phrase saying when: no word of a name
            label += " " + when.choice(W.QUALIFIERS)
        if f in ("wac",):
            text, value = fmt.rate(v)
            b.put(("deal", "deal", f), value, 0.5e-7)
        elif f in ("wam", "loan_count"):
            text, value = fmt.count(v)
            b.put(("deal", "deal", f), value, 0.5)
        else:
            text, value = fmt.money(v)
            if value is None:  # a dash or blank deal line says nothing: print the zero
                text, value = NumberFormat(fmt.decimals).money(v)
            b.put(("deal", "deal", f), value, 0.5 * 10 ** -fmt.decimals)
        if style == "colon":
            lines.append(f"{label}: {text}")
        elif style == "dots":
            lines.append(f"{label} " + "." * max(2, at - len(label) - len(text) - 2) + f" {text}")
        else:
            lines.append(label + " " * max(2, at - len(label) - len(text)) + text)
        lines += [""] * rng.choice([0, 1])
    b.blocks.append(Text(lines))


def generate(seed: int, familiar: bool = False, vary: str | None = None) -> Document:
    """The report of ``seed`` (the same seed always gives the same text and values);
    ``familiar``: the same values in the shape and words of the reports the vocabulary was
    written from (a control: a miss there is the yardstick's or a plain parser bug);
    ``vary``: familiar but for one shape of :data:`FAMILIAR` (or ``"words"``, the spellings),
    drawn at random, to see what that shape alone costs."""
    if vary is not None and vary != "words" and vary not in FAMILIAR:
        raise ValueError(f"vary: 'words' or one of {', '.join(FAMILIAR)}, not {vary!r}")
    b = _Builder(seed, familiar, vary)
    rng = b.rng
    money = b.pick("money", ["cents", "dollars"], [0.7, 0.3])
    fmt = NumberFormat(
        decimals=2 if money == "cents" else 0,
        thousands=b.pick("thousands", ["yes", "no"], [0.75, 0.25]) == "yes",
        dollar=b.pick("dollar", ["yes", "no"], [0.25, 0.75]) == "yes",
        zero=b.pick("zero", ["zero", "dash", "blank"], [0.6, 0.2, 0.2]),
        negative=b.pick("negative", ["minus", "paren"]),
        percent=rng.random() < 0.8,
    )
    if fmt.negative == "paren" and b.pick("brackets", ["round", "square"], [0.8, 0.2], later="own") == "square":
        fmt = dataclasses.replace(fmt, negative="square")  # ([1.00]: square brackets, as some reports print)
    if fmt.percent and b.pick("percent_sign", ["joined", "apart"], [0.85, 0.15], later="own") == "apart":
        fmt = dataclasses.replace(fmt, percent_apart=True)
    if not fmt.percent and b.pick("rate_fraction", ["no", "yes"], [0.6, 0.4], later="own") == "yes":
        fmt = dataclasses.replace(fmt, fraction=True)  # rates as decimal fractions (0.0603500)
    how = b.pick("rendering", ["fixed", "cells", "html"], [0.5, 0.25, 0.25])
    if how == "fixed":
        b.pick("rules", ["none", "header", "total", "box"], [0.35, 0.25, 0.25, 0.15], later=True)
        b.pick("rule_style", ["-full", "-columns", "=full", "=columns"], later=True)
        if b.shape["rules"] == "box":
            b.pick("box_style", ["padded", "tight"], [0.6, 0.4], later="own")  # tight: bars touch the cells
            # "!": a line printer's rules; ":" a mainframe's (its rules ":====:", a padded box only)
            padded = b.shape["box_style"] == "padded"
            b.pick("box_bar", ["|", "!", ":"] if padded else ["|", "!"], [0.6, 0.2, 0.2] if padded else [0.75, 0.25],
                   later="own")
    if how == "html":
        b.pick("dollar_cells", ["yes", "no"])
    if how == "fixed" and fmt.dollar:  # the dollar signs of a column aligned apart from its figures
        b.pick("dollar_apart", ["no", "yes"], [0.6, 0.4], later="own")
    deal = make_deal(rng, unit=100 if money == "cents" else 1)
    # the O/C class printed under another name ("CE": certificated equity), from its own stream
    oc_label = b.pick("oc_label", ["X", "CE", "C", "OC"], [0.7, 0.15, 0.1, 0.05], later="own")
    for c in deal.classes:
        if c.kind == X:
            c.label = oc_label
    trustee = rng.choice(W.TRUSTEES)
    _title(b, trustee)
    _class_table(b, deal, fmt, trustee)
    if b.pick("per1000", ["yes", "no"]) == "yes":
        _per_1000(b, deal, fmt)
    sections = [_collateral, _delinquency, _deal_lines]
    rng.shuffle(sections)
    for section in sections:
        section(b, deal, fmt)
    if b.pick("signature", ["yes", "no"]) == "yes":
        b.blocks.append(Text(["", "SIGNATURES", "", "By: /s/ Authorized Officer", "Title: Vice President",
                              f"{trustee}, as Trustee"]))
    else:
        b.blocks.append(Text(["", f"{trustee}, as Trustee"]))
    b.shape["groups"] = str(len([g for g in deal.groups if g.name != "Total"]) or 1)
    b.shape["classes"] = "io" if any(c.kind == IO for c in deal.classes) else "no io"
    if how == "fixed" and b.pick("tab_cells", ["no", "yes"], [0.85, 0.15], later="own") == "yes":
        if b.shape.get("two_line") == "yes" or b.shape.get("class_gap") == "blank" or b.shape.get(
                "delinquency_titled") == "yes":
            # a class's two lines, a blank line between rows, groups' titles over their rows:
            # fixed-width shapes (titles over rows parted by tabs are not read yet)
            b.shape["tab_cells"] = "no"
        else:  # the tables' cells parted by tabs: one a cell, or a typist's, to the tab stops
            how = "tabs" if b.pick("tab_style", ["export", "typed"], [0.6, 0.4], later="own") == "export" else "typed"
            if how == "tabs" and b.pick("tab_labels", ["one tab", "padded"], [0.6, 0.4], later="own") == "padded":
                how = "padded"  # the labels padded by tabs to one stop
    if how == "fixed" and b.pick("pipe_cells", ["no", "yes"], [0.9, 0.1], later="own") == "yes":
        if b.shape.get("two_line") == "yes" or b.shape.get("class_gap") == "blank" or b.shape.get(
                "delinquency_titled") == "yes" or b.shape.get("delinquency_layout") in ("across", "wide") or b.shape.get(
                "dollar_apart") == "yes":
            # as for tabs, fixed-width shapes; and names over a pair of columns, which a pipe
            # table prints in one cell with the first column's words ("Pool 1 Loans | Balance":
            # not read yet)
            b.shape["pipe_cells"] = "no"
        else:
            how = "pipes"  # each table a pipe table (a web page saved as Markdown)
    if how == "fixed" and b.pick("figures_first", ["no", "yes"], [0.9, 0.1], later="own") == "yes":
        if any(b.shape.get(k) == v for k, v in _NOT_FIGURES_FIRST):
            b.shape["figures_first"] = "no"
        else:
            how = "figures_first"  # every figure printed before its words, a table's row label last
    if b.group_kinds:  # the schema keeps such a group's name as printed
        def named(key: Key) -> Key:
            if key[0] in ("collateral", "delinquency") and key[1] in b.group_kinds:
                return (key[0], b.group_kinds[key[1]], *key[2:])
            return key
        b.expected = {named(k): v for k, v in b.expected.items()}
        b.tolerance = {named(k): v for k, v in b.tolerance.items()}
    return Document(seed, render(b.blocks, how), b.expected, b.tolerance, b.shape,
                    [c.label for c in deal.classes], {c.label: c.kind for c in deal.classes})

