"""Build script: the parser and its checks compiled to C extensions with mypyc.

Everything else about the package is in ``pyproject.toml``. The modules listed in
``COMPILED`` are ordinary, type-checked Python; mypyc turns each into an extension module
that is imported in place of the ``.py`` file (about 2.3x fewer instructions per filing:
``benchmarks/bench_instructions.py`` against ``bench_instructions.py --pure``). The compiled and the pure-Python parser give
identical results (``tests/test_build.py``). The compiled build is optional:

- ``ABS_NB_PURE_PYTHON=1 pip install .`` installs the pure-Python package;
- without a C compiler, or if mypyc fails, the build says so and installs pure Python.
"""

from __future__ import annotations

import os
import sys

from setuptools import setup
from setuptools.command.build_ext import build_ext

COMPILED = [
    "abs_nb/sources/slash_pairs.py",
    "abs_nb/sources/figures_first.py",
    "abs_nb/parse/memo.py",
    "abs_nb/parse/records.py",
    "abs_nb/parse/text_lines.py",
    "abs_nb/parse/months.py",
    "abs_nb/parse/number_text.py",
    "abs_nb/parse/value_runs.py",
    "abs_nb/parse/tokens.py",
    "abs_nb/parse/clause_figures.py",
    "abs_nb/parse/line_shapes.py",
    "abs_nb/parse/layout.py",
    "abs_nb/parse/spelling.py",
    "abs_nb/parse/vocabulary.py",
    "abs_nb/parse/vocabulary_entry.py",
    "abs_nb/parse/typos.py",
    "abs_nb/parse/pieces.py",
    "abs_nb/parse/panes.py",
    "abs_nb/parse/notional_rows.py",
    "abs_nb/parse/count_rolls.py",
    "abs_nb/parse/identities.py",
    "abs_nb/parse/row_labels.py",
    "abs_nb/parse/per_1000_headings.py",
    "abs_nb/parse/grid.py",
    "abs_nb/parse/header_names.py",
    "abs_nb/parse/runs.py",
    "abs_nb/parse/role_column.py",
    "abs_nb/parse/per_1000_roles.py",
    "abs_nb/parse/per_1000_signs.py",
    "abs_nb/parse/roles.py",
    "abs_nb/parse/sum_search.py",
    "abs_nb/parse/class_interest.py",
    "abs_nb/parse/class_roles.py",
    "abs_nb/parse/structure.py",
    "abs_nb/parse/group_order.py",
    "abs_nb/parse/group_headings.py",
    "abs_nb/parse/groups.py",
    "abs_nb/parse/class_across.py",
    "abs_nb/parse/group_blocks.py",
    "abs_nb/parse/group_numbers.py",
    "abs_nb/parse/group_labels.py",
    "abs_nb/parse/two_line_status.py",
    "abs_nb/parse/statuses.py",
    "abs_nb/parse/delinquency.py",
    "abs_nb/parse/delinquency_names.py",
    "abs_nb/parse/delinquency_titled.py",
    "abs_nb/parse/delinquency_across.py",
    "abs_nb/parse/delinquency_grid.py",
    "abs_nb/parse/delinquency_matrix.py",
    "abs_nb/parse/status_columns.py",
    "abs_nb/parse/legend.py",
    "abs_nb/parse/class_block_kind.py",
    "abs_nb/parse/class_lines.py",
    "abs_nb/parse/class_paragraphs.py",
    "abs_nb/parse/class_prose.py",
    "abs_nb/parse/named_pairs.py",
    "abs_nb/parse/class_by_order.py",
    "abs_nb/parse/side_by_side.py",
    "abs_nb/parse/rows_below.py",
    "abs_nb/parse/summed_total.py",
    "abs_nb/parse/row_pairs.py",
    "abs_nb/parse/period_columns.py",
    "abs_nb/parse/pool_apart.py",
    "abs_nb/parse/pool_down.py",
    "abs_nb/parse/pool_prose.py",
    "abs_nb/parse/pool_rows.py",
    "abs_nb/parse/pool_runs.py",
    "abs_nb/parse/deal_lines.py",
    "abs_nb/parse/values.py",
    "abs_nb/parse/open_table.py",
    "abs_nb/parse/title_pane.py",
    "abs_nb/parse/group_panels.py",
    "abs_nb/parse/engine.py",
    "abs_nb/parse/cell_rows.py",
    "abs_nb/parse/label_above.py",
    "abs_nb/parse/cells.py",
    "abs_nb/parse/classes.py",
    "abs_nb/parse/subtotals.py",
    "abs_nb/parse/interest_net.py",
    "abs_nb/parse/parties.py",
    "abs_nb/parse/note_marks.py",
    "abs_nb/parse/rate_scale.py",
    "abs_nb/parse/loss_signs.py",
    "abs_nb/parse/assemble.py",
    "abs_nb/parse/labelled_names.py",
    "abs_nb/parse/meta.py",
    "abs_nb/parse/leftovers.py",
    "abs_nb/checks/_core.py",
    "abs_nb/checks/class_table.py",
    "abs_nb/checks/pool.py",
    "abs_nb/checks/overcollateralization.py",
    "abs_nb/checks/completeness.py",
    "abs_nb/checks/unread.py",
    "abs_nb/checks/interest.py",
    "abs_nb/checks/coverage.py",
    "abs_nb/checks/bounds.py",
]


def _warn(what: str, err: BaseException) -> None:
    print(f"abs_nb: {what} failed ({type(err).__name__}: {err}); installing the pure-Python parser",
          file=sys.stderr)


class OptionalBuildExt(build_ext):
    """A failed compile is a slower install, not a failed one. mypyc's extensions stand or
    fall together (each module's stub imports one shared library), so when any of them
    fails, none is kept: the package is then pure Python, never half compiled."""

    def build_extensions(self) -> None:
        try:
            super().build_extensions()
        except Exception as err:  # noqa: BLE001 - any compiler failure falls back to Python
            _warn("compiling the parser", err)
            for ext in self.extensions:
                built = self.get_ext_fullpath(ext.name)
                if os.path.exists(built):
                    os.remove(built)
            self.extensions = []  # nothing to copy in place or to put in the wheel


def _extensions() -> list:
    if os.environ.get("ABS_NB_PURE_PYTHON") == "1":
        return []
    try:
        from mypyc.build import mypycify

        return mypycify(COMPILED, opt_level="3", group_name="abs_nb_native")
    except (Exception, SystemExit) as err:  # noqa: BLE001 - mypyc missing or a type error: pure Python
        _warn("mypyc", err)
        return []


if __name__ == "__main__":  # as setuptools runs it; tests import OptionalBuildExt alone
    setup(ext_modules=_extensions(), cmdclass={"build_ext": OptionalBuildExt})
