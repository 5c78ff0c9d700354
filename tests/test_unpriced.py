"""Honest unknowns: op time without a cost model is never priced at 0.

A profile whose ops are all unpriced reports its theory and efficiency as unknown (NaN; null in JSON;
the dash in views) and says that all op time is unpriced; a partially priced one shows the priced
part's theory with its coverage, never as the whole step's.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
import xspace_builder as xb
from example_captures import run_cli

import perfdiff
from perfdiff.report.vocabulary import Bound, bound_label

OPAQUE = '%custom-call.1 = f32[1024]{0} custom-call(f32[1024]{0} %p), custom_call_target="opaque_kernel"'
ADD = "%add.2 = f32[1024]{0} add(f32[1024]{0} %a, f32[1024]{0} %b)"
ADD_BYTES = 3 * 4096  # two operands and the result, f32[1024]


def header_line(text: str, label: str) -> str:
    """The report header line ``label`` of the CLI's text, with its wrapped continuation lines."""
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(label + " "))
    rest = [line.strip() for line in lines[at + 1 :]]
    more = next((i for i, line in enumerate(lines[at + 1 :]) if not line.startswith(" ")), len(rest))
    return " ".join([lines[at], *rest[:more]])


def _tpu_trace(path: Path, *, priced_op: bool) -> Path:
    """Three executions of one module on a TPU: an opaque custom call (no cost stats: unpriced), and
    with ``priced_op`` an add whose trace stats price it."""
    space = xb.new_space()
    tpu = xb.tpu_device(space)
    modules, ops = tpu.line("XLA Modules"), tpu.line("XLA Ops")
    for i in range(3):
        start = 1000 + i * 20_000
        xb.tpu_module_run(tpu, modules, "jit_kernel", 7, start, 12_000)
        xb.tpu_op(tpu, ops, "custom-call.1", OPAQUE, 7, start + 100, 6000)
        if priced_op:
            costs = {"flops": 1024.0, "bytes_accessed": float(ADD_BYTES)}
            xb.tpu_op(tpu, ops, "add.2", ADD, 7, start + 7000, 2000, **costs)
    return xb.write(space, path / "run" / "host.xplane.pb")


@pytest.fixture(scope="module")
def all_unpriced(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _tpu_trace(tmp_path_factory.mktemp("unpriced"), priced_op=False)


@pytest.fixture(scope="module")
def half_priced(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _tpu_trace(tmp_path_factory.mktemp("half"), priced_op=True)


def test_all_unpriced_is_unknown_not_zero(all_unpriced: Path) -> None:
    report = perfdiff.analyze(all_unpriced)
    s = report.summary
    assert s["unpriced_share"] == 1.0
    for name in ("efficiency", "theory_step_s", "op_theory_s"):
        assert math.isnan(s[name]), name
    assert report.steps["theory_s"].isna().all() and report.steps["bound_s"].isna().all()
    assert (report.steps["unpriced_share"] == 1.0).all()
    data = json.loads(report.to_json())
    assert data["summary"]["efficiency"] is None and data["summary"]["theory_step_s"] is None
    assert all(step["theory_s"] is None for step in data["steps"])


def test_all_unpriced_reads_unknown_in_the_cli(all_unpriced: Path) -> None:
    done = run_cli(all_unpriced, "--no-save")
    assert done.returncode == 0, done.stderr
    theory = header_line(done.stdout, "theory")
    assert "unknown" in theory and f"all op time is {bound_label(Bound.UNKNOWN)}" in theory
    assert "0/step" not in done.stdout and "0.0 %" not in done.stdout
    assert "efficiency unknown" in done.stdout
    data = json.loads(run_cli(all_unpriced, "--no-save", "--format", "json").stdout)
    assert data["summary"]["efficiency"] is None and data["summary"]["unpriced_share"] == 1.0


def test_partly_priced_theory_covers_the_priced_part(half_priced: Path) -> None:
    report = perfdiff.analyze(half_priced)
    chip = report.chip
    ops = report.ops.set_index("op")
    assert ops.loc["custom-call.1", "bound"] == Bound.UNKNOWN and ops.loc["add.2", "bound"] == "hbm"
    # Per step: the add's 2 µs is priced, the custom call's 6 µs is not.
    step = report.steps.iloc[0]
    assert step["unpriced_share"] == pytest.approx(6 / 8)
    assert step["theory_s"] == pytest.approx(ADD_BYTES / chip.hbm_bytes_per_s)
    s = report.summary
    assert s["unpriced_share"] == pytest.approx(6 / 8)
    # Efficiency compares the priced theory with the priced time (2 µs), not with all 8 µs of op time.
    priced = s["op_measured_s"] * (1 - s["unpriced_share"])
    assert s["efficiency"] == pytest.approx(s["op_theory_s"] / priced)
    assert s["efficiency"] == pytest.approx(ADD_BYTES / chip.hbm_bytes_per_s / 2e-6)
    theory = header_line(run_cli(half_priced, "--no-save").stdout, "theory")
    assert f"for the priced 25 % of op time (75 % {bound_label(Bound.UNKNOWN)})" in theory
    assert "the step takes" not in theory  # a part's bound is not the step's


def test_real_gpu_trace_with_opaque_kernels(traces: Path) -> None:
    # TransformerEngine's fused attention is a custom call XLA cannot price: about half the op time.
    report = perfdiff.analyze(traces / "amd-mi355x/te_fused_attn.xplane.pb")
    s = report.summary
    unknown = report.ops[report.ops["bound"] == Bound.UNKNOWN]
    assert len(unknown) and 0 < s["unpriced_share"] < 1
    per_step = float(unknown["measured_per_step_s"].sum())
    assert s["unpriced_share"] == pytest.approx(per_step / s["op_measured_s"], rel=1e-6)
    priced = s["op_measured_s"] * (1 - s["unpriced_share"])
    assert s["efficiency"] == pytest.approx(s["op_theory_s"] / priced)
    assert 0 < s["efficiency"] <= 1
