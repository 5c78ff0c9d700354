"""Steps: measured wall time against the theory of the ops that ran in them.

Per step and device, the op executions in the step give op_s, theory_s, bound_s and covered_s; a
step's figures are those of its busiest device (largest op_s), and ``idle_s`` = measured_s − covered_s
is the share of the step no op covers (host work, launch gaps, waiting).

Unpriced ops (no cost model: bound "unknown") have no theory, never a theory of 0: theory_s and
bound_s sum the priced ops only, ``unpriced_share`` says how much of op_s that leaves out, and a
step whose ops are all unpriced has theory_s and bound_s NaN (unknown). The columns, from
``report/tables.py``:
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from perfdiff.attribution.grouping import group_ids
from perfdiff.parse.timeline import covered_ns
from perfdiff.report.report import STEP_COLUMNS
from perfdiff.report.tables import STEPS

__doc__ = (__doc__ or "") + "\n" + STEPS.describe()

DEVICE_KEYS = ["host", "device", "device_id"]


def device_step_totals(executions: pd.DataFrame) -> pd.DataFrame:
    """Per (host, device, device_id, step): op_s, theory_s, bound_s from per-group execution totals.

    ``executions`` holds, per (host, device, device_id, step, program_id, op), the columns measured_s,
    theory_s, t_compute_s, t_hbm_s, t_ici_s (totals over the group's executions; NaN when unpriced).
    Also unpriced_s: the op time of unpriced groups. theory_s and bound_s are sums over priced groups:
    NaN when none is priced (a sum of nothing known is unknown, not 0).
    """
    keys = DEVICE_KEYS + ["step"]
    unpriced = executions["theory_s"].isna().to_numpy()
    frame = executions.assign(unpriced_s=np.where(unpriced, executions["measured_s"].to_numpy(float), 0.0))
    grouped = frame.groupby(keys, observed=True, sort=False)
    sums = grouped[["measured_s", "unpriced_s"]].sum()
    theory = grouped[["theory_s", "t_compute_s", "t_hbm_s", "t_ici_s"]].sum(min_count=1)
    sums["theory_s"] = theory["theory_s"]
    sums["bound_s"] = theory[["t_compute_s", "t_hbm_s", "t_ici_s"]].max(axis=1)  # NaN only if all are
    sums = sums.rename(columns={"measured_s": "op_s"})
    return sums[["op_s", "unpriced_s", "theory_s", "bound_s"]].reset_index()


def covered_time(events: pd.DataFrame) -> pd.DataFrame:
    """Per (host, device, device_id, step): covered_s, the union of op intervals (ops on several
    threads of one device, or nested ops, count once)."""
    keys = DEVICE_KEYS + ["step"]
    ids, first = group_ids(events, keys)
    start = events["start_ns"].to_numpy(np.int64)
    covered = covered_ns(ids, start, start + events["dur_ns"].to_numpy(np.int64), len(first))
    table = events[keys].iloc[first].reset_index(drop=True)
    table["covered_s"] = covered / 1e9
    return table.sort_values(keys, kind="stable").reset_index(drop=True)


def step_table(steps: pd.DataFrame, per_device: pd.DataFrame) -> pd.DataFrame:
    """One row per step: measured (the slowest host's step), and the busiest device's figures.

    ``steps``: the profile's steps (host, step, name, start_ns, dur_ns), or a single pseudo-step
    ``-1`` spanning the profile when it has none. ``per_device``: device_step_totals joined with
    covered_time (op_s, unpriced_s, covered_s filled with 0 where a device has no ops; theory_s and
    bound_s NaN where nothing is priced).
    """
    measured = steps.groupby("step", sort=True).agg(name=("name", "first"), measured_ns=("dur_ns", "max"))
    if per_device.empty:
        table = measured.reset_index()
        for column in ("theory_s", "bound_s", "op_s", "covered_s", "unpriced_s"):
            table[column] = 0.0  # no op ran: no work to price, none unpriced
        table["busiest_device"] = ""
    else:
        busiest = per_device.sort_values("op_s", ascending=False, kind="stable").drop_duplicates("step")
        busiest = busiest.assign(
            busiest_device=busiest["host"].astype(str) + ":" + busiest["device"].astype(str)
            + ":" + busiest["device_id"].astype(str)
        )  # fmt: skip
        table = measured.reset_index().merge(
            busiest[["step", "theory_s", "bound_s", "op_s", "unpriced_s", "covered_s", "busiest_device"]],
            on="step",
            how="left",
        )
    table["measured_s"] = table.pop("measured_ns") / 1e9
    table["idle_s"] = (table["measured_s"] - table["covered_s"]).clip(lower=0.0)
    measured = table["measured_s"].to_numpy(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        table["bound_share"] = np.where(measured > 0, table["bound_s"].to_numpy(float) / measured, np.nan)
        op_s = table["op_s"].to_numpy(float)
        table["unpriced_share"] = np.where(op_s > 0, table["unpriced_s"].to_numpy(float) / op_s, np.nan)
    return table[STEP_COLUMNS]
