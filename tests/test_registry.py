"""The column registries are the one source of truth: the tables analyze and diff make have exactly
their columns, real reports and diffs validate against the schemas made from them, the docstrings list
every column, the per-step columns are the totals per step and device, and the plugin is served the
same vocabulary the CLI reads."""

from __future__ import annotations

import dataclasses
import json
import re

import jsonschema
import numpy as np
import pytest
from real_traces import JAX, ids

import perfdiff
from perfdiff.chips.lookup import get_chip
from perfdiff.compare import diff as diff_module
from perfdiff.compare.match import LEVELS
from perfdiff.report import diff_tables, json_shape, tables
from perfdiff.report import report as report_module
from perfdiff.report.display import TABLES, vocabulary
from perfdiff.report.report import Report
from perfdiff.report.schemas import diff_schema, report_schema
from perfdiff.report.vocabulary import BOUND_STYLES, Bound, bound_label
from perfdiff.units import FORMATS

HEX = re.compile(r"^#[0-9a-f]{6}$")


@pytest.fixture(scope="module")
def reports(traces) -> dict[str, Report]:
    return {name: perfdiff.analyze(traces / name) for name in JAX}


@pytest.mark.parametrize("name", JAX, ids=ids(JAX))
def test_a_real_report_has_the_registered_columns_and_validates(
    reports: dict[str, Report], name: str
) -> None:
    report = reports[name]
    assert list(report.ops.columns) == tables.OPS.names
    assert [c for c in report.steps.columns if c != "model_theory_s"] == report_module.STEP_COLUMNS
    assert list(report.summary) == tables.SUMMARY.names
    data = json.loads(report.to_json())
    jsonschema.validate(data, report_schema())
    assert json_shape.problem(data, report_schema()) == ""
    assert Report.from_dict(data).to_dict() == data


@pytest.mark.parametrize("name", JAX, ids=ids(JAX))
def test_per_step_columns_are_the_totals_per_step_and_device(reports: dict[str, Report], name: str) -> None:
    report = reports[name]
    ops, steps = report.ops, max(len(report.steps), 1)
    per = steps * ops["devices"].to_numpy(float)
    for total, per_step in (("occurrences", "calls_per_step"), ("measured_s", "measured_per_step_s"),
                            ("theory_s", "theory_per_step_s"), ("gap_s", "gap_per_step_s")):  # fmt: skip
        np.testing.assert_allclose(
            ops[per_step].to_numpy(float) * per, ops[total].to_numpy(float), rtol=1e-12
        )
    assert (ops["measured_per_step_s"].dropna() >= 0).all()
    share = report.steps["bound_share"].to_numpy(float)
    np.testing.assert_allclose(share, report.steps["bound_s"] / report.steps["measured_s"], rtol=1e-12)


def test_a_real_diff_has_the_registered_columns_and_validates(reports: dict[str, Report]) -> None:
    base, new = (reports[f"amd-mi300x/jax_conv_minimal_{v}.xplane.pb"] for v in ("legacy", "08"))
    result = perfdiff.diff(base, new)
    assert list(result.ops.columns) == diff_tables.OPS.names
    assert list(result.summary) == diff_tables.SUMMARY.names
    assert list(result.by_source().columns) == diff_tables.SOURCES.names
    data = json.loads(result.to_json())
    jsonschema.validate(data, diff_schema())
    assert json_shape.problem(data, diff_schema()) == ""
    ops = result.ops
    paired = ops[ops["measured_base_s"] > 0]
    np.testing.assert_allclose(
        paired["measured_change"], paired["delta_measured_s"] / paired["measured_base_s"]
    )
    priced = ops[ops["theory_base_s"] > 0]
    np.testing.assert_allclose(priced["work_ratio"], priced["theory_new_s"] / priced["theory_base_s"])
    # The per-step columns of the reports are the diff's per-step figures.
    assert ops["calls_base"].sum() == pytest.approx(base.ops["calls_per_step"].sum())
    assert ops["measured_new_s"].sum() == pytest.approx(new.ops["measured_per_step_s"].sum())


def test_repricing_recomputes_the_per_step_columns(reports: dict[str, Report]) -> None:
    report = reports["amd-mi300x/jax08_gemm.xplane.pb"]
    slower = dataclasses.replace(report.chip, peak_flops_per_s=report.chip.peak_flops_per_s / 2)
    repriced = perfdiff.diff(report, report, chip=slower).base.ops
    per = max(len(report.steps), 1) * repriced["devices"]
    np.testing.assert_allclose(repriced["theory_per_step_s"] * per, repriced["theory_s"], rtol=1e-12)
    np.testing.assert_allclose(repriced["gap_per_step_s"] * per, repriced["gap_s"], rtol=1e-12)


def test_a_report_with_a_column_too_many_or_too_few_is_refused(reports: dict[str, Report]) -> None:
    data = json.loads(reports["tpu-v6e/tpu_inference_2.xplane.pb"].to_json())
    extra = json.loads(json.dumps(data))
    extra["ops"][0]["speedup"] = 2.0
    assert "unexpected speedup" in json_shape.problem(extra, report_schema())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(extra, report_schema())
    short = json.loads(json.dumps(data))
    del short["ops"][0]["calls_per_step"]
    assert "lacks calls_per_step" in json_shape.problem(short, report_schema())
    with pytest.raises(perfdiff.PerfdiffError, match="calls_per_step"):
        Report.from_dict(short)


def test_the_docstrings_list_every_column_with_its_unit() -> None:
    documented = [
        (Report.__doc__, [tables.OPS, tables.STEPS, tables.SUMMARY]),
        (report_module.__doc__, [tables.OPS, tables.STEPS, tables.SUMMARY]),
        (diff_module.Diff.__doc__, [diff_tables.OPS, diff_tables.SUMMARY]),
        (diff_module.__doc__, [diff_tables.OPS, diff_tables.SUMMARY, diff_tables.SOURCES]),
    ]
    for doc, registered in documented:
        for table in registered:
            for column in table:
                assert column.describe() in (doc or ""), (table.name, column.name)
    assert "(s): self time per step in the base run" in (diff_module.__doc__ or "")


def test_the_registries_agree_with_the_code_they_describe() -> None:
    assert tables.CHIP.names == list(get_chip("tpu-v5e").to_dict())
    assert tuple(level for level, *_ in LEVELS) == diff_tables.MATCHES
    assert tables.OPS["bound"].enum == tuple(b.value for b in Bound)
    assert tables.TIME_BY_BOUND.names == [b.value for b in Bound]
    assert diff_tables.OPS.names == diff_module.DIFF_COLUMNS
    for table in TABLES.values():
        for column in table:
            assert column.label or column.kind == "text", (table.name, column.name)
            assert column.kind != "si" or column.show, (table.name, column.name)


def test_every_bound_has_one_label_and_one_colour() -> None:
    assert set(BOUND_STYLES) == set(Bound)
    assert all(HEX.match(style["colour"]) for style in BOUND_STYLES.values())
    assert len({style["colour"] for style in BOUND_STYLES.values()}) == len(Bound)
    tpu, gpu = get_chip("tpu-v6e"), get_chip("h100")
    assert bound_label("ici", tpu.kind, tpu.topology) == "ICI"
    assert bound_label("ici", gpu.kind, gpu.topology) == gpu.topology != ""
    assert bound_label("ici", "gpu", "") == bound_label("ici", "cpu") == "interconnect"
    assert (bound_label("hbm", "cpu"), bound_label("hbm", tpu.kind)) == ("memory", "HBM")
    assert bound_label("faster-than-light") == "faster-than-light"  # a newer report's class


def test_the_vocabulary_is_plain_json_with_every_table() -> None:
    served = json.loads(json.dumps(vocabulary(), allow_nan=False))
    assert served["formats"] == json.loads(json.dumps(FORMATS))
    assert [b["name"] for b in served["bounds"]] == [b.value for b in Bound]
    for name, table in TABLES.items():
        assert list(served["tables"][name]) == table.names
        for column in table:
            shown = served["tables"][name][column.name]
            assert shown["label"] == column.heading and shown["kind"] == column.kind
            assert shown["title"] == column.describe() and shown["title"].startswith(column.name)
