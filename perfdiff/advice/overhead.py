"""``overhead``: many tiny ops, each below the chip's per-op floor (launch, dispatch).

Ops bound by ``overhead`` cost the per-op floor more than their work. Fused into fewer, larger ops (a
larger jitted region, ``jax.lax.scan`` over a loop, more work per op) they would cost about their
work: the saving is their measured time less their work's roofline (the largest of their compute,
memory and link terms), ``low`` confidence (how many floors remain depends on how they fuse).
"""

from __future__ import annotations

import numpy as np

from perfdiff import units
from perfdiff.advice.item import Advice, Context, named, op_names

MIN_OPS_PER_STEP = 20  # "many": fewer tiny ops are not worth restructuring a step for
_WORK = ("t_compute_s", "t_hbm_s", "t_ici_s", "t_host_s", "t_dcn_s")


def overhead(ctx: Context) -> list[Advice]:
    ops = ctx.unclaimed(ctx.ops)
    tiny = ops[ops["bound"] == "overhead"]
    calls = float(tiny["calls_per_step"].sum())
    if tiny.empty or calls < MIN_OPS_PER_STEP:
        return []
    time = float(tiny["measured_per_step_s"].sum())
    per = ctx.n_steps * tiny["devices"].clip(lower=1)
    work = float((np.nan_to_num(tiny[list(_WORK)].astype(float).to_numpy()).max(axis=1) / per).sum())
    saving = ctx.busy(max(time - work, 0.0))
    if not ctx.worth_saying(saving):
        return []
    ctx.claim(tiny)
    names = op_names(tiny)
    floor = ctx.report.chip.op_floor_s
    message = (
        f"use fewer, larger ops: {ctx.saving_words(saving, up_to=True)} — {units.number(calls)} op "
        f"executions per step ({named(names)}) each do less work than the chip's per-op floor "
        f"({units.seconds(floor)}) and take {units.seconds(time)} per step together, against "
        f"{units.seconds(work)} of work: fuse them (jit a larger function), turn Python loops over "
        "layers or steps into jax.lax.scan, or give each op more work (a larger batch)"
    )
    evidence = {
        "tiny_ops_per_step": calls,
        "tiny_op_s": time,
        "work_s": work,
        "op_floor_s": floor,
        "step_s": ctx.step_s,
    }
    return [Advice("overhead", message, saving, "low", names, evidence)]
