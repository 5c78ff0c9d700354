"""Steps: measured wall time against the theory of the ops that ran in them.

Per step and device, the op executions in the step give op_s, theory_s, bound_s and covered_s; a
step's figures are those of its busiest device (largest op_s), and ``idle_s`` = measured_s − covered_s
is the share of the step no op covers (host work, launch gaps, waiting).

Ops without a usable price (bound "unpriced": no cost model; or "suspect": a price known wrong) have
no theory, never a theory of 0: theory_s and bound_s sum the priced ops only, ``unpriced_share`` says
how much of op_s that leaves out, and a step with no priced op has theory_s and bound_s NaN (unknown).
The columns, from ``report/tables.py``:
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from perfdiff.report.report import STEP_COLUMNS
from perfdiff.report.tables import STEPS

__doc__ = (__doc__ or "") + "\n" + STEPS.describe()

DEVICE_KEYS = ["host", "device", "device_id"]


# The shared resources whose totals bound a step (the per-op floor is not one: ops on several threads
# pay it side by side), and the bound each names. The host link counts each direction on its own.
_RESOURCES = {"t_compute_s": "compute", "t_hbm_s": "hbm", "t_ici_s": "ici", "t_dcn_s": "dcn",
              "host to_host": "host", "host from_host": "host"}  # fmt: skip


def device_step_totals(executions: pd.DataFrame) -> pd.DataFrame:
    """Per (host, device, device_id, step): op_s, theory_s, bound_s and bound_by from per-group
    execution totals.

    ``executions`` holds, per (host, device, device_id, step, program_id, op), the columns measured_s,
    theory_s, bound, link and the roofline terms t_compute_s, t_hbm_s, t_ici_s, t_dcn_s, t_host_s
    (totals over the group's executions; NaN when unpriced). A suspect's terms are left out of
    bound_s (its price is known to be wrong); the host link's two directions are two resources.
    unpriced_s is the op time of groups without a usable price (theory_s NaN: unpriced, or suspect);
    theory_s and bound_s sum the others, and are NaN when there are none (a sum of nothing known is
    unknown, not 0).
    """
    keys = DEVICE_KEYS + ["step"]
    trusted = executions["bound"].to_numpy() != "suspect"
    terms = executions[keys + ["measured_s", "theory_s"]].copy()
    terms["unpriced_s"] = executions["measured_s"].where(executions["theory_s"].isna(), 0.0)
    for column in ("t_compute_s", "t_hbm_s", "t_ici_s", "t_dcn_s"):
        terms[column] = executions[column].where(trusted)
    link = executions["link"].fillna("").to_numpy(str)
    for direction in ("to_host", "from_host"):
        terms[f"host {direction}"] = executions["t_host_s"].where(trusted & (link == direction))
    grouped = terms.groupby(keys, observed=True, sort=False)
    sums = grouped[["measured_s", "unpriced_s"]].sum()
    priced = grouped[["theory_s", *_RESOURCES]].sum(min_count=1)
    sums["theory_s"] = priced["theory_s"]
    resources = priced[list(_RESOURCES)]
    sums["bound_s"] = resources.max(axis=1).where(priced["theory_s"].notna())  # NaN: nothing priced
    largest = resources.fillna(0.0).to_numpy().argmax(axis=1)
    named = np.array(list(_RESOURCES.values()))[largest]
    sums["bound_by"] = np.where(sums["bound_s"].fillna(0.0).to_numpy(float) > 0, named, "none")
    return sums.rename(columns={"measured_s": "op_s"})[
        ["op_s", "unpriced_s", "theory_s", "bound_s", "bound_by"]
    ].reset_index()


def step_table(steps: pd.DataFrame, per_device: pd.DataFrame) -> pd.DataFrame:
    """One row per step: measured (the slowest host's step), and the busiest device's figures.

    ``steps``: the profile's steps (host, step, name, start_ns, dur_ns), or a single pseudo-step
    ``-1`` spanning the profile when it has none. ``per_device``: device_step_totals joined with
    ``EventGroups.covered`` (perfdiff.attribution.executions): op_s, unpriced_s, covered_s filled with
    0 where a device has no ops; theory_s and bound_s NaN where nothing is priced.
    """
    measured = steps.groupby("step", sort=True).agg(name=("name", "first"), measured_ns=("dur_ns", "max"))
    if per_device.empty:
        table = measured.reset_index()
        for column in ("theory_s", "bound_s", "op_s", "covered_s", "unpriced_s"):
            table[column] = 0.0  # no op ran: no work to price, none unpriced
        table["busiest_device"] = ""
        table["bound_by"] = "none"
    else:
        busiest = per_device.sort_values("op_s", ascending=False, kind="stable").drop_duplicates("step")
        busiest = busiest.assign(
            busiest_device=busiest["host"].astype(str) + ":" + busiest["device"].astype(str)
            + ":" + busiest["device_id"].astype(str)
        )  # fmt: skip
        table = measured.reset_index().merge(
            busiest[
                [
                    "step",
                    "theory_s",
                    "bound_s",
                    "bound_by",
                    "op_s",
                    "unpriced_s",
                    "covered_s",
                    "busiest_device",
                ]
            ],
            on="step",
            how="left",
        )
    table["measured_s"] = table.pop("measured_ns") / 1e9
    table["idle_s"] = (table["measured_s"] - table["covered_s"]).clip(lower=0.0)
    measured_s = table["measured_s"].to_numpy(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        table["bound_share"] = np.where(measured_s > 0, table["bound_s"].to_numpy(float) / measured_s, np.nan)
        op_s = table["op_s"].to_numpy(float)
        table["unpriced_share"] = np.where(op_s > 0, table["unpriced_s"].to_numpy(float) / op_s, np.nan)
    return table[STEP_COLUMNS]
