"""Numbering keys in order of first appearance, as kernels (see ``perfdiff.compute.native``).

``grouping`` encodes each row's group key as one non-negative int64; ``number_into`` numbers those
keys 0, 1, 2… in the order each first appears, and notes that row, through an open-addressing hash
table the caller owns (linear probing, Fibonacci hashing), so a table of ten million rows is numbered
in one pass with no sort and no search. The table is kept at most half full: when a new key would
pass that, the kernel stops and says so, the caller moves the keys into a table twice the size
(``rehash_into``) and calls again, resuming where it stopped. Blocks of rows are numbered one after
another through one table, so the numbering is that of first appearance over all of them.
"""

from __future__ import annotations

import numpy as np

from perfdiff.compute.native import Export, kernel

EMPTY = -1  # a free slot of the table (keys are >= 0)
# Fibonacci hashing: 2**64 / the golden ratio, as an int64 (multiplication wraps).
_GOLDEN = np.int64(-7046029254386353131)


@kernel(inline=True)
def _slot(key, bits):  # pragma: no cover - compiled
    """The slot a key starts its probe at, in a table of 2**bits slots."""
    return ((key * _GOLDEN) >> (64 - bits)) & ((np.int64(1) << bits) - 1)


@kernel(inline=True)
def _bits(size):  # pragma: no cover - compiled
    """log2 of a table size (a power of two of at least 2), or -1 when it is not one."""
    if size < 2 or (size & (size - 1)) != 0:
        return -1
    bits = 0
    while (np.int64(1) << bits) < size:
        bits += 1
    return bits


@kernel
def number_into(keys, table, ids, state, out, first):  # pragma: no cover - compiled
    """The number of each key of ``keys`` into ``out``, from ``state[1]`` on; the row of each key
    numbered for the first time into ``first``, at its number less ``state[2]``.

    ``table`` (keys, ``EMPTY`` where free) and ``ids`` (their numbers) are the hash table, a power of
    two long; ``state[0]`` counts the keys numbered so far, ``state[2]`` is what it counted when
    ``keys`` began (set by the caller, so that ``first`` holds the rows of this call's new keys).
    Returns 0 when every key is numbered; 1 when the table is half full and the key at ``state[1]``
    is new (grow the table, then call again); -2 for a negative key, a table that is not a power of
    two long or a ``first`` too short (nothing more written).
    """
    size = table.size
    bits = _bits(size)
    if bits < 0 or ids.size != size or out.size != keys.size or state.size != 3:
        return -2
    mask = size - 1
    count = state[0]
    base = state[2]
    for i in range(state[1], keys.size):
        key = keys[i]
        if key < 0 or count - base >= first.size:
            state[0], state[1] = count, i
            return -2
        at = _slot(key, bits)
        while True:
            found = table[at]
            if found == key:
                out[i] = ids[at]
                break
            if found == EMPTY:
                if 2 * (count + 1) > size:
                    state[0], state[1] = count, i
                    return 1
                table[at] = key
                ids[at] = count
                out[i] = count
                first[count - base] = i
                count += 1
                break
            at = (at + 1) & mask
    state[0], state[1] = count, keys.size
    return 0


@kernel
def rehash_into(table, ids, new_table, new_ids):  # pragma: no cover - compiled
    """Every key of (``table``, ``ids``) into the empty (``new_table``, ``new_ids``), with its
    number. Returns 0, or -2 when the new table is not a power of two long or cannot hold them."""
    size = new_table.size
    bits = _bits(size)
    if bits < 0 or new_ids.size != size or ids.size != table.size:
        return -2
    mask = size - 1
    held = 0
    for j in range(table.size):
        key = table[j]
        if key == EMPTY:
            continue
        held += 1
        if held >= size:
            return -2
        at = _slot(key, bits)
        while new_table[at] != EMPTY:
            at = (at + 1) & mask
        new_table[at] = key
        new_ids[at] = ids[j]
    return 0


I64 = "i64[:]"
EXPORTS = (
    Export("number_into", (I64, I64, I64, I64, I64, I64)),
    Export("rehash_into", (I64, I64, I64, I64)),
)
