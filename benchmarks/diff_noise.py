"""Noise between real captures: how far two captures of one configuration drift apart op by op, and
where the wider MLP's matmuls rank in a diff — the timing measurements the tests leave to known times.

Captures the bundled train step ``--captures`` times, and ``--wide`` times with an MLP eight times
wider (``--d-ff 4096``), with the real CLI into a throwaway logdir (``--logdir`` keeps them); analyses
each capture once (on this machine's measured roofline) and prints

- per ordered pair of base captures (the same configuration): the step change, the run-wide drift, the
  ops above noise, and ``worst``: the largest |Δ − drift| / noise floor of any op (below 1: within
  noise; the margin the noise rule keeps on this machine, as the ``NoiseRule`` docstring reports);
- per base capture against each wide one: the rank of the first MLP matmul, how many of the top five
  ops are on the MLP's lines, the rank of the first op without a source line, and the step change.

    python benchmarks/diff_noise.py                   # 4 base captures, 1 wide
    python benchmarks/diff_noise.py --captures 8 --wide 2 --steps 10
"""

from __future__ import annotations

import argparse
import itertools
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

WIDE_D_FF = 4096


def capture(logdir: Path, run: str, steps: int, *extra: str) -> Path:
    command = [sys.executable, "-m", "perfdiff.cli.main", "capture", "--example", "train"]
    command += ["--logdir", str(logdir / run), "--run", run, "--steps", str(steps), *extra]
    subprocess.run(command, check=True, capture_output=True, text=True)
    return logdir / run


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--captures", type=int, default=4, help="captures of the base configuration")
    parser.add_argument("--wide", type=int, default=1, help="captures with the MLP eight times wider")
    parser.add_argument("--steps", type=int, default=5, help="traced steps per capture (the tests: 5)")
    parser.add_argument("--logdir", type=Path, help="keep the captures here (default: a temporary folder)")
    args = parser.parse_args()

    from example_captures import mlp_lines

    import perfdiff

    with tempfile.TemporaryDirectory(prefix="perfdiff-noise-") as tmp:
        root = args.logdir or Path(tmp)
        base = [capture(root, f"base{i}", args.steps) for i in range(args.captures)]
        wide = [capture(root, f"wide{i}", args.steps, "--d-ff", str(WIDE_D_FF)) for i in range(args.wide)]
        reports = {path.name: perfdiff.analyze(path) for path in base + wide}

    print(f"same configuration: {args.captures} captures of {args.steps} steps, ordered pairs")
    print(f"{'base':>8} {'new':>8} {'step Δ':>8} {'drift':>6} {'above':>6} {'worst':>6} {'jitter':>9}")
    worst_all = 0.0
    for a, b in itertools.permutations([p.name for p in base], 2):
        result = perfdiff.diff(reports[a], reports[b])
        ops, s = result.ops, result.summary
        worst = float(((ops["delta_measured_s"] - ops["drift_s"]).abs() / ops["noise_s"]).max())
        worst_all = max(worst_all, worst)
        print(
            f"{a:>8} {b:>8} {s['step_change']:>+8.1%} {s['drift']:>6.3f} {int(ops['above_noise'].sum()):>6} "
            f"{worst:>6.2f} {s['step_noise_s'] * 1e3:>7.2f}ms"
        )
    print(f"largest |Δ − drift| / noise of any op in any pair: {worst_all:.2f}")

    mlp = mlp_lines()
    print(f"\nwider MLP (d_ff {WIDE_D_FF}): where its matmuls rank")
    print(f"{'base':>8} {'new':>8} {'step Δ':>8} {'1st matmul':>10} {'MLP in top 5':>12} {'unsourced':>9}")
    for a, b in itertools.product([p.name for p in base], [p.name for p in wide]):
        result = perfdiff.diff(reports[a], reports[b])
        ops = result.ops.reset_index(drop=True)
        on_mlp = ops["source"].isin(mlp)
        first_matmul = int((on_mlp & (ops["category"] == "matmul")).idxmax()) + 1
        unsourced = ops.index[ops["source"] == ""]
        first_unsourced = int(unsourced[0]) + 1 if len(unsourced) else 0
        print(
            f"{a:>8} {b:>8} {result.summary['step_change']:>+8.0%} {first_matmul:>10} "
            f"{int(on_mlp.head(5).sum()):>12} {first_unsourced:>9}"
        )


if __name__ == "__main__":
    main()
