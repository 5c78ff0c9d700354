"""A grid point's row of ``sweep.json``: what was measured, what the theory says, and the ratio.

The measured step is the median of the steps the capture timed without the profiler (the run card's
``untraced_step_s``: the profiler's own cost stays out of the frontier); the traced median comes from
the trace's step marks, and the bound from the op attribution: the bound class holding most of the
step's op time. The theory is ``perfdiff.llm.theory.step_theory_for_card`` of a run card made from the
point and the model (so it is what ``perfdiff theory`` prints for that configuration), with chips = 1
on a CPU (its fake devices share one host) and the devices as the tensor-parallel degree.
"""

from __future__ import annotations

import statistics
from typing import Any

from perfdiff.chips.table import Chip
from perfdiff.frontier.grid import Point
from perfdiff.llm.theory import step_theory_for_card
from perfdiff.report.report import Report
from perfdiff.report.sweep_tables import POINTS

_STORED = {"f32": "float32", "bf16": "bfloat16", "int8": "int8"}


def chips_of(point: Point, chip: Chip | None) -> int:
    """Chips the per-chip figures divide by: the devices, except on a CPU (one host, one chip)."""
    return 1 if chip is None or chip.kind == "cpu" else point.devices


def theory_card(point: Point, model: dict[str, Any]) -> dict[str, Any]:
    """The run card a capture of ``point`` has, as far as the theory reads it."""
    dtypes = {"weights": _STORED[point.weights], "kv": _STORED[point.kv], "compute": "float32"}
    return {"model": model, "step": {"kind": point.kind}, "batch": point.batch, "seq": point.seq,
            "dtypes": dtypes, "device_count": point.devices}  # fmt: skip


def theory_of(point: Point, model: dict[str, Any] | None, chip: Chip | None, compute: str | None = None):
    """The step theory of ``point`` (None without a model shape or a chip)."""
    if model is None or chip is None:
        return None
    card = theory_card(point, model)
    if compute:
        card["dtypes"]["compute"] = compute
    return step_theory_for_card(card, chip)


def measured(card: dict[str, Any], report: Report) -> dict[str, Any]:
    """step_s (median, min, max of the untimed-by-profiler steps), traced_step_s and bound."""
    untraced = [float(t) for t in card.get("untraced_step_s") or []]
    traced = [float(t) for t in report.steps["measured_s"].dropna()]
    by_bound = {k: v for k, v in (report.summary.get("time_by_bound_s") or {}).items() if v}
    return {
        "step_s": statistics.median(untraced) if untraced else None,
        "step_s_min": min(untraced, default=None),
        "step_s_max": max(untraced, default=None),
        "traced_step_s": statistics.median(traced) if traced else None,
        "bound": max(by_bound, key=by_bound.__getitem__) if by_bound else None,
    }


def _per(value: float | None, divisor: float | None) -> float | None:
    return value / divisor if value and divisor else None


def point_row(
    point: Point,
    status: str,
    *,
    chip: Chip | None,
    theory: dict[str, Any] | None,
    figures: dict[str, Any] | None = None,
    info: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """One row of ``POINTS`` (fit and frontier columns empty: the sweep fills them over all rows)."""
    row: dict[str, Any] = dict.fromkeys(POINTS.names)
    row |= {"point": point.name, "status": status, **point.to_dict(), "chips": chips_of(point, chip)}
    row |= {"on_frontier": False, "theory_on_frontier": False}
    row |= {k: v for k, v in (figures or {}).items() if k in row}
    row |= {k: v for k, v in (info or {}).items() if k in row}
    tokens = point.batch * point.tokens_per_sequence
    step, per_seq = row["step_s"], point.tokens_per_sequence
    row["tokens_per_s"] = _per(tokens, step)
    row["tokens_per_s_per_chip"] = _per(row["tokens_per_s"], row["chips"])
    row["latency_per_token_s"] = _per(step, per_seq)
    if theory is not None:
        ideal = theory["theory_step_s"]
        row["theory_step_s"] = ideal
        row["theory_tokens_per_s_per_chip"] = _per(_per(tokens, ideal), row["chips"])
        row["theory_latency_per_token_s"] = _per(ideal, per_seq)
        row["measured_over_theory"] = _per(step, ideal)
    return row
