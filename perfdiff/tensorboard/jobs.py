"""Analyses and diffs computed in the background, so that no request of TensorBoard waits on one.

A request that needs a report nobody has computed starts a job and is answered 202 at once; the page
polls, and the request after the job has finished gets the result. One job runs at a time, from one
background daemon thread (started on first use, never at import or construction; a worker still
running when TensorBoard exits is killed), and each job is a fresh
``python -m perfdiff.tensorboard.worker`` process: the analysis is CPU-bound Python that would take
the GIL from TensorBoard's request threads, and a crash in it (say jaxlib on a strange module) must
not take TensorBoard down. (A process pool would re-import the embedding program's ``__main__`` in
its workers under the "spawn" start method, and "fork" is unsafe in a threaded server.)

Finished jobs are kept (the newest ``keep``) until ``forget``: a report is served from memory when it
could not be saved beside its run, and errors stay visible instead of being retried on every poll.
"""

from __future__ import annotations

import atexit
import json
import logging
import queue
import subprocess
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Hashable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from perfdiff.children import child_env, module_command
from perfdiff.errors import PerfdiffError, TraceNotFoundError, one_line
from perfdiff.tensorboard.paths import RequestError

logger = logging.getLogger(__name__)
_STDERR_TAIL = 600  # characters of a crashed worker's stderr kept for the error message


@dataclass(frozen=True)
class JobState:
    """Where a job is: ``status`` "computing", "done" or "failed"; ``elapsed_s`` seconds since it
    started (until it finished, when done); ``result`` or ``error``; ``finished_at`` wall-clock
    seconds (``time.time()``) when it finished, else None."""

    status: str
    elapsed_s: float
    result: Any = None
    error: BaseException | None = None
    finished_at: float | None = None


class Jobs:
    """Jobs keyed by what they compute (e.g. ``("report", run, host)``), run one at a time in the
    background; a key already running or queued is not started again."""

    def __init__(self, keep: int = 16) -> None:
        self._keep = keep
        self._lock = threading.Lock()
        self._running: dict[Hashable, tuple[Future[Any], float]] = {}
        self._finished: OrderedDict[Hashable, JobState] = OrderedDict()
        self._queue: queue.SimpleQueue[tuple[Future[Any], str, dict[str, Any]] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._workers = _Workers()

    def get(self, key: Hashable) -> JobState | None:
        """The job's state, or None when no job for ``key`` is running or remembered."""
        with self._lock:
            self._collect(key)
            if key in self._running:
                return JobState("computing", time.monotonic() - self._running[key][1])
            state = self._finished.get(key)
            if state is not None:
                self._finished.move_to_end(key)
            return state

    def start(self, key: Hashable, task: str, **args: Any) -> JobState:
        """Run worker ``task`` with ``args`` unless a job for ``key`` is running; forget a finished one."""
        with self._lock:
            self._collect(key)
            if key not in self._running:
                self._finished.pop(key, None)
                if self._thread is None:
                    self._thread = threading.Thread(target=self._serve, name="perfdiff-jobs", daemon=True)
                    self._thread.start()
                    atexit.register(self._workers.kill)  # an exiting TensorBoard does not wait for a job
                future: Future[Any] = Future()
                self._queue.put((future, task, args))
                self._running[key] = (future, time.monotonic())
            return JobState("computing", time.monotonic() - self._running[key][1])

    def forget(self, key: Hashable) -> None:
        """Drop a finished job (a running one finishes and is then remembered as usual)."""
        with self._lock:
            self._finished.pop(key, None)

    def shutdown(self) -> None:
        """Kill the running worker process, drop queued jobs and stop the background thread."""
        with self._lock:
            thread, self._thread = self._thread, None
        self._workers.kill()
        if thread is not None:
            atexit.unregister(self._workers.kill)
            self._queue.put(None)
            thread.join(timeout=30)

    def _serve(self) -> None:
        """The background thread: run queued jobs one after another until shutdown."""
        while (item := self._queue.get()) is not None:
            future, task, args = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(self._workers.run(task, args))
            except BaseException as err:  # the job's outcome, reported by get()
                future.set_exception(err)

    def _collect(self, key: Hashable) -> None:
        """Move ``key``'s job to the finished ones if it has finished (lock held)."""
        entry = self._running.get(key)
        if entry is None or not entry[0].done():
            return
        future, started = self._running.pop(key)
        elapsed = time.monotonic() - started
        error = future.exception() if not future.cancelled() else RuntimeError("cancelled")
        state = (
            JobState("failed", elapsed, error=error, finished_at=time.time())
            if error is not None
            else JobState("done", elapsed, result=future.result(), finished_at=time.time())
        )
        self._finished[key] = state
        while len(self._finished) > self._keep:
            self._finished.popitem(last=False)


class _Workers:
    """Starts worker processes (one at a time) and remembers the running one, to kill it on shutdown."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._killed = False

    def run(self, task: str, args: dict[str, Any]) -> Any:
        """Run ``task`` in a fresh worker; its result, or RequestError with its status and message."""
        with tempfile.TemporaryDirectory(prefix="perfdiff-job-") as tmp:
            result_file = Path(tmp) / "result.json"
            command = module_command("perfdiff.tensorboard.worker", task, str(result_file))
            with self._lock:
                if self._killed:
                    raise RuntimeError("the plugin is shutting down")
                self._process = subprocess.Popen(
                    command,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                    env=child_env(),
                )
            process = self._process
            _, stderr = process.communicate(json.dumps(args).encode())
            with self._lock:
                self._process = None
            if process.returncode != 0 or not result_file.is_file():
                tail = stderr.decode(errors="replace").strip()[-_STDERR_TAIL:]
                raise RuntimeError(f"the analysis worker exited with code {process.returncode}: {tail}")
            answer = json.loads(result_file.read_text(encoding="utf-8"))
        if "error" in answer:
            raise RequestError(answer["error"], status=int(answer.get("status", 422)))
        return answer["ok"]

    def kill(self) -> None:
        with self._lock:
            self._killed = True
            if self._process is not None and self._process.poll() is None:
                self._process.kill()


def raise_failure(job: JobState) -> None:
    """Raise a failed job's error afresh (the stored one keeps its worker traceback)."""
    if job.status != "failed":
        return
    error = job.error
    if isinstance(error, PerfdiffError):
        raise RequestError(one_line(error), status=status_of(error))
    logger.error("perfdiff analysis failed: %s: %s", type(error).__name__, error)
    message = f"perfdiff failed ({type(error).__name__}: {error}); this is a perfdiff bug"
    raise RequestError(message, status=500)


def status_of(err: PerfdiffError) -> int:
    return getattr(err, "status", 404 if isinstance(err, TraceNotFoundError) else 422)
