"""One piece of advice, and what every rule reads: the report's tables seen per step.

A rule (``registry``) reads a :class:`Context` — the Report, the run card, the mean step — and returns
:class:`Advice` items: what to change, the ops it is about, the numbers it used (``evidence``), the
time per step it buys (``saving_s``) and how sure that figure is (``confidence``). Their columns are
``report.advice_tables.ADVICE``.

Times per step are per device, as the op table's ``measured_per_step_s``. Where the ops of a step
overlap (XLA:CPU runs independent ops on several threads, so a step's op time can exceed its busy
time), taking work out shortens the step by its share of the busy time, not by its whole op time:
``Context.busy`` scales an op time by covered_s / op_s of the busiest device's steps.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from perfdiff import units
from perfdiff.report.report import Report

# Advice whose saving is below this share of the step is not worth a reader's time (and is within the
# noise of one capture): rules skip it.
MIN_SHARE = 0.02
MAX_NAMED = 3  # ops named in a message; the item's ``ops`` lists them all


@dataclass(frozen=True)
class Advice:
    """One item of the report's ``advice`` list (columns: ``report.advice_tables.ADVICE``)."""

    kind: str
    message: str
    saving_s: float | None
    confidence: str
    ops: tuple[str, ...]
    evidence: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self, step_s: float) -> dict[str, Any]:
        saving = self.saving_s if self.saving_s is not None and math.isfinite(self.saving_s) else None
        share = saving / step_s if saving is not None and step_s > 0 else None
        return {
            "kind": self.kind,
            "message": self.message,
            "saving_s": saving,
            "share_of_step": share,
            "confidence": self.confidence,
            "ops": list(self.ops),
            "evidence": {k: _plain(v) for k, v in self.evidence.items()},
        }


def _plain(value: Any) -> Any:
    """A JSON value: numpy numbers to Python, NaN to None."""
    if hasattr(value, "item") and getattr(value, "shape", None) == ():
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


@dataclass
class Context:
    """What the rules read. ``report``: the analysis; ``card``: the run card (or None); ``claimed``:
    (program_id, op) pairs an earlier rule has advised on, which later rules leave alone."""

    report: Report
    card: Mapping[str, Any] | None = None
    claimed: set[tuple[int, str]] = field(default_factory=set)

    @property
    def ops(self) -> pd.DataFrame:
        return self.report.ops

    @property
    def step_s(self) -> float:
        """The mean measured step (s); NaN when unknown."""
        value = self.report.summary.get("step_s_mean")
        return float(value) if isinstance(value, int | float) and value is not None else math.nan

    @property
    def n_steps(self) -> int:
        return max(len(self.report.steps), 1)

    def per_step(self, ops: pd.DataFrame, column: str) -> float:
        """Σ of a total column (seconds, bytes) of ``ops`` per step and per device that ran each op."""
        if ops.empty:
            return 0.0
        per = self.n_steps * ops["devices"].clip(lower=1)
        total = float((ops[column].astype(float) / per).sum())  # NaNs (unknown) count as 0
        return total if math.isfinite(total) else 0.0

    def busy(self, op_time_s: float) -> float:
        """``op_time_s`` (per step) as the share of the step's busy time it takes (module docstring)."""
        steps = self.report.steps
        if steps.empty or "covered_s" not in steps or "op_s" not in steps:
            return op_time_s
        covered, op = float(steps["covered_s"].mean()), float(steps["op_s"].mean())
        if not (op > covered > 0):
            return op_time_s
        return op_time_s * covered / op

    def worth_saying(self, saving_s: float) -> bool:
        """A saving of at least MIN_SHARE of the step."""
        return math.isfinite(saving_s) and math.isfinite(self.step_s) and saving_s >= MIN_SHARE * self.step_s

    def unclaimed(self, ops: pd.DataFrame) -> pd.DataFrame:
        """``ops`` less the rows an earlier rule advised on."""
        if not self.claimed or ops.empty:
            return ops
        keys = zip(ops["program_id"].tolist(), ops["op"].astype(str), strict=True)
        return ops[[(int(p), o) not in self.claimed for p, o in keys]]

    def take(self, ops: pd.DataFrame) -> tuple[float, float] | None:
        """(their time per step, the saving that buys) for ``ops`` a rule would advise removing, claiming
        them; None, claiming nothing, when there are none or the saving is too small to say
        (``worth_saying``)."""
        if ops.empty:
            return None
        time = float(ops["measured_per_step_s"].sum())
        saving = self.busy(time)
        if not self.worth_saying(saving):
            return None
        self.claim(ops)
        return time, saving

    def claim(self, ops: pd.DataFrame) -> None:
        self.claimed.update(zip(map(int, ops["program_id"].tolist()), ops["op"].astype(str), strict=True))

    def saving_words(self, saving_s: float, up_to: bool = False) -> str:
        """'saves about 4.20 ms per step (48 % of the step)'."""
        share = units.percent(saving_s / self.step_s) if self.step_s > 0 else units.DASH
        how = "up to" if up_to else "about"
        return f"saves {how} {units.seconds(saving_s)} per step ({share} of the step)"


def op_names(ops: pd.DataFrame) -> tuple[str, ...]:
    """The op names of ``ops``, largest measured time first."""
    ordered = ops.sort_values("measured_s", ascending=False, kind="stable")
    return tuple(dict.fromkeys(ordered["op"].astype(str)))


def named(names: Iterable[str], limit: int = MAX_NAMED) -> str:
    """'a, b and c' / 'a, b, c and 4 more'."""
    items = list(names)
    if len(items) <= 1:
        return "".join(items)
    if len(items) <= limit:
        return ", ".join(items[:-1]) + " and " + items[-1]
    return ", ".join(items[:limit]) + f" and {len(items) - limit} more"


def agree(names: Iterable[str], one: str, many: str) -> str:
    """The verb for the subject ``names``: ``one`` for a single name, else ``many``."""
    return one if len(list(names)) == 1 else many


def sources(ops: pd.DataFrame) -> str:
    """The distinct source lines of ``ops`` ('llama.py:320'), largest time first; '' when none."""
    ordered = ops.sort_values("measured_s", ascending=False, kind="stable")
    found = [units.short_source(s, parts=1) for s in ordered["source"].fillna("") if s]
    return named(dict.fromkeys(found))
