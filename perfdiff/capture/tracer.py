"""``perfdiff.capture.trace``: profile arbitrary code, with step marks and a run card.

::

    with perfdiff.capture.trace("logs", card={"batch": 8}) as t:
        t.module(step, state, batch)                 # optional: cost/memory analysis for the card
        for i in range(3):
            with t.step(i):                           # StepTraceAnnotation("step", step_num=i)
                state = step(state, batch)
                jax.block_until_ready(state)          # finish device work inside the step
    print(t.capture.run_dir)

Unlike :func:`perfdiff.capture.train` the code inside runs only once, under the profiler: compile and
warm up before entering the block if the trace should hold steady-state steps only. If the block
raises, the exception propagates and no run folder is published.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from typing import Any

from perfdiff.capture import card as card_mod
from perfdiff.capture.session import Capture, Workspace, utc_now_iso
from perfdiff.errors import CaptureError


class Trace:
    """Handle yielded by :func:`trace`: step marks, module records, and the :class:`Capture` afterwards."""

    def __init__(self) -> None:
        self.capture: Capture | None = None  # set when the ``with trace(...)`` block ends normally
        self.step_names: list[str] = []
        self.step_numbers: list[int] = []
        self.step_seconds: list[float] = []  # wall time of each ``step`` block (seconds)
        self.modules: list[dict[str, Any]] = []

    @contextlib.contextmanager
    def step(self, i: int, name: str = "step") -> Iterator[None]:
        """Mark the block as step ``i`` (``jax.profiler.StepTraceAnnotation(name, step_num=i)``), timed."""
        import jax

        if isinstance(i, bool) or not isinstance(i, int) or i < 0:
            raise CaptureError(f"step number must be an integer >= 0, got {i!r}")
        start = time.perf_counter()
        with jax.profiler.StepTraceAnnotation(name, step_num=i):
            yield
        self.step_seconds.append(time.perf_counter() - start)
        self.step_names.append(name)
        self.step_numbers.append(i)

    def module(self, fn: Any, *args: Any) -> dict[str, Any]:
        """Compile jitted ``fn`` for ``args`` and add its cost and memory analyses to the run card."""
        if not hasattr(fn, "lower"):
            raise CaptureError("Trace.module needs a jitted function (jax.jit(fn))")
        record = card_mod.module_record(fn, args)
        self.modules.append(record)
        return record


@contextlib.contextmanager
def trace(
    logdir: Any, *, run: str | None = None, card: dict[str, Any] | None = None, kind: str | None = None
) -> Iterator[Trace]:
    """Profile the ``with`` block into ``<logdir>/plugins/profile/<run>/`` with a ``perfdiff.json`` card.

    Yields a :class:`Trace`; after the block, ``.capture`` holds the :class:`Capture`. The card's step
    name is the step name used (names joined by "," if several), its count the number of ``step``
    blocks, its kind ``kind`` ("train", "decode", "prefill" or "custom"), by default the step name
    when every step block has the same one of those names (``t.step(i, "decode")``), else "custom".
    With a kind other than "custom" and the card's ``model``, ``batch`` and ``seq``, the report sets
    the steps against the LLM step theory, as for :func:`perfdiff.capture.train`.
    """
    if kind is not None and kind not in card_mod.STEP_KINDS:
        raise CaptureError(f"trace kind {kind!r} is not one of {card_mod.STEP_KINDS}")
    user = card_mod.user_fields(card)
    handle = Trace()
    with Workspace(logdir, run) as ws:
        with ws.tracing():
            yield handle
        names = list(dict.fromkeys(handle.step_names)) or ["step"]
        named = names[0] if len(names) == 1 and names[0] in card_mod.STEP_KINDS else "custom"
        count = len(handle.step_numbers)
        step = {"kind": kind or named, "name": ",".join(names), "count": count, "warmup": 0}
        card_data = card_mod.assemble(
            card_mod.environment(),
            host=ws.host,
            created=utc_now_iso(),
            step=step,
            user=user,
            modules=handle.modules,
            untraced_step_s=[],
            traced_step_s=handle.step_seconds,
        )
        handle.capture = ws.publish(card_data)
