"""A tiny LLaMA-shaped decoder: RMSNorm, grouped-query attention with RoPE, SwiGLU MLP, KV cache.

Written for perfdiff's demo and tests: small enough that a training step or a decode step takes
milliseconds on two CPU cores, shaped like the real thing so that a profile of it has the ops a real
LLaMA profile has (matmuls, softmax, norms, a cache update, an optimizer update). The MLP width
``d_ff`` is a plain config field, so two captures that differ only in ``d_ff`` can be diffed.

Every function here works on whole arrays (one device) or on one device's shard inside
``jax.shard_map`` (see :mod:`perfdiff.examples.parallel`): head counts and widths are read from the
weight shapes, and with ``axis`` set the partial results are summed (``psum``) and the vocabulary-
sharded logits gathered (``all_gather``) over that mesh axis.

Weights (per layer): ``wq`` [d_model, heads, head_dim], ``wk``/``wv`` [d_model, kv_heads, head_dim],
``wo`` [heads, head_dim, d_model], ``w_gate``/``w_up`` [d_model, d_ff], ``w_down`` [d_ff, d_model].
The KV cache is a list (one entry per layer) of ``{"k", "v"}`` arrays [batch, max_seq, kv_heads,
head_dim].
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np

from perfdiff.errors import PerfdiffError

Params = dict[str, Any]
Cache = list[dict[str, jax.Array]]


@dataclasses.dataclass(frozen=True)
class LlamaConfig:
    """Shape of the model. Field names are the ones perfdiff's run card and theory stage use."""

    layers: int = 2
    d_model: int = 256
    d_ff: int = 512  # MLP hidden width
    heads: int = 16  # query heads
    kv_heads: int = 8  # key/value heads (grouped-query attention: heads % kv_heads == 0)
    head_dim: int = 16
    vocab: int = 1024
    max_seq: int = 128  # KV-cache length (positions) for decoding
    rope_theta: float = 10000.0
    norm_eps: float = 1e-5
    dtype: str = "float32"  # weights, activations and KV cache
    name: str = "tiny-llama"

    def __post_init__(self) -> None:
        for field in ("layers", "d_model", "d_ff", "heads", "kv_heads", "head_dim", "vocab", "max_seq"):
            value = getattr(self, field)
            if not isinstance(value, int) or value < 1:
                raise PerfdiffError(f"LlamaConfig.{field} must be a positive integer, got {value!r}")
        if self.heads % self.kv_heads:
            raise PerfdiffError(
                f"LlamaConfig.heads ({self.heads}) must be a multiple of kv_heads ({self.kv_heads})"
            )
        if self.head_dim % 2:
            raise PerfdiffError(f"LlamaConfig.head_dim must be even for RoPE, got {self.head_dim}")

    def param_count(self) -> int:
        """Number of parameters (weights and norm scales)."""
        d, h, kv, hd, f = self.d_model, self.heads, self.kv_heads, self.head_dim, self.d_ff
        per_layer = 2 * d + d * h * hd + 2 * d * kv * hd + h * hd * d + 3 * d * f
        return self.layers * per_layer + 2 * self.vocab * d + d


def init_params(cfg: LlamaConfig, seed: int = 0) -> Params:
    """Random weights (normal, scaled by 1/sqrt(fan-in)); norm scales are ones.

    Drawn with numpy's generator rather than jax.random: no per-shape compilations, so a fresh
    process is ready to capture in well under a second.
    """
    dtype = jnp.dtype(cfg.dtype)
    rng = np.random.default_rng(seed)

    def dense(shape: tuple[int, ...], fan_in: int) -> jax.Array:
        return jnp.asarray(rng.standard_normal(shape, np.float32) / math.sqrt(fan_in), dtype)

    d, h, kv, hd, f = cfg.d_model, cfg.heads, cfg.kv_heads, cfg.head_dim, cfg.d_ff
    layers = [
        {
            "attn_norm": jnp.ones((d,), dtype),
            "wq": dense((d, h, hd), d),
            "wk": dense((d, kv, hd), d),
            "wv": dense((d, kv, hd), d),
            "wo": dense((h, hd, d), h * hd),
            "mlp_norm": jnp.ones((d,), dtype),
            "w_gate": dense((d, f), d),
            "w_up": dense((d, f), d),
            "w_down": dense((f, d), f),
        }
        for _ in range(cfg.layers)
    ]
    return {
        "embed": dense((cfg.vocab, d), 1),
        "layers": layers,
        "final_norm": jnp.ones((d,), dtype),
        "lm_head": dense((d, cfg.vocab), d),
    }


def init_cache(cfg: LlamaConfig, batch: int) -> Cache:
    """An empty (zero) KV cache for ``batch`` sequences of up to ``cfg.max_seq`` positions."""
    shape = (batch, cfg.max_seq, cfg.kv_heads, cfg.head_dim)
    return [{"k": jnp.zeros(shape, cfg.dtype), "v": jnp.zeros(shape, cfg.dtype)} for _ in range(cfg.layers)]


def rms_norm(x: jax.Array, scale: jax.Array, eps: float) -> jax.Array:
    """RMSNorm over the last axis, computed in float32."""
    x32 = x.astype(jnp.float32)
    x32 = x32 * jax.lax.rsqrt(jnp.mean(x32 * x32, axis=-1, keepdims=True) + eps)
    return (x32 * scale.astype(jnp.float32)).astype(x.dtype)


def rope(x: jax.Array, positions: jax.Array, theta: float) -> jax.Array:
    """Rotary position embedding of ``x`` [batch, seq, heads, head_dim] at ``positions`` [seq]."""
    half = x.shape[-1] // 2
    freqs = theta ** (-jnp.arange(half, dtype=jnp.float32) / half)
    angles = positions.astype(jnp.float32)[:, None] * freqs[None, :]  # [seq, half]
    cos, sin = jnp.cos(angles)[None, :, None, :], jnp.sin(angles)[None, :, None, :]
    x1, x2 = x[..., :half].astype(jnp.float32), x[..., half:].astype(jnp.float32)
    return jnp.concatenate([x1 * cos - x2 * sin, x2 * cos + x1 * sin], axis=-1).astype(x.dtype)


def attend(q: jax.Array, k: jax.Array, v: jax.Array, mask: jax.Array) -> jax.Array:
    """Grouped-query attention: q [b, t, heads, hd], k/v [b, s, kv_heads, hd], mask [t, s] (True = keep)."""
    b, t, heads, hd = q.shape
    kv_heads = k.shape[2]
    q = q.reshape(b, t, kv_heads, heads // kv_heads, hd)
    scores = jnp.einsum("btkgh,bskh->bkgts", q, k).astype(jnp.float32) / math.sqrt(hd)
    scores = jnp.where(mask, scores, -1e30)
    probs = jax.nn.softmax(scores, axis=-1).astype(v.dtype)
    return jnp.einsum("bkgts,bskh->btkgh", probs, v).reshape(b, t, heads, hd)


def _psum(x: jax.Array, axis: str | None) -> jax.Array:
    return x if axis is None else jax.lax.psum(x, axis)


def mlp(layer: Params, x: jax.Array, axis: str | None) -> jax.Array:
    """SwiGLU MLP: down(silu(x @ gate) * (x @ up)); partial sums are reduced over ``axis``."""
    hidden = jax.nn.silu(x @ layer["w_gate"]) * (x @ layer["w_up"])
    return _psum(hidden @ layer["w_down"], axis)


def _logits(cfg: LlamaConfig, params: Params, x: jax.Array, axis: str | None) -> jax.Array:
    x = rms_norm(x, params["final_norm"], cfg.norm_eps)
    logits = x @ params["lm_head"]
    if axis is not None:  # lm_head is sharded over the vocabulary: gather the full logits
        # to="invarying": every device ends with the same full logits (shard_map's replication check).
        logits = jax.lax.all_gather(logits, axis, axis=logits.ndim - 1, tiled=True, to="invarying")
    return logits


def forward(cfg: LlamaConfig, params: Params, tokens: jax.Array, axis: str | None = None) -> jax.Array:
    """Causal forward pass over whole sequences: tokens [b, t] int -> logits [b, t, vocab]."""
    t = tokens.shape[1]
    positions = jnp.arange(t)
    mask = jnp.tril(jnp.ones((t, t), bool))
    x = params["embed"][tokens]
    for layer in params["layers"]:
        h = rms_norm(x, layer["attn_norm"], cfg.norm_eps)
        q = rope(jnp.einsum("btd,dhk->bthk", h, layer["wq"]), positions, cfg.rope_theta)
        k = rope(jnp.einsum("btd,dhk->bthk", h, layer["wk"]), positions, cfg.rope_theta)
        v = jnp.einsum("btd,dhk->bthk", h, layer["wv"])
        x = x + _psum(jnp.einsum("bthk,hkd->btd", attend(q, k, v, mask), layer["wo"]), axis)
        x = x + mlp(layer, rms_norm(x, layer["mlp_norm"], cfg.norm_eps), axis)
    return _logits(cfg, params, x, axis)


def loss_fn(cfg: LlamaConfig, params: Params, batch: dict[str, jax.Array], axis: str | None = None):
    """Mean next-token cross-entropy (nats) of ``batch["inputs"]`` [b, t] against ``batch["targets"]``."""
    logits = forward(cfg, params, batch["inputs"], axis).astype(jnp.float32)
    logp = jax.nn.log_softmax(logits, axis=-1)
    nll = -jnp.take_along_axis(logp, batch["targets"][..., None], axis=-1)
    return jnp.mean(nll)


def decode_forward(
    cfg: LlamaConfig, params: Params, cache: Cache, tokens: jax.Array, pos: jax.Array, axis: str | None = None
) -> tuple[jax.Array, Cache]:
    """One decode step: tokens [b] at position ``pos`` -> (logits [b, vocab], cache with ``pos`` filled)."""
    positions = jnp.reshape(pos, (1,))
    mask = (jnp.arange(cfg.max_seq) <= pos)[None, :]  # [1, max_seq]
    x = params["embed"][tokens][:, None, :]  # [b, 1, d]
    new_cache = []
    for layer, entry in zip(params["layers"], cache, strict=True):
        h = rms_norm(x, layer["attn_norm"], cfg.norm_eps)
        q = rope(jnp.einsum("btd,dhk->bthk", h, layer["wq"]), positions, cfg.rope_theta)
        k = rope(jnp.einsum("btd,dhk->bthk", h, layer["wk"]), positions, cfg.rope_theta)
        v = jnp.einsum("btd,dhk->bthk", h, layer["wv"])
        start = (0, pos, 0, 0)
        k_all = jax.lax.dynamic_update_slice(entry["k"], k.astype(entry["k"].dtype), start)
        v_all = jax.lax.dynamic_update_slice(entry["v"], v.astype(entry["v"].dtype), start)
        new_cache.append({"k": k_all, "v": v_all})
        x = x + _psum(jnp.einsum("bthk,hkd->btd", attend(q, k_all, v_all, mask), layer["wo"]), axis)
        x = x + mlp(layer, rms_norm(x, layer["mlp_norm"], cfg.norm_eps), axis)
    return _logits(cfg, params, x, axis)[:, 0, :], new_cache


def init_opt_state(params: Params) -> dict[str, Any]:
    """Adam state: step count and first/second moments shaped (and sharded) like ``params``."""
    return {
        "count": jnp.zeros((), jnp.int32),
        "mu": jax.tree.map(jnp.zeros_like, params),
        "nu": jax.tree.map(jnp.zeros_like, params),
    }


def adam_update(
    params: Params, grads: Params, opt_state: dict[str, Any], lr: float, b1: float = 0.9, b2: float = 0.95
) -> tuple[Params, dict[str, Any]]:
    """One Adam step (Kingma & Ba 2015, bias-corrected), written in plain jax.numpy."""
    count = opt_state["count"] + 1
    mu = jax.tree.map(lambda m, g: b1 * m + (1 - b1) * g, opt_state["mu"], grads)
    nu = jax.tree.map(lambda n, g: b2 * n + (1 - b2) * g * g, opt_state["nu"], grads)
    c = count.astype(jnp.float32)
    step = lr * jnp.sqrt(1 - b2**c) / (1 - b1**c)
    new = jax.tree.map(lambda p, m, n: (p - step * m / (jnp.sqrt(n) + 1e-8)).astype(p.dtype), params, mu, nu)
    return new, {"count": count, "mu": mu, "nu": nu}


def train_step_fn(cfg: LlamaConfig, lr: float = 1e-3, loss=None):
    """The (un-jitted) training step ``(params, opt_state, batch) -> (params, opt_state, metrics)``.

    ``loss`` replaces :func:`loss_fn` (the tensor-parallel variant passes its shard_mapped loss).
    Metrics: ``loss`` (nats per token) and ``grad_norm`` (global L2 norm of the gradients).
    """
    loss = loss or (lambda params, batch: loss_fn(cfg, params, batch))

    def train_step(params: Params, opt_state: dict[str, Any], batch: dict[str, jax.Array]):
        value, grads = jax.value_and_grad(loss)(params, batch)
        grad_norm = jnp.sqrt(sum(jnp.sum(jnp.square(g.astype(jnp.float32))) for g in jax.tree.leaves(grads)))
        params, opt_state = adam_update(params, grads, opt_state, lr)
        return params, opt_state, {"loss": value, "grad_norm": grad_norm}

    return train_step


def make_train_step(cfg: LlamaConfig, lr: float = 1e-3):
    """The jitted single-device training step; params and optimizer state are donated."""
    return jax.jit(train_step_fn(cfg, lr), donate_argnums=(0, 1))


def make_decode_step(cfg: LlamaConfig):
    """The jitted single-device decode step ``(params, cache, tokens, pos) -> (logits, cache)``.

    The cache is donated: its buffers are updated in place.
    """

    def decode_step(params: Params, cache: Cache, tokens: jax.Array, pos: jax.Array):
        return decode_forward(cfg, params, cache, tokens, pos)

    return jax.jit(decode_step, donate_argnums=(1,))


def random_tokens(cfg: LlamaConfig, shape: tuple[int, ...], seed: int = 0) -> jax.Array:
    """Uniformly random token ids in [0, vocab), int32, of the given shape."""
    return jnp.asarray(np.random.default_rng(seed).integers(0, cfg.vocab, shape), jnp.int32)


def make_batch(cfg: LlamaConfig, batch: int, seq: int, seed: int = 0) -> dict[str, jax.Array]:
    """A random next-token batch: ``inputs`` and ``targets`` [batch, seq] int32 (targets = inputs shifted)."""
    tokens = np.random.default_rng(seed).integers(0, cfg.vocab, (batch, seq + 1))
    return {
        "inputs": jnp.asarray(tokens[:, :-1], jnp.int32),
        "targets": jnp.asarray(tokens[:, 1:], jnp.int32),
    }
