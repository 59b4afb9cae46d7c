"""Open the quickstart notebook in JupyterLab in headless Chromium, run it, use the widget.

What a user sees: the static HTML class table, an SVG chart inside ``f.explore()``, and the
detail view following the class dropdown; and no request leaves the machine (Altair charts
are drawn offline, nothing is fetched from a CDN).
"""

from __future__ import annotations

import re
import time
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

NOTEBOOK = "notebooks/01-quickstart.ipynb"
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
LOCAL_SCHEMES = {"data", "blob", "about", "chrome-error"}

# bounded waits (milliseconds)
PAGE_LOAD = 60_000
KERNEL_IDLE = 90_000
RUN_ALL = 180_000
UI = 20_000


def _is_local(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in LOCAL_SCHEMES:
        return True
    return parts.hostname in LOCAL_HOSTS


def test_quickstart_runs_in_jupyterlab(lab, chromium_path, chromium_args, tmp_path, capsys):  # noqa: ANN001
    from playwright.sync_api import expect, sync_playwright

    started = time.monotonic()
    requests: list[str] = []
    console_errors: list[str] = []
    screenshot = tmp_path / "jupyterlab-quickstart.png"
    chart_shot = tmp_path / "explore-class-chart.png"

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=chromium_path,
            args=chromium_args,  # Playwright gives every launch a fresh temporary profile
            timeout=60_000,
        )
        try:
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            context.set_default_timeout(UI)
            context.on("request", lambda req: requests.append(req.url))
            page = context.new_page()
            page.on("websocket", lambda ws: requests.append(ws.url))
            page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)

            try:
                chart = _run(page, lab, expect)
                page.screenshot(path=str(screenshot), timeout=UI)  # dropdown, detail, tabs
                chart.scroll_into_view_if_needed()
                chart.screenshot(path=str(chart_shot), timeout=UI)  # the charts of the class
            finally:
                if not screenshot.exists():  # a failure: show where it stopped
                    try:
                        page.screenshot(path=str(screenshot), timeout=UI)
                    except Exception as e:  # noqa: BLE001 - the screenshot is a diagnostic
                        print(f"screenshot failed: {e}")
                with capsys.disabled():
                    print(f"\n[browser] screenshot: {screenshot}")
                    if chart_shot.exists():
                        print(f"[browser] chart of the selected class: {chart_shot}")
                    print(f"[browser] {len(requests)} requests in {time.monotonic() - started:.1f}s")
                    for text in console_errors[:10]:
                        print(f"[browser] console error: {text[:300]}")
        finally:
            browser.close()

    foreign = sorted({u for u in requests if not _is_local(u)})
    assert not foreign, "requests left the machine:\n" + "\n".join(foreign)
    assert requests, "no requests were recorded (the recorder is broken)"


def _run(page, lab, expect):  # noqa: ANN001, ANN202
    """Run the notebook and check what it shows; returns the explorer's class chart."""
    page.goto(lab.notebook_url(NOTEBOOK), wait_until="domcontentloaded", timeout=PAGE_LOAD)
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=PAGE_LOAD)

    # the kernel is up and idle (status bar: "Python 3 (ipykernel) | Idle")
    status = page.locator("#jp-main-statusbar")
    expect(status).to_contain_text(re.compile(r"\|\s*Idle"), timeout=KERNEL_IDLE)

    # Run > Run All Cells
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
    page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$")).click()

    nb = page.locator(".jp-NotebookPanel:visible .jp-Notebook")

    # every cell ran: no "[*]" prompt left, the last code cell has a number, kernel idle
    last_prompt = nb.locator(".jp-CodeCell .jp-InputPrompt").last
    expect(last_prompt).to_have_text(re.compile(r"\[\d+\]"), timeout=RUN_ALL)
    expect(status).to_contain_text(re.compile(r"\|\s*Idle"), timeout=RUN_ALL)
    failed = nb.locator(
        '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"], '
        ".jp-OutputArea-output:has-text('Traceback (most recent call last)')"
    )
    assert failed.count() == 0, "a cell wrote an error:\n" + "\n".join(failed.all_text_contents())[:3000]

    # the static HTML of the Filing: the class table with its class labels
    table = nb.locator(".jp-RenderedHTMLCommon table", has_text="A-IO-INV").first
    expect(table).to_be_attached(timeout=UI)
    table.scroll_into_view_if_needed()
    expect(table).to_be_visible(timeout=UI)
    table_text = table.text_content() or ""
    for label in ("A-1", "A-2", "M-1", "M-5", "B-IO"):
        assert label in table_text, f"class {label} missing from the rendered class table"

    # the explore widget, drawn by the ipywidgets front end, with its chart as inline SVG
    explore = nb.locator(".abs-nb-explore").first
    expect(explore).to_be_attached(timeout=UI)
    select = explore.locator(".abs-nb-class-select select").first
    detail = explore.locator(".abs-nb-class-detail").first
    chart = explore.locator(".abs-nb-chart").first
    _scroll_to_top(select)
    expect(select).to_be_visible(timeout=UI)
    expect(detail).to_be_visible(timeout=UI)
    chart_svg = chart.locator("svg").first
    expect(chart_svg).to_be_visible(timeout=UI)
    box = chart_svg.bounding_box()
    assert box and box["width"] > 50 and box["height"] > 50, f"the chart SVG is not drawn: {box}"
    assert chart.locator("svg *").count() > 20, "the chart SVG is empty"

    # pick another class: the detail view (and the chart) follow
    before_value = select.input_value()
    before_detail = detail.text_content() or ""
    before_chart = chart.inner_html()
    assert before_value in before_detail, f"detail does not show the selected class {before_value!r}"
    options = [o.strip() for o in select.locator("option").all_text_contents()]
    target = next((o for o in ("M-1", "A-2", "M-5") if o in options and o != before_value), None)
    assert target, f"no other class to pick among {options} (selected {before_value!r})"
    select.select_option(label=target)
    expect(detail).not_to_have_text(before_detail, timeout=UI)
    expect(detail).to_contain_text(re.compile(rf"Class\s*{re.escape(target)}(?![0-9])"), timeout=UI)
    expect(detail).not_to_contain_text(re.compile(rf"Class\s*{re.escape(before_value)}(?![0-9])"), timeout=UI)
    deadline = time.monotonic() + UI / 1000
    while chart.inner_html() == before_chart and time.monotonic() < deadline:
        time.sleep(0.1)
    assert chart.inner_html() != before_chart, "the chart did not change with the class"
    _scroll_to_top(select)
    page.wait_for_timeout(300)  # let the new chart paint before the screenshot
    return chart


def _scroll_to_top(locator) -> None:  # noqa: ANN001
    """Bring an element to the top of the notebook's scroll area (the widget is tall)."""
    locator.evaluate("e => e.scrollIntoView({block: 'start', inline: 'nearest'})")
