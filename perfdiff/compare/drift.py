"""Run-wide drift: how much slower or faster the new run went as a whole — a busier machine, another
clock, a profiler setting — measured on ops whose work did not change.

Only ops that time their own work take part. An op that waits on others takes whatever its peers or
the host make it wait: a collective waits for the slowest device (a wider layer on one device makes
every all-reduce longer), an asynchronous ``-done`` waits for its transfer, a host transfer for the
host. Their ratios say nothing about the machine's speed, so they are left out (classified from the
op's opcode, category and collective columns), as are ops added, removed, uncosted, or doing different
work.

The drift is the time-weighted median of the taking-part ops' ratios of typical time (new / base
median time per step and device), with a percentile bootstrap interval over those ops (fixed seed: the
same runs give the same interval). Each op weighs the smaller of its two typical times: the drift is
what moved every op alike, and an op whose own time jumped — a regression of that one op — must not
weigh more for it (weighed by its new time, one op grown to half the step is drawn into the median
in a good share of the resamples, and the interval reaches out to its own ratio). When ops do not
all drift alike — contention slows multithreaded matmuls more than small single-threaded ops — the
interval is wide, and the verdicts it feeds are less certain.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from perfdiff.compare.stats import bootstrap_interval, weighted_median

MIN_OPS = 5  # fewer ops of unchanged work than this: no drift estimate (1.0)
# Opcodes whose time is spent waiting on a transfer or on the host, whatever their category says.
WAITING_OPCODES = frozenset(
    {"send", "send-done", "recv", "recv-done", "infeed", "outfeed", "copy-start", "copy-done"}
)


@dataclass(frozen=True)
class Drift:
    """``ratio`` (new / base time of the same work), its interval [``low``, ``high``] and the number of
    ``ops`` it is estimated from; ``estimated`` False when it was not (too few ops, or turned off),
    and then ratio = low = high = 1."""

    ratio: float
    low: float
    high: float
    ops: int
    estimated: bool


def waits_on_others(ops: pd.DataFrame) -> np.ndarray:
    """Per row: the op's time includes waiting on other devices, a transfer or the host (see the
    module doc). ``ops``: columns opcode, category and collective (empty or null where none)."""
    opcode = ops["opcode"].fillna("").astype(str)
    collective = ops["collective"].fillna("").astype(str) != ""
    asynchronous = opcode.str.endswith("-done") | opcode.str.endswith("-start")
    waiting = opcode.isin(WAITING_OPCODES) | ops["category"].fillna("").astype(str).eq("collective")
    return (collective | asynchronous | waiting).to_numpy(bool)


def same_work(frame: pd.DataFrame) -> np.ndarray:
    """Per row of a diff's op frame: the op takes part in the drift (see the module doc). Needs the
    columns match, work_changed, cause, opcode, category, collective, median_base_s, median_new_s."""
    m0, m1 = frame["median_base_s"].to_numpy(float), frame["median_new_s"].to_numpy(float)
    keep = ~frame["match"].isin(["added", "removed"]).to_numpy() & ~frame["work_changed"].to_numpy(bool)
    keep &= ~frame["cause"].eq("unknown").to_numpy() & ~waits_on_others(frame)
    with np.errstate(invalid="ignore"):
        keep &= (m0 > 0) & (m1 > 0)
    return keep


def estimate_drift(frame: pd.DataFrame, confidence: float, enabled: bool = True) -> Drift:
    """The run-wide drift of a diff's op frame (see the module doc)."""
    keep = same_work(frame)
    count = int(keep.sum())
    if not enabled or count < MIN_OPS:
        return Drift(1.0, 1.0, 1.0, count, False)
    m0 = frame["median_base_s"].to_numpy(float)[keep]
    m1 = frame["median_new_s"].to_numpy(float)[keep]
    logs, weights = np.log(m1 / m0), np.fmin(m0, m1)
    low, high = bootstrap_interval(logs, weights, confidence)
    return Drift(math.exp(weighted_median(logs, weights)), math.exp(low), math.exp(high), count, True)
