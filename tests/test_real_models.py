"""Capture for real models: a Flax NNX stateful step as it is, the context manager's step theory and
what it had to assume, a decode cache too short for the steps, and the example's dtypes and prefill."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import optax
import pytest
from flax import nnx

import perfdiff
from perfdiff.capture import CaptureError
from perfdiff.examples import demo, llama

CHIP = "tpu-v5e"  # a chip from the table: the tests need no measured CPU roofline


class Mlp(nnx.Module):
    """A small two-layer model with an NNX state: weights and an optimizer's moments."""

    def __init__(self, d: int, f: int, rngs: nnx.Rngs) -> None:
        self.up = nnx.Linear(d, f, rngs=rngs)
        self.down = nnx.Linear(f, d, rngs=rngs)

    def __call__(self, x: jax.Array) -> jax.Array:
        return self.down(jax.nn.relu(self.up(x)))


@nnx.jit
def train_step(model: Mlp, optimizer: nnx.Optimizer, batch: dict[str, jax.Array]) -> jax.Array:
    def loss_fn(m: Mlp) -> jax.Array:
        return jnp.mean((m(batch["x"]) - batch["y"]) ** 2)

    loss, grads = nnx.value_and_grad(loss_fn)(model)
    optimizer.update(model, grads)  # in place: the module and the optimizer state change
    return loss


def test_an_nnx_stateful_step_is_captured_as_it_is(tmp_path) -> None:
    model = Mlp(16, 32, nnx.Rngs(0))
    optimizer = nnx.Optimizer(model, optax.adam(1e-2), wrt=nnx.Param)
    rng = np.random.default_rng(0)
    batch = {"x": jnp.asarray(rng.standard_normal((8, 16)), jnp.float32), "y": jnp.zeros((8, 16))}
    before = np.asarray(model.up.kernel[...]).copy()
    loss_before = float(jnp.mean((model(batch["x"]) - batch["y"]) ** 2))

    cap = perfdiff.capture.train(train_step, model, optimizer, batch, logdir=tmp_path, steps=3, warmup=1)

    assert cap.card["step"] == {"kind": "train", "name": "train", "count": 3, "warmup": 1}
    assert cap.card["dtypes"]["weights"] == "float32" and cap.card["modules"][0]["cost_analysis"]["flops"] > 0
    # the state ended where 1 + 2 x 3 steps by hand leave it: in the user's own objects
    assert int(optimizer.step[...]) == 7
    assert not np.allclose(np.asarray(model.up.kernel[...]), before)
    assert float(jnp.mean((model(batch["x"]) - batch["y"]) ** 2)) < loss_before
    report = perfdiff.analyze(cap.run_dir, chip=CHIP)
    assert report.summary["steps"] == 3 and len(report.ops)


def test_the_context_manager_keeps_the_model_and_says_what_it_assumed(tmp_path) -> None:
    cfg = llama.LlamaConfig(layers=1, d_model=64, d_ff=96, heads=4, kv_heads=2, head_dim=16, vocab=128)
    params = llama.init_params(cfg)
    step = jax.jit(lambda p, t: llama.forward(cfg, p, t))
    tokens = llama.random_tokens(cfg, (2, 8))
    jax.block_until_ready(step(params, tokens))  # compiled and warm before the trace
    shape = {
        k: getattr(cfg, k) for k in ("layers", "d_model", "d_ff", "heads", "kv_heads", "head_dim", "vocab")
    }
    with perfdiff.capture.trace(tmp_path, card={"model": shape, "batch": 2, "seq": 8}) as t:
        for i in range(2):
            with t.step(i, "prefill"):
                jax.block_until_ready(step(params, tokens))
    assert t.capture.card["step"]["kind"] == "prefill" and t.capture.card["model"]["d_ff"] == 96
    report = perfdiff.analyze(t.capture.run_dir, chip=CHIP)
    assert report.model is not None and report.model["step_kind"] == "prefill"
    assert report.model["theory_step_s"] == pytest.approx(2 * report.model["prefill_s"])
    said = [w for w in report.warnings if w.startswith("step theory assumes")]
    assert len(said) == 2 and "gated" in said[0] and "not tied" in said[1]
    assert said == [w for w in report.to_dict()["warnings"] if w.startswith("step theory assumes")]
    # a card that says both, or gives the parameter count, needs no assumption
    told = perfdiff.llm.models.assumptions(shape | {"mlp": "plain", "tied_embeddings": True})
    assert told == [] and perfdiff.llm.models.assumptions(shape | {"params": 10}) == []


def test_a_decode_cache_too_short_is_an_error_before_anything_runs(tmp_path) -> None:
    example = demo.build("decode", seq=8)
    logdir = tmp_path / "logs"
    with pytest.raises(CaptureError) as caught:
        perfdiff.capture.decode(
            example.step_fn, *example.args, logdir=logdir, steps=5, warmup=2, card=example.card
        )
    message = str(caught.value)
    assert "holds 8 positions" in message and "needs 12" in message and "\n" not in message
    assert not logdir.exists()  # nothing ran, nothing was written


@pytest.mark.parametrize("weights, kv, tolerance", [("bf16", "f32", 0.02), ("int8", "int8", 0.05)])
def test_narrow_weights_and_cache_stay_close_to_f32(weights, kv, tolerance) -> None:
    ref, narrow = (
        demo.build("prefill", batch=2, seq=8),
        demo.build("prefill", batch=2, seq=8, weights=weights, kv=kv),
    )
    a, b = (np.asarray(e.step_fn(*e.args)[0]) for e in (ref, narrow))
    assert np.abs(a - b).max() <= tolerance * np.abs(a).max()
    leaf = narrow.args[0]["layers"][0]["w_up"]
    if weights == "int8":  # per output channel scales, the int8 values themselves
        assert leaf["q"].dtype == jnp.int8 and leaf["scale"].shape == (narrow.config.d_ff,)
        assert narrow.card["dtypes"] == {"weights": "int8", "kv": "int8", "compute": "float32"}
    else:
        assert leaf.dtype == jnp.bfloat16


def test_prefill_logits_are_the_forward_pass_at_the_last_position() -> None:
    example = demo.build("prefill", batch=2, seq=8)
    cfg, (params, tokens) = example.config, example.args
    logits, cache = example.step_fn(params, tokens)
    full = llama.forward(cfg, params, tokens)
    np.testing.assert_allclose(np.asarray(logits), np.asarray(full[:, -1]), rtol=2e-5, atol=2e-5)
    assert len(cache) == cfg.layers and cache[0]["k"].shape == (2, 8, cfg.kv_heads, cfg.head_dim)
