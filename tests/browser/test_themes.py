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
