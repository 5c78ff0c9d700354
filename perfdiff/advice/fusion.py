"""``fusion``: work XLA could fuse away, shown as ops of their own.

- A host callback (``jax.debug.callback``, ``jax.debug.print``, ``io_callback``, ``pure_callback``: a
  ``custom-call`` to a ``*callback*`` target; ``outfeed``) inside a step hands an array to Python,
  and splits the fusion around it: the producer must finish and write the array to memory. The saving
  is the callbacks' measured time plus the split — writing and reading back the bytes they take, at
  the rate the step's other memory-bound ops achieve (at most the memory roof) (``medium``).
- A dtype round trip: an op converting an array A → B and another converting an array of the same
  dimensions B → A, both materialised. The saving is their time (``medium``).
- Layout copies: a data-movement op of one operand whose result has the operand's dtype and its
  dimensions, permuted (a transpose, a copy to another layout) — the array rewritten only to change
  its layout. The saving is their time (``low``: whether the readers can take the stored layout is
  the user's to decide).

The ops are read from the op table's ``signature`` (``opcode[:target](operand shapes)->result``).
"""

from __future__ import annotations

import re

import pandas as pd

from perfdiff import units
from perfdiff.advice.item import Advice, Context, agree, named, op_names, sources

_ONE_OPERAND = re.compile(r"^[^(]*\((\w+)\[([\d,]*)\]\)->(\w+)\[([\d,]*)\]$")
_HOST_OPCODES = ("outfeed",)


def _one_operand(signature: str) -> tuple[str, tuple[str, ...], str, tuple[str, ...]] | None:
    """(operand dtype, dims, result dtype, dims) of a one-operand, one-array signature; else None."""
    found = _ONE_OPERAND.match(signature or "")
    if not found:
        return None
    a, dims_a, b, dims_b = found.groups()
    return a, tuple(filter(None, dims_a.split(","))), b, tuple(filter(None, dims_b.split(",")))


def _is_callback(row: pd.Series) -> bool:
    signature = str(row["signature"] or "")
    target = signature.split("(", 1)[0]
    return (row["opcode"] == "custom-call" and "callback" in target) or row["opcode"] in _HOST_OPCODES


def _achieved_memory_rate(ctx: Context, callbacks: pd.DataFrame, taken: float) -> float:
    """The rate (bytes/s) at which the step's other memory-bound ops move their bytes, at most the
    chip's memory roof: what writing and reading back one more array costs in this step (on a loaded
    CPU the ops run far below the roof; on a TPU near it). The roof when no such op moves bytes."""
    roof = float(ctx.report.chip.memory_bytes_per_s(taken)) if taken > 0 else 0.0
    ops = ctx.ops.drop(index=callbacks.index)
    memory = ops[ops["bound"] == "hbm"]
    moved, spent = ctx.per_step(memory, "hbm_bytes"), float(memory["measured_per_step_s"].sum())
    if not (moved > 0 and spent > 0):
        return roof
    return min(moved / spent, roof) if roof > 0 else moved / spent


def callbacks(ctx: Context) -> list[Advice]:
    ops = ctx.unclaimed(ctx.ops)
    if ops.empty:
        return []
    rows = ops[ops.apply(_is_callback, axis=1)]
    if rows.empty:
        return []
    callback_s = float(rows["measured_per_step_s"].sum())
    taken = ctx.per_step(rows, "hbm_bytes")  # the operands they read (their results are empty)
    bandwidth = _achieved_memory_rate(ctx, rows, taken)
    split_s = 2 * taken / bandwidth if bandwidth > 0 else 0.0
    saving = ctx.busy(callback_s) + split_s
    if not ctx.worth_saying(saving):
        return []
    ctx.claim(rows)
    names = op_names(rows)
    where = sources(rows)
    message = (
        f"take the host callback out of the step: {ctx.saving_words(saving)} — {named(names)}"
        f"{' (' + where + ')' if where else ''} {agree(names, 'hands', 'hand')} {units.si(taken, 'B')} per "
        f"step to Python, {agree(names, 'takes', 'take')} {units.seconds(callback_s)} per step, and "
        f"{agree(names, 'splits', 'split')} the fusion around {agree(names, 'it', 'them')}: the array is "
        f"written to memory and read back (about {units.seconds(split_s)} more at the "
        f"{units.si(bandwidth, 'B/s')} this step's memory-bound ops achieve); remove "
        "jax.debug.callback / jax.debug.print from the step, or call it every N steps outside the jitted "
        "function"
    )
    evidence = {
        "callback_s": callback_s,
        "callback_bytes": taken,
        "memory_bytes_per_s": bandwidth,
        "split_s": split_s,
        "step_s": ctx.step_s,
    }
    return [Advice("fusion", message, saving, "medium", names, evidence)]


def round_trips(ctx: Context) -> list[Advice]:
    ops = ctx.unclaimed(ctx.ops)
    shapes = {i: _one_operand(str(s)) for i, s in ops["signature"].fillna("").items()}
    converts = {i: s for i, s in shapes.items() if s is not None and s[0] != s[2] and s[1] == s[3]}
    paired = set()
    for i, (a, dims, b, _) in converts.items():
        for j, (c, dims_j, d, _) in converts.items():
            if i != j and (c, d, dims_j) == (b, a, dims):
                paired |= {i, j}
    rows = ops[ops.index.isin(list(paired))]
    taken = ctx.take(rows)
    if taken is None:
        return []
    time, saving = taken
    names = op_names(rows)
    types = named(dict.fromkeys(f"{converts[i][0]} → {converts[i][2]}" for i in rows.index))
    message = (
        f"drop the dtype round trip: {ctx.saving_words(saving)} — {named(names)} convert arrays "
        f"{types} and back ({units.seconds(time)} per step, {sources(rows) or 'no source line'}): keep the "
        "array in one dtype between them, or cast where it is read so XLA fuses the conversion"
    )
    evidence = {"convert_s": time, "converts": len(names), "step_s": ctx.step_s}
    return [Advice("fusion", message, saving, "medium", names, evidence)]


def layouts(ctx: Context) -> list[Advice]:
    ops = ctx.unclaimed(ctx.ops)
    moving = ops[ops["category"] == "data movement"]
    keep = []
    for i, signature in moving["signature"].fillna("").items():
        shape = _one_operand(str(signature))
        if shape and shape[0] == shape[2] and sorted(shape[1]) == sorted(shape[3]) and shape[1] != shape[3]:
            keep.append(i)
    rows = moving.loc[keep]
    taken = ctx.take(rows)
    if taken is None:
        return []
    time, saving = taken
    names = op_names(rows)
    first = _one_operand(str(rows.sort_values("measured_s", ascending=False)["signature"].iloc[0]))
    change = f"{first[0]}[{','.join(first[1])}] → [{','.join(first[3])}]" if first else ""
    where = sources(rows)
    message = (
        f"avoid the layout copies: {ctx.saving_words(saving, up_to=True)} — {named(names)}"
        f"{' (' + where + ')' if where else ''} {agree(names, 'rewrites', 'rewrite')} "
        f"{units.si(ctx.per_step(rows, 'hbm_bytes') / 2, 'B')} per step only to reorder dimensions "
        f"({change}), taking {units.seconds(time)} per step: store "
        "the arrays in the order their readers use, or make their producer write it"
    )
    evidence = {"layout_s": time, "layout_ops": len(names), "step_s": ctx.step_s}
    return [Advice("fusion", message, saving, "low", names, evidence)]
