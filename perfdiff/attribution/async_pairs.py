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
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from perfdiff.compute import native, pairing
from perfdiff.compute.grouping import category_codes, equal_runs

_KEYS = ["host", "device_id", "program_id"]
# The insertion sort of the transfers by begin gives up past this many moves per transfer (a sort of
# n log n compares is about as quick there).
ORDER_MOVES = 16


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


def _link_codes(costs: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """``_link``, the links as small integer codes (int64)."""
    link, weight = _link(costs)
    return pd.factorize(link)[0].astype(np.int64), weight


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
    (``pairing.dones_into``, O(n)). The events' columns are read at ``rows`` only, never copied as a
    table.
    """
    taken = np.asarray(rows)
    pairs = costs[costs["async_start"] != ""]
    if pairs.empty or not len(taken):
        return np.zeros(0, np.int64), np.zeros(0)
    link_code, weight = _link_codes(pairs)
    columns = _Columns.of(events, taken)
    tables: dict[int, _PairTable] = {}
    # A -done, its -start and the link they share are on one device: one device at a time, so the
    # scratch arrays are one device's share of the transfers (in the events' order, as if all at once).
    # Not side by side on threads: each thread's freed arrays stay in its own malloc arena, so the peak
    # grows by a device's scratch per thread for a small gain (benchmarks/README.md, issue 16).
    where: list[np.ndarray] = []
    spans: list[np.ndarray] = []
    for positions in _by_device(columns.hosts, len(columns.host_names), columns.device_id, taken):
        device_rows = taken[positions]
        host = int(columns.hosts[device_rows[0]])
        if host not in tables:
            tables[host] = _PairTable.of(pairs, columns.host_names[host], columns.op_names)
        done, priced = _spans(columns, device_rows, tables[host], link_code, weight)
        where.append(positions.start + done if isinstance(positions, slice) else positions[done])
        spans.append(priced)
    return np.concatenate(where), np.concatenate(spans)


def table_done_spans(
    events: pd.DataFrame,
    costs: pd.DataFrame,
    ids: np.ndarray,
    chosen: np.ndarray,
    take: Callable[[np.ndarray, np.ndarray], None],
) -> bool:
    """:func:`done_spans` for the matched -done events among the events of the ``chosen`` execution
    groups (``ids``: each event's group, int32; ``chosen``: bool per group), found by walking each
    device's rows of the table where they lie (``pairing.table_dones_into``): no column is gathered
    per transfer, no row list is made. ``take(rows, priced span in ns)`` is called per device holding
    any, so that a pod trace's millions of transfers are never all held at once. False where the
    table is not laid out for that (names not categorical, a device's rows not one run of the
    table, or not in order of start; ``take`` may have been called for some devices already):
    :func:`done_spans` over the chosen rows then.
    """
    pairs = costs[costs["async_start"] != ""]
    if pairs.empty:
        return True
    ops, hosts = events["op"], events["host"]
    if not all(isinstance(c.dtype, pd.CategoricalDtype) for c in (ops, hosts)) or ids.dtype != np.int32:
        return False
    codes = category_codes(ops)
    walk = getattr(pairing_kernels(), f"table_dones_into_{_CODE_KINDS.get(codes.dtype, '')}", None)
    devices = _device_runs(category_codes(hosts), events["device_id"].to_numpy())
    if walk is None or devices is None:
        return False
    link_code, weight = _link_codes(pairs)
    host_names = [str(name) for name in hosts.cat.categories]
    op_names = [str(name) for name in ops.cat.categories]
    program = events["program_id"].to_numpy(np.uint64).view(np.int64)
    start, dur = events["start_ns"].to_numpy(np.int64), events["dur_ns"].to_numpy(np.int64)
    ids = np.ascontiguousarray(ids)
    taking = np.ascontiguousarray(chosen, bool).view(np.uint8)
    tables: dict[int, _PairTable] = {}
    for host, first, last in devices:
        if host not in tables:
            tables[host] = _PairTable.of(pairs, host_names[host], op_names)
        table = tables[host]
        if not len(table.programs):
            continue
        # Outputs as long as the device's rows: only the -dones' share of their pages is touched.
        done, pair, begin = (np.empty(last - first, np.int64) for _ in range(3))
        written = walk(
            first, last, codes, program, start, ids, taking, table.is_done, table.programs, table.pair_at,
            table.want, table.kind_of, np.full(len(table.programs) * table.kinds, pairing.NONE, np.int64),
            done, pair, begin,
        )  # fmt: skip
        if written < 0:  # not in order of start (or a code outside the tables): the general way
            return False
        if not written:
            continue
        done, pair, begin = done[:written], pair[:written], begin[:written]
        done_start = start[done]
        take(done, _shared_spans(link_code[pair], begin, done_start + dur[done], done_start, weight[pair]))
    return True


# The width of a categorical's codes -> the suffix of its table_dones_into entry point.
_CODE_KINDS = {np.dtype(np.int8): "i8", np.dtype(np.int16): "i16", np.dtype(np.int32): "i32"}


def _device_runs(host_code: np.ndarray, device_id: np.ndarray) -> list[tuple[int, int, int]] | None:
    """(host code, first row, last row excluded) of each device's rows, when each (host, device_id)
    is one run of the table (an events table holds a timeline's rows together, and a TPU device has
    one op line); None when one is not."""
    found = [equal_runs(device_id, min_length=1), equal_runs(host_code, min_length=1)]
    starts = np.unique(np.concatenate([runs[0] for runs in found if runs is not None]))
    if not len(starts):
        return []
    device = device_id[starts].astype(np.int64) - int(device_id.min())
    key = host_code[starts].astype(np.int64) * (int(device.max()) + 1) + device
    if len(np.unique(key)) != len(key):
        return None
    bounds = [*starts.tolist(), len(device_id)]
    hosts = host_code[starts].tolist()
    return [(int(host), a, b) for host, a, b in zip(hosts, bounds[:-1], bounds[1:], strict=True)]


@dataclass(frozen=True)
class _Columns:
    """The events' columns the pairing reads, as numpy arrays over the whole table, read once for all
    the devices: names as small integer codes."""

    hosts: np.ndarray  # code per event
    host_names: list[str]
    ops: np.ndarray  # code per event
    op_names: list[str]
    device_id: np.ndarray
    program_id: np.ndarray  # int64: the uint64 ids' bits
    start: np.ndarray  # int64 ns
    dur: np.ndarray  # int64 ns

    @classmethod
    def of(cls, events: pd.DataFrame, taken: np.ndarray) -> _Columns:
        hosts, host_names = _codes(events["host"], taken)
        ops, op_names = _codes(events["op"], taken)
        return cls(
            hosts, host_names, ops, op_names, events["device_id"].to_numpy(),
            events["program_id"].to_numpy(np.uint64).view(np.int64), events["start_ns"].to_numpy(np.int64),
            events["dur_ns"].to_numpy(np.int64),
        )  # fmt: skip


@dataclass(frozen=True)
class _PairTable:
    """One host's pairs as tables over program slots and op codes (``pairing.dones_into``'s)."""

    programs: np.ndarray  # int64 (the uint64 ids' bits), sorted: the programs that have pairs
    pair_at: np.ndarray  # (programs, op codes): the pair (``pairs`` row) its events are the -done of, or -1
    want: np.ndarray  # (programs, op codes): the kind of -start that pair asks for, or -1
    kind_of: np.ndarray  # per op code: the kind of -start its events are, or -1
    kinds: int

    @property
    def is_done(self) -> np.ndarray:
        """Per op code: 1 where it is the -done of a pair in some program, else 0 (uint8)."""
        return np.asarray((self.pair_at >= 0).any(axis=0), np.uint8)

    @classmethod
    def of(cls, pairs: pd.DataFrame, host: str, op_names: list[str]) -> _PairTable:
        op_of = {name: code for code, name in enumerate(op_names)}
        mine = np.flatnonzero(pairs["host"].astype(str).to_numpy() == host)
        done_op = np.array([op_of.get(str(op), -1) for op in pairs["op"].to_numpy()[mine]], np.int64)
        start_op = np.array(
            [op_of.get(str(op), -1) for op in pairs["async_start"].to_numpy()[mine]], np.int64
        )
        known = done_op >= 0  # a -done op that never ran on this host's devices has no events to pair
        mine, done_op, start_op = mine[known], done_op[known], start_op[known]
        ids = pairs["program_id"].to_numpy(np.uint64)[mine].view(np.int64)
        programs = np.unique(ids)
        slot = np.searchsorted(programs, ids)
        pair_at = np.full((len(programs), len(op_names)), -1, np.int64)
        pair_at[slot, done_op] = mine  # one pair per (host, program, op): cost rows are distinct
        asked = np.unique(start_op[start_op >= 0])  # the -start ops asked for (-1: it never ran)
        kind_of = np.full(len(op_names), -1, np.int64)
        kind_of[asked] = np.arange(len(asked))
        want = np.full_like(pair_at, -1)
        want[slot, done_op] = np.where(start_op >= 0, kind_of[np.maximum(start_op, 0)], -1)
        return cls(programs, pair_at, want, kind_of, len(asked))


def _by_device(
    host_code: np.ndarray, host_count: int, device_id: np.ndarray, taken: np.ndarray
) -> list[np.ndarray | slice]:
    """Positions into ``taken`` per (host, device_id), each in ascending order: slices where a
    device's rows are one run (an events table holds a timeline's rows together)."""
    device = device_id[taken]  # a fresh copy: changed in place below
    low = int(device.min())
    width = int(device.max()) - low + 1
    if host_count > 1:
        hosts = host_code[taken]
        wide = np.int32 if (int(hosts.max()) + 1) * width < 2**31 else np.int64  # 4 bytes a row where they do
        key = hosts.astype(wide)
        del hosts
        key *= width
        device -= low
        key += device
        del device
    else:  # one host (or the only one read): the device alone
        key = device
    bounds = np.concatenate([[0], np.flatnonzero(key[1:] != key[:-1]) + 1, [len(key)]]).tolist()
    runs: dict[int, list[tuple[int, int]]] = {}
    for a, b in zip(bounds[:-1], bounds[1:], strict=True):
        runs.setdefault(int(key[a]), []).append((a, b))
    return [
        slice(*parts[0]) if len(parts) == 1 else np.concatenate([np.arange(a, b) for a, b in parts])
        for parts in runs.values()
    ]


def _spans(
    columns: _Columns, taken: np.ndarray, table: _PairTable, link_code: np.ndarray, weight: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(positions into ``taken``, priced spans) of the matched -done events at ``taken`` (one
    device's), given its host's ``table`` and each pair's link code and bytes (``_link``)."""
    if not len(table.programs):
        return np.zeros(0, np.int64), np.zeros(0)
    ops = columns.ops[taken].astype(np.int64)
    programs = columns.program_id[taken]
    start = columns.start[taken]
    found = _walked(table, ops, programs, start)
    done, pair, begin = found if found is not None else _searched(table, ops, programs, start)
    del ops, programs
    if not len(done):
        return done, np.zeros(0)
    done_start = start[done]
    del start
    done_end = done_start + columns.dur[taken[done]]
    return done, _shared_spans(link_code[pair], begin, done_end, done_start, weight[pair])


def _walked(
    table: _PairTable, ops: np.ndarray, programs: np.ndarray, start: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """(-done rows, their pairs, their -starts' begins) by one forward walk over a device's rows
    (``pairing.dones_into``), which a TPU's op line gives in order of start; None when they do not
    come in that order (or hold an op code outside the table)."""
    n = len(start)
    done, pair, begin = np.empty(n, np.int64), np.empty(n, np.int64), np.empty(n, np.int64)
    last = np.full(len(table.programs) * table.kinds, pairing.NONE, np.int64)
    written = pairing_kernels().dones_into(
        start, ops, programs, table.programs, table.pair_at, table.want, table.kind_of, last,
        done, pair, begin,
    )  # fmt: skip
    if written < 0:  # -1: not in order of start; the search handles any order
        return None
    return done[:written], pair[:written], begin[:written]


def _searched(
    table: _PairTable, ops: np.ndarray, programs: np.ndarray, start: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`_walked` for rows in any order: each -done's -start by a sort and a binary search."""
    slot = np.searchsorted(table.programs, programs)
    slot[slot == len(table.programs)] = 0
    known = (table.programs[slot] == programs) & (ops >= 0) & (ops < len(table.kind_of))
    pair = np.full(len(ops), -1, np.int64)
    pair[known] = table.pair_at[slot[known], ops[known]]
    done = np.flatnonzero(pair >= 0)
    pair = pair[done]
    wants = table.want[slot[done], ops[done]]
    kinds = max(table.kinds, 1)
    kind = np.full(len(ops), -1, np.int64)
    kind[known] = table.kind_of[ops[known]]
    starts = np.flatnonzero(kind >= 0)
    asks = np.where(wants >= 0, slot[done] * kinds + wants, -1)
    return done, pair, _latest_start(slot[starts] * kinds + kind[starts], start[starts], asks, start[done])


def _codes(values: pd.Series, rows: np.ndarray) -> tuple[np.ndarray, list[str]]:
    """(integer code per event, the names the codes stand for) of a name column, where only the
    events at ``rows`` are read: a categorical's own codes (a byte or two per row, not eight:
    millions of rows per device), else codes of the names at ``rows`` (0 elsewhere)."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        return category_codes(values), [str(name) for name in values.cat.categories]
    codes = np.zeros(len(values), np.int64)
    codes[rows], names = pd.factorize(values.iloc[rows].astype(str))
    return codes, [str(name) for name in names]


def _latest_start(
    start_key: np.ndarray, starts_at: np.ndarray, done_key: np.ndarray, at: np.ndarray
) -> np.ndarray:
    """Per -done (its key ``done_key``, its start ``at``): the start (ns) of the latest -start of
    that key (``start_key``, ``starts_at``) that began no later than it; its own start when there is
    none. -start keys are non-negative; a -done's key of -1 finds none."""
    begin = at.copy()
    if not len(starts_at) or not len(at):
        return begin
    # Search (key, start) pairs at once: the key in the high digits, the start's offset below it.
    low = min(int(starts_at.min()), int(at.min()))
    span = max(int(starts_at.max()), int(at.max())) - low + 1
    if (int(max(start_key.max(), done_key.max())) + 1) * span < 2**62:
        combined = start_key * span + (starts_at - low)
        combined.sort()
        found = np.searchsorted(combined, done_key * span + (at - low), "right")
        found -= 1
        ok = (found >= 0) & (done_key >= 0)
        ok[ok] = combined[found[ok]] // span == done_key[ok]
        begin[ok] = combined[found[ok]] % span + low
        return begin
    order = np.lexsort((starts_at, start_key))  # by key, then start
    sorted_key, sorted_start = start_key[order], starts_at[order]
    for key in np.unique(done_key[done_key >= 0]):  # times too far apart to share an int64 with the key
        wanted = np.flatnonzero(done_key == key)
        first, last = np.searchsorted(sorted_key, [key, key + 1])
        found = np.searchsorted(sorted_start[first:last], at[wanted], side="right") - 1
        ok = found >= 0
        begin[wanted[ok]] = sorted_start[first:last][found[ok]]
    return begin


@functools.cache
def pairing_kernels() -> native.Kernels:
    """The compiled pairing kernels (loaded once per process)."""
    return native.load(pairing, pairing.EXPORTS)


def _shared_spans(group, begin, end, done_start, weight) -> np.ndarray:
    """Each transfer's share of its link's busy time (ns), in the order given: transfers on one link
    (``group``, a small code; one device's) whose spans chain into one busy stretch split its length
    by bytes (equally when none has bytes); ties in begin are taken in order of the -done's start,
    then as given."""
    n = len(begin)
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
    """The order by group, then begin, then the -done's start, then position. Transfers come nearly
    in that order (on a TPU op line a link's -dones by start begin nearly by start too): a counting
    sort by group and an insertion sort within each (``pairing.group_begin_order_into``), unless it
    would move more than a few times each row; then two stable sorts (the second on group and begin
    as one int64) where ``np.lexsort`` would make four."""
    n = len(group)
    if n and int(group.min()) >= 0 and int(group.max()) < 1 << 20:
        order = np.empty(n, np.int64)
        counts = np.zeros(int(group.max()) + 2, np.int64)
        found = pairing_kernels().group_begin_order_into(
            group.astype(np.int64, copy=False), begin.astype(np.int64, copy=False),
            done_start.astype(np.int64, copy=False), counts, order, ORDER_MOVES * n,
        )  # fmt: skip
        if found == 0:
            return order
    low = int(begin.min())
    span = int(begin.max()) - low + 1
    if (int(group.max()) + 1) * span >= 2**62:
        return np.lexsort((np.arange(n), done_start, begin, group))
    order = np.argsort(done_start, kind="stable")
    return order[np.argsort(group[order] * span + (begin[order] - low), kind="stable")]
