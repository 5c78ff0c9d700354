"""``cost_suspect``: op time whose price perfdiff does not trust, and why.

Three kinds of op have no trustworthy roofline: suspects (they ran faster than their priced work: the
cost model over-counts them, ``suspect`` says how), custom kernels priced at a lower bound (their
operand and result bytes), and unpriced ops (no cost model at all). Their recoverable time is unknown,
so this item buys trust rather than time: ``saving_s`` is null. Said when they hold at least
``MIN_SHARE`` of the step's op time.
"""

from __future__ import annotations

from perfdiff import units
from perfdiff.advice.item import MIN_SHARE, Advice, Context, named, op_names
from perfdiff.report.words import count

# custom-call targets of kernels a user writes (Pallas on TPU: Mosaic; on GPU: Triton), which a cost
# estimate can price
_KERNELS = ("tpu_custom_call", "triton", "mosaic")


def cost_suspect(ctx: Context) -> list[Advice]:
    ops = ctx.ops
    op_time = float(ops["measured_per_step_s"].sum())
    ops = ctx.unclaimed(ops)  # an op another item is about has its advice already
    suspect = ops[ops["bound"] == "suspect"]
    lower = ops[ops["cost_lower_bound"].astype(bool) & (ops["bound"] != "suspect")]
    unpriced = ops[ops["bound"] == "unpriced"]
    parts = [(suspect, "suspect"), (lower, "lower"), (unpriced, "unpriced")]
    times = {name: float(rows["measured_per_step_s"].sum()) for rows, name in parts}
    total = sum(times.values())
    if not op_time > 0 or total < MIN_SHARE * op_time:
        return []
    said = []
    if len(suspect):
        worst = suspect.sort_values("measured_s", ascending=False).head(2)
        reasons = "; ".join(f"{r.op} {r.suspect}" for r in worst.itertuples())
        said.append(
            f"{count(len(suspect), 'op')} ran faster than their priced work "
            f"({units.seconds(times['suspect'])} per step: {reasons})"
        )
    if len(lower):
        said.append(
            f"{count(len(lower), 'custom call')} priced from their operand and result bytes, a lower bound "
            f"({units.seconds(times['lower'])} per step: {named(op_names(lower))})"
        )
        signatures = " ".join(lower["signature"].fillna("").astype(str)).lower()
        if any(kernel in signatures for kernel in _KERNELS):
            said[-1] += (
                "; give a Pallas kernel its work: pallas_call(..., cost_estimate=pl.CostEstimate(flops=…, "
                "transcendentals=…, bytes_accessed=…))"
            )
    if len(unpriced):
        said.append(
            f"{count(len(unpriced), 'op')} without a cost model "
            f"({units.seconds(times['unpriced'])} per step: {named(op_names(unpriced))})"
        )
    message = (
        f"treat the roofline of {units.percent(total / op_time)} of the op time as unknown: perfdiff does "
        f"not trust the prices of these ops, so their recoverable time is not counted — " + "; ".join(said)
    )
    evidence = {
        "suspect_s": times["suspect"],
        "lower_bound_s": times["lower"],
        "unpriced_s": times["unpriced"],
        "op_s": op_time,
    }
    names = op_names(suspect) + op_names(lower) + op_names(unpriced)
    return [Advice("cost_suspect", message, None, "high", names, evidence)]
