"""The whole step explained: the change of the mean step time split into parts that add up.

Per run, with step the mean step time, idle the mean idle time (no op running on the busiest device:
host work, dispatch, input, synchronisation) and ops the Σ over ops of their time per step and device,
the op time that did not lengthen the step is

    overlap = ops + idle − step

(ops running alongside each other on one device's threads, asynchronous work, devices less busy than
the busiest). So step = ops − overlap + idle in each run, and

    Δstep = Δ(op time from work) + Δ(op time from efficiency) + Δ(op time of uncosted ops)
            + Δ(idle and dispatch) + Δ(overlap)

where the op parts are the sums of the ops' ``delta_work_s`` / ``delta_efficiency_s`` (and, for ops
without a cost, whose change cannot be split, their ``delta_measured_s``), and the overlap part is
overlap_base − overlap_new: more overlap shortens the step. The parts add up to Δstep to float
precision by construction; each is what it says because ops, idle and step are measured.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

PARTS = ("delta_work_s", "delta_efficiency_s", "delta_uncosted_s", "delta_idle_s", "delta_overlap_s")


def step_parts(base: dict[str, Any], new: dict[str, Any], ops: pd.DataFrame) -> dict[str, float]:
    """The parts of Δstep (``PARTS``), with the figures they come from. ``base``, ``new``: the runs'
    summaries (step_s_mean, idle_s_mean); ``ops``: the diff's op frame (measured_base_s,
    measured_new_s, delta_measured_s, delta_work_s, delta_efficiency_s)."""
    step0, step1 = _num(base.get("step_s_mean")), _num(new.get("step_s_mean"))
    idle0, idle1 = _num(base.get("idle_s_mean")), _num(new.get("idle_s_mean"))
    ops0 = float(np.nansum(ops["measured_base_s"].to_numpy(float)))
    ops1 = float(np.nansum(ops["measured_new_s"].to_numpy(float)))
    work = ops["delta_work_s"].to_numpy(float)
    costed = np.isfinite(work)
    delta = ops["delta_measured_s"].to_numpy(float)
    overlap0, overlap1 = ops0 + idle0 - step0, ops1 + idle1 - step1
    parts = {
        "delta_step_s": step1 - step0,
        "delta_ops_s": ops1 - ops0,
        "delta_work_s": float(work[costed].sum()),
        "delta_efficiency_s": float(ops["delta_efficiency_s"].to_numpy(float)[costed].sum()),
        "delta_uncosted_s": float(delta[~costed].sum()),
        "delta_idle_s": idle1 - idle0,
        "delta_overlap_s": overlap0 - overlap1,
        "overlap_base_s": overlap0,
        "overlap_new_s": overlap1,
    }
    # Sums of many float times leave rounding residue (1e-20 s where there is no overlap at all): a
    # part smaller than a billionth of the step is zero, not "-0.0000000271 ps from overlap".
    noise = 1e-12 * float(np.nanmax([abs(step0), abs(step1), 0.0]))
    return {name: (0.0 if abs(value) < noise else value) for name, value in parts.items()}


def _num(value: Any) -> float:
    return math.nan if value is None else float(value)
