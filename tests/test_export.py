"""Export round trips, read back with each format's own engine."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

import abs_nb
from abs_nb.export import export, to_long

SEED = Path(__file__).resolve().parents[1] / "sample_filings" / "000_2d551bf597d89db6.txt"
SEED_002 = SEED.with_name("002_c10342e102d7429b.txt")


def test_long_table_has_every_value_with_its_line():
    f = abs_nb.load(SEED)
    long = to_long(f)
    row = long[(long.table == "collateral") & (long.row == "Group 1") & (long.column == "prepayments_and_curtailments")]
    assert row["value"].item() == 11232980.0  # "Prep+curts    11,232,980"
    assert "11,232,980" in f.source_line(int(row["line"].item()))
    # derived values carry no line
    derived = long[(long.table == "classes") & (long.column == "factor")]
    assert derived["line"].isna().all()


def test_parquet_round_trip_with_pyarrow(tmp_path):
    f = abs_nb.load(SEED)
    path = export(f, tmp_path / "f.parquet")
    table = pq.read_table(path)
    df = table.to_pandas()
    hit = df[(df.table == "deal") & (df.column == "oc_target")]
    assert hit["value"].item() == 14344337.0  # numbers stay numbers; text goes to the "text" column
    assert table.num_rows == len(to_long(f))


def test_parquet_one_table_keeps_types(tmp_path):
    f = abs_nb.load(SEED)
    df = pq.read_table(export(f, tmp_path / "c.parquet", "classes")).to_pandas()
    assert df.loc[df["class"] == "A-1", "ending_balance"].item() == 345199023.0
    assert df["notional"].dtype == bool


def test_csv_and_json(tmp_path):
    f = abs_nb.load(SEED)
    csv = pd.read_csv(export(f, tmp_path / "f.csv"))
    assert {"table", "row", "column", "value", "line"} == set(csv.columns)
    data = json.loads(export(f, tmp_path / "f.json").read_text())
    assert data["meta"]["distribution_date"] == "2003-10-15"
    assert any(c["check"] == "per_1000_alignment" and c["status"] == "fail" for c in data["checks"])


def test_export_does_not_mutate_the_filing(tmp_path):
    f = abs_nb.load(SEED)
    before = f.classes.copy()
    export(f, tmp_path / "c.parquet", "classes")
    pd.testing.assert_frame_equal(f.classes, before)


def test_export_refuses_to_overwrite_the_report_it_was_read_from(tmp_path):
    # the CLI had this guard; abs_nb.export itself overwrote its input from Python
    for name in ("report.csv", "report.json"):
        inp = tmp_path / name
        inp.write_bytes(SEED.read_bytes())
        f = abs_nb.load(inp)
        with pytest.raises(abs_nb.InputError, match="same file"):
            export(f, inp)
        with pytest.raises(abs_nb.InputError, match="same file"):
            export(f, tmp_path / "." / name, "classes")  # another spelling of the same file
        assert inp.read_bytes() == SEED.read_bytes()
    # read from a str path relative to another folder, or from bytes: the same bytes are the input
    f = abs_nb.load(SEED.read_bytes())
    copy = tmp_path / "copy.csv"
    copy.write_bytes(SEED.read_bytes())
    with pytest.raises(abs_nb.InputError, match="same file"):
        export(f, copy)
    assert copy.read_bytes() == SEED.read_bytes()
    # any other existing file is replaced, as before
    other = tmp_path / "other.csv"
    other.write_text("an older export")
    export(f, other)
    assert other.read_text().startswith("table,row,column,value,line")


def test_a_path_component_over_255_characters_is_an_input_error(tmp_path):
    f = abs_nb.load(SEED)
    for target in (tmp_path / ("a" * 300 + ".csv"), tmp_path / ("a" * 300) / "x.json"):
        with pytest.raises(abs_nb.InputError, match="too long|longer than the system allows"):
            export(f, target)
    with pytest.raises(abs_nb.InputError, match="too long|longer than the system allows"):
        abs_nb.load(tmp_path / ("a" * 300))


def test_long_parquet_keeps_numbers_as_numbers(tmp_path):
    from abs_nb.export import export

    f = abs_nb.load(SEED_002)
    df = pq.read_table(export(f, tmp_path / "l.parquet")).to_pandas()
    a1 = df[(df.table == "classes") & (df.row == "A-1")].set_index("column")
    assert a1.loc["ending_balance", "value"] == 124074387.46  # a float, not "124074387.46"
    assert a1.loc["cusip", "text"] == "04541GCD2"
    assert df["value"].dtype == "float64"
