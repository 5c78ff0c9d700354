"""The events of one timeline as columns: what every op extractor reads, whichever decoder produced it.

An ``EventColumns`` holds, per event, ``metadata_id``, ``offset_ps`` and ``duration_ps`` (int64), and
for each stat the caller asked for (by stat-metadata id) its kind and value, so that only the stats an
extractor needs are ever decoded. Values become Python objects only per distinct value
(``factorize``), the way ``PlaneStats.value`` would return them: refs as the string they name,
str as str, bytes as bytes, integers as int, doubles as float, a stat without a value as None.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

# Kinds of a stat value (XStat's ``value`` oneof). ``values`` holds the integer (uint64 as its int64
# bit pattern), a double's bits, a ref's stat-metadata id, or for str/bytes a key into ``texts``.
ABSENT, DOUBLE, UINT64, INT64, STR, BYTES, REF, EMPTY = 0, 1, 2, 3, 4, 5, 6, 7
# Stat id asked for when a plane lacks the stat: matches nothing.
NO_STAT = np.iinfo(np.int64).min
_U64 = (1 << 64) - 1


def stat_id_array(stat_ids: Sequence[int | None]) -> np.ndarray:
    """Stat ids as int64, None (a stat the plane never uses) as NO_STAT."""
    return np.array([NO_STAT if s is None else s for s in stat_ids], np.int64)


@dataclass
class EventColumns:
    """Events of one line, in file order; ``kinds``/``values`` are (stats asked for, events)."""

    metadata_id: np.ndarray
    offset_ps: np.ndarray
    duration_ps: np.ndarray
    kinds: np.ndarray
    values: np.ndarray
    texts: dict[int, str | bytes] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.metadata_id)

    def has(self, j: int) -> np.ndarray:
        """Mask of the events that carry stat ``j``."""
        return self.kinds[j] != ABSENT

    def int_or(self, j: int, default: np.ndarray) -> np.ndarray:
        """Stat ``j`` where it is a non-zero int64/uint64, else ``default`` (int64, not changed; the
        rule ``line_kernels.device_value`` applies to a TPU op line's device clock)."""
        kinds, values = self.kinds[j], self.values[j]
        usable = kinds == INT64
        usable |= kinds == UINT64
        usable &= values != 0
        out = default.copy()
        np.copyto(out, values, where=usable)
        return out

    def factorize(
        self, j: int, names: dict[int, str], rows: np.ndarray | None = None
    ) -> tuple[np.ndarray, list[Any]]:
        """(codes, objects) for stat ``j`` over ``rows`` (default: all events): ``objects[codes[i]]`` is
        row i's value as a Python object, -1 where absent; objects in order of first appearance.
        ``names`` maps stat-metadata ids to names, to resolve refs."""
        kinds = self.kinds[j] if rows is None else self.kinds[j, rows]
        values = self.values[j] if rows is None else self.values[j, rows]
        codes = np.full(len(kinds), -1, np.int64)
        present = np.flatnonzero(kinds != ABSENT)
        if not len(present):
            return codes, []
        kinds, values = kinds[present], values[present]
        local = np.empty(len(present), np.int64)
        firsts: list[int] = []
        pairs: list[tuple[int, int]] = []
        for kind in np.unique(kinds).tolist():
            where = np.flatnonzero(kinds == kind)
            sub_codes, uniques = pd.factorize(values[where])
            _, first_at = np.unique(sub_codes, return_index=True)
            local[where] = sub_codes + len(pairs)
            firsts.extend(where[first_at].tolist())
            pairs.extend((kind, int(v)) for v in uniques.tolist())
        order = np.argsort(np.array(firsts), kind="stable")
        rank = np.empty(len(order), np.int64)
        rank[order] = np.arange(len(order))
        codes[present] = rank[local]
        objects = [self._object(pairs[i][0], pairs[i][1], names) for i in order.tolist()]
        return codes, objects

    def _object(self, kind: int, value: int, names: dict[int, str]) -> Any:
        if kind == REF:
            return names.get(value & _U64, "")
        if kind == UINT64:
            return value & _U64
        if kind == INT64:
            return value
        if kind == DOUBLE:
            return float(np.int64(value).view(np.float64))
        if kind in (STR, BYTES):
            return self.texts[value]
        return None


def unique_ids(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(ids, return_inverse=True)``, by a lookup table when the ids are small non-negative
    integers (metadata ids are: a sort of millions of them is the slow way to find a few dozen)."""
    if len(ids) and int(ids.min()) >= 0 and int(ids.max()) < max(1 << 20, 4 * len(ids)):
        seen = np.zeros(int(ids.max()) + 1, bool)
        seen[ids] = True
        uniq = np.flatnonzero(seen)
        index = np.zeros(len(seen), np.int64)
        index[uniq] = np.arange(len(uniq))
        return uniq.astype(ids.dtype, copy=False), index[ids]
    return np.unique(ids, return_inverse=True)


def id_slots(mids: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """(distinct ids, their slots, each event's slot, slots): where to keep what each metadata id
    stands for so that every event looks it up at once. Metadata ids are small: the id is its own
    slot (a table beats a sort of millions); large or negative ones (damaged traces) are numbered."""
    if len(mids) and int(mids.min()) >= 0 and int(mids.max()) < max(1 << 20, 4 * len(mids)):
        seen = np.zeros(int(mids.max()) + 1, bool)
        seen[mids] = True
        uniq = np.flatnonzero(seen)
        return uniq, uniq, mids, len(seen)
    uniq, inverse = unique_ids(mids)
    return uniq, np.arange(len(uniq)), inverse, len(uniq)
