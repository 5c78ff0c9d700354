"""The sweep's tables, one registry each: what ``sweep.json`` holds, column by column.

``perfdiff sweep`` (``perfdiff.frontier``) writes one ``sweep.json`` per logdir: the grid, the chip,
one row per grid point (``POINTS``), the efficiency fit (``FIT``) and where the time went (``TIMING``).
The CLI's table, CSV and JSON and the plot read these names; ``schemas.sweep_schema()`` is made from
them. Units are SI: seconds, tokens per second; fractions in [0, 1] unless named a ratio.
"""

from __future__ import annotations

from perfdiff.report.columns import Column, Table
from perfdiff.report.tables import BOUNDS, CHIP

SCHEMA = "perfdiff.sweep/1"
STATUSES = ("done", "failed", "pending", "predicted")
KINDS = ("decode", "prefill", "train")

C = Column
POINTS = Table("points", "one row per grid point, in grid order", (
    C("point", "str", "", "the point's name: kind, batch, seq, devices, weight and KV dtypes", "point"),
    C("status", "str", "", "done: measured; failed: its error says why; pending: not run yet (an "
      "interrupted sweep); predicted: not run, only predicted (--predict)", "status", enum=STATUSES),
    C("kind", "str", "", "the step: decode (one token per sequence), prefill (the prompt) or train",
      "kind", enum=KINDS),
    C("batch", "int", "count", "sequences per step", "batch", "number", minimum=1),
    C("seq", "int", "count", "tokens per sequence (decode: the KV-cache length)", "seq", "number",
      minimum=1),
    C("devices", "int", "count", "devices the model is split over (tensor parallel)", "devices", "number",
      minimum=1),
    C("weights", "str", "", "the weights' stored dtype", "weights"),
    C("kv", "str", "", "the KV cache's stored dtype", "KV"),
    C("chips", "int", "count", "chips the per-chip figures divide by (a CPU host is one chip: its fake "
      "devices share it)", "chips", "number", minimum=1),
    C("step_s", "float", "s", "median step time, measured without the profiler", "step", "seconds",
      nullable=True, minimum=0),
    C("step_s_min", "float", "s", "fastest of those steps", "min", "seconds", nullable=True, minimum=0),
    C("step_s_max", "float", "s", "slowest of those steps", "max", "seconds", nullable=True, minimum=0),
    C("traced_step_s", "float", "s", "median step time in the trace (the profiler on)", "traced",
      "seconds", nullable=True, minimum=0),
    C("tokens_per_s", "float", "tokens/s", "tokens the step makes or reads per second: batch (decode) or "
      "batch × seq, over step_s", "tokens/s", "si", "tok/s", nullable=True, minimum=0),
    C("tokens_per_s_per_chip", "float", "tokens/s", "tokens_per_s / chips", "tokens/s/chip", "si",
      "tok/s", nullable=True, minimum=0),
    C("latency_per_token_s", "float", "s", "step_s / tokens each sequence gets per step (decode: 1; "
      "prefill and train: seq)", "latency/token", "seconds", nullable=True, minimum=0),
    C("theory_step_s", "float", "s", "the book's step theory for this config (perfdiff theory: decode "
      "step_s; prefill batch × prefill_s; train train_step_s)", "theory", "seconds", nullable=True,
      minimum=0),
    C("theory_tokens_per_s_per_chip", "float", "tokens/s", "tokens_per_s_per_chip at theory_step_s",
      "theory tok/s/chip", "si", "tok/s", nullable=True, minimum=0),
    C("theory_latency_per_token_s", "float", "s", "latency_per_token_s at theory_step_s",
      "theory latency", "seconds", nullable=True, minimum=0),
    C("measured_over_theory", "float", "ratio", "step_s / theory_step_s (1: at the theory)",
      "measured/theory", "ratio", nullable=True, minimum=0),
    C("bound", "str", "", "what bounds most of the step's op time in the op attribution", "bound",
      nullable=True, enum=BOUNDS),
    C("predicted_step_s", "float", "s", "the calibrated theory at the fitted efficiencies (fit)",
      "predicted", "seconds", nullable=True, minimum=0),
    C("loo_error", "float", "fraction", "(prediction − step_s) / step_s with this point left out of the "
      "fit (signed)", "LOO error", "delta_percent", nullable=True),
    C("on_frontier", "bool", "", "measured Pareto frontier: no other measured point has lower latency "
      "per token and more tokens/s per chip", "frontier"),
    C("theory_on_frontier", "bool", "", "the same over the theory's figures, all points", "theory frontier"),
    C("run", "str", "", "the run folder under the logdir's plugins/profile/", "run", nullable=True),
    C("error", "str", "", "why the point failed (one line)", "error", nullable=True),
    C("capture_s", "float", "s", "wall time of the capture (compile, warmup, timed and traced steps)",
      "capture", "seconds", nullable=True, minimum=0),
    C("build_s", "float", "s", "wall time making the step and its inputs (the factory)", "build",
      "seconds", nullable=True, minimum=0),
    C("analysis_s", "float", "s", "wall time of the op attribution of its run", "analysis", "seconds",
      nullable=True, minimum=0),
))  # fmt: skip

FIT = Table("fit", "per-resource efficiencies fitted to the measured points (perfdiff.llm.calibration); "
    "null: this grid does not tell", (
    C("compute", "float", "fraction", "fraction of the chip's peak FLOP/s reached", "compute", "percent",
      nullable=True, minimum=0),
    C("hbm", "float", "fraction", "fraction of the memory bandwidth reached", "memory", "percent",
      nullable=True, minimum=0),
    C("ici", "float", "fraction", "fraction of the interconnect bandwidth reached", "interconnect",
      "percent", nullable=True, minimum=0),
    C("overhead_s", "float", "s", "fixed time per step that scales with no resource", "overhead",
      "seconds", nullable=True, minimum=0),
    C("points", "int", "count", "measured points fitted", "points", "number", minimum=0),
    C("fit_error", "float", "fraction", "median |prediction − step_s| / step_s over the fitted points",
      "fit error", "percent", nullable=True, minimum=0),
    C("loo_error", "float", "fraction", "median |loo_error| over the measured points", "LOO error",
      "percent", nullable=True, minimum=0),
    C("loo_max_error", "float", "fraction", "largest |loo_error|", "LOO max", "percent", nullable=True,
      minimum=0),
))  # fmt: skip

# The parts of a sweep's wall time, in the order a moment is counted in (the first that covers it).
SPLIT = ("capture_s", "build_s", "held_s", "alone_s", "start_s", "fit_s")
TIMING = Table("timing", "where this invocation's wall time went. Parts overlap (a point writes its "
    "trace while the next one builds and compiles, and a point is analysed meanwhile; never while one is "
    f"timed), so each moment is counted once, in the first of {', '.join(SPLIT)} that covers it "
    "(frontier/timeline.py): those and other_s add up to total_s", (
    C("total_s", "float", "s", "wall time of the whole sweep", "total", "seconds", minimum=0),
    C("capture_s", "float", "s", "wall time with a point's capture running (compile, warmup, timed and "
      "traced steps, writing the trace; less any wait for the timing lock): two points side by side "
      "count once", "captures", "seconds", minimum=0),
    C("build_s", "float", "s", "wall time with a point's factory running and no capture beside it",
      "builds", "seconds", minimum=0),
    C("held_s", "float", "s", "wall time a point's timed steps waited for the analysis of the point "
      "before (or, for the first, the cost helper's start) and no capture ran", "held", "seconds",
      minimum=0),
    C("alone_s", "float", "s", "analyses with no point running beside them: the last point's, and "
      "captures resumed from an earlier run", "analyses alone", "seconds", minimum=0),
    C("start_s", "float", "s", "until the first point started: the worker server's start (Python and "
      "jax imported once) beside this process's imports and the cost helper's start", "start", "seconds",
      minimum=0),
    C("fit_s", "float", "s", "the fit, its leave-one-out, the frontiers and the last sweep.json",
      "fit", "seconds", minimum=0),
    C("other_s", "float", "s", "total_s less the parts above: starting and ending each point's "
      "process, reading its result, a failed point", "other", "seconds", minimum=0),
    C("side_by_side_s", "float", "s", "wall time two points' processes ran at once (one writing its "
      "trace, the next building and compiling): counted once in the parts above", "side by side",
      "seconds", minimum=0),
    C("analysis_s", "float", "s", "Σ analysis_s, hidden or not (most run beside the next point's build "
      "and compile)", "analyses", "seconds", minimum=0),
    C("overhead", "float", "fraction", "(total_s − capture_s) / capture_s: the time beyond the captures",
      "overhead", "percent", nullable=True, minimum=0),
    C("points_run", "int", "count", "points run by this invocation (the rest were resumed)", "run",
      "number", minimum=0),
))  # fmt: skip

SWEEP = Table("sweep", "sweep.json: a measured grid of configurations beside the step theory", (
    C("schema", "str", "", "the format's name and version", enum=(SCHEMA,)),
    C("perfdiff_version", "str", "", "the perfdiff that wrote it"),
    C("source", "str", "", "what made each point's step: 'example:<kind>' or the factory 'module:function'"),
    C("kind", "str", "", "the step kind", enum=KINDS),
    C("grid", "object", "", "the axes (batch, seq, devices, weights, kv) and their values, in grid order"),
    C("steps", "int", "count", "steps timed, and traced, per point", minimum=1),
    C("warmup", "int", "count", "untimed warm-up steps per point", minimum=0),
    C("chip", "object", "", CHIP.doc + " (null until a point is analysed)", table=CHIP, nullable=True),
    C("points", "list", "", POINTS.doc, table=POINTS),
    C("fit", "object", "", FIT.doc, table=FIT),
    C("timing", "object", "", TIMING.doc, table=TIMING),
    C("complete", "bool", "", "every point is done or failed (false: interrupted; run again to resume)"),
))  # fmt: skip
