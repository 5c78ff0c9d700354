"""Chips by name: the table's rows, any alias, and "cpu" (this host, measured once and cached)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from perfdiff.chips.cpu_roofline import cpu_chip
from perfdiff.chips.table import CHIPS, Chip, canonical_name, known_names
from perfdiff.errors import UnknownChipError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


def get_chip(name: str | Chip, *, refresh_cpu: bool = False) -> Chip:
    """The chip named ``name`` (any alias); "cpu" measures this host once and caches it.

    Raises UnknownChipError listing the known names.
    """
    if isinstance(name, Chip):
        return name
    canonical = canonical_name(str(name))
    if canonical == "cpu":
        return cpu_chip(refresh=refresh_cpu)
    if canonical is None:
        raise UnknownChipError(
            f"unknown chip {name!r}; known chips: {', '.join(known_names())} (see 'perfdiff chips')"
        )
    return CHIPS[canonical]


def chip_table(*, include_cpu: bool = False) -> pd.DataFrame:
    """The chip table, one row per chip.

    Columns: ``name``, ``kind``, ``peak_flops_per_s``, ``peak_int8_flops_per_s`` (FLOP/s),
    ``hbm_bytes`` (B), ``hbm_bytes_per_s``, ``ici_link_bytes_per_s``, ``ici_links``,
    ``ici_bytes_per_s`` (B/s, see ``Chip.ici_bytes_per_s``), ``ridge_flops_per_byte``, ``topology``,
    ``source``, ``notes``. ``include_cpu`` adds this host's measured row (measuring if not cached).
    """
    import pandas as pd

    chips = list(CHIPS.values()) + ([get_chip("cpu")] if include_cpu else [])
    return pd.DataFrame([chip.to_dict() for chip in chips])
