"""Time five small jitted ops in a profiler trace, as the CPU roofline measurement times its jobs.

usage: small_ops.py
Prints one JSON line: per op (residual, gelu, rowmax, transpose, matmul) its op names, its best time
in the trace (``seconds``, summed over the op's XLA ops) and XLA's count of its ``flops`` and ``bytes``.
Used by tests/test_cpu_roofline.py (achieved rates stay under the measured peaks, with a margin) and
benchmarks/roofline_bound.py (the ratios themselves).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import jax
import jax.numpy as jnp

from perfdiff.chips.cpu_measure import op_times


def case(name, fn, *shapes):
    args = [jnp.full(s, 0.5 + i, jnp.float32) for i, s in enumerate(shapes)]
    fn.__name__ = name
    compiled = jax.jit(fn).lower(*args).compile()
    cost = compiled.cost_analysis()
    return name, compiled, args, cost["flops"], cost["bytes accessed"]


cases = [
    case("residual", lambda x, y, r: (x + y) * r, (96, 384), (96, 384), (96, 1)),
    case("gelu", jax.nn.gelu, (128, 512)),
    case("rowmax", lambda x: jnp.max(x, axis=-1), (256, 300)),
    case("transpose", lambda x: x.T + 1.0, (384, 200)),
    case("matmul", lambda a, b: a @ b, (128, 384), (384, 256)),
]
for _, c, a, _, _ in cases:
    c(*a).block_until_ready()
with tempfile.TemporaryDirectory() as logdir:
    jax.profiler.start_trace(logdir)
    for _ in range(20):
        for _, c, a, _, _ in cases:
            c(*a).block_until_ready()
    jax.profiler.stop_trace()
    times = op_times(next(Path(logdir).rglob("*.xplane.pb")))
out = {}
for name, _, _, flops, nbytes in cases:
    ops = times["jit_" + name]
    out[name] = {"ops": sorted(ops), "seconds": sum(ops.values()) / 1e9, "flops": flops, "bytes": nbytes}
print(json.dumps(out))
