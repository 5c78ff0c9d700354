"""Sentences about a report that every text view says alike: where the steps come from, what the theory
leaves out, where an op comes from. (The plugin writes the same words in ``report_view.js``.)"""

from __future__ import annotations

import math
from typing import Any

from perfdiff import units
from perfdiff.report.vocabulary import Bound, bound_label


def step_count_words(summary: dict[str, Any]) -> str:
    """How many steps and where they come from: "3 steps", "100 executions of jit_f, inferred"."""
    count, module = summary.get("steps") or 0, summary.get("steps_inferred_from")
    if count and module:
        return f"{count} execution{'s' if count != 1 else ''} of {module}, inferred"
    return f"{count or 'no'} step{'s' if count != 1 else ''}"


def unpriced_words(summary: dict[str, Any]) -> str:
    """What the theory figures leave out: "" when every op is priced, else "for the priced 62 % of op
    time (38 % unpriced)", or "unknown: …" when nothing is. The rest is op time of unpriced ops and of
    suspects (a price known wrong), named in the bound vocabulary's words."""
    share = summary.get("unpriced_share")
    if not isinstance(share, int | float) or not math.isfinite(share) or share <= 0:
        return ""
    by_bound = summary.get("time_by_bound_s") or {}
    kinds = [b for b in (Bound.UNPRICED, Bound.SUSPECT) if (by_bound.get(b.value) or 0) > 0]
    word = " or ".join(bound_label(b) for b in kinds or [Bound.UNPRICED])
    if share >= 1:
        return f"unknown: all op time is {word} (no usable price)"
    return f"for the priced {units.percent(1 - share)} of op time ({units.percent(share)} {word})"


def efficiency_words(summary: dict[str, Any]) -> str:
    """ "ops at 41 % of their rooflines", "priced ops at …" when some are unpriced, or unknown."""
    left_out, efficiency = unpriced_words(summary), units.percent(summary.get("efficiency"))
    if left_out.startswith("unknown"):
        return "efficiency unknown (no op priced)"
    return f"{'priced ops' if left_out else 'ops'} at {efficiency} of their rooflines"


def where_words(op: dict[str, Any], parts: int = 2) -> str:
    """The user's line, and the library frame that made the op beside it: "train.py:12 (via
    linear.py:422)"; "" when the op has no source."""
    user = units.short_source(op.get("source"), parts)
    library = units.short_source(op.get("library_source"), parts)
    return f"{user} (via {library})" if user and library else user


def unpriced_note(ops: Any, summary: dict[str, Any]) -> list[str]:
    """The note on ops without a cost model (``ops``: the report's ops table), or none."""
    unpriced = ops[ops["bound"] == Bound.UNPRICED]
    if not len(unpriced):
        return []
    time, share = unpriced["measured_per_step_s"].sum(), units.percent(summary.get("unpriced_share"))
    return [
        f"{len(unpriced)} ops ({units.seconds(time)}/step, {share} of op time) have no cost model: bound "
        f"'{bound_label(Bound.UNPRICED)}'; the theory and efficiency figures leave them out"
    ]


def count(n: int, noun: str) -> str:
    """'1 input', '4 inputs'."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
