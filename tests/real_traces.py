"""The real traces vendored under tests/data/traces (provenance in its README), grouped by what they hold."""

from __future__ import annotations

from pathlib import Path

# JAX programs on AMD GPUs: optimised HLO embedded, priced by HloCostAnalysis.
JAX_GPU = [
    "amd-mi300x/jax08_attention.xplane.pb",
    "amd-mi300x/jax08_elementwise.xplane.pb",
    "amd-mi300x/jax08_gemm.xplane.pb",
    "amd-mi300x/jax_conv_minimal_08.xplane.pb",
    "amd-mi300x/jax_conv_minimal_legacy.xplane.pb",
    "amd-mi355x/te_fused_attn.xplane.pb",
]
# A JAX program on a TPU v6e: the trace carries its own per-op costs.
JAX_TPU = ["tpu-v6e/tpu_inference_2.xplane.pb"]
# TensorFlow on a V100: no hlo_op stats, a parse-only input.
TENSORFLOW_GPU = ["gpu-v100-tensorflow/multi_worker.xplane.pb"]

JAX = JAX_GPU + JAX_TPU


def ids(names: list[str]) -> list[str]:
    """Short test ids: the file stem without ``.xplane``."""
    return [Path(name).name.split(".")[0] for name in names]
