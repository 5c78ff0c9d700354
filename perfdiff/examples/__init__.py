"""Bundled examples: a tiny LLaMA-shaped model for perfdiff's demo, tests and benchmarks.

- :mod:`perfdiff.examples.llama`: the model (config, weights in f32/bf16/int8, forward, train, prefill
  and decode steps, a KV cache in f32/bf16/int8);
- :mod:`perfdiff.examples.parallel`: its tensor-parallel variant over a device mesh (shard_map);
- :mod:`perfdiff.examples.demo`: :func:`build` / :func:`capture`, ready-made capture setups, and
  ``sweep_factory``, the model as ``perfdiff sweep``'s factory.

``import perfdiff.examples`` does not import jax; the names below load their module on first use.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["KINDS", "Example", "LlamaConfig", "build", "capture"]

_LAZY = {
    "KINDS": "perfdiff.examples.demo",
    "Example": "perfdiff.examples.demo",
    "build": "perfdiff.examples.demo",
    "capture": "perfdiff.examples.demo",
    "LlamaConfig": "perfdiff.examples.llama",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'perfdiff.examples' has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value
