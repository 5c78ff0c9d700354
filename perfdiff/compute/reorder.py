"""Columns put in a new order in place, on a helper thread, while the caller computes the next order.

A timeline whose events do not come in order of start (a line written by host time and read by device
time) has every column permuted: memory-bound gathers of millions of rows per column, which numpy runs
without the GIL. On a helper thread they overlap the caller's next sort, which runs without the GIL
too. The helper allocates nothing: it gathers into a scratch buffer the caller's thread allocated
(glibc would keep a thread's freed blocks in that thread's own arena, and the process's peak would
grow by them).
"""

from __future__ import annotations

import threading

import numpy as np


class Reorderer:
    """One helper thread at a time, reordering the columns handed to :meth:`submit`; :meth:`wait`
    returns once they are done (and raises what the helper raised)."""

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self._scratch = np.empty(0, np.uint8)

    def submit(self, columns: list[np.ndarray], order: np.ndarray) -> None:
        """Start putting each of ``columns`` (1-d, C-contiguous, as long as ``order``) in ``order``
        (every index once), in place, after the previous submission is done. The columns must not be
        read or written until :meth:`wait` returns."""
        self.wait()
        if not columns:
            return
        need = len(order) * max(column.itemsize for column in columns)
        if self._scratch.nbytes < need:
            self._scratch = np.empty(0, np.uint8)  # the old one freed before the new one is made
            self._scratch = np.empty(need, np.uint8)
        self._thread = threading.Thread(
            target=self._run, args=(columns, order, self._scratch), name="perfdiff-reorder", daemon=True
        )
        self._thread.start()

    def _run(self, columns: list[np.ndarray], order: np.ndarray, scratch: np.ndarray) -> None:
        try:
            for column in columns:
                gathered = scratch[: len(order) * column.itemsize].view(column.dtype)
                # mode="clip" (the indices are in range) writes into ``gathered`` directly; the default
                # "raise" would gather into a buffer of its own first.
                np.take(column, order, out=gathered, mode="clip")
                column[:] = gathered
        except BaseException as err:  # raised in the caller's thread by wait()
            self._error = err

    def wait(self) -> None:
        """Block until the columns last submitted are in order."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._error is not None:
            error, self._error = self._error, None
            raise error
