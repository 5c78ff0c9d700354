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

import functools
from dataclasses import dataclass

import numpy as np
import pandas as pd

from perfdiff.compute import native, pairing

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
    async_start, link, host_bytes, dcn_bytes, ici_bytes, hbm_bytes). :func:`done_spans` gives the same
    for the -done events only, as the analysis takes them."""
    out = np.full(len(events), np.nan)
    where, spans = done_spans(events, costs, np.arange(len(events)))
    out[where] = spans
    return out


def done_spans(events: pd.DataFrame, costs: pd.DataFrame, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(positions into ``rows``, priced span in ns): :func:`transfer_spans` for the matched -done
    events among the events at ``rows`` (int positions) only, without a NaN for every other one.

    A pod's trace holds millions of transfers: names become small integer codes once, and the
    matching and the sharing are table lookups, sorts and searches over those (O(n log n)); a device
    whose events come in order of start (a TPU's op line) is matched by one forward walk instead
    (``pairing``, O(n)). The events' columns are read at ``rows`` only, never copied as a table.
    """
    taken = np.asarray(rows)
    pairs = costs[costs["async_start"] != ""]
    if pairs.empty or not len(taken):
        return np.zeros(0, np.int64), np.zeros(0)
    link, weight = _link(pairs)
    columns = _Columns.of(events, taken)
    # A -done, its -start and the link they share are on one device: one device at a time, so the
    # scratch arrays are one device's share of the transfers (in the events' order, as if all at once).
    # Not side by side on threads: each thread's freed arrays stay in its own malloc arena, so the peak
    # grows by a device's scratch per thread for a small gain (benchmarks/README.md, issue 16).
    where: list[np.ndarray] = []
    spans: list[np.ndarray] = []
    for positions in _by_device(columns.hosts, columns.device_id, taken):
        done, priced = _spans(columns, taken[positions], pairs, link, weight)
        where.append(positions.start + done if isinstance(positions, slice) else positions[done])
        spans.append(priced)
    return np.concatenate(where), np.concatenate(spans)


@dataclass(frozen=True)
class _Columns:
    """The events' columns the pairing reads, as numpy arrays over the whole table, read once for all
    the devices: names as small integer codes."""

    hosts: np.ndarray  # code per event
    host_names: list[str]
    ops: np.ndarray  # code per event
    op_names: list[str]
    device_id: np.ndarray
    program_id: np.ndarray  # uint64
    start: np.ndarray  # int64 ns
    dur: np.ndarray  # int64 ns

    @classmethod
    def of(cls, events: pd.DataFrame, taken: np.ndarray) -> _Columns:
        hosts, host_names = _codes(events["host"], taken)
        ops, op_names = _codes(events["op"], taken)
        return cls(
            hosts, host_names, ops, op_names, events["device_id"].to_numpy(),
            events["program_id"].to_numpy(np.uint64), events["start_ns"].to_numpy(np.int64),
            events["dur_ns"].to_numpy(np.int64),
        )  # fmt: skip


def _by_device(host_code: np.ndarray, device_id: np.ndarray, taken: np.ndarray) -> list[np.ndarray | slice]:
    """Positions into ``taken`` per (host, device_id), each in ascending order: slices where a
    device's rows are one run (an events table holds a timeline's rows together)."""
    device = device_id[taken]  # a fresh copy: changed in place below
    low = int(device.min())
    width = int(device.max()) - low + 1
    hosts = host_code[taken]
    wide = np.int32 if (int(hosts.max()) + 1) * width < 2**31 else np.int64  # 4 bytes a row where they do
    key = hosts.astype(wide)
    del hosts
    key *= width
    device -= low
    key += device
    del device
    bounds = np.concatenate([[0], np.flatnonzero(key[1:] != key[:-1]) + 1, [len(key)]]).tolist()
    runs: dict[int, list[tuple[int, int]]] = {}
    for a, b in zip(bounds[:-1], bounds[1:], strict=True):
        runs.setdefault(int(key[a]), []).append((a, b))
    return [
        slice(*parts[0]) if len(parts) == 1 else np.concatenate([np.arange(a, b) for a, b in parts])
        for parts in runs.values()
    ]


def _spans(
    columns: _Columns, taken: np.ndarray, pairs: pd.DataFrame, link: np.ndarray, weight: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(positions into ``taken``, priced spans) of the matched -done events at ``taken`` (one
    device's), given ``pairs`` (the cost rows of -done ops) and their links and bytes (``_link``)."""
    hosts, host_names = columns.hosts[taken], columns.host_names
    ops, op_names = columns.ops[taken], columns.op_names
    programs, program_ids = pd.factorize(columns.program_id[taken])
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
    is_done_op[np.flatnonzero((pair_at >= 0).any(axis=(0, 1)))] = True
    done = np.flatnonzero(is_done_op[ops])
    pair = pair_at[hosts[done], programs[done], ops[done]]
    done, pair = done[pair >= 0], pair[pair >= 0]
    if not len(done):
        return done, np.zeros(0)
    device = columns.device_id[taken]
    start = columns.start[taken]
    done_start = start[done]
    done_end = done_start + columns.dur[taken[done]]
    wants = start_op[pair]
    begin = _walked_latest_start(ops, programs, start, done, wants, pair_at[hosts[0]], start_op)
    if begin is None:
        begin = _latest_start(hosts, device, programs, ops, start, done, wants, shape)
    del start, ops, programs
    return done, _shared_spans(
        hosts[done], device[done], pd.factorize(link)[0][pair], begin, done_end, done_start, weight[pair]
    )


def _codes(values: pd.Series, rows: np.ndarray) -> tuple[np.ndarray, list[str]]:
    """(integer code per event, the names the codes stand for) of a name column, where only the
    events at ``rows`` are read: a categorical's own codes (a byte or two per row, not eight:
    millions of rows per device), else codes of the names at ``rows`` (0 elsewhere)."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        return values.cat.codes.to_numpy(), [str(name) for name in values.cat.categories]
    codes = np.zeros(len(values), np.int64)
    codes[rows], names = pd.factorize(values.iloc[rows].astype(str))
    return codes, [str(name) for name in names]


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
    starts_at = start[starts]
    # Search (key, start) pairs at once: the key in the high digits, the start's offset below it.
    low = min(int(starts_at.min()), int(begin.min()))
    span = max(int(starts_at.max()), int(begin.max())) - low + 1
    if (int(max(start_key.max(), done_key.max())) + 1) * span < 2**62:
        combined = start_key * span + (starts_at - low)
        combined = combined[np.argsort(combined, kind="stable")]  # ties stay in event order
        found = np.searchsorted(combined, done_key * span + (begin - low), "right")
        found -= 1
        ok = found >= 0
        ok[ok] = combined[found[ok]] // span == done_key[ok]
        begin[ok] = combined[found[ok]] % span + low
        return begin
    order = np.lexsort((starts_at, start_key))  # by key, then start; ties stay in event order
    sorted_key, sorted_start = start_key[order], starts_at[order]
    for key in np.unique(done_key):  # times too far apart to share an int64 with the key
        wanted = np.flatnonzero(done_key == key)
        first, last = np.searchsorted(sorted_key, [key, key + 1])
        at = np.searchsorted(sorted_start[first:last], begin[wanted], side="right") - 1
        ok = at >= 0
        begin[wanted[ok]] = sorted_start[first:last][at[ok]]
    return begin


def _walked_latest_start(ops, programs, start, rows, wants, pair_at, start_op) -> np.ndarray | None:
    """:func:`_latest_start` by one forward walk (``pairing.latest_starts_into``) over one device's
    events, which a TPU's op line gives in order of start; None when they do not come in that order,
    or the table of (program, start op) slots would be too big to hold. ``pair_at``: the pair of each
    (program, op code) of the device's host, -1 for none; ``start_op``: each pair's -start op code."""
    programs_count, op_count = pair_at.shape
    asked = np.zeros(op_count + 1, bool)
    asked[wants] = True  # (a want of -1 marks the last slot, left out below)
    kinds = np.flatnonzero(asked[:-1])  # the start ops asked for, as np.unique would give them
    if not len(kinds) or programs_count * len(kinds) > 1 << 22:
        return None
    kind_of = np.full(op_count + 1, -1, np.int64)  # the last slot: a pair whose -start never ran
    kind_of[kinds] = np.arange(len(kinds))
    want = np.full(pair_at.shape, -1, np.int64)
    paired = pair_at >= 0
    want[paired] = kind_of[start_op[pair_at[paired]]]
    asking = wants >= 0
    found = np.empty(int(asking.sum()), np.int64)
    written = pairing_kernels().latest_starts_into(
        start, ops.astype(np.int64), programs.astype(np.int64, copy=False), kind_of[:-1], want,
        np.full(programs_count * len(kinds), pairing.NONE, np.int64), found,
    )  # fmt: skip
    if written != len(found):  # -1: not in order of start; the search handles any order
        return None
    begin = start[rows]  # a -done wanting no start keeps its own
    begin[asking] = found
    return begin


@functools.cache
def pairing_kernels() -> native.Kernels:
    """The compiled pairing kernels (loaded once per process)."""
    return native.load(pairing, pairing.EXPORTS)


def _shared_spans(host, device, link, begin, end, done_start, weight) -> np.ndarray:
    """Each transfer's share of its link's busy time (ns), in the order given: transfers on one
    (host, device, link) whose spans chain into one busy stretch split its length by bytes (equally
    when none has bytes); ties in begin are taken in order of the -done's start, then as given."""
    n = len(begin)
    low = int(device.min())
    group = _mixed(
        [host, device - low, link], [int(host.max()) + 1, int(device.max()) - low + 1, int(link.max()) + 1]
    )
    order = _by_group_and_begin(group, begin, done_start)
    priced = np.empty(n)
    status = pairing_kernels().shares_into(
        order.astype(np.int64, copy=False), group, begin.astype(np.int64, copy=False),
        end.astype(np.int64, copy=False), weight.astype(np.float64), priced,
    )  # fmt: skip
    if status != 0:  # arrays of one length, an order of their indices: never, unless a bug
        raise RuntimeError(f"shares_into refused its arrays ({status})")
    return priced


def _by_group_and_begin(group: np.ndarray, begin: np.ndarray, done_start: np.ndarray) -> np.ndarray:
    """The order by group, then begin, then the -done's start, then position: two stable sorts
    (the second on group and begin as one int64) where ``np.lexsort`` would make four. On a TPU op
    line the -dones come by start and each link's transfers by begin: then it is the stable order of
    the few groups alone, which numpy sorts by radix in O(n)."""
    n = len(group)
    if n and int(group.min()) >= 0 and int(group.max()) < 1 << 15 and _rising(done_start):
        by_group = np.argsort(group.astype(np.int16), kind="stable")  # radix: 16-bit keys
        in_group = begin[by_group]
        rises = in_group[1:] >= in_group[:-1]
        del in_group
        regrouped = group[by_group]
        rises |= regrouped[1:] != regrouped[:-1]  # a new group may begin lower
        if rises.all():
            return by_group
    low = int(begin.min())
    span = int(begin.max()) - low + 1
    if (int(group.max()) + 1) * span >= 2**62:
        return np.lexsort((np.arange(n), done_start, begin, group))
    order = np.argsort(done_start, kind="stable")
    return order[np.argsort(group[order] * span + (begin[order] - low), kind="stable")]


def _rising(values: np.ndarray) -> bool:
    """Whether ``values`` never fall from one to the next."""
    return bool((values[1:] >= values[:-1]).all())
