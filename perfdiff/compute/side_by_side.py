"""Work over the rows of big arrays split into consecutive ranges, run side by side on threads.

The kernels (``perfdiff.compute.native``) run without the GIL, so a loop over ten million rows that
writes row by row into arrays the caller allocated can be cut into one range per core. The threads
must allocate little: glibc keeps what a thread frees in that thread's own arena, where the process's
other threads cannot reuse it.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable, Sequence

# A range run on its own thread has at least this many rows: below, a thread's start (~0.1 ms) is a
# sizeable share of the work (tens of ns per row).
MIN_ROWS = 1 << 16


@functools.cache
def usable_cores() -> int:
    """The cores this process may run on (its affinity, where the system says)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def ranges(n: int, min_rows: int | None = None) -> list[tuple[int, int]]:
    """Consecutive (first, last excluded) ranges covering rows 0..n: one per usable core, each at
    least ``min_rows`` (default ``MIN_ROWS``) long (one range when ``n`` is short)."""
    count = max(1, min(usable_cores(), n // max(MIN_ROWS if min_rows is None else min_rows, 1)))
    bounds = [n * i // count for i in range(count + 1)]
    return list(zip(bounds[:-1], bounds[1:], strict=True))


def in_ranges(n: int, work: Callable[[int, int], None], min_rows: int | None = None) -> None:
    """``work(first, last)`` for each of ``ranges(n)``: the first on the calling thread, the others
    on threads of their own, all side by side; returns when all are done, raising the first range's
    error that any raised."""
    parts = ranges(n, min_rows)
    errors: list[BaseException | None] = [None] * len(parts)

    def run(i: int) -> None:
        try:
            work(*parts[i])
        except BaseException as err:  # raised in the caller's thread below
            errors[i] = err

    threads = [threading.Thread(target=run, args=(i,), name="perfdiff-rows") for i in range(1, len(parts))]
    for thread in threads:
        thread.start()
    run(0)
    for thread in threads:
        thread.join()
    for error in errors:
        if error is not None:
            raise error


def each(count: int, work: Callable[[int], None], sizes: Sequence[int] | None = None) -> None:
    """``work(i)`` for i in 0..count-1, on one thread per usable core, each thread taking the next
    item as it finishes one (the biggest first, by ``sizes``, so that no thread is left with a big
    one at the end); returns when all are done, raising the first error any raised."""
    order = sorted(range(count), key=lambda i: -sizes[i]) if sizes is not None else list(range(count))
    lock = threading.Lock()
    taken = iter(order)

    def take() -> int | None:
        with lock:
            return next(taken, None)

    def run(first: int, last: int) -> None:
        del first, last  # the threads share the queue
        while (i := take()) is not None:
            work(i)

    in_ranges(min(count, usable_cores()), run, min_rows=1)
