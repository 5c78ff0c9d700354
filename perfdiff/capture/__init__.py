"""Capture: profile JAX steps into TensorBoard's layout, with a run card beside each trace.

::

    import perfdiff

    cap = perfdiff.capture.train(train_step, params, opt_state, batch, logdir="logs", steps=5)
    cap = perfdiff.capture.decode(decode_step, params, kv_cache, tokens, pos, logdir="logs")
    cap = perfdiff.capture.prefill(prefill_step, params, prompt, logdir="logs")
    cap = perfdiff.capture.train(nnx_step, model, optimizer, batch, logdir="logs")  # Flax NNX, in place
    with perfdiff.capture.trace("logs") as t:
        with t.step(0):
            ...
    cap.run_dir   # logs/plugins/profile/<run>/  holding <host>.xplane.pb and perfdiff.json

:func:`train`, :func:`decode` and :func:`prefill` compile and warm the step outside the trace, time
``steps`` steps without the profiler, then trace ``steps`` more, each in
``jax.profiler.StepTraceAnnotation`` and finished with ``jax.block_until_ready``; the state (params and
optimizer state, or the KV cache, tokens and position) is carried from each step to the next
(:mod:`perfdiff.capture.runner`). The run folder layout and its no-overwrite guarantee are in
:mod:`perfdiff.capture.layout`, the card's keys and units in :mod:`perfdiff.capture.card`.

Submodules import jax only inside functions, so ``import perfdiff.capture`` does not start jax.
"""

from __future__ import annotations

from perfdiff.capture.layout import CARD_NAME
from perfdiff.capture.runner import decode, prefill, train
from perfdiff.capture.session import Capture
from perfdiff.capture.tracer import Trace, trace
from perfdiff.errors import CaptureError

__all__ = ["CARD_NAME", "Capture", "CaptureError", "Trace", "decode", "prefill", "trace", "train"]
