"""Ready-to-capture setups of the tiny LLaMA: the step function, its inputs and the run card.

:func:`build` returns everything :func:`perfdiff.capture.train` / :func:`perfdiff.capture.decode` need;
:func:`capture` runs it. With ``devices > 1`` the tensor-parallel variant runs over a mesh of that many
devices (on a CPU-only machine: fake devices from ``--xla_force_host_platform_device_count``, which
must be set before jax starts; ``perfdiff capture --devices N`` does that).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from perfdiff.errors import CaptureError, PerfdiffError

KINDS = ("train", "decode")
TRAIN_BATCH, TRAIN_SEQ = 4, 64  # sequences per step, tokens per sequence
DECODE_BATCH = 4  # sequences decoded together
LEARNING_RATE = 1e-3


@dataclasses.dataclass(frozen=True)
class Example:
    """One bundled example, ready for ``perfdiff.capture.<kind>(step_fn, *args, card=card, ...)``."""

    kind: str  # "train" or "decode"
    config: Any  # LlamaConfig
    step_fn: Any  # jitted step
    args: tuple[Any, ...]  # (params, opt_state, batch) or (params, kv_cache, tokens, pos)
    card: dict[str, Any]  # model / batch / seq / dtypes / mesh / extra for the run card
    mesh: Any = None  # jax Mesh when devices > 1


def config(d_ff: int | None = None, **overrides: Any):
    """The example's LlamaConfig, with the MLP width ``d_ff`` (and any other field) overridden."""
    from perfdiff.examples.llama import LlamaConfig

    if d_ff is not None:
        overrides["d_ff"] = d_ff
    try:
        return LlamaConfig(**overrides)
    except TypeError as err:
        raise PerfdiffError(f"unknown LlamaConfig field: {err}") from err


def build(kind: str, *, devices: int = 1, d_ff: int | None = None, seed: int = 0) -> Example:
    """Initialise the example ``kind`` ("train" or "decode") on ``devices`` devices (1: no mesh)."""
    import jax
    import jax.numpy as jnp
    from jax.sharding import NamedSharding, PartitionSpec

    from perfdiff.examples import llama, parallel

    if kind not in KINDS:
        raise PerfdiffError(f"unknown example {kind!r}: choose one of {', '.join(KINDS)}")
    cfg = config(d_ff)
    parallel.check_divisible(cfg, devices)
    mesh = parallel.make_mesh(devices) if devices > 1 else None
    params = llama.init_params(cfg, seed)
    if mesh is not None:
        params = parallel.place(params, parallel.param_specs(cfg), mesh)
    replicated = (
        (lambda x: jax.device_put(x, NamedSharding(mesh, PartitionSpec()))) if mesh else (lambda x: x)
    )
    extra = {"example": kind, "devices": devices}

    if kind == "train":
        opt_state = llama.init_opt_state(params)
        if mesh is not None:  # the step count too: a committed, replicated scalar like the step returns
            opt_state = parallel.place(opt_state, parallel.opt_specs(cfg), mesh)
        batch = replicated(llama.make_batch(cfg, TRAIN_BATCH, TRAIN_SEQ, seed + 1))
        step = parallel.make_train_step(cfg, mesh, LEARNING_RATE) if mesh else llama.make_train_step(cfg)
        args: tuple[Any, ...] = (params, opt_state, batch)
        shape = {"batch": TRAIN_BATCH, "seq": TRAIN_SEQ}
        extra["learning_rate"] = LEARNING_RATE
    else:
        cache = llama.init_cache(cfg, DECODE_BATCH)
        if mesh is not None:
            cache = parallel.place(cache, parallel.cache_specs(cfg), mesh)
        tokens = replicated(llama.random_tokens(cfg, (DECODE_BATCH,), seed + 1))
        step = parallel.make_decode_step(cfg, mesh) if mesh else llama.make_decode_step(cfg)
        args = (params, cache, tokens, replicated(jnp.zeros((), jnp.int32)))
        shape = {"batch": DECODE_BATCH, "seq": cfg.max_seq}  # decode attends over the whole cache
        extra["start_pos"] = 0
    dtypes = {"weights": cfg.dtype, "kv": cfg.dtype, "compute": cfg.dtype}
    card = {"model": cfg, **shape, "dtypes": dtypes, "mesh": mesh, "extra": extra}
    return Example(kind=kind, config=cfg, step_fn=step, args=args, card=card, mesh=mesh)


def capture(
    kind: str,
    logdir: str | Path,
    *,
    steps: int = 5,
    warmup: int = 2,
    devices: int = 1,
    d_ff: int | None = None,
    run: str | None = None,
):
    """Build the example ``kind`` and capture it into ``logdir``; returns the :class:`Capture`."""
    import perfdiff.capture

    if kind == "decode":
        needed = warmup + 2 * steps
        max_seq = config(d_ff).max_seq
        if needed > max_seq:
            raise CaptureError(
                f"decode runs warmup + 2*steps = {needed} positions but the example's cache holds "
                f"{max_seq}: use fewer steps (at most {(max_seq - warmup) // 2})"
            )
    example = build(kind, devices=devices, d_ff=d_ff)
    run_fn = perfdiff.capture.train if kind == "train" else perfdiff.capture.decode
    return run_fn(
        example.step_fn, *example.args, logdir=logdir, steps=steps, warmup=warmup, run=run, card=example.card
    )
