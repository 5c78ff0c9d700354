"""Measured efficiencies in the step theory: the roofline terms of a step, each slowed by the fraction
of its peak a real machine reaches, plus a fixed overhead.

The theory's terms for one step (seconds; see :mod:`perfdiff.llm.theory`)::

    decode   kv_s = KV-cache read       param_s = weight read    flops_s = 2·B·params / (C·peak)
    prefill  kv_s = 0                   param_s = weight read    flops_s = 2·B·P·params / (C·peak)
    train    kv_s = 0                   param_s = 0              flops_s = 6·B·S·params / (C·peak)

and ``ici_s``, the tensor-parallel all-reduces of the activations (two per layer forward, as Megatron
shards attention and MLP; training doubles them for the backward pass), which the book's decode step
leaves out. With efficiencies e (fractions in (0, 1]) and a fixed ``overhead_s`` per step (launches,
host work, anything that scales with none of the terms), the calibrated step is::

    kv_s / e_hbm + max(flops_s / e_compute, param_s / e_hbm) + ici_s / e_ici + overhead_s

which is the book's form (attention reads add to the MLP's max of compute and weight read) with the
interconnect term added. All efficiencies 1 and no overhead give the book's step plus ``ici_s``.
``perfdiff.frontier`` fits the efficiencies to a measured sweep; ``perfdiff theory --calibrate`` puts
them back into the theory of another configuration.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from perfdiff.errors import PerfdiffError

KINDS = ("decode", "prefill", "train")
RESOURCES = ("compute", "hbm", "ici")


@dataclass(frozen=True)
class Efficiency:
    """Fractions of each resource's peak a machine reaches (in (0, 1]; 1: at the roofline) and the
    step's fixed ``overhead_s`` (seconds, >= 0)."""

    compute: float = 1.0
    hbm: float = 1.0
    ici: float = 1.0
    overhead_s: float = 0.0

    def __post_init__(self) -> None:
        for name in RESOURCES:
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 1:
                raise PerfdiffError(f"efficiency {name} must be a fraction in (0, 1], got {value!r}")
        overhead = self.overhead_s
        if (
            isinstance(overhead, bool)
            or not isinstance(overhead, int | float)
            or not 0 <= overhead < math.inf
        ):
            raise PerfdiffError(f"efficiency overhead_s must be seconds >= 0, got {overhead!r}")

    @classmethod
    def of(cls, value: Efficiency | Mapping[str, Any]) -> Efficiency:
        """An Efficiency from itself or a mapping with some of its fields (null: 1, or 0 s)."""
        if isinstance(value, Efficiency):
            return value
        if not isinstance(value, Mapping):
            raise PerfdiffError(f"efficiency must be a mapping of {RESOURCES} and overhead_s, got {value!r}")
        unknown = sorted(set(value) - {*RESOURCES, "overhead_s"})
        if unknown:
            raise PerfdiffError(
                f"efficiency has unknown keys {unknown}: use {', '.join(RESOURCES)}, overhead_s"
            )
        return cls(**{k: v for k, v in value.items() if v is not None})

    def to_dict(self) -> dict[str, float]:
        return asdict(self)


@dataclass(frozen=True)
class StepTerms:
    """The roofline terms of one step (seconds each)."""

    kv_s: float
    param_s: float
    flops_s: float
    ici_s: float

    def to_dict(self) -> dict[str, float]:
        return asdict(self)


def step_terms(result: Mapping[str, Any], kind: str) -> StepTerms:
    """The terms of a ``kind`` step ("decode", "prefill" or "train") from a ``theory(...)`` result.

    Prefill is ``batch`` sequences of ``prefill`` tokens (``seq`` when prefill is not given); training
    ``batch`` sequences of ``seq`` tokens. Compute terms are at the roofline (MFU 1).
    """
    if kind not in KINDS:
        raise PerfdiffError(f"step kind {kind!r} has no step theory: use one of {', '.join(KINDS)}")
    batch, chips, peak = result["batch"], result["chips"], result["peak_flops_per_s"]
    params, ici_per_token = result["params"], result["ici_s"] / result["batch"]
    if kind == "decode":
        return StepTerms(result["kv_s"], result["param_s"], result["flops_s"], result["ici_s"])
    if kind == "prefill":
        tokens = batch * (result["prefill"] or result["seq"])
        return StepTerms(0.0, result["param_s"], 2 * params * tokens / (chips * peak), tokens * ici_per_token)
    tokens = batch * result["seq"]
    return StepTerms(0.0, 0.0, 6 * params * tokens / (chips * peak), 2 * tokens * ici_per_token)


def calibrated_step_s(terms: StepTerms, efficiency: Efficiency) -> float:
    """The step's time at those efficiencies (seconds): the formula of the module docstring."""
    e = efficiency
    mlp = max(terms.flops_s / e.compute, terms.param_s / e.hbm)
    return terms.kv_s / e.hbm + mlp + terms.ici_s / e.ici + e.overhead_s
