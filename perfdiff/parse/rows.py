"""Typed rows of the Profile tables, for code that walks them with ``itertuples``.

pandas types every field of an ``itertuples`` row as any scalar at all; these Protocols say what the
columns hold (see ``perfdiff.parse.profile`` for each table), so the code reading a row is checked.
They describe, never convert: the values are what pandas gives.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol, cast

import pandas as pd


class ModuleRow(Protocol):
    """A row of ``Profile.modules``."""

    host: str
    program_id: int
    module: str
    hlo_proto: bytes | None  # serialized xla.HloModuleProto; None when the trace has no HLO


class OpStatRow(Protocol):
    """A row of ``Profile.op_stats`` (TPU). Costs per execution, NaN where the trace has none."""

    host: str
    program_id: int
    op: str
    hlo_text: str
    flops: float  # [FLOPs]
    bytes_accessed: float  # [bytes]
    hbm_bytes: float  # [bytes]
    category: str
    source: str
    tf_op: str


def module_rows(modules: pd.DataFrame) -> Iterator[ModuleRow]:
    """The rows of a modules table (``itertuples(index=False)``)."""
    return cast(Iterator[ModuleRow], modules.itertuples(index=False))


def op_stat_rows(op_stats: pd.DataFrame) -> Iterator[OpStatRow]:
    """The rows of an op_stats table (``itertuples(index=False)``)."""
    return cast(Iterator[OpStatRow], op_stats.itertuples(index=False))
