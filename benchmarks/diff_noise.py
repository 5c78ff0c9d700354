"""The diff's verdicts on real captures: what --fail-above would exit with, and how ops are labelled,
when nothing changed, when the work changed, and when a known slowdown was injected.

Captures, with the real CLI (``perfdiff capture``) or ``mlp4_capture.py``, ``--captures`` N runs of one
configuration of each model — the bundled train step, its KV-cache decode step, and a small MLP
train step on 4 fake CPU devices (data parallel: gradients all-reduced) — plus ``--wide`` runs of that
MLP twice as wide; analyses each capture once (this machine's measured roofline) and diffs

- every pair of captures of one configuration (N·(N−1)/2 per model): the exit code --fail-above would
  give at each ``--fail-above`` threshold (0 unchanged/improved, 1 regressed, 3 inconclusive), and
  the op labels over all pairs, with the number of ops of unchanged work labelled regressed or
  improved (the target: none);
- every base MLP capture against every wide one: the exit codes, and the labels of the matmuls, whose
  work doubled (the target: exit 1 in every pair, the matmuls regressed for more work);
- every train capture against every train capture with its matmuls made ``--inject``× as long
  (``inject.py`` edits a copy of the trace): the exit codes and the labels of the slowed ops (the
  target: regressed or inconclusive, never improved).

    python benchmarks/diff_noise.py                               # 5 captures each, 2 wide
    python benchmarks/diff_noise.py --captures 6 --wide 3 --fail-above 5 10 --logdir /tmp/noise
"""

from __future__ import annotations

import argparse
import itertools
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

MLP_D_FF = 1024
EXIT = {"regressed": 1, "inconclusive": 3}  # perfdiff.cli.main's EXIT_*; 0 otherwise
LABELS = ("regressed", "improved", "inconclusive", "unchanged", "added", "removed")


def capture(model: str, root: Path, run: str, steps: int, d_ff: int | None = None) -> Path:
    """One capture of ``model`` into ``root/run`` (a logdir); returns its run folder. A run already
    there (``--logdir`` of an earlier run of this script) is used as it is."""
    env = {**os.environ, "JAX_PLATFORMS": "cpu", "TF_CPP_MIN_LOG_LEVEL": "2"}
    logdir = root / run
    if list((logdir / "plugins" / "profile" / run).glob("*.xplane.pb")):
        return logdir / "plugins" / "profile" / run
    if model == "mlp4":
        env["XLA_FLAGS"] = "--xla_force_host_platform_device_count=4"
        command = [sys.executable, str(HERE / "mlp4_capture.py"), str(logdir), run, "--steps", str(steps)]
        command += ["--d-ff", str(d_ff or MLP_D_FF)]
    else:
        command = [sys.executable, "-m", "perfdiff.cli.main", "capture", "--example", model]
        command += ["--logdir", str(logdir), "--run", run, "--steps", str(steps)]
    subprocess.run(command, check=True, capture_output=True, text=True, env=env)
    return logdir / "plugins" / "profile" / run


def exits(results: list, thresholds: list[float]) -> dict[float, Counter]:
    """Per threshold: how many diffs would exit 0, 1 and 3."""
    from perfdiff.compare.drift import Drift
    from perfdiff.compare.verdict import step_verdict

    out = {}
    for threshold in thresholds:
        counts: Counter = Counter()
        for result in results:
            s = result.summary
            drift = Drift(s["drift"], s["drift_low"], s["drift_high"], s["drift_ops"], s["drift_estimated"])
            base = result.base.steps["measured_s"].to_numpy(float)
            new = result.new.steps["measured_s"].to_numpy(float)
            verdict = step_verdict(base, new, drift, threshold, s["confidence"])
            counts[EXIT.get(verdict["verdict"], 0)] += 1
            if verdict["verdict"] == "inconclusive":
                counts[f"3:{verdict['verdict_reason']}"] += 1
        out[threshold] = counts
    return out


def exit_cells(counts: dict[float, Counter]) -> str:
    cells = []
    for threshold, c in counts.items():
        why = ", ".join(f"{c[key]} {key[2:]}" for key in sorted(k for k in c if isinstance(k, str)) if c[key])
        cells.append(f"@{threshold:.0%}: {c[0]}/{c[1]}/{c[3]}" + (f" ({why})" if why else ""))
    return "  ".join(cells)


def label_counts(results: list, rows=None) -> Counter:  # noqa: ANN001
    counts: Counter = Counter()
    for result in results:
        ops = result.ops if rows is None else result.ops[rows(result.ops)]
        counts.update(ops["status"].tolist())
    return counts


def labels(counts: Counter) -> str:
    return " ".join(f"{counts[name]:>5}" for name in LABELS)


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--captures", type=int, default=5, help="captures per configuration (default 5)")
    parser.add_argument("--wide", type=int, default=2, help="captures of the MLP twice as wide (default 2)")
    parser.add_argument("--steps", type=int, default=8, help="traced steps per capture (default 8)")
    parser.add_argument("--fail-above", type=float, nargs="+", default=[5.0, 10.0], metavar="PCT")
    parser.add_argument("--inject", type=float, default=1.10, help="slowdown of the train step's matmuls")
    parser.add_argument("--models", nargs="+", default=["train", "decode", "mlp4"])
    parser.add_argument("--logdir", type=Path, help="keep the captures here (default: a temporary folder)")
    args = parser.parse_args()

    import perfdiff
    from inject import slow_down
    from perfdiff.compare.diff import NoiseRule

    thresholds = [pct / 100 for pct in args.fail_above]
    rule = NoiseRule(threshold=thresholds[-1])
    with tempfile.TemporaryDirectory(prefix="perfdiff-noise-") as tmp:
        root = args.logdir or Path(tmp)
        runs = {
            m: [capture(m, root, f"{m}{i}", args.steps) for i in range(args.captures)] for m in args.models
        }
        if "mlp4" in args.models:
            runs["mlp4-wide"] = [
                capture("mlp4", root, f"wide{i}", args.steps, 2 * MLP_D_FF) for i in range(args.wide)
            ]
        reports = {path: perfdiff.analyze(path) for paths in runs.values() for path in paths}
        if "train" in args.models:
            injected = []
            for path in runs["train"]:
                report = reports[path]
                matmuls = set(report.ops.loc[report.ops["category"] == "matmul", "op"])
                folder = root / "injected" / "plugins" / "profile" / f"{path.name}x{args.inject:g}"
                out = slow_down(path, folder, matmuls, args.inject)
                reports[out] = perfdiff.analyze(out)
                injected.append((out, matmuls))

    print(
        f"{args.captures} captures of {args.steps} steps per configuration; exit codes 0/1/3 at each --fail-above"
    )
    print(
        f"op labels over all pairs: {' '.join(f'{n:>5}' for n in ('regr', 'impr', 'inco', 'unch', 'add', 'rem'))}"
    )
    print("\nsame configuration, every pair")
    for model in args.models:
        results = [
            perfdiff.diff(reports[a], reports[b], noise=rule)
            for a, b in itertools.combinations(runs[model], 2)
        ]
        same_work = label_counts(results, lambda ops: ~ops["work_changed"])
        wrong = same_work["regressed"] + same_work["improved"]
        changes = sorted(r.summary["change"] for r in results)
        print(
            f"{model:>7}: {len(results)} pairs  {exit_cells(exits(results, thresholds))}\n"
            f"         labels {labels(label_counts(results))}  · unchanged work labelled regressed/improved: {wrong}"
            f" · step change {changes[0]:+.1%} … {changes[-1]:+.1%}"
        )
    if "mlp4" in args.models:
        pairs = list(itertools.product(runs["mlp4"], runs["mlp4-wide"]))
        results = [perfdiff.diff(reports[a], reports[b], noise=rule) for a, b in pairs]
        matmul = label_counts(results, lambda ops: (ops["category"] == "matmul") & ops["work_changed"])
        more = sum(
            int(
                (
                    (r.ops["category"] == "matmul") & r.ops["work_changed"] & (r.ops["reason"] == "more work")
                ).sum()
            )
            for r in results
        )
        changes = sorted(r.summary["change"] for r in results)
        print(
            f"\nMLP on 4 devices, twice as wide: {len(results)} pairs  {exit_cells(exits(results, thresholds))}"
        )
        print(f"  matmuls of doubled work: labels {labels(matmul)} · 'more work': {more}")
        print(f"  all ops:                 labels {labels(label_counts(results))}")
        print(
            f"  step change {changes[0]:+.0%} … {changes[-1]:+.0%}; drift "
            + ", ".join(
                f"{r.summary['drift']:.2f} [{r.summary['drift_low']:.2f}, {r.summary['drift_high']:.2f}]"
                if r.summary["drift_estimated"]
                else f"none ({r.summary['drift_ops']} ops)"
                for r in results[:4]
            )
            + (" …" if len(results) > 4 else "")
        )
    if "train" in args.models:
        results, slowed = [], Counter()
        for base in runs["train"]:
            for out, matmuls in injected:
                result = perfdiff.diff(reports[base], reports[out], noise=rule)
                results.append(result)
                slowed.update(result.ops.loc[result.ops["op_new"].isin(matmuls), "status"].tolist())
        others = label_counts(results) - slowed
        print(
            f"\ntrain, matmuls injected {args.inject:.2f}× as long: {len(results)} pairs  {exit_cells(exits(results, thresholds))}"
        )
        print(f"  slowed matmuls: labels {labels(slowed)}")
        print(f"  other ops:      labels {labels(others)}")


if __name__ == "__main__":
    main()
