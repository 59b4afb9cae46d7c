"""The compiled parser (setup.py, mypyc) is the one in use, and it parses exactly as the
pure-Python source does.

The pure-Python run uses a copy of the package without its extension modules, in a child
process; both runs load the seeds and every corpus document and dump every table, check and
unmapped row.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
PURE = os.environ.get("ABS_NB_PURE_PYTHON") == "1"


def compiled_modules() -> list[str]:
    """The module names ``setup.py`` compiles (read from its ``COMPILED`` list)."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "COMPILED":
            paths = ast.literal_eval(node.value)
            return [p.removesuffix(".py").replace("/", ".") for p in paths]
    raise AssertionError("setup.py has no COMPILED list")


def test_compiled_list_names_real_modules():
    names = compiled_modules()
    assert "abs_nb.parse.engine" in names and "abs_nb.parse.tokens" in names
    for name in names:
        assert (ROOT / (name.replace(".", "/") + ".py")).is_file(), name


@pytest.mark.skipif(PURE, reason="installed with ABS_NB_PURE_PYTHON=1")
def test_parser_is_compiled():
    """An install that silently fell back to pure Python (mypyc failed) shows up here."""
    not_compiled = [n for n in compiled_modules() if not importlib.import_module(n).__file__.endswith(".so")]
    assert not_compiled == [], f"imported from .py, not compiled: {not_compiled}"


DUMP = r"""
import json, sys
from pathlib import Path
import abs_nb

paths = [Path(p) for p in sys.argv[2:]]
out = {}
for p in paths:
    try:
        f = abs_nb.load(p)
    except abs_nb.AbsNbError as err:
        out[p.name] = {"error": type(err).__name__ + ": " + str(err)}
        continue
    doc = {"meta": {k: str(v) for k, v in sorted(f.meta.items())}}
    for name in ("classes", "totals", "collateral", "delinquency", "deal", "checks", "unmapped"):
        doc[name] = json.loads(getattr(f, name).to_json(orient="split", date_format="iso", default_handler=str))
    out[p.name] = doc
Path(sys.argv[1]).write_text(json.dumps(out, sort_keys=True))
"""

DOCTESTS = r"""
import doctest, importlib, sys
sys.path.insert(0, sys.argv[1])  # before the working directory, which holds the compiled package
failed = attempted = 0
for name in sys.argv[2:]:
    mod = importlib.import_module(name)
    assert mod.__file__.endswith(".py"), mod.__file__
    r = doctest.testmod(mod, optionflags=doctest.ELLIPSIS)
    failed += r.failed
    attempted += r.attempted
print(attempted, failed)
"""


def _pure_copy(tmp_path: Path) -> Path:
    dest = tmp_path / "pure"
    shutil.copytree(ROOT / "abs_nb", dest / "abs_nb",
                    ignore=shutil.ignore_patterns("*.so", "__pycache__"))
    return dest


def _run(code: str, args: list[str], pythonpath: Path | None, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


def _inputs() -> list[str]:
    paths = sorted((ROOT / "sample_filings").glob("*.txt"))
    if CORPUS.is_dir():
        paths += sorted(CORPUS.glob("*.txt"))
    return [str(p) for p in paths]


def test_pure_python_and_compiled_parse_identically(tmp_path):
    pure = _pure_copy(tmp_path)
    inputs = _inputs()
    r = _run(DUMP, [str(tmp_path / "pure.json"), *inputs], pure, tmp_path)
    assert r.returncode == 0, r.stderr
    r = _run(DUMP, [str(tmp_path / "installed.json"), *inputs], None, tmp_path)
    assert r.returncode == 0, r.stderr
    a = json.loads((tmp_path / "pure.json").read_text())
    b = json.loads((tmp_path / "installed.json").read_text())
    assert sorted(a) == sorted(b) and len(a) == len(inputs)
    assert sum("classes" in d for d in a.values()) >= 3  # the comparison covers parsed filings
    different = [name for name in a if a[name] != b[name]]
    assert different == []


def test_doctests_of_compiled_modules_pass_in_pure_python(tmp_path):
    """pytest cannot collect doctests from a compiled module; they run here on the source."""
    pure = _pure_copy(tmp_path)
    r = _run(DOCTESTS, [str(pure), *compiled_modules()], pure, ROOT)  # doctests name sample_filings/
    assert r.returncode == 0, r.stderr
    attempted, failed = map(int, r.stdout.split())
    assert failed == 0, r.stdout
    assert attempted >= 10


def _setup_module():
    spec = importlib.util.spec_from_file_location("abs_nb_setup", ROOT / "setup.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # defines the build command; setup() runs only as __main__
    return module


def _build(tmp_path: Path, sources: dict[str, str]) -> tuple[object, list[Path]]:
    from setuptools import Distribution, Extension

    exts = []
    for name, code in sources.items():
        (tmp_path / f"{name}.c").write_text(code)
        exts.append(Extension(name, [str(tmp_path / f"{name}.c")]))
    dist = Distribution({"name": "t", "ext_modules": exts})
    cmd = _setup_module().OptionalBuildExt(dist)
    cmd.build_lib, cmd.build_temp = str(tmp_path / "lib"), str(tmp_path / "tmp")
    cmd.ensure_finalized()
    cmd.run()
    return cmd, sorted((tmp_path / "lib").rglob("*.so"))


GOOD_C = """#include <Python.h>
static struct PyModuleDef m = {PyModuleDef_HEAD_INIT, "%s", NULL, -1, NULL};
PyMODINIT_FUNC PyInit_%s(void) { return PyModule_Create(&m); }
"""


@pytest.mark.skipif(shutil.which("gcc") is None and shutil.which("cc") is None, reason="no C compiler")
def test_a_failed_extension_leaves_none_built(tmp_path, capsys):
    """mypyc's stubs import its shared library: one failure must drop every extension, so the
    package installs as pure Python rather than half compiled."""
    cmd, built = _build(tmp_path, {"aa_good": GOOD_C % ("aa_good", "aa_good"), "zz_bad": "this is not C;\n"})
    assert built == [] and cmd.extensions == []
    assert "installing the pure-Python parser" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("gcc") is None and shutil.which("cc") is None, reason="no C compiler")
def test_extensions_that_compile_are_kept(tmp_path):
    cmd, built = _build(tmp_path, {"aa_good": GOOD_C % ("aa_good", "aa_good")})
    assert [p.name.split(".")[0] for p in built] == ["aa_good"]
