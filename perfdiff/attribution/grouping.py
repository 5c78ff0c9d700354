"""Group ids over big event tables, by integer arithmetic on column codes instead of a pandas groupby.

A ``groupby`` over several categorical and integer key columns of ten million events takes seconds
(it factorizes each column and builds the observed combinations); the events table's keys are small
categoricals and integers, so one int64 per row can encode the whole key and a single hash factorize
numbers the groups. Used by the analysis where it meets every op execution (``report._executions``,
``step_analysis.covered_time``). Key columns must not hold missing values (the events table never does).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

_LIMIT = 2**62


def group_ids(frame: pd.DataFrame, columns: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(ids, first): ``ids[i]`` numbers row i's combination of ``columns`` in order of first appearance
    (as ``groupby(columns, sort=False).ngroup()``), ``first[g]`` is the first row of group g."""
    n = len(frame)
    key = np.zeros(n, np.int64)
    scale = 1
    for column in columns:
        codes, size = _codes(frame[column])
        if codes is None:
            continue  # one value: nothing to tell apart
        if scale * size >= _LIMIT:  # densify what we have so far, then go on
            key = pd.factorize(key)[0].astype(np.int64)
            scale = int(key.max()) + 1 if n else 1
        if scale > 1:
            codes *= scale
        key += codes
        scale *= size
    ids, uniques = pd.factorize(key)
    first = np.full(len(uniques), n, np.int64)
    np.minimum.at(first, ids, np.arange(n))
    return ids.astype(np.int64, copy=False), first


def _codes(values: pd.Series) -> tuple[np.ndarray | None, int]:
    """Non-negative int64 codes of one key column (a new array, or None when it holds one value),
    and how many values they can take."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        size = len(values.cat.categories)
        return (np.array(values.cat.codes, np.int64) if size > 1 else None), max(size, 1)
    array = values.to_numpy()
    if array.dtype.kind in "iu" and len(array):
        low, high = int(array.min()), int(array.max())
        if high == low:
            return None, 1
        if high - low < _LIMIT:
            return (array - array.dtype.type(low)).astype(np.int64), high - low + 1
    codes, uniques = pd.factorize(array)
    return np.array(codes, np.int64), max(len(uniques), 1)


def sums(ids: np.ndarray, values: np.ndarray, groups: int) -> np.ndarray:
    """Σ values per group (float64; exact for integer values whose sums stay below 2**53)."""
    return np.bincount(ids, weights=values.astype(np.float64, copy=False), minlength=groups)
