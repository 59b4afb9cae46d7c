"""Plain-text summary of a Filing, for terminals and the CLI (no IPython, no HTML); figures
in the one finance format (:mod:`abs_nb.finance_format`); filing text in it is stripped of
control characters (:func:`abs_nb.untrusted.terminal_text`).

>>> import abs_nb
>>> print(abs_nb.load("sample_filings/000_2d551bf597d89db6.txt").summary().splitlines()[0])
Asset Backed Securities Corporation, Home Equity Loan Trust 2003-HE2, distribution 2003-10-15
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from abs_nb import finance_format as ff
from abs_nb.untrusted import terminal_text

if TYPE_CHECKING:
    from abs_nb.model import Filing


def _money(x: object) -> str:
    return ff.money(x, ff.ASCII_DASH)


def _pct(x: object) -> str:
    return ff.percent(x, none=ff.ASCII_DASH)


def summary_text(f: Filing) -> str:
    m = f.meta
    out = [
        f"{m.get('trust') or '(trust not printed)'} {m.get('series') or ''}, distribution {m.get('distribution_date') or '?'}",
        f"trustee: {m.get('trustee') or '-'}   form: {m.get('form') or '-'}   layout: {m.get('layout')}   source: {m.get('source')}",
        "",
    ]
    if "Total" in f.collateral.index:
        t = f.collateral.loc["Total"]
        out.append(f"pool: beginning {_money(t.get('beginning_balance'))}  ending {_money(t.get('ending_balance'))}")
    mt = f.metrics
    if len(mt):
        out.append(
            f"CPR {_pct(mt.get('cpr'))}   CDR {_pct(mt.get('cdr'))}   60+ dq {_pct(mt.get('dq60_plus'))}   "
            f"O/C to target {_pct(mt.get('oc_to_target'))}"
        )
    d = f.deal
    out.append(
        f"O/C {_money(d.get('oc_amount'))} vs target {_money(d.get('oc_target'))}   "
        f"credit enhancement {_pct(d.get('credit_enhancement'))}   trigger: {ff.flag(d.get('trigger_event'), ff.ASCII_DASH)}"
    )
    out.append("")
    if len(f.classes):
        out.append(f"{'class':<10}{'original':>18}{'beginning':>18}{'principal':>16}{'interest':>14}{'ending':>18}")
        for lab, r in f.classes.iterrows():
            note = " (notional)" if r["notional"] else ""
            out.append(
                f"{lab:<10}{_money(r['original_balance']):>18}{_money(r['beginning_balance']):>18}"
                f"{_money(r['principal']):>16}{_money(r['interest']):>14}{_money(r['ending_balance']):>18}{note}"
            )
    out.append("")
    out.append(f"checks: {f.check_summary()}")
    bad = f.checks[f.checks["status"] != "pass"] if len(f.checks) else f.checks
    for _, r in bad.iterrows():
        out.append(f"  [{r['status']}] {r['check']} {r['subject']}: {r['detail'][:160]}")
    if len(f.unmapped):
        out.append(f"unmapped: {len(f.unmapped)} labelled numbers not placed (see .unmapped)")
    # filing text (names, labels, check details) reaches a terminal: no control characters
    return terminal_text("\n".join(out))
