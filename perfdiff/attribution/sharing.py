"""How many devices shared one CPU host while each op ran: fake CPU devices share its cores and memory.

``--xla_force_host_platform_device_count=N`` makes N devices of one CPU. An op that runs while the
other devices run too gets a share of the host's cores and memory bandwidth, not all of it; an op
that runs while they idle gets the whole host. So the share is measured, not assumed: per op event,
the mean number of devices of its host that were busy (running any op) during it, time-averaged over
the event (at least 1: its own). A device counts once however many of its ops overlap.

``busy_devices(events)`` gives that mean per event. The roofline prices the op at 1/that of the
host's peaks (``roofline``); accelerators are chips of their own and always get 1.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def _device_busy(events: pd.DataFrame) -> pd.DataFrame:
    """The union of each device's op intervals: host, start, end (ns) per busy stretch."""
    frame = pd.DataFrame(
        {
            "host": events["host"].astype(str).to_numpy(),
            "device": events["device"].astype(str).to_numpy(),
            "device_id": events["device_id"].to_numpy(np.int64),
            "start": events["start_ns"].to_numpy(np.int64),
            "end": (events["start_ns"] + events["dur_ns"]).to_numpy(np.int64),
        }
    ).sort_values(["host", "device", "device_id", "start"], kind="stable")
    key = frame.groupby(["host", "device", "device_id"], sort=False).ngroup().to_numpy()
    reach = pd.Series(frame["end"].to_numpy()).groupby(key).cummax().to_numpy()
    earlier = np.concatenate([[np.iinfo(np.int64).min], reach[:-1]])
    fresh = (frame["start"].to_numpy() > earlier) | np.concatenate([[True], key[1:] != key[:-1]])
    frame["stretch"] = np.cumsum(fresh)
    return frame.groupby("stretch").agg(host=("host", "first"), start=("start", "min"), end=("end", "max"))


def busy_devices(events: pd.DataFrame) -> np.ndarray:
    """Per event: the time-averaged number of devices of its host busy during it (float, ≥ 1)."""
    out = np.ones(len(events))
    if events.empty:
        return out
    busy = _device_busy(events)
    hosts = events["host"].astype(str).to_numpy()
    start = events["start_ns"].to_numpy(np.int64)
    end = start + events["dur_ns"].to_numpy(np.int64)
    for host, stretches in busy.groupby("host", sort=False):
        # c(t): devices busy, a step function; F(t) = ∫ c, exact at the breakpoints.
        times = np.concatenate([stretches["start"].to_numpy(), stretches["end"].to_numpy()])
        steps = np.concatenate([np.ones(len(stretches)), -np.ones(len(stretches))])
        order = np.argsort(times, kind="stable")
        times, count = times[order], np.cumsum(steps[order])
        area = np.concatenate([[0.0], np.cumsum(count[:-1] * np.diff(times).astype(float))])

        def integral(t: np.ndarray, times: np.ndarray = times, count: np.ndarray = count,
                     area: np.ndarray = area) -> np.ndarray:  # fmt: skip
            k = np.clip(np.searchsorted(times, t, side="right") - 1, 0, len(times) - 1)
            return area[k] + count[k] * (t - times[k])

        rows = np.flatnonzero(hosts == host)
        a, b = start[rows], end[rows]
        width = (b - a).astype(float)
        with np.errstate(divide="ignore", invalid="ignore"):
            mean = (integral(b) - integral(a)) / width
        at_start = count[np.clip(np.searchsorted(times, a, side="right") - 1, 0, len(times) - 1)]
        out[rows] = np.maximum(np.where(width > 0, mean, at_start), 1.0)
    return out
