"""The JSON schemas of the report and the diff, made from the column registries at run time.

``Report.from_dict`` checks a saved report against ``report_schema()`` (with ``json_shape``); the
tests check real reports and diffs against both with the ``jsonschema`` package. For people and other
tools: ``python -m perfdiff.report.schemas report`` (or ``diff``, ``sweep``) prints one.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from typing import Any

from perfdiff.report import diff_tables, sweep_tables, tables
from perfdiff.report.columns import Table

_DRAFT = "https://json-schema.org/draft/2020-12/schema"


def _document(table: Table, name: str) -> dict[str, Any]:
    return {
        "$schema": _DRAFT,
        "$id": f"https://perfdiff.invalid/schema/{name}-1.json",
        "title": table.doc,
        **table.schema(),
    }


@cache
def report_schema() -> dict[str, Any]:
    """The schema of ``Report.to_dict()`` (a saved ``perfdiff.report.json``). Do not modify it."""
    return _document(tables.REPORT, "report")


@cache
def diff_schema() -> dict[str, Any]:
    """The schema of ``Diff.to_dict()``. Do not modify it."""
    return _document(diff_tables.DIFF, "diff")


@cache
def sweep_schema() -> dict[str, Any]:
    """The schema of ``sweep.json`` (``perfdiff sweep``). Do not modify it."""
    return _document(sweep_tables.SWEEP, "sweep")


if __name__ == "__main__":
    which = {"report": report_schema, "diff": diff_schema, "sweep": sweep_schema}
    if len(sys.argv) != 2 or sys.argv[1] not in which:
        sys.exit("usage: python -m perfdiff.report.schemas report|diff|sweep")
    json.dump(which[sys.argv[1]](), sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")
