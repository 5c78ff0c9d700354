"""The roofline of each op: time at the chip's peaks, what bounds it, and the gap to measured time.

For an op with ``flops`` FLOPs, ``hbm_bytes`` bytes to and from HBM and ``ici_bytes`` bytes sent over
the interconnect (totals over its executions), on a chip with peak FLOP/s P (the int8/fp8 peak when the
op reads 8-bit inputs), HBM bandwidth B and interconnect bandwidth W (bytes/s):

    t_compute_s = flops / P      t_hbm_s = hbm_bytes / B      t_ici_s = ici_bytes / W
    theory_s    = max(t_compute_s, t_hbm_s, t_ici_s)           (a lower bound on its time)
    bound       = the resource of the largest term ("compute", "hbm", "ici"; "none" if all are 0)
    efficiency  = theory_s / measured_s                          (1 = at the roofline)
    gap_s       = measured_s - theory_s                          (time recoverable, at best)

An op without a cost (an opaque custom call, an op missing from the HLO) has bound "unknown" and NaN
times: it is never shown as free. An op whose cost is zero on every resource (waiting for an async
copy, a barrier) has bound "none": all of its time is gap. ``flag`` marks ops worth a look (see ``FlagRule``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from perfdiff.chips.table import Chip
from perfdiff.report.report import FlagRule
from perfdiff.report.vocabulary import Bound


def add_roofline(ops: pd.DataFrame, chip: Chip) -> pd.DataFrame:
    """``ops`` (columns flops, hbm_bytes, ici_bytes, int8_inputs, measured_s: totals) with the roofline
    columns t_compute_s, t_hbm_s, t_ici_s, theory_s, bound, efficiency, gap_s added (seconds)."""
    out = ops.copy()
    flops = out["flops"].to_numpy(float)
    hbm = out["hbm_bytes"].to_numpy(float)
    ici = out["ici_bytes"].fillna(0.0).to_numpy(float)
    peak = np.where(out["int8_inputs"].to_numpy(bool), chip.peak_int8_flops_per_s, chip.peak_flops_per_s)
    with np.errstate(divide="ignore", invalid="ignore"):
        t_compute = flops / peak
        t_hbm = hbm / chip.hbm_bytes_per_s
        t_ici = np.where(ici > 0, ici / chip.ici_bytes_per_s, 0.0)
    unknown = np.isnan(flops) & np.isnan(hbm)
    terms = np.stack([np.nan_to_num(t_compute, nan=0.0), np.nan_to_num(t_hbm, nan=0.0), t_ici])
    theory = np.where(unknown, np.nan, terms.max(axis=0))
    idle = ~unknown & (terms.max(axis=0) == 0)
    bound = np.select(
        [unknown, idle, terms[0] >= np.maximum(terms[1], terms[2]), terms[1] >= terms[2]],
        [Bound.UNKNOWN.value, Bound.NONE.value, Bound.COMPUTE.value, Bound.HBM.value],
        Bound.ICI.value,
    )
    measured = out["measured_s"].to_numpy(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        efficiency = np.where(measured > 0, theory / measured, np.nan)
    out["t_compute_s"] = t_compute
    out["t_hbm_s"] = t_hbm
    out["t_ici_s"] = np.where(unknown, np.nan, t_ici)
    out["theory_s"] = theory
    out["bound"] = bound
    out["efficiency"] = efficiency
    out["gap_s"] = measured - theory
    return out


def add_per_step(ops: pd.DataFrame, n_steps: int) -> pd.DataFrame:
    """Add calls_per_step, measured_per_step_s, theory_per_step_s and gap_per_step_s: the totals
    (occurrences, measured_s, theory_s, gap_s) per step and per device that ran the op."""
    out = ops.copy()
    per = n_steps * out["devices"].clip(lower=1)
    for total, column in (("occurrences", "calls_per_step"), ("measured_s", "measured_per_step_s"),
                          ("theory_s", "theory_per_step_s"), ("gap_s", "gap_per_step_s")):  # fmt: skip
        out[column] = out[total] / per
    return out


def add_flags(ops: pd.DataFrame, step_s: float, rule: FlagRule) -> pd.DataFrame:
    """Add ``share_of_step`` (gap_per_step_s / step_s) and ``flag`` (bool) by ``rule``."""
    out = ops.copy()
    with np.errstate(divide="ignore", invalid="ignore"):
        share = out["gap_per_step_s"].to_numpy(float) / step_s if step_s > 0 else np.full(len(out), np.nan)
    out["share_of_step"] = share
    efficiency = out["efficiency"].to_numpy(float)
    out["flag"] = (np.nan_to_num(share, nan=0.0) >= rule.min_step_share) & (
        np.nan_to_num(efficiency, nan=1.0) < rule.max_efficiency
    )
    return out
