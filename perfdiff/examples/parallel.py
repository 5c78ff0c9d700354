"""Tensor-parallel (Megatron-style) variant of the tiny LLaMA over a one-axis device mesh.

Attention heads, KV heads, the MLP width and the vocabulary are split over the mesh axis ``"tp"``;
embeddings and norm scales are replicated. Inside ``jax.shard_map`` each device runs the same model
code on its shard (:mod:`perfdiff.examples.llama`), with a ``psum`` after the attention output and MLP
down projections and an ``all_gather`` of the vocabulary-sharded logits, so a profile on N fake CPU
devices (``--xla_force_host_platform_device_count=N``) shows real all-reduce and all-gather ops; the
backward pass adds the all-reduces of the replicated weights' gradients.

``shard_map`` in jax 0.10 does not reshard its inputs implicitly: :func:`place` puts every array on
the mesh with the ``NamedSharding`` its spec names before the first step.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import jax
import numpy as np
from jax.sharding import NamedSharding, PartitionSpec

from perfdiff.errors import PerfdiffError
from perfdiff.examples import llama
from perfdiff.examples.llama import LlamaConfig

AXIS = "tp"
P = PartitionSpec


def check_divisible(cfg: LlamaConfig, devices: int) -> None:
    """Raise PerfdiffError unless every sharded dimension splits evenly over ``devices``."""
    if devices < 1:
        raise PerfdiffError(f"the device count must be at least 1, got {devices}")
    for field in ("heads", "kv_heads", "d_ff", "vocab"):
        if getattr(cfg, field) % devices:
            raise PerfdiffError(
                f"{field}={getattr(cfg, field)} does not split over {devices} devices: "
                f"use a device count that divides heads, kv_heads, d_ff and vocab"
            )


def make_mesh(devices: int) -> jax.sharding.Mesh:
    """A one-axis mesh named ``"tp"`` over the first ``devices`` devices."""
    available = jax.device_count()
    if devices > available:
        raise PerfdiffError(
            f"asked for {devices} devices but jax sees {available}: set "
            f"XLA_FLAGS=--xla_force_host_platform_device_count={devices} before jax starts"
        )
    return jax.make_mesh((devices,), (AXIS,))


def _stored(cfg: LlamaConfig, name: str, spec: PartitionSpec) -> Any:
    """A weight's spec, or for an int8 weight its ``{"q", "scale"}`` specs: the scales are split like
    the output channels they scale (the embedding's [vocab, 1] row scales like its rows)."""
    if cfg.weights != "int8":
        return spec
    rank = 3 if name in ("wq", "wk", "wv", "wo") else 2
    axes = (list(spec) + [None] * rank)[:rank]
    if name == "embed":
        return {"q": spec, "scale": P(axes[0], None)}
    reduced = llama.REDUCED_AXES[name]
    return {"q": spec, "scale": P(*(a for i, a in enumerate(axes) if i not in reduced))}


def param_specs(cfg: LlamaConfig) -> dict[str, Any]:
    """PartitionSpecs of the parameter tree (same structure as :func:`llama.init_params`)."""
    layer = {
        "attn_norm": P(),
        "wq": P(None, AXIS, None),
        "wk": P(None, AXIS, None),
        "wv": P(None, AXIS, None),
        "wo": P(AXIS, None, None),
        "mlp_norm": P(),
        "w_gate": P(None, AXIS),
        "w_up": P(None, AXIS),
        "w_down": P(AXIS, None),
    }
    layer = {name: _stored(cfg, name, spec) if name in llama.REDUCED_AXES else spec
             for name, spec in layer.items()}  # fmt: skip
    return {
        "embed": _stored(cfg, "embed", P()),
        "layers": [dict(layer) for _ in range(cfg.layers)],
        "final_norm": P(),
        "lm_head": _stored(cfg, "lm_head", P(None, AXIS)),
    }


def opt_specs(cfg: LlamaConfig) -> dict[str, Any]:
    """PartitionSpecs of the Adam state: moments sharded like the parameters."""
    return {"count": P(), "mu": param_specs(cfg), "nu": param_specs(cfg)}


def cache_specs(cfg: LlamaConfig) -> list[dict[str, PartitionSpec]]:
    """PartitionSpecs of the KV cache: split over KV heads (an int8 cache's scales too)."""
    spec = P(None, None, AXIS, None)
    names = ("k", "v", "k_scale", "v_scale") if cfg.kv == "int8" else ("k", "v")
    return [dict.fromkeys(names, spec) for _ in range(cfg.layers)]


def _shardings(mesh: jax.sharding.Mesh, specs: Any) -> Any:
    return jax.tree.map(
        lambda spec: NamedSharding(mesh, spec), specs, is_leaf=lambda x: isinstance(x, PartitionSpec)
    )


def place(tree: Any, specs: Any, mesh: jax.sharding.Mesh) -> Any:
    """``tree`` moved onto ``mesh`` with the NamedSharding each spec names (a spec per leaf).

    The leaves go through the host (numpy): splitting a host array costs no compilation, resharding
    a device array compiles a small program per shape."""
    return jax.device_put(jax.tree.map(np.asarray, tree), _shardings(mesh, specs))


def make_train_step(cfg: LlamaConfig, mesh: jax.sharding.Mesh, lr: float = 1e-3):
    """The jitted tensor-parallel training step; same signature and metrics as the single-device one."""
    sharded_loss = jax.shard_map(
        partial(llama.loss_fn, cfg, axis=AXIS),
        mesh=mesh,
        in_specs=(param_specs(cfg), P()),
        out_specs=P(),
    )
    step = llama.train_step_fn(cfg, lr, loss=sharded_loss)
    state = (_shardings(mesh, param_specs(cfg)), _shardings(mesh, opt_specs(cfg)))
    return jax.jit(step, donate_argnums=(0, 1), out_shardings=(*state, NamedSharding(mesh, P())))


def make_prefill_step(cfg: LlamaConfig, mesh: jax.sharding.Mesh):
    """The jitted tensor-parallel prefill step ``(params, tokens) -> (last logits, prompt KV cache)``."""
    sharded = jax.shard_map(
        partial(llama.prefill_forward, cfg, axis=AXIS),
        mesh=mesh,
        in_specs=(param_specs(cfg), P()),
        out_specs=(P(), cache_specs(cfg)),
    )
    out = (NamedSharding(mesh, P()), _shardings(mesh, cache_specs(cfg)))

    def prefill_step(params: dict[str, Any], tokens: jax.Array):
        return sharded(params, tokens)

    return jax.jit(prefill_step, out_shardings=out)


def make_decode_step(cfg: LlamaConfig, mesh: jax.sharding.Mesh):
    """The jitted tensor-parallel decode step ``(params, cache, tokens, pos) -> (logits, cache)``."""
    sharded = jax.shard_map(
        partial(llama.decode_forward, cfg, axis=AXIS),
        mesh=mesh,
        in_specs=(param_specs(cfg), cache_specs(cfg), P(), P()),
        out_specs=(P(), cache_specs(cfg)),
    )
    out = (NamedSharding(mesh, P()), _shardings(mesh, cache_specs(cfg)))

    def decode_step(params: dict[str, Any], cache: Any, tokens: jax.Array, pos: jax.Array):
        return sharded(params, cache, tokens, pos)

    return jax.jit(decode_step, donate_argnums=(1,), out_shardings=out)
