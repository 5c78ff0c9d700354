"""The report's tables, one registry each: what ``Report.to_dict()`` holds, column by column.

Add a column here (one line) and it is in the DataFrame's column list, the docstrings, the JSON schema
and the CLI/plugin labels; the code that computes it lives where the neighbouring columns are computed
(``attribution/analyze.py`` for ops and the summary, ``attribution/steps.py`` for steps).
Units are SI (seconds, FLOPs, bytes, FLOP/s, bytes/s); fractions are in [0, 1] (efficiency too: an op
that ran faster than its priced work is a cost-model suspect, with a null efficiency). null in JSON
stands for NaN.
"""

from __future__ import annotations

from perfdiff.report.advice_tables import ADVICE
from perfdiff.report.columns import Column, Table
from perfdiff.report.vocabulary import Bound, bound_label

SCHEMA = "perfdiff.report/1"
BOUNDS = tuple(b.value for b in Bound)

C = Column
OPS = Table("ops", "one row per (program_id, op): totals over its executions in the selected steps, on "
    "all hosts and devices; sorted by gap_s, largest first (unpriced and suspect ops last)", (
    C("program_id", "id", "", "the XLA program the op belongs to (a decimal string in JSON)", "program"),
    C("module", "str", "", "the HLO module's name", "module", nullable=True),
    C("op", "str", "", "the HLO instruction's name", "op"),
    C("opcode", "str", "", "the HLO opcode", "opcode", nullable=True),
    C("category", "str", "", "what kind of work it does (matmul, elementwise, collective…)", "kind",
      nullable=True),
    C("collective", "str", "", "the collective's kind (all-reduce, all-gather…); null for other ops",
      "collective", nullable=True),
    C("group_size", "int", "devices", "devices in each replica group of a collective", "group", "number",
      nullable=True, minimum=1),
    C("occurrences", "int", "count", "executions in the analysed steps, on every device", "executions",
      "number", minimum=0),
    C("devices", "int", "count", "devices that ran it", "devices", "number", minimum=1),
    C("measured_s", "float", "s", "self time, summed over executions", "total time", "seconds",
      nullable=True, minimum=0),
    C("flops", "float", "FLOPs", "floating-point operations, summed", "FLOPs", "si", "FLOP", nullable=True,
      minimum=0),
    C("hbm_bytes", "float", "bytes", "bytes to and from HBM (main memory on a CPU), summed", "HBM bytes",
      "si", "B", nullable=True, minimum=0),
    C("ici_bytes", "float", "bytes", "bytes sent over the interconnect, summed", "ICI bytes", "si", "B",
      nullable=True, minimum=0),
    C("dcn_bytes", "float", "bytes", "bytes sent between slices over the data-centre network, summed",
      "DCN bytes", "si", "B", nullable=True, minimum=0),
    C("host_bytes", "float", "bytes", "bytes moved over the host link (a copy to or from host memory), "
      "summed", "host bytes", "si", "B", nullable=True, minimum=0),
    C("link", "str", "", "to_host / from_host: the direction of a copy over the host link", "link",
      nullable=True),
    C("shared_by", "float", "devices", "devices sharing the chip while it ran: the mean number of fake CPU "
      "devices of its host busy during it (1 on accelerators); it is priced at that share of the host",
      "shared by", "number", minimum=1),
    C("t_compute_s", "float", "s", "flops / peak FLOP/s (the int8 peak for 8-bit inputs)", "t compute",
      "seconds", nullable=True, minimum=0),
    C("t_hbm_s", "float", "s", "hbm_bytes / HBM bytes/s", "t HBM", "seconds", nullable=True, minimum=0),
    C("t_ici_s", "float", "s", "ici_bytes / interconnect bytes/s", "t ICI", "seconds", nullable=True,
      minimum=0),
    C("t_host_s", "float", "s", "host_bytes / host-link bytes/s", "t host", "seconds", nullable=True,
      minimum=0),
    C("t_dcn_s", "float", "s", "dcn_bytes / DCN bytes/s", "t DCN", "seconds", nullable=True, minimum=0),
    C("t_overhead_s", "float", "s", "occurrences × the chip's per-op floor (launch, dispatch)",
      "t overhead", "seconds", nullable=True, minimum=0),
    C("theory_s", "float", "s", "the largest t_*_s: the roofline time, a lower bound (an async transfer: "
      "the part of it not hidden behind other work); null for unpriced and suspect ops", "total roofline",
      "seconds", nullable=True, minimum=0),
    C("bound", "str", "", "the largest roofline term (none: zero work; suspect: ran faster than priced; "
      "unpriced: no cost model)", "bound", enum=BOUNDS),
    C("efficiency", "float", "fraction", "theory_s / measured_s (an async transfer: its roofline over "
      "span_s; 1: at the roofline)", "eff", "percent", nullable=True, minimum=0, maximum=1),
    C("gap_s", "float", "s", "measured_s − theory_s: time recoverable at best", "total gap", "seconds",
      nullable=True),
    C("span_s", "float", "s", "an async transfer's time on its link, -start to -done (shared with "
      "transfers overlapping it on that link, by bytes), summed; null for other ops", "span", "seconds",
      nullable=True, minimum=0),
    C("exposed_s", "float", "s", "an async transfer's exposed time: its -done's wait (measured_s); null "
      "for other ops", "exposed", "seconds", nullable=True, minimum=0),
    C("hidden_fraction", "float", "fraction", "1 − exposed_s / span_s: the share of an async transfer "
      "hidden behind other work", "hidden", "percent", nullable=True, minimum=0, maximum=1),
    C("suspect", "str", "", "why the cost model is wrong for an op that ran faster than its priced work "
      "('' for the others)", "suspect"),
    C("cost_lower_bound", "bool", "", "its cost is a lower bound of its work (a custom kernel priced by "
      "its operand and result bytes): its efficiency is a lower bound too", "≥"),
    C("copies_input", "str", "", "a copy of a step input the step returns, made because the input was "
      "not donated: the input's name (JAX's argument path, e.g. cache[0]['k']); '' for other ops",
      "copies input"),
    C("calls_per_step", "float", "count", "occurrences per step and per device that ran it", "calls",
      "number", nullable=True, minimum=0),
    C("measured_per_step_s", "float", "s", "measured_s per step and per device that ran it", "time",
      "seconds", nullable=True, minimum=0),
    C("theory_per_step_s", "float", "s", "theory_s per step and per device that ran it", "roofline",
      "seconds", nullable=True, minimum=0),
    C("gap_per_step_s", "float", "s", "gap_s per step and per device that ran it", "gap", "seconds",
      nullable=True),
    C("share_of_step", "float", "fraction", "gap_per_step_s / mean step time", "of step", "percent",
      nullable=True),
    C("step_samples", "int", "count", "(step, device) pairs its time varies over: steps × devices that "
      "ran it", "samples", "number", minimum=0),
    C("step_q25_s", "float", "s", "lower quartile of its time per step on one device (0 where it did "
      "not run)", "q25", "seconds", nullable=True, minimum=0),
    C("step_median_s", "float", "s", "median of its time per step on one device", "median", "seconds",
      nullable=True, minimum=0),
    C("step_q75_s", "float", "s", "upper quartile of its time per step on one device", "q75", "seconds",
      nullable=True, minimum=0),
    C("flag", "bool", "", "worth a look: recovers enough of the step and runs far below its roofline "
      "(see thresholds)", "flag"),
    C("intensity_flops_per_byte", "float", "FLOPs/byte", "flops / hbm_bytes", "FLOP/B", "number",
      nullable=True, minimum=0),
    C("achieved_flops_per_s", "float", "FLOP/s",
      "flops per device over its time on that device (an async pair's: its span)",
      "FLOP/s", "si", "FLOP/s", nullable=True, minimum=0),
    C("achieved_hbm_bytes_per_s", "float", "bytes/s",
      "hbm_bytes per device over its time on that device (an async pair's: its span)",
      "HBM B/s", "si", "B/s", nullable=True, minimum=0),
    C("busiest_link", "str", "", "the memory or link whose bytes take it longest at their peak (hbm, ici, "
      "host, dcn; null: it moves no bytes)", "busiest link", nullable=True, required=False,
      enum=("hbm", "ici", "host", "dcn", None)),
    C("link_bytes_per_call", "float", "bytes", "bytes on busiest_link per execution", "bytes/call", "si", "B",
      nullable=True, required=False, minimum=0),
    C("achieved_link_bytes_per_s", "float", "bytes/s", "bytes on busiest_link per device over its time on "
      "that device (an async transfer: over its span)", "link B/s", "si", "B/s", nullable=True,
      required=False, minimum=0),
    C("cost_source", "str", "", "where its cost came from (trace, hlo_cost_analysis, gemm_shapes, none…)",
      "cost from"),
    C("int8_inputs", "bool", "", "it reads 8-bit inputs (priced at the int8 peak)", "int8"),
    C("source", "str", "", "the user's Python file:line that made it: the innermost stack frame outside "
      "the libraries (perfdiff.hlo.frames)", "where", "source", nullable=True),
    C("library_source", "str", "", "the innermost frame, file:line, when it is a library's (flax/nnx/nn/"
      "linear.py:422); '' when it is the user's", "library", "source", nullable=True),
    C("stack", "str", "", "the Python stack that made it, innermost frame first, one 'file:line in "
      "function' per line ('' when the HLO has none)", "stack", nullable=True),
    C("op_name", "str", "", "JAX's name for it (jit(f)/dot_general)", "JAX op", nullable=True),
    C("signature", "str", "", "opcode and shapes: stable across recompiles", "signature", nullable=True),
))  # fmt: skip

STEPS = Table("steps", "one row per analysed step (step -1: the whole profile, when it has no steps or "
    "step 'whole' is asked); the busiest device's figures", (
    C("step", "int", "", "the step number", "step", "number"),
    C("name", "str", "", "the step mark's name (inferred steps: the module's)", "name"),
    C("measured_s", "float", "s", "wall time of the step (its slowest host; inferred steps: the longest "
      "span of its ops on one device)", "measured", "seconds", nullable=True, minimum=0),
    C("theory_s", "float", "s", "Σ theory_s of its priced ops: each at its roofline, one after another "
      "(null: no op priced)", "ops at roofline", "seconds", nullable=True, minimum=0),
    C("bound_s", "float", "s", "max(Σ t_compute_s, Σ t_hbm_s, Σ t_ici_s) of its priced ops: what perfect "
      "overlap could not beat (null: no op priced)", "roofline bound", "seconds", nullable=True, minimum=0),
    C("bound_share", "float", "fraction", "bound_s / measured_s (1: the step runs at its bound)",
      "bound / measured", "percent", nullable=True, minimum=0),
    C("unpriced_share", "float", "fraction", "share of op_s in ops without a usable price (unpriced, or "
      "suspect), which theory_s and bound_s leave out (null: no op time)", "unpriced", "percent",
      nullable=True, minimum=0, maximum=1),
    C("op_s", "float", "s", "Σ self time of its ops", "op time", "seconds", nullable=True, minimum=0),
    C("covered_s", "float", "s", "time at least one op ran (the union of op intervals)", "covered",
      "seconds", nullable=True, minimum=0),
    C("idle_s", "float", "s", "measured_s − covered_s: no op running (host work, launch gaps)", "idle",
      "seconds", nullable=True, minimum=0),
    C("busiest_device", "str", "", "host:device:id with the most op time", "busiest device"),
    C("bound_by", "str", "", "the resource whose total is bound_s (host: the host link, one direction)",
      "bound by", enum=BOUNDS),
    C("model_theory_s", "float", "s", "the LLM step model of the run card's model", "model theory", "seconds",
      nullable=True, required=False, minimum=0),
))  # fmt: skip

TIME_BY_BOUND = Table("time_by_bound_s", "measured op time per step and device by bound class (s)", tuple(
    C(b.value, "float", "s", f"ops bound by {bound_label(b.value)}", bound_label(b.value), "seconds",
      nullable=True, minimum=0)
    for b in Bound
))  # fmt: skip

SUMMARY = Table("summary", "the run's headline figures: seconds per step unless named otherwise", (
    C("steps", "int", "count", "steps analysed, marked or inferred (0: the whole profile is one step)",
      "steps", "number", minimum=0),
    C("steps_inferred_from", "str", "", "the module whose executions are the steps, when the trace has no "
      "step marks (null: marked steps, or none)", "steps from", nullable=True),
    C("step_s_mean", "float", "s", "mean measured step time", "step", "seconds", nullable=True, minimum=0),
    C("theory_step_s", "float", "s", "mean of the steps' bound_s: the overlap-aware roofline bound of the "
      "priced ops (null: a step with no op priced)", "roofline bound", "seconds", nullable=True, minimum=0),
    C("op_measured_s", "float", "s", "mean op time of the busiest device", "op time", "seconds",
      nullable=True, minimum=0),
    C("op_theory_s", "float", "s", "mean Σ theory_s of the busiest device's priced ops (null: a step with "
      "no op priced)", "ops at roofline", "seconds", nullable=True, minimum=0),
    C("efficiency", "float", "fraction", "op_theory_s / the priced part of op_measured_s (null: nothing "
      "priced)", "op efficiency", "percent", nullable=True, minimum=0),
    C("unpriced_share", "float", "fraction", "share of op_measured_s in ops without a usable price "
      "(unpriced, or suspect): the theory figures leave it out (1: none priced)", "unpriced", "percent",
      nullable=True, minimum=0, maximum=1),
    C("idle_s_mean", "float", "s", "mean idle_s", "idle", "seconds", nullable=True, minimum=0),
    C("time_by_bound_s", "object", "s", TIME_BY_BOUND.doc, "by bound", table=TIME_BY_BOUND),
    C("flagged", "int", "count", "ops flagged", "flagged", "number", minimum=0),
    C("op_events", "int", "count", "op executions in the profile", "op events", "number", minimum=0),
    C("hosts", "int", "count", "hosts in the profile", "hosts", "number", minimum=0),
    C("devices", "int", "count", "devices in the profile", "devices", "number", minimum=0),
    C("model_theory_step_s", "float", "s", "the LLM step model's step time; null without a run card "
      "that names a model", "model theory", "seconds", nullable=True, minimum=0),
    C("bound_by", "str", "", "the resource that bounds most steps (steps' bound_by)", "bound by",
      enum=BOUNDS),
))  # fmt: skip

MEMORY_ROOF = Table("memory_roof", "the memory bandwidth per working-set size an op is priced at "
    "(a CPU's caches, then DRAM); empty: hbm_bytes_per_s at every size", (
    C("working_set_bytes", "float", "bytes", "bytes one op touches", "working set", "si", "B", minimum=0),
    C("bytes_per_s", "float", "bytes/s", "the bandwidth measured at that size", "B/s", "si", "B/s",
      minimum=0),
))  # fmt: skip

CHIP = Table("chip", "Chip.to_dict(): the roofline the ops are priced on; null = unknown", (
    C("name", "str", "", "the chip's name", "chip"),
    C("kind", "str", "", "tpu, gpu or cpu", "kind", enum=("tpu", "gpu", "cpu")),
    C("peak_flops_per_s", "float", "FLOP/s", "bf16 peak (f32 on a CPU)", "peak", "si", "FLOP/s",
      nullable=True, minimum=0),
    C("peak_int8_flops_per_s", "float", "FLOP/s", "int8/fp8 peak", "int8 peak", "si", "OP/s",
      nullable=True, minimum=0),
    C("hbm_bytes", "float", "bytes", "HBM capacity", "HBM", "si", "B", nullable=True, minimum=0),
    C("hbm_bytes_per_s", "float", "bytes/s", "HBM bandwidth", "HBM B/s", "si", "B/s", nullable=True,
      minimum=0),
    C("ici_link_bytes_per_s", "float", "bytes/s", "one interconnect link, one way", "ICI link", "si",
      "B/s", nullable=True, minimum=0),
    C("ici_links", "int", "count", "interconnect links per chip", "links", "number", minimum=0),
    C("topology", "str", "", "how chips connect (2D torus, NVLink…)", "topology"),
    C("source", "str", "", "where the figures come from", "source", enum=("table", "trace", "measured")),
    C("notes", "str", "", "how the figures were found", "notes"),
    C("host_link_bytes_per_s", "float", "bytes/s", "host link (PCIe / host DMA), one direction",
      "host link", "si", "B/s", nullable=True, minimum=0),
    C("dcn_bytes_per_s", "float", "bytes/s", "the data-centre network's share of one chip", "DCN", "si",
      "B/s", nullable=True, minimum=0),
    C("op_floor_s", "float", "s", "the per-op floor: the shortest time an op takes", "op floor",
      "seconds", nullable=True, minimum=0),
    C("memory_roof", "list", "", MEMORY_ROOF.doc, table=MEMORY_ROOF),
    C("ici_bytes_per_s", "float", "bytes/s", "interconnect bandwidth a collective sees", "ICI B/s", "si",
      "B/s", nullable=True, minimum=0),
    C("ridge_flops_per_byte", "float", "FLOPs/byte", "peak_flops_per_s / hbm_bytes_per_s", "ridge",
      "number", nullable=True, minimum=0),
))  # fmt: skip

THRESHOLDS = Table("thresholds", "FlagRule: when an op is flagged", (
    C("min_step_share", "float", "fraction", "share_of_step at least this", "min share", "percent",
      minimum=0),
    C("max_efficiency", "float", "fraction", "efficiency below this", "max efficiency", "percent",
      minimum=0),
))  # fmt: skip

REPORT = Table("report", "Report.to_dict(): the analysis of one run (perfdiff.report.json, `perfdiff "
    "PATH --format json`)", (
    C("schema", "str", "", "the format's name and version", enum=(SCHEMA,)),
    C("perfdiff_version", "str", "", "the perfdiff that wrote it"),
    C("run", "str", "", "the run's name"),
    C("path", "str", "", "the run folder"),
    C("platform", "str", "", "what ran the ops", enum=("cpu", "gpu", "tpu")),
    C("chip", "object", "", CHIP.doc, table=CHIP),
    C("thresholds", "object", "", THRESHOLDS.doc, table=THRESHOLDS),
    C("step_selection", "str", "", "'all', 'whole' (the whole profile as one step), or the one step "
      "analysed"),
    C("summary", "object", "", SUMMARY.doc, table=SUMMARY),
    C("steps", "list", "", STEPS.doc, table=STEPS),
    C("ops", "list", "", OPS.doc, table=OPS),
    C("model", "object", "", "the LLM step theory of the run card's model (perfdiff.theory)",
      nullable=True),
    C("warnings", "list", "", "what the analysis could not do", values="str"),
    C("advice", "list", "", ADVICE.doc, table=ADVICE),
))  # fmt: skip
