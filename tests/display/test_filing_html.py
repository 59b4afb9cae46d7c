"""The static HTML of a filing (``filing._repr_mimebundle_()``), on the real seeds.

Expected figures are read from the seed text (or typed from it), never from program output.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

import abs_nb
from abs_nb.display import filing_html as H
from abs_nb.display._format import DASH, MISPRINT_TINT

from .conftest import HOSTILE, HOSTILE_ESCAPED, SEED_000, SEED_001, SEED_002, parse, row_of

SECTIONS = ["header", "key-figures", "classes", "classes-more", "collateral", "delinquency", "checks", "unmapped"]


def bundle_html(f: abs_nb.Filing) -> str:
    b = f._repr_mimebundle_()
    assert set(b) == {"text/plain", "text/html"}
    return b["text/html"]


@pytest.mark.parametrize("seed", [SEED_000, SEED_001, SEED_002], ids=["000", "001", "002"])
def test_same_filing_gives_byte_identical_html(seed):
    a = bundle_html(abs_nb.load(seed))
    b = bundle_html(abs_nb.load(seed))
    assert a == b
    assert bundle_html(abs_nb.load_text(seed.read_text(encoding="utf-8"))) == a


def test_html_is_identical_in_another_process_with_another_hash_seed(f000):
    code = (
        "import sys, abs_nb; f = abs_nb.load(sys.argv[1]);"
        "sys.stdout.write(f._repr_mimebundle_()['text/html'])"
    )
    out = subprocess.run([sys.executable, "-c", code, str(SEED_000)], capture_output=True, text=True,
                         check=True, env={"PYTHONHASHSEED": "12345", "PATH": ""}, cwd=str(SEED_000.parents[1]))
    assert out.stdout == bundle_html(f000)


@pytest.mark.parametrize(
    ("seed", "prefix"),
    [(SEED_000, "abs-nb-2003-he2-2003-10-15"), (SEED_001, "abs-nb-2003-he4-2003-11-17"),
     (SEED_002, "abs-nb-2002-he1-2002-11-15")],
    ids=["000", "001", "002"],
)
def test_fixed_ids_derived_from_series_and_date(seed, prefix):
    html = bundle_html(abs_nb.load(seed))
    ids = parse(html).ids
    assert ids == [prefix] + [f"{prefix}-{s}" for s in SECTIONS]
    assert all(re.fullmatch(r"[a-z0-9-]+", i) for i in ids)


@pytest.mark.parametrize("seed", [SEED_000, SEED_001, SEED_002], ids=["000", "001", "002"])
def test_self_contained_inline_styles_only(seed):
    html = bundle_html(abs_nb.load(seed))
    low = html.lower()
    for bad in ("<script", "<style", "http://", "https://", "<link", "<img", " src=", "url(", "@import",
                " class="):
        assert bad not in low, bad
    assert 'style="' in html
    assert html.startswith("<div ") and html.endswith("</div>")


@pytest.mark.parametrize("seed", [SEED_000, SEED_001, SEED_002], ids=["000", "001", "002"])
def test_every_table_present(seed):
    f = abs_nb.load(seed)
    tree = parse(bundle_html(f))
    prefix = H.element_id(f)
    for part in ("key-figures", "classes", "collateral", "delinquency", "checks"):
        tables = tree.tables.get(f"{prefix}-{part}", [])
        if part == "checks" and f.check_summary().startswith("all "):
            continue
        assert tables and len(tables[0]) > 1, part
    # the class table: spanners and headers, one row per class, the printed Total row; the
    # other columns in a second table (behind the toggle), with the same rows
    rows, more = tree.tables[f"{prefix}-classes"]
    assert rows[0][1:] == ["Balances", "Distribution", "Losses and shortfalls"]
    assert len(rows) == 2 + len(f.classes) + 1
    assert rows[-1][0] == "Total"
    assert [r[0] for r in more[1:]] == [r[0] for r in rows[2:]]


def test_plain_text_is_the_summary(f000):
    assert f000._repr_mimebundle_()["text/plain"] == f000.summary()


def test_money_rates_and_per_1000_as_printed_000(f000):
    text = SEED_000.read_text(encoding="utf-8")
    # the End Bal block: the first line under the "Int Short  End Bal" header is A-1's
    block = text.split("Int Short       End Bal", 1)[1].splitlines()[1]
    a1_end = block.split()[-1]
    assert a1_end == "345,199,023"
    tree = parse(bundle_html(f000))
    rows, more = tree.tables["abs-nb-2003-he2-2003-10-15-classes"]
    header = rows[1]
    a1 = dict(zip(header, row_of(rows, "A-1"), strict=True))
    a1.update(zip(more[0], row_of(more, "A-1"), strict=True))
    assert a1["ending"] == a1_end + ".00"
    assert a1["original"] == "397,000,000.00"
    assert a1["rate"] == "1.500%"             # printed 1.50000%: rates to a tenth of a bp
    assert a1["principal /$1,000"] == "34.18618"  # printed 34.18618
    assert a1["realized loss"] == DASH        # printed N/A
    assert a1["CUSIP"] == "04541GDP4"
    p = dict(zip(header, row_of(rows, "P"), strict=True))
    p.update(zip(more[0], row_of(more, "P"), strict=True))
    assert p["interest /$1,000"] == "3,246,167.80000"  # printed 3246167.80000
    assert p["rate"] == DASH                            # printed N/A
    m5 = dict(zip(more[0], row_of(more, "M-5"), strict=True))
    assert m5["ending /$1,000"] == "1,000.00000"
    # the printed Total row: its rate (one-month LIBOR) is not a class rate
    total = dict(zip(header, rows[-1], strict=True))
    assert total["ending"] == "654,248,725.00" and total["rate"] == ""


def test_notional_classes_marked(f000):
    rows = parse(bundle_html(f000)).tables["abs-nb-2003-he2-2003-10-15-classes"][0]
    marked = [r[0].split()[0] for r in rows[1:] if r[0].endswith(" notional")]
    assert marked == ["A-IO", "A-IO-INV", "B-IO"] == [str(c) for c in f000.classes.index[f000.classes["notional"]]]


def test_collateral_and_delinquency_pivot_001(f001):
    tree = parse(bundle_html(f001))
    coll = tree.tables["abs-nb-2003-he4-2003-11-17-collateral"][0]
    assert coll[0] == ["figure", "Group 1", "Group 2", "Total"]
    # printed: End Bal   596,836,025     378,750,478      975,586,503
    assert row_of(coll, "ending balance")[1:] == ["596,836,025.00", "378,750,478.00", "975,586,503.00"]
    assert row_of(coll, "ending loan count")[1:] == ["4,038", "2,166", "6,204"]
    dq = tree.tables["abs-nb-2003-he4-2003-11-17-delinquency"][0]
    assert dq[0] == ["", "Group 1", "Group 2", "Total"]
    assert dq[1] == ["status"] + ["count", "balance"] * 3
    # printed: 30-59 days   68   8,472,409   26   3794824.32 ... TOTAL 94  12267233.55
    assert row_of(dq, "30-59 days")[1:] == ["68", "8,472,409.00", "26", "3,794,824.32", "94", "12,267,233.55"]
    assert [r[0] for r in dq[2:]] == ["30-59 days", "60-89 days", "90+ days", "foreclosure", "bankruptcy",
                                      "REO", "REO market value"]


def test_delinquency_by_servicer_002(f002):
    dq = parse(bundle_html(f002)).tables["abs-nb-2002-he1-2002-11-15-delinquency"][0]
    assert dq[0] == ["", "Fairbanks", "Long Beach"]
    # printed: Foreclosure / Fairbanks 265 40,832,990.39 / Long Beach 20 1,661,100.37
    assert row_of(dq, "foreclosure")[1:] == ["265", "40,832,990.39", "20", "1,661,100.37"]


def test_key_figures_000(f000):
    rows = parse(bundle_html(f000)).tables["abs-nb-2003-he2-2003-10-15-key-figures"][0]
    figures = {r[0]: r[1:] for r in rows[1:]}
    assert figures["pool ending balance"][0] == "667,569,136.00"
    assert figures["credit enhancement"][0] == "printed 20.35%"    # printed 20.345036%
    assert figures["credit enhancement"][1].startswith("computed ")
    assert figures["O/C amount vs target"][0] == "13,320,411.00"       # Ending O/C Amount
    assert "14,344,337.00" in figures["O/C amount vs target"][1]       # O/C Target Amt
    assert figures["trigger event"] == ["no", "step-down occurred no"]
    for k in ("CPR", "CDR", "60+ delinquency"):
        assert re.fullmatch(r"\d+\.\d{2}%", figures[k][0]), figures[k]
    assert "pool factor" not in figures  # no original pool balance printed


def test_header_facts(f000):
    html = bundle_html(f000)
    head = html.split('id="abs-nb-2003-he2-2003-10-15-key-figures"')[0]
    for s in ("Asset Backed Securities Corporation, Home Equity Loan Trust 2003-HE2", "2003-10-15",
              "US Bank, NA", "8-K", "Fairbanks"):
        assert s in head
    assert "accession" not in head  # not known for a bare exhibit


@pytest.mark.parametrize(
    ("seed", "status", "colour"),
    [(SEED_000, "fail", "#dc2626"), (SEED_001, "repaired", "#2563eb"), (SEED_002, "warn", "#d97706")],
    ids=["000-fail-red", "001-repaired-blue", "002-warn-amber"],
)
def test_checks_summary_and_non_pass_table(seed, status, colour):
    f = abs_nb.load(seed)
    html = bundle_html(f)
    checks = html.split(f'id="{H.element_id(f, "checks")}"', 1)[1]
    assert f.check_summary() in checks
    table = parse(html).tables[H.element_id(f, "checks")][0]
    rows = [r for r in table if len(r) > 1]
    bad = f.checks[f.checks["status"] != "pass"]
    assert [r[0] for r in rows[1:]] == list(bad["status"])
    # each check's detail: a full-width line (one cell) right under its row
    details = [r[0] for r in table[1:] if len(r) == 1]
    assert details == [d for d in bad["detail"] if d]
    assert status in set(bad["status"])
    assert f"border-left:4px solid {colour}" in checks


def test_misprints_highlighted(f000, f001):
    for f, check in ((f000, "per_1000_alignment"), (f001, "per_1000_alignment")):
        rows = parse(bundle_html(f)).tables[H.element_id(f, "checks")][0]
        assert row_of([r[1:] for r in rows], check)[0] == f"{check} misprint"
    # the credit-enhancement warning of 000 is arithmetic, not a misprint
    rows = parse(bundle_html(f000)).tables[H.element_id(f000, "checks")][0]
    assert row_of([r[1:] for r in rows], "credit_enhancement")[0] == "credit_enhancement"
    assert f"background:{MISPRINT_TINT}" in bundle_html(f000)


def test_unmapped_count(f000):
    assert "unmapped: 0 labelled numbers not placed in a field" in bundle_html(f000)


def test_unmapped_labels_listed_and_escaped():
    text = SEED_000.read_text(encoding="utf-8").replace(
        "Interest Distributions:", "Zorble " + HOSTILE + " Fund   12,345.67\n\nInterest Distributions:", 1)
    f = abs_nb.load_text(text)
    assert list(f.unmapped["label"]) == ["Zorble " + HOSTILE + " Fund"]
    html = bundle_html(f)
    assert HOSTILE not in html
    assert "unmapped: 1 labelled number not placed in a field" in html
    rows = parse(html).tables[H.element_id(f, "unmapped")][0]
    assert rows[1][1:3] == ["Zorble " + HOSTILE + " Fund", "12,345.67"]  # unescaped by the parser
    assert "Zorble " + HOSTILE_ESCAPED + " Fund" in html


def test_filing_strings_are_escaped(hostile):
    assert HOSTILE in hostile.meta["trust"] and HOSTILE in hostile.classes.index
    html = bundle_html(hostile)
    assert HOSTILE not in html
    assert "<script" not in html.lower()
    # trust in the header, trustee, the class label in the class table, check subjects
    assert html.count(HOSTILE_ESCAPED) >= 4
    rows = parse(html).tables[H.element_id(hostile, "classes")][0]
    m5 = dict(zip(rows[1], row_of(rows, HOSTILE), strict=True))
    assert m5["ending"] == "11,034,900.00"  # M-5's ending balance, under the escaped label


def test_checks_mimebundle_html_and_text(f002):
    b = H.checks_mimebundle(f002)
    assert b["text/plain"].splitlines()[0] == "2002-HE1 2002-11-15: " + f002.check_summary()
    assert "unreadable_value (misprint)" in b["text/plain"]
    assert "Not Provided By Servicer" in b["text/plain"]
    assert f002.check_summary() in b["text/html"] and "<script" not in b["text/html"]


def test_ipython_display_formatter_uses_the_bundle(f001):
    from IPython.core.interactiveshell import InteractiveShell

    data, _ = InteractiveShell.instance().display_formatter.format(f001)
    assert data["text/html"] == bundle_html(f001)
    assert data["text/plain"] == f001.summary()


def test_repr_html_is_the_bundles_html(f002):
    # for tools that ask for HTML only (found by review: Filing had no _repr_html_)
    assert f002._repr_html_() == f002._repr_mimebundle_()["text/html"]
    assert f002._repr_html_().startswith("<")
