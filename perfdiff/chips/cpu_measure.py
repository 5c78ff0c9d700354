"""The CPU roofline measurement itself: XLA ops timed in a profiler trace, in a fresh interpreter.

``python -m perfdiff.chips.cpu_measure`` prints one JSON line of rates (see ``cpu_roofline`` for what
is measured and why); ``cpu_roofline`` runs it with ``--xla_force_host_platform_device_count`` set, so
that the measurement neither depends on nor disturbs the caller's jax.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

FAKE_DEVICES = 4
_ROW = 256  # f32 elements per row: memory jobs use [rows, 256] arrays, 1 KiB per row
# job -> sizes: the matrix side for matmuls, rows of a [rows, 256] f32 array otherwise (psum: per device).
_JOBS: dict[str, tuple[int, ...]] = {
    "matmul_f32": (256, 512, 768, 1024),
    "matmul_bf16": (512,),
    "matmul_int8": (1024,),
    "add": tuple(4 * 4**i for i in range(6)),  # 4 KiB .. 4 MiB per array
    "fma4": tuple(4 * 4**i for i in range(6)),
    "norm": tuple(4 * 4**i for i in range(6)),
    "sum": tuple(4 * 4**i for i in range(6)),
    "big_add": (16 * 1024,),  # 16 MiB per array: past most L2s, in or past the L3
    "dram_add": (64 * 1024,),  # 64 MiB per array
    "tiny": (1,),  # one f32 row: the op's work is nothing, its time is the runtime's per-op floor
    "psum": tuple(16 * 4**i for i in range(4)),  # 16 KiB .. 1 MiB per device
}
# job -> the figure it bounds
_FIGURE = {"matmul_f32": "flops_per_s", "matmul_bf16": "flops_per_s", "matmul_int8": "int8_flops_per_s",
           "add": "bytes_per_s", "fma4": "bytes_per_s", "norm": "bytes_per_s", "sum": "bytes_per_s",
           "big_add": "bytes_per_s", "dram_add": "dram_bytes_per_s", "psum": "interconnect_bytes_per_s",
           "tiny": "op_floor_s"}  # fmt: skip
# Jobs whose samples make the memory roof curve (working-set bytes -> B/s).
MEMORY_JOBS = ("add", "fma4", "norm", "sum", "big_add", "dram_add")


def _compile_job(job: str, size: int) -> tuple[Any, tuple[Any, ...], float]:
    """(compiled function, arguments, work) for one job; work in FLOPs or bytes (see module doc)."""
    import jax
    import jax.numpy as jnp
    import numpy as np
    from jax.sharding import NamedSharding
    from jax.sharding import PartitionSpec as P

    def full(*shape: int, dtype: Any = np.float32, value: float = 1.0) -> Any:
        return jnp.full(shape, value, dtype)

    if job.startswith("matmul"):
        dtype = {"matmul_f32": np.float32, "matmul_bf16": jnp.bfloat16, "matmul_int8": np.int8}[job]
        args: tuple[Any, ...] = (full(size, size, dtype=dtype), full(size, size, dtype=dtype))
        fn: Any = (
            (lambda a, b: jax.lax.dot(a, b, preferred_element_type=jnp.int32))
            if "int8" in job
            else jnp.matmul
        )
    elif job == "psum":
        mesh = jax.make_mesh((FAKE_DEVICES,), ("d",))
        fn = jax.shard_map(lambda v: jax.lax.psum(v, "d"), mesh=mesh, in_specs=P("d"), out_specs=P("d"))
        rows = np.ones((size * FAKE_DEVICES, _ROW), np.float32)
        args = (jax.device_put(rows, NamedSharding(mesh, P("d"))),)
    else:
        # Only the arrays a job reads are made: the DRAM job's are 64 MiB each.
        array = {i: (lambda i=i: full(size, _ROW, value=1.0 + i)) for i in range(4)}
        fn, make = {
            "add": (jnp.add, (array[0], array[1])),
            "big_add": (jnp.add, (array[0], array[1])),
            "dram_add": (jnp.add, (array[0], array[1])),
            "tiny": (lambda a: a + 1.0, (lambda: full(size, 1),)),
            "fma4": (lambda a, b, c, d: a * b + c * d, tuple(array.values())),
            # a residual add scaled per row and per column, as in RMSNorm / residual fusions
            "norm": (lambda a, b, r, s: (a + b) * r * s,
                     (array[0], array[1], lambda: full(size, 1), lambda: full(_ROW))),
            "sum": (lambda a: jnp.sum(a, axis=1), (array[0],)),
        }[job]  # fmt: skip
        args = tuple(made() for made in make)

    def wrapped(*arrays: Any) -> Any:
        return fn(*arrays)

    wrapped.__name__ = f"roof_{job}_{size}"
    compiled = jax.jit(wrapped).lower(*args).compile()
    if job == "psum":  # all-reduce traffic per device: 2·V·(N−1)/N, V the array each device holds
        return compiled, args, 2.0 * 4 * size * _ROW * (FAKE_DEVICES - 1) / FAKE_DEVICES
    analysis: Any = compiled.cost_analysis()
    cost: dict[str, Any] = analysis[0] if isinstance(analysis, list) else analysis
    return compiled, args, float(cost["flops"] if job.startswith("matmul") else cost["bytes accessed"])


def op_times(xplane: Path) -> dict[str, dict[str, int]]:
    """{hlo_module: {hlo_op: shortest execution in ns}} from the op events of one trace.

    An execution lasts from its op event's start to the op's completion: ``dur_ns`` of perfdiff's
    own parse, in which an op the CPU runtime runs asynchronously (an Eigen matmul split over the
    thread pool) ends with its ``end: <op>`` completion marker, not with its own, shorter event
    (see ``perfdiff.parse.cpu_ops``).
    """
    from perfdiff.parse.host import parse_host

    events = parse_host("roofline", xplane).events
    best: dict[str, dict[str, int]] = {}
    shortest = events.groupby(["module", "op"], observed=True, sort=False)["dur_ns"].min()
    for key, ns in shortest.items():
        module, op = str(key[0]), str(key[1])  # type: ignore[index]  # the groupby's (module, op)
        best.setdefault(module, {})[op] = int(ns)
    return best


def _measure_here(passes: int = 6, budget_s: float = 0.003) -> dict[str, Any]:
    """Run every job under the profiler and return the rates (see ``measure`` for the keys).

    ``passes`` interleaved rounds over all jobs spread each job's samples over the whole run (a busy
    or throttled moment then spoils only some of them); each round runs a job for about
    ``budget_s`` seconds (1 to 20 calls), matmuls twelve times that: the FLOP peak is the figure
    compute-bound ops meet, and the one a busy machine disturbs most (with four times the budget, a
    clean CI run measured a peak under the rate of a test's small matmul: benchmarks/README.md).
    """
    import jax

    start = time.perf_counter()
    todo = [(job, size) for job, sizes in _JOBS.items() for size in sizes]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:  # XLA compiles without the GIL
        built = list(pool.map(lambda job_size: _compile_job(*job_size), todo))
    jobs = [(job, size, *parts) for (job, size), parts in zip(todo, built, strict=True)]
    reps = []
    for job, _, fn, args, _ in jobs:
        t0 = time.perf_counter()
        jax.block_until_ready(fn(*args))
        budget = budget_s * (12 if job.startswith("matmul") else 1)
        reps.append(max(1, min(20, int(budget / max(time.perf_counter() - t0, 1e-6)))))
    with tempfile.TemporaryDirectory(prefix="perfdiff-roofline-") as logdir:
        jax.profiler.start_trace(logdir)
        for _ in range(passes):
            for (_, _, fn, args, _), n in zip(jobs, reps, strict=True):
                for _ in range(n):
                    jax.block_until_ready(fn(*args))
        jax.profiler.stop_trace()
        times = op_times(next(Path(logdir).rglob("*.xplane.pb")))
    out: dict[str, Any] = {figure: 0.0 for figure in _FIGURE.values() if figure != "op_floor_s"}
    samples, floors = [], []
    for job, size, _, _, work in jobs:
        ops = times.get(f"jit_roof_{job}_{size}")
        if not ops:
            continue
        seconds = sum(ops.values()) / 1e9
        rate = work / seconds
        samples.append({"job": job, "size": size, "seconds": seconds, "rate": rate, "work": work})
        if job == "tiny":  # the shortest an op of no work took: the per-op floor
            floors.append(min(ops.values()) / 1e9)
        else:
            out[_FIGURE[job]] = max(out[_FIGURE[job]], rate)
    out["bytes_per_s"] = max(out["bytes_per_s"], out["dram_bytes_per_s"])
    out["op_floor_s"] = min(floors) if floors else 0.0
    out["memory_roof"] = [[s["work"], s["rate"]] for s in samples if s["job"] in MEMORY_JOBS]
    return out | {"samples": samples, "measure_s": time.perf_counter() - start}


if __name__ == "__main__":
    json.dump(_measure_here(), sys.stdout)
    sys.stdout.write("\n")
