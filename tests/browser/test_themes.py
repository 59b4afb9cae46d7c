"""The filing card and the explorer in JupyterLab light and JupyterLab Dark (issue #16, 1 2 4 5).

In a real JupyterLab in headless Chromium, for each theme: every piece of text in the card
and in the explorer's panels stands out from the background it is drawn on (WCAG contrast
ratio >= 4.5:1, computed from the colours the browser applied, translucent layers blended),
and nothing in the card (its "more columns" toggle opened too) reaches beyond a 1,100 px
column. Screenshots at 1,100 and 1,400 px go to ``$ABS_NB_SCREENSHOTS`` (a folder) when
set, else to the test's temporary folder; they are printed for a person to look at.
"""

from __future__ import annotations

import json
import os
import re
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

SEED = "000_2d551bf597d89db6.txt"  # a fail, a warn, a misprint, notional classes
CARD_ID = "abs-nb-2003-he2-2003-10-15"
COLUMN = 1100  # px: the notebook column the card must fit
MIN_CONTRAST = 4.5
THEMES = {"light": "JupyterLab Light", "dark": "JupyterLab Dark"}

PAGE_LOAD = 60_000
KERNEL_IDLE = 90_000
RUN_ALL = 180_000
UI = 20_000

# (text, tag, contrast ratio, colour, background) of every element with text of its own
CONTRAST_JS = """
(root) => {
  const parse = c => {
    const m = c && c.match(/rgba?\\(([^)]+)\\)/);
    if (!m) return null;
    const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(parseFloat);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const over = (top, bottom) => {
    const a = top[3];
    return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat([1]);
  };
  const bgOf = el => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
    }
    let base = [255, 255, 255, 1];
    for (let i = layers.length - 1; i >= 0; i--) base = over(layers[i], base);
    return base;
  };
  const lum = c => {
    const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
  };
  const out = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.closest('svg')) continue;
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const bg = bgOf(el);
    const fg = over(parse(getComputedStyle(el).color), bg);
    const a = lum(fg), b = lum(bg);
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    out.push([el.textContent.trim().slice(0, 50), el.tagName, ratio, getComputedStyle(el).color,
              'rgb(' + bg.slice(0, 3).map(Math.round).join(',') + ')']);
  }
  return out;
}
"""

# elements of the card whose right edge passes the column, and scroll boxes that scroll
OVERFLOW_JS = """
([card, column]) => {
  const host = card.parentElement;
  host.style.width = column + 'px';
  host.style.maxWidth = column + 'px';
  for (const d of card.querySelectorAll('details')) d.open = true;
  const left = host.getBoundingClientRect().left;
  const out = [];
  for (const el of [card, ...card.querySelectorAll('*')]) {
    const r = el.getBoundingClientRect();
    if (r.width === 0) continue;
    if (r.right > left + column + 0.5) out.push(el.tagName + ' right edge at ' + Math.round(r.right - left) + ': '
                                              + el.textContent.trim().slice(0, 60));
    if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
      out.push(el.tagName + ' scrolls: ' + el.scrollWidth + ' > ' + el.clientWidth + ': '
               + el.textContent.trim().slice(0, 60));
  }
  for (const d of card.querySelectorAll('details')) d.open = false;
  host.style.width = ''; host.style.maxWidth = '';
  return out;
}
"""


def _notebook(path: Path) -> None:
    cells = [
        f"import abs_nb\nf = abs_nb.load('../sample_filings/{SEED}')\nf",
        "app = f.explore()\napp",
        "c = abs_nb.load_many('../sample_filings/*.txt', workers=1)",
    ]
    nb = {
        "cells": [{"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
                   "source": src} for src in cells],
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
        "nbformat": 4, "nbformat_minor": 5,
    }
    path.write_text(json.dumps(nb, indent=1), encoding="utf-8")


def _set_theme(lab, theme: str) -> None:  # noqa: ANN001
    """Choose the theme through JupyterLab's settings API (what Settings > Theme does)."""
    url = f"{lab.url}/lab/api/settings/@jupyterlab/apputils-extension:themes?token={lab.token}"
    body = json.dumps({"raw": json.dumps({"theme": theme})}).encode()
    req = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        assert r.status in (200, 204), r.status


def _shots_dir(tmp_path: Path) -> Path:
    d = Path(os.environ.get("ABS_NB_SCREENSHOTS") or tmp_path)
    d.mkdir(parents=True, exist_ok=True)
    return d


@pytest.mark.parametrize("theme", list(THEMES))
def test_card_and_explorer_read_in_the_theme_and_fit_the_column(lab, chromium_path, chromium_args,  # noqa: ANN001
                                                                  tmp_path, capsys, theme):
    from playwright.sync_api import expect, sync_playwright

    _notebook(lab.root / "notebooks" / "theme-check.ipynb")
    _set_theme(lab, THEMES[theme])
    shots = _shots_dir(tmp_path)
    taken: list[Path] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path, args=chromium_args, timeout=60_000)
        try:
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            context.set_default_timeout(UI)
            page = context.new_page()
            page.goto(lab.notebook_url("notebooks/theme-check.ipynb"), wait_until="domcontentloaded",
                      timeout=PAGE_LOAD)
            page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=PAGE_LOAD)
            expect(page.locator("body")).to_have_attribute("data-jp-theme-name", THEMES[theme], timeout=UI)
            status = page.locator("#jp-main-statusbar")
            expect(status).to_contain_text(re.compile(r"\|\s*Idle"), timeout=KERNEL_IDLE)
            # the notebook column as wide as the window allows: the file browser closed
            current = page.locator(".jp-SideBar.jp-mod-left .lm-TabBar-tab.lm-mod-current")
            if current.count():
                current.first.click()
            page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
            page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$")).click()
            nb = page.locator(".jp-NotebookPanel:visible .jp-Notebook")
            expect(nb.locator(".jp-CodeCell .jp-InputPrompt").last).to_have_text(re.compile(r"\[\d+\]"),
                                                                                 timeout=RUN_ALL)
            expect(status).to_contain_text(re.compile(r"\|\s*Idle"), timeout=RUN_ALL)

            card = nb.locator(f'[id="{CARD_ID}"]').first
            expect(card).to_be_visible(timeout=UI)
            explore = nb.locator(".abs-nb-explore").first
            expect(explore.locator(".abs-nb-class-chart svg").first).to_be_visible(timeout=UI)

            # 1. every text reads against its background, in the card and the explorer's panels
            low = [r for r in card.evaluate(CONTRAST_JS) if r[2] < MIN_CONTRAST]
            assert not low, f"{theme}: text below {MIN_CONTRAST}:1 in the card:\n" + "\n".join(map(str, low[:20]))
            panels = explore.locator(".widget-html-content")
            for i in range(panels.count()):
                low = [r for r in panels.nth(i).evaluate(CONTRAST_JS) if r[2] < MIN_CONTRAST]
                assert not low, f"{theme}: text below {MIN_CONTRAST}:1 in the explorer:\n" + "\n".join(
                    map(str, low[:20]))

            # 2. nothing in the card passes a 1,100 px column, the toggle's table included
            over = page.evaluate(OVERFLOW_JS, [card.element_handle(), COLUMN])
            assert not over, f"{theme}: the card does not fit {COLUMN} px:\n" + "\n".join(over[:20])

            if theme == "light":
                _explorer_layout(page, explore, expect)
                _saved_notebook(page, lab)

            # screenshots for a person to look at: the card and the explorer at two widths
            for width in (1100, 1400):
                page.set_viewport_size({"width": width, "height": 2800})  # tall: one shot each
                page.wait_for_timeout(400)
                for name, loc in (("card", card), ("explore", explore)):
                    path = shots / f"{theme}-{width}-{name}.png"
                    loc.scroll_into_view_if_needed()
                    loc.screenshot(path=str(path), timeout=UI)
                    taken.append(path)
        finally:
            browser.close()
            with capsys.disabled():
                for p in taken:
                    print(f"\n[browser] screenshot: {p}", end="")
    assert len(taken) == 4


def _explorer_layout(page, explore, expect) -> None:  # noqa: ANN001
    """Item 4: pickers on one row where they apply, whole tab titles, chart beside the
    detail, the source opened at the highlighted lines."""
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.wait_for_timeout(300)
    cls = explore.locator(".abs-nb-class-select").first
    grp = explore.locator(".abs-nb-group-select").first
    tabs = explore.locator(".lm-TabBar-tab")
    expect(cls).to_be_visible()
    expect(grp).to_be_hidden()  # the Classes tab follows the class only
    # every tab title whole
    cut = tabs.evaluate_all("ts => ts.map(t => t.querySelector('.lm-TabBar-tabLabel'))"
                            ".filter(l => l.scrollWidth > l.clientWidth + 1).map(l => l.textContent)")
    assert not cut, f"tab titles cut: {cut}"
    # the chart beside the class detail, not under it
    d = explore.locator(".abs-nb-class-detail").first.bounding_box()
    c = explore.locator(".abs-nb-class-chart").first.bounding_box()
    assert d and c and c["x"] >= d["x"] + d["width"] - 1 and abs(c["y"] - d["y"]) < 40, (d, c)
    # Collateral: the group picker on the same row as where the class picker was
    tabs.filter(has_text="Collateral").first.click()
    expect(grp).to_be_visible()
    expect(cls).to_be_hidden()
    label = grp.locator("label").first.bounding_box()
    box = grp.locator("select").first.bounding_box()
    assert label and box and abs(label["y"] + label["height"] / 2 - (box["y"] + box["height"] / 2)) < 6
    assert label["x"] < box["x"], "the Group label is not left of its picker"
    # Source: the highlighted lines are in view without scrolling
    tabs.filter(has_text="Source").first.click()
    pre = explore.locator(".abs-nb-source pre[id]").first
    expect(pre).to_be_visible()
    seen = pre.evaluate("p => { const m = p.querySelector('[data-line]'); const a = p.getBoundingClientRect();"
                        " const b = m.getBoundingClientRect(); return [p.scrollTop, b.top - a.top, a.height]; }")
    assert seen[0] == 0 and 0 <= seen[1] < seen[2], f"first highlighted line out of view: {seen}"
    tabs.filter(has_text="Classes").first.click()


def _saved_notebook(page, lab) -> None:  # noqa: ANN001
    """Item 5: saved from the browser, the notebook holds a finished load_many line and the
    explorer's static card (what GitHub and nbviewer show)."""
    path = lab.root / "notebooks" / "theme-check.ipynb"
    before = path.stat().st_mtime
    page.locator(".jp-NotebookPanel:visible .jp-Notebook").first.click()
    page.keyboard.press("Control+s")
    for _ in range(100):
        if path.stat().st_mtime != before:
            break
        page.wait_for_timeout(100)
    page.wait_for_timeout(300)
    nb = json.loads(path.read_text(encoding="utf-8"))
    outs = [o for cell in nb["cells"] for o in cell.get("outputs", [])]
    explorer = [o for o in outs if "application/vnd.jupyter.widget-view+json" in o.get("data", {})]
    assert explorer and f'id="{CARD_ID}-explorer"' in "".join(explorer[0]["data"]["text/html"])
    progress = [o for o in outs if "".join(o.get("data", {}).get("text/plain", "")).startswith("abs_nb: ")]
    assert len(progress) == 1, progress
    assert "".join(progress[0]["data"]["text/plain"]).startswith("abs_nb: 3 files read in ")
