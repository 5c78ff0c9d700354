"""What a diff says in words, written once: the CLI, the JSON (``headline``, ``sentences``) and the
TensorBoard diff view show these strings as they are.

``headline`` is the verdict with its numbers. ``sentences`` explain the step: idle time first when it
grew most, then the parts of Δstep, the drift, and the largest op changes that are real (beyond noise,
a change of the op's work, an op added or removed).
"""

from __future__ import annotations

import re
from typing import Any, cast

import pandas as pd

from perfdiff import units
from perfdiff.chips.table import Chip
from perfdiff.compare.drift import MIN_OPS, Drift
from perfdiff.compare.verdict import STEP_NOISE_REASON
from perfdiff.report.vocabulary import bound_label

MAX_OPS = 8  # op sentences at most; the rest are counted
IDLE_JIT_SHARE = 0.5  # idle above this share of the new step (and doubled): ask whether it is jitted
_SHAPE = re.compile(r"[a-z]+\d*[a-z\d]*\[[\d,]*\]")


def headline(s: dict[str, Any], drift: Drift) -> str:
    """The step's verdict in one sentence, from the diff's summary ``s``."""
    verdict, conf = s["verdict"], units.percent(s["confidence"])
    threshold = units.percent(s["threshold"])
    steps = f"{s['steps_base']} and {s['steps_new']} steps"
    if s["verdict_reason"] == "few steps":
        mean = units.percent(s["step_change"], signed=True)
        marks = (
            " (a profile without step marks is one step: wrap each step in jax.profiler.StepTraceAnnotation)"
            if min(s["steps_base"], s["steps_new"]) <= 1
            else ""
        )
        return (
            f"inconclusive: {steps} cannot give a {conf} interval of the step's change (the means differ "
            f"by {mean}); at least {s['steps_needed']} steps in each run would{marks}"
        )
    change = (
        f"the step changed {units.percent(s['change'], signed=True)} ({conf} interval "
        f"{units.percent(s['change_low'], signed=True)} to {units.percent(s['change_high'], signed=True)}, "
        f"{steps})"
    )
    if verdict == "regressed":
        return f"regressed: {change}, more than the {threshold} threshold"
    if verdict == "improved":
        return f"improved: {change}, faster beyond the {threshold} threshold"
    if verdict == "unchanged":
        return f"unchanged: {change}, within the {threshold} threshold"
    if s["verdict_reason"] == "not found":
        return (
            f"inconclusive: {change}, above the {threshold} threshold, but no op, added op or idle time "
            f"accounts for it beyond its noise ({units.seconds(s['found_slower_s'])} of the "
            f"{units.seconds(s['delta_step_s'])} per step are found): ops ran less in parallel, or many "
            "ops slowed a little; compare runs from one machine, or judge the raw step with drift turned "
            "off (--no-drift)"
        )
    if s["verdict_reason"] == "drift":
        return (
            f"inconclusive: {change}, above the {threshold} threshold, but ops of unchanged work ran up to "
            f"{units.ratio(drift.high)} as long (drift {units.ratio(drift.ratio)}, interval "
            f"{units.ratio(drift.low)} to {units.ratio(drift.high)}): a slower or busier machine could "
            "explain it; compare runs from one machine, or judge the raw step with drift turned off "
            "(--no-drift)"
        )
    needed = s["steps_needed"]
    more = (
        f"about {needed} steps in each run would decide it"
        if needed
        else "more steps would hardly decide it: the change sits at the threshold"
    )
    return f"inconclusive: {change}, which straddles the {threshold} threshold; {more}"


def sentences(
    s: dict[str, Any], ops: pd.DataFrame, drift: Drift, drift_enabled: bool, chip: Chip
) -> list[str]:
    """The explanation of the step (see the module doc), from the summary ``s``, the op frame and the
    drift; ``chip`` names the bounds of added ops."""
    out = []
    idle = idle_sentence(s)
    if idle:
        out.append(idle)
    out.append(parts_sentence(s))
    out.append(drift_sentence(drift, drift_enabled, s["confidence"]))
    out += op_sentences(ops, chip, s.get("step_noise_s"))
    return out


def idle_sentence(s: dict[str, Any]) -> str:
    """'idle grew 11.0 ms → 440 ms per step: …' when idle time grew by more than any other part of
    Δstep and by more than the op noise floor; else ''."""
    grew = s["delta_idle_s"]
    others = [
        abs(s[p]) for p in ("delta_work_s", "delta_efficiency_s", "delta_uncosted_s", "delta_overlap_s")
    ]
    if not grew > 0 or not grew > max(others) or not grew > 0.01 * s["step_base_s"]:
        return ""
    idle0, idle1 = s["idle_base_s"], s["idle_new_s"]
    if idle1 > IDLE_JIT_SHARE * s["step_new_s"] and idle1 > 2 * idle0:
        why = "no op runs for most of the new step: is the step jitted?"
    else:
        why = "time between ops (host work, dispatch, input, synchronisation)"
    return f"idle grew {units.seconds(idle0)} → {units.seconds(idle1)} per step: {why}"


def parts_sentence(s: dict[str, Any]) -> str:
    """Δ mean step = its parts (``compare.parts``), each signed."""
    sign = lambda v: units.seconds(v, signed=True)  # noqa: E731
    text = (
        f"the mean step went {units.seconds(s['step_base_s'])} → {units.seconds(s['step_new_s'])} "
        f"({sign(s['delta_step_s'])}) = {sign(s['delta_work_s'])} from changed work "
        f"{sign(s['delta_efficiency_s'])} from efficiency "
    )
    if s["delta_uncosted_s"] != 0:
        text += f"{sign(s['delta_uncosted_s'])} from uncosted ops "
    return (
        text + f"{sign(s['delta_idle_s'])} from idle and dispatch {sign(s['delta_overlap_s'])} from overlap"
    )


def drift_sentence(drift: Drift, enabled: bool, confidence: float) -> str:
    if not enabled:
        return "drift not taken out (--no-drift): each op is judged on its raw change"
    if not drift.estimated:
        return (
            f"no drift estimate: {drift.ops} ops of unchanged work wait on nothing (at least {MIN_OPS} "
            "needed); each op is judged on its raw change"
        )
    return (
        f"ops of unchanged work ran {units.ratio(drift.ratio)} as long ({units.percent(confidence)} interval "
        f"{units.ratio(drift.low)} to {units.ratio(drift.high)}, from {drift.ops} ops that wait on nothing): "
        "the run-wide drift, taken out before judging each op"
    )


def op_sentences(ops: pd.DataFrame, chip: Chip, step_noise_s: float | None = None) -> list[str]:
    """Plain words for the largest real op changes (see the module doc), largest |Δ| first;
    ``step_noise_s``: the summary's, said with the ops judged against it."""
    real = (
        ops["status"].isin(["regressed", "improved", "inconclusive", "added", "removed"])
        | ops["work_changed"]
    )
    rows = ops[real].reindex(ops.loc[real, "delta_measured_s"].abs().sort_values(ascending=False).index)
    records = cast("list[dict[str, Any]]", rows.head(MAX_OPS).to_dict("records"))
    out = [change_sentence(op, chip, step_noise_s) for op in records]
    if len(rows) > MAX_OPS:
        out.append(f"… and {len(rows) - MAX_OPS} more (--format csv lists every op)")
    if not out:
        out.append("no op changed beyond its noise")
    return out


def change_sentence(op: dict[str, Any], chip: Chip, step_noise_s: float | None = None) -> str:
    where = ", ".join(filter(None, [units.short_source(op.get("source")), op.get("op_name") or ""]))
    subject = f"{op_label(op)} ({op.get('category') or op.get('opcode')}{', ' + where if where else ''})"
    delta = op["delta_measured_s"]
    share = units.percent(op["share_of_step"], signed=True)
    size = f"{units.seconds(abs(delta))}/step ({share} of the base step)"
    status = op["status"]
    if status == "added":
        return (
            f"{subject} is new: {size}, {bound_label(str(op['bound_new']), chip.kind, chip.topology)}-bound"
        )
    if status == "removed":
        return f"{subject} is gone: {size} saved"
    if status in ("regressed", "improved"):
        text = f"{subject} {status} by {size}: {op['reason']}"
    else:
        reason = op["reason"]
        if reason == STEP_NOISE_REASON and step_noise_s is not None and step_noise_s == step_noise_s:
            reason += f", ±{units.seconds(step_noise_s)}/step"
        text = f"{subject} changed by {units.seconds(delta, signed=True)}/step ({status}: {reason})"
    if op["work_changed"] and op["work_ratio"] == op["work_ratio"]:
        text += f"; its work changed {units.ratio(op['work_ratio'])}"
        if op["signature_base"] != op["signature_new"]:
            text += f" ({shape_change(op['signature_base'], op['signature_new'])})"
    text += (
        f"; {units.seconds(op['delta_work_s'], signed=True)} from work, "
        f"{units.seconds(op['delta_efficiency_s'], signed=True)} from efficiency "
        f"({units.percent(op['efficiency_base'])} → {units.percent(op['efficiency_new'])} of roofline)"
    )
    return text


def shape_change(before: str | None, after: str | None) -> str:
    """The shapes that differ between two signatures: 'f32[256,512] → f32[256,2048]'."""
    old, new = _SHAPE.findall(before or ""), _SHAPE.findall(after or "")
    if len(old) != len(new):
        return f"{before} → {after}"
    pairs = dict.fromkeys((a, b) for a, b in zip(old, new, strict=True) if a != b)
    return ", ".join(f"{a} → {b}" for a, b in pairs)


def op_label(op: dict[str, Any]) -> str:
    new, base = op.get("op_new"), op.get("op_base")
    if new and base and new != base:
        return f"{new} (was {base})"
    return str(new or base)
