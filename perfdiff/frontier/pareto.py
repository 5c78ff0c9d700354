"""The Pareto frontier of latency against throughput: the points no other point beats on both.

A point is on the frontier when no other point has a latency per token no higher and a throughput
per chip no lower, one of them strictly. Points without both figures take no part.
"""

from __future__ import annotations

import math
from collections.abc import Sequence


def frontier(latency: Sequence[float | None], throughput: Sequence[float | None]) -> list[bool]:
    """Per point: on the frontier (lower latency per token is better, higher throughput per chip)."""
    known: dict[int, tuple[float, float]] = {
        i: (lat, thr) for i, (lat, thr) in enumerate(zip(latency, throughput, strict=True))
        if lat is not None and thr is not None and math.isfinite(lat) and math.isfinite(thr)
    }  # fmt: skip
    flags = [False] * len(latency)
    for i, (lat, thr) in known.items():
        flags[i] = not any(
            other_lat <= lat and other_thr >= thr and (other_lat < lat or other_thr > thr)
            for j, (other_lat, other_thr) in known.items()
            if j != i
        )
    return flags
