"""What a sweep costs beyond its captures: ``perfdiff sweep`` on the bundled decode step, timed.

Runs (in a fresh logdir) the 12-point grid of issue 18 on fake CPU devices::

    perfdiff sweep --example decode --batch 1,4,16 --devices 1,2 --weights f32,int8 --steps 20

after making sure the measured CPU roofline is in the cache (a one-off per machine, or a re-measure
when the last one ran on a busy machine: timed and printed apart). Prints the sweep's table, then the
split of its wall time from ``sweep.json``'s ``timing`` (captures, builds, analyses, the rest) and the
overhead beyond the captures, and per point its build, capture and analysis seconds.

    python benchmarks/sweep.py                          # the grid above
    python benchmarks/sweep.py --full                   # the 36 points of the issue's own command:
        # --batch 1,4,16,64 --devices 1,2,4 --weights f32,bf16,int8
    python benchmarks/sweep.py --steps 5 --plot out.png --logdir sweep-logdir
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GRID = ["--example", "decode", "--batch", "1,4,16", "--devices", "1,2", "--weights", "f32,int8"]
FULL = ["--example", "decode", "--batch", "1,4,16,64", "--devices", "1,2,4", "--weights", "f32,bf16,int8"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--full", action="store_true", help="the issue's 36-point grid instead of 12 points")
    parser.add_argument("--logdir", help="where the sweep goes (default: a new temporary folder)")
    parser.add_argument("--plot", help="write the chart here too (.png or .html)")
    args = parser.parse_args()
    logdir = Path(args.logdir or tempfile.mkdtemp(prefix="perfdiff-sweep-"))
    grid = FULL if args.full else GRID

    started = time.perf_counter()
    chip = "from perfdiff.chips.lookup import get_chip; c = get_chip('cpu'); print(c.notes)"
    subprocess.run([sys.executable, "-c", chip], check=True, capture_output=True)
    roofline_s = time.perf_counter() - started

    command = [sys.executable, "-m", "perfdiff.cli.main", "sweep", *grid, "--steps", str(args.steps),
               "--logdir", str(logdir), *(["--plot", args.plot] if args.plot else [])]  # fmt: skip
    started = time.perf_counter()
    done = subprocess.run(command, check=False)
    wall_s = time.perf_counter() - started
    data = json.loads((logdir / "sweep.json").read_text())
    t = data["timing"]
    print()
    print(f"command      perfdiff sweep {' '.join(grid)} --steps {args.steps}   (exit {done.returncode})")
    print(f"roofline     {roofline_s:6.1f} s  CPU roofline from the cache or measured (before the sweep)")
    print(f"sweep        {t['total_s']:6.1f} s  inside perfdiff.sweep ({wall_s:.1f} s with the CLI's start)")
    for name, key, what in (("captures", "capture_s", "compile, warmup, timed and traced steps, the trace"),
                            ("builds", "build_s", "making a step and its inputs, no capture beside"),
                            ("held", "held_s", "timed steps waiting for an analysis, no capture beside"),
                            ("alone", "alone_s", "analyses with no point beside them (the last)"),
                            ("start", "start_s", "the worker server's start (jax imported once)"),
                            ("fit", "fit_s", "fit, leave-one-out, frontiers, sweep.json"),
                            ("other", "other_s", "point processes started and ended, results")):  # fmt: skip
        print(f"{name:12} {t[key]:6.2f} s  {t[key] / t['total_s']:6.1%} {what}")
    print(f"side by side {t['side_by_side_s']:6.2f} s          (two points at once, counted once above)")
    print(f"analyses     {t['analysis_s']:6.2f} s          (most beside the next point's build and compile)")
    beyond = t["total_s"] - t["capture_s"] - t["build_s"]
    print(f"overhead     {t['overhead']:6.1%}    (total − captures) / captures; target ≤ 10 %")
    print(
        f"             {beyond / (t['capture_s'] + t['build_s']):6.1%}    the same, counting the builds as "
        "the points' own work"
    )
    print()
    print(f"{'point':30} {'build':>7} {'capture':>8} {'analysis':>9}")
    for row in data["points"]:
        times = [row[k] or 0.0 for k in ("build_s", "capture_s", "analysis_s")]
        print(f"{row['point']:30} {times[0]:7.2f} {times[1]:8.2f} {times[2]:9.2f}")
    fit = data["fit"]
    print(f"\nfit: {json.dumps({k: (round(v, 4) if isinstance(v, float) else v) for k, v in fit.items()})}")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
