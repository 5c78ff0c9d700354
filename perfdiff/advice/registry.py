"""The rules, by name, and ``advise``: a Report (and its run card) -> the advice list, ranked.

Rules run in the order of ``RULES``; a rule that advises on ops claims them, and the rules after it
leave those ops alone (a copy made for want of donation is not also a layout copy; the ops of an
un-jitted step are not also "many tiny ops"). The items are then ranked by ``saving_s``, largest
first; those that buy trust rather than time (``saving_s`` None) come last.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from perfdiff.advice import donate, fusion, jit, overhead, serving, transfers, trust
from perfdiff.advice.item import Advice, Context
from perfdiff.report.report import Report

Rule = Callable[[Context], list[Advice]]

# name -> rule; each rule's module docstring says what it looks for and how it prices the saving.
RULES: dict[str, Rule] = {
    "donate": donate.donate,
    "jit": jit.jit,
    "host": transfers.host,
    "overlap": transfers.overlap,
    "callback": fusion.callbacks,
    "round_trip": fusion.round_trips,
    "layout": fusion.layouts,
    "overhead": overhead.overhead,
    "batch": serving.batch,
    "quantize": serving.quantize,
    "cost_suspect": trust.cost_suspect,
}


def advise(report: Report, card: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """What to change in the step ``report`` analysed, and the time each change buys: rows of
    ``report.advice_tables.ADVICE`` (plain dicts), largest saving first. ``card``: the run card
    (``Profile.card``), whose model shape the batch rule prices other batches with."""
    ctx = Context(report, card)
    items: list[Advice] = []
    for rule in RULES.values():
        items += rule(ctx)
    ranked = sorted(items, key=lambda a: (a.saving_s is None, -(a.saving_s or 0.0)))
    return [item.to_dict(ctx.step_s) for item in ranked]
