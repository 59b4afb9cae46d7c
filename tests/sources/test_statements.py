"""Documents holding the statements of several series (a master servicer's exhibit).

Every multi-statement document here is built from real text: the three seeds are whole
filings of three series, joined as a master servicer's exhibit joins statements (each with
its own title block; with page headers repeating its series and form feeds; inside an EDGAR
full submission; as an HTML exhibit). Each statement must parse to exactly what its text
parses to alone, its lines and offsets those of the whole document.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

import abs_nb
from abs_nb.errors import MultipleStatements
from abs_nb.load import load_statements, report_text
from abs_nb.parse.meta import form_of
from abs_nb.sources import read_source
from abs_nb.sources.statements import split_statements
from abs_nb.statement_pick import shift_text

from .edgar_builder import document, sec_header, seed_split

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "sample_filings").glob("*.txt"))
CORPUS = ROOT.parent / "shared" / "corpus"
SERIES = ["2003-HE2", "2003-HE4", "2002-HE1"]  # of seeds 000, 001, 002
TABLES = ("classes", "totals", "collateral", "delinquency", "deal", "metrics_by_group", "totals_membership")


def _seed(i: int) -> str:
    text = SEEDS[i].read_text(encoding="utf-8")
    return text if text.endswith("\n") else text + "\n"


def _with_page_headers(text: str, series: str) -> str:
    """The statement printed on three pages: a form feed and a page header naming its series
    at the blank lines a third and two thirds of the way down."""
    lines = text.split("\n")
    out, page = [], 1
    marks = {len(lines) // 3, 2 * len(lines) // 3}
    for i, ln in enumerate(lines):
        if page <= 2 and i >= min(marks) and not ln.strip():
            page += 1
            marks.discard(min(marks))
            out.append(f"\fABS Corporation Home Equity Loan Trust Series {series}          Page {page} of 3")
        out.append(ln)
    return "\n".join(out)


CONTAINER_META = {"container", "form", "cik", "filed", "accession"}  # an EDGAR submission's, not the text's


def _same_parse(part: abs_nb.Filing, alone: abs_nb.Filing, lines: int, chars: int) -> None:
    """``part`` (a statement of a document) holds what ``alone`` (its text parsed alone)
    holds; its lines are ``lines`` further down, its offsets ``chars`` further on."""
    for table in TABLES:
        got, want = getattr(part, table), getattr(alone, table)
        if isinstance(want, pd.DataFrame):
            pd.testing.assert_frame_equal(got, want)
        else:
            pd.testing.assert_series_equal(got, want)
    got, want = part.checks, alone.checks
    pd.testing.assert_frame_equal(got.drop(columns=["subject", "detail", "lines"]),
                                  want.drop(columns=["subject", "detail", "lines"]))
    assert got["lines"].tolist() == [[x + lines for x in ls] for ls in want["lines"]]
    assert got["subject"].tolist() == [shift_text(s, lines) for s in want["subject"]]
    assert got["detail"].tolist() == [shift_text(s, lines) for s in want["detail"]]
    u_got, u_want = part.unmapped, alone.unmapped
    assert len(u_got) == len(u_want)
    if len(u_want):
        assert u_got["line"].tolist() == [x + lines for x in u_want["line"]]
    prov_got, prov_want = part.parsed.provenance, alone.parsed.provenance
    assert prov_got.keys() == prov_want.keys()
    for key, (ln, a, b) in prov_want.items():
        assert prov_got[key] == (ln + lines, a + chars, b + chars)
        # source_of points at the real line of the whole document
        assert part.source_line(prov_got[key][0]) == alone.source_line(ln)
        assert part.source_text[a + chars: b + chars] == alone.source_text[a:b]
    skip = {"source", "sha256", "statement", "encoding"} | (CONTAINER_META if part.meta["container"] != "text" else set())
    assert {k: v for k, v in part.meta.items() if k not in skip | {"form"}} == \
        {k: v for k, v in alone.meta.items() if k not in skip | {"form"}}
    if "form" not in skip:  # a statement is filed with its document's form, printed or not in its own text
        assert part.meta["form"] == (alone.meta["form"] or form_of(part.source_text))


def _check_document(path: Path, pieces: list[str], series: list[str]) -> list[abs_nb.Filing]:
    """The statements of the document at ``path`` are ``pieces`` (report text, in order),
    of ``series``; each parses as its piece alone; load, load_many, scan agree."""
    text = report_text(read_source(path))
    parts = split_statements(text)
    assert [p.text_of(text) for p in parts] == pieces
    assert [p.series for p in parts] == series
    with pytest.raises(MultipleStatements) as err:
        abs_nb.load(path)
    assert f"{len(pieces)} statements" in str(err.value) and series[0] in str(err.value)
    assert "statement=N" in str(err.value) and "load_many" in str(err.value)
    filings = load_statements(path)
    assert [f.meta["statement"] for f in filings] == list(range(1, len(pieces) + 1))
    for part, piece, f in zip(parts, pieces, filings, strict=True):
        assert f.meta["series"] == part.series
        assert f.source_text == text  # the whole document: provenance points at its lines
        _same_parse(f, abs_nb.load_text(piece), part.first_line - 1, part.start)
        picked = abs_nb.load(path, statement=part.number)
        assert picked.meta["statement"] == part.number
        assert abs_nb.load(path, series=part.series.lower()).meta["statement"] == part.number
        pd.testing.assert_frame_equal(picked.classes, f.classes)
    return filings


def test_three_whole_filings_in_one_document(tmp_path):
    pieces = [_seed(i) for i in range(3)]
    path = tmp_path / "master.txt"
    path.write_text("".join(pieces), encoding="utf-8")
    filings = _check_document(path, pieces, SERIES)
    # the same tables as the seed files themselves
    for f, seed in zip(filings, SEEDS, strict=True):
        pd.testing.assert_frame_equal(f.classes, abs_nb.load(seed).classes)
    assert abs_nb.load_text("".join(pieces), statement=3).meta["series"] == "2002-HE1"
    assert abs_nb.load_text("".join(pieces), series="2003-HE4").meta["statement"] == 2


def test_pages_with_repeated_headers_and_form_feeds_stay_with_their_statement(tmp_path):
    paged = [_with_page_headers(_seed(i), s) for i, s in enumerate(SERIES)]
    path = tmp_path / "paged.txt"
    path.write_bytes("\f".join(paged).encode("utf-8"))
    # as read: form feeds at a line's start or end are dropped, lines unchanged
    pieces = [p.replace("\f", "") for p in paged]
    assert sum(p.count("Page ") for p in pieces) == 6
    _check_document(path, pieces, SERIES)


def test_an_edgar_submission_whose_exhibit_holds_several_statements(tmp_path):
    cover, _ = seed_split(SEEDS[1])
    reports = [seed_split(seed)[1] for seed in SEEDS]
    exhibit: list[str] = []
    for report in reports:
        exhibit += ["<PAGE>", *report]
    lines = sec_header("8-K") + document("8-K", 1, "cover.txt", cover)
    lines += document("EX-99.1", 2, "ex991.txt", exhibit, "MONTHLY DISTRIBUTION REPORTS")
    lines += ["</SEC-DOCUMENT>"]
    path = tmp_path / "0001019965-03-000548.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    src = read_source(path)
    assert src.container == "edgar-submission"
    # the <PAGE> lines are blanked; a blank line before a title block stays with the
    # statement above it (the first statement starts with the document)
    pieces = ["\n".join(r) + "\n" for r in reports]
    pieces = ["\n" + pieces[0] + "\n", pieces[1] + "\n", pieces[2]]
    filings = _check_document(path, pieces, SERIES)
    assert {f.meta["accession"] for f in filings} == {"0001019965-03-000548"}
    with pytest.raises(MultipleStatements) as err:
        abs_nb.load(path)
    # lines named in the message are the file's (the exhibit starts further down)
    first = split_statements(src.text)[1].first_line + src.line_offset
    assert f"lines {first}-" in str(err.value)


def _html_exhibit(texts: list[str]) -> str:
    """Report text as an HTML exhibit: a table per statement, a row per line, a cell per
    run of text that two or more spaces set apart."""
    tables = []
    for text in texts:
        rows = []
        for ln in text.split("\n"):
            cells = [c for c in re.split(r"\s{2,}", ln.strip()) if c]
            rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
        tables.append("<table border=0>\n" + "\n".join(rows) + "\n</table>")
    return "<html><body>\n" + "\n<hr>\n".join(tables) + "\n</body></html>\n"


def test_an_html_exhibit_holding_several_statements(tmp_path):
    seeds = [_seed(i) for i in range(3)]
    path = tmp_path / "ex99.htm"
    path.write_text(_html_exhibit(seeds), encoding="utf-8")
    text = report_text(read_source(path))
    parts = split_statements(text)
    assert [p.series for p in parts] == SERIES
    pieces = [p.text_of(text) for p in parts]
    # each piece is what the seed's own HTML exhibit renders to (its rows, in order)
    for piece, seed in zip(pieces, seeds, strict=True):
        alone = report_text(read_source(_html_exhibit([seed])))
        assert piece.strip("\n|") == alone.strip("\n|")
    filings = _check_document(path, pieces, SERIES)
    assert all(f.meta["rendering"] == abs_nb.load(_html_exhibit([s])).meta["rendering"]
               for f, s in zip(filings, seeds, strict=True))


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not here")
def test_one_statement_per_corpus_document_and_seed():
    for path in [*SEEDS, *sorted(p for p in CORPUS.glob("*.txt"))]:
        text = report_text(read_source(path))
        assert len(split_statements(text)) == 1, path.name
        try:
            f = abs_nb.load(path)
        except abs_nb.AbsNbError:
            continue
        assert f.meta["statement"] is None


def test_a_list_of_series_or_interleaved_titles_is_one_statement():
    seed = _seed(0)
    # an 8-K cover listing the series of a shelf, one a line, above one statement
    listing = "".join(f"Home Equity Loan Trust, Series 2003-HE{k}\n" for k in range(1, 8))
    assert len(split_statements(listing + seed)) == 1
    # another series' title printed inside the statement, then its own again
    lines = seed.split("\n")
    lines.insert(200, "Asset Backed Securities Corporation, Home Equity Loan Trust, Series 2003-HE9")
    assert len(split_statements("\n".join(lines))) == 1
    # a second series named at the end with almost no figures: a footnote, not a statement
    foot = "\nAsset Backed Securities Corporation, Home Equity Loan Trust, Series 2003-HE9\nSee the prospectus.\n"
    assert len(split_statements(seed + "\n" * 10 + foot)) == 1


@pytest.mark.parametrize("engine", ["serial", "processes"])
def test_load_many_gives_a_filing_per_statement_with_distinct_keys(tmp_path, engine):
    (tmp_path / "master.txt").write_text("".join(_seed(i) for i in range(3)), encoding="utf-8")
    for seed in SEEDS:
        (tmp_path / seed.name).write_bytes(seed.read_bytes())
    c = abs_nb.load_many(tmp_path, progress=False, engine=engine, workers=2)
    assert len(c) == 6 and len(c.errors) == 0 and len(c.duplicates) == 0
    keys = c.filings_table[["source", "statement", "series"]]
    assert not keys.duplicated().any()
    master = keys[keys["source"].str.endswith("master.txt")]
    assert master["statement"].tolist() == [1, 2, 3] and master["series"].tolist() == SERIES
    assert keys["statement"].isna().sum() == 3 and str(keys["statement"].dtype) == "Int64"
    # the long tables keep the statements apart
    per = c.classes[c.classes["source"].str.endswith("master.txt")].groupby("statement")["class"].count()
    assert per.tolist() == [13, 16, 10]
    # the same file twice: each of its statements is skipped once, the file named once
    c2 = abs_nb.load_many([tmp_path / "master.txt", tmp_path / "master.txt"], progress=False, engine=engine)
    assert len(c2) == 3 and len(c2.duplicates) == 1


def test_load_many_on_dask_gives_the_same_tables(tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    (tmp_path / "master.txt").write_text("".join(_seed(i) for i in range(3)), encoding="utf-8")
    # a file of 40 statements: shared out among the two workers in parts
    seed = _seed(2)
    (tmp_path / "master40.txt").write_text("".join(seed.replace("2002-HE1", f"2002-S{k}") for k in range(1, 41)),
                                           encoding="utf-8")
    local = abs_nb.load_many(tmp_path, progress=False, engine="serial")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, host="127.0.0.1") as cluster, distributed.Client(cluster):
        remote = abs_nb.load_many(tmp_path, progress=False, engine="dask")
    assert remote.filings_table["statement"].tolist() == [1, 2, 3, *range(1, 41)]
    pd.testing.assert_frame_equal(remote.classes, local.classes)
    pd.testing.assert_frame_equal(remote.checks, local.checks)


def test_statements_are_stored_apart_in_duckdb(tmp_path):
    pytest.importorskip("duckdb")
    (tmp_path / "master.txt").write_text("".join(_seed(i) for i in range(3)), encoding="utf-8")
    c = abs_nb.load_many(tmp_path, progress=False, engine="serial")
    db = tmp_path / "abs.duckdb"
    assert c.to_duckdb(db) == 3
    assert c.to_duckdb(db) == 0  # the same statements are not added again
    con = abs_nb.open_duckdb(db)
    try:
        assert con.execute("select statement, series from filings order by statement").fetchall() == \
            [(1, "2003-HE2"), (2, "2003-HE4"), (3, "2002-HE1")]
        assert con.execute("select count(distinct statement) from classes").fetchall()[0][0] == 3
    finally:
        con.close()


def test_scan_and_the_cli_show_each_statement(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "master.txt").write_text("".join(_seed(i) for i in range(3)), encoding="utf-8")
    (folder / SEEDS[0].name).write_bytes(SEEDS[0].read_bytes())
    table = abs_nb.scan(folder)
    assert table["statements"].tolist() == [1, 3, 3, 3]
    assert table["statement"].isna().tolist() == [True, False, False, False]
    assert table["series"].tolist() == ["2003-HE2", *SERIES]
    cli = [sys.executable, "-m", "abs_nb"]
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([*cli, "check", str(folder / "master.txt")], capture_output=True, text=True, env=env)
    assert [ln.split(":")[0] for ln in out.stdout.splitlines() if not ln.startswith(" ")] == \
        [f"{folder / 'master.txt'}, statement {k} of 3" for k in (1, 2, 3)]
    out = subprocess.run([*cli, "summary", "--series", "2002-HE1", str(folder / "master.txt")],
                         capture_output=True, text=True, env=env)
    assert out.returncode == 0 and "2002-HE1, distribution 2002-11-15" in out.stdout and "2003-HE2" not in out.stdout
    out = subprocess.run([*cli, "export", str(folder / "master.txt"), "--to", str(tmp_path / "x.csv")],
                         capture_output=True, text=True, env=env)
    assert out.returncode == 2 and "MultipleStatements" not in out.stderr and "3 statements" in out.stderr
    out = subprocess.run([*cli, "scan", str(folder)], capture_output=True, text=True, env=env)
    assert "2 files (4 statements)" in out.stdout


def test_250_statements_load_with_load_many(tmp_path):
    """A master servicer's exhibit of 250 series: seed 000's statement, its series renamed."""
    seed = _seed(0)
    series = [f"2003-S{k}" for k in range(1, 251)]
    path = tmp_path / "master250.txt"
    path.write_text("".join(seed.replace("2003-HE2", s) for s in series), encoding="utf-8")
    t0 = time.perf_counter()
    c = abs_nb.load_many(path, progress=False, engine="serial")
    seconds = time.perf_counter() - t0
    print(f"250 statements ({path.stat().st_size:,} bytes): load_many serial {seconds:.1f} s")
    assert len(c) == 250 and len(c.errors) == 0
    assert c.filings_table["series"].tolist() == series
    assert c.filings_table["statement"].tolist() == list(range(1, 251))
    first = abs_nb.load(SEEDS[0])
    assert (c.classes.groupby("statement")["ending_balance"].sum() == first.classes["ending_balance"].sum()).all()
    assert seconds < 240  # only a hang fails here; the figure is printed


def test_splitting_many_statements_is_linear():
    body = "Class A-1   1,000.00   2,000.00\n" * 10
    doc = "".join(f"XYZ Home Equity Loan Trust, Series 2003-{k:05d}\n{body}" for k in range(20_000))
    t0 = time.perf_counter()
    parts = split_statements(doc)
    seconds = time.perf_counter() - t0
    assert len(parts) == 20_000 and parts[-1].end == len(doc)
    titles = "STATEMENT TO CERTIFICATEHOLDERS\n" + "XYZ Home Equity Loan Trust, Series 2003-HE2\n" * 200_000
    t0 = time.perf_counter()
    assert len(split_statements(titles)) == 1
    seconds += time.perf_counter() - t0
    assert seconds < 30, seconds  # about 2.5 s on the build machine


def test_statements_of_one_document_show_and_compare_apart(tmp_path):
    from abs_nb.display.comparison import comparison_id

    f1, f2, f3 = load_statements("".join(_seed(i) for i in range(3)))
    assert comparison_id(abs_nb.compare(f1, f2)) != comparison_id(abs_nb.compare(f1, f3))
    shown = f2._repr_html_()
    assert "2003-HE4" in shown
    # the source shown for a value is the statement's line of the whole document
    line = f2.source_of("classes", "A-1", "ending_balance")
    assert line is not None and line > len(_seed(0).split("\n"))
    assert f2.source_line(line).split()[-1] == "483,608,563"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not here")
def test_two_corpus_reports_saved_from_html_one_cell_a_line(tmp_path):
    """Two trustee reports of two series saved from HTML exhibits (a cell per line), one
    after the other: each is its own statement and parses as it does alone."""
    texts = []
    for pattern in ("001_absc-2005he2*", "010_absc-2004he4*"):
        text = next(CORPUS.glob(pattern)).read_text(encoding="utf-8")
        texts.append(text if text.endswith("\n") else text + "\n")
    path = tmp_path / "two.txt"
    path.write_text("".join(texts), encoding="utf-8")
    _check_document(path, texts, ["2005-HE2", "2004-HE4"])


def test_page_headers_without_the_series_stay_with_their_statement(tmp_path):
    """Each statement opens with the servicer's heading, and each of its pages repeats that
    heading without the series: the pages stay with the statement above them."""
    heading = "MASTER SERVICER MONTHLY STATEMENTS"
    pieces = []
    for i in range(3):
        lines = [heading, *_seed(i).split("\n")]
        middle = next(k for k in range(len(lines) // 2, len(lines)) if not lines[k].strip())
        lines[middle:middle] = ["", heading, ""]
        pieces.append("\n".join(lines))
    path = tmp_path / "headed.txt"
    path.write_text("".join(pieces), encoding="utf-8")
    _check_document(path, pieces, SERIES)


def test_a_master_servicer_8k_with_run_and_page_headers(tmp_path):
    """One 8-K cover listing the series, then each series' report on pages that open with
    the servicer's run line, 'Page: n of 2' and the title naming the series."""
    cover = ["SECURITIES AND EXCHANGE COMMISSION", "Form 8-K", "CURRENT REPORT",
             "See the respective monthly reports of the following series:", *SERIES, "SIGNATURES", ""]

    def page(series: str, n: int) -> list[str]:
        return [f"Run: 11/2{n}/03 09:27:1{n} REPT1B.FRG", f"Page: {n} of 2",
                "EXAMPLE FUNDING CORPORATION (MASTER SERVICER)",
                f"MORTGAGE PASS-THROUGH CERTIFICATES SERIES {series} (POOL # 41{n}3)", ""]

    pieces = []
    for i, series in enumerate(SERIES):
        _, report = seed_split(SEEDS[i])
        half = next(k for k in range(len(report) // 2, len(report)) if not report[k].strip())
        lines = page(series, 1) + report[:half] + ["\f" + page(series, 2)[0], *page(series, 2)[1:]] + report[half:]
        pieces.append("\n".join(lines) + "\n")
    pieces[0] = "\n".join(cover) + "\n" + pieces[0]
    path = tmp_path / "master_8k.txt"
    path.write_text("".join(pieces), encoding="utf-8")
    _check_document(path, [p.replace("\f", "") for p in pieces], SERIES)


def test_a_file_of_many_statements_is_shared_out_among_workers(tmp_path):
    from abs_nb.corpus.load_engines import parts

    seed = _seed(2)
    path = tmp_path / "master40.txt"
    path.write_text("".join(seed.replace("2002-HE1", f"2002-S{k}") for k in range(1, 41)), encoding="utf-8")
    cut = parts([str(path)], 2)
    assert [numbers for _, numbers in cut] == [tuple(range(a, a + 8)) for a in range(1, 41, 8)]
    assert parts([str(path)] * 4, 2) == [(str(path), None)] * 4  # enough files: each whole
    ticks: list[int] = []
    serial = abs_nb.load_many(path, progress=False, engine="serial")
    from abs_nb.corpus import load_engines

    pooled = list(load_engines.run_processes([str(path)], 2, ticks.append))
    assert sum(ticks) == 1  # one file done
    assert [f.meta["statement"] for _, f in pooled] == list(range(1, 41))
    pd.testing.assert_frame_equal(abs_nb.Corpus([f for _, f in pooled], []).classes, serial.classes)


def test_a_statement_that_is_no_report_is_an_error_of_its_own(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_text(_seed(0) + "\nInventory Ledger Trust, Series 2003-W2\n" + "Widgets   1,000.00  2,000.00\n" * 10,
                    encoding="utf-8")
    c = abs_nb.load_many(path, progress=False, engine="serial")
    assert len(c) == 1 and c[0].meta["series"] == "2003-HE2" and c[0].meta["statement"] == 1
    [message] = c.errors["message"].tolist()
    assert message.startswith(f"{path}, statement 2 of 2 (2003-W2), line 359: expected a distribution report")
    with pytest.raises(abs_nb.NotADistributionReport, match="statement 2 of 2"):
        abs_nb.load(path, statement=2)


def test_a_statement_is_of_the_series_the_document_names_it_by():
    # two servicer's statements one after the other, each closed by a line naming its series;
    # the split gives that line to the statement after it, whose first series-like words are
    # then the series before it
    path = next((ROOT / "tests" / "handwritten").glob("zy1_*.txt"))
    parts = split_statements(path.read_text(encoding="utf-8"))
    assert [p.series for p in parts] == ["1996-4", "1997-1"]
    assert "1996-4" in parts[1].text_of(path.read_text(encoding="utf-8")).split("\n")[0]
    f = abs_nb.load(path, statement=2)
    assert f.meta["series"] == "1997-1" and f.meta["statement"] == 2
    assert f.classes.loc["A-1", "beginning_balance"] == 53_721_754.80
