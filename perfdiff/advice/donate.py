"""``donate``: the step copies inputs it returns updated, because they were not donated.

The ops are those with ``copies_input`` (``hlo.donation``: a copy of an entry parameter that is not
aliased to an output and flows into the outputs). Donating the input lets XLA update its buffer in
place, so the saving is those copies' time — measured, hence ``high`` confidence.
"""

from __future__ import annotations

from perfdiff import units
from perfdiff.advice.item import Advice, Context, agree, named, op_names
from perfdiff.report.words import count


def argument(path: str) -> str:
    """The top-level argument of JAX's argument path: "cache[0]['k']" -> "cache"."""
    return path.split("[", 1)[0].split(".", 1)[0] or path


def donate(ctx: Context) -> list[Advice]:
    ops = ctx.unclaimed(ctx.ops)
    copies = ops[ops["copies_input"].fillna("").astype(str) != ""]
    # one item per program: each jitted function is donated on its own
    return [item for _, rows in copies.groupby("program_id", sort=False) for item in _program(ctx, rows)]


def _program(ctx: Context, copies) -> list[Advice]:
    copy_s = float(copies["measured_per_step_s"].sum())
    saving = ctx.busy(copy_s)
    if not ctx.worth_saying(saving):
        return []
    ctx.claim(copies)
    inputs = list(dict.fromkeys(copies["copies_input"].astype(str)))
    arguments = list(dict.fromkeys(argument(i) for i in inputs))
    moved = ctx.per_step(copies, "hbm_bytes")  # read and written: twice each input's size
    names = op_names(copies)
    quoted = "".join(f"{a!r}, " for a in arguments).rstrip(" ")
    module = str(copies["module"].iloc[0])
    message = (
        f"donate {named(arguments)} to {module} (jax.jit(..., donate_argnames=({quoted})), or "
        f"donate_argnums): {ctx.saving_words(saving)} — the step returns {count(len(inputs), 'input')} "
        f"updated ({named(inputs)}) without owning {'its buffer' if len(inputs) == 1 else 'their buffers'}, "
        f"so XLA copies each whole before updating it: {named(names)} {agree(names, 'moves', 'move')} "
        f"{units.si(moved, 'B')} and {agree(names, 'takes', 'take')} {units.seconds(copy_s)} per step; a "
        "donated input is updated in place"
    )
    evidence = {
        "copies": len(names),
        "inputs": len(inputs),
        "copy_s": copy_s,
        "copied_bytes": moved,
        "step_s": ctx.step_s,
    }
    return [Advice("donate", message, saving, "high", names, evidence)]
