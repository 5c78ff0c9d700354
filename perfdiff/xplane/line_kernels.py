"""A scanned line's columns made into op columns, as a kernel (see ``perfdiff.compute.native``).

``wire_scan`` gives a line's events as columns (metadata id, offset and duration in ps, asked-for
stats). A TPU's ``XLA Ops`` line (``parse.tpu_ops``) then needs, per event, its op code and program
id (looked up by metadata slot), its start and duration in ns (from the device's own clock, stats
``device_offset_ps``/``device_duration_ps``, where the event has them) and its host-aligned start in
ns (to find its module execution). Done as six numpy passes, each reading and writing a whole
column, that was a fifth of a pod trace's load; ``ops_into`` does it in one pass over a range of the
events, so that the halves of a line can run side by side.
"""

from __future__ import annotations

from perfdiff.compute.native import Export, kernel
from perfdiff.xplane.columns import INT64, UINT64


@kernel(inline=True)
def device_value(kinds, values, j, i, default):  # pragma: no cover - compiled
    """Stat ``j`` of event ``i`` where it is a non-zero int64/uint64, else ``default``."""
    kind = kinds[j, i]
    value = values[j, i]
    if (kind == INT64 or kind == UINT64) and value != 0:  # noqa: SIM109 - numba compiles no tuple test
        return value
    return default


@kernel
def ops_into(
    slot, off, dur, kinds, values, timestamp, clock, op_of, program_of, first, last,
    op, program, start, length,
):  # pragma: no cover - compiled  # fmt: skip
    """Events ``first`` to ``last`` (excluded) of one scanned op line into op columns.

    Per event ``i``: ``slot[i]`` indexes ``op_of`` (op code) and ``program_of`` (program id bits),
    written to ``op[i]`` and ``program[i]``. With ``clock`` (1), stats 0 and 1 of ``kinds``/``values``
    are the device offset and duration (ps), used where non-zero int64/uint64 instead of ``off`` and
    ``dur`` (the host-aligned ones). ``start[i]``, ``length[i]``: ns, the offset floor-divided
    alone and added to ``timestamp`` (the line's start, ns), the duration as end less start, both
    floored (abutting events still abut). ``off[i]`` is overwritten with the host-aligned start in
    ns. Returns 0, or -2 when a slot lies outside the tables or an array is too short (nothing is
    written then).
    """
    if first < 0 or last < first:
        return -2
    if min(slot.size, off.size, dur.size, op.size, program.size, start.size, length.size) < last:
        return -2
    short_stats = min(kinds.shape[0], values.shape[0]) < 2 or min(kinds.shape[1], values.shape[1]) < last
    if clock != 0 and short_stats:
        return -2
    slots = op_of.size
    if program_of.size != slots:
        return -2
    for i in range(first, last):
        if slot[i] < 0 or slot[i] >= slots:
            return -2
    for i in range(first, last):
        s = slot[i]
        op[i] = op_of[s]
        program[i] = program_of[s]
        host_offset = off[i]
        offset = host_offset
        duration = dur[i]
        if clock != 0:
            offset = device_value(kinds, values, 0, i, offset)
            duration = device_value(kinds, values, 1, i, duration)
        begin = offset // 1000  # integer // floors, as in Python and numpy
        start[i] = begin + timestamp
        length[i] = (offset + duration) // 1000 - begin
        off[i] = host_offset // 1000 + timestamp
    return 0


I64, I32 = "i64[:]", "i32[:]"
EXPORTS = (
    Export(
        "ops_into",
        (I64, I64, I64, "u8[:,:]", "i64[:,:]", "i64", "i64", I32, I64, "i64", "i64", I32, I64, I64, I64),
    ),
)
