"""The bundled tiny LLaMA: shapes, parameter count, a learning train step, a cache-filling decode step,
and a tensor-parallel variant that computes the same numbers as the single-device model."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import textwrap

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from perfdiff.errors import PerfdiffError
from perfdiff.examples import demo, llama
from perfdiff.examples.llama import LlamaConfig

SMALL = LlamaConfig(layers=1, d_model=64, d_ff=96, heads=4, kv_heads=2, head_dim=16, vocab=128, max_seq=16)


@pytest.mark.parametrize(
    "cfg", [LlamaConfig(), LlamaConfig(d_ff=1024), SMALL], ids=["default", "wide", "small"]
)
def test_param_count_matches_the_weights(cfg):
    params = llama.init_params(cfg)
    assert sum(x.size for x in jax.tree.leaves(params)) == cfg.param_count()


def test_wider_mlp_adds_three_matrices_per_layer():
    base, wide = LlamaConfig(), LlamaConfig(d_ff=1024)
    assert wide.param_count() - base.param_count() == 2 * 3 * 256 * 512 == 786_432


@pytest.mark.parametrize(
    "overrides, message",
    [({"heads": 6, "kv_heads": 4}, "multiple of kv_heads"), ({"d_ff": 0}, "d_ff must be a positive"),
     ({"head_dim": 7}, "even for RoPE")],
    ids=["gqa", "d_ff", "rope"],
)  # fmt: skip
def test_bad_config_is_a_perfdiff_error(overrides, message):
    with pytest.raises(PerfdiffError, match=message):
        LlamaConfig(**overrides)


def test_train_step_learns():
    cfg = SMALL
    params, batch = llama.init_params(cfg), llama.make_batch(cfg, batch=2, seq=8)
    opt = llama.init_opt_state(params)
    step = llama.make_train_step(cfg, lr=1e-2)
    losses = []
    for _ in range(8):
        params, opt, metrics = step(params, opt, batch)
        losses.append(float(metrics["loss"]))
    assert abs(losses[0] - math.log(cfg.vocab)) < 0.5  # random init: about uniform over the vocabulary
    assert losses[-1] < losses[0] - 1.0
    assert int(opt["count"]) == 8


def test_decode_fills_the_cache_one_position_per_step():
    cfg = SMALL
    params, cache = llama.init_params(cfg), llama.init_cache(cfg, batch=2)
    step = llama.make_decode_step(cfg)
    tokens = jnp.array([5, 9], jnp.int32)
    for pos in range(3):
        logits, cache = step(params, cache, tokens, jnp.int32(pos))
        assert logits.shape == (2, cfg.vocab)
        filled = np.abs(np.asarray(cache[0]["k"])).sum(axis=(0, 2, 3)) > 0
        assert filled.tolist() == [p <= pos for p in range(cfg.max_seq)]
        tokens = jnp.argmax(logits, -1).astype(jnp.int32)


def test_decode_matches_the_full_forward_pass():
    cfg = SMALL
    params = llama.init_params(cfg)
    tokens = llama.random_tokens(cfg, (2, 6), seed=3)
    full = llama.forward(cfg, params, tokens)  # [2, 6, vocab]
    cache, step = llama.init_cache(cfg, batch=2), jax.jit(lambda *a: llama.decode_forward(cfg, *a))
    for pos in range(6):
        logits, cache = step(params, cache, tokens[:, pos], jnp.int32(pos))
        np.testing.assert_allclose(logits, full[:, pos], rtol=2e-4, atol=2e-4)


def test_build_rejects_unknown_example_and_bad_split():
    with pytest.raises(PerfdiffError, match="unknown example"):
        demo.build("serve")
    with pytest.raises(PerfdiffError, match="does not split over 3 devices"):
        demo.build("train", devices=3)


_TP_SCRIPT = textwrap.dedent(
    """
    import json
    import jax, jax.numpy as jnp, numpy as np
    from perfdiff.examples import demo, llama, parallel

    out = {}
    for kind in ("train", "decode"):
        one, four = demo.build(kind, devices=1), demo.build(kind, devices=4)
        a, b = one.args, four.args
        results = []
        for ex, args in ((one, a), (four, b)):
            if kind == "train":
                p, o, batch = args
                losses = []
                for _ in range(3):
                    p, o, m = ex.step_fn(p, o, batch)
                    losses.append(float(m["loss"]))
                spec = getattr(p["layers"][0]["w_up"].sharding, "spec", None)
                results.append({"loss": losses, "sharding": str(spec)})
            else:
                p, c, t, pos = args
                logits = []
                for _ in range(3):
                    lg, c = ex.step_fn(p, c, t, pos)
                    t, pos = jnp.argmax(lg, -1).astype(jnp.int32), pos + 1
                    logits.append(np.asarray(lg)[:, :4].tolist())
                results.append({"logits": logits, "sharding": str(getattr(c[0]["k"].sharding, "spec", None))})
        out[kind] = results
    print(json.dumps(out))
    """
)


def test_tensor_parallel_matches_single_device():
    env = {**os.environ, "XLA_FLAGS": "--xla_force_host_platform_device_count=4", "JAX_PLATFORMS": "cpu"}
    done = subprocess.run(
        [sys.executable, "-c", _TP_SCRIPT], env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    one, four = out["train"]
    np.testing.assert_allclose(four["loss"], one["loss"], rtol=1e-4)
    assert four["loss"][2] < four["loss"][0]
    assert four["sharding"] == "P(None, 'tp')"  # state stays sharded across steps
    one, four = out["decode"]
    np.testing.assert_allclose(four["logits"], one["logits"], rtol=1e-3, atol=1e-4)
    assert four["sharding"] == "P(None, None, 'tp', None)"
