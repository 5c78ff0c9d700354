"""``perfdiff/units.py`` writes every shared test value as ``tests/data/format_cases.json`` says; the
plugin's ``static/format.js`` is held to the same file in a real Chromium (test_plugin_browser.py)."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from perfdiff import units
from perfdiff.report.columns import KINDS
from perfdiff.report.display import TABLES

CASES = json.loads((Path(__file__).parent / "data" / "format_cases.json").read_text(encoding="utf-8"))


def value(case: dict[str, Any]) -> Any:
    """The case's value; JSON has no NaN or infinity, so they are written as strings."""
    return {"NaN": math.nan, "Infinity": math.inf}.get(case["value"], case["value"])


@pytest.mark.parametrize("case", CASES, ids=[f"{c['kind']}:{c['value']}" for c in CASES])
def test_units_writes_the_shared_cases(case: dict[str, Any]) -> None:
    assert units.show(value(case), case["kind"], case.get("unit", "")) == case["text"]


def test_the_cases_cover_every_display_kind_and_every_kind_is_used() -> None:
    assert {c["kind"] for c in CASES} == set(KINDS)
    used = {column.kind for table in TABLES.values() for column in table}
    assert used <= set(KINDS)


def test_a_cell_formats_by_its_column() -> None:
    from perfdiff.report.tables import OPS

    assert units.cell(3.36e11, OPS["achieved_flops_per_s"]) == "336 GFLOP/s"
    assert units.cell(0.0042, OPS["share_of_step"]) == "0.4 %"
    assert units.cell(None, OPS["measured_per_step_s"]) == units.DASH
