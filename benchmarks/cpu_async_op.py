"""A matmul on the CPU: its op event against its completion (perfdiff's ``dur_ns``, which runs to the
op's ``end: <op>`` marker; see perfdiff/parse/cpu_ops.py).

usage: python benchmarks/cpu_async_op.py [--size N] [--calls C]

Prints the median duration of the op event alone and to completion, and the FLOP/s each implies.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

import jax
import jax.numpy as jnp

from perfdiff.parse.host import parse_host


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=256, help="matrix side (default 256)")
    parser.add_argument("--calls", type=int, default=50, help="traced calls (default 50)")
    args = parser.parse_args()
    x = jnp.ones((args.size, args.size), jnp.float32)
    f = jax.jit(lambda a, b: a @ b)
    f(x, x).block_until_ready()
    with tempfile.TemporaryDirectory() as logdir:
        jax.profiler.start_trace(logdir)
        for _ in range(args.calls):
            f(x, x).block_until_ready()
        jax.profiler.stop_trace()
        path = next(Path(logdir).rglob("*.xplane.pb"))
        done_ns = statistics.median(parse_host("host", path).events["dur_ns"])
        data = jax.profiler.ProfileData.from_file(str(path))
        own_ns = statistics.median(
            event.duration_ns
            for line in data.find_plane_with_name("/host:CPU").lines
            for event in line.events
            if "hlo_op" in dict(event.stats)
        )
    flops = 2 * args.size**3
    print(f"{args.size}³ f32 matmul, {args.calls} calls, median of each:")
    print(f"  op event alone   {own_ns / 1e3:8.1f} µs  {flops / own_ns:8.1f} GFLOP/s")
    print(f"  to completion    {done_ns / 1e3:8.1f} µs  {flops / done_ns:8.1f} GFLOP/s")


if __name__ == "__main__":
    main()
