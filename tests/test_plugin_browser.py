"""The plugin for real: a ``tensorboard`` process on captured runs, driven by headless Chromium.

Starts ``tensorboard --logdir LOGDIR --host 127.0.0.1 --port <free>`` (the console script beside this
interpreter) on the logdir of tests/scripts/plugin_logdir.py, and Debian's Chromium through
Playwright (``executable_path``; never ``playwright install``) with a fresh profile and no network:
every request to anything but the TensorBoard under test is aborted and recorded, and must not
happen (plotly.js comes from the plotly Python package through the plugin). Screenshots go to
tests/artifacts/ (gitignored).
"""

from __future__ import annotations

import csv
import http.client
import io
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from scripts.plugin_logdir import EVIL, EVIL_MODULE, EVIL_SOURCE
from test_formats import CASES

from perfdiff import units
from perfdiff.report import diff_tables
from perfdiff.report.tables import OPS, STEPS
from perfdiff.report.vocabulary import bound_label

# Debian's chromium (/usr/bin/chromium), wherever the PATH finds it.
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-gpu",
]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
WAIT_MS = 180_000  # a report computed on demand on a loaded 2-core machine

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(),
        reason=f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium; .ci/run does)",
    ),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def get(url: str) -> tuple[int, Any]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read() or b"{}")


@pytest.fixture(scope="module")
def tensorboard(plugin_logdir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of a real TensorBoard serving plugin_logdir (stopped after the module)."""
    port = free_port()
    log = tmp_path_factory.mktemp("tensorboard") / "tensorboard.log"
    command = [str(Path(sys.executable).with_name("tensorboard")), "--logdir", str(plugin_logdir)]
    command += ["--host", "127.0.0.1", "--port", str(port)]
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=dict(os.environ))
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None:
                pytest.fail(f"tensorboard exited with {process.returncode}:\n{log.read_text()}")
            try:
                if get(f"{url}/data/plugins_listing")[0] == 200:
                    break
            except (OSError, ValueError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"tensorboard did not answer on {url}:\n{log.read_text()}")
            time.sleep(0.3)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def report(url: str, run: str) -> dict[str, Any]:
    """The plugin's /report answer for ``run``, waiting while it is computed."""
    query = urllib.parse.urlencode({"run": run})
    deadline = time.monotonic() + WAIT_MS / 1000
    while True:
        status, body = get(f"{url}/data/plugin/perfdiff/report?{query}")
        if status != 202 or time.monotonic() > deadline:
            assert status == 200, body
            return body["report"]
        time.sleep(0.3)


@dataclass
class Browser:
    """One page, and what it did that it must not: requests off the machine, dialogs, uncaught errors."""

    page: Any
    external: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def check_clean(self) -> None:
        assert self.external == [], "requests left the machine"
        assert self.dialogs == [], "a dialog opened"
        assert self.errors == [], "uncaught errors in the page"


@pytest.fixture(scope="module")
def chromium(tensorboard: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, list[str]]]:
    """Headless Chromium with a fresh profile; requests to anything but our TensorBoard are aborted
    and listed."""
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")  # a fresh --user-data-dir
    ARTIFACTS.mkdir(exist_ok=True)
    external: list[str] = []

    def only_local(route: Any) -> None:
        if route.request.url.startswith(tensorboard + "/"):
            route.continue_()
        else:
            external.append(route.request.url)
            route.abort()

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1440, "height": 1000},
        )
        context.set_default_timeout(WAIT_MS)
        context.route("**/*", only_local)
        try:
            yield context, external
        finally:
            context.close()


@pytest.fixture
def browser(chromium: tuple[Any, list[str]]) -> Iterator[Browser]:
    """A new page per test (a fresh document), watched for dialogs and errors."""
    context, external = chromium
    external.clear()
    state = Browser(context.new_page(), external)
    state.page.on("dialog", lambda dialog: (state.dialogs.append(dialog.message), dialog.dismiss()))
    state.page.on("pageerror", lambda error: state.errors.append(str(error)))
    try:
        yield state
    finally:
        state.page.close()


def plugin_page(tensorboard: str, fragment: str) -> str:
    """The plugin's own page (what TensorBoard puts in its iframe), with our state in the fragment."""
    return f"{tensorboard}/data/plugin_entry.html?name=perfdiff#{fragment}"


def plotted(ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    def positive(value: Any) -> bool:
        return isinstance(value, int | float) and value > 0

    return [o for o in ops if positive(o["intensity_flops_per_byte"]) and positive(o["achieved_flops_per_s"])]


@pytest.mark.parametrize(
    "path",
    [
        "static/../plugin.py",
        "static/%2e%2e%2fplugin.py",
        "static/%2e%2e/%2e%2e/store.py",
        "static/..%5cplugin.py",
        "static//etc/passwd",
        "report?run=..%2F..%2Fetc",
        "report?run=%2Fetc%2Fpasswd",
        "report?run=train%2Fbase&host=..%2Fvm",
    ],
)
def test_traversal_against_the_real_server(tensorboard: str, path: str) -> None:
    """Raw request paths, sent as written (no client-side normalisation of ``..``)."""
    host, port = tensorboard.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    try:
        connection.request("GET", f"/data/plugin/perfdiff/{path}")
        response = connection.getresponse()
        body = response.read()
    finally:
        connection.close()
    assert response.status == 404, body
    assert response.getheader("Content-Type") == "application/json"
    assert b"from __future__" not in body and b"root:" not in body


def test_dashboard_inside_tensorboard(tensorboard: str, browser: Browser) -> None:
    status, listing = get(f"{tensorboard}/data/plugins_listing")
    assert status == 200 and listing["perfdiff"]["enabled"] is True
    page = browser.page
    page.goto(f"{tensorboard}/#perfdiff")
    frame = page.frame_locator('iframe[src*="plugin_entry.html?name=perfdiff"]')
    frame.locator("#pd-report[data-rendered]").wait_for()
    for run in (frame.locator("#pd-run").input_value(), "train/base"):  # the latest run, then a pick
        frame.locator("#pd-run").select_option(run)
        frame.locator(f'#pd-report[data-rendered="{run}"]').wait_for()
        ops = report(tensorboard, run)["ops"]
        assert frame.locator("#pd-ops tbody tr").count() == min(len(ops), 300)
        points = frame.locator("#pd-roofline .scatterlayer .points path")
        assert points.count() == len(plotted(ops)) > 0
        if run == "train/base":
            page.screenshot(path=str(ARTIFACTS / "plugin-in-tensorboard.png"))
    # The host picker: one host of a two-host run is analysed on its own.
    frame.locator("#pd-run").select_option("multi/hosts")
    frame.locator('#pd-report[data-rendered="multi/hosts"]').wait_for()
    assert frame.locator("#pd-host option").all_inner_texts() == ["all hosts (2)", "host-a", "host-b"]
    frame.locator("#pd-host").select_option("host-b")
    frame.locator('#pd-report[data-rendered="multi/hosts @ host-b"]').wait_for()
    assert frame.locator(".pd-status-line").inner_text() == "host host-b, not saved"
    browser.check_clean()


def test_report_page_chart_hover_filter_and_sort(tensorboard: str, browser: Browser) -> None:
    page = browser.page
    page.goto(plugin_page(tensorboard, "run=train/base"))
    page.locator('#pd-report[data-rendered="train/base"]').wait_for()
    data = report(tensorboard, "train/base")
    ops = {op["op"]: op for op in data["ops"]}
    assert page.locator("#pd-ops tbody tr").count() == min(len(ops), 300)
    assert (
        page.locator(".pd-tile").count() == 6
    )  # chip, step, roofline theory, model theory, efficiency, flags
    steps = page.locator("#pd-steps tbody tr")
    assert steps.count() == 5
    advice = page.locator("#pd-advice .pd-advice-item")  # the report's advice, in its words and order
    assert advice.count() == len(data["advice"])
    for i, item in enumerate(data["advice"]):
        assert item["message"] in advice.nth(i).inner_text()
    assert STEPS["model_theory_s"].heading in page.locator("#pd-steps thead").inner_text()

    # Hover the biggest compute-bound point: the tooltip names an op and shows its own figures.
    compute = page.locator("#pd-roofline .scatterlayer .trace").first.locator(".points path")
    sizes = [compute.nth(i).bounding_box()["width"] for i in range(compute.count())]
    box = compute.nth(sizes.index(max(sizes))).bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    tooltip = page.locator("#pd-tooltip")
    tooltip.wait_for(state="visible")
    name = tooltip.locator(".pd-tip-title").inner_text()
    op = ops[name]
    text = tooltip.inner_text()
    assert op["bound"] == "compute" and f"{units.percent(op['efficiency'])} of roofline" in text
    assert f"{units.seconds(op['measured_per_step_s'])} / step" in text  # the CLI's words and numbers
    assert op["source"] in text and op["module"] in text
    page.screenshot(path=str(ARTIFACTS / "plugin-hover.png"))
    page.mouse.move(5, 5)

    # Filter by bound, then flagged only; sort by efficiency.
    hbm = [o for o in data["ops"] if o["bound"] == "hbm"]
    page.locator("button.pd-chip[data-bound=hbm]").click()
    rows = page.locator("#pd-ops tbody tr")
    assert rows.count() == min(len(hbm), 300)
    assert set(page.locator("#pd-ops tbody .pd-bound").all_inner_texts()) == {bound_label("hbm", "cpu")}
    page.locator("#pd-flagged-only").check()
    flagged = [o for o in hbm if o["flag"]]
    assert rows.count() == len(flagged) > 0
    assert page.locator("#pd-ops tbody tr.pd-flagged").count() == len(flagged)
    page.locator("#pd-ops th[data-key=efficiency]").click()
    first = page.locator("#pd-ops tbody tr").first.locator("td.pd-col-op").inner_text()
    assert first == max(flagged, key=lambda o: o["efficiency"])["op"]
    page.locator("#pd-flagged-only").uncheck()
    page.locator("button.pd-chip[data-bound=all]").click()
    page.locator("#pd-ops th[data-key=gap_per_step_s]").click()  # back to the default order
    first = page.locator("#pd-ops tbody tr").first.locator("td.pd-col-op").inner_text()
    assert first == data["ops"][0]["op"]  # the report's own order: largest gap first
    page.screenshot(path=str(ARTIFACTS / "plugin-report.png"), full_page=True)
    browser.check_clean()


def test_op_names_from_traces_render_as_text(tensorboard: str, browser: Browser) -> None:
    page = browser.page
    page.goto(plugin_page(tensorboard, "run=xss/evil"))
    page.locator('#pd-report[data-rendered="xss/evil"]').wait_for()
    assert EVIL in page.locator("#pd-ops tbody td.pd-col-op").all_inner_texts()
    assert EVIL_SOURCE in page.locator("#pd-ops tbody td.pd-col-source").all_inner_texts()
    assert page.locator("#pd-ops tbody td.pd-col-source span").first.get_attribute("title") == EVIL_SOURCE
    assert EVIL_MODULE in page.locator("#pd-ops tbody td.pd-col-module").all_inner_texts()
    # TensorBoard's CSP would block an inline onerror anyway; what matters is that no element was made.
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    points = page.locator("#pd-roofline .scatterlayer .points path")
    titles = []
    for index in range(points.count()):
        box = points.nth(index).bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.locator("#pd-tooltip").wait_for(state="visible")
        titles.append(page.locator("#pd-tooltip .pd-tip-title").inner_text())
        if titles[-1] == EVIL:
            assert EVIL_SOURCE in page.locator("#pd-tooltip").inner_text()
            page.screenshot(path=str(ARTIFACTS / "plugin-escaped.png"))
    assert EVIL in titles
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    browser.check_clean()


def test_diff_view_of_two_runs(tensorboard: str, browser: Browser) -> None:
    page = browser.page
    page.goto(plugin_page(tensorboard, "tab=diff"))
    page.locator("select[aria-label='base run']").select_option("train/base")
    page.locator("select[aria-label='new run']").select_option("train/wide")
    page.get_by_role("button", name="Compare").click()
    page.locator("#pd-diff-ops, .pd-diff .pd-msg-error").first.wait_for()
    status, body = get(f"{tensorboard}/data/plugin/perfdiff/diff?base=train/base&new=train/wide")
    assert status == 200, body
    summary = body["diff"]["summary"]
    tiles = page.locator(".pd-diff .pd-tile")
    parts = 5 if summary["delta_uncosted_s"] else 4  # the uncosted part shows only when there is one
    assert tiles.count() == 6 + parts
    assert "train/base → train/wide" in tiles.first.inner_text()
    # The verdict and the sentences are the Diff's own strings, shown as they are (the CLI's words).
    assert page.locator(".pd-verdict-text").inner_text() == body["diff"]["headline"]
    shown_sentences = page.locator(".pd-sentences li").all_inner_texts()
    assert shown_sentences == body["diff"]["sentences"]
    changed = [o for o in body["diff"]["ops"] if o["status"] != "unchanged"]
    shown = changed or body["diff"]["ops"]
    assert page.locator("#pd-diff-ops tbody tr").count() == min(len(shown), 200)
    assert summary["step_new_s"] > 0
    page.screenshot(path=str(ARTIFACTS / "plugin-diff.png"), full_page=True)
    browser.check_clean()


def test_format_js_writes_the_shared_cases(tensorboard: str, browser: Browser) -> None:
    """static/format.js, configured from the plugin's /vocabulary, writes every value of
    tests/data/format_cases.json as perfdiff/units.py does (test_formats.py)."""
    page = browser.page
    page.goto(plugin_page(tensorboard, "run=train/base"))
    written = page.evaluate(
        """async (cases) => {
          const base = new URL('/data/plugin/perfdiff/static/', location.href);
          await (await import(new URL('vocabulary.js', base))).loadVocabulary();
          const fmt = await import(new URL('format.js', base));
          const value = (v) => (v === 'NaN' ? NaN : v === 'Infinity' ? Infinity : v);
          return cases.map((c) => fmt.show(value(c.value), c.kind, c.unit || ''));
        }""",
        CASES,
    )
    wrong = [(case, text) for case, text in zip(CASES, written, strict=True) if text != case["text"]]
    assert wrong == []
    browser.check_clean()


def route(url: str, name: str, **params: str) -> dict[str, Any]:
    """A plugin route's 200 answer, waiting while it is computed."""
    query = urllib.parse.urlencode(params)
    deadline = time.monotonic() + WAIT_MS / 1000
    while True:
        status, body = get(f"{url}/data/plugin/perfdiff/{name}?{query}")
        if status != 202 or time.monotonic() > deadline:
            assert status == 200, body
            return body
        time.sleep(0.3)


def test_headline_names_the_top_flag_and_the_url_holds_the_run(tensorboard: str, browser: Browser) -> None:
    page = browser.page
    page.goto(plugin_page(tensorboard, "run=train/base"))
    page.locator('#pd-report[data-rendered="train/base"]').wait_for()
    body = route(tensorboard, "report", run="train/base")
    shown = page.locator("#pd-headline p").all_inner_texts()
    assert shown == body["headline"]  # the CLI's verdict sentences, as the route serves them
    flagged = [op for op in body["report"]["ops"] if op["flag"]]
    assert shown[1].startswith(f"Top flag: {flagged[0]['op']} " if flagged else "No op is flagged")
    assert "run=train%2Fbase" in page.evaluate("location.hash")
    page.locator("#pd-run").select_option("train/wide")
    page.locator('#pd-report[data-rendered="train/wide"]').wait_for()
    assert "run=train%2Fwide" in page.evaluate("location.hash")
    page.reload()  # the URL alone brings the run back
    page.locator('#pd-report[data-rendered="train/wide"]').wait_for()
    assert page.locator("#pd-run").input_value() == "train/wide"
    browser.check_clean()


def test_top_op_row_opens_its_detail_with_hlo_text(tensorboard: str, browser: Browser) -> None:
    page = browser.page
    page.goto(plugin_page(tensorboard, "run=train/base"))
    page.locator('#pd-report[data-rendered="train/base"]').wait_for()
    top = route(tensorboard, "report", run="train/base")["report"]["ops"][0]
    key = f"{top['program_id']}/{top['op']}"
    page.locator("#pd-ops tbody tr").first.click()
    detail = page.locator(f'#pd-op-detail[data-op="{key}"]')
    detail.wait_for()
    assert detail.locator("pre.pd-hlo").inner_text().startswith(f"%{top['op']} = ")
    assert detail.locator(".pd-step-time").count() >= 1
    # XProf is installed beside TensorBoard here: the detail links to its trace viewer on this run.
    trace_viewer = detail.locator("a[href*='tool=trace_viewer']").get_attribute("href")
    assert trace_viewer.startswith("/?") and "run=train%2Fbase" in trace_viewer
    assert "op=" + urllib.parse.quote(key, safe="") in page.evaluate("location.hash")
    page.reload()  # the selected op is in the URL: its detail opens again
    page.locator(f'#pd-op-detail[data-op="{key}"] pre.pd-hlo').wait_for()
    page.screenshot(path=str(ARTIFACTS / "plugin-op-detail.png"))
    browser.check_clean()


def test_timeline_draws_the_ops_of_a_step_and_a_click_selects_one(tensorboard: str, browser: Browser) -> None:
    page = browser.page
    page.goto(plugin_page(tensorboard, "run=decode/tp4"))
    page.locator('#pd-report[data-rendered="decode/tp4"]').wait_for()
    page.locator("#pd-timeline[data-step]").wait_for()
    step = int(page.locator("#pd-timeline").get_attribute("data-step"))
    data = route(tensorboard, "timeline", run="decode/tp4", step=str(step))
    canvas = page.locator("#pd-timeline canvas")
    assert int(canvas.get_attribute("data-events")) == len(data["op"]) > 0
    assert int(canvas.get_attribute("data-bars")) + int(canvas.get_attribute("data-columns")) > 0
    # An execution no other on its lane overlaps at its middle, the longest such: a click there picks it.
    spans = list(zip(data["lane"], data["start_ns"], data["dur_ns"], strict=True))

    def alone(i: int) -> bool:
        lane, start, dur = spans[i]
        mid = start + dur / 2
        return not any(j != i and ln == lane and s <= mid <= s + d for j, (ln, s, d) in enumerate(spans))

    candidates = [i for i in range(len(spans)) if alone(i) and data["op_row"][data["op"][i]] >= 0]
    i = max(candidates, key=lambda k: spans[k][2])
    point = page.evaluate(f"document.querySelector('#pd-timeline').__timeline.locate({i})")
    canvas.scroll_into_view_if_needed()  # the advice above it can push the timeline below the fold
    box = canvas.bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    key = data["ops"][data["op"][i]]
    page.locator(f'#pd-op-detail[data-op="{key}"] pre.pd-hlo').wait_for()
    assert page.locator("#pd-ops tr.pd-selected").count() <= 1
    page.screenshot(path=str(ARTIFACTS / "plugin-timeline.png"))
    browser.check_clean()


def test_diff_view_shows_the_drift_sentences_and_by_source_table(tensorboard: str, browser: Browser) -> None:
    page = browser.page
    page.goto(plugin_page(tensorboard, "tab=diff&base=train/base&new=train/wide"))  # the pair in the URL
    page.locator('.pd-diff-result[data-pair="train/base → train/wide"]').wait_for()
    body = route(tensorboard, "diff", base="train/base", new="train/wide")
    diff = body["diff"]
    drift = page.locator(".pd-diff .pd-tile").filter(has=page.get_by_text("drift", exact=True))
    assert units.cell(diff["summary"]["drift"], diff_tables.SUMMARY["drift"]) in drift.inner_text()
    assert page.locator(".pd-sentences li").all_inner_texts() == diff["sentences"]
    assert page.locator("#pd-by-source tbody tr").count() == min(len(diff["by_source"]), 30)
    page.locator("#pd-diff-chart .bars path").first.wait_for(state="attached")  # the chart is drawn
    hash_ = page.evaluate("location.hash")
    assert "base=train%2Fbase" in hash_ and "new=train%2Fwide" in hash_
    # The 'changed' filter does not stick: another comparison starts on it again.
    page.locator("#pd-diff-ops .pd-chip[data-status='all']").click()
    page.get_by_role("button", name="Compare").click()
    page.locator("#pd-diff-ops .pd-chip[data-status='changed'][aria-checked='true']").wait_for()
    browser.check_clean()


def test_export_dark_mode_and_no_cloud_button(tensorboard: str, browser: Browser) -> None:
    page = browser.page
    page.emulate_media(color_scheme="dark")
    page.goto(plugin_page(tensorboard, "run=train/base"))
    page.locator('#pd-report[data-rendered="train/base"]').wait_for()
    ops = route(tensorboard, "report", run="train/base")["report"]["ops"]
    # The CSV export: every registered column, the rows the table shows (all of them, unfiltered).
    with page.expect_download() as download:
        page.locator("#pd-ops .pd-export button", has_text="CSV").click()
    rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text())))
    assert rows[0] == OPS.names and len(rows) == 1 + len(ops)
    assert {r[OPS.names.index("op")] for r in rows[1:]} == {op["op"] for op in ops}
    # Dark mode from the system (no TensorBoard around the page): the theme's dark background.
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(32, 33, 36)"
    # plotly's toolbar: no logo, no "share"/"edit in Chart Studio" buttons that would leave the machine.
    page.locator("#pd-roofline").hover()
    assert page.locator("#pd-roofline .modebar-btn").count() > 0
    cloud = "#pd-roofline [data-title*='Cloud'], #pd-roofline [data-title*='Chart Studio']"
    assert page.locator(cloud).count() == 0
    assert page.locator("#pd-roofline .modebar a[href*='plotly.com']").count() == 0
    browser.check_clean()
