"""``overlap`` and ``host``: time the step spends waiting on transfers — collectives over the
interconnect, copies over the host link.

- ``overlap``: the collectives' exposed time per step — the wait of an async collective's ``-done``,
  a synchronous collective's whole time (``measured_per_step_s`` either way). Starting them earlier
  hides them behind compute; resharding can remove them. The saving is that exposed time, at most
  (``medium``: not every collective can be hidden). With the run card's model, the step theory's
  ``max_model_parallelism`` says whether the model is split over more devices than the interconnect
  sustains.
- ``host``: copies to or from host memory (``link``) whose ``-done`` waits stall the step, or steps
  bound by the host link. The saving is the exposed wait (``medium``); ``hidden`` says how much of the
  transfers' span other work already covers. When the host link bounds the step, hiding the copies
  cannot take the step below the link's own time at its roof (``theory_step_s``): the advice is then
  to move less, and says how much hiding alone would buy (``hide_saving_s``).
"""

from __future__ import annotations

import math

from perfdiff import units
from perfdiff.advice.item import Advice, Context, agree, named, op_names


def _span_s(ctx: Context, ops) -> float:
    pairs = ops[ops["span_s"].notna()]
    return ctx.per_step(pairs, "span_s")


def overlap(ctx: Context) -> list[Advice]:
    ops = ctx.unclaimed(ctx.ops)
    collectives = ops[ops["collective"].notna() & (ops["collective"].astype(str) != "")]
    if collectives.empty:
        return []
    exposed = float(collectives["measured_per_step_s"].sum())
    saving = ctx.busy(exposed)
    if not ctx.worth_saying(saving):
        return []
    ctx.claim(collectives)
    names = op_names(collectives)
    kinds = named(dict.fromkeys(collectives.sort_values("measured_s", ascending=False)["collective"]))
    moved = ctx.per_step(collectives, "ici_bytes")
    span = _span_s(ctx, collectives)
    hidden = f"; their transfers span {units.seconds(span)}" if span > 0 else ""
    message = (
        f"overlap or remove the collectives: {ctx.saving_words(saving, up_to=True)} — {named(names)} "
        f"({kinds}, {units.si(moved, 'B')} per step over the interconnect) "
        f"{agree(names, 'keeps', 'keep')} the step waiting "
        f"{units.seconds(exposed)} per step on the critical path{hidden}; start them before the compute "
        "that does not need their result so it hides them (async collectives, a collective matmul), or "
        "reshard so the step communicates less (shard the weights so each device owns whole outputs)"
    )
    evidence = {"exposed_s": exposed, "ici_bytes": moved, "collectives": len(names), "step_s": ctx.step_s}
    if span > 0:
        evidence["span_s"] = span
    model = ctx.report.model or {}
    limit, tp = model.get("max_model_parallelism"), model.get("tp")
    if isinstance(limit, int | float) and isinstance(tp, int) and tp > 1 and tp > limit:
        message += (
            f"; the model is split over {tp} devices, past the {units.number(limit)} its matmuls keep "
            f"compute-bound over this interconnect at batch {model.get('batch')} (the step theory's "
            "max_model_parallelism): use fewer model-parallel devices and more data parallelism"
        )
        evidence |= {"model_parallelism": tp, "max_model_parallelism": float(limit)}
    return [Advice("overlap", message, saving, "medium", names, evidence)]


def host(ctx: Context) -> list[Advice]:
    ops = ctx.unclaimed(ctx.ops)
    rows = ops[(ops["link"].fillna("").astype(str) != "") | (ops["bound"] == "host")]
    if rows.empty:
        return []
    exposed = float(rows["measured_per_step_s"].sum())
    bound_by_host = ctx.report.summary.get("bound_by") == "host"
    saving = ctx.busy(exposed)
    if not (ctx.worth_saying(saving) or (bound_by_host and saving > 0)):
        return []
    ctx.claim(rows)
    names = op_names(rows)
    moved = ctx.per_step(rows, "host_bytes")
    span = _span_s(ctx, rows)
    directions = named(dict.fromkeys(d.replace("_", " ") for d in rows["link"].astype(str) if d))
    hidden = (
        f"; they span {units.seconds(span)} per step, {units.percent(max(span - exposed, 0.0) / span)} of "
        "it hidden behind other work"
        if span > 0
        else ""
    )
    lead = "the step is bound by its host transfers: " if bound_by_host else ""
    facts = (
        f"{lead}{named(names)} {agree(names, 'moves', 'move')} {units.si(moved, 'B')} per step over the "
        f"host link ({directions or 'host memory'}) and {agree(names, 'stalls', 'stall')} the step "
        f"{units.seconds(exposed)}{hidden}"
    )
    evidence = {"exposed_s": exposed, "host_bytes": moved, "transfers": len(names), "step_s": ctx.step_s}
    bound_s = ctx.report.summary.get("theory_step_s")
    if bound_by_host and isinstance(bound_s, int | float) and math.isfinite(bound_s):
        # The host link itself bounds the step: hiding the copies behind compute cannot take the step
        # below the link's own time at its roof, so only moving fewer bytes buys the whole stall.
        hide_s = min(saving, max(ctx.step_s - float(bound_s), 0.0))
        message = (
            f"move less over the host link: {ctx.saving_words(saving, up_to=True)} — {facts}; at the "
            f"host link's roof the step needs {units.seconds(float(bound_s))}, so starting the copies "
            f"earlier (hiding them behind compute) buys at most {units.seconds(hide_s)}; offloading fewer "
            "or smaller arrays, or keeping them in HBM if they fit, buys the rest"
        )
        evidence |= {"bound_s": float(bound_s), "hide_saving_s": hide_s}
    else:
        message = (
            f"hide the host transfers: {ctx.saving_words(saving, up_to=True)} — {facts}; start the copies "
            "earlier (prefetch what the next part of the step reads while this one computes), move less "
            "(offload fewer or smaller arrays), or keep the arrays in HBM if they fit"
        )
    if span > 0:
        evidence |= {"span_s": span, "hidden_fraction": max(span - exposed, 0.0) / span}
    return [Advice("host", message, saving, "medium", names, evidence)]
