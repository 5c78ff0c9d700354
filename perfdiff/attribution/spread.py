"""How much an op's time varies from step to step and device to device: its per-step quartiles.

The report's op table holds totals; a diff needs to know whether an op's change stands out from its
own variation. Per op, every (step, device) pair of the analysed steps and the devices that ran it
is one sample: the op's self time in that step on that device (0 where it did not run there). Four
numbers per op summarise them — the count and the quartiles — so the saved report stays small
however many steps and devices the profile holds (the samples themselves are steps × devices per
op). The columns (``report/tables.py``): ``step_samples``, ``step_q25_s``, ``step_median_s``,
``step_q75_s``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from perfdiff.compute.grouping import group_ids

_KEYS = ["program_id", "op"]
_DEVICE = ["host", "device", "device_id"]
QUARTILES = {"step_q25_s": 0.25, "step_median_s": 0.5, "step_q75_s": 0.75}


def op_spread(executions: pd.DataFrame, n_steps: int) -> pd.DataFrame:
    """Per (program_id, op): step_samples and the quartiles of its per-(step, device) time (s).

    ``executions``: one row per (host, device, device_id, step, program_id, op) with ``measured_s``,
    the op's self time there (the analysis's execution table). ``n_steps``: the steps analysed. The
    quantiles interpolate linearly between order statistics (numpy's default), counting the pairs
    where the op did not run as zeros.
    """
    ids, first = group_ids(executions, _KEYS)
    groups = len(first)
    _, pair_first = group_ids(executions, _KEYS + _DEVICE)
    devices = np.bincount(ids[pair_first], minlength=groups)
    samples = devices * max(n_steps, 1)
    values = executions["measured_s"].to_numpy(float)
    order = np.lexsort((values, ids))
    ordered = values[order]
    present = np.bincount(ids, minlength=groups)
    start = np.concatenate([[0], np.cumsum(present)[:-1]])
    zeros = np.maximum(samples - present, 0)
    out = executions[_KEYS].iloc[first].reset_index(drop=True)
    out["step_samples"] = samples.astype(np.int64)
    for column, q in QUARTILES.items():
        out[column] = _quantile(ordered, start, present, zeros, q)
    return out


def _quantile(
    ordered: np.ndarray, start: np.ndarray, present: np.ndarray, zeros: np.ndarray, q: float
) -> np.ndarray:
    """The q-quantile of each group: ``zeros`` zeros, then its ``present`` sorted values at
    ``ordered[start:start + present]``."""
    n = zeros + present
    position = q * (n - 1)
    low = np.floor(position).astype(np.int64)
    frac = position - low
    high = np.minimum(low + 1, n - 1)
    return (
        _at(ordered, start, present, zeros, low) * (1 - frac)
        + _at(ordered, start, present, zeros, high) * frac
    )


def _at(
    ordered: np.ndarray, start: np.ndarray, present: np.ndarray, zeros: np.ndarray, rank: np.ndarray
) -> np.ndarray:
    """The value of each group at ``rank`` (0-based) among its zeros and sorted values."""
    inside = rank - zeros
    index = np.clip(start + np.clip(inside, 0, np.maximum(present - 1, 0)), 0, max(len(ordered) - 1, 0))
    picked = ordered[index] if len(ordered) else np.zeros(len(rank))
    return np.where(inside < 0, 0.0, picked)
