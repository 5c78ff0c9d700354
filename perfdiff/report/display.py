"""What every renderer reads, as one JSON-ready dict: bound names, labels and colours, the number
formats, and the label, display kind and doc of every column of every table.

The TensorBoard plugin serves it at ``/vocabulary`` and its ES modules read it at start; the CLI reads
the same objects (``report.vocabulary``, ``report.tables``, ``report.diff_tables``) directly.
"""

from __future__ import annotations

from typing import Any

from perfdiff.report import advice_tables, diff_tables, sweep_tables, tables
from perfdiff.report.vocabulary import BOUND_STYLES, OTHER_COLOUR, TOPOLOGY, Bound
from perfdiff.units import FORMATS

TABLES = {
    "report.ops": tables.OPS,
    "report.steps": tables.STEPS,
    "report.summary": tables.SUMMARY,
    "report.chip": tables.CHIP,
    "report.advice": advice_tables.ADVICE,
    "diff.ops": diff_tables.OPS,
    "diff.summary": diff_tables.SUMMARY,
    "diff.by_source": diff_tables.SOURCES,
    "sweep.points": sweep_tables.POINTS,
}


def vocabulary() -> dict[str, Any]:
    """The dict the plugin's ``/vocabulary`` route answers with."""
    return {
        "bounds": [{"name": b.value, **BOUND_STYLES[b]} for b in Bound],
        "topology": TOPOLOGY,
        "other_colour": OTHER_COLOUR,
        "formats": FORMATS,
        "tables": {name: table.display() for name, table in TABLES.items()},
    }
