"""Group ids over big event tables, by integer arithmetic on column codes instead of a pandas groupby,
a block of rows at a time.

A ``groupby`` or ``drop_duplicates`` over several categorical and integer key columns of ten million
events takes seconds and several copies of the table's keys (it factorizes each column and builds the
observed combinations). The events table's keys are small categoricals and integers, so one int64
per row encodes the whole key and a hash table numbers the groups (``numbering``, compiled). Done a
block of rows at a time, no key array is ever longer than a block, and the numbering stays that of
first appearance over the whole table. Used wherever the analysis meets every op execution (its
executions, covered time, the ops to price). Key columns must not hold missing values (the events
table never does).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import cast

import numpy as np
import pandas as pd

from perfdiff.compute import native, numbering

_LIMIT = 2**62
# Rows per block: keys of a block fit in a core's cache share; the table's copies are what it saves.
BLOCK = 1 << 18


class _Column:
    """One key column's codes (non-negative int64) per block, and how many values they can take."""

    def __init__(self, values: pd.Series) -> None:
        self.values = values
        self.uniques: np.ndarray | None = None  # sorted distinct values, when coded by lookup
        self.low = 0
        if isinstance(values.dtype, pd.CategoricalDtype):
            self.codes = category_codes(values)
            self.size = len(values.cat.categories)
            return
        array = values.to_numpy()
        self.codes = array
        if array.dtype.kind in "iu" and len(array):
            low, high = int(array.min()), int(array.max())
            if high - low < 4 * len(array) + 1024:  # dense enough to code by offset
                self.low, self.size = low, high - low + 1
                return
            in_runs = equal_runs(array)
            if in_runs is not None:  # values in long runs (an op line's program ids): coded run by run
                starts, lengths = in_runs
                self.uniques = np.unique(array[starts])
                self.size = len(self.uniques)
                code = np.searchsorted(self.uniques, array[starts]).astype(_narrowest(self.size))
                self.codes, self.uniques = np.repeat(code, lengths), None
                return
        if array.dtype.kind not in "iu":  # names (objects): coded by a hash, in one piece
            codes, names = pd.factorize(array, use_na_sentinel=False)
            self.codes, self.size = codes.astype(_narrowest(max(len(names), 1))), max(len(names), 1)
            return
        # Sparse integers (fingerprints): the distinct values, found block by block.
        found = [pd.unique(array[a : a + BLOCK]) for a in range(0, len(array), BLOCK)]
        self.uniques = np.unique(np.concatenate(found)) if found else np.zeros(0, array.dtype)
        self.size = max(len(self.uniques), 1)

    def block(self, a: int, b: int) -> np.ndarray:
        part = self.codes[a:b]
        if self.uniques is not None:
            return np.searchsorted(self.uniques, part).astype(np.int64)
        if self.low:
            part = part - part.dtype.type(self.low)  # in the column's own type: no overflow
        return part.astype(np.int64)


def category_codes(values: pd.Series) -> np.ndarray:
    """A categorical column's codes, read-only, as they lie in the column (``.cat.codes`` copies them:
    10 MB for ten million rows)."""
    return cast(pd.Categorical, values.array).codes


def equal_runs(values: np.ndarray, min_length: int = 64) -> tuple[np.ndarray, np.ndarray] | None:
    """(first row, length) of each run of equal values (none for no values), when runs average
    ``min_length`` rows or more; else None (found as soon as they cannot)."""
    n = len(values)
    if not n:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    changes = 0
    starts: list[np.ndarray] = [np.zeros(1, np.int64)]
    for a in range(1, n, BLOCK):  # the comparison a block at a time: no bool array per row
        b = min(a + BLOCK, n)
        found = np.flatnonzero(values[a:b] != values[a - 1 : b - 1])
        changes += len(found)
        if min_length * changes > n:
            return None
        starts.append(found + a)
    first = np.concatenate(starts)
    return first, np.diff(first, append=n)


def run_starts(values: np.ndarray) -> np.ndarray:
    """The first row of each run of equal values."""
    found = equal_runs(values, min_length=1)
    return found[0] if found is not None else np.arange(len(values))  # (never None: runs of >= 1 row)


def _narrowest(size: int) -> type[np.signedinteger]:
    """The narrowest signed integer dtype for codes 0..size-1."""
    return np.int8 if size <= 2**7 else np.int16 if size <= 2**15 else np.int32 if size <= 2**31 else np.int64


def group_blocks(
    frame: pd.DataFrame, columns: list[str]
) -> Iterator[tuple[int, int, np.ndarray, np.ndarray]]:
    """Per block of rows ``a:b``: (a, b, ids of those rows, the first row of each group first seen in
    the block, in order of their ids). ``ids`` number each combination of ``columns`` in order of
    first appearance over the table (as ``groupby(columns, sort=False).ngroup()``)."""
    n = len(frame)
    parts = [_Column(frame[c]) for c in columns]
    parts = [p for p in parts if p.size > 1]  # one value: nothing to tell apart
    scales, scale = [], 1
    for part in parts:
        scales.append(scale)
        scale *= part.size
    if scale >= _LIMIT:  # astronomically many combinations: number them by tuples, in one piece
        ids = frame.groupby(columns, sort=False, observed=True).ngroup().to_numpy(np.int64)
        yield 0, n, ids, np.unique(ids, return_index=True)[1].astype(np.int64)
        return
    numbering = _Numbering()  # the keys seen so far, over all blocks
    for a in range(0, n, BLOCK):
        b = min(a + BLOCK, n)
        key = np.zeros(b - a, np.int64)
        for part, step in zip(parts, scales, strict=True):
            codes = part.block(a, b)
            if step > 1:
                codes *= step
            key += codes
        ids, first = numbering.number(key)
        yield a, b, ids, first + a


class _Numbering:
    """Non-negative int64 keys numbered in order of first appearance over successive calls: the hash
    table of ``numbering.number_into``, grown as keys come."""

    def __init__(self) -> None:
        self.table = np.full(1 << 12, numbering.EMPTY, np.int64)
        self.ids = np.zeros(1 << 12, np.int64)
        # keys numbered so far, the next key of the block to read, keys numbered before the block
        self.state = np.zeros(3, np.int64)

    @property
    def count(self) -> int:
        return int(self.state[0])

    def number(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(the number of each key, the position in ``keys`` of each key first seen here, in order)."""
        out = np.empty(len(keys), np.int64)
        first = np.empty(len(keys), np.int64)
        self.state[1] = 0
        self.state[2] = self.state[0]
        run = _kernels().number_into
        while (status := run(keys, self.table, self.ids, self.state, out, first)) == 1:  # half full: grow
            table = np.full(2 * len(self.table), numbering.EMPTY, np.int64)
            ids = np.zeros(len(table), np.int64)
            _kernels().rehash_into(self.table, self.ids, table, ids)
            self.table, self.ids = table, ids
        if status != 0:
            raise ValueError("group keys must be non-negative: a key column holds missing values")
        return out, first[: self.state[0] - self.state[2]]


@functools.cache
def _kernels() -> native.Kernels:
    """The compiled numbering kernels (loaded once per process)."""
    return native.load(numbering, numbering.EXPORTS)


def group_ids(frame: pd.DataFrame, columns: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(ids, first): ``ids[i]`` numbers row i's combination of ``columns`` in order of first appearance
    (as ``groupby(columns, sort=False).ngroup()``), ``first[g]`` is the first row of group g. ``ids``
    is int32 when the rows are fewer than 2**31 (there are no more groups than rows): 4 bytes a row."""
    ids = np.empty(len(frame), np.int32 if len(frame) < 2**31 else np.int64)
    firsts: list[np.ndarray] = []
    for a, b, block, new in group_blocks(frame, columns):
        ids[a:b] = block
        firsts.append(new)
    first = np.concatenate(firsts) if firsts else np.zeros(0, np.int64)
    return ids, first


def distinct_rows(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """``frame[columns].drop_duplicates().reset_index(drop=True)``, without copying the key columns of
    every row."""
    _, first = group_ids(frame, columns)
    return frame[columns].iloc[first].reset_index(drop=True)


def counts(ids: np.ndarray, groups: int) -> np.ndarray:
    """Rows per group (int64), a block at a time: ``np.bincount`` first makes its input intp, 80 MB for
    ten million int32 ids."""
    out = np.zeros(groups, np.int64)
    for a in range(0, len(ids), BLOCK):
        out += np.bincount(ids[a : a + BLOCK], minlength=groups)
    return out


def sums(ids: np.ndarray, values: np.ndarray, groups: int) -> np.ndarray:
    """Σ values per group (float64; exact for integer values whose sums stay below 2**53)."""
    out = np.zeros(groups, np.float64)
    for a in range(0, len(ids), BLOCK):
        weights = values[a : a + BLOCK].astype(np.float64, copy=False)
        out += np.bincount(ids[a : a + BLOCK], weights=weights, minlength=groups)
    return out
