"""Honest unknowns: op time without a usable price is never priced at 0.

A profile whose ops are all unpriced reports its theory and efficiency as unknown (NaN; null in JSON;
the dash in views) and says that all op time is unpriced; a partially priced one shows the priced
part's theory with its coverage, never as the whole step's.

The traces are real MI300X JAX traces with the HLO of some modules taken out of their ``/host:metadata``
plane (a module compiled before the profiler started has none): their ops are then in no HLO perfdiff
can price, the "op missing from the HLO" case.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from example_captures import run_cli

import perfdiff
from perfdiff.report.vocabulary import Bound, bound_label
from perfdiff.report.words import unpriced_words
from perfdiff.xplane import xplane_pb2

WORD = bound_label(Bound.UNPRICED)


def without_hlo(source: Path, target: Path, programs: set[int] | None = None) -> Path:
    """``source`` without the embedded HLO of ``programs`` (every module when None)."""
    space = xplane_pb2.XSpace.FromString(source.read_bytes())
    for plane in space.planes:
        if plane.name == "/host:metadata":
            for key in [k for k, meta in plane.event_metadata.items() if programs is None or k in programs]:
                del plane.event_metadata[key]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(space.SerializeToString())
    return target


def header_line(text: str, label: str) -> str:
    """The report header line ``label`` of the CLI's text, with its wrapped continuation lines."""
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(label + " "))
    rest = [line.strip() for line in lines[at + 1 :]]
    more = next((i for i, line in enumerate(lines[at + 1 :]) if not line.startswith(" ")), len(rest))
    return " ".join([lines[at], *rest[:more]])


@pytest.fixture(scope="module")
def all_unpriced(traces: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("unpriced") / "run" / "host.xplane.pb"
    return without_hlo(traces / "amd-mi300x/jax08_elementwise.xplane.pb", target)


@pytest.fixture(scope="module")
def gemm_unpriced(traces: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The GEMM trace without the HLO of program 21 (jit_dot, one hipBLASLt GEMM: custom-call.1)."""
    target = tmp_path_factory.mktemp("half") / "run" / "host.xplane.pb"
    return without_hlo(traces / "amd-mi300x/jax08_gemm.xplane.pb", target, {21})


def test_all_unpriced_is_unknown_not_zero(all_unpriced: Path) -> None:
    report = perfdiff.analyze(all_unpriced)
    s = report.summary
    assert (report.ops["bound"] == Bound.UNPRICED).all() and s["steps"] > 1  # steps still inferred
    assert s["unpriced_share"] == 1.0
    for name in ("efficiency", "theory_step_s", "op_theory_s"):
        assert s[name] != s[name], name  # NaN
    assert report.steps["theory_s"].isna().all() and report.steps["bound_s"].isna().all()
    assert (report.steps["unpriced_share"] == 1.0).all()
    data = json.loads(report.to_json())
    assert data["summary"]["efficiency"] is None and data["summary"]["theory_step_s"] is None
    assert all(step["theory_s"] is None for step in data["steps"])


def test_all_unpriced_reads_unknown_in_the_cli(all_unpriced: Path) -> None:
    done = run_cli(all_unpriced, "--no-save")
    assert done.returncode == 0, done.stderr
    theory = header_line(done.stdout, "theory")
    assert theory.split(maxsplit=1)[1] == f"unknown: all op time is {WORD} (no usable price)"
    assert "0/step" not in done.stdout and "efficiency unknown" in header_line(done.stdout, "time")
    data = json.loads(run_cli(all_unpriced, "--no-save", "--format", "json").stdout)
    assert data["summary"]["efficiency"] is None and data["summary"]["unpriced_share"] == 1.0


def test_partly_priced_theory_covers_the_priced_part(gemm_unpriced: Path) -> None:
    report = perfdiff.analyze(gemm_unpriced, step="whole")
    ops = report.ops
    unpriced = ops[ops["bound"] == Bound.UNPRICED]
    assert set(unpriced["op"]) == {"custom-call.1"} and (unpriced["program_id"] == 21).all()
    priced = ops[ops["theory_s"].notna()]
    assert len(priced) + len(unpriced) == len(ops)  # (no suspect in this trace)
    s, step = report.summary, report.steps.iloc[0]
    share = unpriced["measured_s"].sum() / ops["measured_s"].sum()
    assert 0 < share < 1 and s["unpriced_share"] == pytest.approx(share) == step["unpriced_share"]
    # The theory is the priced ops' alone, and the efficiency compares it with their time only.
    assert step["theory_s"] == pytest.approx(priced["theory_s"].sum())
    assert s["efficiency"] == pytest.approx(priced["theory_s"].sum() / priced["measured_s"].sum())
    assert s["efficiency"] == pytest.approx(
        s["op_theory_s"] / (s["op_measured_s"] * (1 - s["unpriced_share"]))
    )
    done = run_cli(gemm_unpriced, "--no-save", "--step", "whole")
    theory = header_line(done.stdout, "theory")
    assert f"for the priced {unpriced_words(s).split('priced ')[1]}" in theory
    assert f"% {WORD})" in theory and "the step takes" not in theory  # a part's bound is not the step's


def test_words_name_what_is_left_out() -> None:
    by_bound = {"unpriced": 0.2, "suspect": 0.1, "hbm": 0.7}
    summary = {"unpriced_share": 0.3, "time_by_bound_s": by_bound}
    assert unpriced_words(summary) == f"for the priced 70 % of op time (30 % {WORD} or suspect)"
    assert unpriced_words({"unpriced_share": 0.0}) == "" and unpriced_words({"unpriced_share": None}) == ""
