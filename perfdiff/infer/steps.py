"""Steps for a trace without step marks: the repeated executions of its main module.

A training or serving loop runs one jitted step function again and again; without
``StepTraceAnnotation`` marks the trace still shows each of its executions (``infer.executions``). The main
module is the one whose executions take the most device time on the host (summed over devices); when
it ran at least ``MIN_RUNS`` times on some device, its k-th execution on each device is step k (from 0,
in order of start) — when every device ran it equally often (else no steps are inferred, and a warning
says why). An op belongs to the step of the execution it ran in (one of the module's ops whose
execution is unknown: the one whose span holds its start); ops of other modules belong to no step (-1),
as ops outside step marks do.

A step's interval in the steps table starts with its earliest op; its duration is the longest span of its
ops on one device, first op start to last op end (devices need not run in lockstep: on the TPU v6e test
trace each chip runs its copy of the program on its own). Time between executions (host work, other
modules) is in no step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import numpy as np
import pandas as pd

from perfdiff.compute.grouping import category_codes

MIN_RUNS = 2  # one execution is no better a step than the whole profile


@dataclass(frozen=True)
class InferredSteps:
    """Steps inferred on one host: the table (host, step, name, start_ns, dur_ns), each op event's
    step, and the module (name and program id) whose executions they are."""

    steps: pd.DataFrame
    event_step: np.ndarray
    module: str
    program_id: int


def infer_steps(
    host: str, executions: pd.DataFrame, events: pd.DataFrame, execution: np.ndarray | None
) -> tuple[InferredSteps | None, list[str]]:
    """Steps from the executions of the host's main module, and warnings. None when no module ran
    twice on a device, or when its devices ran it different numbers of times (a warning says so).

    ``executions``: the host's executions table (``infer.executions``); ``events``: its op events
    (device, device_id, program_id); ``execution``: each event's execution id (-1: unknown; None:
    none was looked up).
    """
    if executions.empty or execution is None:
        return None, []
    time = executions.groupby("program_id", sort=False)["dur_ns"].sum()
    main = int(cast(int, time.idxmax()))  # the index is program ids
    runs = executions[executions["program_id"] == main].sort_values("start_ns", kind="stable")
    counts = runs.groupby(["device", "device_id"], sort=False).size()
    if int(counts.max()) < MIN_RUNS:
        return None, []
    module = str(runs["module"].iloc[0])
    if counts.nunique() > 1:
        # Step k is each device's k-th execution: with unequal counts they would not line up. (GPU
        # devices launched at once share host execution spans, which can split one execution in two.)
        return None, [
            f"{host}: no step marks, and no steps inferred from {module}: its devices ran it "
            f"{int(counts.min())} to {int(counts.max())} times as the trace tells executions apart; "
            "the whole profile is analysed as one step"
        ]
    runs = runs.assign(step=runs.groupby(["device", "device_id"], sort=False).cumcount().astype(np.int64))
    n = int(counts.iloc[0])
    event_step = np.full(len(events), -1, np.int64)
    device_codes = events["device"].astype("category")  # a no-op on the events table (categorical)
    categories = list(device_codes.cat.categories)
    codes = category_codes(device_codes)
    device_ids, begin_ns = events["device_id"].to_numpy(), events["start_ns"].to_numpy()
    end_ns = begin_ns + events["dur_ns"].to_numpy()  # (one copy of a column, not a table)
    of_main = np.flatnonzero(events["program_id"].to_numpy() == np.uint64(main))
    # Per step: the earliest op start over devices, and the longest span of its ops on one device.
    # Spans come from the ops, on the clock their times are on: a TPU's XLA Modules events sit on the
    # host-aligned timeline, which stretches or shrinks an execution by up to a quarter on the v6e test
    # trace, while its ops' device times are steady.
    step_start = np.full(n, np.iinfo(np.int64).max, np.int64)
    step_dur = np.full(n, -1, np.int64)
    for (device, device_id), own in runs.groupby(["device", "device_id"], sort=False):
        if device not in categories:
            continue
        rows = of_main[(codes[of_main] == categories.index(device)) & (device_ids[of_main] == device_id)]
        ids = own["execution"].to_numpy(np.int64)
        order = np.argsort(ids)
        ids, steps = ids[order], own["step"].to_numpy()[order]
        at = np.minimum(np.searchsorted(ids, execution[rows]), len(ids) - 1)
        found = ids[at] == execution[rows]
        event_step[rows[found]] = steps[at[found]]
        # An op whose execution is unknown (a GPU kernel whose launch no host span holds) joins the
        # execution whose span holds its start on its device.
        lost = rows[execution[rows] < 0]
        if len(lost):
            run_begin, run_end = own["start_ns"].to_numpy(), (own["start_ns"] + own["dur_ns"]).to_numpy()
            at = np.searchsorted(run_begin, begin_ns[lost], side="right") - 1
            inside = (at >= 0) & (begin_ns[lost] < run_end[np.maximum(at, 0)])
            event_step[lost[inside]] = own["step"].to_numpy()[at[inside]]
        mine = rows[event_step[rows] >= 0]
        first = np.full(n, np.iinfo(np.int64).max, np.int64)
        last = np.full(n, np.iinfo(np.int64).min, np.int64)
        np.minimum.at(first, event_step[mine], begin_ns[mine])
        np.maximum.at(last, event_step[mine], end_ns[mine])
        has = last >= first
        step_start = np.where(has, np.minimum(step_start, first), step_start)
        step_dur = np.where(has, np.maximum(step_dur, last - first), step_dur)
    kept = np.flatnonzero(step_dur >= 0)  # a step none of whose ops is in the trace has no interval
    if not len(kept):  # (only a damaged trace: ops whose times wrap around int64)
        return None, [f"{host}: no step marks, and the executions of {module} give no step intervals"]
    event_step[(event_step >= 0) & (step_dur[np.maximum(event_step, 0)] < 0)] = -1
    table = pd.DataFrame({"host": host, "step": kept.astype(np.int64), "name": module,
                          "start_ns": step_start[kept], "dur_ns": step_dur[kept]})  # fmt: skip
    table = table.sort_values(["start_ns", "step"], kind="stable").reset_index(drop=True)
    return InferredSteps(table, event_step, module, main), []
