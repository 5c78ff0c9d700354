"""``perfdiff sweep``: capture and analyse a grid of configurations beside the step theory.

The work is ``perfdiff.sweep`` (:mod:`perfdiff.frontier.driver`); the chart is
:mod:`perfdiff.frontier.plot`. This module parses flags, draws the progress bar and formats the table
(columns from ``report/sweep_tables.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from perfdiff.cli import units
from perfdiff.cli.progress import progress_bar
from perfdiff.cli.report_view import Grid, View, grid
from perfdiff.report.sweep_tables import POINTS, SPLIT, TIMING

DESCRIPTION = """\
Capture and analyse every point of a grid (batch x seq x devices x weight dtype x KV dtype), each in a
process of its own (fake CPU devices for --devices), into LOGDIR: the runs, and sweep.json with one row
per point — measured step (median, min, max), tokens/s, tokens/s per chip, latency per token, the step
theory of that configuration (as 'perfdiff theory' prints it), measured / theory, the dominant bound
from the op attribution — the per-resource efficiencies fitted to the measured points with their
leave-one-out error, each point's prediction, and the measured and theoretical Pareto frontiers of
latency against throughput per chip. Run it again to resume: finished points are skipped.

A factory (--factory mypkg.bench:make_step) measures your own model: make_step(point) receives one
grid point as a dict (kind, batch, seq, devices, weights, kv: f32, bf16 or int8) in a process whose
jax sees `devices` devices, and returns {"step": the step function (jitted or not), "args": its
arguments in perfdiff.capture's order (decode: params, kv_cache, tokens, pos; prefill: params, tokens;
train: params, opt_state, batch), "model": the run card's model (layers, d_model, d_ff, heads,
kv_heads, head_dim, vocab; params, mlp, tied_embeddings when known), optionally "card": more run card
fields}. Warm-up runs outside the trace; a factory that raises fails its point only."""

EXAMPLES = """\
examples:
  perfdiff sweep --example decode --batch 1,4,16 --devices 1,2 --weights f32,int8 --logdir sweep1
  perfdiff sweep --example decode --batch 1,4,16 --devices 1,2 --weights f32,int8 --logdir sweep1 \\
      --plot frontier.png --predict batch=64,256          # the same sweep resumed, plotted, extended
  perfdiff sweep --example prefill --seq 32,64,128 --kv f32,int8 --logdir sweep2 --format csv
  perfdiff sweep --factory mypkg.bench:make_step --kind decode --batch 8,32 --logdir sweep3
  perfdiff theory --model llama3-8b --chip h100 --batch 64 --seq 4096 --calibrate sweep1

exit codes: 0 every point measured, 1 a point failed (its error is in the table; the others ran),
2 bad input, 130 interrupted (finished points are kept: run the same command to resume)."""

FORMATS = ("table", "json", "csv")
SHOWN = ["point", "status", "step_s", "tokens_per_s_per_chip", "latency_per_token_s", "theory_step_s",
         "measured_over_theory", "bound", "predicted_step_s", "loo_error", "on_frontier"]  # fmt: skip


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``perfdiff sweep``."""
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--example", choices=("decode", "prefill", "train"), help="the bundled model's step")
    what.add_argument("--factory", metavar="MODULE:FUNCTION", help="your own model (see above)")
    parser.add_argument("--kind", choices=("decode", "prefill", "train"), default="decode",
                        help="the factory's step kind (default: decode)")  # fmt: skip
    parser.add_argument("--logdir", required=True, help="where the runs and sweep.json go")
    for axis, default, help_text in (("batch", "4", "sequences per step"),
                                     ("seq", None, "tokens per sequence (decode: KV length)"),
                                     ("devices", "1", "devices (tensor parallel)"),
                                     ("weights", "f32", "weight dtypes: f32, bf16, int8"),
                                     ("kv", "f32", "KV-cache dtypes: f32, bf16, int8")):  # fmt: skip
        parser.add_argument(
            f"--{axis}", default=default, metavar="A,B", help=f"{help_text} (default: {default})"
        )
    parser.add_argument("--steps", type=int, default=5, metavar="N", help="steps timed and traced per point")
    parser.add_argument("--warmup", type=int, default=2, metavar="N", help="warm-up steps per point")
    parser.add_argument("--chip", help="price on this chip (default: detected from the first run)")
    parser.add_argument("--predict", action="append", metavar="AXIS=A,B", help="grid values only predicted")
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    parser.add_argument("--plot", metavar="FILE", help="latency vs throughput chart (.png/.svg/.pdf/.html)")


def run(args: argparse.Namespace) -> int:
    """Run (or resume) the sweep; print it; 1 when a point failed."""
    from perfdiff.frontier import plot
    from perfdiff.frontier.driver import sweep

    target = plot.check_path(args.plot) if args.plot else None
    axes = {axis: getattr(args, axis) for axis in ("batch", "seq", "devices", "weights", "kv")}
    example = None if args.factory else (args.example or "decode")
    with progress_bar("points") as bar:
        result = sweep(example, logdir=args.logdir, factory=args.factory, kind=args.kind, steps=args.steps,
                       warmup=args.warmup, chip=args.chip, predict=args.predict, progress=bar.sweeping,
                       **axes)  # fmt: skip
    data = result.data
    if target is not None:
        plot.write_plot(target, data)
        print(f"plot: {target}", file=sys.stderr)
    if args.format == "json":
        json.dump(data, sys.stdout, indent=1)
        sys.stdout.write("\n")
    elif args.format == "csv":
        result.points.to_csv(sys.stdout, index=False)
    else:
        from perfdiff.cli.render_table import write

        write(view(data, str(result.path)))
    return 1 if any(row["status"] == "failed" for row in data["points"]) else 0


# sweep.json's timing beyond the captures, in the time line's order (report/sweep_tables.TIMING)
_BEYOND = (*SPLIT[1:], "other_s")


def view(data: dict[str, Any], path: str) -> View:
    """The sweep for reading: header lines, the points, the failed points' errors."""
    rows, fit, timing, chip = data["points"], data["fit"], data["timing"], data.get("chip") or {}
    counts = {s: sum(r["status"] == s for r in rows) for s in ("done", "failed", "pending", "predicted")}
    axes = " × ".join(f"{axis} {','.join(map(str, values))}" for axis, values in data["grid"].items())
    eff = [f"{name} {units.percent(fit[key])}" for key, name in (("compute", "compute"), ("hbm", "memory"),
           ("ici", "interconnect")) if fit[key] is not None]  # fmt: skip
    fitted = (
        ", ".join(eff) + f", overhead {units.seconds(fit['overhead_s'])}/step" if eff else "not enough points"
    )
    frontier = [r["point"] for r in rows if r["on_frontier"]]
    theory_frontier = [r["point"] for r in rows if r["theory_on_frontier"]]
    header = [
        ("grid", f"{data['source']}: {axes} · " + ", ".join(f"{n} {s}" for s, n in counts.items() if n)),
        ("chip", f"{chip.get('name', '?')} ({chip.get('source', '?')}) · per-chip figures divide by "
                 f"{'the host (fake devices share it)' if chip.get('kind') == 'cpu' else 'the devices'}"),
        ("fit", f"{fitted} · fit error {units.percent(fit['fit_error'])}, leave-one-out "
                f"{units.percent(fit['loo_error'])} median, {units.percent(fit['loo_max_error'])} max, "
                f"over {fit['points']} points"),
        ("frontier", f"measured: {', '.join(frontier) or '—'} · theory: {', '.join(theory_frontier) or '—'}"),
        ("time", f"{units.seconds(timing['total_s'])}: captures {units.seconds(timing['capture_s'])} · "
                 + ", ".join(f"{TIMING[key].heading} {units.seconds(timing[key])}" for key in _BEYOND)
                 + f" → {units.percent(timing['overhead'])} beyond the captures ({timing['points_run']} run; "
                 f"analyses {units.seconds(timing['analysis_s'])}, most beside the next point's build)"),
    ]  # fmt: skip
    cells = {"on_frontier": lambda r: "●" if r["on_frontier"] else ""}
    footer = f"{path} · step: median without the profiler; theory: 'perfdiff theory'"
    table: Grid = grid(POINTS, list(SHOWN), rows, title="Points", cells=cells, footer=footer)
    notes = [f"{r['point']}: {r['error']}" for r in rows if r["status"] == "failed"]
    if not data["complete"]:
        notes.append("the sweep was interrupted: run the same command again to resume")
    return View(title="perfdiff sweep", header=header, grids=[table], notes=notes)
