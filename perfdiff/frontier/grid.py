"""The grid of a sweep: its axes, their values, and the points they span.

A point is one configuration: the step ``kind`` and its ``batch``, ``seq``, ``devices``, ``weights``
and ``kv``. Its ``name`` (``decode-b4-s128-d2-int8-f32``) names its run folder and its result file, so
a re-run of the same sweep finds what is done. ``perfdiff sweep --batch 1,4,16 --devices 1,2 --weights
f32,int8`` spans every combination, in that order (the last axis varies fastest).
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from perfdiff.errors import PerfdiffError

AXES = ("batch", "seq", "devices", "weights", "kv")
KINDS = ("decode", "prefill", "train")
DTYPES = ("f32", "bf16", "int8")
_DTYPE_ALIASES = {"float32": "f32", "fp32": "f32", "bfloat16": "bf16", "s8": "int8"}
MAX_POINTS = 4096


@dataclass(frozen=True)
class Point:
    """One configuration of the grid (counts are positive integers; dtypes f32, bf16 or int8)."""

    kind: str
    batch: int
    seq: int
    devices: int
    weights: str
    kv: str

    @property
    def name(self) -> str:
        """``<kind>-b<batch>-s<seq>-d<devices>-<weights>-<kv>``: a run folder's name."""
        return f"{self.kind}-b{self.batch}-s{self.seq}-d{self.devices}-{self.weights}-{self.kv}"

    @property
    def tokens_per_sequence(self) -> int:
        """Tokens each sequence gets per step: 1 when decoding, the whole sequence otherwise."""
        return 1 if self.kind == "decode" else self.seq

    def to_dict(self) -> dict[str, Any]:
        """What a factory receives: kind, batch, seq, devices, weights, kv."""
        return dataclasses.asdict(self)


def int_list(text: str | int | list[int], axis: str) -> list[int]:
    """ "1,4,16" (or an int, or a list) -> [1, 4, 16]; positive, no repeats."""
    items = text if isinstance(text, list) else [text] if isinstance(text, int) else str(text).split(",")
    values = []
    for item in items:
        try:
            value = int(str(item).strip())
        except ValueError:
            raise PerfdiffError(f"--{axis} {text!r}: values must be whole numbers, e.g. 1,4,16") from None
        if value < 1:
            raise PerfdiffError(f"--{axis} {text!r}: values must be positive")
        values.append(value)
    return _unique(values, axis)


def dtype_list(text: str | list[str], axis: str) -> list[str]:
    """ "f32,int8" -> ["f32", "int8"] (bfloat16 -> bf16 …); each one of ``DTYPES``."""
    items = text if isinstance(text, list) else str(text).split(",")
    values = []
    for item in items:
        name = str(item).strip().lower()
        name = _DTYPE_ALIASES.get(name, name)
        if name not in DTYPES:
            raise PerfdiffError(f"--{axis} {text!r}: {item!r} is not one of {', '.join(DTYPES)}")
        values.append(name)
    return _unique(values, axis)


def _unique(values: list[Any], axis: str) -> list[Any]:
    if not values:
        raise PerfdiffError(f"--{axis}: give at least one value")
    if len(set(values)) != len(values):
        raise PerfdiffError(f"--{axis} {values}: a value repeats")
    return values


def default_seq(kind: str) -> int:
    """The bundled example's sequence length per kind (decode: the KV-cache length)."""
    return {"decode": 128, "prefill": 64, "train": 64}[kind]


@dataclass(frozen=True)
class Grid:
    """The axes' values; ``points()`` spans them."""

    kind: str
    batch: tuple[int, ...]
    seq: tuple[int, ...]
    devices: tuple[int, ...]
    weights: tuple[str, ...]
    kv: tuple[str, ...]

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise PerfdiffError(f"unknown step kind {self.kind!r}: use one of {', '.join(KINDS)}")
        if self.size > MAX_POINTS:
            raise PerfdiffError(f"the grid has {self.size} points; at most {MAX_POINTS}")

    @classmethod
    def parse(
        cls,
        kind: str = "decode",
        *,
        batch: Any = "1",
        seq: Any = None,
        devices: Any = "1",
        weights: Any = "f32",
        kv: Any = "f32",
    ) -> Grid:
        """A grid from comma-separated lists (or lists); ``seq`` defaults per kind."""
        if kind not in KINDS:
            raise PerfdiffError(f"unknown step kind {kind!r}: use one of {', '.join(KINDS)}")
        return cls(
            kind,
            tuple(int_list(batch, "batch")),
            tuple(int_list(default_seq(kind) if seq is None else seq, "seq")),
            tuple(int_list(devices, "devices")),
            tuple(dtype_list(weights, "weights")),
            tuple(dtype_list(kv, "kv")),
        )

    @property
    def size(self) -> int:
        return len(self.batch) * len(self.seq) * len(self.devices) * len(self.weights) * len(self.kv)

    def axes(self) -> dict[str, list[Any]]:
        """{axis: values} in grid order."""
        return {axis: list(getattr(self, axis)) for axis in AXES}

    def points(self) -> Iterator[Point]:
        for values in itertools.product(*(getattr(self, axis) for axis in AXES)):
            yield Point(self.kind, *values)

    def extended(self, axis: str, values: str | list[Any]) -> Grid:
        """This grid with ``values`` added to ``axis`` (the --predict points)."""
        if axis not in AXES:
            raise PerfdiffError(f"--predict {axis}: the axis must be one of {', '.join(AXES)}")
        parse = dtype_list if axis in ("weights", "kv") else int_list
        known = getattr(self, axis)
        added = [v for v in parse(values, axis) if v not in known]
        changes: dict[str, Any] = {axis: (*known, *added)}
        return dataclasses.replace(self, **changes)


def parse_predict(spec: str) -> tuple[str, str]:
    """ "batch=64,256" -> ("batch", "64,256")."""
    axis, sep, values = spec.partition("=")
    if not sep or not values.strip():
        raise PerfdiffError(f"--predict {spec!r}: use AXIS=V1,V2 (e.g. batch=64,256)")
    return axis.strip(), values
