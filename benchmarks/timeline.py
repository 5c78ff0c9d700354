"""The plugin's step timeline on a big step, in a real browser: how long it takes to draw.

usage: python benchmarks/timeline.py [--events 50000] [--lanes 8] [--ops 400] [--repeat 20]

Builds one step of ``--events`` op executions in the ``/timeline`` route's columnar form (back to back
on ``--lanes`` lanes with idle gaps, ``--ops`` distinct ops over every bound class, efficiencies in
[0, 1], a hundred async transfers), serves it with the plugin's static ES modules and its vocabulary
from a loopback HTTP server, and times in headless Chromium (Debian's, through Playwright): building the
``Timeline`` (typed arrays, lanes) and its first draw of the whole step (executions narrower than a
pixel gathered into columns), a draw zoomed to 1 % of the step (bars), and the median of ``--repeat``
redraws while panning. Prints one table; a figure, not a test.
"""

from __future__ import annotations

import argparse
import http.server
import json
import random
import shutil
import threading
from functools import partial
from pathlib import Path

from perfdiff.report.display import vocabulary
from perfdiff.report.vocabulary import Bound

STATIC = Path(__file__).resolve().parents[1] / "perfdiff" / "tensorboard" / "static"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

PAGE = """<!doctype html><html><body class="pd-body" style="width:1600px">
<div id="host" style="width:1560px"></div>
<script type="module">
import {loadVocabulary} from './static/vocabulary.js';
import {Timeline} from './static/timeline.js';
window.run = async (repeat) => {
  await loadVocabulary();
  const data = await (await fetch('./step.json')).json();
  const t0 = performance.now();
  const timeline = new Timeline(data, {kind: 'tpu'});
  document.getElementById('host').appendChild(timeline.element);
  const build = performance.now() - t0;
  const first = timeline.draw();
  const whole = performance.now() - t0;
  const span = data.span_ns;
  timeline.view = [span * 0.4, span * 0.41];
  const zoomed = timeline.draw();
  const pans = [];
  timeline.view = [0, span];
  for (let i = 0; i < repeat; i++) {
    timeline.view = [span * i * 0.001, span * (1 + i * 0.001)];
    pans.push(timeline.draw());
  }
  pans.sort((a, b) => a - b);
  return {build, first, whole, zoomed, pan: pans[Math.floor(pans.length / 2)],
          columns: Number(timeline.canvas.dataset.columns), bars: Number(timeline.canvas.dataset.bars)};
};
window.ready = true;
</script></body></html>"""


def make_step(events: int, lanes: int, ops: int, seed: int = 0) -> dict:
    """One step in the /timeline answer's form (see perfdiff/tensorboard/drill_routes.py)."""
    rng = random.Random(seed)
    bounds = [b.value for b in Bound if b is not Bound.UNKNOWN]
    lane, op, start, dur = [], [], [], []
    clock = [0] * lanes
    for i in range(events):
        k = i % lanes
        clock[k] += int(rng.expovariate(1 / 300))  # idle gap, ns
        length = int(rng.lognormvariate(7.5, 1.2)) + 1  # ~2 µs median, ns
        lane.append(k)
        op.append(rng.randrange(ops))
        start.append(clock[k])
        dur.append(length)
        clock[k] += length
    order = sorted(range(events), key=start.__getitem__)
    transfers = {"lane": [], "op": [], "start_ns": [], "end_ns": []}
    for _ in range(100):
        s = rng.randrange(max(clock))
        transfers["lane"].append(rng.randrange(lanes))
        transfers["op"].append(rng.randrange(ops))
        transfers["start_ns"].append(s)
        transfers["end_ns"].append(s + rng.randrange(1000, 200_000))
    return {
        "step": 0,
        "steps": [0],
        "t0_ns": 0,
        "span_ns": max(clock),
        "lanes": [f"/device:TPU:{k} · XLA Ops" for k in range(lanes)],
        "ops": [f"1/fusion.{j}" for j in range(ops)],
        "lane": [lane[i] for i in order],
        "op": [op[i] for i in order],
        "start_ns": [start[i] for i in order],
        "dur_ns": [dur[i] for i in order],
        "async": transfers,
        "op_row": list(range(ops)),
        "op_bound": [bounds[j % len(bounds)] for j in range(ops)],
        "op_efficiency": [rng.random() for _ in range(ops)],
    }


class _Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, files: dict[str, tuple[bytes, str]], **kwargs) -> None:
        self.files = files
        super().__init__(*args, directory=str(STATIC.parent), **kwargs)

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        if self.path in self.files:
            body, kind = self.files[self.path]
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def guess_type(self, path: str | Path) -> str:
        return "text/javascript" if str(path).endswith(".js") else super().guess_type(path)

    def log_message(self, *args: object) -> None:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--lanes", type=int, default=8)
    parser.add_argument("--ops", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    step = make_step(args.events, args.lanes, args.ops)
    files = {
        "/bench.html": (PAGE.encode(), "text/html"),
        "/step.json": (json.dumps(step).encode(), "application/json"),
        "/vocabulary": (json.dumps(vocabulary()).encode(), "application/json"),
    }
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(_Handler, files=files))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/bench.html"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"]
            )
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            page.goto(url)
            page.wait_for_function("window.ready === true")
            result = page.evaluate(f"window.run({args.repeat})")
            browser.close()
    finally:
        server.shutdown()
    print(f"timeline of one step: {args.events} op executions on {args.lanes} lanes, {args.ops} ops")
    print(f"{'build (typed arrays)':<34}{result['build']:>9.1f} ms")
    cols, bars = result["columns"], result["bars"]
    print(f"{'first draw, whole step':<34}{result['first']:>9.1f} ms   ({cols} pixel columns, {bars} bars)")
    print(f"{'build + first draw':<34}{result['whole']:>9.1f} ms")
    print(f"{'draw zoomed to 1 % of the step':<34}{result['zoomed']:>9.1f} ms")
    print(f"{'median redraw while panning':<34}{result['pan']:>9.1f} ms   (of {args.repeat})")


if __name__ == "__main__":
    main()
