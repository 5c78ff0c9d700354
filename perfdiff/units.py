"""Human units for the renderers (the only place numbers get units and rounding): the CLI's tables
(``cli/units.py`` re-exports these), the charts of ``cli/plot.py`` and ``frontier/plot.py``, and the
diff's sentences (``compare/sentences.py``: written once, shown as they are by every view).

Inputs are SI: seconds, bytes, FLOPs, FLOP/s, bytes/s, fractions. The spellings (dash, signs, units,
prefixes) are ``FORMATS`` below; ``tensorboard/static/format.js`` implements the same
rules, and ``tests/data/format_cases.json`` holds both to the same text.

Rounding is half away from zero on the exact binary value (what JavaScript's ``toFixed`` does), so a
figure reads the same in the terminal and in the browser. A figure keeps ``digits`` significant digits
(3 unless asked), and moves to the next larger unit when rounding would give it one digit more
("999.96 ms" is "1.00 s").
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from pathlib import PurePath
from typing import Any, Protocol, TypeGuard

# How numbers are written (perfdiff/units.py and static/format.js implement the rules; the spellings are
# these). Decimal prefixes throughout (1 GB = 1e9 B), as the chip data sheets use.
FORMATS: dict[str, Any] = {
    "dash": "—",  # a value the report does not know (NaN, null)
    "minus": "−",  # U+2212, the sign of negative numbers
    "plus": "+",  # the sign of positive changes (delta kinds)
    "digits": 3,  # significant digits of every measured figure
    "time_units": [[1.0, "s"], [1e-3, "ms"], [1e-6, "µs"], [1e-9, "ns"], [1e-12, "ps"]],
    "prefixes": [[1e15, "P"], [1e12, "T"], [1e9, "G"], [1e6, "M"], [1e3, "k"]],
    "percent": " %",  # after the number: "12 %"; one decimal below 10 %, and "<0.1 %" below that
    "times": "×",  # after a ratio: "4.00×"
    "group": ",",  # thousands separator of whole counts: "12,345"
}

DASH: str = FORMATS["dash"]
_DIGITS: int = FORMATS["digits"]
_TIME_UNITS = [(float(scale), str(unit)) for scale, unit in FORMATS["time_units"]]
_PREFIXES = [(float(scale), str(prefix)) for scale, prefix in FORMATS["prefixes"]] + [(1.0, "")]


def _finite(value: Any) -> TypeGuard[float]:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _fixed(magnitude: float, decimals: int) -> str:
    """``magnitude`` (≥ 0) with ``decimals`` decimals, ties away from zero on the exact value."""
    step = Decimal(1).scaleb(-decimals)
    return f"{Decimal(magnitude).quantize(step, rounding=ROUND_HALF_UP):f}"


def _significant(text: str) -> int:
    return len(text.replace(".", "").lstrip("0")) or 1


def _sig(magnitude: float, digits: int) -> str:
    """``magnitude`` (≥ 0) to ``digits`` significant digits, no exponent: 123, 12.3, 1.23, 0.123."""
    exponent = 0
    if magnitude >= 1:
        while magnitude >= 10 ** (exponent + 1):
            exponent += 1
    else:
        while magnitude * 10 ** (-exponent) < 1 and exponent > -300:
            exponent -= 1
    decimals = max(digits - 1 - exponent, 0)
    text = _fixed(magnitude, decimals)
    if decimals > 0 and _significant(text) > digits:  # rounding carried into a new digit: 9.996 -> 10.0
        text = _fixed(magnitude, decimals - 1)
    return text


def _scaled(magnitude: float, units: list[tuple[float, str]], digits: int) -> tuple[str, str]:
    """``magnitude`` in the largest unit it reaches 1 in (units: largest first), rounded."""
    index = next((i for i, (scale, _) in enumerate(units) if magnitude / scale >= 1), len(units) - 1)
    text = _sig(magnitude / units[index][0], digits)
    if index > 0 and len(text.split(".")[0]) > digits:  # rounded up to 1000 of its unit: next unit
        index -= 1
        text = _sig(magnitude / units[index][0], digits)
    return text, units[index][1]


def _sign(value: float, signed: bool) -> str:
    if value < 0:
        return str(FORMATS["minus"])
    return str(FORMATS["plus"]) if signed and value > 0 else ""


def seconds(value: float | None, signed: bool = False, digits: int = _DIGITS) -> str:
    """1.23 ms, 456 µs, 2.10 s; ``signed`` adds + to positive values."""
    if not _finite(value):
        return DASH
    if value == 0:
        return "0"
    text, unit = _scaled(abs(value), _TIME_UNITS, digits)
    return f"{_sign(value, signed)}{text} {unit}"


def si(value: float | None, unit: str = "", digits: int = _DIGITS) -> str:
    """A quantity with a decimal prefix: si(3.36e11, "FLOP/s") -> "336 GFLOP/s"."""
    if not _finite(value):
        return DASH
    if value == 0:
        return f"0 {unit}".rstrip()
    text, prefix = _scaled(abs(value), _PREFIXES, digits)
    return f"{_sign(value, False)}{text} {prefix}{unit}".rstrip()


def percent(fraction: float | None, signed: bool = False) -> str:
    """0.123 -> "12 %", 0.0042 -> "0.4 %", 0.0001 -> "<0.1 %"; ``signed`` adds + to positive values."""
    if not _finite(fraction):
        return DASH
    value = fraction * 100
    if value == 0:
        return f"0{FORMATS['percent']}"
    text = _fixed(abs(value), 1)
    if len(text.split(".")[0]) >= 2:
        text = _fixed(abs(value), 0)
    elif text == "0.0":
        text = "<0.1"
    return f"{_sign(value, signed)}{text}{FORMATS['percent']}"


def ratio(value: float | None) -> str:
    """A multiplier: 4.00×, 12.5×."""
    if not _finite(value):
        return DASH
    return f"{_sign(value, False)}{_sig(abs(value), _DIGITS)}{FORMATS['times']}"


def number(value: float | None, digits: int = _DIGITS) -> str:
    """A count or plain figure: whole numbers below a million as they are (12,345); others with
    ``digits`` significant digits, and a decimal prefix from a thousand up (1.23 k, 4.57 M)."""
    if not _finite(value):
        return DASH
    if value == 0:
        return "0"
    magnitude = abs(value)
    if float(value).is_integer() and magnitude < 1e6:
        text = f"{int(magnitude):,}".replace(",", FORMATS["group"])
    elif magnitude >= 1000:
        text = " ".join(_scaled(magnitude, _PREFIXES, digits))
    else:
        text = _sig(magnitude, digits)
    return f"{_sign(value, False)}{text}"


def short_source(source: str | None, parts: int = 2) -> str:
    """The last ``parts`` path components of "file:line" ("examples/llama.py:146")."""
    if not source:
        return ""
    path, _, line = source.rpartition(":")
    if not path or not line.isdigit():
        path, line = source, ""
    tail = "/".join(PurePath(path).parts[-parts:])
    return f"{tail}:{line}" if line else tail


_KINDS = {
    "seconds": lambda v, show: seconds(v),
    "delta_seconds": lambda v, show: seconds(v, signed=True),
    "percent": lambda v, show: percent(v),
    "delta_percent": lambda v, show: percent(v, signed=True),
    "si": si,
    "number": lambda v, show: number(v),
    "ratio": lambda v, show: ratio(v),
    "source": lambda v, show: short_source(v, parts=1),
    "text": lambda v, show: "" if v is None else str(v),
}


def show(value: Any, kind: str, unit: str = "") -> str:
    """``value`` as a display ``kind`` writes it (see ``report.columns``); ``unit`` for kind "si"."""
    return str(_KINDS[kind](value, unit))


class Shown(Protocol):
    """What ``cell`` reads of a column (``report.columns.Column``): its display kind and unit."""

    @property
    def kind(self) -> str: ...

    @property
    def show(self) -> str: ...


def cell(value: Any, column: Shown) -> str:
    """``value`` of ``column`` as its table cell."""
    return show(value, column.kind, column.show)
