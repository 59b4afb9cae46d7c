"""Parquet and DuckDB round trips, read back with their own engines."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

import abs_nb
from abs_nb.corpus import storage

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "sample_filings").glob("*.txt"))
CORPUS = ROOT.parent / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside this checkout")


@pytest.fixture(scope="module")
def corpus():
    return abs_nb.load_many(SEEDS, progress=False)


def test_parquet_one_file_per_table(corpus, tmp_path):
    folder = corpus.to_parquet(tmp_path / "pq")
    names = {p.name for p in folder.glob("*.parquet")}
    assert {"classes.parquet", "collateral.parquet", "delinquency.parquet", "deal.parquet",
            "checks.parquet", "metrics.parquet", "filings.parquet"} <= names
    classes = pq.read_table(folder / "classes.parquet").to_pandas()
    a1 = classes[(classes["series"] == "2003-HE2") & (classes["class"] == "A-1")]
    assert a1["ending_balance"].item() == 345199023.0  # "A-1 ... 345,199,023" in 000
    assert len(classes) == len(corpus.classes)
    checks = pq.read_table(folder / "checks.parquet").to_pandas()
    assert (checks["status"] == "repaired").sum() == 1  # 001's shifted per-$1,000 block


def test_duckdb_tables_and_append_without_duplicates(tmp_path):
    db = tmp_path / "abs.duckdb"
    first = abs_nb.load_many(SEEDS[:2], progress=False)
    assert first.to_duckdb(db) == 2
    con = duckdb.connect(str(db), read_only=True)
    tables = {r[0] for r in con.execute("select table_name from information_schema.tables").fetchall()}
    assert {"classes", "collateral", "delinquency", "deal", "checks", "metrics", "filings"} <= tables
    n_classes = con.execute("select count(*) from classes").fetchall()[0][0]
    con.close()
    everything = abs_nb.load_many(SEEDS, progress=False)
    assert everything.to_duckdb(db) == 1  # only 002 is new
    con = abs_nb.open_duckdb(db, read_only=True)
    assert con.execute("select count(*) from filings").fetchall()[0][0] == 3
    assert con.execute("select count(*) from classes").fetchall()[0][0] == n_classes + 10  # 002 prints 10 classes
    got = con.execute("select ending_balance from classes where series = '2002-HE1' and class = 'A-1'").fetchall()[0][0]
    assert got == 124074387.46
    # a deal column only 002 prints was added to the table on append
    assert con.execute("select advances from deal where series = '2002-HE1'").fetchall()[0][0] == 667853.34
    con.close()


def test_to_duckdb_twice_adds_nothing(tmp_path, corpus):
    db = tmp_path / "again.duckdb"
    assert corpus.to_duckdb(db) == 3
    assert corpus.to_duckdb(db) == 0
    con = abs_nb.open_duckdb(db, read_only=True)
    assert con.execute("select count(*) from filings").fetchall()[0][0] == 3
    con.close()


def test_copied_file_counts_once_in_storage(tmp_path):
    shutil.copy(SEEDS[0], tmp_path / "copy.txt")
    c = abs_nb.load_many([SEEDS[0], tmp_path / "copy.txt"], progress=False)
    db = tmp_path / "d.duckdb"
    assert c.to_duckdb(db) == 1


def _types(db) -> dict[tuple[str, str], str]:
    con = abs_nb.open_duckdb(db, read_only=True)
    try:
        return {(t, c): ty for t, c, ty in con.execute(
            "select table_name, column_name, data_type from information_schema.columns").fetchall()}
    finally:
        con.close()


@needs_corpus
def test_a_first_corpus_with_empty_tables_types_its_columns_as_one_write_does(tmp_path):
    # 009 has no class table, no delinquency and no pool groups that metrics reads: its
    # tables are empty, and must still give the contract's types (numbers, dates) to the
    # database, or a later append stores numbers as text
    first = [CORPUS / "009_bancone-heloc-1999-1-2004-12-bankone-html.txt"]
    later = sorted(SEEDS)
    two = tmp_path / "two.duckdb"
    abs_nb.load_many(first, progress=False, workers=1).to_duckdb(two)
    abs_nb.load_many(later, progress=False, workers=1).to_duckdb(two)
    one = tmp_path / "one.duckdb"
    abs_nb.load_many(first + later, progress=False, workers=1).to_duckdb(one)
    t_two, t_one = _types(two), _types(one)
    assert t_two[("classes", "ending_balance")] == "DOUBLE"
    assert t_two[("checks", "expected")] == "DOUBLE"
    assert {ty for (t, c), ty in t_two.items() if c in ("distribution_date", "previous_distribution_date")} == {"DATE"}
    assert {k: v for k, v in t_two.items() if k in t_one} == {k: t_one[k] for k in t_two if k in t_one}
    con = abs_nb.open_duckdb(two, read_only=True)
    total = con.execute("select sum(ending_balance) from classes where series = '2002-HE1'").fetchall()[0][0]
    con.close()
    seeds = abs_nb.load_many(later, progress=False, workers=1)
    assert total == pytest.approx(seeds.classes.loc[seeds.classes.series == "2002-HE1", "ending_balance"].sum())


def test_bad_destinations_are_clear_errors(corpus, tmp_path):
    not_a_db = tmp_path / "notes.duckdb"
    not_a_db.write_text("not a database\n")
    for call in (lambda: corpus.to_duckdb(tmp_path / "no" / "such" / "x.duckdb"),
                 lambda: corpus.to_duckdb(not_a_db),
                 lambda: corpus.to_parquet(not_a_db),
                 lambda: abs_nb.open_duckdb(tmp_path / "missing.duckdb", read_only=True)):
        with pytest.raises(abs_nb.InputError):
            call()
    assert not_a_db.read_text() == "not a database\n"  # left as it was


def _months(tmp_path: Path) -> list[Path]:
    """Seed 000 (2003-HE2, 15-Oct-03) and copies dated November and December."""
    oct_ = SEEDS[0].read_text()
    assert oct_.count("15-Oct-03") >= 1
    out = []
    for name, date in (("oct", "15-Oct-03"), ("nov", "17-Nov-03"), ("dec", "15-Dec-03")):
        out.append(tmp_path / f"{name}.txt")
        out[-1].write_text(oct_.replace("15-Oct-03", date))
    return out


def _month_rows(db: Path) -> set[tuple]:
    con = abs_nb.open_duckdb(db, read_only=True)
    try:
        rows = con.execute("select source, previous_source, subject, expected, actual, status from checks "
                           "where \"check\" in ('month_over_month', 'cumulative_losses')").fetchall()
    finally:
        con.close()
    return {(Path(a).name, Path(b).name, *rest) for a, b, *rest in rows}


def test_a_month_appended_between_stored_months_is_checked_against_both(tmp_path):
    oct_, nov, dec = _months(tmp_path)
    appended = tmp_path / "appended.duckdb"
    abs_nb.load_many([oct_, dec], progress=False, workers=1).to_duckdb(appended)
    assert {r[2] for r in _month_rows(appended)} == {"consecutive distributions"}  # Oct -> Dec: a gap
    abs_nb.load_many([nov], progress=False, workers=1).to_duckdb(appended)
    whole = tmp_path / "whole.duckdb"
    abs_nb.load_many([oct_, nov, dec], progress=False, workers=1).to_duckdb(whole)
    rows = _month_rows(appended)
    assert rows == _month_rows(whole)
    assert {(a, b) for a, b, *_ in rows} == {("nov.txt", "oct.txt"), ("dec.txt", "nov.txt")}
    # the copies repeat October's figures: each class's beginning is October's beginning, not
    # its ending, so the A-1 balance does not carry over
    a1 = [r for r in rows if r[0] == "nov.txt" and r[2] == "class A-1 balance"]
    assert len(a1) == 1 and a1[0][3] == 345199023.0 and a1[0][5] == "fail"


def test_parquet_is_written_whole_or_not_at_all(corpus, tmp_path):
    # found by review: a folder named like a table raised IsADirectoryError after
    # filings.parquet had been written
    out = tmp_path / "pq"
    (out / "classes.parquet").mkdir(parents=True)
    with pytest.raises(abs_nb.InputError, match="no table was written"):
        corpus.to_parquet(out)
    assert sorted(p.name for p in out.iterdir()) == ["classes.parquet"]
    (out / "classes.parquet").rmdir()
    corpus.to_parquet(out)
    assert len(pq.read_table(out / "classes.parquet")) == len(corpus.classes)
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_a_file_name_that_is_not_utf8_is_stored_escaped(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    odd = folder / "x\udcff.txt"  # the byte 0xff in the name
    odd.write_bytes(SEEDS[2].read_bytes())
    c = abs_nb.load_many(folder, progress=False)
    assert len(c) == 1
    c.to_parquet(tmp_path / "pq")
    assert pq.read_table(tmp_path / "pq" / "filings.parquet").column("source").to_pylist() == [str(folder / "x\\xff.txt")]
    assert c.to_duckdb(tmp_path / "x.duckdb") == 1
    con = duckdb.connect(str(tmp_path / "x.duckdb"), read_only=True)
    try:
        assert con.execute("select source from filings").fetchall() == [(str(folder / "x\\xff.txt"),)]
    finally:
        con.close()


def test_a_rollback_with_no_transaction_left_raises_nothing():
    from abs_nb.corpus.storage import _rollback

    con = duckdb.connect(":memory:")
    _rollback(con)  # a failed commit has already ended the transaction
    con.close()


def _sources(folder: Path) -> dict[str, set[str]]:
    """Per table, the sources of the filings its rows come from (as a reader sees them)."""
    out = {}
    for name in ("filings", "classes", "collateral", "deal", "checks", "metrics"):
        table = pq.read_table(folder / f"{name}.parquet").to_pandas()
        out[name] = {Path(s).name for s in table["source"]}
    return out


@pytest.mark.parametrize("crash", ["second-rename", "every-rename", "third-table", "cleanup"])
def test_a_crash_while_writing_parquet_leaves_the_old_set_or_the_new_never_a_mix(tmp_path, monkeypatch, crash):
    import os

    import pandas as pd

    from abs_nb import writing

    out = tmp_path / "pq"
    (out / "notes.txt").parent.mkdir()
    (out / "notes.txt").write_text("mine")  # a file of the user's, kept
    abs_nb.load_many(SEEDS[:1], progress=False, workers=1).to_parquet(out)
    old = _sources(out)
    assert set().union(*old.values()) == {SEEDS[0].name}
    new_corpus = abs_nb.load_many(SEEDS[1:], progress=False, workers=1)

    class Crash(Exception):
        pass

    calls = {"n": 0}

    def after_first(real):
        def fn(*args, **kwargs):
            calls["n"] += 1
            if calls["n"] > 1:
                raise Crash("the process stops here")
            return real(*args, **kwargs)
        return fn

    def always(*args, **kwargs):
        raise Crash("the process stops here")

    if crash == "second-rename":  # the former writer renamed one table, then stopped
        monkeypatch.setattr(os, "replace", after_first(os.replace))
        monkeypatch.setattr(os, "rename", after_first(os.rename))
    elif crash == "every-rename":  # stopped at the switch itself
        monkeypatch.setattr(os, "replace", always)
        monkeypatch.setattr(os, "rename", always)
        monkeypatch.setattr(writing, "switch_folders", always)
    elif crash == "third-table":
        real = pd.DataFrame.to_parquet
        seen = {"n": 0}

        def third(self, *args, **kwargs):
            seen["n"] += 1
            if seen["n"] == 3:
                raise Crash("the process stops here")
            return real(self, *args, **kwargs)
        monkeypatch.setattr(pd.DataFrame, "to_parquet", third)
    else:  # the switch is made, removing the old set fails
        monkeypatch.setattr(writing.shutil, "rmtree", always)
    try:
        new_corpus.to_parquet(out)
        finished = True
    except (Crash, abs_nb.InputError):
        finished = False
    monkeypatch.undo()
    seen = _sources(out)
    sets = {frozenset(s) for s in seen.values()}
    assert len(sets) == 1, seen  # every table from one corpus
    got = set(next(iter(sets)))
    assert got in ({SEEDS[0].name}, {p.name for p in SEEDS[1:]})
    if crash == "cleanup":
        assert got == {p.name for p in SEEDS[1:]}
    if not finished and crash != "cleanup":
        assert got == {SEEDS[0].name}
    assert (out / "notes.txt").read_text() == "mine"
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_parquet_over_a_folder_link_replaces_the_folder_it_names(corpus, tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "link"
    link.symlink_to(real)
    corpus.to_parquet(link)
    assert link.is_symlink() and len(pq.read_table(real / "classes.parquet")) == len(corpus.classes)


def test_a_second_writer_is_told_the_database_is_in_use_by_another_process(corpus, tmp_path):
    import subprocess
    import sys

    db = tmp_path / "abs.duckdb"
    corpus.to_duckdb(db)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys; con = duckdb.connect(sys.argv[1]); print('open', flush=True); "
                               "sys.stdin.read()", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        for call in (lambda: corpus.to_duckdb(db), lambda: abs_nb.open_duckdb(db),
                     lambda: abs_nb.open_duckdb(db, read_only=True)):
            with pytest.raises(abs_nb.InputError) as err:
                call()
            message = str(err.value)
            assert "in use by another process" in message and f"process {holder.pid}" in message
            assert "expected a DuckDB database file" not in message
    finally:
        holder.communicate("", timeout=30)
    assert corpus.to_duckdb(db) == 0  # free again: nothing new to add


@needs_corpus
def test_duckdb_append_after_a_corpus_without_classes_equals_one_write(tmp_path):
    household = sorted(CORPUS.glob("04[1-4]_household*.txt"))  # no class table, trust printed
    usbank = sorted(CORPUS.glob("00[1-2]_absc*.txt"))  # class tables
    db = tmp_path / "two.duckdb"
    assert abs_nb.load_many(household, progress=False).to_duckdb(db) == 4
    assert abs_nb.load_many(usbank, progress=False).to_duckdb(db) == 2
    one = tmp_path / "one.duckdb"
    abs_nb.load_many(household + usbank, progress=False).to_duckdb(one)
    for path in (db, one):
        con = abs_nb.open_duckdb(path, read_only=True)
        assert con.execute("select count(*) from filings").fetchall()[0][0] == 6
        assert con.execute("select count(*) from classes").fetchall()[0][0] == 26  # 13 + 13 classes
        con.close()


@needs_corpus
def test_duckdb_append_with_unprinted_trusts(tmp_path):
    db = tmp_path / "t.duckdb"
    no_trust = sorted(CORPUS.glob("03[7-9]_cik1099391*.txt"))  # trust not printed
    assert abs_nb.load_many(no_trust, progress=False).to_duckdb(db) == 3
    assert abs_nb.load_many(sorted(CORPUS.glob("04[12]_household*.txt")), progress=False).to_duckdb(db) == 2
    con = abs_nb.open_duckdb(db, read_only=True)
    assert con.execute("select count(*) from filings where trust is not null").fetchall()[0][0] == 2
    con.close()


def _month_checks(con) -> pd.DataFrame:
    return con.execute("""select * from checks where "check" in ('month_over_month', 'cumulative_losses')
                          order by rowid""").df()


@pytest.mark.parametrize("window", [1, 2, 5])
def test_month_checks_made_a_window_of_filings_at_a_time_are_the_same(tmp_path, window):
    """recheck_months holds the figures of ``window`` filings at a time: the checks across
    months, pairs split between two windows included, are those made all at once."""
    history = sorted((ROOT / "sample_filings" / "deal-history").glob("*.txt"))
    db = tmp_path / "abs.duckdb"
    abs_nb.load_many(history + SEEDS, progress=False, workers=1).to_duckdb(db)
    con = duckdb.connect(str(db))
    try:
        made_at_once = _month_checks(con)
        assert (made_at_once["status"] == "pass").sum() >= 10  # the Household months carry over
        series = {r[0] for r in con.execute("select distinct series from filings").fetchall() if r[0]}
        storage.recheck_months(con, series, window=window)
        pd.testing.assert_frame_equal(_month_checks(con), made_at_once)
    finally:
        con.close()
