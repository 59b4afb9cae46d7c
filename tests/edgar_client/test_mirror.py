"""abs_nb.edgar_client.mirror: a folder of EDGAR-shaped files served on 127.0.0.1; and the
curated notebooks' mirror folder, rebuilt by ``python -m tests.edgar_client.mirror_files``."""

from __future__ import annotations


def test_the_notebooks_mirror_is_what_mirror_files_writes(tmp_path):
    """notebooks/edgar_mirror/ is rebuilt by `python -m tests.edgar_client.mirror_files`:
    the stored files are that build's, to the byte."""
    from tests.edgar_client.mirror_files import NOTEBOOK_MIRROR, seed_filers, write_mirror

    fresh = write_mirror(tmp_path / "m", seed_filers())
    stored = {p.relative_to(NOTEBOOK_MIRROR): p.read_bytes() for p in NOTEBOOK_MIRROR.rglob("*") if p.is_file()}
    built = {p.relative_to(fresh): p.read_bytes() for p in fresh.rglob("*") if p.is_file()}
    assert stored == built
