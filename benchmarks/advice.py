"""perfdiff's advice against what the fix really saves: each planted problem captured, advised on, fixed
and captured again.

tests/scripts/advice_runs.py captures five steps with one planted problem each (a decode step that
does not donate its KV cache, an un-jitted step, a batch-1 f32 decode, a jax.debug.callback inside a
jitted step, an all-reduce of row-parallel partial sums on 4 fake devices) and the same steps fixed, and
times one step of each variant without the profiler (interleaved). This script analyses every capture
and prints, per case: the top advice's kind, its predicted saving, the measured saving of the fix —
traced (the two captures' mean steps, the conditions the prediction was made in) and untraced (the
interleaved medians) — and the ratios predicted / measured; then each top advice's text. A timing
comparison on a shared machine: it lives here, not in the tests (tests/test_advice.py checks the kinds,
ops and evidence, which do not depend on timing).

    python benchmarks/advice.py [--rounds N] [--steps N] [--repeats R] [--logdir DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

RUNS = Path(__file__).resolve().parents[1] / "tests" / "scripts" / "advice_runs.py"
CASES = ("donate", "jit", "batch", "callback", "allreduce")
PLANTED = {
    "donate": "decode step, KV cache not donated",
    "jit": "step of 40 jax.numpy calls, not jitted",
    "batch": "batch-1 decode, f32 weights",
    "callback": "jax.debug.callback in a jitted step",
    "allreduce": "row-parallel matmul + psum, 4 devices",
}
# The step the fix makes holds this many steps' worth of the planted step's work (batch 4 vs batch 1).
PER_FIXED_STEP = {"batch": 4}


def capture(logdir: Path, steps: int, repeats: int) -> dict:
    env = {**os.environ, "JAX_PLATFORMS": "cpu", "XLA_FLAGS": "--xla_force_host_platform_device_count=4"}
    command = [sys.executable, str(RUNS), str(logdir), "--steps", str(steps), "--repeats", str(repeats),
               "--fixes", ",".join(CASES)]  # fmt: skip
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def row(case: str, found: dict) -> dict:
    import perfdiff

    planted = perfdiff.analyze(found["run_dir"])
    fixed = perfdiff.analyze(found["fixed_run_dir"])
    top = planted.advice[0] if planted.advice else {"kind": "(none)", "saving_s": None, "message": ""}
    traced = planted.summary["step_s_mean"] - fixed.summary["step_s_mean"] / PER_FIXED_STEP.get(case, 1)
    untraced = found["step_s"] - found["fixed_step_s"]
    predicted = top["saving_s"]
    return {
        "case": case,
        "kind": top["kind"],
        "kinds": [a["kind"] for a in planted.advice],
        "predicted_s": predicted,
        "step_s": planted.summary["step_s_mean"],
        "traced_saving_s": traced,
        "untraced_step_s": found["step_s"],
        "untraced_saving_s": untraced,
        "traced_ratio": predicted / traced if predicted and traced > 0 else None,
        "untraced_ratio": predicted / untraced if predicted and untraced > 0 else None,
        "message": top["message"],
    }


def ms(value: float | None) -> str:
    return "—" if value is None else f"{value * 1e3:.3g} ms"


def ratio(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}×"


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--rounds", type=int, default=3, help="capture every case this many times")
    parser.add_argument("--steps", type=int, default=8, help="traced steps per capture")
    parser.add_argument("--repeats", type=int, default=30, help="untimed steps per variant")
    parser.add_argument("--logdir", type=Path, help="keep the captures here (default: a temporary folder)")
    args = parser.parse_args()

    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for r in range(args.rounds):
            logdir = (args.logdir or Path(scratch)) / f"round{r}"
            found = capture(logdir, args.steps, args.repeats)
            rows += [row(case, found[case]) for case in CASES]

    print("| case | planted | top advice (all) | predicted | traced step | measured (traced) | ratio | "
          "untraced step | measured (untraced) | ratio |")  # fmt: skip
    print("|---|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(
            f"| {r['case']} | {PLANTED[r['case']]} | {r['kind']} ({', '.join(r['kinds'])}) | "
            f"{ms(r['predicted_s'])} | {ms(r['step_s'])} | {ms(r['traced_saving_s'])} | "
            f"{ratio(r['traced_ratio'])} | {ms(r['untraced_step_s'])} | {ms(r['untraced_saving_s'])} | "
            f"{ratio(r['untraced_ratio'])} |"
        )
    print("\nmedian ratio predicted / measured over the rounds (traced, untraced):")
    for case in CASES:
        mine = [r for r in rows if r["case"] == case]
        med = [
            statistics.median(v) if (v := [r[k] for r in mine if r[k] is not None]) else None
            for k in ("traced_ratio", "untraced_ratio")
        ]
        print(f"  {case:<10} {ratio(med[0]):>7} {ratio(med[1]):>7}")
    print("\nthe top advice of each case (last round):")
    for r in rows[-len(CASES) :]:
        print(f"- {r['case']}: [{r['kind']}] {r['message']}")


if __name__ == "__main__":
    main()
