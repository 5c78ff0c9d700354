"""Bundled examples: a tiny LLaMA-shaped model for perfdiff's demo, tests and benchmarks.

- :mod:`perfdiff.examples.llama`: the model (config, weights, forward, train step, decode step);
- :mod:`perfdiff.examples.parallel`: its tensor-parallel variant over a device mesh (shard_map);
- :mod:`perfdiff.examples.demo`: :func:`build` / :func:`capture`, ready-made capture setups.

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
