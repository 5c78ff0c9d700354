"""Screenshots of the TensorBoard plugin at 1600×1000: report, op detail, timeline, TPU roofline, diff, sweep.

usage: python tests/scripts/screenshots.py [OUT] [--logdir DIR]      (``make screenshots``)

Fills ``--logdir`` (default build/screenshot-logdir) with the plugin test runs (``plugin_logdir.py``:
captures of the bundled model, made once and kept), the TPU v6e trace of tests/data/traces and a small
decode sweep (``perfdiff.sweep``),
starts ``tensorboard`` on loopback, drives Debian's Chromium through Playwright and writes PNGs to
OUT (default docs/screenshots; git keeps only the ones the README shows).
"""

from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from plugin_logdir import build

ROOT = Path(__file__).resolve().parents[2]
TPU_TRACE = ROOT / "tests" / "data" / "traces" / "tpu-v6e" / "tpu_inference_2.xplane.pb"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
WAIT_MS = 600_000  # first visits compute the reports


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _tensorboard(logdir: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _port()
    script = Path(sys.executable).with_name("tensorboard")
    command = [str(script)] if script.is_file() else [sys.executable, "-m", "tensorboard.main"]
    process = subprocess.Popen(
        [*command, "--logdir", str(logdir), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            with urllib.request.urlopen(f"{url}/data/plugins_listing", timeout=2):
                return process, url
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("tensorboard did not start")


def shoot(url: str, out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    page_url = f"{url}/data/plugin_entry.html?name=perfdiff#"
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        page.set_default_timeout(WAIT_MS)

        def save(name: str) -> None:
            time.sleep(0.5)  # plotly's transitions
            path = out / f"{name}.png"
            page.screenshot(path=str(path))
            written.append(path)

        def top(selector: str) -> None:  # the element at the top, below the page's sticky header
            page.evaluate(f"document.querySelector('{selector}').scrollIntoView({{block: 'start'}})")
            page.evaluate("window.scrollBy(0, -64)")

        def visit(fragment: str) -> None:  # a fresh document each time, not a same-page hash change
            page.goto("about:blank")
            page.goto(page_url + fragment)

        def report(run: str) -> None:
            visit(f"run={run}")
            page.locator(f'#pd-report[data-rendered="{run}"]').wait_for()
            page.locator("#pd-timeline[data-step]").wait_for()
            page.locator("#pd-roofline .main-svg").first.wait_for(state="attached")

        report("train/base")
        save("report")
        page.locator("#pd-ops tbody tr").first.click()
        page.locator("#pd-op-detail[data-op] pre.pd-hlo").wait_for()
        top("#pd-op-detail")
        save("op-detail")
        report("decode/tp4")
        top("#pd-timeline")
        save("timeline")
        report("tpu/v6e")
        page.evaluate("document.querySelector('#pd-roofline').scrollIntoView({block: 'center'})")
        save("roofline-tpu")
        visit("tab=diff&base=train/base&new=train/wide")
        page.locator(".pd-diff-result[data-pair]").wait_for()
        page.locator("#pd-diff-chart .bars path").first.wait_for(state="attached")
        save("diff")
        visit("tab=sweep")
        page.locator("#pd-sweep[data-rendered]").wait_for()
        page.locator("#pd-sweep-chart .main-svg").first.wait_for(state="attached")
        save("sweep")
        browser.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--logdir", default=str(ROOT / "build" / "screenshot-logdir"))
    args = parser.parse_args()
    logdir, out = Path(args.logdir), Path(args.out)
    if not (logdir / "train").is_dir():
        build(logdir)
    tpu = logdir / "tpu" / "plugins" / "profile" / "v6e"
    if not tpu.is_dir():
        tpu.mkdir(parents=True)
        shutil.copy(TPU_TRACE, tpu / TPU_TRACE.name)
    sweep = logdir / "sweeps" / "decode"
    if not (sweep / "sweep.json").is_file():
        import perfdiff

        grid = {"batch": "1,4,16", "devices": "1", "weights": "f32,int8", "seq": "16"}
        perfdiff.sweep("decode", logdir=sweep, steps=3, warmup=1, **grid)
    out.mkdir(parents=True, exist_ok=True)
    process, url = _tensorboard(logdir)
    try:
        for path in shoot(url, out):
            print(path)
    finally:
        process.terminate()
        process.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
