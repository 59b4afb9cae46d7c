"""load_many and Corpus on real files: seeds and the corpus documents."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pandas as pd
import pytest

import abs_nb

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "sample_filings"
SEED_000 = SEEDS / "000_2d551bf597d89db6.txt"
CORPUS = ROOT.parent / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside this checkout")


@pytest.fixture(scope="module")
def seeds_corpus():
    return abs_nb.load_many(str(SEEDS / "*.txt"), progress=False)


def test_len_iter_getitem(seeds_corpus):
    c = seeds_corpus
    assert len(c) == 3 and len(list(c)) == 3
    assert {f.meta["series"] for f in c} == {"2003-HE2", "2003-HE4", "2002-HE1"}
    assert isinstance(c[0], abs_nb.Filing)
    assert len(c.errors) == 0


def test_failures_are_listed_not_dropped(tmp_path):
    shutil.copy(SEEDS / "000_2d551bf597d89db6.txt", tmp_path / "a.txt")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "c.txt").write_text("")
    c = abs_nb.load_many(tmp_path, progress=False, workers=2)
    assert len(c) == 1
    errors = c.errors.set_index("source")
    assert set(errors["error_type"]) == {"BinaryInput", "EmptyInput"}
    assert all(isinstance(e, abs_nb.AbsNbError) for e in errors["error"])


def test_duplicates_load_once(tmp_path):
    for name in ("x.txt", "y.txt"):
        shutil.copy(SEEDS / "001_21e012ce03d1908d.txt", tmp_path / name)
    c = abs_nb.load_many([tmp_path / "x.txt", tmp_path / "y.txt"], progress=False)
    assert len(c) == 1
    assert c.duplicates["source"].tolist() == [str(tmp_path / "y.txt")]


def test_nothing_matches_is_a_clear_error(tmp_path):
    with pytest.raises(abs_nb.InputError, match="nothing matches"):
        abs_nb.load_many(str(tmp_path / "*.txt"), progress=False)


@needs_corpus
def test_month_over_month_on_a_real_series():
    # 2004-HE4: Jul, Aug, Sep 2004 (010-012). INDEX.tsv: A-1 Aug ending 184,815,500.23 but Sep
    # beginning 184,815,639.49 (a real inconsistency of $139.26)
    c = abs_nb.load_many(sorted(CORPUS.glob("01[012]_absc-2004he4-*.txt")), progress=False)
    mom = c.checks[c.checks["check"] == "month_over_month"]
    a1 = mom[(mom["subject"] == "class A-1 balance") & (mom["distribution_date"] == dt.date(2004, 9, 27))]
    assert len(a1) == 1
    assert a1["status"].item() == "fail"
    assert a1["expected"].item() == 184815500.23 and a1["actual"].item() == 184815639.49
    assert a1["source"].item().endswith("012_absc-2004he4-2004-09-usbank-html.txt")
    assert a1["previous_source"].item().endswith("011_absc-2004he4-2004-08-usbank-html.txt")
    # M-1 is not paying principal yet: the balance carries over exactly
    m1 = mom[(mom["subject"] == "class M-1 balance") & (mom["distribution_date"] == dt.date(2004, 9, 27))]
    assert m1["status"].item() == "pass"


@needs_corpus
def test_a_missing_month_is_reported():
    # 2005-HE2 has May (002) and July (003) but no June in the corpus
    c = abs_nb.load_many([CORPUS / "002_absc-2005he2-2005-05-usbank-html.txt",
                          CORPUS / "003_absc-2005he2-2005-07-usbank-html.txt"], progress=False)
    gap = c.checks[c.checks["subject"] == "consecutive distributions"]
    assert len(gap) == 1 and gap["status"].item() == "warn" and gap["actual"].item() == 2.0


@needs_corpus
def test_corpus_engines_agree():
    paths = sorted(CORPUS.glob("*.txt"))
    serial = abs_nb.load_many(paths, progress=False, engine="serial")
    pooled = abs_nb.load_many(paths, progress=False, engine="processes", workers=2)
    assert len(serial) == len(pooled) == 50
    pd.testing.assert_frame_equal(serial.classes, pooled.classes)
    pd.testing.assert_frame_equal(serial.collateral, pooled.collateral)
    assert serial.errors["source"].tolist() == pooled.errors["source"].tolist()


@pytest.mark.parametrize("given", [lambda tmp: ["a" * 300], lambda tmp: [tmp / ("a" * 300) / "x.txt"],
                                   lambda tmp: [SEEDS / "000_2d551bf597d89db6.txt", str(tmp / ("a" * 300)) + "*.txt"]])
def test_a_path_component_over_255_characters_is_a_listed_error_not_an_oserror(tmp_path, given):
    c = abs_nb.load_many(given(tmp_path), progress=False, workers=1)
    assert len(c.errors) == 1
    err = c.errors["error"].iloc[0]
    assert isinstance(err, abs_nb.InputError) and "too long" in str(err).replace("longer than the system allows", "too long")


@pytest.mark.parametrize("bad", [None, 5])
def test_load_many_rejects_what_is_not_paths(bad):
    with pytest.raises(abs_nb.InputError):
        abs_nb.load_many(bad, progress=False)


def test_progress_bar_counts_every_file(capsys):
    # outside Jupyter, tqdm.auto is the text bar, on stderr
    abs_nb.load_many(str(SEEDS / "*.txt"), progress=True, engine="serial")
    err = capsys.readouterr().err
    assert "abs_nb" in err and "3/3" in err
    abs_nb.load_many(str(SEEDS / "*.txt"), progress=False, engine="serial")
    assert capsys.readouterr().err == ""


def test_a_broken_link_or_an_empty_folder_is_reported_not_dropped(tmp_path):
    d, e = tmp_path / "d", tmp_path / "e"
    d.mkdir()
    e.mkdir()
    (d / "a.txt").write_bytes(SEED_000.read_bytes())
    (d / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    (d / "loop.txt").symlink_to(d / "loop.txt")
    c = abs_nb.load_many([d, e], progress=False, engine="serial")
    assert len(c) == 1
    errors = c.errors.set_index("source")
    assert set(errors.index) == {str(d / "broken.txt"), str(d / "loop.txt"), str(e)}
    assert "no file below it" in errors.loc[str(e), "message"]
    assert all(isinstance(x, abs_nb.InputError) for x in errors["error"])
    # a single empty folder is "nothing matches", as a glob that matches nothing
    with pytest.raises(abs_nb.InputError, match="nothing matches"):
        abs_nb.load_many(e, progress=False)


def test_a_missing_path_is_reported_as_a_missing_file(tmp_path):
    c = abs_nb.load_many([SEED_000, tmp_path / "gone.txt"], progress=False, engine="serial")
    message = c.errors["message"].item()
    assert "no such file" in message and "report text" not in message


def test_a_slice_of_a_corpus_is_a_corpus():
    c = abs_nb.load_many(str(SEEDS / "*.txt"), progress=False, engine="serial")
    part = c[0:2]
    assert isinstance(part, abs_nb.Corpus) and len(part) == 2
    assert part.classes["source"].nunique() == 2
    assert isinstance(c[-1], abs_nb.Filing)
