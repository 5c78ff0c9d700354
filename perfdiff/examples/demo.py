"""Ready-to-capture setups of the tiny LLaMA: the step function, its inputs and the run card.

:func:`build` returns everything :func:`perfdiff.capture.train` / ``decode`` / ``prefill`` need;
:func:`capture` runs it, :func:`sweep_factory` is the same for ``perfdiff sweep``. With ``devices > 1``
the tensor-parallel variant runs over a mesh of that many devices (on a CPU-only machine: fake devices
from ``--xla_force_host_platform_device_count``, which must be set before jax starts; ``perfdiff capture
--devices N`` does that).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

from perfdiff.errors import PerfdiffError

KINDS = ("train", "decode", "prefill")
TRAIN_BATCH, TRAIN_SEQ = 4, 64  # sequences per step, tokens per sequence
DECODE_BATCH = 4  # sequences decoded together
PREFILL_BATCH, PREFILL_SEQ = 4, 64  # prompts per step, tokens per prompt
LEARNING_RATE = 1e-3
# The theory's dtype names for the stored-dtype options (`--weights f32,bf16,int8`).
DTYPES = {"f32": "float32", "float32": "float32", "bf16": "bfloat16", "bfloat16": "bfloat16", "int8": "int8"}


@dataclasses.dataclass(frozen=True)
class Example:
    """One bundled example, ready for ``perfdiff.capture.<kind>(step_fn, *args, card=card, ...)``."""

    kind: str  # "train", "decode" or "prefill"
    config: Any  # LlamaConfig
    step_fn: Any  # jitted step
    args: tuple[Any, ...]  # (params, opt_state, batch), (params, kv_cache, tokens, pos) or (params, tokens)
    card: dict[str, Any]  # model / batch / seq / dtypes / mesh / extra for the run card
    mesh: Any = None  # jax Mesh when devices > 1


def dtype(name: str | None, what: str) -> str | None:
    """A stored dtype's name ("bf16" -> "bfloat16"); None stays None (the activation dtype)."""
    if name is None:
        return None
    try:
        return DTYPES[str(name).lower()]
    except KeyError:
        raise PerfdiffError(f"unknown {what} dtype {name!r}: use f32, bf16 or int8") from None


def config(d_ff: int | None = None, **overrides: Any):
    """The example's LlamaConfig, with the MLP width ``d_ff`` (and any other field) overridden."""
    from perfdiff.examples.llama import LlamaConfig

    if d_ff is not None:
        overrides["d_ff"] = d_ff
    try:
        return LlamaConfig(**overrides)
    except TypeError as err:
        raise PerfdiffError(f"unknown LlamaConfig field: {err}") from err


def model_card(cfg: Any) -> dict[str, Any]:
    """The run card's ``model`` for the example: its config, parameter count, a gated MLP, untied
    embeddings."""
    return {**dataclasses.asdict(cfg), "params": cfg.param_count(), "mlp": "gated", "tied_embeddings": False}


def build(
    kind: str,
    *,
    devices: int = 1,
    d_ff: int | None = None,
    seed: int = 0,
    batch: int | None = None,
    seq: int | None = None,
    weights: str | None = None,
    kv: str | None = None,
) -> Example:
    """Initialise the example ``kind`` ("train", "decode" or "prefill") on ``devices`` devices (1: no
    mesh), with ``batch`` sequences of ``seq`` tokens (decode: ``seq`` is the KV-cache length; defaults
    per kind above) and weights and KV cache stored as ``weights`` / ``kv`` ("f32", "bf16", "int8";
    default the activations' float32)."""
    import jax.numpy as jnp
    from jax.sharding import PartitionSpec

    from perfdiff.examples import llama, parallel

    if kind not in KINDS:
        raise PerfdiffError(f"unknown example {kind!r}: choose one of {', '.join(KINDS)}")
    for name, value in (("batch", batch), ("seq", seq)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
            raise PerfdiffError(f"{name} must be a positive integer, got {value!r}")
    weights, kv = dtype(weights, "weight"), dtype(kv, "KV-cache")
    if kind == "train" and weights == "int8":
        raise PerfdiffError("int8 weights cannot be trained (no gradient): use the decode or prefill example")
    cfg = config(
        d_ff, weight_dtype=weights, kv_dtype=kv, **({"max_seq": seq} if kind == "decode" and seq else {})
    )
    parallel.check_divisible(cfg, devices)
    mesh = parallel.make_mesh(devices) if devices > 1 else None
    params = llama.init_params(cfg, seed)
    if mesh is not None:
        params = parallel.place(params, parallel.param_specs(cfg), mesh)
    replicated = (lambda x: parallel.place(x, PartitionSpec(), mesh)) if mesh else (lambda x: x)
    extra = {"example": kind, "devices": devices}

    if kind == "train":
        opt_state = llama.init_opt_state(params)
        if mesh is not None:  # the step count too: a committed, replicated scalar like the step returns
            opt_state = parallel.place(opt_state, parallel.opt_specs(cfg), mesh)
        shape = {"batch": batch or TRAIN_BATCH, "seq": seq or TRAIN_SEQ}
        data = replicated(llama.make_batch(cfg, shape["batch"], shape["seq"], seed + 1))
        step = parallel.make_train_step(cfg, mesh, LEARNING_RATE) if mesh else llama.make_train_step(cfg)
        args: tuple[Any, ...] = (params, opt_state, data)
        extra["learning_rate"] = LEARNING_RATE
    elif kind == "decode":
        shape = {"batch": batch or DECODE_BATCH, "seq": cfg.max_seq}  # decode attends over the whole cache
        cache = llama.init_cache(cfg, shape["batch"])
        if mesh is not None:
            cache = parallel.place(cache, parallel.cache_specs(cfg), mesh)
        tokens = replicated(llama.random_tokens(cfg, (shape["batch"],), seed + 1))
        step = parallel.make_decode_step(cfg, mesh) if mesh else llama.make_decode_step(cfg)
        args = (params, cache, tokens, replicated(llama.host(0, jnp.int32)))
        extra["start_pos"] = 0
    else:
        shape = {"batch": batch or PREFILL_BATCH, "seq": seq or PREFILL_SEQ}
        prompt = replicated(llama.random_tokens(cfg, (shape["batch"], shape["seq"]), seed + 1))
        step = parallel.make_prefill_step(cfg, mesh) if mesh else llama.make_prefill_step(cfg)
        args = (params, prompt)
    dtypes = {"weights": cfg.weights, "kv": cfg.kv, "compute": cfg.dtype}
    card = {"model": model_card(cfg), **shape, "dtypes": dtypes, "mesh": mesh, "extra": extra}
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
    **shape: Any,
):
    """Build the example ``kind`` and capture it into ``logdir``; returns the :class:`Capture`.
    ``shape``: ``batch``, ``seq``, ``weights``, ``kv`` as for :func:`build`."""
    import perfdiff.capture

    if kind == "decode":  # fail before building: the cache length is known from the options
        cache = shape.get("seq") or config(d_ff).max_seq
        perfdiff.capture.runner.check_cache_room({"seq": cache}, 0, warmup, steps)
    example = build(kind, devices=devices, d_ff=d_ff, **shape)
    runners: dict[str, Callable[..., Any]] = {
        "train": perfdiff.capture.train,
        "decode": perfdiff.capture.decode,
    }
    run_fn = runners.get(kind, perfdiff.capture.prefill)
    return run_fn(
        example.step_fn, *example.args, logdir=logdir, steps=steps, warmup=warmup, run=run, card=example.card
    )


def sweep_factory(point: dict[str, Any]) -> dict[str, Any]:
    """The bundled example as a sweep factory (``perfdiff sweep --example KIND``): one grid point
    (kind, batch, seq, devices, weights, kv) -> its step, arguments, model and run card."""
    example = build(
        point["kind"],
        devices=point["devices"],
        batch=point["batch"],
        seq=point["seq"],
        weights=point["weights"],
        kv=point["kv"],
    )
    return {
        "step": example.step_fn,
        "args": example.args,
        "model": example.card["model"],
        "card": example.card,
    }
