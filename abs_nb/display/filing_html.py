"""Static HTML of a :class:`~abs_nb.Filing`: what a notebook shows for ``filing`` in a cell.

The fragment uses inline ``style=`` attributes only (no ``<style>``, no ``<script>``, no URL),
so it looks the same in JupyterLab, the classic notebook, VS Code, GitHub and nbviewer.
Element ids are fixed (``abs-nb-<series>-<date>-<section>``), every string read from the
filing is escaped, and the same filing always gives byte-identical HTML.

>>> import abs_nb
>>> f = abs_nb.load("sample_filings/000_2d551bf597d89db6.txt")
>>> bundle = mimebundle(f)
>>> sorted(bundle)
['text/html', 'text/plain']
>>> 'id="abs-nb-2003-he2-2003-10-15-classes"' in bundle["text/html"]
True
>>> "345,199,023.00" in bundle["text/html"]
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from abs_nb.display import _format as fmt
from abs_nb.display._html_builders import (
    BORDER_STRONG,
    FG_MUTED,
    FG_STRONG,
    MUTED,
    ROOT,
    Cell,
    Html,
    badge,
    div,
    join,
    misprint_tag,
    section,
    span,
    table,
    tag,
)

if TYPE_CHECKING:
    import pandas as pd

    from abs_nb.model import Filing

__all__ = [
    "mimebundle",
    "filing_html",
    "header_html",
    "key_figures_html",
    "classes_html",
    "collateral_html",
    "delinquency_html",
    "checks_html",
    "checks_mimebundle",
    "unmapped_html",
    "element_id",
    "CLASS_TABLE_COLUMNS",
    "CLASS_TABLE_GROUPS",
    "CLASS_TABLE_MORE",
    "DELINQUENCY_STATUSES",
]

# (spanner, [(column, header), ...]) of the class table a notebook shows: the columns an
# analyst reads first, under spanners, narrow enough for a 1,100 px notebook column
CLASS_TABLE_GROUPS: list[tuple[str, list[tuple[str, str]]]] = [
    ("Balances", [("beginning_balance", "beginning"), ("ending_balance", "ending"), ("factor", "factor")]),
    ("Distribution", [("interest_rate", "rate"), ("principal", "principal"), ("interest", "interest"),
                      ("total_distribution", "total")]),
    ("Losses and shortfalls", [("realized_loss", "realized loss"), ("interest_shortfall", "interest shortfall")]),
]
# (column, header) of the class table's other columns, behind a "more columns" toggle
CLASS_TABLE_MORE: list[tuple[str, str]] = [
    ("cusip", "CUSIP"),
    ("original_balance", "original"),
    ("principal_per_1000", "principal /$1,000"),
    ("interest_per_1000", "interest /$1,000"),
    ("total_per_1000", "total /$1,000"),
    ("ending_balance_per_1000", "ending /$1,000"),
]
# every (column, header) of the class table, in order
CLASS_TABLE_COLUMNS: list[tuple[str, str]] = (
    [c for _, cols in CLASS_TABLE_GROUPS for c in cols] + CLASS_TABLE_MORE
)

# (column, row label) of the collateral table, in order; other columns follow
COLLATERAL_ROWS: list[tuple[str, str]] = [
    ("beginning_balance", "beginning balance"),
    ("scheduled_principal", "scheduled principal"),
    ("prepayments", "prepayments"),
    ("curtailments", "curtailments"),
    ("prepayments_and_curtailments", "prepayments & curtailments"),
    ("liquidation_proceeds", "liquidation proceeds"),
    ("loan_purchases", "loan purchases"),
    ("unscheduled_principal", "unscheduled principal"),
    ("total_principal", "total principal"),
    ("additional_balances", "additional balances (draws)"),
    ("realized_losses", "realized losses"),
    ("ending_balance", "ending balance"),
    ("ending_count", "ending loan count"),
    ("scheduled_interest_net", "scheduled interest, net"),
    ("servicing_fee", "servicing fee"),
    ("wac", "WAC"),
    ("net_wac", "net WAC"),
    ("wam", "WAM (months)"),
]

DELINQUENCY_STATUSES: list[tuple[str, str]] = [
    ("30-59", "30-59 days"),
    ("60-89", "60-89 days"),
    ("90+", "90+ days"),
    ("foreclosure", "foreclosure"),
    ("bankruptcy", "bankruptcy"),
    ("reo", "REO"),
]

_TOTAL_ROW = f"border-top:2px solid {BORDER_STRONG};font-weight:600"
_NOTIONAL = f"font-style:italic;color:{FG_MUTED}"


def element_id(filing: Filing, part: str | None = None) -> str:
    """The fixed id of the filing's HTML (or of one part of it).

    >>> import abs_nb
    >>> element_id(abs_nb.load("sample_filings/001_21e012ce03d1908d.txt"), "checks")
    'abs-nb-2003-he4-2003-11-17-checks'
    """
    base = fmt.filing_id(filing)
    return f"{base}-{fmt.slug(part)}" if part else base


def _get(s: Any, key: str) -> Any:
    try:
        return s.get(key)
    except AttributeError:
        return None


# ---- sections ------------------------------------------------------------------------------
def header_html(filing: Filing) -> Html:
    """Trust, series, distribution date, trustee, servicers, form and accession (when known)."""
    m = filing.meta
    title = " ".join(str(x) for x in (m.get("trust"), m.get("series")) if x) or "(trust not printed)"
    facts: list[tuple[str, object]] = [("distribution date", fmt.date(m.get("distribution_date")))]
    for key, name in (("trustee", "trustee"), ("depositor", "depositor"), ("servicers", "servicers"),
                      ("form", "form"), ("accession", "accession"), ("cik", "CIK"),
                      ("filed", "filed"), ("layout", "layout")):
        v = m.get(key)
        if not fmt.missing(v) and v != []:
            facts.append((name, fmt.date(v) if key == "filed" else fmt.text(v)))
    line = join(
        (join([span(k + ": ", MUTED), span(v)]) for k, v in facts),
        Html(f'<span style="color:{FG_MUTED}"> \u2502 </span>'),
    )
    statuses = set(filing.checks["status"]) if len(filing.checks) else set()
    worst = next((s for s in ("fail", "warn", "repaired") if s in statuses), "pass")
    verdict = join([badge(worst), span(" " + filing.check_summary(), f"{MUTED};font-size:12px;font-weight:400")])
    head = (f'<div style="font-size:16px;font-weight:600;color:{FG_STRONG}">{fmt.esc(title)} '
            f"{verdict}</div>")
    return div(Html(head + f'<div style="font-size:12px">{line}</div>'), id=element_id(filing, "header"))


def _key_rows(filing: Filing) -> list[tuple[str, str, str]]:
    """(figure, value, what it is compared with) of the key-figures table."""
    coll, deal, met = filing.collateral, filing.deal, filing.metrics
    rows: list[tuple[str, str, str]] = []
    pool = coll.loc["Total"] if "Total" in coll.index else (coll.iloc[-1] if len(coll) else None)
    if pool is not None:
        rows.append(("pool ending balance", fmt.money(pool.get("ending_balance")),
                     "beginning " + fmt.money(pool.get("beginning_balance"))))
    elif not fmt.missing(_get(deal, "aggregate_collateral_balance")):
        rows.append(("pool ending balance", fmt.money(deal.get("aggregate_collateral_balance")), ""))
    if not fmt.missing(_get(met, "pool_factor")):
        rows.append(("pool factor", fmt.factor(met.get("pool_factor")), ""))
    rows.append(("CPR", fmt.percent(_get(met, "cpr")), "SMM " + fmt.percent(_get(met, "smm"))))
    rows.append(("CDR", fmt.percent(_get(met, "cdr")), "MDR " + fmt.percent(_get(met, "mdr"))))
    rows.append(("60+ delinquency", fmt.percent(_get(met, "dq60_plus")),
                 "30+ " + fmt.percent(_get(met, "dq30_plus"))))
    rows.append(("credit enhancement", "printed " + fmt.percent(_get(deal, "credit_enhancement")),
                 "computed " + fmt.percent(_get(met, "credit_enhancement_computed"))))
    oc_ratio = _get(met, "oc_to_target")
    rows.append(("O/C amount vs target", fmt.money(_get(deal, "oc_amount")),
                 "target " + fmt.money(_get(deal, "oc_target"))
                 + ("" if fmt.missing(oc_ratio) else f" ({fmt.percent(oc_ratio)} of target)")))
    rows.append(("trigger event", fmt.flag(_get(deal, "trigger_event")),
                 "step-down occurred " + fmt.flag(_get(deal, "stepdown_occurred"))))
    return rows


def key_figures_html(filing: Filing) -> Html:
    """Pool balance and factor, CPR, CDR, 60+ delinquency, credit enhancement, O/C, triggers."""
    body = table(
        [["figure", Cell("value", right=True), "beside it"]],
        [[name, Cell(value, right=True), Cell(other, style=MUTED)] for name, value, other in _key_rows(filing)],
    )
    return section("Key figures", body, id=element_id(filing, "key-figures"))


def _class_label(lab: object, notional: bool) -> Html:
    return join([lab, " ", tag("notional")]) if notional else join([lab])


def _class_rows(filing: Filing, columns: list[tuple[str, str]]) -> tuple[list[list[Cell | str | Html]], list[str]]:
    """Body rows (one per class, then the printed Total when it has a figure) and their styles."""
    df = filing.classes
    rows: list[list[Cell | str | Html]] = []
    styles: list[str] = []
    for lab, r in df.iterrows():
        notional = bool(r.get("notional"))
        cells: list[Cell | str | Html] = [_class_label(lab, notional)]
        for c, _ in columns:
            balance = c in ("original_balance", "beginning_balance", "ending_balance", "factor")
            cells.append(Cell(fmt.by_column(c, r.get(c)), right=c != "cusip",
                              style=_NOTIONAL if notional and balance else ""))
        rows.append(cells)
        styles.append("")
    t = filing.totals
    if t is not None and any(not fmt.missing(t.get(c)) for c, _ in columns if c != "cusip"):
        cells = [Cell("Total")]
        for c, _ in columns:
            v = t.get(c) if c not in ("cusip", "factor") else None
            cells.append(Cell(fmt.by_column(c, v) if not fmt.missing(v) else "", right=c != "cusip"))
        rows.append(cells)
        styles.append(_TOTAL_ROW)
    return rows, styles


_SPANNER = f"text-align:center;border-bottom:1px solid {BORDER_STRONG};font-weight:600"
_WRAP_HEAD = "white-space:normal;min-width:64px"


def classes_html(filing: Filing) -> Html:
    """The class table: the core columns under spanners (Balances, Distribution, Losses and
    shortfalls), the other columns (CUSIP, original balance, per-$1,000 figures) in a
    ``<details>`` toggle below (it opens without JavaScript, also on GitHub); notional
    classes marked."""
    df = filing.classes
    ident = element_id(filing, "classes")
    if not len(df):
        return section("Classes", span("no class table was read", MUTED), id=ident)
    core = [c for _, cols in CLASS_TABLE_GROUPS for c in cols]
    header = [
        [Cell("", style="border-bottom:none")] + [Cell(name, colspan=len(cols), style=_SPANNER) for name, cols in CLASS_TABLE_GROUPS],
        ["class"] + [Cell(h, right=True, style=_WRAP_HEAD) for _, h in core],
    ]
    rows, styles = _class_rows(filing, core)
    main = table(header, rows, row_styles=styles)
    more_rows, more_styles = _class_rows(filing, CLASS_TABLE_MORE)
    more = table([["class"] + [Cell(h, right=c != "cusip", style=_WRAP_HEAD) for c, h in CLASS_TABLE_MORE]],
                 more_rows, row_styles=more_styles)
    toggle = Html(f'<details id="{fmt.esc(ident)}-more"><summary style="cursor:pointer;{MUTED};font-size:12px">'
                  f"more columns: CUSIP, original balance, per $1,000 figures</summary>{more}</details>")
    n_notional = int(df["notional"].sum()) if "notional" in df else 0
    note = f"{len(df)} classes" + (f", {n_notional} notional (balance is a notional amount)" if n_notional else "")
    return section("Classes", join([main, toggle]), id=ident, note=note)


def collateral_html(filing: Filing) -> Html:
    """Pool figures, one column per loan group (``Total`` last)."""
    df = filing.collateral
    ident = element_id(filing, "collateral")
    if not len(df):
        return section("Collateral", span("no pool figures were read", MUTED), id=ident)
    known = dict(COLLATERAL_ROWS)
    order = [c for c, _ in COLLATERAL_ROWS] + [c for c in df.columns if c not in known]
    groups = list(df.index)
    header = [["figure"] + [Cell(g, right=True) for g in groups]]
    rows = []
    for c in order:
        if c not in df.columns:
            continue
        vals = [df.at[g, c] for g in groups]
        if all(fmt.missing(v) for v in vals):
            continue
        rows.append([known.get(c, fmt.label(c))] + [Cell(fmt.by_column(c, v), right=True) for v in vals])
    return section("Collateral by group", table(header, rows), id=ident)


def delinquency_pivot(filing: Filing) -> tuple[list[str], list[tuple[str, str]], dict[tuple[str, str], tuple[Any, Any, Any]]]:
    """Groups (as printed, in order), statuses (key, label) and ``{(group, status): (count, balance, market value)}``."""
    dq = filing.delinquency
    groups = list(dict.fromkeys(dq["group"])) if len(dq) else []
    known = [s for s, _ in DELINQUENCY_STATUSES]
    extra = [s for s in dict.fromkeys(dq["status"]) if s not in known] if len(dq) else []
    statuses = [(s, lab) for s, lab in DELINQUENCY_STATUSES if len(dq) and s in set(dq["status"])]
    statuses += [(s, str(s)) for s in extra]
    cells = {(r.group, r.status): (r.count, r.balance, r.market_value) for r in dq.itertuples(index=False)}
    return groups, statuses, cells


def delinquency_html(filing: Filing) -> Html:
    """Delinquency pivot: status rows x group columns, count and balance per group."""
    ident = element_id(filing, "delinquency")
    groups, statuses, cells = delinquency_pivot(filing)
    if not groups:
        return section("Delinquency", span("no delinquency figures were read", MUTED), id=ident)
    header = [
        [""] + [Cell(g, right=True, colspan=2) for g in groups],
        ["status"] + [Cell(h, right=True) for _ in groups for h in ("count", "balance")],
    ]
    rows = []
    for s, lab in statuses:
        row: list[Cell | str | Html] = [lab]
        for g in groups:
            n, bal, _ = cells.get((g, s), (None, None, None))
            row += [Cell(fmt.count(n), right=True), Cell(fmt.money(bal), right=True)]
        rows.append(row)
    mv = {g: cells.get((g, "reo"), (None, None, None))[2] for g in groups}
    if any(not fmt.missing(v) for v in mv.values()):
        row = [Cell("REO market value", style=MUTED)]
        for g in groups:
            row += [Cell(""), Cell(fmt.money(mv[g]), right=True, style=MUTED)]
        rows.append(row)
    return section("Delinquency by group", table(header, rows), id=ident)


def _lines(lines: Any) -> str:
    try:
        ls = [int(x) for x in lines]
    except TypeError:
        return ""
    if len(ls) > 8:
        return ", ".join(str(x) for x in ls[:8]) + f", \u2026 ({len(ls)} lines)"
    return ", ".join(str(x) for x in ls)


def checks_table(checks: pd.DataFrame, *, include_pass: bool = False) -> Html:
    """Rows of ``filing.checks`` (by default only those that did not pass) as a table:
    status-coloured, misprints marked, figures in the finance format (ratios in %, their
    difference in basis points); each check's detail is a full-width line under its row."""
    c = checks
    if not include_pass and len(c):
        c = c[c["status"] != "pass"]
    header = [["status", "check", "subject", Cell("expected", right=True), Cell("actual", right=True),
               Cell("difference", right=True), "lines"]]
    rows: list[list[Cell | str | Html]] = []
    styles: list[str] = []
    for r in c.itertuples(index=False):
        misprint = r.check in fmt.MISPRINT_CHECKS and r.status != "pass"
        border = fmt.STATUS_COLOURS.get(r.status, ("", "", "#9ca3af"))[2]
        expected, actual, difference = fmt.check_figures(r.check, r.subject, r.expected, r.actual, r.difference)
        detail = fmt.text(r.detail) if not fmt.missing(r.detail) else ""
        joined = ";border-bottom:none" if detail else ""
        rows.append([
            Cell(badge(r.status), style=joined),
            Cell(join([r.check, " ", misprint_tag()]) if misprint else join([r.check]), style=joined),
            Cell(r.subject, style="white-space:normal;min-width:120px;max-width:300px" + joined),
            Cell(expected, right=True, style=joined),
            Cell(actual, right=True, style=joined),
            Cell(difference, right=True, style=joined),
            Cell(_lines(r.lines), style="white-space:normal;max-width:160px" + joined),
        ])
        style = f"border-left:4px solid {border}"
        if misprint:
            style += f";background:{fmt.MISPRINT_TINT}"
        styles.append(style)
        if detail:
            rows.append([Cell(detail, colspan=7, style="white-space:normal;padding:0 8px 5px 24px;font-size:11.5px")])
            styles.append(style)
    return table(header, rows, row_styles=styles)


def checks_html(filing: Filing, *, include_pass: bool = False) -> Html:
    """The one-line checks summary and a table of the checks that did not pass."""
    ident = element_id(filing, "checks")
    summary = span(filing.check_summary(), "font-weight:600")
    bad = filing.checks[filing.checks["status"] != "pass"] if len(filing.checks) else filing.checks
    if not len(bad) and not include_pass:
        return section("Checks", summary, id=ident)
    return section("Checks", join([div(summary), checks_table(filing.checks, include_pass=include_pass)]),
                   id=ident)


def unmapped_html(filing: Filing, *, limit: int = 50) -> Html:
    """How many labelled numbers were not placed, and the first ``limit`` of them."""
    u = filing.unmapped
    ident = element_id(filing, "unmapped")
    n = len(u)
    head = span(f"unmapped: {n} labelled number{'s' if n != 1 else ''} not placed in a field", MUTED)
    if not n:
        return div(head, id=ident, style="margin-top:8px")
    rows = [[Cell(fmt.count(r.line), right=True), r.label, fmt.text(r.values), fmt.text(r.reason)]
            for r in u.head(limit).itertuples(index=False)]
    more = span(f"\u2026 and {n - limit} more (see filing.unmapped)", MUTED) if n > limit else ""
    return section("Unmapped", join([head, table([[Cell("line", right=True), "label", "values", "reason"]], rows), more]),
                   id=ident)


def filing_html(filing: Filing) -> Html:
    """The whole static view: header, key figures, classes, collateral, delinquency, checks."""
    parts = [
        header_html(filing),
        key_figures_html(filing),
        classes_html(filing),
        collateral_html(filing),
        delinquency_html(filing),
        checks_html(filing),
        unmapped_html(filing),
    ]
    return div(join(parts), id=element_id(filing), style=ROOT)


def mimebundle(filing: Filing) -> dict[str, str]:
    """``{"text/plain": filing.summary(), "text/html": filing_html(filing)}``."""
    return {"text/plain": filing.summary(), "text/html": str(filing_html(filing))}


def checks_mimebundle(filing: Filing) -> dict[str, str]:
    """The checks only: summary line and non-pass checks, as HTML and as plain text."""
    lines = [f"{filing.meta.get('series') or ''} {fmt.date(filing.meta.get('distribution_date'))}: "
             f"{filing.check_summary()}".strip()]
    c = filing.checks
    bad = c[c["status"] != "pass"] if len(c) else c
    for r in bad.itertuples(index=False):
        mark = " (misprint)" if r.check in fmt.MISPRINT_CHECKS else ""
        e, a, d = fmt.check_figures(r.check, r.subject, r.expected, r.actual, r.difference)
        lines.append(f"  [{r.status}] {r.check}{mark} {r.subject}: expected {e}, actual {a} ({d}); {r.detail}")
    body = join([header_html(filing), checks_html(filing)])
    return {"text/plain": "\n".join(lines),
            "text/html": str(div(body, id=element_id(filing, "check-report"), style=ROOT))}
