"""What a review of load_many / Corpus found untested or wrong: month-over-month pool and
cumulative-loss checks, the progress bar, the process pool, folders holding broken links,
errors about paths, slicing, and the default install without Dask."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pandas as pd
import pytest

import abs_nb
from abs_nb.corpus import load_engines

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "sample_filings"
SEED_000 = SEEDS / "000_2d551bf597d89db6.txt"
CORPUS = ROOT.parent / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside this checkout")
HH_AUG = "043_household-hel-2001-1-2001-08-statement.txt"
HH_SEP = "041_household-hel-2001-1-2001-09-statement.txt"


def month_rows(c: abs_nb.Corpus, check: str, subject: str) -> pd.DataFrame:
    k = c.checks
    return k[(k["check"] == check) & (k["subject"] == subject)]


@needs_corpus
def test_a_pool_balance_carries_over_and_a_break_fails(tmp_path):
    # Household 2001-1: August's ending pool balance 739,903,284.31 is September's "Begin
    # Principal Balance" (041 line 76)
    c = abs_nb.load_many([CORPUS / HH_AUG, CORPUS / HH_SEP], progress=False, engine="serial")
    row = month_rows(c, "month_over_month", "pool Total balance")
    assert row["status"].tolist() == ["pass"]
    assert row["expected"].item() == row["actual"].item() == 739_903_284.31
    assert row["source"].item().endswith(HH_SEP) and row["previous_source"].item().endswith(HH_AUG)
    # September's beginning balance printed $100 higher: a fail with both values and sources
    text = (CORPUS / HH_SEP).read_text(encoding="utf-8", errors="replace")
    assert text.count("739,903,284.31") == 1
    edited = tmp_path / HH_SEP
    edited.write_text(text.replace("739,903,284.31", "739,903,384.31"), encoding="utf-8")
    c = abs_nb.load_many([CORPUS / HH_AUG, edited], progress=False, engine="serial")
    row = month_rows(c, "month_over_month", "pool Total balance")
    assert row["status"].tolist() == ["fail"]
    assert row["expected"].item() == 739_903_284.31 and row["actual"].item() == 739_903_384.31
    assert row["source"].item() == str(edited)


@pytest.mark.parametrize("november, status", [("1,000", "fail"), ("4,429", "pass"), ("5,000", "pass")])
def test_cumulative_losses_may_not_fall(tmp_path, november, status):
    # 000 (2003-HE2, 15-Oct-03) prints "Cum. Real. Losses since Startup Day  4,429"; a
    # November copy prints another figure
    text = SEED_000.read_text(encoding="utf-8")
    nov = text.replace("15-Oct-03", "17-Nov-03").replace(
        "Cum. Real. Losses since Startup Day                      4,429",
        f"Cum. Real. Losses since Startup Day                      {november:>5}")
    assert nov.count("17-Nov-03") >= 1 and f"Startup Day                      {november:>5}" in nov
    (tmp_path / "nov.txt").write_text(nov, encoding="utf-8")
    c = abs_nb.load_many([SEED_000, tmp_path / "nov.txt"], progress=False, engine="serial")
    row = month_rows(c, "cumulative_losses", "deal cumulative_realized_losses")
    assert row["status"].tolist() == [status]
    assert row["expected"].item() == 4429.0 and row["actual"].item() == float(november.replace(",", ""))
    assert row["distribution_date"].item() == dt.date(2003, 11, 17)


def test_two_months_with_no_balance_in_common_say_so(tmp_path):
    # the November copy of 000 loses every class and pool line: nothing can carry over
    text = SEED_000.read_text(encoding="utf-8")
    head = text.split("\n")
    nov = "\n".join(line for line in head[:80]).replace("15-Oct-03", "17-Nov-03")
    nov += "\n\nCum. Real. Losses since Startup Day                      4,429\n"
    (tmp_path / "nov.txt").write_text(nov, encoding="utf-8")
    c = abs_nb.load_many([SEED_000, tmp_path / "nov.txt"], progress=False, engine="serial")
    assert len(c) == 2
    row = month_rows(c, "month_over_month", "balances")
    assert row["status"].tolist() == ["warn"] and "nothing carried over" in row["detail"].item()


def test_progress_bar_counts_every_file(capsys):
    # outside Jupyter, tqdm.auto is the text bar, on stderr
    abs_nb.load_many(str(SEEDS / "*.txt"), progress=True, engine="serial")
    err = capsys.readouterr().err
    assert "abs_nb" in err and "3/3" in err
    abs_nb.load_many(str(SEEDS / "*.txt"), progress=False, engine="serial")
    assert capsys.readouterr().err == ""


class _RecordingPool(ProcessPoolExecutor):
    """A real process pool that records how many workers it was asked for."""

    made: list[int | None] = []

    def __init__(self, max_workers: int | None = None, **kw: object) -> None:
        _RecordingPool.made.append(max_workers)
        super().__init__(max_workers=max_workers, **kw)  # type: ignore[arg-type]


def test_the_default_engine_is_a_process_pool_on_every_core(monkeypatch):
    monkeypatch.setattr(load_engines, "ProcessPoolExecutor", _RecordingPool)
    _RecordingPool.made.clear()
    paths = sorted(SEEDS.glob("*.txt")) * 2 + [SEEDS / "missing.txt"]  # 7 paths: enough for the pool
    pooled = abs_nb.load_many(paths, progress=False)
    cores = os.cpu_count() or 1
    assert _RecordingPool.made == ([cores] if cores > 1 else [])
    serial = abs_nb.load_many(paths, progress=False, engine="serial")
    pd.testing.assert_frame_equal(pooled.classes, serial.classes)
    assert len(pooled) == 3 and len(pooled.duplicates) == 3 and len(pooled.errors) == 1


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


def test_the_default_install_needs_no_dask():
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    deps = tomllib.loads(pyproject)["project"]["dependencies"]
    assert not any(d.lower().startswith(("dask", "distributed")) for d in deps)
    # with dask unimportable, loading, comparing and the process pool work; asking for
    # engine="dask" is a clear error
    code = f"""
import sys
sys.modules["dask"] = sys.modules["distributed"] = None
import abs_nb
c = abs_nb.load_many({str(SEEDS / "*.txt")!r}, progress=False, workers=2)
assert len(c) == 3 and len(abs_nb.compare(c).table.columns) == 3
try:
    abs_nb.load_many({str(SEEDS / "*.txt")!r}, progress=False, engine="dask")
except abs_nb.InputError as err:
    assert "dask" in str(err)
    print("ok")
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
