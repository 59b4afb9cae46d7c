"""The IPython extension (``%load_ext abs_nb``) on a real InteractiveShell, and lazy imports."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from IPython.core.interactiveshell import InteractiveShell
from IPython.utils.capture import capture_output

import abs_nb
from abs_nb.display import ipython as ext

from .conftest import SEED_000, SEED_001, SEED_002, SEEDS

LINE = ("abs_load", "abs_check", "abs_compare")


@pytest.fixture()
def ip():
    shell = InteractiveShell.instance()
    shell.run_line_magic("load_ext", "abs_nb")
    yield shell
    shell.run_line_magic("unload_ext", "abs_nb")
    for name in ("f", "filing", "_abs", "mine"):
        shell.user_ns.pop(name, None)


def run_line(ip, name: str, line: str):
    with capture_output() as cap:
        ip.run_line_magic(name, line)
    return cap


def ours(ip) -> dict[str, list[str]]:
    mm = ip.magics_manager
    return {kind: sorted(n for n, fn in mm.magics[kind].items()
                         if type(getattr(fn, "__self__", None)).__name__ == "AbsNbMagics")
            for kind in ("line", "cell")}


def test_load_ext_registers_the_magics(ip):
    assert ours(ip) == {"line": sorted(LINE), "cell": ["abs"]}


def test_abs_load_keeps_a_filing_under_the_given_name_and_displays_it(ip):
    cap = run_line(ip, "abs_load", f"{SEED_000} --as f")
    f = ip.user_ns["f"]
    assert isinstance(f, abs_nb.Filing) and f.meta["series"] == "2003-HE2"
    assert len(cap.outputs) == 1
    data = cap.outputs[0].data
    assert data["text/html"] == f._repr_mimebundle_()["text/html"]
    assert data["text/plain"] == f.summary()
    assert cap.stderr == ""


def test_abs_load_default_name_and_quoted_path(ip, tmp_path):
    spaced = tmp_path / "a report.txt"
    spaced.write_text(SEED_002.read_text(encoding="utf-8"), encoding="utf-8")
    run_line(ip, "abs_load", f'"{spaced}"')
    assert ip.user_ns["filing"].meta["series"] == "2002-HE1"


def test_abs_load_through_run_cell(ip):
    result = ip.run_cell(f"%abs_load {SEED_001} --as mine")
    assert result.success
    assert ip.user_ns["mine"].meta["series"] == "2003-HE4"


@pytest.mark.parametrize("path", ["/nonexistent/report.txt", str(SEEDS)], ids=["missing", "directory"])
def test_unreadable_path_prints_one_clear_line_and_no_traceback(ip, path):
    result = None
    with capture_output() as cap:
        result = ip.run_cell(f"%abs_load {path} --as f")
    assert result.success  # no exception reaches the user
    assert "f" not in ip.user_ns
    assert "Traceback" not in cap.stderr + cap.stdout
    lines = cap.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("abs_nb: ") and path in lines[0]
    # said as a person reads it: no heuristics about report text, the folder or load_many
    assert "1,000 characters" not in lines[0]
    assert ("no such file" in lines[0] and "current folder" in lines[0]) or "load_many" in lines[0]


def test_not_a_report_is_a_short_message(ip, tmp_path):
    p = tmp_path / "notes.txt"
    p.write_text("shopping list\neggs   12\nmilk    2\n", encoding="utf-8")
    cap = run_line(ip, "abs_check", str(p))
    assert cap.stderr.startswith("abs_nb: ") and "Traceback" not in cap.stderr
    assert not cap.outputs


def test_abs_check_shows_summary_and_non_pass_checks(ip):
    f = abs_nb.load(SEED_002)
    cap = run_line(ip, "abs_check", str(SEED_002))
    data = cap.outputs[0].data
    assert set(data) == {"text/plain", "text/html"}
    assert f.check_summary() in data["text/plain"] and f.check_summary() in data["text/html"]
    bad = f.checks[f.checks["status"] != "pass"]
    assert len(data["text/plain"].splitlines()) == 1 + len(bad)
    assert "<script" not in data["text/html"]


def test_cell_magic_parses_the_pasted_text(ip):
    body = SEED_001.read_text(encoding="utf-8")
    with capture_output() as cap:
        ip.run_cell_magic("abs", "", body)
    f = ip.user_ns["_abs"]
    assert isinstance(f, abs_nb.Filing) and f.meta["series"] == "2003-HE4"
    assert f.meta["source"] == "<%%abs cell>"
    assert cap.outputs[0].data["text/html"] == f._repr_mimebundle_()["text/html"]


def test_cell_magic_as_name_and_bad_body(ip):
    result = ip.run_cell("%%abs --as mine\n" + SEED_000.read_text(encoding="utf-8"))
    assert result.success and ip.user_ns["mine"].meta["series"] == "2003-HE2"
    with capture_output() as cap:
        result = ip.run_cell("%%abs\nshopping list\neggs   12\n")
    assert result.success and "_abs" not in ip.user_ns
    assert cap.stderr.startswith("abs_nb: ") and "Traceback" not in cap.stderr


def test_compare_says_clearly_when_it_is_not_available(ip, monkeypatch):
    # an abs_nb without the comparison feature (as before abs_nb.compare landed)
    monkeypatch.delattr(abs_nb, "compare", raising=False)
    with capture_output() as cap:
        result = ip.run_cell(f"%abs_compare f {SEEDS}/*.txt")
    assert result.success
    assert cap.stdout.strip() == ext.COMPARE_NOT_AVAILABLE
    assert "not available yet" in cap.stdout and "%abs_load" in cap.stdout
    assert cap.stderr == "" and not cap.outputs


@pytest.mark.skipif(not callable(getattr(abs_nb, "compare", None)), reason="abs_nb.compare not in this version")
def test_compare_names_and_globs(ip):
    run_line(ip, "abs_load", f"{SEED_000} --as f")
    with capture_output() as cap:
        result = ip.run_cell(f"%abs_compare f {SEEDS}/00[12]_*.txt")
    assert result.success and cap.stderr == ""
    data = cap.outputs[0].data
    header = data["text/plain"].splitlines()[0].split()
    assert header == ["2002-HE1", "2002-11-15", "2003-HE2", "2003-10-15", "2003-HE4", "2003-11-17"]
    assert "14,344,337.00" in data["text/html"]  # 000's printed O/C Target Amt
    with capture_output() as cap:
        ip.run_cell("%abs_compare /nonexistent/*.txt")
    assert cap.stderr.startswith("abs_nb: ") and "Traceback" not in cap.stderr


def test_reload_ext_is_idempotent(ip):
    mm = ip.magics_manager
    before_line, before_cell = len(mm.magics["line"]), len(mm.magics["cell"])
    for _ in range(3):
        ip.run_line_magic("reload_ext", "abs_nb")
        ip.run_line_magic("load_ext", "abs_nb")  # "already loaded": no-op
    assert (len(mm.magics["line"]), len(mm.magics["cell"])) == (before_line, before_cell)
    assert ours(ip) == {"line": sorted(LINE), "cell": ["abs"]}
    assert [k for k in mm.registry if k == "AbsNbMagics"] == ["AbsNbMagics"]
    run_line(ip, "abs_load", f"{SEED_002} --as f")
    assert ip.user_ns["f"].meta["series"] == "2002-HE1"


def test_unload_ext_removes_exactly_our_magics(ip):
    mm = ip.magics_manager
    others = {k: {n for n in mm.magics[k] if n not in ("abs",) + LINE} for k in ("line", "cell")}
    ip.run_line_magic("unload_ext", "abs_nb")
    assert ours(ip) == {"line": [], "cell": []}
    assert "AbsNbMagics" not in mm.registry
    assert {k: set(mm.magics[k]) for k in ("line", "cell")} == others
    assert "timeit" in mm.magics["line"]
    with capture_output():
        assert not ip.run_cell(f"%abs_load {SEED_000}").success  # the magic is gone
    ip.run_line_magic("load_ext", "abs_nb")  # the fixture unloads again


def test_unload_leaves_a_foreign_magic_of_the_same_name(ip):
    ip.run_line_magic("unload_ext", "abs_nb")
    ip.register_magic_function(lambda line: "theirs", "line", "abs_load")
    try:
        ext.unload_ipython_extension(ip)
        assert ip.run_line_magic("abs_load", "x") == "theirs"
        ext.load_ipython_extension(ip)  # ours replaces theirs while loaded ...
        assert ours(ip)["line"] == sorted(LINE)
    finally:
        ip.magics_manager.magics["line"].pop("abs_load", None)
        ext.load_ipython_extension(ip)


def test_import_abs_nb_does_not_import_the_notebook_stack():
    code = (
        "import sys, json, abs_nb\n"
        "heavy = ('IPython', 'ipywidgets', 'altair', 'vl_convert', 'abs_nb.display.filing_html')\n"
        "after_import = [m for m in heavy if m in sys.modules]\n"
        f"f = abs_nb.load(r'{SEED_000}')\n"
        "f.summary(); f._repr_mimebundle_()\n"
        "after_repr = [m for m in heavy[:4] if m in sys.modules]\n"
        "print(json.dumps([after_import, after_repr]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    after_import, after_repr = json.loads(out.stdout)
    assert after_import == []
    assert after_repr == []  # the static HTML needs neither IPython nor Altair


@pytest.mark.skipif(not callable(getattr(abs_nb, "compare", None)), reason="abs_nb.compare not in this version")
def test_compare_takes_quoted_paths_with_spaces(ip, tmp_path):
    folder = tmp_path / "sp ace"
    folder.mkdir()
    (folder / "my deal.txt").write_bytes(SEED_000.read_bytes())
    with capture_output() as cap:
        result = ip.run_cell(f'%abs_compare "{folder / "my deal.txt"}" \'{folder}\'/*.txt')
    assert result.success and cap.stderr == ""
    # the same filing twice: two columns, the second labelled "(2)"
    assert cap.outputs[0].data["text/plain"].splitlines()[0].split() == ["2003-HE2", "2003-10-15"] * 2 + ["(2)"]
    with capture_output() as cap:
        ip.run_cell('%abs_compare "unbalanced')
    assert cap.stderr.startswith("abs_nb: ") and "Traceback" not in cap.stderr


def test_an_abs_nb_error_in_any_cell_is_one_line_after_load_ext(ip, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    result = ip.run_cell("import abs_nb\nabs_nb.load('typo.txt')")
    assert not result.success and isinstance(result.error_in_exec, abs_nb.AbsNbError)
    out = capsys.readouterr()
    shown = (out.out + out.err).strip().splitlines()
    assert shown == [f"InputError: no such file: 'typo.txt' (current folder: {tmp_path})"], shown
    # a folder names load_many
    (tmp_path / "filings").mkdir()
    ip.run_cell("abs_nb.load('filings')")
    out = capsys.readouterr()
    assert "abs_nb.load_many('filings')" in out.out + out.err and "Traceback" not in out.out + out.err
    # other exceptions keep their traceback
    ip.run_cell("1/0")
    out = capsys.readouterr()
    assert "ZeroDivisionError" in out.out + out.err and "Traceback" in out.out + out.err


def test_unload_ext_gives_back_the_usual_traceback(ip, capsys):
    ip.run_line_magic("unload_ext", "abs_nb")
    try:
        ip.run_cell("import abs_nb\nabs_nb.load('/nonexistent/typo.txt')")
        out = capsys.readouterr()
        assert "Traceback" in out.out + out.err
    finally:
        ip.run_line_magic("load_ext", "abs_nb")
