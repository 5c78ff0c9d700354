"""Trace a few steps of small jitted functions with plain jax.profiler (no perfdiff involved).

usage: trace_small.py LOGDIR [--steps N] [--psum] [--no-marks]
Prints one JSON line: the run folder and, per compiled function, its module name and XLA cost analysis.
"""

from __future__ import annotations

import argparse
import contextlib
import json
from functools import partial
from pathlib import Path

import jax
import jax.numpy as jnp
from jax.sharding import NamedSharding
from jax.sharding import PartitionSpec as P


@jax.jit
def mlp(x, w1, w2):
    h = jnp.tanh(x @ w1)
    y = h @ w2
    return (y * y).mean(), jnp.maximum(y, 0.0) + 1.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("logdir")
    parser.add_argument("--steps", type=int, default=3)
    parser.add_argument("--psum", action="store_true")
    parser.add_argument("--no-marks", action="store_true", help="no StepTraceAnnotation around the steps")
    args = parser.parse_args()

    key = jax.random.PRNGKey(0)
    x = jax.random.normal(key, (128, 256))
    w1 = jax.random.normal(key, (256, 512)) * 0.05
    w2 = jax.random.normal(key, (512, 256)) * 0.05
    functions = [("mlp", mlp, (x, w1, w2))]
    if args.psum:
        mesh = jax.make_mesh((len(jax.devices()),), ("d",))

        @jax.jit
        @partial(jax.shard_map, mesh=mesh, in_specs=P("d"), out_specs=P())
        def allreduce(a):
            return jax.lax.psum(a, "d")

        a = jax.device_put(jnp.ones((len(jax.devices()) * 256, 1024)), NamedSharding(mesh, P("d")))
        functions.append(("allreduce", allreduce, (a,)))

    for _, fn, fargs in functions:  # compile and warm up outside the trace
        jax.block_until_ready(fn(*fargs))
    jax.profiler.start_trace(args.logdir)
    for step in range(args.steps):
        # (constructing a StepTraceAnnotation already records a step mark)
        marks = (
            contextlib.nullcontext()
            if args.no_marks
            else jax.profiler.StepTraceAnnotation("train", step_num=step)
        )
        with marks:
            for _, fn, fargs in functions:
                jax.block_until_ready(fn(*fargs))
    jax.profiler.stop_trace()

    costs = {}
    for name, fn, fargs in functions:
        compiled = fn.lower(*fargs).compile()
        analysis = compiled.cost_analysis()
        analysis = analysis[0] if isinstance(analysis, list) else analysis
        costs[name] = {k: float(v) for k, v in analysis.items() if k in ("flops", "bytes accessed")}
    runs = sorted((Path(args.logdir) / "plugins" / "profile").iterdir())
    print(json.dumps({"run_dir": str(runs[-1]), "costs": costs}))


if __name__ == "__main__":
    main()
