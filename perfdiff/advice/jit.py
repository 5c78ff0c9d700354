"""``jit``: the step is dispatched op by op from Python — idle time dominates it, and many small
separately compiled programs run in every step.

An un-jitted step runs each ``jax.numpy`` call as a program of its own (one or two ops each), with
Python's dispatch between them: the chip idles most of the step. Jitting it compiles the step into one
program, which removes the gaps (and fuses the ops). The saving is the idle time per step: the gaps
jit removes, a lower bound of what it buys (fusion saves op time too) — ``medium`` confidence.
"""

from __future__ import annotations

from perfdiff import units
from perfdiff.advice.item import Advice, Context, named, op_names

IDLE_SHARE = 0.5  # idle at least this share of the step
MIN_PROGRAMS = 5  # separately compiled programs run per step, at least
MAX_OPS_PER_PROGRAM = 4  # ops in a typical (median) program, at most: each is one jax.numpy call


def jit(ctx: Context) -> list[Advice]:
    summary = ctx.report.summary
    idle, step = summary.get("idle_s_mean"), ctx.step_s
    if not isinstance(idle, int | float) or not step > 0 or idle < IDLE_SHARE * step:
        return []
    ops = ctx.unclaimed(ctx.ops)
    if ops.empty:
        return []
    programs = ops.groupby("program_id", sort=False).agg(
        module=("module", "first"), ops=("op", "size"), runs=("calls_per_step", "max")
    )
    runs_per_step = float(programs["runs"].fillna(0).sum())
    if runs_per_step < MIN_PROGRAMS or programs["ops"].median() > MAX_OPS_PER_PROGRAM:
        return []
    saving = float(idle)
    if not ctx.worth_saying(saving):
        return []
    ctx.claim(ops)
    modules = list(dict.fromkeys(programs.sort_values("runs", ascending=False)["module"].astype(str)))
    message = (
        f"jit the step (wrap the step function in jax.jit): {ctx.saving_words(saving)} — no op runs for "
        f"{units.percent(idle / step)} of it ({units.seconds(idle)} idle per step) while "
        f"{units.number(runs_per_step)} separately compiled programs ({named(modules)}) run in each step, "
        f"{units.number(float(programs['ops'].median()))} op(s) each: every operation is dispatched from "
        "Python on its own; jitted, the step is one program and its ops fuse"
    )
    evidence = {
        "idle_s": float(idle),
        "step_s": step,
        "programs_per_step": runs_per_step,
        "programs": len(programs),
        "median_ops_per_program": float(programs["ops"].median()),
    }
    return [Advice("jit", message, saving, "medium", op_names(ops), evidence)]
