"""Plain-JSON values from the report's tables: what ``json.dumps(..., allow_nan=False)`` accepts."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd


def nan_if_none(value: Any) -> Any:
    """JSON's null back to NaN (a number the report does not know)."""
    return math.nan if value is None else value


def to_jsonable(value: Any) -> Any:
    """JSON-ready: NaN/inf -> None, numpy scalars -> Python."""
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is pd.NA or value is pd.NaT:
        return None
    return value
