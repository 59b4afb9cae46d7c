"""The house rules of the package, measured on its source with :mod:`ast` (nothing imported):

- **no import cycle**: an arrow goes from a module to each module it imports, at module level
  or inside a function (a lazy import still runs). Not arrows: imports under
  ``if TYPE_CHECKING:`` (never run), and imports inside the lazy display hooks of
  :data:`DISPLAY_HOOKS` (IPython calls them to show an object; the model reaches the display
  through them only). Importing ``a.b.c`` also runs the ``__init__`` of ``a`` and ``a.b``:
  those implicit arrows to parent packages are left out (every module would otherwise import
  the package that re-exports it);
- **the model never imports the display at module level**: outside ``abs_nb/display/``, a
  module imports ``abs_nb.display`` inside a function only;
- **one name per module**: no two modules share a file name, none is named like a package
  or like ``abs_nb.edgar`` (the EDGAR client's public name), and no two differ by a plural
  ``s`` alone (``layout`` beside ``layouts``);
- **small modules**: none over :data:`MAX_LINES` lines;
- **tests named after what they test**: no test file is named after a review;
- **tests mirror the package**: every module ``abs_nb/<sub>/<stem>.py`` has its test module
  ``tests/<sub>/test_<stem>.py`` (leading and trailing underscores left out: ``_core.py`` ->
  ``test_core.py``, ``__main__.py`` -> ``test_main.py``; a package's ``__init__.py`` is
  exempt), and every test file is the mirror of a module or one of the cross-cutting suites of
  :data:`DECLARED_SUITES`.

``python tests/test_package_layout.py [ROOT]`` prints the measurements of a checkout.

>>> sorted(cycles({"a": {"b"}, "b": {"a"}, "c": {"a"}}))
[['a', 'b']]
>>> mirrored_test(Path("abs_nb/checks/_core.py")).as_posix(), mirrored_test(Path("abs_nb/__main__.py")).as_posix()
('tests/checks/test_core.py', 'tests/test_main.py')
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_LINES = 600
#: functions whose imports are lazy display hooks: IPython calls them to show an object or to
#: load the extension; they are the model's only way to the display
DISPLAY_HOOKS = ("_repr_", "_ipython_display_", "load_ipython_extension", "unload_ipython_extension")
#: names a module may not take: ``abs_nb.edgar`` is the EDGAR client's public name
RESERVED = {"edgar"}
#: test files (or folders, ending in ``/``) under ``tests/`` that test no single module, and why
DECLARED_SUITES = {
    "test_package_layout.py": "the house rules, measured on the source of the whole package",
    "test_build.py": "the compiled build (setup.py, mypyc) parses exactly as the pure-Python source",
    "test_notebooks_config.py": "the curated notebooks as stored (executed in order, portable)",
    "test_hostile_input.py": "hostile input end to end: every input ends as a Filing or an AbsNbError, none hangs",
    "test_properties.py": "property tests across number reading, tokenising, label normalising and damaged seeds",
    "test_misprints.py": "the seeds' misprints end to end: read by the parser, proven or refused by the checks",
    "test_real_world_inputs.py": "real-world shapes of a report end to end (8-K/A, revisions, page breaks, HTML)",
    "golden/": "hand-typed golden values of the seed filings, every table end to end",
    "real_documents/": "the real EDGAR documents of ../shared/corpus end to end (skipped when absent)",
    "synthetic/": "generated reports of known values in many layouts, and the parser's score on them",
    "handwritten/": "statements written by hand in layouts the corpus has no example of, scored against their answer keys",
    "browser/": "JupyterLab and the display themes in a real browser",
    "display/test_docstrings.py": "the display modules' docstring examples, run from the checkout's root",
    "sources/test_doctests.py": "the sources modules' docstring examples, run from the checkout's root",
    "display/test_saved_notebook.py": "a notebook run by a real Jupyter kernel and saved: progress and widgets in it",
    "edgar_client/test_fetch_command.py": "abs-nb fetch end to end, against this folder's EDGAR server on 127.0.0.1",
    "sources/test_corpus_documents.py": "every real document of ../shared/corpus read as a source (skipped when absent)",
    "sources/test_fuzz.py": "property tests: any bytes or text in, a SourceText or an AbsNbError out",
}


@dataclass(frozen=True)
class Import:
    """One import of a package module: by ``module``, of ``target``, at ``line``, inside
    function ``function`` (None at module level)."""

    module: str
    target: str
    line: int
    function: str | None


def modules(root: Path = ROOT) -> dict[str, Path]:
    """Every module of ``abs_nb`` by dotted name (a package by its ``__init__.py``)."""
    out = {}
    for path in sorted((root / "abs_nb").rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def imports(name: str, path: Path, known: dict[str, Path]) -> list[Import]:
    """The imports of package modules in one module (``from p import m`` of a module ``m``
    is an import of ``p.m``), TYPE_CHECKING blocks left out."""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found: list[Import] = []

    def walk(node: ast.AST, function: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking(child.test):
                for other in child.orelse:
                    walk_one(other, function)
            else:
                walk_one(child, function)

    def walk_one(node: ast.AST, function: str | None) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            walk(node, function or node.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                found.append(Import(name, alias.name, node.lineno, function))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package[: len(package) - (node.level - 1)]
                base = ".".join(up + ([node.module] if node.module else []))
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.append(Import(name, sub if sub in known else base, node.lineno, function))
        else:
            walk(node, function)

    walk(ast.parse(path.read_text(encoding="utf-8")), None)
    return [i for i in found if i.target in known and i.target != name]


def all_imports(root: Path = ROOT) -> list[Import]:
    """Every import between package modules."""
    known = modules(root)
    return [i for name, path in known.items() for i in imports(name, path, known)]


def _hook(function: str | None) -> bool:
    return function is not None and function.startswith(DISPLAY_HOOKS)


def graph(found: list[Import]) -> dict[str, set[str]]:
    """The import arrows that run: every import but those inside a display hook."""
    out: dict[str, set[str]] = {}
    for i in found:
        out.setdefault(i.target, set())
        if not _hook(i.function):
            out.setdefault(i.module, set()).add(i.target)
    return out


def cycles(arrows: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(arrows.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(arrows):
        if v not in index:
            visit(v)
    return out


def cycle_arrows(found: list[Import]) -> Iterator[str]:
    """Each import that closes a cycle, as ``module:line (function) -> target``."""
    for group in cycles(graph(found)):
        for i in found:
            if i.module in group and i.target in group and not _hook(i.function):
                yield f"{i.module}:{i.line} ({i.function or 'module level'}) -> {i.target}"


def display_at_module_level(found: list[Import]) -> list[str]:
    """Imports of ``abs_nb.display`` at module level by a module outside it."""
    return [f"{i.module}:{i.line} -> {i.target}" for i in found
            if i.function is None and (i.target + ".").startswith("abs_nb.display.")
            and not (i.module + ".").startswith("abs_nb.display.")]


def repeated_names(root: Path = ROOT) -> list[str]:
    """Module names taken twice: by two files, by a file and a package or a reserved name, or
    by two files differing only by a plural ``s``."""
    known = modules(root)
    files: dict[str, list[str]] = {}
    for name, path in known.items():
        if path.name != "__init__.py":
            files.setdefault(path.stem.lstrip("_").removesuffix("s"), []).append(name)
    packages = {path.parent.name for path in known.values() if path.name == "__init__.py"}
    out = [" ".join(sorted(v)) for v in files.values() if len(v) > 1]
    for name, path in known.items():
        if path.name != "__init__.py" and path.stem in packages | RESERVED:
            out.append(f"{name} (named like {'abs_nb.edgar' if path.stem in RESERVED else 'a package'})")
    return sorted(out)


def long_modules(root: Path = ROOT) -> dict[str, int]:
    """Modules over :data:`MAX_LINES` lines, with their line counts."""
    counts = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in modules(root).items()}
    return {name: n for name, n in counts.items() if n > MAX_LINES}


def review_named_tests(root: Path = ROOT) -> list[str]:
    """Test files named after a review rather than what they test."""
    return sorted(str(p.relative_to(root)) for p in (root / "tests").rglob("test_*review*.py"))


def mirrored_test(module: Path) -> Path:
    """The test module of ``module`` (a path ``abs_nb/...``), relative to the checkout."""
    parts = module.parts[1:]
    return Path("tests", *parts[:-1], f"test_{Path(parts[-1]).stem.strip('_')}.py")


def modules_without_mirrored_test(root: Path = ROOT) -> list[str]:
    """Modules whose test module (:func:`mirrored_test`) does not exist."""
    return sorted(name for name, path in modules(root).items()
                  if path.name != "__init__.py" and not (root / mirrored_test(path.relative_to(root))).is_file())


def _declared(rel: str) -> bool:
    return any(rel == name or (name.endswith("/") and rel.startswith(name)) for name in DECLARED_SUITES)


def unmirrored_test_files(root: Path = ROOT) -> list[str]:
    """Test files (``tests/**/test_*.py``) that mirror no module and are no declared suite (a
    package's ``__init__`` needs no test module, and may have one: ``test_init.py``)."""
    mirrors = {mirrored_test(path.relative_to(root)) for path in modules(root).values()}
    return sorted(rel for p in (root / "tests").rglob("test_*.py")
                  if p.relative_to(root) not in mirrors and not _declared(rel := p.relative_to(root / "tests").as_posix()))


def stale_declared_suites(root: Path = ROOT) -> list[str]:
    """Declared suites that are no longer there (the list stays the list of what exists)."""
    return sorted(name for name in DECLARED_SUITES if not (root / "tests" / name).exists())


def test_no_import_cycle():
    assert list(cycle_arrows(all_imports())) == []


def test_the_model_reaches_the_display_only_lazily():
    assert display_at_module_level(all_imports()) == []


def test_no_module_name_is_taken_twice():
    assert repeated_names() == []


def test_no_module_is_over_600_lines():
    assert long_modules() == {}


def test_no_test_file_is_named_after_a_review():
    assert review_named_tests() == []


def test_every_module_has_a_test_module_in_the_mirrored_folder():
    assert modules_without_mirrored_test() == []


def test_every_test_file_is_named_after_a_module_or_is_a_declared_suite():
    assert stale_declared_suites() == []
    assert unmirrored_test_files() == []


def test_the_mirror_rule_on_a_small_tree(tmp_path):
    for rel in ["abs_nb/__init__.py", "abs_nb/__main__.py", "abs_nb/top.py", "abs_nb/x/__init__.py", "abs_nb/x/_core.py",
                "abs_nb/x/done.py", "tests/test_main.py", "tests/x/test_core.py", "tests/test_done.py",
                "tests/golden/test_seed.py", "tests/x/_support.py"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("")
    # abs_nb.top has no test; abs_nb.x.done is tested in the wrong folder, which names no module
    assert modules_without_mirrored_test(tmp_path) == ["abs_nb.top", "abs_nb.x.done"]
    assert unmirrored_test_files(tmp_path) == ["test_done.py"]


def test_the_walk_finds_lazy_imports_and_leaves_out_type_checking(tmp_path):
    pkg = tmp_path / "abs_nb"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from abs_nb import b\n"
                              "def f():\n    from abs_nb.b import x\n")
    (pkg / "b.py").write_text("from . import a\nclass B:\n    def _repr_html_(self):\n        import abs_nb.c\n")
    (pkg / "c.py").write_text("import abs_nb.b\n")
    found = all_imports(tmp_path)
    assert [(i.module, i.target, i.function) for i in found] == [
        ("abs_nb.a", "abs_nb.b", "f"), ("abs_nb.b", "abs_nb.a", None),
        ("abs_nb.b", "abs_nb.c", "_repr_html_"), ("abs_nb.c", "abs_nb.b", None)]
    assert cycles(graph(found)) == [["abs_nb.a", "abs_nb.b"]]


def test_names_repeated_by_file_plural_or_package(tmp_path):
    for rel in ["abs_nb/__init__.py", "abs_nb/x/__init__.py", "abs_nb/x/x.py", "abs_nb/x/layout.py",
                "abs_nb/layouts.py", "abs_nb/y/__init__.py", "abs_nb/y/_html.py", "abs_nb/html.py"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("")
    assert repeated_names(tmp_path) == ["abs_nb.html abs_nb.y._html", "abs_nb.layouts abs_nb.x.layout",
                                        "abs_nb.x.x (named like a package)"]


if __name__ == "__main__":
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT
    found = all_imports(root)
    print("import cycles:", cycles(graph(found)))
    for arrow in cycle_arrows(found):
        print("  ", arrow)
    print("display imported at module level outside abs_nb/display:", display_at_module_level(found))
    print("repeated module names:", repeated_names(root))
    print(f"modules over {MAX_LINES} lines:", long_modules(root))
    print("test files named after a review:", review_named_tests(root))
    untested = modules_without_mirrored_test(root)
    print(f"modules without a test module in the mirrored folder ({len(untested)} of "
          f"{sum(p.name != '__init__.py' for p in modules(root).values())}):")
    for name in untested:
        print(f"   {name} -> {mirrored_test(modules(root)[name].relative_to(root)).as_posix()}")
    unnamed = unmirrored_test_files(root)
    print(f"test files named after no module and not declared ({len(unnamed)}):", " ".join(unnamed))
    print("declared suites no longer there:", stale_declared_suites(root))
