"""The op events of a profile grouped once, for everything the analysis counts per event.

Every per-event figure of a report comes from one grouping of the events table by (host, device,
device_id, step, program_id, op) — an "execution group". The ops to price, covered time per device
and step, the program of each module, a step's selection: all are coarser groupings of those groups,
found on the groups' first rows (a few per op and step) instead of on every event again, so the
table's ten million rows are walked once for keys, once for sums and once for covered time.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from perfdiff.compute.grouping import BLOCK, counts, group_ids, sums
from perfdiff.compute.intervals import covered_ns

KEYS = ["host", "device", "device_id", "step", "program_id", "op"]
DEVICE_STEP = ["host", "device", "device_id", "step"]


class EventGroups:
    """The events table's execution groups.

    ``ids``: each event's group (int64, numbered by first appearance); ``keys``: per group, the KEYS
    and the module of its first event; ``occurrences``: events per group; ``self_ns``: Σ self_ns per
    group (float64, exact below 2**53 ns).
    """

    def __init__(self, events: pd.DataFrame) -> None:
        self.events = events
        self.ids, first = group_ids(events, KEYS)
        self.keys = events[[*KEYS, "module"]].iloc[first].reset_index(drop=True)
        self.occurrences = counts(self.ids, len(first))
        self.self_ns = sums(self.ids, events["self_ns"].to_numpy(), len(first))

    def __len__(self) -> int:
        return len(self.keys)

    def ops(self) -> pd.DataFrame:
        """The distinct (host, program_id, op) in order of first appearance, as
        ``events[["host", "program_id", "op"]].drop_duplicates()`` would give them."""
        return self.keys[["host", "program_id", "op"]].drop_duplicates().reset_index(drop=True)

    def modules(self) -> pd.Series:
        """program_id -> module name (str), from each program's first event."""
        first = self.keys.drop_duplicates("program_id")
        return pd.Series(first["module"].astype(str).to_numpy(), index=first["program_id"].to_numpy())

    def covered(self, chosen: np.ndarray) -> pd.DataFrame:
        """Per (host, device, device_id, step) holding a ``chosen`` group: covered_s, the union of its
        op intervals (ops on several threads of one device, or nested ops, count once), sorted by
        those keys."""
        device_step, first = group_ids(self.keys, DEVICE_STEP)
        start = self.events["start_ns"].to_numpy(np.int64)
        covered = covered_ns(
            self.ids, start, self.events["dur_ns"].to_numpy(np.int64), len(first), group_of=device_step
        )
        table = self.keys[DEVICE_STEP].iloc[first].reset_index(drop=True)
        table["covered_s"] = covered / 1e9
        held = np.zeros(len(first), bool)
        held[device_step[chosen]] = True
        return table[held].sort_values(DEVICE_STEP, kind="stable").reset_index(drop=True)

    def widest_span_ns(self) -> int:
        """The longest time from a device's first op start to its last op end, in ns."""
        device, first = group_ids(self.keys, ["host", "device", "device_id"])
        low = np.full(len(first), np.iinfo(np.int64).max)
        high = np.full(len(first), np.iinfo(np.int64).min)
        start = self.events["start_ns"].to_numpy(np.int64)
        dur = self.events["dur_ns"].to_numpy(np.int64)
        for a in range(0, len(start), BLOCK):
            of = device[self.ids[a : a + BLOCK]]
            np.minimum.at(low, of, start[a : a + BLOCK])
            np.maximum.at(high, of, start[a : a + BLOCK] + dur[a : a + BLOCK])
        return int((high - low).max()) if len(first) else 0
