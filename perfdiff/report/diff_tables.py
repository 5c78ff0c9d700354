"""The diff's tables, one registry each: what ``Diff.to_dict()`` holds (see ``compare/diff.py``).

Every figure is per step and per device that ran the op (seconds), so runs with different step counts
or device counts compare directly. Add a column here and compute it in ``compare/diff.py``.
"""

from __future__ import annotations

from perfdiff.report.columns import Column, Table
from perfdiff.report.tables import BOUNDS

SCHEMA = "perfdiff.diff/2"  # 2: verdicts with intervals, drift interval, step parts, sentences
MATCHES = ("signature", "moved", "reshaped", "op_name", "shape", "name")  # compare.match.LEVELS' names
STATUSES = ("regressed", "improved", "unchanged", "inconclusive", "added", "removed")
VERDICTS = ("regressed", "improved", "unchanged", "inconclusive")  # compare.verdict.VERDICTS
VERDICT_REASONS = ("", "few steps", "straddles", "drift", "not found")

C = Column
OPS = Table("ops", "one row per op of either run, per step and per device that ran it; sorted by "
    "delta_measured_s, largest regression first", (
    C("module", "str", "", "the HLO module's name", "module"),
    C("op_base", "str", "", "the op's HLO name in the base run; null when absent", "base op",
      nullable=True),
    C("op_new", "str", "", "the op's HLO name in the new run; null when absent", "new op", nullable=True),
    C("match", "str", "", "the key that paired it (see compare.match.LEVELS); added / removed when "
      "unpaired", "match", enum=(*MATCHES, "added", "removed")),
    C("category", "str", "", "what kind of work it does", "kind"),
    C("opcode", "str", "", "the HLO opcode", "opcode"),
    C("source", "str", "", "the Python file:line that made it", "where", "source"),
    C("op_name", "str", "", "JAX's name for it", "JAX op"),
    C("signature_base", "str", "", "opcode and shapes in the base run", "base signature", nullable=True),
    C("signature_new", "str", "", "opcode and shapes in the new run", "new signature", nullable=True),
    C("bound_base", "str", "", "what bounds it in the base run", "base bound", enum=BOUNDS, nullable=True),
    C("bound_new", "str", "", "what bounds it in the new run", "new bound", enum=BOUNDS, nullable=True),
    C("calls_base", "float", "count", "executions per step in the base run", "base calls", "number",
      nullable=True, minimum=0),
    C("calls_new", "float", "count", "executions per step in the new run", "new calls", "number",
      nullable=True, minimum=0),
    C("measured_base_s", "float", "s", "self time per step in the base run", "base", "seconds",
      nullable=True, minimum=0),
    C("measured_new_s", "float", "s", "self time per step in the new run", "new", "seconds", nullable=True,
      minimum=0),
    C("theory_base_s", "float", "s", "roofline time per step in the base run", "base roofline", "seconds",
      nullable=True, minimum=0),
    C("theory_new_s", "float", "s", "roofline time per step in the new run", "new roofline", "seconds",
      nullable=True, minimum=0),
    C("efficiency_base", "float", "fraction", "theory / measured in the base run", "base eff", "percent",
      nullable=True, minimum=0),
    C("efficiency_new", "float", "fraction", "theory / measured in the new run", "new eff", "percent",
      nullable=True, minimum=0),
    C("samples_base", "int", "count", "(step, device) samples of it in the base run; 0 when absent",
      "base samples", "number", minimum=0),
    C("samples_new", "int", "count", "(step, device) samples of it in the new run; 0 when absent",
      "new samples", "number", minimum=0),
    C("median_base_s", "float", "s", "its median time per step and device in the base run: what the "
      "status judges", "base median", "seconds", nullable=True, minimum=0),
    C("median_new_s", "float", "s", "its median time per step and device in the new run", "new median",
      "seconds", nullable=True, minimum=0),
    C("delta_measured_s", "float", "s", "measured_new_s − measured_base_s", "Δ", "delta_seconds",
      nullable=True),
    C("measured_change", "float", "fraction", "delta_measured_s / measured_base_s", "Δ %",
      "delta_percent", nullable=True),
    C("delta_theory_s", "float", "s", "theory_new_s − theory_base_s", "Δ roofline", "delta_seconds",
      nullable=True),
    C("work_ratio", "float", "ratio", "theory_new_s / theory_base_s: how much its work changed",
      "work ×", "ratio", nullable=True, minimum=0),
    C("delta_work_s", "float", "s", "the part of delta_measured_s due to changed work", "Δ work",
      "delta_seconds", nullable=True),
    C("delta_efficiency_s", "float", "s", "the part due to the same work running better or worse",
      "Δ eff", "delta_seconds", nullable=True),
    C("share_of_step", "float", "fraction", "delta_measured_s / base mean step time", "of step",
      "delta_percent", nullable=True),
    C("drift_s", "float", "s", "the part of the change the run-wide drift explains: (drift − 1) × "
      "measured_base_s", "drift", "delta_seconds", nullable=True),
    C("noise_s", "float", "s", "its noise band: the largest of the rule's floors and its medians' "
      "error from their spread (see compare.verdict)", "noise", "seconds", nullable=True, minimum=0),
    C("above_noise", "bool", "", "|median_new_s − median_base_s| > noise_s", "above noise"),
    C("work_changed", "bool", "", "its FLOPs or bytes per step and device differ: it does different work",
      "work changed"),
    C("cause", "str", "", "the larger part of the change (unknown: unpriced)", "cause",
      enum=("work", "efficiency", "unknown")),
    C("status", "str", "", "regressed / improved beyond its noise and the drift, inconclusive when the "
      "drift or too few samples leave it open, else unchanged; added, removed (see compare.verdict)",
      "status", enum=STATUSES),
    C("reason", "str", "", "why it has its status, in a few words (more work, same work, slower, within "
      "noise, within the drift…)", "why"),
))  # fmt: skip

SOURCES = Table("by_source", "the op changes summed per source line (ops without one left out), "
    "largest delta_measured_s first", (
    C("source", "str", "", "the Python file:line", "where", "source"),
    C("ops", "int", "count", "ops made by that line", "ops", "number"),
    C("measured_base_s", "float", "s", "Σ self time per step in the base run", "base", "seconds"),
    C("measured_new_s", "float", "s", "Σ self time per step in the new run", "new", "seconds"),
    C("delta_measured_s", "float", "s", "Σ delta_measured_s", "Δ", "delta_seconds"),
    C("delta_work_s", "float", "s", "Σ delta_work_s", "Δ work", "delta_seconds"),
    C("delta_efficiency_s", "float", "s", "Σ delta_efficiency_s", "Δ eff", "delta_seconds"),
    C("regressed", "int", "count", "its ops that regressed above noise", "regressed", "number"),
    C("improved", "int", "count", "its ops that improved above noise", "improved", "number"),
))  # fmt: skip


def _figure(name: str, doc: str, label: str, kind: str = "seconds", unit: str = "s") -> Column:
    return C(name, "float", unit, doc, label, kind, nullable=True)


def _count(name: str, doc: str) -> Column:
    return C(name, "int", "count", doc, name.replace("_", " "), "number", minimum=0)


SUMMARY = Table("summary", "the diff's headline figures, seconds per step unless named otherwise", (
    _figure("step_base_s", "mean step time of the base run", "base step"),
    _figure("step_new_s", "mean step time of the new run", "new step"),
    _figure("delta_step_s", "step_new_s − step_base_s", "Δ step", "delta_seconds"),
    _figure("step_change", "delta_step_s / step_base_s", "Δ step %", "delta_percent", "fraction"),
    C("verdict", "str", "", "the step's verdict (see compare.verdict)", "verdict", enum=VERDICTS),
    C("verdict_reason", "str", "", "why inconclusive: too few steps for an interval, the interval "
      "straddles the threshold, the drift could explain the slowdown, or no op, added op or idle time "
      "accounts for it beyond its noise; '' otherwise", "why", enum=VERDICT_REASONS),
    _figure("change", "the step's change: Hodges–Lehmann estimate of new / base − 1 over all steps",
            "step change", "delta_percent", "fraction"),
    _figure("change_low", "low end of change's interval (null: too few steps)", "change low",
            "delta_percent", "fraction"),
    _figure("change_high", "high end of change's interval (null: too few steps)", "change high",
            "delta_percent", "fraction"),
    _figure("net_change_low", "change_low net of the drift's high end", "net low", "delta_percent",
            "fraction"),
    _figure("net_change_high", "change_high net of the drift's low end", "net high", "delta_percent",
            "fraction"),
    _figure("step_noise_s", "half the width of change's interval, in seconds of the base run's median "
            "step: an op of unchanged work that moved less than it and its band together (in quadrature) is "
            "not judged regressed or improved (null: too few steps)", "step noise"),
    _figure("found_slower_s", "the slowdown per step found in ops regressed beyond their noise, ops added "
            "and idle time that grew beyond the drift (see compare.verdict); null when the raw step is "
            "judged", "found slower", "delta_seconds"),
    _figure("found_faster_s", "the same for ops improved, ops removed and idle time that shrank beyond "
            "the drift", "found faster", "delta_seconds"),
    _figure("threshold", "the change that matters (--fail-above)", "threshold", "percent", "fraction"),
    _figure("confidence", "the intervals' confidence level", "confidence", "percent", "fraction"),
    _count("steps_base", "steps of the base run the verdict uses"),
    _count("steps_new", "steps of the new run the verdict uses"),
    C("steps_needed", "int", "count", "when inconclusive for want of steps: about how many steps per run "
      "would decide it; null otherwise or when none would", "steps needed", "number", nullable=True,
      minimum=0),
    _figure("drift", "new / base time of ops of unchanged work that wait on nothing (see compare.drift)",
            "drift", "ratio", "ratio"),
    _figure("drift_low", "low end of the drift's interval", "drift low", "ratio", "ratio"),
    _figure("drift_high", "high end of the drift's interval", "drift high", "ratio", "ratio"),
    _count("drift_ops", "ops of unchanged work that wait on nothing: what the drift is estimated from"),
    C("drift_estimated", "bool", "", "the drift was estimated (false: too few such ops, or drift turned "
      "off; drift is then 1)", "drift estimated"),
    _figure("theory_step_base_s", "overlap-aware roofline bound of a base step", "base bound"),
    _figure("theory_step_new_s", "overlap-aware roofline bound of a new step", "new bound"),
    _figure("op_theory_base_s", "Σ op roofline times, base", "base ops at roofline"),
    _figure("op_theory_new_s", "Σ op roofline times, new", "new ops at roofline"),
    _figure("op_measured_base_s", "op time of the busiest device, base", "base op time"),
    _figure("op_measured_new_s", "op time of the busiest device, new", "new op time"),
    _figure("idle_base_s", "idle time, base", "base idle"),
    _figure("idle_new_s", "idle time, new", "new idle"),
    _figure("overlap_base_s", "op time that did not lengthen a base step (see compare.parts)",
            "base overlap"),
    _figure("overlap_new_s", "op time that did not lengthen a new step", "new overlap"),
    _figure("model_theory_base_s", "the LLM step model, base; null without a run card", "base model"),
    _figure("model_theory_new_s", "the LLM step model, new; null without a run card", "new model"),
    _figure("delta_ops_s", "Σ delta_measured_s over ops", "Δ ops", "delta_seconds"),
    _figure("delta_work_s", "part of delta_step_s: Σ delta_work_s over costed ops", "Δ work",
            "delta_seconds"),
    _figure("delta_efficiency_s", "part of delta_step_s: Σ delta_efficiency_s over costed ops", "Δ eff",
            "delta_seconds"),
    _figure("delta_uncosted_s", "part of delta_step_s: Σ delta_measured_s over uncosted ops", "Δ uncosted",
            "delta_seconds"),
    _figure("delta_idle_s", "part of delta_step_s: idle_new_s − idle_base_s", "Δ idle", "delta_seconds"),
    _figure("delta_overlap_s", "part of delta_step_s: overlap_base_s − overlap_new_s (more overlap "
            "shortens the step); the five parts add up to delta_step_s", "Δ overlap", "delta_seconds"),
    _count("ops_base", "ops in the base run"),
    _count("ops_new", "ops in the new run"),
    _count("matched", "ops paired across the runs"),
    C("matched_by", "object", "count", "match level -> ops paired by it", "matched by", values="int"),
    _count("added", "ops only in the new run"),
    _count("removed", "ops only in the base run"),
    _count("regressed", "ops slower above noise"),
    _count("improved", "ops faster above noise"),
    _count("inconclusive", "ops whose change the drift or too few samples leave open"),
    _count("work_changed", "ops doing different work"),
    C("chip_base", "str", "", "the base run's chip", "base chip"),
    C("chip_new", "str", "", "the new run's chip", "new chip"),
))  # fmt: skip

RUN = Table("run", "one side of the diff", (
    C("run", "str", "", "the run's name"),
    C("path", "str", "", "the run folder"),
    C("platform", "str", "", "cpu, gpu or tpu"),
    C("chip", "str", "", "the chip it is priced on"),
    C("chip_source", "str", "", "where the chip's figures come from"),
    C("steps", "int", "count", "steps analysed", minimum=0),
    C("steps_inferred_from", "str", "", "the module whose executions are its steps, when its trace has no "
      "step marks (null: marked steps, or none)", nullable=True),
    C("step_selection", "str", "", "'all', 'whole', or the one step analysed"),
))  # fmt: skip

NOISE = Table("noise", "NoiseRule: when an op's change counts as real", (
    C("min_step_share", "float", "fraction", "floor: this share of the base step", minimum=0),
    C("min_relative", "float", "fraction", "floor: this share of the op's own time", minimum=0),
    C("confidence", "float", "fraction", "confidence level of every interval", minimum=0),
    C("threshold", "float", "fraction", "the step change that matters (--fail-above)", minimum=0),
    C("drift", "bool", "", "the run-wide drift is taken out first"),
))  # fmt: skip

DIFF = Table("diff", "Diff.to_dict(): two runs compared op by op (`perfdiff BASE NEW --format json`)", (
    C("schema", "str", "", "the format's name and version", enum=(SCHEMA,)),
    C("perfdiff_version", "str", "", "the perfdiff that wrote it"),
    C("base", "object", "", "the base run", table=RUN),
    C("new", "object", "", "the new run", table=RUN),
    C("noise", "object", "", NOISE.doc, table=NOISE),
    C("summary", "object", "", SUMMARY.doc, table=SUMMARY),
    C("ops", "list", "", OPS.doc, table=OPS),
    C("headline", "str", "", "the step's verdict in one sentence"),
    C("sentences", "list", "", "what changed, in words: idle first when it grew most, the parts of the "
      "step's change, the drift, the largest real op changes", values="str"),
    C("warnings", "list", "", "what the comparison could not do", values="str"),
))  # fmt: skip
