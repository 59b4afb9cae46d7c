"""Generated layouts: the parser reads every value right or flags it (issue #14), and the
generator itself is sound (its values obey the identities, its CUSIPs are valid, a seed
always gives the same text)."""

from __future__ import annotations

import csv
import dataclasses
import random
import re
from collections import Counter
from pathlib import Path

import pytest

from . import words as W
from .deal import MEZZANINE, PAYING, SENIOR, SUBORDINATE, P, X, make_deal, valid_cusip
from .evaluate import Report, evaluate, score
from .generate import FAMILIAR, PER_1000_OF, Document, generate

N_LAYOUTS = 1000
FIELDS_CSV = Path(__file__).resolve().parents[2] / "abs_nb" / "parse" / "fields.csv"


N_ONE_FACTOR = 25  # documents per shape in the one-factor runs


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(range(N_LAYOUTS))


# The goal is 99% of generated values right (issue #14); these floors are what the
# parser reads at the commit that set them, measured with
# `python -m tests.synthetic.evaluate --n 1000`: a change that reads less fails here, and the
# floors are raised as the parser reads more. Every value not read right must be flagged
# (`test_no_value_silently_wrong`).
GOAL = 0.99
FLOORS = {"all": GOAL, "classes": 0.99, "collateral": 0.98, "delinquency": 0.99, "totals": 0.98, "deal": 0.99}


def test_generated_layouts_are_read_at_least_as_well_as_the_floors(report: Report) -> None:
    assert report.documents >= 1000
    shares = {"all": report.share_right()}
    for table in FLOORS:
        if table != "all":
            got = {v: n for (dim, name, v), n in report.counts.items() if dim == "table" and name == table}
            shares[table] = got.get("right", 0) / max(1, sum(got.values()))
    low = {k: round(v, 4) for k, v in shares.items() if v < FLOORS[k]}
    assert not low, f"below the floors {FLOORS}: {low}\n" + report.breakdown()


def test_familiar_shape_with_one_thing_changed_is_read_right_or_flagged() -> None:
    """The seeds' shape with one thing changed: no non-pass check elsewhere in the filing
    covers a miss there, so a value missed silently shows."""
    for vary in ["words", *FAMILIAR]:
        one = evaluate(range(N_ONE_FACTOR), vary=vary)
        t = one.totals()
        assert t["silent"] == 0 and t["crashed"] == 0, f"vary={vary}\n" + one.breakdown()


def test_no_value_silently_wrong(report: Report) -> None:
    """Whatever the parser misses, it says so: no value wrong while every check passes."""
    t = report.totals()
    assert t["silent"] == 0 and t["crashed"] == 0, "\n" + report.breakdown()


def test_familiar_layouts_are_read_and_pass_every_check() -> None:
    """The control: the same values printed in the seeds' shape and words are read right and
    every check of the project passes on them (the yardstick agrees with ``checks/``)."""
    import abs_nb

    report = evaluate(range(100), familiar=True)
    assert report.share_right() == 1.0, "\n" + report.breakdown()
    for seed in range(0, 100, 7):
        checks = abs_nb.load_text(generate(seed, familiar=True).text).checks
        # every identity passes; the unverified warns list the figures no identity covers
        checks = checks[checks["check"] != "unverified"]
        assert (checks["status"] == "pass").all(), (seed, checks[checks["status"] != "pass"].to_string())


def test_the_evaluator_tells_silent_from_flagged() -> None:
    """A value the document does not print is silently wrong when every check passes; a
    misprint that a check catches makes the misread value flagged."""
    doc = generate(5, familiar=True)
    key = ("classes", doc.class_labels[0], "beginning_balance")
    wrong = dataclasses.replace(doc, expected={**doc.expected, key: doc.expected[key] + 1000.0})
    verdicts = {o.key: o for o in score(wrong)}
    assert verdicts[key].verdict == "silent" and verdicts[key].seed == 5
    assert Counter(o.verdict for o in verdicts.values())["right"] == len(doc.expected) - 1
    # print A-1's ending balance one dollar off: the roll-forward check fails, the value is flagged
    ending = ("classes", doc.class_labels[0], "ending_balance")
    printed = f"{doc.expected[ending]:,.{2 if doc.shape['money'] == 'cents' else 0}f}"
    assert doc.text.count(printed) >= 1
    off = f"{doc.expected[ending] + 1:,.{2 if doc.shape['money'] == 'cents' else 0}f}"
    misprint = dataclasses.replace(doc, text=doc.text.replace(" " + printed, " " + off, 1))
    hit = {o.key: o for o in score(misprint)}[ending]
    assert hit.verdict == "flagged" and "class_roll_forward" in hit.why, hit


# ---- the generator -------------------------------------------------------------------------

def test_same_seed_same_document() -> None:
    a, b = generate(11), generate(11)
    assert a.text == b.text and a.expected == b.expected and a.shape == b.shape
    assert generate(12).text != a.text


def test_cusips_have_valid_check_digits() -> None:
    cusips = [v for s in range(200) for k, v in generate(s).expected.items() if k[-1] == "cusip"]
    assert len(cusips) > 500
    assert all(isinstance(c, str) and valid_cusip(c) for c in cusips)
    assert not valid_cusip(cusips[0][:8] + str((int(cusips[0][8]) + 1) % 10))


def test_interest_is_rate_times_balance_times_days() -> None:
    for seed in range(300):
        deal = make_deal(random.Random(seed), unit=random.Random(seed).choice([1, 100]))
        for c in deal.classes:
            if c.kind in PAYING:
                assert c.days in (28, 29, 30, 31)
                assert c.interest == round(c.rate / 1e7 * c.beginning * c.days / 360), (seed, c)


def _v(doc: Document, *key: str) -> float:
    """A value, a dash or blank read as 0 (as the identities treat it)."""
    v = doc.expected.get(tuple(key))
    return 0.0 if v is None else float(v)


def _close(a: float, b: float, tol: float) -> bool:
    return abs(a - b) <= tol + 1e-9 * max(abs(a), abs(b))


@pytest.mark.parametrize("seed", range(300))
def test_identities_hold_in_the_printed_values(seed: int) -> None:
    doc = generate(seed)
    e = doc.expected
    cents = 0.005 if doc.shape["money"] == "cents" else 0.5
    fields = {k[2] for k in e if k[0] == "classes"}
    for label, kind in doc.class_kinds.items():
        beg, prin, end = (_v(doc, "classes", label, f) for f in ("beginning_balance", "principal", "ending_balance"))
        loss = _v(doc, "classes", label, "realized_loss")
        if "ending_balance" in fields and "beginning_balance" in fields:
            if kind == X:
                if ("deal", "deal", "oc_increase") in e:
                    assert _close(end, beg + _v(doc, "deal", "deal", "oc_increase"), 4 * cents)
            else:
                assert _close(end, beg - prin - loss, 4 * cents), label
        assert _close(_v(doc, "classes", label, "total_distribution"),
                      _v(doc, "classes", label, "interest") + prin, 3 * cents), label
        for f, amount in PER_1000_OF.items():
            if ("classes", label, f) in e and ("classes", label, amount) in e:
                orig = _v(doc, "classes", label, "original_balance") if "original_balance" in fields else None
                if orig:
                    assert _close(_v(doc, "classes", label, f), _v(doc, "classes", label, amount) / orig * 1000,
                                  doc.tolerance[("classes", label, f)] + cents * 1000 / orig), (label, f)
    paying = [lab for lab, k in doc.class_kinds.items() if k in (SENIOR, MEZZANINE, SUBORDINATE)]
    for f in (k[2] for k in e if k[0] == "totals"):
        assert _close(_v(doc, "totals", "Total", f), sum(_v(doc, "classes", lab, f) for lab in paying),
                      cents * (len(paying) + 1)), f
    groups = sorted({k[1] for k in e if k[0] == "collateral"})
    for g in groups:
        c = {f: _v(doc, "collateral", g, f) for f in [*W.COLLATERAL_LABELS, *W.PREPAID_LABELS]
             if ("collateral", g, f) in e or f != "liquidation_proceeds"}
        # the prepaid principal printed whole or as its parts, or with the liquidated as the
        # unscheduled principal; the total printed or not
        apart = ("collateral", g, "prepayments") in e
        if ("collateral", g, "unscheduled_principal") in e:
            unscheduled = _v(doc, "collateral", g, "unscheduled_principal")
            if "liquidation_proceeds" in c:  # printed beside its parts
                prepaid = c["prepayments"] + c["curtailments"] if apart else c["prepayments_and_curtailments"]
                assert _close(unscheduled, prepaid + c["liquidation_proceeds"], 3 * cents)
            parts = c["scheduled_principal"] + unscheduled
        else:
            prepaid = c["prepayments"] + c["curtailments"] if apart else c["prepayments_and_curtailments"]
            parts = c["scheduled_principal"] + prepaid + c["liquidation_proceeds"]
        if ("collateral", g, "total_principal") in e:
            assert _close(c["total_principal"], parts, 4 * cents)
        assert _close(c["ending_balance"], c["beginning_balance"] - parts - c["realized_losses"], 5 * cents)
    body = [g for g in groups if g != "Total"]
    if body:
        for f in [*W.COLLATERAL_LABELS, *W.PREPAID_LABELS, "unscheduled_principal"]:
            if ("collateral", "Total", f) in e:
                assert _close(_v(doc, "collateral", "Total", f), sum(_v(doc, "collateral", g, f) for g in body),
                              cents * (len(body) + 1)), f
        for status in W.STATUS_LABELS:
            for m in ("count", "balance"):
                assert _close(_v(doc, "delinquency", "Total", status, m),
                              sum(_v(doc, "delinquency", g, status, m) for g in body), cents * (len(body) + 1))
    # O/C: pool ending - certificate ending (paying classes and P) = X ending = the deal's O/C
    if "ending_balance" in fields:
        certs = paying + [lab for lab, k in doc.class_kinds.items() if k == P]
        x = next(lab for lab, k in doc.class_kinds.items() if k == X)
        oc = _v(doc, "collateral", "Total", "ending_balance") - sum(_v(doc, "classes", lab, "ending_balance") for lab in certs)
        assert _close(oc, _v(doc, "classes", x, "ending_balance"), cents * (len(certs) + 2))
        if ("deal", "deal", "oc_amount") in e:
            assert _close(oc, _v(doc, "deal", "deal", "oc_amount"), cents * (len(certs) + 2))


def test_deals_have_4_to_14_classes_and_realistic_labels() -> None:
    labels = Counter()
    for s in range(500):
        doc = generate(s)
        assert 4 <= len(doc.class_labels) <= 14
        labels.update(doc.class_labels)
    for spelling in ("A-1", "1-A1", "A1", "M-1", "M1", "B-1", "B-IO", "AIO", "X", "R", "P"):
        assert labels[spelling], spelling
    assert any(lab.startswith("M") and lab.endswith("-B") for lab in labels)


def test_every_shape_is_drawn() -> None:
    seen: dict[str, set[str]] = {}
    for s in range(N_LAYOUTS):
        for k, v in generate(s).shape.items():
            seen.setdefault(k, set()).add(v)
    assert seen["rendering"] == {"fixed", "cells", "html"}
    assert seen["halves"] == {"1", "2", "3"} and seen["halves_labelled"] == {"yes", "no"}
    assert seen["header_lines"] == {"1", "2", "3", "4"}
    assert seen["zero"] == {"zero", "dash", "blank"} and seen["page_break"] == {"yes", "no"}
    assert "unlabelled" in seen["total_label"] and seen["money"] == {"cents", "dollars"}
    assert seen["groups"] == {"1", "2", "3"} and seen["delinquency_layout"] == {"blocks", "wide", "across"}
    assert seen["prepaid"] == {"whole", "apart"} and seen["total_principal"] == {"printed", "not printed"}
    assert seen["group_names"] == {"numbered", "kinds"}
    assert seen["unscheduled"] == {"no", "instead", "beside"}
    assert seen["cusip_at"] == {"first", "last"}  # a class table's CUSIPs in its first column or its last
    assert seen["cusip_before"] == {"no", "yes"}  # or before the class, in the row's first column
    assert seen["uneven_blanks"] == {"no", "yes"}  # cells of a web page one blank apart, or one to six


def test_page_breaks_columns_and_renderings_look_real() -> None:
    texts = {how: [] for how in ("fixed", "cells", "html")}
    for s in range(200):
        doc = generate(s)
        texts[doc.shape["rendering"]].append((doc, doc.text))
        assert len(doc.text) < 40_000  # small documents: 1,000 of them run in seconds
    broken = [t for d, t in texts["fixed"] if d.shape["page_break"] == "yes"]
    assert broken and all("\f" in t and " of " in t for t in broken)
    assert all(all(ln.startswith("|") for ln in t.splitlines()) for _, t in texts["cells"])
    assert all("<table>" in t and "<td>" in t for _, t in texts["html"])


def _known_labels() -> set[str]:
    from abs_nb.parse.spelling import normalise

    lines = [ln for ln in FIELDS_CSV.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return {normalise(r["label"]) for r in csv.DictReader(lines)}


def test_most_spellings_are_new_to_the_vocabulary() -> None:
    """At least half of the generated header and label spellings are not in fields.csv."""
    from abs_nb.parse.spelling import normalise

    known = _known_labels()
    spellings = [s for d in (W.CLASS_HEADERS, W.PER_1000_HEADERS, W.COLLATERAL_LABELS, W.DEAL_LABELS,
                             W.STATUS_LABELS) for v in d.values() for s in v]
    unknown = [s for s in spellings if normalise(s) not in known]
    assert len(unknown) >= len(spellings) / 2, f"{len(unknown)} of {len(spellings)} unknown"
    for f, options in W.CLASS_HEADERS.items():
        assert any(normalise(s) not in known for s in options), f


def test_one_factor_documents_differ_from_the_familiar_only_where_asked() -> None:
    for vary in FAMILIAR:
        drawn = {generate(s, vary=vary).shape.get(vary) for s in range(40)} - {None}
        assert len(drawn) > 1, vary
        for s in range(5):
            doc, base = generate(s, vary=vary), generate(s, familiar=True)
            both = (doc.shape.keys() & base.shape.keys() & FAMILIAR.keys()) - {vary}
            assert all(doc.shape[k] == FAMILIAR[k] for k in both), (vary, s)
    worded = generate(3, vary="words")
    assert worded.shape == generate(3, familiar=True).shape and worded.text != generate(3, familiar=True).text
    with pytest.raises(ValueError, match="vary"):
        generate(1, vary="colour")


def test_a_class_s_type_wrapped_below_its_row_is_printed_and_read() -> None:
    from tests.synthetic.words import CLASS_TYPES

    wrapped = [d for d in (generate(s) for s in range(120)) if d.shape.get("class_types") == "wrapped"]
    assert wrapped
    for doc in wrapped:  # the line after a class's row is its type alone, under the label column
        lines = doc.text.splitlines()
        assert any(ln.strip() in CLASS_TYPES and lines[i - 1].split()[0] in doc.class_labels
                   for i, ln in enumerate(lines)), doc.seed
    # measured 98.6% on these seeds (99.5% over the 1,000 layouts), 62% before the rule
    right = sum(o.verdict == "right" for d in wrapped for o in score(d))
    assert right >= 0.98 * sum(1 for d in wrapped for _ in score(d))


def test_rates_printed_with_the_percent_sign_one_blank_apart_are_read() -> None:
    apart = [d for d in (generate(s) for s in range(120)) if d.shape.get("percent_sign") == "apart"
             and any(k[-1] == "interest_rate" for k in d.expected)]
    assert apart and all(" %" in d.text for d in apart)
    rates = [o for d in apart for o in score(d) if o.key[-1] == "interest_rate"]
    assert rates and sum(o.verdict == "right" for o in rates) >= 0.98 * len(rates)


def test_tables_whose_cells_are_parted_by_tabs_are_read() -> None:
    tabbed = [d for d in (generate(s) for s in range(150)) if d.shape.get("tab_cells") == "yes"]
    assert tabbed and all("\t" in d.text for d in tabbed)
    outcomes = [o for d in tabbed for o in score(d)]
    # measured 100.0% over the 1,000 layouts; 82% with the tables read as cells of one line each
    assert sum(o.verdict == "right" for o in outcomes) >= 0.99 * len(outcomes)


def test_tables_whose_labels_tabs_pad_to_one_stop_are_read() -> None:
    padded = [d for d in (generate(s) for s in range(1000)) if d.shape.get("tab_labels") == "padded"]
    assert padded and all("\t\t" in d.text for d in padded)
    outcomes = [o for d in padded for o in score(d)]
    # measured 1,038 of 1,048 right over these 7 layouts; 845 with the padding tabs read as
    # empty cells
    assert sum(o.verdict == "right" for o in outcomes) >= 0.99 * len(outcomes)
    assert not [o for o in outcomes if o.verdict == "silent"]


def test_pipe_tables_are_read() -> None:
    piped = [d for d in (generate(s) for s in range(500)) if d.shape.get("pipe_cells") == "yes"]
    assert piped and all("---|---" in d.text for d in piped)
    outcomes = [o for d in piped for o in score(d)]
    # measured 1,922 of 1,929 right over the 13 of the 1,000 layouts (99.6%; 98.6% over
    # these 9), 62.7% with the pipes left where they were printed
    assert sum(o.verdict == "right" for o in outcomes) >= 0.98 * len(outcomes)
    assert not [o for o in outcomes if o.verdict == "silent"]


def test_reports_printing_each_figure_before_its_words_are_read() -> None:
    # every table's row label printed last, every labelled line's figure first
    # ("    5,592,867.48   O/C Amount"): the reader lays such a report out words first
    first = [d for d in (generate(s) for s in range(1500)) if d.shape.get("figures_first") == "yes"]
    assert len(first) >= 5
    assert all(re.search(r"(?m)^ +[\d$(][\d,.$()]* +[A-Za-z]", d.text) for d in first)
    outcomes = [o for d in first for o in score(d)]
    # measured 12,037 of 12,095 right over the 83 of 1,500 layouts drawn so when every
    # layout that may is (99.5%); 217 (1.8%) when the report is read as printed
    assert sum(o.verdict == "right" for o in outcomes) >= 0.98 * len(outcomes)
    assert not [o for o in outcomes if o.verdict == "silent"]


def test_a_pool_printed_as_a_block_per_group_is_read_by_group() -> None:
    blocked = [d for d in (generate(s) for s in range(200)) if d.shape.get("pool_blocks") == "blocks"]
    assert blocked
    pool = [o for d in blocked for o in score(d) if o.key[0] == "collateral"]
    # the pool's values of these layouts: measured 93% (the zeros of a block prove nothing),
    # 23% when every block's lines were the Total's; all their values 99.1% over 1,000 layouts
    assert sum(o.verdict == "right" for o in pool) >= 0.9 * len(pool)
    assert not [o for d in blocked for o in score(d) if o.verdict == "silent"]


def test_a_pool_by_group_with_its_flows_under_a_sub_heading_is_read_by_group() -> None:
    headed = [d for d in (generate(s) for s in range(400)) if d.shape.get("pool_subheadings") == "yes"]
    assert headed and all(any(h in d.text for h in W.POOL_SUBHEADINGS) for d in headed)
    pool = [o for d in headed for o in score(d) if o.key[0] == "collateral"]
    # measured 392 of 392 right; 207 before a table by group went on under a sub-heading
    assert sum(o.verdict == "right" for o in pool) >= 0.98 * len(pool)
    assert not [o for d in headed for o in score(d) if o.verdict == "silent"]


def test_a_pool_by_group_with_its_total_first_over_a_row_of_averages_is_read() -> None:
    first = [d for d in (generate(s) for s in range(400)) if d.shape.get("pool_total_first") == "yes"]
    assert first
    pool = [o for d in first for o in score(d) if o.key[0] == "collateral"]
    assert any(o.key[2] == "wam" for o in pool)
    # measured 3,784 of 3,831 right over 1,000 layouts (117 draw it); 3,097 and 6 silently
    # wrong before a Total could stand over a row that is no sum
    assert sum(o.verdict == "right" for o in pool) >= 0.97 * len(pool)
    assert not [o for d in first for o in score(d) if o.verdict == "silent"]


def test_a_class_s_record_wrapped_onto_two_or_three_lines_is_read_whole() -> None:
    wrapped = [d for d in (generate(s) for s in range(N_LAYOUTS)) if d.shape.get("wrapped_records") == "yes"]
    assert wrapped and any(d.text.count("\n") for d in wrapped)
    classes = [o for d in wrapped for o in score(d) if o.key[0] in ("classes", "totals")]
    # measured 1,006 of 1,006 right over 1,000 layouts; 439 before a record could take three lines
    assert sum(o.verdict == "right" for o in classes) >= 0.97 * len(classes)
    assert not [o for d in wrapped for o in score(d) if o.verdict == "silent"]


def test_a_footnote_mark_after_a_class_name_is_printed_and_read() -> None:
    marked = [d for d in (generate(s) for s in range(150)) if d.shape.get("class_notes") == "marks"]
    assert marked and all(any(lab + m in d.text for lab in d.class_labels for m in (" (1)", "(2)", "*", " (3)"))
                          for d in marked)
    classes = [o for d in marked for o in score(d) if o.key[0] == "classes"]
    assert sum(o.verdict == "right" for o in classes) >= 0.98 * len(classes)
    assert not [o for d in marked for o in score(d) if o.verdict == "silent"]


def test_per_1000_columns_under_words_spanning_them_are_read() -> None:
    spanned = [d for d in (generate(s) for s in range(200)) if d.shape.get("per1000_span") == "span"]
    from tests.synthetic.words import PER_1000_SPANS

    assert spanned and all(any(f" {w} -" in d.text for w in PER_1000_SPANS) for d in spanned)
    per_1000 = [o for d in spanned for o in score(d) if str(o.key[-1]).endswith("_per_1000")]
    assert per_1000 and sum(o.verdict == "right" for o in per_1000) >= 0.98 * len(per_1000)


def test_each_class_on_two_lines_is_printed_and_read() -> None:
    # the amounts, then the CUSIP and the figures per $1,000 under them, the header's bottom
    # line saying so
    two = [d for d in (generate(s) for s in range(300)) if d.shape.get("two_line") == "yes"]
    assert two and all(any(u in d.text for u in ("Per 1,000", "Per $1,000", "per $1,000")) for d in two)
    classes = [o for d in two for o in score(d) if o.key[0] in ("classes", "totals")]
    per_1000 = [o for o in classes if str(o.key[-1]).endswith("_per_1000")]
    assert per_1000 and sum(o.verdict == "right" for o in per_1000) >= 0.97 * len(per_1000)
    assert sum(o.verdict == "right" for o in classes) >= 0.97 * len(classes)
    assert not [o for d in two for o in score(d) if o.verdict == "silent"]


def test_a_blank_line_between_the_senior_classes_and_the_others_is_printed_and_read() -> None:
    gapped = [d for d in (generate(s) for s in range(200)) if d.shape.get("class_gap") == "blank"]
    assert gapped and all("\n\n" in d.text for d in gapped)
    classes = [o for d in gapped for o in score(d) if o.key[0] in ("classes", "totals")]
    assert sum(o.verdict == "right" for o in classes) >= 0.98 * len(classes)
    assert not [o for d in gapped for o in score(d) if o.verdict == "silent"]


def test_loan_groups_named_by_their_loans_kind_are_printed_and_read_by_those_names() -> None:
    kinds = [d for d in (generate(s) for s in range(200)) if d.shape.get("group_names") == "kinds"]
    assert kinds and all(any(name in d.text for name in ("FIXED", "Fixed", "ARM")) for d in kinds)
    pool = [o for d in kinds for o in score(d) if o.key[0] in ("collateral", "delinquency")]
    assert {o.key[1] for o in pool} >= {"ARM", "Total"}
    # the pool and delinquency values of these layouts: measured 98.6%; 81% before groups
    # were named by their words, blocks by their titles and columns by their header cells
    assert sum(o.verdict == "right" for o in pool) >= 0.97 * len(pool)
    assert not [o for o in pool if o.verdict == "silent"]


def test_the_principal_not_scheduled_printed_whole_is_read_as_the_unscheduled_principal() -> None:
    # printed instead of the prepaid and liquidated principal, or beside them; in words the
    # vocabulary knows or not
    printed = [d for d in (generate(s) for s in range(300)) if d.shape.get("unscheduled") != "no"]
    assert {d.shape["unscheduled"] for d in printed} == {"instead", "beside"}
    pool = [o for d in printed for o in score(d) if o.key[0] == "collateral"]
    unscheduled = [o for o in pool if o.key[-1] == "unscheduled_principal"]
    # measured over 1,000 layouts: the unscheduled figures 88.3% (86% over these 300), the
    # pool's values 96.5% (95.7%); the rest flagged, never guessed
    assert unscheduled and sum(o.verdict == "right" for o in unscheduled) >= 0.83 * len(unscheduled)
    assert sum(o.verdict == "right" for o in pool) >= 0.94 * len(pool)
    assert not [o for d in printed for o in score(d) if o.verdict == "silent"]


def test_deal_lines_with_a_phrase_saying_when_they_stand_are_read() -> None:
    from tests.synthetic.words import QUALIFIERS

    said = [d for d in (generate(s) for s in range(200)) if any(q in d.text for q in QUALIFIERS)]
    assert said
    deal = [o for d in said for o in score(d) if o.key[0] == "deal"]
    # measured over these layouts: 99.7% of their deal figures, 88.2% with the phrase taken as
    # words of the name
    assert sum(o.verdict == "right" for o in deal) >= 0.98 * len(deal)
    assert not [o for d in said for o in score(d) if o.verdict == "silent"]


def test_delinquency_down_by_group_and_across_in_two_halves_is_read() -> None:
    # the statuses across, a count row and a balance row per group ("Group 1 #"); the
    # statuses across in two tables of the same rows, the second's names alone on their line
    drawn = [d for d in (generate(s) for s in range(300))
             if "yes" == d.shape.get("delinquency_transposed_groups") or "two" == d.shape.get("across_halves")]
    assert {d.shape.get("delinquency_transposed_groups") for d in drawn} >= {"yes"}
    assert "two" in {d.shape.get("across_halves") for d in drawn}
    outcomes = [o for d in drawn for o in score(d) if o.key[0] == "delinquency"]
    # measured over these layouts: 100%; 0.3% of the groups' rows before they were read by group
    assert sum(o.verdict == "right" for o in outcomes) >= 0.98 * len(outcomes)
    assert not [o for d in drawn for o in score(d) if o.verdict == "silent"]


def test_dollar_signs_aligned_apart_from_their_figures_are_read() -> None:
    apart = [d for d in (generate(s) for s in range(400)) if d.shape.get("dollar_apart") == "yes"]
    assert apart and all("$ " in d.text for d in apart)
    outcomes = [o for d in apart for o in score(d)]
    # measured over the 1,000 layouts: 99.1%; 32% with the signs read as words of labels
    assert sum(o.verdict == "right" for o in outcomes) >= 0.98 * len(outcomes)
    assert not [o for o in outcomes if o.verdict == "silent"]


def test_delinquency_rows_under_a_title_naming_their_group_are_read() -> None:
    titled = [d for d in (generate(s) for s in range(500)) if d.shape.get("delinquency_titled") == "yes"]
    assert titled
    outcomes = [o for d in titled for o in score(d) if o.key[0] == "delinquency"]
    # measured: 100% of their delinquency figures over 1,000 layouts; 0.9% before titles named the groups
    assert sum(o.verdict == "right" for o in outcomes) >= 0.97 * len(outcomes)
    assert not [o for d in titled for o in score(d) if o.verdict == "silent"]


def test_cell_streams_saved_with_no_bars_are_read_or_flagged() -> None:
    # a web page saved one cell a line with no bars: the generated cell streams (one cell a
    # line) with their bars and their empty cells' lines taken out
    bare = []
    for d in (generate(s) for s in range(120)):
        lines = d.text.split("\n")
        if d.shape.get("rendering") != "cells" or any(ln.count("|") > 1 for ln in lines):
            continue
        d.text = "\n".join(ln[1:] for ln in lines if ln[1:].strip())
        bare.append(d)
    assert len(bare) >= 20 and not any("|" in d.text for d in bare)
    outcomes = [o for d in bare for o in score(d)]
    # measured 4,156 of 5,229 right (79.5%) over these, 84.1% over the 265 such layouts of
    # the 1,000, none silently wrong: an empty cell leaves no line, so a row missing one
    # cannot be placed by its cells' order, and is flagged
    assert sum(o.verdict == "right" for o in outcomes) >= 0.78 * len(outcomes)
    assert not [o for o in outcomes if o.verdict in ("silent", "crashed")]


def test_tables_in_tight_boxes_whose_bars_touch_their_figures_are_read() -> None:
    tight = [d for d in (generate(s) for s in range(300))
             if d.shape.get("box_style") == "tight" and re.search(r"\d\|", d.text)]
    assert tight and all(re.search(r"^ *[^|+ ].*\d\|$", d.text, re.M) for d in tight)  # no frame on the left
    outcomes = [o for d in tight for o in score(d)]
    # a bar touching a figure is a rule, no part of it: every value read (or flagged), none wrong
    assert sum(o.verdict == "right" for o in outcomes) >= 0.99 * len(outcomes)
    assert not [o for o in outcomes if o.verdict == "silent"]


def test_tables_boxed_by_a_line_printer_s_exclamation_marks_are_read() -> None:
    banged = [d for d in (generate(s) for s in range(300))
              if d.shape.get("box_bar") == "!" and re.search(r"\d *!", d.text)]
    assert banged and all(re.search(r"^ *!?[^!]*![^!]*!", d.text, re.M) for d in banged)
    outcomes = [o for d in banged for o in score(d)]
    # exclamation marks rule a box as bars do: every value read (or flagged), none wrong
    assert sum(o.verdict == "right" for o in outcomes) >= 0.99 * len(outcomes)
    assert not [o for o in outcomes if o.verdict == "silent"]


def test_tables_boxed_by_colons_under_rules_of_equals_signs_are_read() -> None:
    # a mainframe's box: ":====:====:" rules, ": A-1 : 1,000.00 :" rows; the colons stand where
    # the rules print theirs, a colon elsewhere (a time, "Rate:") is no bar
    coloned = [d for d in (generate(s) for s in range(1000))
               if d.shape.get("box_bar") == ":" and re.search(r"^ *:(=+:)+$", d.text, re.M)]  # (not exported by tabs)
    assert len(coloned) >= 10
    outcomes = [o for d in coloned for o in score(d)]
    assert sum(o.verdict == "right" for o in outcomes) >= 0.99 * len(outcomes)
    assert not [o for o in outcomes if o.verdict == "silent"]


def test_a_class_table_printed_across_in_panels_is_read() -> None:
    # the classes across (a column each), the fields down, in panels of a few classes one
    # under the other, the Total's column in the last panel, named or not
    across = [d for d in (generate(s) for s in range(1000)) if d.shape.get("classes_across") == "yes"]
    assert {d.shape["rendering"] for d in across} == {"fixed", "cells", "html"}
    for doc in across:  # the classes head columns: a line names several (a cell a line aside)
        if doc.shape["rendering"] != "cells":
            assert any(len(set(re.findall(r"[\w-]+", ln)) & set(doc.class_labels)) >= 3
                       for ln in doc.text.splitlines()), doc.seed
    outcomes = [o for d in across for o in score(d) if o.key[0] in ("classes", "totals")]
    # measured 98.4% over these 56 layouts, 43.7% before the panels were joined, their Total
    # proven by its sums, their cells placed; 97.0% with a cell stream's panels left uncut
    assert sum(o.verdict == "right" for o in outcomes) >= 0.98 * len(outcomes)
    assert not [o for d in across for o in score(d) if o.verdict == "silent"]
