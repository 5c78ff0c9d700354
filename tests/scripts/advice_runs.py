"""Capture steps with one planted performance problem each — and, with ``--fixes``, the same step with
the problem fixed — for perfdiff's advice (tests/test_advice.py, benchmarks/advice.py).

usage: advice_runs.py LOGDIR [--cases donate,jit,...] [--steps N] [--fixes] [--repeats R]
Run with 4 fake CPU devices (XLA_FLAGS=--xla_force_host_platform_device_count=4): the allreduce case
shards over them; the others run on one device. Prints one JSON line: per case its run folder, and with
``--fixes`` the fixed variant's run folder and the median wall time of one step of each, timed without
the profiler, the two variants' steps interleaved (``step_s``, ``fixed_step_s``, seconds).

Cases (planted problem → its fix):
- donate:    a KV-cache decode step of the bundled model that does not donate its cache → donated
- jit:       a step of ~40 small jax.numpy calls, not jitted → jax.jit
- batch:     a batch-1 decode step with f32 weights, matmul-heavy, run card with the model → batch 4
             (the fixed step time is per 1 token: a batch-4 step over 4)
- callback:  a jitted elementwise step with jax.debug.callback in the middle → without it
- allreduce: a row-parallel matmul on 4 devices whose partial sums are all-reduced (psum) →
             column-parallel (each device owns whole outputs: nothing to reduce)
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from functools import partial
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np
from jax.sharding import NamedSharding
from jax.sharding import PartitionSpec as P

import perfdiff
from perfdiff.examples import llama

Advance = Callable[[Any], Any]  # state -> next state, finished on the device


def _stateless(call: Callable[[], Any]) -> Advance:
    """An Advance for a step that reads the same inputs every time: run it, wait for it."""

    def advance(state: Any) -> Any:
        jax.block_until_ready(call())
        return state

    return advance


def _decode(cfg: llama.LlamaConfig, batch: int, donate: bool) -> tuple[Advance, Any, dict[str, Any]]:
    params = llama.init_params(cfg)

    def step(params, cache, tokens, pos):
        return llama.decode_forward(cfg, params, cache, tokens, pos)

    fn = jax.jit(step, donate_argnums=(1,) if donate else ())
    tokens = jnp.zeros((batch,), jnp.int32)

    def advance(state):
        cache, pos = state
        _, cache = fn(params, cache, tokens, jnp.int32(pos))
        return jax.block_until_ready(cache), (pos + 1) % cfg.max_seq

    weights = cfg.weights
    card = {"model": cfg, "batch": batch, "seq": cfg.max_seq,
            "dtypes": {"weights": weights, "kv": cfg.kv, "compute": cfg.dtype}}  # fmt: skip
    return advance, (llama.init_cache(cfg, batch), 0), card


DONATE = llama.LlamaConfig(layers=2, d_model=128, d_ff=256, heads=4, kv_heads=1, head_dim=32, vocab=256,
                           max_seq=2048)  # fmt: skip
BATCH = llama.LlamaConfig(layers=2, d_model=512, d_ff=2048, heads=8, kv_heads=4, head_dim=64, vocab=4096,
                          max_seq=64)  # fmt: skip


def donate(fixed: bool):
    return *_decode(DONATE, 8, donate=fixed), "decode"


def batch(fixed: bool):
    return *_decode(BATCH, 4 if fixed else 1, donate=True), "decode"


def jit(fixed: bool):
    def step(x, w):
        for i in range(20):  # ~40 small jax.numpy calls, each its own program when not jitted
            x = jnp.tanh(x * w + float(i))
        return x

    fn = jax.jit(step) if fixed else step
    rng = np.random.default_rng(0)
    x, w = (jnp.asarray(rng.standard_normal((32, 32), np.float32)) for _ in range(2))

    return _stateless(lambda: fn(x, w)), None, None, "custom"


def callback(fixed: bool):
    def step(x):
        y = x * 2.0 + 1.0
        if not fixed:
            jax.debug.callback(lambda value: None, y)
        return y * 3.0 - x

    fn = jax.jit(step)
    x = jnp.asarray(np.random.default_rng(0).standard_normal((1024, 1024), np.float32))
    return _stateless(lambda: fn(x)), None, None, "custom"


def allreduce(fixed: bool):
    mesh = jax.make_mesh((len(jax.devices()),), ("d",))
    rng = np.random.default_rng(0)
    x = rng.standard_normal((1024, 256), np.float32)
    w = rng.standard_normal((256, 4096), np.float32)
    if fixed:  # column-parallel: x replicated, w split by columns: each device owns whole outputs

        @jax.jit
        @partial(jax.shard_map, mesh=mesh, in_specs=(P(), P(None, "d")), out_specs=P(None, "d"))
        def layer(x, w):
            return x @ w

        args = (
            jax.device_put(x, NamedSharding(mesh, P())),
            jax.device_put(w, NamedSharding(mesh, P(None, "d"))),
        )
    else:  # row-parallel: x split by columns, w by rows: each device holds partial sums of all outputs

        @jax.jit
        @partial(jax.shard_map, mesh=mesh, in_specs=(P(None, "d"), P("d", None)), out_specs=P())
        def layer(x, w):
            return jax.lax.psum(x @ w, "d")

        args = (
            jax.device_put(x, NamedSharding(mesh, P(None, "d"))),
            jax.device_put(w, NamedSharding(mesh, P("d", None))),
        )
    return _stateless(lambda: layer(*args)), None, None, "custom"


CASES = {"donate": donate, "jit": jit, "batch": batch, "callback": callback, "allreduce": allreduce}


def capture(logdir: str, run: str, advance: Advance, state: Any, card: dict | None, kind: str, steps: int):
    """Warm up, then trace ``steps`` steps; returns (run folder, the state after them)."""
    for _ in range(2):
        state = advance(state)
    name = "decode" if kind == "decode" else "step"
    with perfdiff.capture.trace(logdir, run=run, card=card, kind=kind) as t:
        for i in range(steps):
            with t.step(i, name):
                state = advance(state)
    return str(t.capture.run_dir), state


def timed(variants: list[tuple[Advance, Any]], repeats: int) -> list[float]:
    """Median wall time of one step of each variant, their steps interleaved (seconds)."""
    times: list[list[float]] = [[] for _ in variants]
    states = [state for _, state in variants]
    for _ in range(repeats):
        for i, (advance, _) in enumerate(variants):
            start = time.perf_counter()
            states[i] = advance(states[i])
            times[i].append(time.perf_counter() - start)
    return [statistics.median(t) for t in times]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("logdir")
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--steps", type=int, default=4)
    parser.add_argument("--fixes", default="", help="cases whose fixed variant is captured and timed too")
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()
    fixes = set(filter(None, args.fixes.split(",")))
    out: dict[str, Any] = {}
    for case in filter(None, args.cases.split(",")):
        advance, state, card, kind = CASES[case](False)
        run_dir, state = capture(args.logdir, case, advance, state, card, kind, args.steps)
        out[case] = {"run_dir": run_dir}
        if case in fixes:
            fixed_advance, fixed_state, fixed_card, _ = CASES[case](True)
            fixed_dir, fixed_state = capture(
                args.logdir, f"{case}_fixed", fixed_advance, fixed_state, fixed_card, kind, args.steps
            )
            step_s, fixed_s = timed([(advance, state), (fixed_advance, fixed_state)], args.repeats)
            if case == "batch":  # the fixed step makes 4 tokens: the time of the planted step's 1 token
                fixed_s /= 4
            out[case] |= {"fixed_run_dir": fixed_dir, "step_s": step_s, "fixed_step_s": fixed_s}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
