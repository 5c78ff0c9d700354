"""Trace ops whose roofline term is known from first principles, on 4 fake CPU devices.

usage: trace_roofline.py LOGDIR [--steps N]
- stream:  x * 2 + 1 over f32[64 Mi] (256 MB in, 256 MB out): streams from DRAM   -> hbm, on DRAM's roof
- tiny:    twelve (4x8 @ 8x8, tanh) pairs: 24 ops of a few hundred FLOPs each      -> overhead
- matmul1: f32[2048,1024] @ f32[1024,1024] on one device                           -> compute
- matmul4: the same matmul, its rows split over the 4 devices (data parallel)      -> compute, each
           device at a quarter of the host
Prints one JSON line: the run folder and, per function, its module name and XLA's cost analysis.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import jax
import jax.numpy as jnp
from jax.sharding import NamedSharding
from jax.sharding import PartitionSpec as P


def stream(x):
    return x * 2.0 + 1.0


def tiny(x, w):
    for _ in range(12):
        x = jnp.tanh(x @ w)
    return x


def matmul1(a, w):
    return a @ w


def matmul4(a, w):
    return a @ w


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("logdir")
    parser.add_argument("--steps", type=int, default=3)
    args = parser.parse_args()
    mesh = jax.make_mesh((len(jax.devices()),), ("d",))
    key = jax.random.PRNGKey(0)
    a = jax.random.normal(key, (2048, 1024))
    w = jax.random.normal(key, (1024, 1024)) * 0.03
    rows = NamedSharding(mesh, P("d"))
    functions = [
        ("stream", jax.jit(stream), (jnp.ones((64 * 2**20,), jnp.float32),)),
        ("tiny", jax.jit(tiny), (jnp.ones((4, 8)), jnp.ones((8, 8)) * 0.1)),
        ("matmul1", jax.jit(matmul1), (a, w)),
        ("matmul4", jax.jit(matmul4, out_shardings=rows),
         (jax.device_put(a, rows), jax.device_put(w, NamedSharding(mesh, P())))),
    ]  # fmt: skip
    for _, fn, fargs in functions:  # compile and warm up outside the trace
        jax.block_until_ready(fn(*fargs))
    jax.profiler.start_trace(args.logdir)
    for step in range(args.steps):
        with jax.profiler.StepTraceAnnotation("roofline", step_num=step):
            for _, fn, fargs in functions:
                jax.block_until_ready(fn(*fargs))
    jax.profiler.stop_trace()

    costs, modules = {}, {}
    for name, fn, fargs in functions:
        compiled = fn.lower(*fargs).compile()
        cost = compiled.cost_analysis()
        cost = cost[0] if isinstance(cost, list) else cost
        costs[name] = {k: float(cost.get(k, 0.0)) for k in ("flops", "bytes accessed")}
        modules[name] = f"jit_{name}"
    runs = sorted((Path(args.logdir) / "plugins" / "profile").iterdir())
    print(json.dumps({"run_dir": str(runs[-1]), "costs": costs, "modules": modules}))


if __name__ == "__main__":
    main()
