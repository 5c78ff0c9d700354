"""Drive a jitted step for N steady-state steps under the profiler, carrying state from step to step.

Order of work in :func:`train`, :func:`decode` and :func:`prefill`:

1. check the logdir and make a private temporary folder in it (fails fast, before compiling);
2. compile the step ahead of time (``jitted.lower(*args).compile()``) and record XLA's cost and memory
   analyses for the run card; the jit call cache is warm from here on;
3. run ``warmup`` steps, then ``steps`` steps timed without the profiler (``untraced_step_s``);
4. start the profiler; run ``steps`` more, each inside ``StepTraceAnnotation(name, step_num=k)``
   (k = 0..steps-1) and ending with ``jax.block_until_ready``, timed around it (``traced_step_s``);
5. stop the profiler, write the run card and publish the run folder.

All ``warmup + 2 * steps`` calls form one chain: the state a step returns is the input of the next
(prefill has no state: every call reads the same prompt). ``quiet=`` (a context manager) is entered
around steps 3 and 4 (left when the last step ends, before the profiler stops). A step function that
is not jitted yet (has no ``.lower``) is wrapped in ``jax.jit``. A Flax NNX step that updates its
module and optimizer in place is captured as is (:mod:`perfdiff.capture.stateful`).
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from typing import Any

from perfdiff.capture import card as card_mod
from perfdiff.capture import stateful
from perfdiff.capture.session import Capture, Workspace, utc_now_iso
from perfdiff.errors import CaptureError

log = logging.getLogger(__name__)

# advance(state, i) -> new state: one step, finished on the device before it returns.
Advance = Callable[[Any, int], Any]
# Entered around the warmup, timed and traced steps: e.g. a lock that keeps other work of the caller
# off the machine while the steps are timed (perfdiff.frontier analyses one point while the next
# compiles, never while it is timed).
Quiet = contextlib.AbstractContextManager[Any] | None


def _check_counts(steps: Any, warmup: Any) -> None:
    for name, value, least in (("steps", steps, 1), ("warmup", warmup, 0)):
        if isinstance(value, bool) or not isinstance(value, int) or value < least:
            raise CaptureError(f"{name} must be an integer >= {least}, got {value!r}")


def _as_jitted(step_fn: Any) -> Any:
    import jax

    if not callable(step_fn):
        raise CaptureError(f"step_fn must be a function, got {type(step_fn).__name__}")
    return step_fn if hasattr(step_fn, "lower") else jax.jit(step_fn)


def _call(what: str, fn: Callable[..., Any], *args: Any) -> Any:
    try:
        return fn(*args)
    except CaptureError:
        raise
    except Exception as err:  # the user's step failed: say so in one line, keep the cause chained
        first = str(err).strip().splitlines()[0] if str(err).strip() else ""
        raise CaptureError(f"{what} raised {type(err).__name__}: {first}") from err


def _drive(
    ws: Workspace, advance: Advance, state: Any, *, name: str, steps: int, warmup: int, quiet: Quiet = None
):
    """Run warmup, untraced and traced steps inside ``quiet``, which is left when the last step has
    ended, before the profiler stops and writes the trace (that needs no quiet machine); returns
    (state, untraced seconds, traced seconds)."""
    import jax

    with contextlib.ExitStack() as stack:
        stack.enter_context(quiet or contextlib.nullcontext())
        i = 0
        for _ in range(warmup):
            state = advance(state, i)
            i += 1
        untraced: list[float] = []
        for _ in range(steps):
            start = time.perf_counter()
            state = advance(state, i)
            untraced.append(time.perf_counter() - start)
            i += 1
        traced: list[float] = []
        with ws.tracing():
            for k in range(steps):
                start = time.perf_counter()
                with jax.profiler.StepTraceAnnotation(name, step_num=k):
                    state = advance(state, i)
                traced.append(time.perf_counter() - start)
                i += 1
            stack.close()  # leave quiet: the steps are over
    return state, untraced, traced


def _finish(
    ws: Workspace,
    *,
    kind: str,
    name: str,
    steps: int,
    warmup: int,
    user: dict[str, Any],
    modules: list[dict[str, Any]],
    untraced: list[float],
    traced: list[float],
) -> Capture:
    env = card_mod.environment()
    step = {"kind": kind, "name": name, "count": steps, "warmup": warmup}
    card = card_mod.assemble(
        env,
        host=ws.host,
        created=utc_now_iso(),
        step=step,
        user=user,
        modules=modules,
        untraced_step_s=untraced,
        traced_step_s=traced,
    )
    return ws.publish(card)


def train(
    step_fn: Callable[..., Any],
    params: Any,
    opt_state: Any,
    batch: Any,
    *,
    logdir: Any,
    steps: int = 5,
    warmup: int = 2,
    run: str | None = None,
    card: dict[str, Any] | None = None,
    quiet: Quiet = None,
) -> Capture:
    """Profile ``steps`` training steps ``step_fn(params, opt_state, batch) -> (params, opt_state, metrics)``.

    ``batch`` is one batch used for every step, or a callable ``i -> batch`` called with the running
    index i = 0, 1, … of every call (warmup, untraced and traced steps alike). The params and optimizer
    state returned by each step feed the next, so donated buffers are fine. ``card`` adds what the trace
    cannot say (see :func:`perfdiff.capture.card.user_fields`). The step marks are named "train".

    A Flax NNX step ``step_fn(model, optimizer, batch) -> loss`` (or ``step_fn(model, batch)`` with
    ``opt_state=None``) that updates the module and optimizer in place is taken as it is: pass the
    module as ``params`` and the optimizer as ``opt_state``; they hold the final state afterwards.
    """
    _check_counts(steps, warmup)
    batch_at = batch if callable(batch) else (lambda i: batch)
    if stateful.is_stateful(params) or stateful.is_stateful(opt_state):
        return _train_stateful(step_fn, params, opt_state, batch_at, logdir, steps, warmup, run, card, quiet)
    jitted = _as_jitted(step_fn)
    with Workspace(logdir, run) as ws:
        user = card_mod.user_fields(card, weights=params)
        first = _call("batch(0)", batch_at, 0)
        log.info("compiling the training step")
        modules = [_call("compiling the step", card_mod.module_record, jitted, (params, opt_state, first))]

        def advance(state: tuple[Any, Any], i: int) -> tuple[Any, Any]:
            import jax

            out = _call("the training step", jitted, state[0], state[1], _call("batch(i)", batch_at, i))
            if not isinstance(out, tuple) or len(out) != 3:
                raise CaptureError("the training step must return (params, opt_state, metrics)")
            jax.block_until_ready(out)
            return out[0], out[1]

        _, untraced, traced = _drive(
            ws, advance, (params, opt_state), name="train", steps=steps, warmup=warmup, quiet=quiet
        )
        return _finish(ws, kind="train", name="train", steps=steps, warmup=warmup, user=user,
                       modules=modules, untraced=untraced, traced=traced)  # fmt: skip


def _train_stateful(
    step_fn: Callable[..., Any],
    model: Any,
    optimizer: Any,
    batch_at: Callable[[int], Any],
    logdir: Any,
    steps: int,
    warmup: int,
    run: str | None,
    card: dict[str, Any] | None,
    quiet: Quiet,
) -> Capture:
    """:func:`train` for an NNX step that mutates ``model`` (and ``optimizer``) and returns the loss."""
    if not callable(step_fn):
        raise CaptureError(f"step_fn must be a function, got {type(step_fn).__name__}")
    objects = (model,) if optimizer is None else (model, optimizer)
    with Workspace(logdir, run) as ws:
        user = card_mod.user_fields(card, weights=stateful.state_of(model))
        first = _call("batch(0)", batch_at, 0)
        pure = _call("splitting the NNX objects", stateful.PureStep, step_fn, objects)
        log.info("compiling the stateful training step")
        modules = [_call("compiling the step", card_mod.module_record, pure.jitted, (pure.state, first))]

        def advance(state: Any, i: int) -> Any:
            import jax

            state, _ = _call("the training step", pure.jitted, state, _call("batch(i)", batch_at, i))
            return jax.block_until_ready(state)

        state, untraced, traced = _drive(
            ws, advance, pure.state, name="train", steps=steps, warmup=warmup, quiet=quiet
        )
        capture = _finish(ws, kind="train", name="train", steps=steps, warmup=warmup, user=user,
                          modules=modules, untraced=untraced, traced=traced)  # fmt: skip
    pure.write_back(state)
    return capture


def _next_tokens(logits: Any, tokens: Any) -> Any:
    """Greedy next tokens: argmax over the last axis of ``logits``, shaped and typed like ``tokens``."""
    import jax.numpy as jnp

    best = jnp.argmax(logits, axis=-1)
    if best.size != tokens.size:
        raise CaptureError(
            f"cannot take next tokens {tuple(tokens.shape)} from logits {tuple(logits.shape)}: "
            f"the decode step must return logits [..., vocab] for the tokens it was given"
        )
    return best.reshape(tokens.shape).astype(tokens.dtype)


def check_cache_room(card: Any, pos: Any, warmup: int, steps: int) -> None:
    """CaptureError when the card's KV length cannot hold the positions the capture will write."""
    if not isinstance(card, dict):
        return
    model = card_mod.model_dict(card.get("model")) or {}
    room, what = (card.get("seq"), "the card's seq") if card.get("seq") else (model.get("max_seq"), "max_seq")
    try:
        start = int(pos)
    except (TypeError, ValueError):
        return  # not a concrete position: the step itself will say
    need = start + warmup + 2 * steps
    if isinstance(room, int) and need > room:
        fewer = max(0, (room - start - warmup) // 2)
        raise CaptureError(
            f"the decode cache holds {room} positions ({what}) but pos {start} + warmup {warmup} + "
            f"2 x {steps} steps needs {need}: use fewer steps (at most {fewer}) or a longer cache"
        )


def decode(
    step_fn: Callable[..., Any],
    params: Any,
    kv_cache: Any,
    tokens: Any,
    pos: Any,
    *,
    logdir: Any,
    steps: int = 5,
    warmup: int = 2,
    run: str | None = None,
    card: dict[str, Any] | None = None,
    quiet: Quiet = None,
) -> Capture:
    """Profile ``steps`` decode steps ``step_fn(params, kv_cache, tokens, pos) -> (logits, kv_cache)``.

    The returned cache feeds the next step (so it may be donated), the next tokens are the argmax of the
    logits (greedy decoding, a small jitted op of its own in the trace), and ``pos`` (int or scalar
    array) advances by one per call. The cache must hold ``pos + warmup + 2 * steps`` positions: when
    the card says how many it holds (``seq``, the KV length, else the model's ``max_seq``), a shorter
    one is a CaptureError before anything runs. The step marks are named "decode".
    """
    import jax

    _check_counts(steps, warmup)
    check_cache_room(card, pos, warmup, steps)
    jitted = _as_jitted(step_fn)
    tokens = jax.numpy.asarray(tokens)
    with Workspace(logdir, run) as ws:
        user = card_mod.user_fields(card, weights=params, kv=kv_cache)
        log.info("compiling the decode step")
        modules = [
            _call("compiling the step", card_mod.module_record, jitted, (params, kv_cache, tokens, pos))
        ]
        pick = jax.jit(_next_tokens)

        def advance(state: tuple[Any, Any, Any], i: int) -> tuple[Any, Any, Any]:
            cache, toks, p = state
            out = _call("the decode step", jitted, params, cache, toks, p)
            if not isinstance(out, tuple) or len(out) != 2:
                raise CaptureError("the decode step must return (logits, kv_cache)")
            logits, cache = out
            state = (cache, _call("picking next tokens", pick, logits, toks), p + 1)
            jax.block_until_ready(state)
            return state

        _, untraced, traced = _drive(
            ws, advance, (kv_cache, tokens, pos), name="decode", steps=steps, warmup=warmup, quiet=quiet
        )
        return _finish(
            ws,
            kind="decode",
            name="decode",
            steps=steps,
            warmup=warmup,
            user=user,
            modules=modules,
            untraced=untraced,
            traced=traced,
        )


def prefill(
    step_fn: Callable[..., Any],
    params: Any,
    tokens: Any,
    *,
    logdir: Any,
    steps: int = 5,
    warmup: int = 2,
    run: str | None = None,
    card: dict[str, Any] | None = None,
    quiet: Quiet = None,
) -> Capture:
    """Profile ``steps`` prefill steps ``step_fn(params, tokens) -> outputs`` (e.g. the last logits and
    the filled KV cache): every call reads the same prompt ``tokens`` [batch, seq]; nothing is carried
    from one call to the next. The card's ``seq`` is the prompt length. The step marks are named
    "prefill".
    """
    _check_counts(steps, warmup)
    jitted = _as_jitted(step_fn)
    with Workspace(logdir, run) as ws:
        user = card_mod.user_fields(card, weights=params)
        log.info("compiling the prefill step")
        modules = [_call("compiling the step", card_mod.module_record, jitted, (params, tokens))]

        def advance(state: None, i: int) -> None:
            import jax

            jax.block_until_ready(_call("the prefill step", jitted, params, tokens))

        _, untraced, traced = _drive(
            ws, advance, None, name="prefill", steps=steps, warmup=warmup, quiet=quiet
        )
        return _finish(ws, kind="prefill", name="prefill", steps=steps, warmup=warmup, user=user,
                       modules=modules, untraced=untraced, traced=traced)  # fmt: skip
