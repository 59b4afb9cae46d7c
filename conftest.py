"""Top-level pytest configuration: doctests of the package run with the tests, a stale
compiled parser is refused before any test runs, and the tests that need the real EDGAR
run only when asked for (``pytest -m network``)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).parent


def _source_of(so: Path) -> Path:
    """``engine.cpython-311-x86_64-linux-gnu.so`` -> ``engine.py`` beside it."""
    return so.with_name(so.name.split(".", 1)[0] + ".py")


# A compiled module is imported from its extension, so pytest cannot collect the doctests of
# its .py file here; tests/test_build.py runs those doctests on a pure-Python copy.
collect_ignore = ["abs_nb/__main__.py", "setup.py"] + sorted(
    str(_source_of(so).relative_to(ROOT)) for so in (ROOT / "abs_nb").rglob("*.so")
)


def stale_compiled_modules(package: Path) -> list[str]:
    """Compiled modules (``setup.py``) older than their ``.py`` source: Python would import
    the old compiled code, and the tests would test it instead of the source."""
    stale = []
    for so in package.rglob("*.so"):
        source = _source_of(so)
        if source.exists() and source.stat().st_mtime > so.stat().st_mtime:
            stale.append(str(source.relative_to(package.parent)))
    return sorted(stale)


def pytest_configure(config: pytest.Config) -> None:
    stale = stale_compiled_modules(ROOT / "abs_nb")
    if stale:
        raise pytest.UsageError(
            f"compiled modules are older than their sources: {', '.join(stale)}; rebuild them with "
            "`make venv` (or `pip install -e .`), or set ABS_NB_PURE_PYTHON=1 when installing"
        )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``network`` talk to the real EDGAR: skipped unless ``-m`` names them."""
    if "network" in (config.getoption("markexpr") or ""):
        return
    skip = pytest.mark.skip(reason="talks to the real EDGAR: run `pytest -m network` with ABS_NB_EDGAR_IDENTITY set")
    for item in items:
        if item.get_closest_marker("network") is not None:
            item.add_marker(skip)
