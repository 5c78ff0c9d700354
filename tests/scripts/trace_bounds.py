"""Trace three ops whose bound is known from first principles, on 4 fake CPU devices.

usage: trace_bounds.py LOGDIR [--steps N]
- a large f32 matmul (2·n³ FLOPs on 3·n² words: intensity far above any CPU's ridge) -> compute
- a large elementwise add (1 FLOP per 12 bytes)                                      -> hbm
- a large psum across the 4 devices (bytes through the runtime's rendezvous)         -> ici
Prints one JSON line with the run folder and each function's module name.
"""

from __future__ import annotations

import argparse
import json
from functools import partial
from pathlib import Path

import jax
import jax.numpy as jnp
from jax.sharding import NamedSharding
from jax.sharding import PartitionSpec as P


@jax.jit
def matmul(a, b):
    return a @ b


@jax.jit
def add(x, y):
    return x + y


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("logdir")
    parser.add_argument("--steps", type=int, default=2)
    args = parser.parse_args()
    devices = len(jax.devices())
    mesh = jax.make_mesh((devices,), ("d",))

    @jax.jit
    @partial(jax.shard_map, mesh=mesh, in_specs=P("d"), out_specs=P())
    def allreduce(v):
        return jax.lax.psum(v, "d")

    key = jax.random.PRNGKey(0)
    n = 1024
    a, b = jax.random.normal(key, (n, n)), jax.random.normal(key, (n, n))
    x, y = jnp.ones((4096, 4096)), jnp.ones((4096, 4096))  # 64 MiB each
    v = jax.device_put(jnp.ones((devices * 1024, 4096)), NamedSharding(mesh, P("d")))  # 16 MiB per device
    calls = [(matmul, (a, b)), (add, (x, y)), (allreduce, (v,))]
    for fn, fargs in calls:
        jax.block_until_ready(fn(*fargs))
    jax.profiler.start_trace(args.logdir)
    for step in range(args.steps):
        with jax.profiler.StepTraceAnnotation("bounds", step_num=step):
            for fn, fargs in calls:
                jax.block_until_ready(fn(*fargs))
    jax.profiler.stop_trace()
    runs = sorted((Path(args.logdir) / "plugins" / "profile").iterdir())
    print(json.dumps({"run_dir": str(runs[-1]), "modules": ["jit_matmul", "jit_add", "jit_allreduce"]}))


if __name__ == "__main__":
    main()
