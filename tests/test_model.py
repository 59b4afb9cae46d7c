"""abs_nb.model: the Filing and its Meta. Every parsed value knows the line and span it came
from (``provenance``, ``source_of``, ``source_line``); the verdicts (``ok``,
``check_summary``) count the check rows; the tables are built once; a pickled Filing
carries its plain data, not its tables."""

from __future__ import annotations

import math
import pickle
from pathlib import Path

import pandas as pd
import pytest

import abs_nb
from abs_nb.model import Filing, Meta
from abs_nb.parse.pieces import CheckRow

SEEDS = sorted((Path(__file__).resolve().parents[1] / "sample_filings").glob("*.txt"))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_every_span_holds_the_printed_value(seed):
    f = abs_nb.load(seed)
    prov = f.provenance
    assert len(prov) > 50
    text = f.source_text
    for rec in prov.itertuples(index=False):
        printed = text[rec.start: rec.end]
        line_text = f.source_line(rec.line)
        assert printed and printed in line_text, rec
        assert "\n" not in printed


def test_source_of_points_at_the_value():
    f = abs_nb.load(SEEDS[0])  # 000
    line = f.source_of("classes", "M-5", "original_balance")
    assert f.source_line(line).split()[:2] == ["M-5", "11,034,900"]
    line = f.source_of("delinquency", "Total reo", "market_value")
    assert f.source_line(line).split()[0] == "REO" and f.source_line(line).split()[-1] == "140000"
    # a class the filing does not have is a KeyError naming those it has, not a silent None
    with pytest.raises(KeyError, match=r"no class 'NOPE' in this filing; its classes: A-1, A-2, A-IO,"):
        f.source_of("classes", "NOPE", "ending_balance")
    with pytest.raises(KeyError, match=r"no column 'ending' in classes; its columns: cusip"):
        f.source_of("classes", "A-1", "ending")
    # a column of the table the filing does not print has no line, and no error
    assert f.source_of("classes", "A-1", "deferred_interest") is None


def test_class_values_from_unlabelled_blocks_point_at_their_own_rows():
    f = abs_nb.load(SEEDS[0])  # 000: the Rate/Int block has no class labels
    line = f.source_of("classes", "A-2", "interest")
    assert f.source_line(line).split() == ["1.50000%", "236,155"]


CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
DOCS = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not DOCS, reason="../shared/corpus is not beside this checkout")
def test_every_span_of_every_corpus_document_lies_on_its_line_and_holds_the_value():
    # in reports printed one cell per line the value stands below its label: provenance
    # must point at the value's own line, not the label's
    checked = 0
    for path in DOCS:
        try:
            f = abs_nb.load(path)
        except abs_nb.AbsNbError:
            continue
        text = f.source_text
        starts = [0]
        for line in text.split("\n"):
            starts.append(starts[-1] + len(line) + 1)
        for rec in f.provenance.itertuples(index=False):
            printed = text[rec.start: rec.end]
            assert printed.strip(), (path.name, rec)
            assert starts[rec.line - 1] <= rec.start <= rec.end < starts[rec.line], (path.name, rec)
            value = f.parsed.get(rec.table, rec.row, rec.column)
            if value == value and abs(value) >= 1 and rec.table != "delinquency":
                # the printed figure's leading digits are those of the value
                digits = "".join(ch for ch in printed if ch.isdigit()).lstrip("0")
                assert digits[:1] == str(int(abs(value)))[:1] or "%" in printed, (path.name, rec, printed, value)
            checked += 1
    assert checked > 1500


def test_source_line_counts_from_one():
    f = abs_nb.load(SEEDS[0])
    assert f.source_line(1) == f.source_text.split("\n")[0]
    for bad in (0, -1, len(f.source_text.split("\n")) + 1):
        with pytest.raises(IndexError, match="count from 1"):
            f.source_line(bad)


def _with_rows(f: Filing, statuses: list[str]) -> Filing:
    """``f``'s parse with one check row of each status in ``statuses``."""
    rows = [CheckRow("c", f"s{i}", 1.0, 1.0, st, "", []) for i, st in enumerate(statuses)]
    return Filing(dict(f.meta), f.parsed, rows, f.membership, f.source_text)


def test_check_summary_counts_in_the_order_pass_repaired_warn_fail():
    f = abs_nb.load(SEEDS[0])
    assert _with_rows(f, []).check_summary() == "no checks ran"
    assert _with_rows(f, []).ok
    assert _with_rows(f, ["pass"] * 3).check_summary() == "all 3 checks pass"
    mixed = _with_rows(f, ["fail", "warn", "pass", "repaired", "warn", "pass"])
    assert mixed.check_summary() == "6 checks: 2 pass, 1 repaired, 2 warn, 1 fail"
    assert not mixed.ok
    # a warning or a repair is no failure
    assert _with_rows(f, ["pass", "warn", "repaired"]).ok


def test_meta_is_a_read_only_mapping_with_attribute_access():
    m = Meta({"series": "2003-HE2", "statement": None})
    assert m.series == "2003-HE2" and m["series"] == "2003-HE2" and m.statement is None
    assert dict(m) == {"series": "2003-HE2", "statement": None} and len(m) == 2
    with pytest.raises(AttributeError):
        m.trust  # noqa: B018
    with pytest.raises(AttributeError):
        m._private  # noqa: B018
    with pytest.raises(TypeError):
        m["series"] = "x"  # type: ignore[index]
    assert pickle.loads(pickle.dumps(m)) == m


def test_tables_are_built_once_and_are_not_pickled():
    f = abs_nb.load(SEEDS[2])
    assert f.classes is f.classes  # built on first use, then kept
    data = pickle.dumps(f)
    g = pickle.loads(data)
    assert "classes" not in g.__dict__  # rebuilt on the other side, from the plain data
    pd.testing.assert_frame_equal(g.classes, f.classes)
    pd.testing.assert_series_equal(g.deal, f.deal)
    assert g.meta == f.meta and g.source_text == f.source_text and g.check_summary() == f.check_summary()


def test_repr_names_the_deal_and_strips_control_characters():
    f = abs_nb.load(SEEDS[2])
    meta = dict(f.meta) | {"trust": "Evil\x1b[2JTrust\x07"}
    r = repr(Filing(meta, f.parsed, f.check_rows, f.membership, f.source_text))
    assert "\x1b" not in r and "\x07" not in r and "Trust" in r
    assert f"{f.meta['series']} {f.meta['distribution_date']}" in r
    assert f"{len(f.parsed.classes)} classes" in r


def test_metrics_is_the_total_row_of_metrics_by_group():
    f = abs_nb.load(SEEDS[0])
    by_group = f.metrics_by_group
    assert "Total" in by_group.index
    for name, value in f.metrics.items():
        want = by_group.loc["Total", name]
        assert (math.isnan(value) and math.isnan(want)) or value == want, name
