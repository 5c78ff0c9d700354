"""Advice on real captures: each planted problem (tests/scripts/advice_runs.py) gets advice of its kind
on top, naming the ops that show it, with its evidence and a saving no larger than the step; the fixed
variant gets none of that kind; the real TPU and GPU traces get advice that their tables support; the
CLI shows the same items before its op table, and the JSON report carries them.

How close each predicted saving comes to what the fix saves is a timing comparison on a busy machine:
benchmarks/advice.py measures it (benchmarks/README.md, "advice"); these tests assert what does not
depend on timing.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from conftest import run_jax_script
from example_captures import run_cli

import perfdiff
from perfdiff import units
from perfdiff.advice import RULES
from perfdiff.report.advice_tables import KINDS
from perfdiff.report.json_shape import problem
from perfdiff.report.report import Report
from perfdiff.report.schemas import report_schema

CASES = ("donate", "jit", "batch", "callback", "allreduce")
FIXED = ("donate", "jit", "callback", "allreduce")  # batch's fix changes the batch: its critical batch
# is the measured CPU roofline's, so whether batch 4 is past it depends on the machine
TOP = {
    "donate": {"donate"},
    "jit": {"jit"},
    "batch": {"batch", "quantize"},  # quantize is not advised on a CPU (perfdiff/advice/serving.py)
    "callback": {"fusion"},
    "allreduce": {"overlap"},
}


@pytest.fixture(scope="session")
def planted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Report]]:
    """Each case's planted capture analysed (``planted``) and, for FIXED, the fixed one (``fixed``)."""
    logdir = tmp_path_factory.mktemp("advice")
    args = ("--steps", "4", "--repeats", "1", "--fixes", ",".join(FIXED))
    out = json.loads(
        run_jax_script("advice_runs.py", str(logdir), *args, devices=4, timeout=900).splitlines()[-1]
    )
    reports = {}
    for case in CASES:
        reports[case] = {"planted": perfdiff.analyze(out[case]["run_dir"])}
        if case in FIXED:
            reports[case]["fixed"] = perfdiff.analyze(out[case]["fixed_run_dir"])
    return reports


def check_items(report: Report) -> None:
    """What every advice list must satisfy: registered kinds, ops from the op table, numbers as
    evidence, a saving between 0 and the step, said in the message, ranked largest first."""
    step = report.summary["step_s_mean"]
    op_names = set(report.ops["op"].astype(str))
    for item in report.advice:
        assert item["kind"] in KINDS and item["confidence"] in ("high", "medium", "low")
        assert item["ops"] and set(item["ops"]) <= op_names, item
        assert item["evidence"], item
        for name, value in item["evidence"].items():
            assert isinstance(value, int | float) and math.isfinite(value), (name, value)
            if name.endswith(("_s", "_bytes")):
                assert value >= 0, (name, value)
        saving = item["saving_s"]
        if saving is None:
            assert item["kind"] == "cost_suspect" and item["share_of_step"] is None
        else:
            assert 0 <= saving <= step, item
            assert item["share_of_step"] == pytest.approx(saving / step)
            assert units.seconds(saving) in item["message"]
    savings = [item["saving_s"] for item in report.advice]
    timed = [s for s in savings if s is not None]
    assert timed == sorted(timed, reverse=True)
    assert savings[: len(timed)] == timed  # items without a saving come last
    assert problem(report.to_dict(), report_schema()) == ""


def test_rules_are_registered_and_their_kinds_are_the_schema_s() -> None:
    assert set(RULES) == {"donate", "jit", "host", "overlap", "callback", "round_trip", "layout", "overhead",
                          "batch", "quantize", "cost_suspect"}  # fmt: skip
    kinds = report_schema()["properties"]["advice"]["items"]["properties"]["kind"]["enum"]
    assert set(kinds) == set(KINDS) and "advice" in report_schema()["required"]


@pytest.mark.parametrize("case", CASES)
def test_the_planted_problem_is_the_top_advice(planted: dict, case: str) -> None:
    report = planted[case]["planted"]
    check_items(report)
    assert report.advice, f"{case}: no advice"
    assert report.advice[0]["kind"] in TOP[case], [(a["kind"], a["saving_s"]) for a in report.advice]


@pytest.mark.parametrize("case", FIXED)
def test_the_fixed_step_gets_no_advice_of_that_kind(planted: dict, case: str) -> None:
    report = planted[case]["fixed"]
    check_items(report)
    kinds = {item["kind"] for item in report.advice}
    if case == "callback":  # fusion advice may remain for other reasons; none about a callback
        callbacks = set(report.ops.loc[report.ops["signature"].str.contains("callback"), "op"])
        assert not callbacks and not any(set(a["ops"]) & callbacks for a in report.advice)
    else:
        assert not kinds & TOP[case], report.advice


def test_donate_names_the_cache_and_its_bytes(planted: dict) -> None:
    report = planted["donate"]["planted"]
    item = report.advice[0]
    ops = report.ops.set_index("op").loc[item["ops"]]
    assert ops["copies_input"].str.startswith("cache[").all() and ops["opcode"].eq("copy").all()
    # 2 layers × (k, v), each f32[batch 8, max_seq 2048, kv_heads 1, head_dim 32], read and written
    cache_bytes = 8 * 2048 * 1 * 32 * 4
    assert item["evidence"]["inputs"] == 4 and item["evidence"]["copies"] == 4
    assert item["evidence"]["copied_bytes"] == 4 * 2 * cache_bytes
    assert "donate_argnames=('cache',)" in item["message"]
    assert not planted["donate"]["fixed"].ops["copies_input"].astype(bool).any()


def test_jit_counts_the_programs_of_a_step(planted: dict) -> None:
    evidence = planted["jit"]["planted"].advice[0]["evidence"]
    # 20 iterations of multiply, add and tanh, each its own program when not jitted
    assert evidence["programs_per_step"] >= 40 and evidence["median_ops_per_program"] <= 4
    assert evidence["idle_s"] >= 0.5 * evidence["step_s"]


def test_batch_targets_the_critical_batch_of_the_theory(planted: dict) -> None:
    report = planted["batch"]["planted"]
    item = next(a for a in report.advice if a["kind"] == "batch")
    evidence, model = item["evidence"], report.model
    assert evidence["batch"] == 1 == model["batch"]
    assert evidence["critical_batch"] == pytest.approx(model["critical_batch"])
    assert evidence["target_batch"] == math.ceil(model["critical_batch"]) > 1
    assert set(report.ops.set_index("op").loc[item["ops"], "category"]) == {"matmul"}
    assert f"raise the batch from 1 to {evidence['target_batch']}" in item["message"]


def test_callback_names_the_callback_and_the_array_it_takes(planted: dict) -> None:
    item = planted["callback"]["planted"].advice[0]
    assert item["ops"] == ["debug_callback.1"] or all("callback" in op for op in item["ops"])
    assert item["evidence"]["callback_bytes"] == 1024 * 1024 * 4  # the f32[1024,1024] it hands to Python
    assert "advice_runs.py" in item["message"]  # the source line of the jax.debug.callback


def test_overlap_names_the_all_reduce(planted: dict) -> None:
    report = planted["allreduce"]["planted"]
    item = report.advice[0]
    assert set(report.ops.set_index("op").loc[item["ops"], "collective"]) == {"all-reduce"}
    assert item["evidence"]["ici_bytes"] > 0


@pytest.fixture(scope="module")
def real(traces: Path) -> dict[str, Report]:
    return {
        "tpu": perfdiff.analyze(traces / "tpu-v6e" / "tpu_inference_2.xplane.pb"),
        # the whole profile: its inferred steps are jit_multiply's executions, one op each, and leave the
        # other programs out (perfdiff says so in a warning); the whole profile is the un-jitted step
        "elementwise": perfdiff.analyze(traces / "amd-mi300x" / "jax08_elementwise.xplane.pb", step="whole"),
        "te_attn": perfdiff.analyze(traces / "amd-mi355x" / "te_fused_attn.xplane.pb"),
    }


def test_real_traces_get_advice_their_tables_support(real: dict[str, Report]) -> None:
    for report in real.values():
        check_items(report)
        kinds = {item["kind"] for item in report.advice}
        assert not kinds & {"batch", "quantize"}  # no run card: no model to price a batch with
        assert "donate" not in kinds or report.ops["copies_input"].astype(bool).any()
    # v6e: the offloaded array's copy-done waits stall the step (DESIGN.md, "Memory spaces")
    tpu = real["tpu"]
    top = tpu.advice[0]
    assert top["kind"] == "host"
    ops = tpu.ops.set_index("op").loc[top["ops"]]
    assert (ops["link"].astype(str) != "").all()
    assert 0 <= top["evidence"]["hidden_fraction"] <= 1
    # the host link bounds this step: hiding the copies cannot take it below the link's roof time, so
    # what hiding buys is at most the step less that bound, and the advice says to move less instead
    evidence = top["evidence"]
    assert evidence["hide_saving_s"] <= tpu.summary["step_s_mean"] - tpu.summary["theory_step_s"] + 1e-12
    assert evidence["hide_saving_s"] < top["saving_s"] and top["message"].startswith("move less")
    # MI300X elementwise: jax.numpy calls dispatched one by one, one op per program
    top = real["elementwise"].advice[0]
    assert top["kind"] == "jit" and top["evidence"]["median_ops_per_program"] == 1
    # MI355X TransformerEngine attention: custom calls priced at a lower bound; no time bought, so last
    te = real["te_attn"].advice
    assert te and te[-1]["kind"] == "cost_suspect" and te[-1]["saving_s"] is None
    assert any("te_fused_attn" in op for op in te[-1]["ops"])


def test_cli_shows_the_advice_before_the_op_table_and_the_json_carries_it(planted: dict) -> None:
    run = Path(planted["donate"]["planted"].path)
    done = run_cli(run, "--no-save")
    assert done.returncode == 0, done.stderr
    text = " ".join(done.stdout.split())  # the terminal table wraps long lines
    assert "Advice" in text and text.index("Advice") < text.index("Top ops by recoverable time")
    data = json.loads(run_cli(run, "--format", "json", "--no-save").stdout)
    assert data["advice"] and problem(data, report_schema()) == ""
    for number, item in enumerate(data["advice"], start=1):
        assert f"{number}. {item['message']} (confidence: {item['confidence']})" in text
    markdown = run_cli(run, "--format", "markdown", "--no-save").stdout
    assert markdown.index("### Advice") < markdown.index("### Top ops by recoverable time")
    assert data["advice"][0]["message"].split(" — ")[0] in markdown
