"""Human units for the renderers (the only place numbers get units and rounding).

Inputs are SI: seconds, bytes, FLOPs, FLOP/s, bytes/s, fractions. Decimal prefixes throughout
(1 GB = 1e9 B), as the chip data sheets use.
"""

from __future__ import annotations

import math
from pathlib import PurePath

DASH = "–"
_PREFIXES = ((1e15, "P"), (1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k"), (1.0, ""))
_TIME_UNITS = ((1.0, "s"), (1e-3, "ms"), (1e-6, "µs"), (1e-9, "ns"))


def _finite(value: float | None) -> bool:
    return value is not None and isinstance(value, int | float) and math.isfinite(value)


def _digits(value: float) -> str:
    """Three significant digits, no exponent: 123, 12.3, 1.23, 0.123."""
    magnitude = abs(value)
    if magnitude >= 100 or magnitude == 0:
        return f"{value:.0f}"
    if magnitude >= 10:
        return f"{value:.1f}"
    if magnitude >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def seconds(value: float | None, signed: bool = False) -> str:
    """1.23 ms, 456 µs, 2.10 s; ``signed`` adds + to positive values."""
    if not _finite(value):
        return DASH
    assert value is not None
    sign = "+" if signed and value > 0 else ""
    magnitude = abs(value)
    if magnitude == 0:
        return "0"
    for scale, unit in _TIME_UNITS:
        if magnitude >= scale * 0.9995:
            return f"{sign}{_digits(value / scale)} {unit}"
    return f"{sign}{_digits(value / 1e-9)} ns"


def si(value: float | None, unit: str) -> str:
    """A quantity with a decimal prefix: si(3.36e11, "FLOP/s") -> "336 GFLOP/s"."""
    if not _finite(value):
        return DASH
    assert value is not None
    magnitude = abs(value)
    for scale, prefix in _PREFIXES:
        if magnitude >= scale * 0.9995:
            return f"{_digits(value / scale)} {prefix}{unit}"
    return f"{_digits(value)} {unit}"


def percent(fraction: float | None, signed: bool = False) -> str:
    """0.123 -> "12 %", 0.0042 -> "0.4 %"; ``signed`` adds + to positive values."""
    if not _finite(fraction):
        return DASH
    assert fraction is not None
    value = fraction * 100
    sign = "+" if signed and value > 0 else ""
    if abs(value) >= 9.95 or value == 0:
        return f"{sign}{value:.0f} %"
    return f"{sign}{value:.1f} %"


def ratio(value: float | None) -> str:
    """A multiplier: 4.0×, 1.25×."""
    if not _finite(value):
        return DASH
    assert value is not None
    return f"{value:.1f}×" if abs(value) >= 10 else f"{value:.2f}×"


def number(value: float | None) -> str:
    """A plain count or rate with 3 significant digits (integers stay whole)."""
    if not _finite(value):
        return DASH
    assert value is not None
    if float(value).is_integer() and abs(value) < 1e6:
        return str(int(value))
    return _digits(value)


def short_source(source: str | None, parts: int = 2) -> str:
    """The last ``parts`` path components of "file:line" ("examples/llama.py:146")."""
    if not source:
        return ""
    path, _, line = source.rpartition(":")
    if not path or not line.isdigit():
        path, line = source, ""
    tail = "/".join(PurePath(path).parts[-parts:])
    return f"{tail}:{line}" if line else tail
