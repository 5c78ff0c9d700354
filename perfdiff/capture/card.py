"""The run card, ``perfdiff.json``: what a trace cannot say about the run that made it.

Keys (later stages read these names; values are JSON)::

    perfdiff_version, jax_version, jaxlib_version   str
    backend          str   jax.default_backend(): "cpu", "gpu", "tpu"
    device_kind      str   jax.devices()[0].device_kind, e.g. "cpu", "TPU v5 lite"
    device_count     int   jax.device_count()
    host             str   host name, as in the trace file name <host>.xplane.pb
    run              str   the run folder's name
    created          str   ISO 8601 UTC time the capture finished
    mesh             {"shape": {axis: size}, "axis_names": [axis, ...]} or null
    step             {"kind": "train"|"decode"|"prefill"|"custom", "name": str, "count": int,
                      "warmup": int}
    model            {"name", "layers", "d_model", "d_ff", "heads", "kv_heads", "head_dim", "vocab",
                      "params" (parameter count), "mlp" ("gated"|"plain"), "tied_embeddings" (bool),
                      ...any other config fields} or null; null fields are unknown
    batch, seq       int or null (sequences per step; tokens per sequence, the KV length when
                      decoding, the prompt length for prefill)
    dtypes           {"weights", "kv", "compute"}: dtype names such as "float32", "bfloat16", or null
    modules          [{"name", "cost_analysis": {...}, "memory_analysis": {...}}] per compiled step
                     function: XLA's cost_analysis() (flops, bytes accessed, ...: FLOPs and bytes per
                     call) and memory_analysis() (*_in_bytes: bytes)
    untraced_step_s  [float]  wall time of each step run without the profiler (seconds)
    traced_step_s    [float]  wall time of each traced step, measured around it (seconds)
    extra            {}       free-form: whatever the user passed that has no key above
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from typing import Any

from perfdiff.errors import CaptureError

MODEL_KEYS = ("name", "layers", "d_model", "d_ff", "heads", "kv_heads", "head_dim", "vocab", "params",
              "mlp", "tied_embeddings")  # fmt: skip
DTYPE_KEYS = ("weights", "kv", "compute")
USER_KEYS = ("model", "batch", "seq", "dtypes", "mesh", "extra")
STEP_KINDS = ("train", "decode", "prefill", "custom")


def environment() -> dict[str, Any]:
    """Versions and devices of the running jax: the card's first six keys."""
    import jax
    import jaxlib

    from perfdiff import __version__

    devices = jax.devices()
    return {
        "perfdiff_version": __version__,
        "jax_version": jax.__version__,
        "jaxlib_version": jaxlib.__version__,
        "backend": jax.default_backend(),
        "device_kind": devices[0].device_kind,
        "device_count": jax.device_count(),
    }


def _jsonable(value: Any) -> Any:
    """``value`` made JSON-safe: numpy scalars to Python, non-finite floats to None, tuples to lists."""
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if hasattr(value, "item") and getattr(value, "shape", None) == ():
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def dtype_name(value: Any, what: str) -> str:
    """The canonical name of a dtype given as a string, numpy/jax dtype or scalar type."""
    import numpy as np

    try:
        return np.dtype(value).name
    except TypeError as err:
        raise CaptureError(f"{what}={value!r} is not a dtype: use a name such as 'bfloat16'") from err


def model_dict(model: Any) -> dict[str, Any] | None:
    """A model config (dataclass, mapping or object with those attributes) as the card's ``model``."""
    if model is None:
        return None
    if dataclasses.is_dataclass(model) and not isinstance(model, type):
        fields = dataclasses.asdict(model)
    elif isinstance(model, Mapping):
        fields = dict(model)
    else:
        raise CaptureError(f"card model must be a dataclass or a dict, got {type(model).__name__}")
    out: dict[str, Any] = {key: fields.get(key) for key in MODEL_KEYS}
    if out["name"] is None:
        out["name"] = type(model).__name__ if not isinstance(model, Mapping) else None
    if out["params"] is None and callable(getattr(model, "param_count", None)):
        out["params"] = int(model.param_count())
    out.update({k: v for k, v in fields.items() if k not in out})
    return _jsonable(out)


def mesh_dict(mesh: Any) -> dict[str, Any] | None:
    """A jax Mesh (or a {"shape", "axis_names"} dict, or {axis: size}) as the card's ``mesh``."""
    if mesh is None:
        return None
    if hasattr(mesh, "axis_names") and hasattr(mesh, "shape"):
        names = [str(n) for n in mesh.axis_names]
        return {"shape": {n: int(mesh.shape[n]) for n in names}, "axis_names": names}
    if isinstance(mesh, Mapping):
        shape = mesh.get("shape", mesh)
        if isinstance(shape, Mapping) and all(type(v) is int and v >= 1 for v in shape.values()):
            names = [str(n) for n in mesh.get("axis_names", list(shape))]
            if sorted(names) == sorted(str(k) for k in shape):
                return {"shape": {n: int(shape[n]) for n in names}, "axis_names": names}
    raise CaptureError(f"card mesh must be a jax Mesh or a dict of axis sizes, got {mesh!r}")


def infer_dtype(tree: Any) -> str | None:
    """The dtype holding most bytes among the floating-point leaves of a pytree, or None."""
    import jax
    import jax.numpy as jnp

    totals: dict[str, int] = {}
    for leaf in jax.tree.leaves(tree):
        dtype = getattr(leaf, "dtype", None)
        # jnp.issubdtype, not numpy's: it counts bfloat16 and the float8 types as floating
        if dtype is not None and jnp.issubdtype(dtype, jnp.floating):
            totals[jnp.dtype(dtype).name] = totals.get(jnp.dtype(dtype).name, 0) + int(leaf.nbytes)
    return max(totals, key=totals.__getitem__) if totals else None


def infer_mesh(tree: Any) -> dict[str, Any] | None:
    """The mesh of the first leaf placed with a NamedSharding, as the card's ``mesh``, or None."""
    import jax

    for leaf in jax.tree.leaves(tree):
        mesh = getattr(getattr(leaf, "sharding", None), "mesh", None)
        if mesh is not None and getattr(mesh, "axis_names", None):
            return mesh_dict(mesh)
    return None


def _positive(value: Any, what: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise CaptureError(f"card {what} must be a positive integer, got {value!r}")
    return value


def user_fields(card: Any, *, weights: Any = None, kv: Any = None) -> dict[str, Any]:
    """The user's ``card=`` argument as the card's model/batch/seq/dtypes/mesh/extra keys.

    ``card`` is None or a mapping with any of ``model`` (dataclass or dict), ``batch``, ``seq``, ``dtypes``
    (a dict over weights/kv/compute), ``mesh`` (jax Mesh), ``extra`` (dict); any other key goes to
    ``extra``. Missing dtypes and mesh are inferred from ``weights`` (the params) and ``kv`` (the cache).
    """
    if card is None:
        card = {}
    if not isinstance(card, Mapping):
        raise CaptureError(f"card must be a dict of {', '.join(USER_KEYS)}; got {type(card).__name__}")
    given = dict(card.get("dtypes") or {})
    unknown = sorted(set(given) - set(DTYPE_KEYS))
    if unknown:
        raise CaptureError(f"card dtypes has unknown keys {unknown}: use {', '.join(DTYPE_KEYS)}")
    dtypes: dict[str, str | None] = {
        key: dtype_name(given[key], f"dtypes[{key!r}]") for key in given if given[key] is not None
    }
    dtypes.setdefault("weights", infer_dtype(weights))
    dtypes.setdefault("kv", infer_dtype(kv))
    dtypes.setdefault("compute", dtypes["weights"])
    extra = card.get("extra") or {}
    if not isinstance(extra, Mapping):
        raise CaptureError(f"card extra must be a dict, got {type(extra).__name__}")
    extra = {**{k: v for k, v in card.items() if k not in USER_KEYS}, **extra}
    mesh = card.get("mesh")
    return {
        "mesh": mesh_dict(mesh) if mesh is not None else infer_mesh(weights),
        "model": model_dict(card.get("model")),
        "batch": _positive(card.get("batch"), "batch"),
        "seq": _positive(card.get("seq"), "seq"),
        "dtypes": {key: dtypes[key] for key in DTYPE_KEYS},
        "extra": _jsonable(extra),
    }


def module_record(jitted: Any, args: tuple[Any, ...]) -> dict[str, Any]:
    """Compile ``jitted`` for ``args`` (ahead of time) and record its XLA cost and memory analyses.

    Returns {"name": HLO module name, "cost_analysis": {metric: value}, "memory_analysis": {field: bytes}}.
    """
    compiled = jitted.lower(*args).compile()
    text = compiled.as_text() or ""
    first = text.split("\n", 1)[0]
    name = first.split()[1].rstrip(",") if first.startswith("HloModule ") else getattr(jitted, "__name__", "")
    cost = compiled.cost_analysis() or {}
    if isinstance(cost, (list, tuple)):  # older jax returned one dict per device program
        cost = cost[0] if cost else {}
    memory = compiled.memory_analysis()
    memory_fields = {
        attr: int(getattr(memory, attr))
        for attr in sorted(dir(memory))
        if attr.endswith("_in_bytes") and isinstance(getattr(memory, attr, None), int)
    }
    # whole-module totals (flops, bytes accessed, ...) first, then XLA's per-operand "...{}" entries
    ordered = dict(sorted(cost.items(), key=lambda item: ("{" in item[0], item[0])))
    return {"name": name, "cost_analysis": _jsonable(ordered), "memory_analysis": memory_fields}


def assemble(
    env: dict[str, Any],
    *,
    host: str,
    created: str,
    step: dict[str, Any],
    user: dict[str, Any],
    modules: list[dict[str, Any]],
    untraced_step_s: list[float],
    traced_step_s: list[float],
) -> dict[str, Any]:
    """The whole card, keys in the documented order (``run`` is filled in when the folder is named)."""
    if step.get("kind") not in STEP_KINDS:
        raise CaptureError(f"step kind {step.get('kind')!r} is not one of {STEP_KINDS}")
    return {
        **env,
        "host": host,
        "run": None,
        "created": created,
        "mesh": user["mesh"],
        "step": step,
        "model": user["model"],
        "batch": user["batch"],
        "seq": user["seq"],
        "dtypes": user["dtypes"],
        "modules": modules,
        "untraced_step_s": [float(t) for t in untraced_step_s],
        "traced_step_s": [float(t) for t in traced_step_s],
        "extra": user["extra"],
    }
