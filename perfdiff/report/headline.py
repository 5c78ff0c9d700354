"""The report's verdict in one or two sentences: what bounds the step, and what to fix first.

Written once here; the CLI prints these strings first (as its "verdict" line) and the TensorBoard
plugin's ``/report`` route serves them, so the terminal and the browser say the same words.

The first sentence is the step: its measured time per step, its roofline bound and the resource
that sets it, and the bound class holding most op time. The second is the top advice when the report
has some (``Report.advice``: dicts with ``message``, ``saving_s`` seconds per step and
``confidence``), else the top flagged op (``flag_sentence``), else that nothing is flagged.
"""

from __future__ import annotations

import math
from typing import Any

from perfdiff import units
from perfdiff.chips.table import Chip
from perfdiff.report import words
from perfdiff.report.vocabulary import bound_label


def bound_word(bound: str, chip: Chip) -> str:
    """A bound class in the chip's own words (``vocabulary.bound_label``): HBM or memory, ICI or NVLink."""
    return bound_label(bound, chip.kind, chip.topology)


def flag_sentence(op: dict[str, Any], chip: Chip) -> str:
    """'all-gather.3 is ICI-bound at 12 % of its roofline: 1.8 ms/step recoverable (3 % of the step)'.

    ``op``: a row of the report's ops table (a ``label`` key, when present, names it)."""
    bound = str(op["bound"])
    where = ", ".join(filter(None, [words.where_words(op), op.get("op_name") or ""]))
    name = op.get("label") or op["op"]
    subject = f"{name} ({op.get('category') or op.get('opcode')}{', ' + where if where else ''})"
    share = units.percent(op["share_of_step"])
    gap = f"{units.seconds(op['gap_per_step_s'])}/step recoverable ({share} of the step)"
    if bound == "none":
        return f"{subject} does no work of its own (a wait or sync): {gap}"
    at = ("at least " if op.get("cost_lower_bound") else "") + units.percent(op["efficiency"])
    return f"{subject} is {bound_word(bound, chip)}-bound at {at} of its roofline: {gap}"


def _known(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def step_sentence(report: Any) -> str:
    """'The step takes 12.3 ms against a roofline bound of 4.10 ms (HBM-bound): 3.00× its bound; 62 %
    of op time is in HBM-bound ops.' Unknown parts are said to be unknown, never shown as 0."""
    s, chip = report.summary, report.chip
    step, bound, by = s.get("step_s_mean"), s.get("theory_step_s"), str(s.get("bound_by") or "")
    parts = [f"The step takes {units.seconds(step)}"]
    unpriced = words.unpriced_words(s)
    if _known(bound) and bound > 0:
        which = f" ({bound_word(by, chip)}-bound)" if by and by != "none" else ""
        parts.append(f" against a roofline bound of {units.seconds(bound)}{which}")
        if unpriced:
            parts.append(f", {unpriced}")
        elif _known(step):
            parts.append(f": {units.ratio(step / bound)} its bound")
    else:
        parts.append(f"; its roofline bound is {unpriced or 'unknown: no op has a cost model'}")
    times = {b: v for b, v in (s.get("time_by_bound_s") or {}).items() if _known(v) and v > 0}
    total = sum(times.values())
    if times and total > 0:
        top = max(times, key=lambda b: times[b])
        share = units.percent(times[top] / total)
        parts.append(f"; {share} of op time is in {bound_word(top, chip)}-bound ops")
    return "".join(parts) + "."


def advice_sentence(advice: dict[str, Any]) -> str:
    """'Fix first: <message> (saves up to 1.2 ms/step, high confidence).'"""
    saving = advice.get("saving_s")
    said = [f"saves up to {units.seconds(saving)}/step"] if _known(saving) else []
    if advice.get("confidence"):
        said.append(f"{advice['confidence']} confidence")
    tail = f" ({', '.join(said)})" if said else ""
    return f"Fix first: {str(advice.get('message', '')).rstrip('.')}{tail}."


def headline(report: Any) -> list[str]:
    """The verdict of ``report`` (a ``Report``): the step sentence, then the top advice or flag."""
    sentences = [step_sentence(report)]
    advice = list(getattr(report, "advice", None) or [])
    if advice:
        sentences.append(advice_sentence(advice[0]))
        return sentences
    ops = report.ops
    flagged = ops[ops["flag"].astype(bool)]
    if len(flagged):
        more = len(flagged) - 1
        tail = f" (and {more} more flagged op{'s' if more != 1 else ''})" if more else ""
        sentences.append(f"Top flag: {flag_sentence(flagged.iloc[0].to_dict(), report.chip)}{tail}.")
    else:
        rule = report.flag_rule
        sentences.append(
            f"No op is flagged: none recovers ≥ {units.percent(rule.min_step_share)} of the step while "
            f"running below {units.percent(rule.max_efficiency)} of its roofline."
        )
    return sentences
