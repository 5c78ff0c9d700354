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

Under the tables, the misses, if any: each diff of one configuration that would exit 1 (its step
change, drift, the slowdown found and the idle time), and each offending op — of unchanged work and
labelled regressed or improved in a diff of one configuration, or slowed and labelled improved — with
its quartiles and median per step and device in both runs, its Δ per step and share of the step, and
the pair's step change and drift.

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

MLP_D_FF = 2048
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


def step_verdict_at(result, threshold: float) -> dict:  # noqa: ANN001
    """The step verdict of the diff ``result`` judged again at ``threshold`` (its own drift, found
    slowdown and confidence)."""
    from perfdiff.compare.drift import Drift
    from perfdiff.compare.verdict import step_verdict

    s = result.summary
    drift = Drift(s["drift"], s["drift_low"], s["drift_high"], s["drift_ops"], s["drift_estimated"])
    found = None if s["found_slower_s"] is None else (s["found_slower_s"], s["found_faster_s"])
    base = result.base.steps["measured_s"].to_numpy(float)
    new = result.new.steps["measured_s"].to_numpy(float)
    return step_verdict(base, new, drift, threshold, s["confidence"], found)


def exits(results: list, thresholds: list[float]) -> dict[float, Counter]:
    """Per threshold: how many diffs would exit 0, 1 and 3 (and why the 3s: "3:<reason>")."""
    out = {}
    for threshold in thresholds:
        counts: Counter = Counter()
        for result in results:
            verdict = step_verdict_at(result, threshold)
            counts[EXIT.get(verdict["verdict"], 0)] += 1
            if verdict["verdict"] == "inconclusive":
                counts[f"3:{verdict['verdict_reason']}"] += 1
        out[threshold] = counts
    return out


def exit_cells(counts: dict[float, Counter]) -> list[str]:
    """Per threshold: "0s/1s/3s", then why the 3s."""
    cells = [f"{c[0]}/{c[1]}/{c[3]}" for c in counts.values()]
    last = counts[max(counts)]
    why = ", ".join(f"{last[k]} {k[2:]}" for k in sorted(k for k in last if isinstance(k, str)) if last[k])
    return [*cells, why or "—"]


def label_counts(results: list, rows=None) -> Counter:  # noqa: ANN001
    counts: Counter = Counter()
    for result in results:
        ops = result.ops if rows is None else result.ops[rows(result.ops)]
        counts.update(ops["status"].tolist())
    return counts


def labels(counts: Counter) -> str:
    return "/".join(str(counts[name]) for name in LABELS[:4])


def row(*cells: object) -> None:
    print("| " + " | ".join(str(c) for c in cells) + " |")


def span(results: list) -> str:
    changes = sorted(r.summary["change"] for r in results)
    return f"{changes[0]:+.0%} … {changes[-1]:+.0%}" if changes else "—"


def offenders(kind: str, result, rows) -> list[tuple]:  # noqa: ANN001
    """One row per op of ``result`` that ``rows`` selects (a mask of its op frame): what to print
    under the tables. Quartiles and median per step and device of each run (µs, from the reports),
    the op's Δ per step and its share of the base step, the pair's step change with its interval."""
    s, ops = result.summary, result.ops[rows(result.ops)]
    pair = f"{result.base.run} → {result.new.run}"
    step = f"{s['change']:+.0%} [{s['change_low']:+.0%}, {s['change_high']:+.0%}] {s['verdict']}"

    def spread(report, module: str, op: str | None) -> str:  # noqa: ANN001
        found = report.ops[(report.ops["module"] == module) & (report.ops["op"] == op)]
        if found.empty:
            return "—"
        q = found.iloc[0][["step_q25_s", "step_median_s", "step_q75_s"]].to_numpy(float) * 1e6
        return "/".join(f"{v:.0f}" for v in q)

    return [
        (
            kind,
            pair,
            op.op_new or op.op_base,
            op.status,
            op.reason,
            spread(result.base, op.module, op.op_base),
            spread(result.new, op.module, op.op_new),
            f"{op.delta_measured_s * 1e6:+.0f}",
            f"{op.delta_measured_s / s['step_base_s']:+.1%}",
            step,
            f"{s['drift']:.2f} [{s['drift_low']:.2f}, {s['drift_high']:.2f}]",
        )
        for op in ops.itertuples()
    ]


def wrongly_labelled(ops):  # noqa: ANN001, ANN201
    """Ops of unchanged work labelled regressed or improved."""
    return ~ops["work_changed"] & ops["status"].isin(["regressed", "improved"])


def exits_of_one(kind: str, results: list, threshold: float) -> list[tuple]:
    """The diffs of one configuration that would exit 1 at ``threshold``, and what the step's
    slowdown was found in."""
    out = []
    for result in results:
        s = result.summary
        if step_verdict_at(result, threshold)["verdict"] == "regressed":
            out.append((kind, f"{result.base.run} → {result.new.run}", f"{threshold:.0%}",
                        f"{s['change']:+.0%} [{s['change_low']:+.0%}, {s['change_high']:+.0%}]",
                        f"{s['drift']:.2f} [{s['drift_low']:.2f}, {s['drift_high']:.2f}]",
                        f"{s['found_slower_s'] * 1e6:.0f}", f"{s['step_base_s'] * 1e6:.0f}",
                        f"{s['idle_base_s'] * 1e6:.0f} → {s['idle_new_s'] * 1e6:.0f}"))  # fmt: skip
    return out


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

    from inject import slow_down

    import perfdiff
    from perfdiff.compare.diff import NoiseRule

    thresholds = sorted(pct / 100 for pct in args.fail_above)
    rule = NoiseRule(threshold=thresholds[-1])
    with tempfile.TemporaryDirectory(prefix="perfdiff-noise-") as tmp:
        root = args.logdir or Path(tmp)
        runs = {
            m: [capture(m, root, f"{m}{i}", args.steps) for i in range(args.captures)] for m in args.models
        }
        if "mlp4" in args.models:
            wide = [capture("mlp4", root, f"wide{i}", args.steps, 2 * MLP_D_FF) for i in range(args.wide)]
            runs["mlp4-wide"] = wide
        reports = {path: perfdiff.analyze(path) for paths in runs.values() for path in paths}
        injected = []
        for path in runs.get("train", []):
            report = reports[path]
            matmuls = set(report.ops.loc[report.ops["category"] == "matmul", "op"])
            folder = root / "injected" / "plugins" / "profile" / f"{path.name}x{args.inject:g}"
            out = slow_down(path, folder, matmuls, args.inject)
            reports[out] = perfdiff.analyze(out)
            injected.append((out, matmuls))

    at = [f"exit 0/1/3 at {t:.0%}" for t in thresholds]
    print(f"{args.captures} captures of {args.steps} steps per configuration; op labels: regressed/improved/"
          f"inconclusive/unchanged over all pairs; why 3: at {thresholds[-1]:.0%}\n")  # fmt: skip
    row("same configuration", "pairs", *at, "why 3", "op labels", "unchanged work regressed or improved",
        "step change")  # fmt: skip
    row(*["---"] * (len(at) + 6))
    wrong_ops, wrong_exits = [], []
    for model in args.models:
        pairs = itertools.combinations(runs[model], 2)
        results = [perfdiff.diff(reports[a], reports[b], noise=rule) for a, b in pairs]
        same_work = label_counts(results, lambda ops: ~ops["work_changed"])
        wrong = same_work["regressed"] + same_work["improved"]
        codes = exit_cells(exits(results, thresholds))
        for result in results:
            wrong_ops += offenders(model, result, wrongly_labelled)
        wrong_exits += [e for t in thresholds for e in exits_of_one(model, results, t)]
        row(model, len(results), *codes, labels(label_counts(results)), wrong, span(results))
    if "mlp4" in args.models and runs["mlp4-wide"]:
        pairs = list(itertools.product(runs["mlp4"], runs["mlp4-wide"]))
        results = [perfdiff.diff(reports[a], reports[b], noise=rule) for a, b in pairs]
        doubled = label_counts(results, lambda ops: (ops["category"] == "matmul") & ops["work_changed"])
        more = sum(
            int(((r.ops["category"] == "matmul") & (r.ops["reason"] == "more work")).sum()) for r in results
        )
        print()
        row("MLP on 4 devices, twice as wide", "pairs", *at, "why 3", "matmul labels", "matmuls 'more work'",
            "step change")  # fmt: skip
        row(*["---"] * (len(at) + 6))
        row(
            "base → wide",
            len(results),
            *exit_cells(exits(results, thresholds)),
            labels(doubled),
            more,
            span(results),
        )
    if injected:
        results, slowed = [], Counter()
        for base in runs["train"]:
            for out, matmuls in injected:
                result = perfdiff.diff(reports[base], reports[out], noise=rule)
                results.append(result)
                slowed.update(result.ops.loc[result.ops["op_new"].isin(matmuls), "status"].tolist())
                picked = matmuls  # bound now: the lambda runs before the loop moves on
                wrong_ops += offenders(
                    "injected",
                    result,
                    lambda ops, picked=picked: ops["op_new"].isin(picked) & (ops["status"] == "improved"),
                )
        others = label_counts(results) - slowed
        print()
        row(f"train, matmuls {args.inject:g}× as long", "pairs", *at, "why 3", "slowed matmuls' labels",
            "other ops' labels", "step change")  # fmt: skip
        row(*["---"] * (len(at) + 6))
        codes = exit_cells(exits(results, thresholds))
        row("base → injected", len(results), *codes, labels(slowed), labels(others), span(results))
    print()
    if wrong_exits:
        row("exit 1 on one configuration", "pair", "at", "step change", "drift", "found slower (µs)",
            "base step (µs)", "idle (µs)")  # fmt: skip
        row(*["---"] * 8)
        for cells in wrong_exits:
            row(*cells)
        print()
    print(f"{len(wrong_ops)} offenders: ops of unchanged work labelled regressed or improved (one "
          "configuration), slowed ops labelled improved (injected)")  # fmt: skip
    if wrong_ops:
        print()
        row("kind", "pair", "op", "label", "reason", "base q25/median/q75 (µs)", "new q25/median/q75 (µs)",
            "Δ per step (µs)", "of the step", "step change", "drift")  # fmt: skip
        row(*["---"] * 11)
        for cells in wrong_ops:
            row(*cells)


if __name__ == "__main__":
    main()
