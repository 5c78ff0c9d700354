"""``batch`` and ``quantize``: a decode step that waits on loading its weights.

Below the critical batch (the chip's peak FLOP/s ÷ HBM bytes/s × bytes per weight ÷ 2: the LLM step
theory's ``critical_batch``) a decode step's matmuls read every weight once per step and do too few
FLOPs per byte to keep the chip busy: they are HBM-bound, and the step costs nearly the same at any
batch up to the critical one. The evidence is measured: the step's matmuls are mostly HBM-bound. The
run card's model, batch and dtypes (the report's ``model``) give the rest:

- ``batch``: at B* = ⌈critical batch⌉ (or the largest batch whose KV cache fits) the step turns
  compute-bound. The theory prices that step at r = step_s(B*) / step_s(B) of this one; the measured
  step T scaled by r gives B* tokens in T·r, so the B tokens of one step now cost T·r·B/B*: the saving
  per step of B tokens is T − T·r·B/B* (``low`` confidence: a theory ratio applied to a measurement).
- ``quantize``: int8 (or fp8) weights cut the time spent loading them by the ratio of bytes; the
  saving is the measured time of the HBM-bound matmuls × (1 − bytes(int8) / bytes(weights)) (``low``).
  Not on a CPU: XLA:CPU widens 8-bit weights in an op of its own before the matmul, so they cost
  more time there, not less (benchmarks/README.md, "The measured frontier").
"""

from __future__ import annotations

import math
from typing import Any

from perfdiff import units
from perfdiff.advice.item import Advice, Context, op_names
from perfdiff.errors import PerfdiffError
from perfdiff.llm.theory import DTYPE_BYTES, theory
from perfdiff.report.words import count

MIN_HBM_SHARE = 0.5  # of the matmuls' measured time, HBM-bound: "waits on loading its weights"
NARROW = ("int8", "fp8", "int4")


def _weight_bound(ctx: Context) -> tuple[dict[str, Any], Any, float] | None:
    """(the report's model theory, the HBM-bound matmul rows, their time per step) when the step is a
    decode step below the critical batch whose matmuls mostly wait on HBM; else None."""
    model = ctx.report.model
    if not model or model.get("step_kind") != "decode":
        return None
    batch, critical = model.get("batch"), model.get("critical_batch")
    if not isinstance(batch, int | float) or not isinstance(critical, int | float) or batch >= critical:
        return None
    ops = ctx.unclaimed(ctx.ops)
    matmuls = ops[ops["category"] == "matmul"]
    waiting = matmuls[matmuls["bound"] == "hbm"]
    matmul_s = float(matmuls["measured_per_step_s"].sum())
    waiting_s = float(waiting["measured_per_step_s"].sum())
    if not matmul_s > 0 or waiting_s < MIN_HBM_SHARE * matmul_s:
        return None
    return model, waiting, waiting_s


def _memory(ctx: Context) -> str:
    return "memory" if ctx.report.chip.kind == "cpu" else "HBM"


def batch(ctx: Context) -> list[Advice]:
    found = _weight_bound(ctx)
    model_card = (ctx.card or {}).get("model")
    if found is None or not isinstance(model_card, dict):
        return []
    model, waiting, waiting_s = found
    b, critical = int(model["batch"]), float(model["critical_batch"])
    target = math.ceil(critical)
    fits = model.get("max_batch")
    if isinstance(fits, int) and fits < target:
        target = fits  # the KV cache of a larger batch does not fit beside the weights
    if target <= b:
        return []
    try:
        there = theory(model_card, ctx.report.chip, chips=model["chips"], batch=target, seq=model["seq"],
                       weights=model["weights"], kv=model["kv"], compute=model["compute"],
                       params=model["params"], tp=model.get("tp"))  # fmt: skip
    except PerfdiffError:
        return []
    step = ctx.step_s
    ratio = there["step_s"] / model["step_s"]
    saving = step - step * ratio * b / target
    if not ctx.worth_saying(saving):
        return []
    chips = max(int(model.get("chips") or 1), 1)
    now, then = b / step / chips, target / (step * ratio) / chips
    memory = _memory(ctx)
    per_token = step * ratio / target
    message = (
        f"raise the batch from {b} to {target}: the {count(b, 'token')} of a step would cost "
        f"{units.seconds(per_token * b)} instead of {units.seconds(step)}, which {ctx.saving_words(saving)} "
        f"— the step is {memory}-bound on loading its {model['weights']} weights "
        f"({units.seconds(waiting_s)} per step of matmuls wait on {memory}) below the critical batch "
        f"{units.number(critical)} ({units.si(model['peak_flops_per_s'], 'FLOP/s')} ÷ "
        f"{units.si(model['hbm_bytes_per_s'], 'B/s')} × {units.number(DTYPE_BYTES[model['weights']])} "
        f"bytes per weight ÷ 2), where it turns compute-bound; the step theory prices a batch-{target} "
        f"step at {units.ratio(ratio)} this one: about {units.number(then)} tokens/s per chip there "
        f"against {units.number(now)} now (the theory's roofline: "
        f"{units.number(there['tokens_per_s_per_chip'])})"
    )
    if isinstance(fits, int) and target == fits:
        message += f"; {target} is the largest batch whose KV cache fits beside the weights"
    evidence = {
        "batch": b,
        "critical_batch": critical,
        "target_batch": target,
        "step_s": step,
        "theory_step_s": model["step_s"],
        "theory_target_step_s": there["step_s"],
        "weight_wait_s": waiting_s,
        "tokens_per_s_per_chip": now,
        "target_tokens_per_s_per_chip": then,
        "theory_target_tokens_per_s_per_chip": there["tokens_per_s_per_chip"],
    }
    return [Advice("batch", message, saving, "low", op_names(waiting), evidence)]


def quantize(ctx: Context) -> list[Advice]:
    found = _weight_bound(ctx)
    if found is None or ctx.report.chip.kind == "cpu":
        return []
    model, waiting, waiting_s = found
    weights = str(model.get("weights"))
    if weights in NARROW or weights not in DTYPE_BYTES:
        return []
    ratio = DTYPE_BYTES["int8"] / DTYPE_BYTES[weights]
    saving = waiting_s * (1 - ratio)
    if not ctx.worth_saying(saving):
        return []
    eight = "int8 or fp8" if ctx.report.chip.kind == "gpu" else "int8"
    message = (
        f"quantize the weights to {eight}: {ctx.saving_words(saving)} — at batch {model['batch']}, below "
        f"the critical batch {units.number(model['critical_batch'])}, the step's matmuls wait "
        f"{units.seconds(waiting_s)} per step on loading {units.si(model['param_bytes'], 'B')} of "
        f"{weights} weights from HBM; 8-bit weights are {units.ratio(ratio)} the bytes, so that wait "
        f"shrinks to about {units.seconds(waiting_s * ratio)} (the step theory's weight loading: "
        f"{units.seconds(model['param_s'])} → {units.seconds(model['param_s'] * ratio)} per step)"
    )
    evidence = {
        "batch": model["batch"],
        "critical_batch": model["critical_batch"],
        "weight_wait_s": waiting_s,
        "weight_bytes": model["param_bytes"],
        "byte_ratio": ratio,
        "theory_weight_load_s": model["param_s"],
    }
    return [Advice("quantize", message, saving, "low", op_names(waiting), evidence)]
