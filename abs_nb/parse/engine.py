"""The layout-agnostic walk over a report: lines -> located cells.

One pass, top to bottom, with a little state: the current section (set by headings found in
the vocabulary), the current column layout (set by header lines) and context from headings
(a delinquency status, a field waiting for group rows, the field of an unlabelled subtotal).
Every number becomes a :class:`Cell` that knows its table, row, column and source span, or an
:class:`Unmapped` row that says why it was not placed. Class tables are collected as
:class:`ClassBlock` s and joined later (:mod:`abs_nb.parse.classes`), because joining stacked
blocks needs the whole table.

>>> from abs_nb.parse.engine import walk
>>> w = walk("DISTRIBUTION SUMMARY\\n Class   Orig Bal   End Bal\\n  A-1      1,000      900\\n")
>>> [(r.label, [t.text for t in r.cells if t]) for r in w.class_blocks[0].rows]
[('A-1', ['1,000', '900'])]
"""

from __future__ import annotations

import re

from abs_nb.parse import cells, grid, runs
from abs_nb.parse.class_block_kind import not_a_class_table
from abs_nb.parse.deal_lines import YES_NO, answer_of, flag_named
from abs_nb.parse.group_headings import block_heading, group_captions, group_of, table_title
from abs_nb.parse.group_panels import panel_titles
from abs_nb.parse.identities import PER_1000_FOR, POOL_FIGURE_COLUMN, SUMMED_KINDS, group_column
from abs_nb.parse.layout import Span, assign, between, merge_header, segments
from abs_nb.parse.leftovers import garbled_figure
from abs_nb.parse.line_shapes import below_edge, is_rule, section_heading, split_pairs
from abs_nb.parse.memo import Memo
from abs_nb.parse.meta import parse_date
from abs_nb.parse.note_marks import read_noted_figures
from abs_nb.parse.open_table import (
    GroupColumn,
    Layout,
    drop_cut_final_row,
    groups_add_up,
    titles_rows_of,
)
from abs_nb.parse.pieces import Cell, ClassBlock, ClassColumn, Unmapped, Walk
from abs_nb.parse.row_labels import cusip_first, split_row, word_cells
from abs_nb.parse.runs import after_page_break, continued_label, is_page_mark, with_name_number
from abs_nb.parse.spelling import (
    group_name,
    header_fragment,
    is_note_mark,
    normalise,
    without_item_marks,
)
from abs_nb.parse.statuses import status_of
from abs_nb.parse.structure import read_by_structure
from abs_nb.parse.title_pane import label_apart
from abs_nb.parse.tokens import Line, Token, after_reference_word
from abs_nb.parse.values import WHOLE_AMONG_CENTS, counts_among_cents
from abs_nb.parse.vocabulary import Entry, vocabulary

MEASURES = ("measure",)
ROW_TARGETS = ("collateral", "deal", "class_line", "group", "ignore")


class _Walker:
    def __init__(self, text: str) -> None:
        self.v = vocabulary()
        self.w, self.cell_blocks = cells.report_lines(text)
        self.section = "report"
        self.layout: Layout | None = None
        self.status: str | None = None
        self.block_indent = 0  # where the heading of the open block of lines starts
        self.pool_cents = False  # the pool's amounts read so far print cents
        self.pending: str | None = None
        self.unlabeled: str | None = None
        self.prev: Line | None = None
        self.waiting_label: Line | None = None  # a label line whose figure comes next
        self.meta_prefixes = cells.meta_prefixes()

    def heading(self, text: str) -> Entry | None:
        # a heading printed again over a table a page broke is that heading ("... (CONTINUED)")
        cont = text[-1:] in ")dDtT." and "ont" in text.lower()  # (tested first: every line asks)
        return self.v.lookup(_CONTINUED.sub("", text) or text if cont else text, self.section, ("heading",))

    def apply_heading(self, entry: Entry, line: Line) -> None:
        new = entry.field
        if new == "end" and not (self.w.cells or self.w.class_blocks or self.layout) and any(
                len(ln.values) >= 2 for ln in self.w.lines[self.w.lines.index(line) + 1:]):
            return  # a cover's signatures, before any figure read: the statement's rows are below them
        if new == "end":
            self.w.report_end = line.no
            self.section = "end"
            return
        if new == "report":
            return
        if new != self.section:
            self.close_layout()
            self.section = new
            self.unlabeled = None
        self.w.sections.append((line.no, new))
        self.status = entry.context.get("status", self.status if new == "delinquency" else None)
        if "pending" in entry.context:
            self.pending = entry.context["pending"]
        if "unlabeled" in entry.context:
            self.unlabeled = entry.context["unlabeled"]

    def close_layout(self) -> None:
        if self.layout and self.layout.kind == "delinquency":
            spans = self.layout.widen(self.layout.pending_rows)
            for ln in self.layout.pending_rows:
                self.delinquency_row(ln, self.layout, spans)
            if self.layout.servicers and groups_add_up(self.layout, spans):  # whose loans the groups are
                self.w.servicer_groups.extend(s for s in self.layout.servicers if s not in self.w.servicer_groups)
        if self.layout and self.layout.block is not None:
            if not_a_class_table(self.layout.block, self.w.rendering == "cells"):
                for _, ln, _, _ in self.layout.block.raw_rows:
                    self.unmapped(ln, "label not in the vocabulary")
            else:
                grid.resolve_block(self.layout.block)
                if self.layout.block.rows:
                    self.w.class_blocks.append(self.layout.block)
        self.layout = None

    def unmapped(self, line: Line, reason: str, label: str | None = None) -> None:
        vals = [t.text for t in line.values] or ([line.text_value] if line.text_value else [])
        for k, t in enumerate(line.values):
            # reported even where the label is unknown (never coerced), unless it is a
            # list of references ("Items 1,2,4,5"): the line stays in unmapped either way
            if t.kind == "bad" and not after_reference_word(line.values[:k] or line.label_tokens):
                self.w.malformed.append((t.line or line.no, line.label if label is None else label, t.text))
        self.w.unmapped.append(Unmapped(line.no, line.label if label is None else label, vals, reason))

    def build_layout(self, header: list[Line], ends: frozenset[int] = frozenset()) -> None:
        v, sec = self.v, self.section
        kinds = []
        for ln in header:
            segs = segments(ln)
            kinds.append(["measure" if v.lookup(s[0], sec, MEASURES) else "label" if normalise(s[0]) == "class"
                          else "class" if v.lookup(s[0], sec, ("classes",))
                          else "group" if v.lookup(s[0], sec, ("group",)) else "?" for s in segs])
        measure_rows = [i for i, k in enumerate(kinds) if "measure" in k]
        class_like = sum(k in ("class", "label") for ks in kinds for k in ks)
        in_class_section = sec in ("classes", "per1000", "shortfall")
        # a line of group names (and their Total) heads a pool table by group in any section;
        # a line of one word group below it (a heading) names no column
        for k in range(len(header) - 1, max(-1, len(header) - 1 - grid.MAX_HEADER_LINES), -1):
            over_groups = [group_of(t, sec) for t, _, _ in segments(header[k])]
            # a section's heading before the group names, over the row labels ("PART A.  LOAN
            # ACTIVITY   GROUP I   GROUP II   TOTAL"), names no column (a row's label does)
            lead = next((i for i, g in enumerate(over_groups) if g is not None), 0) if section_heading(header[k]) else 0
            if (sum(1 for g in over_groups if g is not None and g != "Total") >= 2 and all(over_groups[lead:])
                    and not measure_rows):
                kinds, class_like = [["group"] * (len(over_groups) - lead)], 0
                cut = segments(header[k])[lead][1]
                header = [Line(header[k].no, header[k].raw, [t for t in header[k].tokens if t.col >= cut])]
                break
            if len(over_groups) != 1 and not (k and group_captions(header[k], header[k - 1], sec)):
                break  # only single headings, or the groups' captions, stand between their names and the figures
        if any(sum(1 for t, _, _ in segments(ln) if group_name(t)) >= 2 for ln in header):
            class_like = 0  # columns under loan groups: a table by group, whatever the section
        self.close_layout()
        if measure_rows and not (in_class_section and class_like >= 2):
            a = measure_rows[-1]
            # every column the anchor line names is a column, known or not: a figure under a
            # header the vocabulary does not know stays there (unmapped), never moved to a neighbour
            anchor = list(segments(header[a]))
            groups: list[tuple[str, int, int]] = []
            # columns headed by dates are periods ("03/31/05  06/30/05  Change"): none a servicer's
            dated = a > 0 and any(parse_date(text) is not None for text, _, _ in segments(header[a - 1]))
            unknown: list[str] = []
            if a > 0:
                for text, c, e in segments(header[a - 1]):
                    named = group_of(text, sec)
                    if named is None and anchor and e <= anchor[0][1] and self.w.rendering != "cells":
                        continue  # over the row labels, left of every column, no group: a heading's words
                    name = named or text
                    groups.append((name, c, e))
                    # a name this vocabulary does not know is a servicer's ("Fairbanks"), unless
                    # it is a measure word or a bare "Group" (the upper line of a two-line header)
                    if (named is None and not dated and not v.lookup(text, sec, MEASURES) and not v.names_fields(text)
                            and not header_fragment(text)):
                        unknown.append(name)
            # a group named first on the measures' line, left of them ("Group 1   Count
            # Balance"), names the block's group: it heads the label column, no figures
            first_measure = next((c for text, c, _ in anchor if v.lookup(text, sec, MEASURES)), None)
            if not groups and first_measure is not None:
                for text, c, e in anchor:
                    named = group_of(text, sec)
                    if e < first_measure and named is not None:
                        groups.append((named, c, e))
                        anchor = [s for s in anchor if s[1] != c]
                        break
            cols: list[GroupColumn] = []
            centred = between([(c, e) for _, c, e in groups], [(c, e) for _, c, e in anchor])
            for k, (text, c, e) in enumerate(anchor):
                owner = [groups[centred[k]]] if k in centred else [g for g in groups if g[1] <= e]
                measure = v.lookup(text, sec, MEASURES)
                cols.append(GroupColumn(owner[-1][0] if owner else None, measure.field if measure else None, (c, e)))
            # every column right of the labels' own header named by a measure, else the reader
            # by structure tells the counts and balances apart
            if all(col.measure for col in (cols[1:] if cols and cols[0].measure is None else cols)):
                self.layout = Layout("delinquency", cols, servicers=unknown)
        elif class_like and in_class_section and (measure_rows or sum(
                1 for ln in header for t, _, _ in segments(ln) if status_of(t)) < 2):
            # (columns under delinquency statuses, the measures down the rows, are no class table)
            merged = merge_header(header, skip={"class"}, grid=self.w.rendering == "cells", ends=ends)
            class_cols: list[ClassColumn] = []
            for text, c, e in merged:
                entry = v.lookup(text, sec, ("classes",))
                if entry is None and sec == "per1000":
                    entry = v.lookup(text, "classes", ("classes",))
                named = entry.field if entry else None
                kind = entry.type if entry else ""
                if named in PER_1000_FOR and sec == "per1000":
                    # in a per-$1,000 table a column named as an amount is its per-$1,000 figure
                    named, kind = PER_1000_FOR[named], "per1000"
                class_cols.append(ClassColumn(text, named, kind, (c, e)))
            block = ClassBlock(sec, class_cols, [ln.no for ln in header])
            self.layout = Layout("class", block=block)
        elif kinds and all(k == "group" for ks in kinds for k in ks):
            segs = [s for ln in header for s in segments(ln)]
            group_cols = [GroupColumn(group_of(t, sec), None, (c, e))
                          for t, c, e in segs]
            self.layout = Layout("group", group_cols)
        # else: a header this vocabulary does not know; the rows below it are read as
        # label/value lines, and whatever they hold that is not understood lands in unmapped

    def header_like(self, ln: Line) -> bool:
        """A line whose number-looking words are column names (``GROUP 1   GROUP 2``, ``Pool 2``:
        a group numbered by its shape)."""
        if not ln.values:
            return True
        if ln.tokens[0].kind != "word":
            return False  # a column name never starts with a number
        v, sec = self.v, self.section
        return all(
            v.lookup(text, sec, ("group", "measure", "classes", "label")) or group_name(text) is not None
            for text, _, _ in segments(ln)
        )

    def names_columns(self, run: list[Line]) -> bool:
        """Does this run of label lines name at least two known class columns?"""
        v = self.v
        sections = (self.section, "classes", "per1000")
        found = 0
        for ln in run:
            for text, _, _ in segments(ln):
                if any(v.lookup(text, sec, ("classes", "label")) for sec in sections):
                    found += 1
                    if found == 2:  # enough: a long run of label lines is not read to its end
                        return True
        return False

    def is_data(self, ln: Line) -> bool:
        """A row of figures (not a header whose words look like numbers); asked of a line
        more than once while the walk looks ahead, so kept on the line per section."""
        section = self.section
        if ln.data_in != section:
            ln.data = bool(ln.values) and not runs.figures_are_words(ln) and not self.header_like(ln)
            ln.data_in = section
        return ln.data

    def meta_line(self, ln: Line) -> bool:
        label = ln.label
        hit = _META_LINE.data.get(label)
        if hit is None:
            hit = _META_LINE.put(label, normalise(label).startswith(self.meta_prefixes))
        return hit

    def label_only_run(self, i: int) -> int:
        lines = self.w.lines
        j = i
        while j < len(lines) and not lines[j].blank and not self.is_data(lines[j]):
            j += 1
        next_is_data = j < len(lines) and self.is_data(lines[j])
        heading = block_heading(lines[i:j])
        if titled := heading is None and next_is_data and self.w.rendering != "cells":
            heading = table_title(lines[i:j], lines[j])
        indent = next((ln.tokens[0].col for ln in lines[i:j] if ln.tokens and not is_rule(ln)), 0)  # (its words')
        # a heading alone opens a block (its group's), but for one naming no group indented
        # under the open group's heading: a part of that group's block ("  Principal Summary")
        after = bool(self.w.block_groups) and self.w.block_groups[-1][0] in self.w.panels
        if panels := panel_titles(lines, i, after) if self.w.rendering != "cells" else []:  # parse.group_panels
            self.w.block_groups.append((lines[i].no, panels[0][1]))
            if len(panels) > 1:
                self.w.panels[lines[i].no] = panels
        elif heading is not None and self.w.rendering != "cells" and (
                heading or not (self.w.block_groups and self.w.block_groups[-1][1]) or indent <= self.block_indent):
            self.w.block_groups.append((lines[i].no, heading))
            self.block_indent, self.w.titled = indent, titled
        gap = 0
        if not next_is_data and self.names_columns(lines[i:j]):
            # EDGAR's <S> <C> line between a header and its rows is blanked by the reader:
            # a run that names columns may stand one or two blank lines above its data
            k = j
            while k < len(lines) and k - j < 2 and lines[k].blank:
                k += 1
            if k > j and k < len(lines) and self.is_data(lines[k]):
                next_is_data, gap = True, k - j
        header: list[Line] = []
        ruled = False
        for ln in lines[i:j]:
            if is_rule(ln) or ruled and not ln.values and len(segments(ln)) == 1:
                ruled = ruled or bool(header)  # a rule under a header, or a caption under that rule
                continue  # ("GROUP I SENIOR CERTIFICATES"): no header line, no column's name
            if any(t.kind == "num" for t in ln.tokens) and any(garbled_figure(t.text) for t in ln.tokens):
                # figures and a damaged one ("A-1  1.47000%  662,38*"): a row that cannot be
                # read, never a header
                self.unmapped(ln, "a row with a figure that cannot be read")
                continue
            h = self.heading(ln.joined)
            if h:
                self.apply_heading(h, ln)
                if self.section == "end":
                    return j
                continue
            if ln.text_value is not None:
                label, text, span = answer_of(ln)  # a yes/no answer before an aside in brackets
                entry = self.v.lookup(label, self.section, ROW_TARGETS) or flag_named(label, self.section, text)
                if entry and entry.target in ("deal", "collateral", "class_line"):
                    self.w.cells.append(Cell(*self.target_row(entry), entry.field, entry.type, ln.no, text=text, span=span))
                    continue
            # a heading may share its line with column names ("Delinq Info  Fairbanks ...")
            segs = segments(ln)
            if len(segs) > 1:
                # but a status beside other statuses heads a column, as they do ("Foreclosure   REO")
                h = self.heading(segs[0][0])
                if h and not ("status" in h.context and any(status_of(s[0]) for s in segs[1:])):
                    self.apply_heading(h, ln)
                    cut = segs[1][1]
                    ln = Line(ln.no, ln.raw, [t for t in ln.tokens if t.col >= cut])
            if next_is_data:
                header.append(ln)
            elif j == i + 1 and ln.text_value is None and any(t.kind == "word" for t in ln.tokens):
                # a label alone, its figure in the next paragraph ("Original Collateral Sale
                # Balance" / blank / "$510,205,197.95"): the figure's label, known or not
                self.waiting_label = ln
        if header and not titles_rows_of(self.layout, header, lines[j + gap]):
            self.build_layout(below_edge(header, lines[i:j]), frozenset(t.colend for t in lines[j + gap].values))
        return j + gap

    def yes_no_answer(self, ln: Line) -> bool:
        """A lone Yes / No in the paragraph after a known yes/no label ("Trigger Event" /
        blank / "No"): read as that label's value."""
        if self.waiting_label is None or len(ln.tokens) != 1 or ln.tokens[0].text.upper() not in YES_NO:
            return False
        label = self.waiting_label.label
        entry = self.v.lookup(label, self.section, ROW_TARGETS) or flag_named(label, self.section, ln.tokens[0].text)
        if entry is None or entry.type != "bool" or entry.target not in ("deal", "collateral"):
            return False
        tok = ln.tokens[0]
        table, row = self.target_row(entry)
        self.w.cells.append(Cell(table, row, entry.field, entry.type, ln.no, text=tok.text, span=(tok.start, tok.end)))
        self.waiting_label = None
        return True

    def target_row(self, entry: Entry, group: str = "Total") -> tuple[str, str]:
        if entry.target == "deal":
            return "deal", "deal"
        if entry.target == "class_line":
            return "classes", entry.capture or ""
        return entry.target, group

    def data_row(self, ln: Line) -> None:
        lay = self.layout
        if lay and lay.block is not None:  # a class layout
            if cusip_first(ln):  # the class after the row's CUSIP labels it
                label, span, cells = split_row(ln)
            else:
                label, span, cells = None, None, ln.tokens
                if cells[0].kind == "word":
                    k = 1
                    while k < len(cells) and cells[k].col - cells[k - 1].colend < 2 and (
                            cells[k].kind == "word" or is_note_mark(cells[k].text)):  # "M-2 (3)": a footnote's mark
                        k += 1
                    label, span, cells = " ".join(t.text for t in cells[:k]), (cells[0].start, cells[k - 1].end), cells[k:]
                cells = word_cells(cells)
            lay.block.raw_rows.append((label, ln, cells, span))
            return
        if lay and lay.kind == "delinquency":
            lay.pending_rows.append(ln)
            return
        pairs = split_pairs(ln)
        if pairs is not None:  # "Fee Rate:  0.50%   O/C Amt:  22.71": each pair a row of its own
            self.data_row(pairs[0])
            self.data_row(pairs[1])
            return
        label = ln.label
        entry = self.v.lookup(label, self.section, ROW_TARGETS) if label else None
        if entry is None and label and without_item_marks(label) != label:  # "2. (a) Scheduled principal"
            entry = self.v.lookup(without_item_marks(label), self.section, ROW_TARGETS)
        if entry is None and label and lay and lay.kind == "group" and self.section != "pool":
            entry = self.v.lookup(label, "pool", ROW_TARGETS)  # a table by loan group holds pool lines
        if entry is None and label and len(ln.values) == 1:
            entry = flag_named(label, self.section, ln.values[0].text)  # a cell's Yes / No
        if entry is None and label and (apart := label_apart(self.w.lines, ln)) and (  # titles beside a column of labels
                e := self.v.lookup(apart.label, self.section, ROW_TARGETS)):
            ln, entry = apart, e
        if entry is None and label and (whole := continued_label(self.prev, ln)) is not None:
            entry = self.v.lookup(whole, self.section, ROW_TARGETS)
        if entry is None and label and len(ln.values) > 1:
            ln2 = with_name_number(ln)
            if ln2 is not None:
                entry2 = self.v.lookup(ln2.label, self.section, ROW_TARGETS)
                if entry2 is not None:
                    ln, entry = ln2, entry2
        if entry is None and not label and self.waiting_label is not None and len(ln.values) == 1:
            entry = self.v.lookup(self.waiting_label.label, self.section, ROW_TARGETS)
        if entry is None and not label and self.unlabeled:
            entry = Entry(self.section, "", "collateral", self.unlabeled, "money", {})
        if entry is None:
            if label and lay and lay.kind == "group" and len(ln.values) > 1 and not status_of(label):  # a pool row's
                self.w.group_heads[ln.no] = [(c.group or "Total", sp)  # columns, for the reader by structure
                                             for c, sp in zip(lay.columns, lay.widen(lay.pending_rows + [ln]), strict=False)]
            waiting = self.waiting_label if not label and len(ln.values) == 1 else None
            self.unmapped(ln, "label not in the vocabulary" if label or waiting else "no label",
                          label=waiting.label if waiting is not None else None)
            return
        if entry.target == "ignore":
            return
        if entry.target == "group":
            if self.pending and len(ln.values) == 1:
                self.add(ln, ln.values[0], "collateral", entry.field, self.pending, "money")
            else:
                self.unmapped(ln, "group row without a field")
            return
        if entry.target == "collateral" and entry.type == "money" and counts_among_cents(ln.values, self.pool_cents):
            self.unmapped(ln, WHOLE_AMONG_CENTS)
            return
        # a deal's amount or count printed by loan group: each group's figure the pool's, the
        # Total's the deal's too (assemble copies a pool figure's); a rate's is no sum of groups
        by_group = entry.target == "deal" and entry.type in SUMMED_KINDS and bool(lay and lay.kind == "group")
        if (entry.target == "collateral" or by_group) and len(ln.values) > 1:
            if not (lay and lay.kind == "group"):
                self.unmapped(ln, "several values but no group columns")
                return
            lay.pending_rows.append(ln)
            spans = lay.widen(lay.pending_rows)  # a figure left of every column is its label's ("FEE (0.25%)")
            values = [t for t in ln.values if not spans or t.colend > spans[0][0]]
            where = assign([(t.col, t.colend) for t in values], spans)
            if where is None:
                self.unmapped(ln, f"{len(values)} values for {len(lay.columns)} columns")
                return
            column = group_column(entry.field) if by_group else entry.field
            for t, ci in zip(values, where, strict=False):
                group = lay.columns[ci].group or "Total"
                self.add(ln, t, "collateral", group, column, entry.type)
                if by_group and group == "Total" and entry.field not in POOL_FIGURE_COLUMN:
                    self.add(ln, t, "deal", "deal", entry.field, entry.type)
            return
        if len(ln.values) != 1:
            self.unmapped(ln, f"expected one value, found {len(ln.values)}")
            return
        if "{" in entry.field:
            # a field named by its column's measure (count or balance) needs such a column
            self.unmapped(ln, "its field is named by a column's measure, and no column names one")
            return
        col = ln.label_tokens[0].col if ln.label_tokens else -1  # of panels side by side, the one it stands in
        group, block = self.w.group_at(ln.no, col), self.w.block_at(ln.no, col)
        if entry.target == "deal" and (entry.type in SUMMED_KINDS or entry.field in POOL_FIGURE_COLUMN) and block and (
                group != "Total" or self.w.has_group_blocks()):  # a group's block (or the Total's beside them)
            self.add(ln, ln.values[0], "collateral", group, group_column(entry.field), entry.type)
            if group != "Total":
                return
        elif entry.target == "deal" and group != "Total":
            self.unmapped(ln, f"a figure of {group}'s block of lines: the deal's is the Total's")
            return
        if entry.target == "collateral" and lay and lay.kind == "group":
            at = assign([(ln.values[0].col, ln.values[0].colend)], lay.widen(lay.pending_rows))
            group = (lay.columns[at[0]].group or "Total") if at else "Total"
        table, row = self.target_row(entry, group)
        self.add(ln, ln.values[0], table, row, entry.field, entry.type)

    def delinquency_row(self, ln: Line, lay: Layout, spans: list[Span]) -> None:
        label = ln.label
        entry = self.v.lookup(label, self.section, ("delinquency", "collateral"))
        group_row: str | None = None
        if entry is None and self.status:
            g = self.v.lookup(label, self.section, ("group",))
            group_row = g.field if g else label
            if not g and group_row not in self.w.servicer_groups and not self.v.names_fields(group_row):
                self.w.servicer_groups.append(group_row)
        if entry is None and group_row is None:
            self.unmapped(ln, "row label not a delinquency status")
            return
        where = assign([(t.col, t.colend) for t in ln.values], spans)
        if where is None:
            self.unmapped(ln, f"{len(ln.values)} values for {len(lay.columns)} columns")
            return
        if any(lay.columns[ci].measure is None for ci in where):
            self.unmapped(ln, "a figure under a column whose header names no measure")
            return
        for t, ci in zip(ln.values, where, strict=False):
            col = lay.columns[ci]
            group = group_row or col.group or "Total"
            measure = col.measure or ""  # every column of a delinquency layout names its measure
            if entry is not None and entry.target == "collateral":
                name = entry.field.replace("{measure}", measure)
                if measure == "market_value":
                    self.unmapped(ln, "market value of outstanding loans has no field")
                    continue
                self.add(ln, t, "collateral", group, name, "count" if measure == "count" else "money")
            else:
                status = entry.field if entry is not None else self.status
                self.add(ln, t, "delinquency", f"{group}\x1f{status}", measure, "count" if measure == "count" else "money")

    def add(self, ln: Line, t: Token, table: str, row: str, column: str, type_: str) -> None:
        self.pool_cents = self.pool_cents or (table == "collateral" and type_ == "money" and t.decimals > 0)
        self.w.cells.append(Cell(table, row, column, type_, t.line_in(ln.no), token=t, span=(t.start, t.end)))

    def run(self) -> Walk:
        lines = self.w.lines
        start = 0
        for k, ln in enumerate(lines):
            if ln.tokens and not ln.values:
                h = self.v.lookup(ln.joined, "*", ("heading",))
                if h and h.field == "report":
                    start = k + 1
                    break
        self.w.report_start = start + 1 if start else 1
        last_text = max((k for k, x in enumerate(lines) if not x.blank), default=-1)
        i = start
        while i < len(lines):
            ln = lines[i]
            if self.w.pane_ends and ln.no >= self.w.pane_ends[0]:  # panes read one under the other end
                self.w.block_groups.append((self.w.pane_ends.pop(0), ""))  # there: the last's group with them
            if self.section == "end":
                break
            if self.layout and self.layout.kind == "class" and (ln.blank or is_page_mark(ln) or grid.titles_rows(ln, next(iter(lines[i + 1:i + 2]), None))):
                # a page break in a class table, a blank line or a title of rows: the table goes on
                raw = self.layout.block.raw_rows if self.layout.block is not None else []
                resume = after_page_break(lines, i, grid.class_table_row, lines.index(raw[0][1]) if raw else None)
                if resume is None and not is_page_mark(ln) and self.layout.block is not None:  # a blank line or a title of rows
                    # (a blank line, then a title of the rows below it: the title stands for the blank)
                    at = i + 1 if ln.blank and i + 2 < len(lines) and grid.titles_rows(lines[i + 1], lines[i + 2]) else i
                    resume = runs.after_blank_line(lines, at, grid.class_table_row, self.layout.block.raw_rows, grid.half_gaps(self.w))
                if resume is not None:
                    i = resume
                    continue
            if self.layout is not None and is_rule(ln):
                i += 1  # a rule between a table's rows and its total: the table goes on
                continue
            if ln.blank:
                if self.w.titled and not self.is_data(next((lines[j] for j in range(i + 1, len(lines)) if not lines[j].blank), ln)):
                    self.w.end_title(ln.no)  # (a row below the blank line: a table double-spaced goes on)
                if self.layout and self.layout.kind in ("class", "delinquency"):
                    if i > last_text:
                        drop_cut_final_row(self.w, self.layout)
                    self.close_layout()
                self.pending = None
                self.prev = None
                i += 1
                continue
            if self.meta_line(ln):
                i += 1
                continue
            if self.layout and self.layout.kind == "class" and grid.figureless_class_row(ln):
                self.data_row(ln)  # a class printed with no figure stays a row of its table
                i += 1
                continue
            if (self.layout and self.layout.kind == "class" and self.prev and self.w.rendering != "cells"
                    and grid.wrapped_label(ln, [self.prev, lines[i - 1]], next((x for x in lines[i + 1: i + 3] if not x.blank), None))
                    and not self.heading(ln.joined)):
                i += 1  # the rest of the row's label, wrapped onto its own line: the table goes on
                continue
            if (lay := self.layout) and lay.kind != "class" and lay.columns and self.prev and grid.blank_row(
                    ln, min(c.span[0] for c in lay.columns), lines[i + 1: i + 2]):
                i += 1  # a row whose figures are all blank: its table goes on below it
                continue
            if not self.is_data(ln):
                if self.yes_no_answer(ln):
                    i += 1
                    continue
                self.waiting_label = None
                i = self.label_only_run(i)
                self.prev = None
                continue
            self.data_row(ln)
            self.waiting_label = None
            self.prev = ln
            i += 1
        drop_cut_final_row(self.w, self.layout)
        self.close_layout()
        self.w.class_blocks[:0] = self.cell_blocks
        read_by_structure(self.w)
        read_noted_figures(self.w)
        return self.w


_CONTINUED = re.compile(r"[\s,(-]+(?:cont(?:inued|'d|\.|d)?)[\s)]*$", re.I)
# label -> does it start with a metadata label ("Distribution Date", ...)? Labels repeat
_META_LINE: Memo[str, bool] = Memo("engine.meta_line")


def walk(text: str) -> Walk:
    """Walk ``text`` and return what was found (see the module docstring)."""
    return _Walker(text).run()
