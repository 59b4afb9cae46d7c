"""HTML panels of the explorer (one class, one group, credit enhancement, the source text).

Pure functions of a filing and a selection, returning inline-styled HTML; the widgets only
put them into ``ipywidgets.HTML`` values. Every value is shown with the text the report
prints and the 1-based line it was read from (``filing.provenance``).

>>> import abs_nb
>>> f = abs_nb.load("sample_filings/001_21e012ce03d1908d.txt")
>>> "483,608,563.00" in class_detail_html(f, "A-1")
True
>>> sorted(class_lines(f, "A-1"))[:3]
[81, 100, 119]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from abs_nb.display import _format as fmt
from abs_nb.display._html_builders import (
    BG_CODE,
    BORDER,
    FG_MUTED,
    FG_STRONG,
    MONO,
    MUTED,
    Cell,
    Html,
    join,
    section,
    span,
    table,
)
from abs_nb.display.filing_html import (
    COLLATERAL_ROWS,
    DELINQUENCY_STATUSES,
    checks_table,
    element_id,
)

if TYPE_CHECKING:
    from abs_nb.model import Filing

# translucent, so the theme's background and text colour show through (light and dark)
CLASS_HIGHLIGHT = "rgba(245, 158, 11, 0.32)"
GROUP_HIGHLIGHT = "rgba(34, 197, 94, 0.28)"
BOTH_HIGHLIGHT = "rgba(239, 68, 68, 0.32)"
_ELLIPSIS = "\u2026"
MAX_SOURCE_LINES = 5000  # longer texts are shown as excerpts around the highlighted lines


# ---- provenance ----------------------------------------------------------------------------
def _where(filing: Filing, table_name: str) -> dict[tuple[str, str], tuple[int, int, int]]:
    pv = filing.provenance
    sub = pv[pv["table"] == table_name] if len(pv) else pv
    return {(r.row, r.column): (int(r.line), int(r.start), int(r.end)) for r in sub.itertuples(index=False)}


def _printed(filing: Filing, hit: tuple[int, int, int] | None) -> str:
    if not hit:
        return ""
    return filing.source_text[hit[1]:hit[2]]


def class_lines(filing: Filing, label: str) -> set[int]:
    """Lines of the report behind the values of class ``label``."""
    pv = filing.provenance
    if not len(pv):
        return set()
    sub = pv[(pv["table"] == "classes") & (pv["row"] == label)]
    return {int(x) for x in sub["line"]}


def _delinquency_row_group(row: str, groups: list[str]) -> str | None:
    for g in sorted(groups, key=len, reverse=True):
        if row.startswith(g + " "):
            return g
    return None


def group_lines(filing: Filing, group: str) -> set[int]:
    """Lines of the report behind the collateral and delinquency values of ``group``."""
    pv = filing.provenance
    if not len(pv):
        return set()
    lines = {int(x) for x in pv[(pv["table"] == "collateral") & (pv["row"] == group)]["line"]}
    groups = list(dict.fromkeys(filing.delinquency["group"])) if len(filing.delinquency) else []
    for r in pv[pv["table"] == "delinquency"].itertuples(index=False):
        if _delinquency_row_group(r.row, groups) == group:
            lines.add(int(r.line))
    return lines


def groups_of(filing: Filing) -> list[str]:
    """Collateral groups (report order, ``Total`` last), then delinquency-only groups (servicers)."""
    out = [str(g) for g in filing.collateral.index]
    if len(filing.delinquency):
        out += [str(g) for g in dict.fromkeys(filing.delinquency["group"]) if str(g) not in out]
    if "Total" in out:
        out = [g for g in out if g != "Total"] + ["Total"]
    return out


def _line_cell(hit: tuple[int, int, int] | None) -> Cell:
    return Cell(str(hit[0]) if hit else "", right=True, style=MUTED)


def _printed_cell(filing: Filing, hit: tuple[int, int, int] | None) -> Cell:
    """The text as printed, right-aligned like the formatted figure beside it."""
    return Cell(_printed(filing, hit), right=True, style=f"font-family:{MONO};font-size:11px")


_DETAIL_HEADER = [["field", Cell("value", right=True), Cell("printed", right=True), Cell("line", right=True)]]


# ---- panels --------------------------------------------------------------------------------
def class_detail_html(filing: Filing, label: str) -> Html:
    """Every field of class ``label``: formatted value, the printed text, and its source line."""
    ident = element_id(filing, f"class-{label}")
    if label not in filing.classes.index:
        return section(f"Class {label}", span("not a class of this filing", MUTED), id=ident)
    r = filing.classes.loc[label]
    where = _where(filing, "classes")
    rows = []
    empty = []
    for col in filing.classes.columns:
        hit = where.get((label, col))
        if fmt.missing(r.get(col)) and not hit:  # neither a value nor printed text: not shown
            empty.append(fmt.label(col))
            continue
        rows.append([fmt.label(col), Cell(fmt.by_column(col, r.get(col)), right=fmt.is_numeric_column(col)),
                     _printed_cell(filing, hit), _line_cell(hit)])
    note = "notional class (the balance is a notional amount)" if bool(r.get("notional")) else None
    parts: list[object] = [table(_DETAIL_HEADER, rows, attrs={"data-class": label})]
    if empty:
        parts.append(span(f"not printed for this class: {', '.join(empty)}", f"{MUTED};font-size:11px"))
    return section(f"Class {label}", join(parts), id=ident, note=note)


def collateral_detail_html(filing: Filing, group: str) -> Html:
    """Pool figures of ``group`` with printed text and source lines, and its computed metrics."""
    ident = element_id(filing, f"group-{group}")
    coll = filing.collateral
    parts: list[object] = []
    if group in coll.index:
        r = coll.loc[group]
        where = _where(filing, "collateral")
        known = dict(COLLATERAL_ROWS)
        order = [c for c, _ in COLLATERAL_ROWS] + [c for c in coll.columns if c not in known]
        rows = []
        for col in order:
            if col not in coll.columns:
                continue
            hit = where.get((group, col))
            if fmt.missing(r.get(col)) and not hit:
                continue
            rows.append([known.get(col, fmt.label(col)), Cell(fmt.by_column(col, r.get(col)), right=True),
                         _printed_cell(filing, hit), _line_cell(hit)])
        parts.append(table(_DETAIL_HEADER, rows, attrs={"data-group": group}))
    else:
        parts.append(span(f"the filing prints no pool figures for {group}", MUTED))
    mg = filing.metrics_by_group
    if group in mg.index:
        m = mg.loc[group]
        rows = [[fmt.label(c), Cell(fmt.by_column(c, m.get(c)), right=True)]
                for c in mg.columns if not fmt.missing(m.get(c))]
        if rows:
            parts.append(section("Computed metrics", table([["metric", Cell("value", right=True)]], rows)))
    return section(f"Collateral: {group}", join(parts), id=ident)


def delinquency_detail_html(filing: Filing, group: str) -> Html:
    """Count, balance (and REO market value) per status for ``group``, with source lines."""
    ident = element_id(filing, f"delinquency-{group}")
    dq = filing.delinquency
    sub = dq[dq["group"] == group] if len(dq) else dq
    if not len(sub):
        printed = ", ".join(str(g) for g in dict.fromkeys(dq["group"])) if len(dq) else ""
        msg = f"the filing prints no delinquency figures for {group}"
        if printed:
            msg += f" (it prints: {printed})"
        return section(f"Delinquency: {group}", span(msg, MUTED), id=ident)
    where = _where(filing, "delinquency")
    labels = dict(DELINQUENCY_STATUSES)
    coll = filing.collateral
    pool = fmt.number_or_none(coll.at[group, "ending_balance"]) if (
        group in coll.index and "ending_balance" in coll.columns) else None
    rows = []
    for r in sub.itertuples(index=False):
        key = f"{group} {r.status}"
        hits = [where.get((key, c)) for c in ("count", "balance", "market_value")]
        line = next((h for h in hits if h), None)
        bal = fmt.number_or_none(r.balance)
        share = fmt.percent(bal / pool) if pool and bal is not None else fmt.DASH
        rows.append([labels.get(r.status, str(r.status)), Cell(fmt.count(r.count), right=True),
                     Cell(fmt.money(r.balance), right=True), Cell(share, right=True),
                     Cell(fmt.money(r.market_value) if not fmt.missing(r.market_value) else "", right=True),
                     _printed_cell(filing, hits[1]), _line_cell(line)])
    header = [["status", Cell("count", right=True), Cell("balance", right=True), Cell("% of pool", right=True),
               Cell("REO market value", right=True), Cell("printed balance", right=True), Cell("line", right=True)]]
    return section(f"Delinquency: {group}", table(header, rows, attrs={"data-group": group}), id=ident)


CE_FIELDS = ["credit_enhancement", "oc_amount", "oc_target", "oc_increase", "oc_release",
             "oc_deficiency", "excess_oc", "net_monthly_excess_cash_flow", "trigger_event",
             "stepdown_occurred", "aggregate_collateral_balance"]
_CE_CHECKS = {"credit_enhancement", "oc_amount", "oc_deficiency", "oc_increase", "certificate_principal"}


def credit_enhancement_html(filing: Filing) -> Html:
    """Printed vs computed credit enhancement, the O/C figures and triggers, and their checks."""
    deal, met = filing.deal, filing.metrics
    where = _where(filing, "deal")
    rows = []
    for col in CE_FIELDS:
        if col not in deal.index:
            continue
        hit = where.get(("deal", col))
        v = deal.get(col)
        text = fmt.by_column(col, v)
        rows.append([fmt.label(col) + (" (printed)" if col == "credit_enhancement" else ""),
                     Cell(text, right=True), _printed_cell(filing, hit), _line_cell(hit)])
    for col in ("credit_enhancement_computed", "oc_to_target"):
        v = met.get(col) if len(met) else None
        if not fmt.missing(v):
            rows.append([fmt.label(col) if col != "oc_to_target" else "O/C to target (computed)",
                         Cell(fmt.percent(v), right=True), Cell("computed", style=MUTED), Cell("")])
    parts: list[object] = [table(_DETAIL_HEADER, rows)]
    c = filing.checks
    if len(c):
        sub = c[c["check"].isin(_CE_CHECKS)]
        if len(sub):
            parts.append(section("Checks on these figures", checks_table(sub, include_pass=True)))
    return section("Credit enhancement and overcollateralization", join(parts),
                   id=element_id(filing, "credit-enhancement"))


def checks_panel_html(filing: Filing) -> Html:
    """Summary line, non-pass checks first, then every check (status-coloured, misprints marked)."""
    from abs_nb.display.filing_html import checks_html

    c = filing.checks
    parts: list[object] = [checks_html(filing)]
    if len(c):
        passed = c[c["status"] == "pass"]
        if len(passed):
            parts.append(section(f"Passing checks ({len(passed)})",
                                 checks_table(passed, include_pass=True),
                                 id=element_id(filing, "checks-passing")))
    return join(parts)


# ---- source --------------------------------------------------------------------------------
def source_html(filing: Filing, label: str | None = None, group: str | None = None) -> Html:
    """The report text in a ``<pre>``, escaped, with line numbers; the lines behind class
    ``label`` and ``group`` highlighted (``data-line`` / ``data-kind`` on each marked line).

    The view opens at the first highlighted line (a few lines before it): the lines above
    are in a ``<details>`` toggle, so no script is needed to scroll to the value."""
    cls = class_lines(filing, label) if label is not None else set()
    grp = group_lines(filing, group) if group is not None else set()
    lines = filing.source_text.split("\n")
    width = len(str(len(lines)))
    show: set[int] | None = None
    if len(lines) > MAX_SOURCE_LINES:
        show = {n + d for n in cls | grp for d in range(-5, 6)}
        if not show:  # nothing highlighted in a long report: its beginning, not an empty view
            show = set(range(1, MAX_SOURCE_LINES + 1))
    marked = cls | grp
    above = max(0, min(marked) - 6) if marked else 0  # lines folded above the view
    out: list[str] = []
    head: list[str] = []
    skipped = False
    for i, text in enumerate(lines, start=1):
        if i == above + 1 and above:
            head, out = out, []
        if show is not None and i not in show:
            if not skipped:
                out.append(f'<span style="{MUTED}">{_ELLIPSIS:>{width}}</span>\n')
            skipped = True
            continue
        skipped = False
        gutter = f'<span style="color:{FG_MUTED};user-select:none">{i:>{width}} </span>'
        body = fmt.esc(text)
        kinds = [k for k, s in (("class", cls), ("group", grp)) if i in s]
        if kinds:
            colour = BOTH_HIGHLIGHT if len(kinds) == 2 else (CLASS_HIGHLIGHT if kinds == ["class"] else GROUP_HIGHLIGHT)
            out.append(f'<span data-line="{i}" data-kind="{" ".join(kinds)}" '
                       f'style="background:{colour}">{gutter}{body}</span>\n')
        else:
            out.append(f"{gutter}{body}\n")
    legend = []
    if label is not None:
        legend.append(span(f" class {label}: lines {_ranges(cls) or 'none'} ", f"background:{CLASS_HIGHLIGHT}"))
    if group is not None:
        legend.append(span(f" {group}: lines {_ranges(grp) or 'none'} ", f"background:{GROUP_HIGHLIGHT}"))
    pre_style = (f"font-family:{MONO};font-size:11px;line-height:1.35;overflow:auto;border:1px solid {BORDER};"
                 f"padding:6px;background:{BG_CODE};color:{FG_STRONG};margin:4px 0")
    folded = ""
    if head:
        folded = (f'<details><summary style="cursor:pointer;{MUTED};font-size:12px">lines 1\u2013{above} '
                  f'(above the highlighted lines)</summary><pre style="{pre_style};max-height:360px">'
                  f'{"".join(head)}</pre></details>')
    pre = (f'<pre id="{element_id(filing, "source")}" style="{pre_style};max-height:520px">'
           f'{"".join(out)}</pre>')
    return join([Html('<div style="font-size:12px">'), join(legend, " "), Html("</div>"), Html(folded), Html(pre)])


def _ranges(lines: set[int]) -> str:
    """``{1, 2, 3, 7}`` -> ``'1-3, 7'``."""
    out: list[str] = []
    for n in sorted(lines):
        if out and out[-1].split("-")[-1] == str(n - 1):
            out[-1] = out[-1].split("-")[0] + f"-{n}"
        else:
            out.append(str(n))
    return ", ".join(out)
