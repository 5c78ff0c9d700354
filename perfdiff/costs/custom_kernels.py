"""Custom kernels (Pallas / Mosaic ``tpu_custom_call``, Triton calls, other opaque custom calls).

XLA cannot see inside a custom call: HloCostAnalysis says −1. Two ways to price one anyway:

- ``cost_estimate``: ``pallas_call(..., cost_estimate=pl.CostEstimate(flops=, transcendentals=,
  bytes_accessed=))`` writes ``"cost_estimate": {"flops": .., "transcendentals": .., "bytes_accessed":
  ..}`` into the Mosaic custom call's backend config (jax ``_src/tpu_custom_call.py``). Its figures
  are the kernel author's, used as they are.
- ``operand_bytes``: without one, a kernel reads its operands and writes its results at least once,
  so its HBM bytes are at least their sizes: a lower bound of its work (its FLOPs stay unknown).
  Its roofline time is then a lower bound, and so is its efficiency — ``cost_lower_bound`` says so.
"""

from __future__ import annotations

import json
import re
from typing import Any

_ESTIMATE = re.compile(r'"cost_estimate"\s*:\s*(\{[^{}]*\})')


def cost_estimate(backend_config: str | bytes) -> dict[str, float] | None:
    """``flops``, ``transcendentals``, ``bytes accessed`` from a backend config's ``cost_estimate``
    (FLOPs, operations, bytes per execution); None when it has none or it is not numbers ≥ 0."""
    text = backend_config.decode("utf-8", "replace") if isinstance(backend_config, bytes) else backend_config
    match = _ESTIMATE.search(text)
    if match is None:
        return None
    try:
        estimate: Any = json.loads(match.group(1))
        values = {
            "flops": float(estimate["flops"]),
            "transcendentals": float(estimate.get("transcendentals", 0.0)),
            "bytes accessed": float(estimate["bytes_accessed"]),
        }
    except (ValueError, KeyError, TypeError):
        return None
    return values if all(v >= 0 for v in values.values()) else None
