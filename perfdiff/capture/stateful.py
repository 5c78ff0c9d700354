"""Flax NNX-style stateful steps: the module (and optimizer) go in, the loss comes out, and the step
updates their state in place.

``perfdiff.capture.train(step, model, optimizer, batch, ...)`` accepts such a step as it is. The capture
needs a pure function (compiled ahead of time for the run card, its state carried from step to step),
so :class:`PureStep` splits the objects into a graph definition and a state pytree (``nnx.split``) and
jits ``state, batch -> (new state, loss)``, which merges the objects back inside the trace, calls the
user's step on them and returns their state (``nnx.state``). The user's step may itself be wrapped in
``nnx.jit``: it is then inlined into the outer jit. After the capture the final state is written back
into the user's objects (``nnx.update``), so they end where running the steps by hand would leave them.

flax is not a dependency of perfdiff: an object is an NNX one only when ``flax.nnx`` is already
imported (the user made the object with it), so nothing here imports flax otherwise.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any


def _nnx() -> Any:
    return sys.modules.get("flax.nnx")


def is_stateful(obj: Any) -> bool:
    """True for a Flax NNX object (``nnx.Module``, ``nnx.Optimizer``: any ``nnx.Pytree``)."""
    nnx = _nnx()
    return nnx is not None and isinstance(obj, nnx.Pytree)


def state_of(obj: Any) -> Any:
    """The arrays of an NNX object as a pytree (``nnx.state``), e.g. to infer the weights' dtype."""
    return _nnx().state(obj)


class PureStep:
    """``step_fn(*objects, *args) -> out`` (mutating ``objects``) as ``jitted(state, *args) -> (state,
    out)``; ``state`` starts as the objects' state."""

    def __init__(self, step_fn: Callable[..., Any], objects: tuple[Any, ...]) -> None:
        import jax

        nnx = _nnx()
        self.objects = objects
        self.graphdef, self.state = nnx.split(objects)

        def pure(state: Any, *args: Any) -> tuple[Any, Any]:
            merged = nnx.merge(self.graphdef, state)
            out = step_fn(*merged, *args)
            return nnx.state(merged), out

        pure.__name__ = getattr(step_fn, "__name__", "stateful_step")
        self.jitted = jax.jit(pure)

    def write_back(self, state: Any) -> None:
        """Put ``state`` (a state the jitted step returned) into the user's objects."""
        _nnx().update(self.objects, state)
