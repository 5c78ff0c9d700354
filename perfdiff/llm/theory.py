"""The step theory: what one decode (or training) step of a transformer should cost on a chip.

The paper model performance engineers use ("How To Scale Your Model", inference and training
chapters), exactly. Symbols: L layers, K kv_heads, H head_dim, F d_ff, B batch, S = ``seq`` (context
held in the KV cache), P prefill tokens, G median decode length, C chips, M model-sharding mesh axes.
Per chip: peak FLOP/s of the compute dtype (bf16/fp16/f32 -> the bf16 column, fp8/int8/int4 -> the
int8 column), HBM bytes and B/s, and W = ``chip.ici_bytes_per_s`` (one ring axis, bidirectional).

- ``kv_bytes_per_token`` = 2·K·H·L·bytes(kv); ``kv_bytes`` = B·S·that; ``param_bytes`` =
  params·bytes(weights); ``total_bytes`` = both.
- ``min_chips``: smallest power of two of chips whose HBM holds ``total_bytes``; ``max_batch``: the
  largest B whose KV cache fits beside the weights in C chips' HBM at this S.
- ``critical_batch`` = peak / hbm_bw · bytes(weights) / 2: above it the MLP matmuls are compute-bound.
- decode step: ``kv_s`` = B·kv_bytes_per_token·S / (C·hbm_bw) (attention: always bandwidth-bound);
  ``flops_s`` = 2·B·params / (C·peak), ``param_s`` = param_bytes / (C·hbm_bw); ``step_s`` = kv_s +
  max(flops_s, param_s). ``tokens_per_s`` = B / step_s; per chip / C; ``qps_per_chip`` = B /
  (step_s·G·C).
- ``prefill_s`` = 2·params·P / (C·peak·mfu) (one sequence of P tokens).
- continuous batching: ``sequences_per_step`` = B/G finish each step, freeing
  ``evicted_tokens_per_step`` = B·(P+G)/G KV tokens; disaggregated serving keeps both sides busy when
  prefill_servers / prefill_s = B·generate_servers / (step_s·G): ``prefill_to_generate_ratio`` =
  B·prefill_s / (step_s·G).
- ``max_model_parallelism``: Y_max = F·M / (peak / W) before the MLP turns interconnect-bound; below
  the critical batch (memory-bound MLP) max(Y_max, F / (8·B)).
- training: ``train_step_s`` = 6·params·B·S / (C·peak·mfu).
- ``ici_s`` (not in ``step_s``, which is the book's): the decode step's tensor-parallel all-reduces
  over Y = ``tp`` devices (default C), two per layer of the B·D activations in the compute dtype, each
  moving 2·V·(Y−1)/Y bytes per device over W (the ring formula perfdiff prices collectives with).
- with ``efficiency`` (:class:`perfdiff.llm.calibration.Efficiency`): ``calibrated_step_s`` and its
  throughputs, ``calibrated_prefill_s`` (one sequence, with ``prefill``) and ``calibrated_train_step_s``:
  each term over its efficiency, plus the interconnect term and the overhead (that module's docstring).

``mfu`` defaults to 1 (the roofline). Times are seconds, sizes bytes, rates per second.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from perfdiff.chips.lookup import get_chip
from perfdiff.chips.table import Chip
from perfdiff.errors import PerfdiffError
from perfdiff.llm.calibration import Efficiency, calibrated_step_s, step_terms
from perfdiff.llm.models import SHAPE_FIELDS, ModelConfig, assumptions, get_model

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

DTYPE_BYTES: dict[str, float] = {"f32": 4, "bf16": 2, "fp16": 2, "fp8": 1, "int8": 1, "int4": 0.5}
_DTYPE_ALIASES = {
    "float32": "f32", "fp32": "f32", "bfloat16": "bf16", "float16": "fp16", "f16": "fp16", "half": "fp16",
    "f8": "fp8", "float8": "fp8", "float8_e4m3fn": "fp8", "float8_e5m2": "fp8", "e4m3": "fp8",
    "e5m2": "fp8", "s8": "int8", "uint8": "int8", "i8": "int8", "s4": "int4", "uint4": "int4",
    "i4": "int4",
}  # fmt: skip
_EIGHT_BIT = ("fp8", "int8", "int4")


def dtype_name(name: str) -> str:
    """The theory's name for a dtype ("bfloat16" -> "bf16"); PerfdiffError when unknown."""
    key = str(name).strip().lower()
    key = _DTYPE_ALIASES.get(key, key)
    if key not in DTYPE_BYTES:
        raise PerfdiffError(f"unknown dtype {name!r}: use one of {', '.join(DTYPE_BYTES)}")
    return key


def peak_flops(chip: Chip, compute: str) -> float:
    """FLOP/s of ``chip`` for matmuls in ``compute`` dtype (8-bit and 4-bit use the int8/fp8 peak)."""
    return chip.peak_int8_flops_per_s if dtype_name(compute) in _EIGHT_BIT else chip.peak_flops_per_s


def _positive(name: str, value: Any, kind: type = int) -> Any:
    """``value`` as a positive int (or float); None stays None; PerfdiffError otherwise."""
    if value is None:
        return None
    try:
        number = kind(value)
        if isinstance(value, bool) or (kind is int and float(value) != number):
            raise ValueError
    except (TypeError, ValueError, OverflowError):  # OverflowError: int(inf), float(10**400)
        number = None
    if number is None or not number > 0:
        what = "integer" if kind is int else "number"
        raise PerfdiffError(f"{name} must be a positive {what}, got {value!r}")
    return number


def parse_chips(chips: int | str) -> tuple[int, str | None]:
    """(chip count, topology) from 8 or "4x4" / "2x2x4" (the product of the axes)."""
    if isinstance(chips, str) and "x" in chips.lower():
        try:
            axes = [_positive("topology axis", a) for a in chips.lower().split("x")]
        except PerfdiffError:
            raise PerfdiffError(f"topology {chips!r} is not like 4x4 or 2x2x4") from None
        return math.prod(axes), "x".join(map(str, axes))
    return _positive("chips", chips), None


def _next_pow2(n: float) -> int | None:
    if not math.isfinite(n):
        return None
    return 1 << max(0, math.ceil(math.log2(max(n, 1.0))))


def theory(
    model: str | Mapping[str, Any] | ModelConfig,
    chip: str | Chip,
    *,
    chips: int | str = 1,
    batch: int | None = None,
    seq: int = 8192,
    weights: str = "bf16",
    kv: str = "bf16",
    compute: str = "bf16",
    model_axes: int = 1,
    decode_len: int | None = None,
    prefill: int | None = None,
    mfu: float | None = None,
    params: int | None = None,
    tp: int | None = None,
    efficiency: Efficiency | Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The step theory of ``model`` on ``chips`` x ``chip`` as one flat dict (keys: module docstring).

    ``batch=None`` uses the largest batch that fits (``max_batch``); PerfdiffError if none does.
    ``tp``: devices the model is split over (tensor parallel; default ``chips``), for ``ici_s``.
    ``efficiency``: measured efficiencies (e.g. a sweep's fit) for the ``calibrated_*`` keys.
    """
    cfg = get_model(model)
    hw = get_chip(chip)
    n_chips, topology = parse_chips(chips)
    seq = _positive("seq", seq)
    model_axes = _positive("model_axes", model_axes)
    decode_len, prefill = _positive("decode_len", decode_len), _positive("prefill", prefill)
    tp = _positive("tp", tp) or n_chips
    params = _positive("params", params) or cfg.param_count
    mfu_used = 1.0 if mfu is None else _positive("mfu", mfu, float)
    if mfu_used > 1:
        raise PerfdiffError(f"mfu is a fraction in (0, 1], got {mfu}")
    weights, kv, compute = dtype_name(weights), dtype_name(kv), dtype_name(compute)

    peak, hbm_bw = peak_flops(hw, compute), hw.hbm_bytes_per_s
    kv_per_token = 2 * cfg.kv_heads * cfg.head_dim * cfg.layers * DTYPE_BYTES[kv]
    param_bytes = params * DTYPE_BYTES[weights]
    room = n_chips * hw.hbm_bytes - param_bytes
    max_batch = max(0, math.floor(room / (kv_per_token * seq))) if math.isfinite(room) else None
    if batch is None:
        if not max_batch:
            raise PerfdiffError(
                f"{cfg.name} does not fit {n_chips} x {hw.name} at seq {seq}: the weights alone take "
                f"{param_bytes / 1e9:.1f} GB of {n_chips * hw.hbm_bytes / 1e9:.1f} GB HBM; use more "
                "chips, smaller dtypes, a shorter seq, or give --batch"
            )
        batch = max_batch
    batch = _positive("batch", batch)
    kv_bytes = batch * seq * kv_per_token
    total_bytes = param_bytes + kv_bytes
    critical_batch = peak / hbm_bw * DTYPE_BYTES[weights] / 2

    kv_s = kv_bytes / (n_chips * hbm_bw)
    flops_s = 2 * batch * params / (n_chips * peak)
    param_s = param_bytes / (n_chips * hbm_bw)
    step_s = kv_s + max(flops_s, param_s)
    y_max = cfg.d_ff * model_axes / (peak / hw.ici_bytes_per_s)
    mp_limit = max(y_max, cfg.d_ff / (8 * batch)) if batch < critical_batch else y_max
    prefill_s = 2 * params * prefill / (n_chips * peak * mfu_used) if prefill else None
    activations = batch * cfg.d_model * DTYPE_BYTES[compute]
    ici_s = 2 * cfg.layers * 2 * activations * (tp - 1) / tp / hw.ici_bytes_per_s if tp > 1 else 0.0

    result = {
        "model": cfg.name, "chip": hw.name, "chip_source": hw.source, "chips": n_chips,
        "topology": topology, "batch": batch, "batch_is_max": batch == max_batch, "seq": seq,
        "weights": weights, "kv": kv, "compute": compute, "model_axes": model_axes,
        "decode_len": decode_len, "prefill": prefill, "mfu": mfu_used, "params": params,
        "peak_flops_per_s": peak, "hbm_bytes_per_s": hbm_bw, "hbm_bytes_per_chip": hw.hbm_bytes,
        "ici_bytes_per_s": hw.ici_bytes_per_s,
        "kv_bytes_per_token": kv_per_token, "kv_bytes": kv_bytes, "param_bytes": param_bytes,
        "total_bytes": total_bytes, "min_chips": _next_pow2(total_bytes / hw.hbm_bytes),
        "max_batch": max_batch, "fits": max_batch is None or batch <= max_batch,
        "critical_batch": critical_batch,
        "kv_s": kv_s, "param_s": param_s, "flops_s": flops_s, "step_s": step_s,
        "mlp_bound": "compute" if flops_s > param_s else "hbm",
        "tokens_per_s": batch / step_s, "tokens_per_s_per_chip": batch / (step_s * n_chips),
        "qps_per_chip": batch / (step_s * decode_len * n_chips) if decode_len else None,
        "prefill_s": prefill_s,
        "sequences_per_step": batch / decode_len if decode_len else None,
        "evicted_tokens_per_step": (
            batch * (prefill + decode_len) / decode_len if prefill is not None and decode_len else None
        ),
        "prefill_to_generate_ratio": (
            batch * prefill_s / (step_s * decode_len) if prefill_s is not None and decode_len else None
        ),
        "max_model_parallelism": mp_limit,
        "train_tokens": batch * seq,
        "train_step_s": 6 * params * batch * seq / (n_chips * peak * mfu_used),
        "tp": tp, "ici_s": ici_s,
    }  # fmt: skip
    return result if efficiency is None else result | _calibrated(result, Efficiency.of(efficiency))


def _calibrated(result: dict[str, Any], eff: Efficiency) -> dict[str, Any]:
    """The ``calibrated_*`` keys: the theory's terms at measured efficiencies (module docstring)."""
    step = calibrated_step_s(step_terms(result, "decode"), eff)
    one = result | {"batch": 1, "ici_s": result["ici_s"] / result["batch"]}  # prefill of one sequence
    return {
        "efficiency": eff.to_dict(),
        "calibrated_step_s": step,
        "calibrated_tokens_per_s": result["batch"] / step,
        "calibrated_tokens_per_s_per_chip": result["batch"] / (step * result["chips"]),
        "calibrated_prefill_s": calibrated_step_s(step_terms(one, "prefill"), eff)
        if result["prefill"]
        else None,
        "calibrated_train_step_s": calibrated_step_s(step_terms(result, "train"), eff),
    }


def parse_sweep(spec: str) -> tuple[str, list[int]]:
    """ "batch=1:512" -> ("batch", [1, 2, 4, ..., 512]) (doubling from the low end, the high end
    included); "batch=1,8,64" -> the listed values. Sweepable: batch, seq, chips, prefill, decode_len."""
    name, sep, values = spec.partition("=")
    name = name.strip().replace("-", "_")
    if not sep or name not in ("batch", "seq", "chips", "prefill", "decode_len"):
        raise PerfdiffError(
            f"sweep {spec!r}: use NAME=LO:HI or NAME=A,B,C with NAME one of batch, seq, chips"
        )
    try:
        if ":" in values:
            lo, hi = (int(v) for v in values.split(":"))
            points = [lo * 2**i for i in range(64) if lo * 2**i < hi] + [hi]
        else:
            points = [int(v) for v in values.split(",") if v.strip()]
    except ValueError:
        raise PerfdiffError(f"sweep {spec!r}: values must be integers, e.g. batch=1:512") from None
    if not points or min(points) < 1 or (":" in values and lo > hi):
        raise PerfdiffError(f"sweep {spec!r}: values must be positive and LO <= HI")
    return name, points


def sweep(
    model: str | Mapping[str, Any] | ModelConfig,
    chip: str | Chip,
    *,
    over: str = "batch",
    values: Iterable[int] = (1, 2, 4, 8, 16, 32, 64, 128, 256, 512),
    **kwargs: Any,
) -> pd.DataFrame:
    """The latency/throughput frontier: one ``theory(...)`` row per value of ``over``.

    Columns: every key of ``theory`` (seconds, bytes, counts; see the module docstring); ``fits``
    says whether that row's KV cache and weights fit the chips' HBM.
    """
    import pandas as pd

    hw = get_chip(chip)  # resolve once: "cpu" may measure
    return pd.DataFrame([theory(model, hw, **(kwargs | {over: value})) for value in values])


STEP_KINDS = ("train", "decode", "prefill")


def step_theory_for_card(
    card: Mapping[str, Any], chip: Chip, efficiency: Efficiency | Mapping[str, Any] | None = None
) -> dict[str, Any] | None:
    """The theory for a captured step, from its run card; None when the card names no model shape
    or the step is not "train", "decode" or "prefill".

    Uses the card's ``model``, ``batch``, ``seq`` (decode: KV length; prefill: prompt length),
    ``dtypes`` and ``device_count`` (chips; a CPU host counts as one chip, since its measured roofline
    is the whole host's; the devices still split the model: ``tp``). Returns the flat ``theory`` dict
    plus ``step_kind``, ``theory_step_s`` (decode: ``step_s``; train: ``train_step_s`` at MFU 1;
    prefill: ``batch`` × ``prefill_s``), ``step_tokens`` (tokens the step makes or reads: batch,
    or batch × seq), ``terms`` (:func:`perfdiff.llm.calibration.step_terms`) and ``assumptions`` (what
    the parameter count assumed: ``models.assumptions``).
    """
    model, step, dtypes = card.get("model"), card.get("step"), card.get("dtypes")
    kind = step.get("kind") if isinstance(step, Mapping) else None
    if not isinstance(model, Mapping) or kind not in STEP_KINDS:
        return None
    if any(model.get(f) is None for f in SHAPE_FIELDS) or not card.get("batch") or not card.get("seq"):
        return None
    dtypes = dtypes if isinstance(dtypes, Mapping) else {}
    weights = dtypes.get("weights") or "bf16"
    counts = {name: card.get(name) for name in ("batch", "seq", "device_count")}
    try:  # the card is a file a user can edit: whole numbers, or a clear error
        batch, seq = int(counts["batch"]), int(counts["seq"])  # type: ignore[arg-type]
        devices = int(counts["device_count"] or 1)
    except (TypeError, ValueError, OverflowError):
        raise PerfdiffError(
            f"run card: batch, seq and device_count must be whole numbers, not {counts}"
        ) from None
    result = theory(
        model,
        chip,
        chips=1 if chip.kind == "cpu" else devices,
        batch=batch,
        seq=seq,
        weights=weights,
        kv=dtypes.get("kv") or weights,
        compute=dtypes.get("compute") or weights,
        params=model.get("params"),
        prefill=seq if kind == "prefill" else None,
        tp=devices,
        efficiency=efficiency,
    )
    step_s = {"train": result["train_step_s"], "decode": result["step_s"]}.get(kind)
    if kind == "prefill":
        step_s = batch * result["prefill_s"]
    terms = step_terms(result, kind)
    extra = {
        "step_kind": kind,
        "theory_step_s": step_s,
        "step_tokens": batch * (1 if kind == "decode" else seq),
    }
    if efficiency is not None:
        extra["calibrated_step_s"] = calibrated_step_s(terms, Efficiency.of(efficiency))
    return result | extra | {"terms": terms.to_dict(), "assumptions": assumptions(model)}
