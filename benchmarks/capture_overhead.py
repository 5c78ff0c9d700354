"""Profiler overhead of perfdiff.capture on the bundled example steps: step time traced vs untraced.

Every capture times ``steps`` steps without the profiler, then ``steps`` more under it (the run card's
``untraced_step_s`` and ``traced_step_s``, measured around each step including ``block_until_ready``).
This script captures each example ``--repeat`` times into a throwaway logdir and prints, per example
and device count, the median step time of each kind (median over all steps of all repeats) and their
ratio. Each device count runs in a fresh interpreter: fake CPU devices must be set before jax starts.

    python benchmarks/capture_overhead.py                   # 1 and 4 devices, train and decode
    python benchmarks/capture_overhead.py --devices 1 --repeat 5
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

STEPS = {"train": 30, "decode": 60}  # decode: warmup + 2*steps must fit the 128-position cache
WARMUP = 3


def measure(devices: int, repeat: int) -> list[dict]:
    """Capture both examples ``repeat`` times in this process; one result row per example."""
    from perfdiff.examples import demo

    rows = []
    for kind in ("train", "decode"):
        untraced: list[float] = []
        traced: list[float] = []
        sizes, walls = [], []
        for _ in range(repeat):
            with tempfile.TemporaryDirectory() as logdir:
                start = time.perf_counter()
                cap = demo.capture(kind, logdir, steps=STEPS[kind], warmup=WARMUP, devices=devices)
                walls.append(time.perf_counter() - start)
                untraced += cap.card["untraced_step_s"]
                traced += cap.card["traced_step_s"]
                sizes.append(sum(p.stat().st_size for p in cap.xplane_paths))
        rows.append(
            {
                "example": kind,
                "devices": devices,
                "steps": STEPS[kind] * repeat,
                "untraced_s": statistics.median(untraced),
                "traced_s": statistics.median(traced),
                "trace_bytes": statistics.median(sizes),
                "capture_wall_s": statistics.median(walls),
            }
        )
    return rows


def _child(devices: int, repeat: int) -> list[dict]:
    env = {
        **os.environ,
        "XLA_FLAGS": f"--xla_force_host_platform_device_count={devices}",
        "JAX_PLATFORMS": "cpu",
        "TF_CPP_MIN_LOG_LEVEL": "2",
    }
    cmd = [sys.executable, __file__, "--child", "--devices", str(devices), "--repeat", str(repeat)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"capture with {devices} devices failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--devices", type=int, action="append", help="device counts (default: 1 and 4)")
    parser.add_argument("--repeat", type=int, default=3, help="captures per example (default: 3)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.devices[0], args.repeat)))
        return
    rows = [row for devices in args.devices or [1, 4] for row in _child(devices, args.repeat)]
    header = (
        f"{'example':8} {'devices':>7} {'steps':>5} {'untraced ms':>11} {'traced ms':>9} "
        f"{'traced/untraced':>15} {'trace MB':>8} {'capture s':>9}"
    )
    print(header)
    print("-" * len(header))
    for r in rows:
        print(
            f"{r['example']:8} {r['devices']:>7} {r['steps']:>5} {r['untraced_s'] * 1e3:>11.3f} "
            f"{r['traced_s'] * 1e3:>9.3f} {r['traced_s'] / r['untraced_s']:>15.3f} "
            f"{r['trace_bytes'] / 1e6:>8.2f} {r['capture_wall_s']:>9.2f}"
        )
    print(
        "\nstep time = median wall time of one step incl. block_until_ready (ms); "
        "trace MB = size of <host>.xplane.pb (1e6 bytes)"
    )


if __name__ == "__main__":
    main()
