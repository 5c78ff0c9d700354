"""Host files -> HostTables, the map step of ``perfdiff.load``: here, in local processes, or on Dask.

``parse_host`` is a pure function of one file, so hosts parse independently and ``profile.assemble``
merges their tables (the reduce). Three ways to run the map:

- in this process, one host after another (one file, small runs, ``workers=1``);
- a ``ProcessPoolExecutor`` of ``workers`` processes, each parsing one host at a time, so memory is
  bounded by one host per worker. Workers come from a forkserver that has already imported the parse
  stage and loaded the compiled wire scanner, so a worker starts in milliseconds, not seconds. Like
  any multiprocessing code this re-imports the caller's main script in each worker, so processes are
  opt-in (``workers`` > 1, or 0 for "one per core"): a script calling ``load`` must keep its code under
  ``if __name__ == "__main__":`` (the ``perfdiff`` command does);
- a Dask distributed cluster (``scheduler="tcp://host:port"``), for pods of hundreds of host files.
  Dask is an optional extra (``pip install 'perfdiff[dask]'``), imported only then. Its workers need
  perfdiff installed and the trace files at the same paths (a shared filesystem); run them with one
  thread each (``dask worker ADDRESS --nthreads 1``) to keep one host per worker in memory.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from perfdiff.errors import PerfdiffError
from perfdiff.parse.host import HostTables, parse_host
from perfdiff.parse.locate import TraceFile
from perfdiff.xplane import reader

# Called after each host: (hosts done, hosts in all, host name).
Progress = Callable[[int, int, str], None]
# Below this many bytes of trace in all, starting processes costs more than it saves.
PARALLEL_MIN_BYTES = 32_000_000
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
    """In a worker: parse one host and leave its tables in a file under ``spool`` (RAM-backed where
    possible); return that file's path. A pipe moves a host's hundreds of MB at a few hundred MB/s
    while the worker waits on it; a tmpfs file takes a fraction of that and frees the worker."""
    result = parse_or_error(host, path)
    if isinstance(result, PerfdiffError):
        return result
    handle, name = tempfile.mkstemp(prefix=f"perfdiff-{os.getpid()}-", suffix=".pickle", dir=spool)
    with os.fdopen(handle, "wb") as out:
        pickle.dump(result, out, protocol=pickle.HIGHEST_PROTOCOL)
    return name


def _unspool(item: str | PerfdiffError) -> HostTables | PerfdiffError:
    if isinstance(item, PerfdiffError):
        return item
    try:
        with open(item, "rb") as handle:
            return pickle.load(handle)
    finally:
        os.unlink(item)


def _spool_dir() -> str:
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else tempfile.gettempdir()


def parse_all(
    files: Sequence[TraceFile],
    *,
    progress: Progress | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
) -> list[HostTables | PerfdiffError]:
    """Every host file's tables (or its error), in the order of ``files``.

    ``scheduler``: a Dask scheduler address; else ``workers`` local processes (1 or None: in this
    process; 0: one per core when there are several hosts and enough bytes to make it pay, and no
    more than memory allows).
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
    """Processes to parse ``files`` with: ``workers`` (at most one per file; None: 1); for 0, one per
    core when the files add up to PARALLEL_MIN_BYTES, limited so that each worker's largest host fits
    in available memory."""
    if workers is None:
        return 1
    if workers < 0:
        raise PerfdiffError(f"workers must be 0 (one per core) or more, not {workers}")
    if workers > 0:
        return max(1, min(workers, len(files)))
    sizes = [_size(trace.path) for trace in files]
    if len(files) < 2 or sum(sizes) < PARALLEL_MIN_BYTES:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    per_worker = max(sizes) * reader.MEMORY_PER_FILE_BYTE
    by_memory = int(reader.available_memory_bytes() // max(per_worker, 1))
    return max(1, min(cores, len(files), by_memory))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _in_processes(
    files: Sequence[TraceFile], count: int, progress: Progress | None
) -> list[HostTables | PerfdiffError]:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["perfdiff.parse.host", "perfdiff.parse._warm"])
    results: list[HostTables | PerfdiffError | None] = [None] * len(files)
    spool = _spool_dir()
    with ProcessPoolExecutor(max_workers=count, mp_context=context) as pool:
        futures = {pool.submit(_parse_to_spool, t.host, t.path, spool): i for i, t in enumerate(files)}
        try:
            for done, future in enumerate(as_completed(futures), start=1):
                index = futures[future]
                results[index] = _unspool(future.result())
                if progress is not None:
                    progress(done, len(files), files[index].host)
        except BaseException:
            for future in futures:  # leave no spooled tables behind
                future.cancel()
                if future.done() and not future.cancelled() and isinstance(future.result(), str):
                    Path(future.result()).unlink(missing_ok=True)
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
        futures = client.map(
            parse_or_error,
            [t.host for t in files],
            [t.path for t in files],
            pure=False,
            key=[f"perfdiff-parse-{i}-{t.host}" for i, t in enumerate(files)],
        )
        index = {future.key: i for i, future in enumerate(futures)}
        for done, future in enumerate(dask_completed(futures, loop=client.loop), start=1):
            if progress is not None:
                progress(done, len(files), files[index[future.key]].host)
        return list(client.gather(futures))
