"""IPython extension: ``%load_ext abs_nb`` adds the abs_nb magics.

============================  ===========================================================
``%abs_load PATH [--as N]``   load a report, keep it as ``N`` (default ``filing``), show it
``%abs_check PATH``           show only the checks: summary line and the non-pass checks
``%%abs [--as N]``            parse the report text pasted in the cell; keep it as ``_abs``
``%abs_compare NAMES/GLOBS``  compare filings kept in variables and/or files matching globs
============================  ===========================================================

The magics are thin: parsing is :func:`abs_nb.load`, HTML is :mod:`abs_nb.display.filing_html`.
An :class:`abs_nb.AbsNbError` (a file that is missing, empty, binary, not a report, ...)
prints one line, ``abs_nb: <what was expected, what was found, where>``, not a traceback:
in the magics, and (once the extension is loaded) anywhere in the notebook, through an
IPython custom exception handler (``abs_nb.load("typo.txt")`` says ``no such file`` and
the current folder; a folder name points to ``load_many``). Other exceptions keep their
usual traceback.
Loading twice (or ``%reload_ext abs_nb``) replaces the magics instead of adding them again;
``%unload_ext abs_nb`` removes exactly the magics this module added.

>>> from IPython.core.interactiveshell import InteractiveShell
>>> ip = InteractiveShell.instance()
>>> load_ipython_extension(ip)
>>> sorted(n for n in ip.magics_manager.magics["line"] if n.startswith("abs_"))
['abs_check', 'abs_compare', 'abs_load']
>>> unload_ipython_extension(ip)
>>> "abs_load" in ip.magics_manager.magics["line"]
False
"""

from __future__ import annotations

import os
import shlex
import sys
from typing import Any

from IPython.core.magic import Magics, cell_magic, line_magic, magics_class
from IPython.core.magic_arguments import argument, magic_arguments, parse_argstring
from IPython.display import display

import abs_nb
from abs_nb.corpus.load_engines import expand
from abs_nb.display.filing_html import checks_mimebundle

__all__ = ["AbsNbMagics", "load_ipython_extension", "unload_ipython_extension", "MAGIC_NAMES",
           "COMPARE_NOT_AVAILABLE"]

MAGIC_NAMES: dict[str, tuple[str, ...]] = {
    "line": ("abs_load", "abs_check", "abs_compare"),
    "cell": ("abs",),
}

COMPARE_NOT_AVAILABLE = (
    "abs_nb: %abs_compare is not available yet (this abs_nb has no abs_nb.compare). "
    "For now, load each filing with %abs_load PATH --as NAME and put their figures side by "
    "side with pandas, e.g. pd.concat({'a': a.metrics, 'b': b.metrics}, axis=1)."
)


def _unquote(path: str) -> str:
    """IPython's argument splitter keeps quotes (``"a b.txt"``); a path does not want them."""
    if len(path) >= 2 and path[0] == path[-1] and path[0] in "\"'":
        return path[1:-1]
    return path


def readable(e: BaseException) -> str:
    """The one line a person reads for an abs_nb error: a missing path says ``no such file``
    and the current folder; a folder says to use ``load_many``; others their own message.

    >>> from abs_nb.errors import InputError
    >>> readable(InputError("a file", "a directory", source="filings"))
    "'filings' is a folder: abs_nb.load reads one report; abs_nb.load_many('filings') reads every report in it"
    >>> readable(InputError("a file at 'x.txt'", "no such file", source="x.txt")).split(" (")[0]
    "no such file: 'x.txt'"
    """
    found = str(getattr(e, "found", ""))
    source = getattr(e, "source", None)
    if isinstance(e, abs_nb.errors.InputError) and source is not None:
        if found.startswith("no such file"):
            return f"no such file: {source!r} (current folder: {os.getcwd()})"
        if found == "a directory":
            return (f"{source!r} is a folder: abs_nb.load reads one report; "
                    f"abs_nb.load_many({source!r}) reads every report in it")
    return str(e)


def _error(e: BaseException) -> None:
    """One line on stderr instead of a traceback."""
    from abs_nb.untrusted import terminal_text

    print(terminal_text(f"abs_nb: {readable(e)}"), file=sys.stderr)


def _short_traceback(shell: Any, etype: type, value: BaseException, tb: Any, tb_offset: int | None = None) -> list[str]:
    """IPython custom exception handler: an AbsNbError shows as one line, no traceback."""
    stb = [f"{etype.__name__}: {readable(value)}"]
    shell._showtraceback(etype, value, stb)
    return stb


@magics_class
class AbsNbMagics(Magics):
    """The ``%abs_*`` line magics and the ``%%abs`` cell magic."""

    def _load(self, path: str) -> Any:
        try:
            return abs_nb.load(_unquote(path))
        except (abs_nb.AbsNbError, OSError) as e:
            _error(e)
            return None

    @magic_arguments()
    @argument("path", help="the report file (.txt, EDGAR full submission or HTML exhibit)")
    @argument("--as", dest="name", default="filing", help="the variable to keep it in (default: filing)")
    @line_magic
    def abs_load(self, line: str) -> None:
        """Load a distribution report, keep it in the namespace and display it."""
        args = parse_argstring(self.abs_load, line)
        if not args.name.isidentifier():
            _error(ValueError(f"--as needs a Python name, found {args.name!r}"))
            return
        f = self._load(args.path)
        if f is None:
            return
        self.shell.user_ns[args.name] = f
        display(f)

    @magic_arguments()
    @argument("path", help="the report file")
    @line_magic
    def abs_check(self, line: str) -> None:
        """Display the checks of a report: the summary line and every check that did not pass."""
        args = parse_argstring(self.abs_check, line)
        f = self._load(args.path)
        if f is not None:
            display(checks_mimebundle(f), raw=True)

    @magic_arguments()
    @argument("--as", dest="name", default="_abs", help="the variable to keep it in (default: _abs)")
    @cell_magic
    def abs(self, line: str, cell: str) -> None:
        """Parse the report text pasted in the cell body, keep it as ``_abs`` and display it."""
        args = parse_argstring(self.abs, line)
        if not args.name.isidentifier():
            _error(ValueError(f"--as needs a Python name, found {args.name!r}"))
            return
        try:
            f = abs_nb.load_text(cell, name="<%%abs cell>")
        except abs_nb.AbsNbError as e:
            _error(e)
            return
        self.shell.user_ns[args.name] = f
        display(f)

    @line_magic
    def abs_compare(self, line: str) -> None:
        """Compare filings given as variable names or path globs (needs ``abs_nb.compare``)."""
        compare = getattr(abs_nb, "compare", None)
        if not callable(compare):
            print(COMPARE_NOT_AVAILABLE)
            return
        try:
            words = shlex.split(line)  # "a b.txt" is one path, without its quotes
        except ValueError as e:
            _error(ValueError(f"%abs_compare: {e} in {line!r}"))
            return
        items: list[Any] = []
        for word in words:
            if word in self.shell.user_ns:
                items.append(self.shell.user_ns[word])
                continue
            paths = expand(word) or [word]  # a file as it is, a folder's files, a glob's matches
            for p in paths:
                f = self._load(p)
                if f is None:
                    return
                items.append(f)
        if not items:
            print("abs_nb: %abs_compare needs filings: variable names or paths/globs")
            return
        try:
            display(compare(*items))
        except abs_nb.AbsNbError as e:
            _error(e)


def _ours(func: Any) -> bool:
    owner = getattr(func, "__self__", None)
    return type(owner).__name__ == AbsNbMagics.__name__ and type(owner).__module__ == __name__


def load_ipython_extension(ip: Any) -> None:
    """Register the magics on shell ``ip`` (replacing an earlier registration of ours)."""
    unload_ipython_extension(ip)
    ip.register_magics(AbsNbMagics(shell=ip))
    if not getattr(ip, "custom_exceptions", ()):  # never replace another extension's handler
        ip.set_custom_exc((abs_nb.AbsNbError,), _short_traceback)


def unload_ipython_extension(ip: Any) -> None:
    """Remove the magics this module registered (and nothing else)."""
    mm = ip.magics_manager
    for kind, names in MAGIC_NAMES.items():
        table = mm.magics.get(kind, {})
        for name in names:
            if name in table and _ours(table[name]):
                del table[name]
    if tuple(getattr(ip, "custom_exceptions", ())) == (abs_nb.AbsNbError,):
        ip.set_custom_exc((), None)
    reg = mm.registry.get(AbsNbMagics.__name__)
    if reg is not None and type(reg).__module__ == __name__:
        del mm.registry[AbsNbMagics.__name__]
