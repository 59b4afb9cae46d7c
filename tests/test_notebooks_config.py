"""The curated notebooks as stored: executed top to bottom, portable, and stable for nbval.

`make test` re-runs them with nbval and compares outputs; these checks catch what nbval
cannot: a notebook saved half-run or out of order, outputs that mention this machine (temp
dirs, absolute paths, memory addresses), random cell ids that churn every save.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
EXPECTED = {"01-quickstart.ipynb", "02-data-quality.ipynb", "03-compare-deals.ipynb", "04-deal-history.ipynb",
            "05-from-edgar.ipynb"}

MACHINE_SPECIFIC = [
    (re.compile(r"/tmp/|/var/folders/|\\AppData\\|/home/|/root/|/Users/"), "a machine-specific path"),
    (re.compile(re.escape(str(ROOT))), "the checkout's absolute path"),
    (re.compile(r"\b0x[0-9a-f]{6,}\b"), "a memory address"),
    (re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}"), "a timestamp"),
]


def _outputs_text(cell: dict) -> str:
    parts = []
    for out in cell.get("outputs", []):
        if "text" in out:
            parts.append("".join(out["text"]) if isinstance(out["text"], list) else out["text"])
        for mime, data in out.get("data", {}).items():
            if mime.startswith("image/") or mime.endswith("+json"):
                continue
            parts.append("".join(data) if isinstance(data, list) else str(data))
    return "\n".join(parts)


def test_the_curated_notebooks_are_there():
    assert EXPECTED <= {p.name for p in NOTEBOOKS}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_is_stored_executed_and_portable(path: Path):
    import nbformat

    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.get("kernelspec", {}).get("name") == "python3"

    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, "no code cells"
    counts = [c.execution_count for c in code]
    assert counts == list(range(1, len(code) + 1)), (
        f"cells not executed once, top to bottom (execution counts {counts}): run `make notebooks`"
    )
    for c in nb.cells:
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]{2,63}", c.get("id", "")), (
            f"cell id {c.get('id')!r} is not a fixed readable id"
        )
        assert not re.fullmatch(r"[0-9a-f]{8}(-?[0-9a-f]{4}){3}-?[0-9a-f]{12}|[0-9a-f]{32}", c["id"])
    assert len({c.id for c in nb.cells}) == len(nb.cells), "duplicate cell ids"

    for c in code:
        assert "execution" not in c.metadata, f"cell {c.id} stores execution timestamps (record_timing)"
        for out in c.outputs:
            assert out.output_type != "error", f"cell {c.id} stored an error: {out.get('ename')}"
            assert not (out.output_type == "stream" and out.name == "stderr"), (
                f"cell {c.id} stored stderr: {''.join(out.text)[:300]}"
            )
        text = _outputs_text(c)
        for pattern, what in MACHINE_SPECIFIC:
            m = pattern.search(text)
            assert not m, f"cell {c.id}: output contains {what}: {m.group(0)!r}"
        src = c.source
        assert "sample_filings/" not in src or "../sample_filings/" in src, (
            f"cell {c.id}: read sample filings relative to the notebook folder (../sample_filings/)"
        )
