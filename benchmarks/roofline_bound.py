"""How close real ops come to the measured CPU roofline — the ratios the tests hold only to a 3× margin.

The peaks (``perfdiff chips --measure-cpu``) and the ops are timed in different processes at different
moments, so on a shared machine an op can come out above a peak measured while the machine was busier;
the tests therefore assert only that no op beats three times its roofline. This script prints the
ratios themselves:

- tests/scripts/small_ops.py (five small jitted ops, each at its best time in a profiler trace): the
  achieved FLOP/s and B/s over the measured peaks;
- a capture of the bundled train step (``--logdir`` to analyse one already made): the ops closest to
  their roofline (efficiency = theory / measured), and the share of op time in ops above 100 %.

    python benchmarks/roofline_bound.py              # the cached roofline
    python benchmarks/roofline_bound.py --refresh    # measure the roofline again first
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SMALL_OPS = Path(__file__).resolve().parents[1] / "tests" / "scripts" / "small_ops.py"


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--refresh", action="store_true", help="measure the CPU roofline again first")
    parser.add_argument("--logdir", type=Path, help="a capture to analyse (default: capture the example now)")
    parser.add_argument("--top", type=int, default=8, help="ops listed, closest to their roofline first")
    args = parser.parse_args()

    import perfdiff
    from perfdiff.chips import cpu_roofline

    m = cpu_roofline.measure(refresh=args.refresh)
    chip = cpu_roofline.cpu_chip()
    contention = m.get("contention")
    print(
        f"roofline: {chip.peak_flops_per_s / 1e9:.0f} GFLOP/s, {chip.hbm_bytes_per_s / 1e9:.1f} GB/s "
        f"(runs {m['runs']}, latest contention {contention if contention is not None else 'unknown'})"
    )

    env = {**os.environ, "JAX_PLATFORMS": "cpu"}
    command = [sys.executable, str(SMALL_OPS)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    ops = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"\n{'small op':>10} {'GFLOP/s':>9} {'/ peak':>7} {'GB/s':>8} {'/ peak':>7}")
    for name, r in ops.items():
        flops, nbytes = r["flops"] / r["seconds"], r["bytes"] / r["seconds"]
        print(
            f"{name:>10} {flops / 1e9:>9.1f} {flops / chip.peak_flops_per_s:>7.2f} "
            f"{nbytes / 1e9:>8.1f} {nbytes / chip.hbm_bytes_per_s:>7.2f}"
        )

    with tempfile.TemporaryDirectory(prefix="perfdiff-bound-") as tmp:
        logdir = args.logdir
        if logdir is None:
            logdir = Path(tmp)
            command = [sys.executable, "-m", "perfdiff.cli.main", "capture", "--example", "train"]
            command += ["--logdir", str(logdir), "--steps", "5"]
            subprocess.run(command, check=True, capture_output=True)
        report = perfdiff.analyze(logdir)
    # An op above its roofline is a cost-model suspect (bound "suspect", efficiency null, its reason in
    # the "suspect" column); the others' efficiencies are at most 1.
    priced = report.ops[~report.ops["bound"].isin(["none", "unpriced"])]
    above = priced["bound"] == "suspect"
    share = priced.loc[above, "measured_s"].sum() / priced["measured_s"].sum()
    print(f"\n{len(priced)} priced ops; {int(above.sum())} above their roofline ({share:.2%} of op time)")
    for row in priced[above].itertuples():
        print(f"  suspect {row.op}: {row.suspect}")
    print(f"{'op':>28} {'category':>14} {'bound':>8} {'efficiency':>10} {'time/step':>10}")
    steps = max(len(report.steps), 1)
    for row in priced[~above].nlargest(args.top, "efficiency").itertuples():
        print(
            f"{row.op:>28} {row.category:>14} {row.bound:>8} {row.efficiency:>10.2f} "
            f"{row.measured_s / steps * 1e6:>8.0f}µs"
        )


if __name__ == "__main__":
    main()
