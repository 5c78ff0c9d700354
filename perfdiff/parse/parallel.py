"""Host files -> HostTables, the map step of ``perfdiff.load``: here, in local processes, or on Dask.

``parse_host`` is a pure function of one file, so hosts parse independently and ``profile.assemble``
merges their tables (the reduce). Three ways to run the map:

- in this process, one host after another (one file, small runs, ``workers=1``);
- this process and a ``ProcessPoolExecutor`` of ``workers - 1`` more, each parsing one host at a
  time, so memory is bounded by one host per process. The workers take hosts from the front of the
  queue while this process takes them from the back: it parses from the first moment, while the
  workers start (a forkserver imports the parse stage and links the kernels once, then forks them),
  and a worker's host costs only the copy of its tables back. Like any multiprocessing code this
  re-imports the caller's main script in each worker, so processes are opt-in (``workers`` > 1, or 0
  for "one per core"): a script calling ``load`` must keep its code under
  ``if __name__ == "__main__":`` (the ``perfdiff`` command does);
- a Dask distributed cluster (``scheduler="tcp://host:port"``), for pods of hundreds of host files.
  Dask is an optional extra (``pip install 'perfdiff[dask]'``), imported only then. Its workers need
  perfdiff installed and the trace files at the same paths (a shared filesystem); run them with one
  thread each (``dask worker ADDRESS --nthreads 1``) to keep one host per worker in memory. A worker
  that shares this process's spool folder (it finds a token file this process left there: the same
  machine and filesystem) hands its tables over through a spool file, as the local processes do,
  instead of through Dask's serialisation and sockets.

Either parallel plan is taken only when the run is big enough to gain from it (``PARALLEL_MIN_BYTES``):
on a small run, starting processes and moving tables between them costs more than the parse. On two
cores the automatic plan is this process alone (``ONE_PROCESS_MAX_CORES``)."""

from __future__ import annotations

import multiprocessing
import os
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from perfdiff import spool as spool_files
from perfdiff.compute.side_by_side import usable_cores
from perfdiff.errors import PerfdiffError
from perfdiff.parse.host import HostTables, parse_host
from perfdiff.xplane import reader
from perfdiff.xplane.locate import TraceFile

# Called after each host: (hosts done, hosts in all, host name).
Progress = Callable[[int, int, str], None]
# Below this many bytes of trace in all, a parallel plan costs more than it saves: a second process
# saves about half of a host's parse (~3.5 ns per byte of file) and costs its start (~0.5 s of imports
# in a forkserver) and the copy of its tables back (~0.7 ns per byte): it pays from ~0.4 GB, a run of
# four 100 MB hosts (benchmarks/scale.py --hosts; figures in benchmarks/README.md).
PARALLEL_MIN_BYTES = 400_000_000
# On this many cores or fewer, the automatic plan (``workers=0``) is this process alone: its wire
# scanner already decodes a host's long lines on every core, and a second process's hosts cost a copy
# back and their join, so two processes took longer than one (benchmarks/scale.py --hosts, figures in
# benchmarks/README.md; measured on 2 cores only).
ONE_PROCESS_MAX_CORES = 2
# Seconds to wait for a Dask scheduler to answer.
DASK_CONNECT_TIMEOUT_S = 10


def parse_or_error(host: str, path: Path) -> HostTables | PerfdiffError:
    """``parse_host``, with a user-caused error returned instead of raised (it travels back from a
    worker process like a result, and one bad host does not stop the others)."""
    try:
        return parse_host(host, path)
    except PerfdiffError as err:
        return err


def _parse_to_spool(host: str, path: Path, spool: str) -> str | PerfdiffError:
    """In a worker: parse one host and leave its tables in a file under ``spool`` (``perfdiff.spool``:
    RAM-backed where possible, the arrays mapped by the reader, not copied); return that file's path."""
    result = parse_or_error(host, path)
    return result if isinstance(result, PerfdiffError) else spool_files.write(result, spool)


def _parse_for_dask(host: str, path: Path, spool: str, token: str) -> str | HostTables | PerfdiffError:
    """On a Dask worker: ``parse_or_error``, or, when the worker finds the file ``token`` (holding its
    own name) in ``spool`` — the caller's machine and folder — ``_parse_to_spool``'s file name."""
    marker = Path(spool) / token
    try:
        here = marker.read_text(encoding="utf-8") == token
    except OSError:
        here = False
    return _parse_to_spool(host, path, spool) if here else parse_or_error(host, path)


def _unspool(item: str | HostTables | PerfdiffError) -> HostTables | PerfdiffError:
    """A worker's tables, from its spool file when it left them in one."""
    return spool_files.read(item) if isinstance(item, str) else item


def parse_all(
    files: Sequence[TraceFile],
    *,
    progress: Progress | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
) -> list[HostTables | PerfdiffError]:
    """Every host file's tables (or its error), in the order of ``files``.

    ``scheduler``: a Dask scheduler address; else ``workers`` local processes (1 or None: in this
    process; 0: one per core, or this one on two cores), fewer when memory is short. Either way this
    process alone when the run is too small to gain from a parallel plan (see ``worker_count``; the
    scheduler is still reached, so that a wrong address is an error whatever the run).
    """
    if scheduler is not None:
        return _on_dask(files, scheduler, progress)
    count = worker_count(files, workers)
    if count <= 1:
        results: list[HostTables | PerfdiffError] = []
        for done, trace in enumerate(files, start=1):
            results.append(parse_or_error(trace.host, trace.path))
            if progress is not None:
                progress(done, len(files), trace.host)
        return results
    return _in_processes(files, count, progress)


def worker_count(files: Sequence[TraceFile], workers: int | None) -> int:
    """Processes to parse ``files`` with, this one included: at most ``workers`` (None: 1; 0: one
    per core, or 1 on ONE_PROCESS_MAX_CORES cores or fewer) and one per file, limited so that each
    process's largest host fits in available memory; 1 when the files add up to less than
    PARALLEL_MIN_BYTES, where a parallel plan costs more than it saves."""
    if workers is None:
        return 1
    if workers < 0:
        raise PerfdiffError(f"workers must be 0 (one per core) or more, not {workers}")
    if workers == 1 or not _worth_sharing(files):
        return 1
    cores = usable_cores()
    if workers == 0 and cores <= ONE_PROCESS_MAX_CORES:
        return 1
    sizes = [_size(trace.path) for trace in files]
    per_process = max(sizes) * reader.WIRE_MEMORY_PER_FILE_BYTE
    by_memory = int(reader.available_memory_bytes() // max(per_process, 1))
    return max(1, min(workers or cores, len(files), by_memory))


def _worth_sharing(files: Sequence[TraceFile]) -> bool:
    """Whether the run is big enough for a parallel plan to gain: two files or more, adding up to
    PARALLEL_MIN_BYTES."""
    return len(files) >= 2 and sum(_size(trace.path) for trace in files) >= PARALLEL_MIN_BYTES


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _in_processes(
    files: Sequence[TraceFile], count: int, progress: Progress | None
) -> list[HostTables | PerfdiffError]:
    """This process and ``count - 1`` workers (see the module docstring)."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["perfdiff.parse.host", "perfdiff.parse._warm"])
    results: list[HostTables | PerfdiffError | None] = [None] * len(files)
    spool = spool_files.folder()
    finished = 0

    def finish(index: int, result: HostTables | PerfdiffError) -> None:
        nonlocal finished
        results[index] = result
        finished += 1
        if progress is not None:
            progress(finished, len(files), files[index].host)

    with ProcessPoolExecutor(max_workers=count - 1, mp_context=context) as pool:
        futures = [pool.submit(_parse_to_spool, t.host, t.path, spool) for t in files]
        pending = set(range(len(files)))
        try:
            for index in reversed(range(len(files))):
                for ready in [i for i in pending if futures[i].done() and not futures[i].cancelled()]:
                    pending.discard(ready)
                    finish(ready, _unspool(futures[ready].result()))
                if index in pending and futures[index].cancel():  # not started: parse it here
                    pending.discard(index)
                    finish(index, parse_or_error(files[index].host, files[index].path))
            by_future = {futures[i]: i for i in pending}
            for future in as_completed(by_future):
                finish(by_future[future], _unspool(future.result()))
        except BaseException:
            for future in futures:  # leave no spooled tables behind
                future.cancel()
                succeeded = future.done() and not future.cancelled() and future.exception() is None
                if succeeded and isinstance(spooled := future.result(), str):
                    Path(spooled).unlink(missing_ok=True)
            raise
    return [r for r in results if r is not None]


def _on_dask(
    files: Sequence[TraceFile], scheduler: str, progress: Progress | None
) -> list[HostTables | PerfdiffError]:
    try:
        from distributed import Client
        from distributed import as_completed as dask_completed
    except ImportError as err:
        raise PerfdiffError(
            "a Dask scheduler was given but Dask distributed is not installed: "
            "pip install 'perfdiff[dask]', or leave out --scheduler to parse here"
        ) from err
    try:
        client = Client(scheduler, timeout=DASK_CONNECT_TIMEOUT_S, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as err:
        raise PerfdiffError(
            f"cannot reach the Dask scheduler at {scheduler} ({err}); start one with "
            "'dask scheduler' and workers with 'dask worker ADDRESS', or leave out --scheduler"
        ) from err
    with client:
        if not _worth_sharing(files):  # too small to gain from the cluster
            return parse_all(files, progress=progress, workers=1)
        spool = spool_files.folder()
        handle, marker = tempfile.mkstemp(prefix="perfdiff-dask-", dir=spool)
        token = Path(marker).name
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(token)
        futures: list = []
        try:
            futures = client.map(
                _parse_for_dask,
                [t.host for t in files],
                [t.path for t in files],
                spool=spool,
                token=token,
                pure=False,
                key=[f"perfdiff-parse-{i}-{t.host}" for i, t in enumerate(files)],
            )
            index = {future.key: i for i, future in enumerate(futures)}
            for done, future in enumerate(dask_completed(futures, loop=client.loop), start=1):
                if progress is not None:
                    progress(done, len(files), files[index[future.key]].host)
            return [_unspool(item) for item in client.gather(futures)]
        except BaseException:
            for future in futures:  # leave no spooled tables behind
                if future.status == "finished" and isinstance(spooled := future.result(), str):
                    Path(spooled).unlink(missing_ok=True)
            raise
        finally:
            Path(marker).unlink(missing_ok=True)
