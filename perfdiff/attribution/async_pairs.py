"""Asynchronous transfers: the time each ``-start``/``-done`` pair had to move its bytes.

``copy-start`` (``all-gather-start``…) returns at once and the transfer runs on its own engine until the
matching ``-done``, which blocks until it ends. So a transfer's time is its *span*, from the start of
its ``-start`` event to the end of its ``-done`` event; the ``-done``'s own time is only the part of it
the program waited for (its *exposed* time; a transfer hidden behind other work has a ``-done`` of a
few hundred ns). The attribution prices the transfer over its span (``roofline``).

Transfers that overlap on one link share it: a host link carries one direction's transfers at its rate
in total, whether it runs them one after another (a DMA queue) or side by side. So within a group of
overlapping transfers on one link of one device, the link's busy time (the union of their spans) is
split among them in proportion to their bytes, and each transfer's priced span is its share. A lone
transfer's priced span is its own span. Links: the host link per direction (``to_host``,
``from_host``), DCN, the interconnect, else the device's memory (an async copy within the device).

Each ``-done`` event is matched to the latest event of its ``-start`` on the same device and program
that began no later than it; a ``-done`` without one is priced over its own duration.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

_KEYS = ["host", "device_id", "program_id"]


def _link(costs: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """(link name, bytes on it) per cost row: host direction, else dcn, ici, else hbm."""
    host = costs["host_bytes"].to_numpy(float) > 0
    dcn = costs["dcn_bytes"].to_numpy(float) > 0
    ici = np.nan_to_num(costs["ici_bytes"].to_numpy(float)) > 0
    link = np.select([host, dcn, ici], [costs["link"].to_numpy(str), "dcn", "ici"], "hbm")
    weight = np.select(
        [host, dcn, ici],
        [costs["host_bytes"].to_numpy(float), costs["dcn_bytes"].to_numpy(float),
         np.nan_to_num(costs["ici_bytes"].to_numpy(float))],
        np.nan_to_num(costs["hbm_bytes"].to_numpy(float)),
    )  # fmt: skip
    return link, weight


def transfer_spans(events: pd.DataFrame, costs: pd.DataFrame) -> np.ndarray:
    """Per event of ``events``: the priced span (ns, float) of an async ``-done`` (see the module
    docstring), NaN for every other event. ``costs``: ``op_costs`` rows (host, program_id, op,
    async_start, link, host_bytes, dcn_bytes, ici_bytes, hbm_bytes)."""
    out = np.full(len(events), np.nan)
    pairs = costs[costs["async_start"] != ""]
    if pairs.empty or events.empty:
        return out
    link, weight = _link(pairs)
    pairs = pairs.assign(link_name=link, weight=weight)[
        ["host", "program_id", "op", "async_start", "link_name", "weight"]
    ]
    done_mask = events["op"].isin(set(pairs["op"])).to_numpy()
    start_mask = events["op"].isin(set(pairs["async_start"])).to_numpy()
    columns = [*_KEYS, "op", "start_ns", "dur_ns"]
    done = events.loc[done_mask, columns].astype({"host": str, "op": str})
    done["row"] = np.flatnonzero(done_mask)
    done = done.merge(pairs, on=["host", "program_id", "op"], how="inner")
    if done.empty:
        return out
    starts = events.loc[start_mask, [*_KEYS, "op", "start_ns"]].astype({"host": str, "op": str})
    starts = starts.rename(columns={"op": "async_start", "start_ns": "begin_ns"})
    done = pd.merge_asof(
        done.sort_values("start_ns", kind="stable"),
        starts.sort_values("begin_ns", kind="stable"),
        left_on="start_ns", right_on="begin_ns", by=[*_KEYS, "async_start"], direction="backward",
    )  # fmt: skip
    end = (done["start_ns"] + done["dur_ns"]).to_numpy(np.int64)
    begin = done["begin_ns"].fillna(done["start_ns"]).to_numpy(np.int64)
    done = done.assign(begin=begin, end=end)
    out[done["row"].to_numpy()] = _shared_spans(done)
    return out


def _shared_spans(done: pd.DataFrame) -> np.ndarray:
    """Each transfer's share of its link's busy time (ns), in ``done``'s row order."""
    order = done.sort_values(["host", "device_id", "link_name", "begin"], kind="stable")
    group = order.groupby(["host", "device_id", "link_name"], sort=False).ngroup().to_numpy()
    begin, end = order["begin"].to_numpy(np.int64), order["end"].to_numpy(np.int64)
    # A new component where a transfer begins after every earlier one (of its group) has ended.
    reach = pd.Series(end).groupby(group).cummax().to_numpy()
    earlier = np.concatenate([[np.iinfo(np.int64).min], reach[:-1]])
    fresh = (begin >= earlier) | np.concatenate([[True], group[1:] != group[:-1]])
    component = np.cumsum(fresh)
    frame = pd.DataFrame({"c": component, "begin": begin, "end": end, "w": order["weight"].to_numpy(float)})
    span = frame.groupby("c")["end"].transform("max") - frame.groupby("c")["begin"].transform("min")
    total = frame.groupby("c")["w"].transform("sum")
    count = frame.groupby("c")["w"].transform("size")
    share = np.where(total > 0, frame["w"] / total.where(total > 0, 1.0), 1.0 / count)
    priced = pd.Series(span.to_numpy(float) * share, index=order.index)
    return priced.reindex(done.index).to_numpy()
