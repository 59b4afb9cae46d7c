"""Tiny HTML builders with inline styles only (no ``<style>``, no ``<script>``, no URLs).

Plain ``str`` content is always escaped; only :class:`Html` (markup built here) passes
through. That makes "escape every string from a filing" the default instead of a habit.

>>> str(table([["class", Cell("balance", right=True)]], [["<A-1>", Cell("1.00", right=True)]]))[:73]
'<div style="overflow-x:auto;max-width:100%"><table style="border-collapse'
>>> "&lt;A-1&gt;" in table([["class"]], [["<A-1>"]])
True
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from abs_nb.display._format import MISPRINT_BACKGROUND, STATUS_COLOURS, esc


class Html(str):
    """A string of markup that is already safe (built by this package): not escaped again."""

    __slots__ = ()


def content(value: object) -> Html:
    """``value`` as markup: :class:`Html` as is, anything else escaped."""
    return value if isinstance(value, Html) else Html(esc(value))


FONT = ("-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif")
MONO = "ui-monospace,SFMono-Regular,Menlo,Consolas,'Liberation Mono',monospace"

# Colours are JupyterLab's theme variables with light fallbacks: in JupyterLab (light or
# dark) the card takes the theme's text and background colours; anywhere else (GitHub,
# nbviewer, VS Code, a browser) the fallbacks give the light card. Every text colour is set
# together with the background it stands on (the root, each row), so a theme's own row
# colours never leave dark text on a dark row. Tints (highlights, misprints) are translucent
# so the theme's background shows through and its text colour keeps its contrast.
FG = "var(--jp-content-font-color1, #1f2937)"
FG_STRONG = "var(--jp-content-font-color0, #111827)"
FG_MUTED = "var(--jp-content-font-color2, #4b5563)"
BG = "var(--jp-layout-color0, #ffffff)"
BG_HEAD = "var(--jp-layout-color2, #f3f4f6)"
BG_CODE = "var(--jp-layout-color1, #fafafa)"
BORDER = "var(--jp-border-color2, #e5e7eb)"
BORDER_STRONG = "var(--jp-border-color1, #9ca3af)"

ROOT = (f"font-family:{FONT};font-size:13px;color:{FG};background:{BG};line-height:1.4;"
        "padding:4px 2px;max-width:100%;box-sizing:border-box")
TABLE = (f"border-collapse:collapse;font-family:{FONT};font-size:12px;color:{FG};background:{BG};"
         "margin:2px 0 10px 0")
ROW = f"background:{BG};color:{FG}"
TH = (f"padding:3px 8px;border-bottom:2px solid {BORDER_STRONG};background:{BG_HEAD};color:{FG_STRONG};"
      "font-weight:600;white-space:nowrap;vertical-align:bottom")
TD = f"padding:2px 8px;border-bottom:1px solid {BORDER};white-space:nowrap;vertical-align:top"
RIGHT = "text-align:right;font-variant-numeric:tabular-nums"
LEFT = "text-align:left"
H3 = f"font-size:14px;font-weight:600;margin:12px 0 4px 0;color:{FG_STRONG}"
MUTED = f"color:{FG_MUTED}"


@dataclass(frozen=True)
class Cell:
    """One table cell: its content, alignment and extra inline style."""

    value: object
    right: bool = False
    style: str = ""
    colspan: int = 1
    title: str | None = None


CellLike = Cell | str | Html


def _cell(tag: str, c: CellLike, base: str) -> str:
    if not isinstance(c, Cell):
        c = Cell(c)
    style = ";".join(s for s in (base, RIGHT if c.right else LEFT, c.style) if s)
    span = f' colspan="{c.colspan}"' if c.colspan > 1 else ""
    title = f' title="{esc(c.title)}"' if c.title else ""
    return f'<{tag} style="{style}"{span}{title}>{content(c.value)}</{tag}>'


def table(
    header_rows: Sequence[Sequence[CellLike]],
    rows: Iterable[Sequence[CellLike]],
    *,
    id: str | None = None,
    row_styles: Sequence[str] | None = None,
    attrs: dict[str, str] | None = None,
) -> Html:
    """A ``<table>``: header rows of ``<th>``, body rows of ``<td>``, each row optionally styled.

    ``attrs`` adds ``data-*`` style attributes to the ``<table>`` tag (values escaped).
    """
    out = ['<div style="overflow-x:auto;max-width:100%">', f'<table style="{TABLE}"']
    if id:
        out.append(f' id="{esc(id)}"')
    for k, v in (attrs or {}).items():
        out.append(f' {k}="{esc(v)}"')
    out.append("><thead>")
    for hr in header_rows:
        out.append(f'<tr style="{ROW}">' + "".join(_cell("th", c, TH) for c in hr) + "</tr>")
    out.append("</thead><tbody>")
    for i, r in enumerate(rows):
        rs = row_styles[i] if row_styles and i < len(row_styles) and row_styles[i] else ""
        tr = f'<tr style="{ROW};{rs}">' if rs else f'<tr style="{ROW}">'
        out.append(tr + "".join(_cell("td", c, TD) for c in r) + "</tr>")
    out.append("</tbody></table></div>")
    return Html("".join(out))


def section(title: str, body: str, *, id: str | None = None, note: str | None = None) -> Html:
    """A titled block (``<div>`` with an ``<h3>``-like heading)."""
    ident = f' id="{esc(id)}"' if id else ""
    head = f'<div style="{H3}">{content(title)}'
    if note:
        head += f' <span style="{MUTED};font-weight:400;font-size:12px">{content(note)}</span>'
    head += "</div>\n"  # the newline keeps the title a separate word in the text content
    return Html(f"<div{ident}>{head}{content(body)}</div>")


def badge(status: str) -> Html:
    """A coloured check-status label (fail red, warn amber, repaired blue, pass green).

    >>> "#dc2626" in badge("fail")
    True
    """
    fg, bg, border = STATUS_COLOURS.get(status, ("#374151", "#f3f4f6", "#9ca3af"))
    return Html(
        f'<span style="display:inline-block;padding:0 6px;border-radius:3px;font-size:11px;'
        f'font-weight:600;color:{fg};background:{bg};border:1px solid {border}">{esc(status)}</span>'
    )


def tag(text: str, *, colour: str = "#4b5563", background: str = "#f3f4f6") -> Html:
    """A small grey (or coloured) marker such as ``notional`` or ``misprint``."""
    return Html(
        f'<span style="display:inline-block;padding:0 4px;border-radius:3px;'
        f'font-size:10px;color:{colour};background:{background};border:1px solid #d1d5db">'
        f"{esc(text)}</span>"
    )


def misprint_tag() -> Html:
    """The marker of a check about how a figure is printed."""
    return tag("misprint", colour="#713f12", background=MISPRINT_BACKGROUND)


def div(body: str, *, id: str | None = None, style: str = "", cls: str | None = None) -> Html:
    """A ``<div>`` around markup (plain strings escaped)."""
    ident = f' id="{esc(id)}"' if id else ""
    klass = f' class="{esc(cls)}"' if cls else ""
    st = f' style="{style}"' if style else ""
    return Html(f"<div{ident}{klass}{st}>{content(body)}</div>")


def span(body: object, style: str = "") -> Html:
    """A ``<span>`` (plain strings escaped)."""
    st = f' style="{style}"' if style else ""
    return Html(f"<span{st}>{content(body)}</span>")


def join(parts: Iterable[object], sep: str = "") -> Html:
    """Concatenate markup, escaping plain strings."""
    return Html(content(sep).join(content(p) for p in parts))
