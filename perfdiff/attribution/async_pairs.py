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
    async_start, link, host_bytes, dcn_bytes, ici_bytes, hbm_bytes).

    A pod's trace holds millions of transfers: names become small integer codes once, and the
    matching and the sharing are table lookups, sorts and searches over those (O(n log n)).
    """
    out = np.full(len(events), np.nan)
    pairs = costs[costs["async_start"] != ""]
    if pairs.empty or events.empty:
        return out
    link, weight = _link(pairs)
    hosts, host_names = _codes(events["host"])
    ops, op_names = _codes(events["op"])
    programs, program_ids = pd.factorize(events["program_id"].to_numpy(np.uint64))
    host_of = {name: code for code, name in enumerate(host_names)}
    op_of = {name: code for code, name in enumerate(op_names)}
    program_of = {int(pid): code for code, pid in enumerate(program_ids.tolist())}
    # The pair each (host, program, -done op) is, as a table over their codes; -1: none.
    shape = (len(host_names), len(program_ids), len(op_names))
    pair_at = np.full(shape, -1, np.int64)
    start_op = np.full(len(pairs), -1, np.int64)
    for i, (host, program, op, started) in enumerate(
        zip(pairs["host"], pairs["program_id"].tolist(), pairs["op"], pairs["async_start"], strict=True)
    ):
        where = (host_of.get(str(host)), program_of.get(int(program)), op_of.get(str(op)))
        if None not in where:
            pair_at[where] = i
            start_op[i] = op_of.get(str(started), -1)
    is_done_op = np.zeros(len(op_names) + 1, bool)
    is_done_op[(pair_at >= 0).any(axis=(0, 1)).nonzero()[0]] = True
    rows = np.flatnonzero(is_done_op[ops])
    pair = pair_at[hosts[rows], programs[rows], ops[rows]]
    rows, pair = rows[pair >= 0], pair[pair >= 0]
    if not len(rows):
        return out
    device = events["device_id"].to_numpy(np.int64)
    start, dur = events["start_ns"].to_numpy(np.int64), events["dur_ns"].to_numpy(np.int64)
    done_start = start[rows]
    begin = _latest_start(hosts, device, programs, ops, start, rows, start_op[pair], shape)
    span = _shared_spans(
        hosts[rows], device[rows], pd.factorize(link)[0][pair], begin, done_start + dur[rows], done_start,
        weight[pair],
    )  # fmt: skip
    out[rows] = span
    return out


def _codes(values: pd.Series) -> tuple[np.ndarray, list[str]]:
    """(int64 code per row, the names the codes stand for) of a name column."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        return values.cat.codes.to_numpy(np.int64), [str(name) for name in values.cat.categories]
    codes, names = pd.factorize(values.astype(str))
    return codes.astype(np.int64), [str(name) for name in names]


def _mixed(parts: list[np.ndarray], sizes: list[int]) -> np.ndarray:
    """One int64 per row for a tuple of small non-negative codes (mixed radix)."""
    out = np.zeros(len(parts[0]), np.int64)
    for part, size in zip(parts, sizes, strict=True):
        out *= size
        out += part
    return out


def _latest_start(hosts, device, programs, ops, start, rows, wants, shape) -> np.ndarray:
    """Per -done (``rows``, wanting the start op code ``wants``): the start (ns) of the latest event
    of that op on its host, device and program that began no later than it (among equal starts the
    last in the events' order); its own start when there is none."""
    begin = start[rows].copy()
    is_start_op = np.zeros(shape[2] + 1, bool)
    is_start_op[wants[wants >= 0]] = True
    starts = np.flatnonzero(is_start_op[ops])
    if not len(starts):
        return begin
    low_device = min(int(device[starts].min()), int(device[rows].min()))
    devices = max(int(device[starts].max()), int(device[rows].max())) - low_device + 1
    sizes = [shape[0], devices, shape[1], shape[2] + 1]
    start_key = _mixed([hosts[starts], device[starts] - low_device, programs[starts], ops[starts]], sizes)
    done_key = _mixed([hosts[rows], device[rows] - low_device, programs[rows], wants], sizes)
    order = np.lexsort((start[starts], start_key))  # by key, then start; ties stay in event order
    sorted_key, sorted_start = start_key[order], start[starts][order]
    # Search (key, start) pairs at once: the key in the high digits, the start's offset below it.
    low = min(int(sorted_start.min()), int(begin.min()))
    span = max(int(sorted_start.max()), int(begin.max())) - low + 1
    if (int(max(sorted_key.max(), done_key.max())) + 1) * span < 2**62:
        found = np.searchsorted(
            sorted_key * span + (sorted_start - low), done_key * span + (begin - low), "right"
        )
        found -= 1
        ok = found >= 0
        ok[ok] = sorted_key[found[ok]] == done_key[ok]
        begin[ok] = sorted_start[found[ok]]
        return begin
    for key in np.unique(done_key):  # times too far apart to share an int64 with the key
        wanted = np.flatnonzero(done_key == key)
        first, last = np.searchsorted(sorted_key, [key, key + 1])
        at = np.searchsorted(sorted_start[first:last], begin[wanted], side="right") - 1
        ok = at >= 0
        begin[wanted[ok]] = sorted_start[first:last][at[ok]]
    return begin


def _shared_spans(host, device, link, begin, end, done_start, weight) -> np.ndarray:
    """Each transfer's share of its link's busy time (ns), in the order given: transfers on one
    (host, device, link) whose spans chain into one busy stretch split its length by bytes (equally
    when none has bytes); ties in begin are taken in order of the -done's start, then as given."""
    n = len(begin)
    low = int(device.min())
    group = _mixed(
        [host, device - low, link], [int(host.max()) + 1, int(device.max()) - low + 1, int(link.max()) + 1]
    )
    order = np.lexsort((np.arange(n), done_start, begin, group))
    group, begin, end, weight = group[order], begin[order], end[order], weight[order]
    # A new stretch where a transfer begins after every earlier one (of its group) has ended.
    reach = pd.Series(end).groupby(group).cummax().to_numpy()
    earlier = np.concatenate([[np.iinfo(np.int64).min], reach[:-1]])
    fresh = (begin >= earlier) | np.concatenate([[True], group[1:] != group[:-1]])
    first = np.flatnonzero(fresh)
    stretch = np.cumsum(fresh) - 1
    length = (np.maximum.reduceat(end, first) - np.minimum.reduceat(begin, first)).astype(float)
    total = np.add.reduceat(weight, first)
    count = np.diff(np.append(first, n))
    safe_total = np.where(total > 0, total, 1.0)[stretch]
    share = np.where(total[stretch] > 0, weight / safe_total, 1.0 / count[stretch])
    priced = np.empty(n)
    priced[order] = length[stretch] * share
    return priced
