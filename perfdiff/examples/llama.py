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

Dtypes: activations (and so the matmuls) are ``dtype``; weights are stored as ``weight_dtype`` and
the KV cache as ``kv_dtype`` (both default to ``dtype``). Stored narrower than the activations, a
weight or cache entry is widened to the activation dtype where it is used. "int8" weights are
quantized symmetrically per output channel: each is ``{"q": int8 [same shape], "scale": float32 [its
output dims]}``, and a matmul multiplies its int8 product by the scales (``x @ (q·s)`` = ``(x @ q)·s``):
dequantized in the matmul, as weight-only int8 serving does. An "int8" KV cache holds int8 keys and
values with one float32 scale per token and head (``k_scale``/``v_scale`` [batch, max_seq, kv_heads,
1]), quantized when written and dequantized when attended.
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
STORED_DTYPES = ("float32", "bfloat16", "int8")
# The axes each weight's matmul reduces over (the rest are its output channels, one int8 scale each).
# The embedding is read by rows: one scale per token row.
REDUCED_AXES = {"wq": (0,), "wk": (0,), "wv": (0,), "wo": (0, 1), "w_gate": (0,), "w_up": (0,),
                "w_down": (0,), "lm_head": (0,), "embed": (1,)}  # fmt: skip


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
    dtype: str = "float32"  # activations (matmul inputs)
    name: str = "tiny-llama"
    weight_dtype: str | None = None  # stored weights: float32, bfloat16 or int8 (None: dtype)
    kv_dtype: str | None = None  # stored KV cache: float32, bfloat16 or int8 (None: dtype)

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
        for field in ("weight_dtype", "kv_dtype"):
            value = getattr(self, field)
            if value is not None and value not in STORED_DTYPES:
                raise PerfdiffError(f"LlamaConfig.{field} must be one of {STORED_DTYPES}, got {value!r}")

    @property
    def weights(self) -> str:
        """The dtype weights are stored in."""
        return self.weight_dtype or self.dtype

    @property
    def kv(self) -> str:
        """The dtype the KV cache is stored in."""
        return self.kv_dtype or self.dtype

    def param_count(self) -> int:
        """Number of parameters (weights and norm scales)."""
        d, h, kv, hd, f = self.d_model, self.heads, self.kv_heads, self.head_dim, self.d_ff
        per_layer = 2 * d + d * h * hd + 2 * d * kv * hd + h * hd * d + 3 * d * f
        return self.layers * per_layer + 2 * self.vocab * d + d


def host(values: Any, dtype: Any) -> jax.Array:
    """A device array of ``values`` in ``dtype``, converted on the host (numpy and ml_dtypes know
    bfloat16) and only copied: an eager jnp.ones, .astype or jnp.asarray compiles a small XLA program
    per shape."""
    return jax.device_put(np.asarray(values, dtype=jnp.dtype(dtype)))


def quantize(w: np.ndarray, reduced: tuple[int, ...]) -> dict[str, jax.Array]:
    """Symmetric int8 of ``w`` with one float32 scale per output channel (max |w| / 127 over the
    ``reduced`` axes); the embedding's (row) scales keep their axis so that gathered rows broadcast."""
    keep = reduced == (1,) and w.ndim == 2
    scale = np.maximum(np.abs(w).max(axis=reduced, keepdims=keep), 1e-12) / 127.0
    q = np.rint(w / (scale if keep else np.expand_dims(scale, reduced))).astype(np.int8)
    return {"q": host(q, jnp.int8), "scale": host(scale, jnp.float32)}


def init_params(cfg: LlamaConfig, seed: int = 0) -> Params:
    """Random weights (normal, scaled by 1/sqrt(fan-in)) stored as ``cfg.weights``; norm scales are
    ones in the activation dtype.

    Drawn with numpy's generator rather than jax.random and made on the host (numpy) before they
    are moved to the device: no per-shape compilations, so a fresh process is ready to capture in
    well under a second.
    """
    dtype = jnp.dtype(cfg.dtype)
    rng = np.random.default_rng(seed)

    def dense(shape: tuple[int, ...], fan_in: int, name: str = "") -> Any:
        w = rng.standard_normal(shape, np.float32) / math.sqrt(fan_in)
        return quantize(w, REDUCED_AXES[name]) if cfg.weights == "int8" else host(w, cfg.weights)

    d, h, kv, hd, f = cfg.d_model, cfg.heads, cfg.kv_heads, cfg.head_dim, cfg.d_ff
    layers = [
        {
            "attn_norm": host(np.ones(d), dtype),
            "wq": dense((d, h, hd), d, "wq"),
            "wk": dense((d, kv, hd), d, "wk"),
            "wv": dense((d, kv, hd), d, "wv"),
            "wo": dense((h, hd, d), h * hd, "wo"),
            "mlp_norm": host(np.ones(d), dtype),
            "w_gate": dense((d, f), d, "w_gate"),
            "w_up": dense((d, f), d, "w_up"),
            "w_down": dense((f, d), f, "w_down"),
        }
        for _ in range(cfg.layers)
    ]
    return {
        "embed": dense((cfg.vocab, d), 1, "embed"),
        "layers": layers,
        "final_norm": host(np.ones(d), dtype),
        "lm_head": dense((d, cfg.vocab), d, "lm_head"),
    }


def init_cache(cfg: LlamaConfig, batch: int, length: int | None = None) -> Cache:
    """An empty (zero) KV cache for ``batch`` sequences of ``length`` (default ``cfg.max_seq``)
    positions, stored as ``cfg.kv`` (int8: with ``k_scale``/``v_scale``)."""
    shape = (batch, length or cfg.max_seq, cfg.kv_heads, cfg.head_dim)
    names = {"k": (shape, cfg.kv), "v": (shape, cfg.kv)}
    if cfg.kv == "int8":
        names |= {"k_scale": ((*shape[:3], 1), jnp.float32), "v_scale": ((*shape[:3], 1), jnp.float32)}
    # fresh zeros per layer: the decode step donates the cache, and a buffer may be donated only once
    return [
        {name: host(np.zeros(shape), dt) for name, (shape, dt) in names.items()} for _ in range(cfg.layers)
    ]


def weight(w: Any, dtype: Any) -> tuple[jax.Array, jax.Array | None]:
    """A stored weight for a matmul in ``dtype``: (the weight widened to it, the int8 weight's
    per-output-channel scales or None). The caller multiplies the product by the scales (``scaled``):
    the matmul itself stays at the caller's line, which is where a profile says it comes from."""
    if isinstance(w, dict):
        return w["q"].astype(dtype), w["scale"].astype(dtype)
    return w.astype(dtype), None


_ATTENTION = ("wq", "wk", "wv", "wo")


def scaled(y: jax.Array, scale: jax.Array | None) -> jax.Array:
    """A matmul's product times its weight's int8 scales (``x @ (q·s)`` = ``(x @ q)·s``)."""
    return y if scale is None else y * scale


def embed(cfg: LlamaConfig, params: Params, tokens: jax.Array) -> jax.Array:
    """Rows of the embedding for ``tokens``, in the activation dtype."""
    table = params["embed"]
    if isinstance(table, dict):
        return table["q"][tokens].astype(cfg.dtype) * table["scale"][tokens].astype(cfg.dtype)
    return table[tokens].astype(cfg.dtype)


def store_kv(cfg: LlamaConfig, k: jax.Array, v: jax.Array) -> dict[str, jax.Array]:
    """New keys and values [b, t, kv_heads, head_dim] as cache entries of ``cfg.kv`` (int8: one scale
    per token and head)."""
    if cfg.kv != "int8":
        return {"k": k.astype(cfg.kv), "v": v.astype(cfg.kv)}
    out = {}
    for name, x in (("k", k), ("v", v)):
        x32 = x.astype(jnp.float32)
        scale = jnp.maximum(jnp.max(jnp.abs(x32), axis=-1, keepdims=True), 1e-12) / 127.0
        out[name], out[f"{name}_scale"] = jnp.round(x32 / scale).astype(jnp.int8), scale
    return out


def load_kv(cfg: LlamaConfig, entry: dict[str, jax.Array], name: str) -> jax.Array:
    """The cache's keys ("k") or values ("v") in the activation dtype."""
    x = entry[name].astype(cfg.dtype)
    return x * entry[f"{name}_scale"].astype(cfg.dtype) if f"{name}_scale" in entry else x


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
    (gate, gate_s), (up, up_s) = weight(layer["w_gate"], x.dtype), weight(layer["w_up"], x.dtype)
    down, down_s = weight(layer["w_down"], x.dtype)
    hidden = jax.nn.silu(scaled(x @ gate, gate_s)) * scaled(x @ up, up_s)
    return _psum(scaled(hidden @ down, down_s), axis)


def _logits(cfg: LlamaConfig, params: Params, x: jax.Array, axis: str | None) -> jax.Array:
    x = rms_norm(x, params["final_norm"], cfg.norm_eps)
    head, head_s = weight(params["lm_head"], x.dtype)
    logits = scaled(x @ head, head_s)
    if axis is not None:  # lm_head is sharded over the vocabulary: gather the full logits
        # to="invarying": every device ends with the same full logits (shard_map's replication check).
        logits = jax.lax.all_gather(logits, axis, axis=logits.ndim - 1, tiled=True, to="invarying")
    return logits


def _layers(cfg: LlamaConfig, params: Params, tokens: jax.Array, axis: str | None):
    """The decoder layers over whole sequences: (hidden states [b, t, d], per layer the (k, v) the
    layer computed [b, t, kv_heads, head_dim])."""
    t = tokens.shape[1]
    positions = jnp.arange(t)
    mask = jnp.tril(jnp.ones((t, t), bool))
    x, kvs = embed(cfg, params, tokens), []
    for layer in params["layers"]:
        h = rms_norm(x, layer["attn_norm"], cfg.norm_eps)
        (wq, q_s), (wk, k_s), (wv, v_s), (wo, o_s) = (weight(layer[n], x.dtype) for n in _ATTENTION)
        q = rope(scaled(jnp.einsum("btd,dhk->bthk", h, wq), q_s), positions, cfg.rope_theta)
        k = rope(scaled(jnp.einsum("btd,dhk->bthk", h, wk), k_s), positions, cfg.rope_theta)
        v = scaled(jnp.einsum("btd,dhk->bthk", h, wv), v_s)
        kvs.append((k, v))
        x = x + _psum(scaled(jnp.einsum("bthk,hkd->btd", attend(q, k, v, mask), wo), o_s), axis)
        x = x + mlp(layer, rms_norm(x, layer["mlp_norm"], cfg.norm_eps), axis)
    return x, kvs


def forward(cfg: LlamaConfig, params: Params, tokens: jax.Array, axis: str | None = None) -> jax.Array:
    """Causal forward pass over whole sequences: tokens [b, t] int -> logits [b, t, vocab]."""
    return _logits(cfg, params, _layers(cfg, params, tokens, axis)[0], axis)


def prefill_forward(
    cfg: LlamaConfig, params: Params, tokens: jax.Array, axis: str | None = None
) -> tuple[jax.Array, Cache]:
    """A prefill step: the prompt tokens [b, t] -> (logits of the last position [b, vocab], the KV
    cache of the prompt: per layer entries [b, t, kv_heads, head_dim] stored as ``cfg.kv``)."""
    x, kvs = _layers(cfg, params, tokens, axis)
    return _logits(cfg, params, x[:, -1:], axis)[:, 0, :], [store_kv(cfg, k, v) for k, v in kvs]


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
    length = cache[0]["k"].shape[1]
    mask = (jnp.arange(length) <= pos)[None, :]  # [1, length]
    x = embed(cfg, params, tokens)[:, None, :]  # [b, 1, d]
    new_cache = []
    for layer, entry in zip(params["layers"], cache, strict=True):
        h = rms_norm(x, layer["attn_norm"], cfg.norm_eps)
        (wq, q_s), (wk, k_s), (wv, v_s), (wo, o_s) = (weight(layer[n], x.dtype) for n in _ATTENTION)
        q = rope(scaled(jnp.einsum("btd,dhk->bthk", h, wq), q_s), positions, cfg.rope_theta)
        k = rope(scaled(jnp.einsum("btd,dhk->bthk", h, wk), k_s), positions, cfg.rope_theta)
        v = scaled(jnp.einsum("btd,dhk->bthk", h, wv), v_s)
        start = (0, pos, 0, 0)
        written = {
            name: jax.lax.dynamic_update_slice(entry[name], new, start)
            for name, new in store_kv(cfg, k, v).items()
        }
        new_cache.append(written)
        k_all, v_all = load_kv(cfg, written, "k"), load_kv(cfg, written, "v")
        x = x + _psum(scaled(jnp.einsum("bthk,hkd->btd", attend(q, k_all, v_all, mask), wo), o_s), axis)
        x = x + mlp(layer, rms_norm(x, layer["mlp_norm"], cfg.norm_eps), axis)
    return _logits(cfg, params, x, axis)[:, 0, :], new_cache


def init_opt_state(params: Params) -> dict[str, Any]:
    """Adam state: step count and first/second moments shaped (and sharded) like ``params``."""
    zeros = lambda x: host(np.zeros(x.shape), x.dtype)  # noqa: E731 (on the host: no compilation)
    return {"count": host(0, jnp.int32), "mu": jax.tree.map(zeros, params), "nu": jax.tree.map(zeros, params)}


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


def make_prefill_step(cfg: LlamaConfig):
    """The jitted single-device prefill step ``(params, tokens) -> (last logits, prompt KV cache)``."""

    def prefill_step(params: Params, tokens: jax.Array):
        return prefill_forward(cfg, params, tokens)

    return jax.jit(prefill_step)


def make_decode_step(cfg: LlamaConfig):
    """The jitted single-device decode step ``(params, cache, tokens, pos) -> (logits, cache)``.

    The cache is donated: its buffers are updated in place.
    """

    def decode_step(params: Params, cache: Cache, tokens: jax.Array, pos: jax.Array):
        return decode_forward(cfg, params, cache, tokens, pos)

    return jax.jit(decode_step, donate_argnums=(1,))


def random_tokens(cfg: LlamaConfig, shape: tuple[int, ...], seed: int = 0) -> jax.Array:
    """Uniformly random token ids in [0, vocab), int32, of the given shape."""
    return host(np.random.default_rng(seed).integers(0, cfg.vocab, shape), jnp.int32)


def make_batch(cfg: LlamaConfig, batch: int, seq: int, seed: int = 0) -> dict[str, jax.Array]:
    """A random next-token batch: ``inputs`` and ``targets`` [batch, seq] int32 (targets = inputs shifted)."""
    tokens = np.random.default_rng(seed).integers(0, cfg.vocab, (batch, seq + 1))
    return {"inputs": host(tokens[:, :-1], jnp.int32), "targets": host(tokens[:, 1:], jnp.int32)}
