"""Attribution on real traces: costs add up to XLA's, bounds follow from first principles, theory never
beats measurement, and TPU/GPU traces are priced as their own stats (or shapes) say."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
from conftest import script_output

import perfdiff
from perfdiff.report.report import FlagRule

REQUIRED_OP_KEYS = {
    "program_id", "module", "op", "opcode", "category", "occurrences", "measured_s", "flops", "hbm_bytes",
    "ici_bytes", "t_compute_s", "t_hbm_s", "t_ici_s", "theory_s", "bound", "efficiency", "gap_s", "flag",
    "source",
}  # fmt: skip


@pytest.fixture(scope="module")
def bounds_report(bounds_logdir: Path) -> perfdiff.Report:
    return perfdiff.analyze(bounds_logdir)


def test_module_costs_equal_xla_cost_analysis(cpu4_logdir: Path) -> None:
    report = perfdiff.analyze(cpu4_logdir)
    expected = script_output(cpu4_logdir)["costs"]
    steps = report.summary["steps"]
    assert steps == 3
    for name, module in (("mlp", "jit_mlp"), ("allreduce", "jit_allreduce")):
        ops = report.ops[report.ops["module"] == module]
        # Per execution of the module: each op ran once per step (on each device that ran the module).
        executions = steps * ops["devices"].max()
        assert ops["flops"].sum() / executions == pytest.approx(expected[name]["flops"], rel=1e-3)
        assert ops["hbm_bytes"].sum() / executions == pytest.approx(
            expected[name]["bytes accessed"], rel=1e-3
        )


def test_bounds_from_first_principles_on_the_measured_cpu_roofline(bounds_report: perfdiff.Report) -> None:
    chip = bounds_report.chip
    assert chip.kind == "cpu" and chip.source == "measured"
    # The largest roofline term, whatever the verdict: an op that beat peaks measured on a busier
    # machine is a suspect (bound "suspect"), its terms still priced.
    terms = ["t_compute_s", "t_hbm_s", "t_ici_s", "t_host_s", "t_dcn_s", "t_overhead_s"]
    bound = {row.module: terms[int(np.argmax([getattr(row, t) for t in terms]))]
             for row in bounds_report.ops.itertuples()}  # fmt: skip
    assert bound["jit_matmul"] == "t_compute_s"  # 2·1024³ FLOPs on 12 MiB
    assert bound["jit_add"] == "t_hbm_s"  # 1 FLOP per 12 bytes
    assert bound["jit_allreduce"] == "t_ici_s"  # 16 MiB per device through the rendezvous
    for row in bounds_report.ops.itertuples():
        assert row.bound in ("compute", "hbm", "ici", "suspect"), row
    matmul = bounds_report.ops[bounds_report.ops["module"] == "jit_matmul"].iloc[0]
    assert matmul["flops"] / matmul["occurrences"] == 2 * 1024**3
    allreduce = bounds_report.ops[bounds_report.ops["module"] == "jit_allreduce"].iloc[0]
    v = 1024 * 4096 * 4  # bytes of each device's shard
    assert allreduce["group_size"] == 4 and allreduce["collective"] == "all-reduce"
    assert allreduce["ici_bytes"] / allreduce["occurrences"] == pytest.approx(2 * v * 3 / 4)


@pytest.fixture(scope="module")
def example_train_logdir(captures) -> Path:
    return captures.base


# A trace priced on its own chip's figures (TPU stats, the GPU table) holds its ops to fixed peaks: no op
# may beat them. A CPU capture is priced on peaks measured on this machine at another moment than its
# ops ran, and the example's matmuls reach ~0.9 of those peaks: were the machine busier while the peaks
# were measured than while the ops ran, an op would beat them without anything being wrong. What no
# machine's load explains is an op beating three times its roofline (costs counted twice, a loop's
# body priced per trip); how close real ops come is printed by benchmarks/roofline_bound.py.
MEASURED_PEAK_MARGIN = 3.0


@pytest.mark.parametrize(
    ("target", "margin"),
    [
        ("cpu_logdir", MEASURED_PEAK_MARGIN),
        ("cpu4_logdir", MEASURED_PEAK_MARGIN),
        ("bounds_logdir", MEASURED_PEAK_MARGIN),
        ("example_train_logdir", MEASURED_PEAK_MARGIN),
        ("tpu-v6e/tpu_inference_2.xplane.pb", 1.0),
        ("amd-mi300x/jax08_gemm.xplane.pb", 1.0),
        ("amd-mi355x/te_fused_attn.xplane.pb", 1.0),
    ],
    ids=["cpu", "cpu4", "bounds", "example-train", "tpu-v6e", "mi300x-gemm", "mi355x-attention"],
)
def test_theory_never_beats_measurement(
    target: str, margin: float, request: pytest.FixtureRequest, traces: Path
) -> None:
    path = traces / target if target.endswith(".xplane.pb") else request.getfixturevalue(target)
    report = perfdiff.analyze(path)
    ops = report.ops[~report.ops["bound"].isin(["unpriced", "suspect"])]  # a suspect has no theory
    physical = ops["theory_s"] <= margin * ops["measured_s"]
    covered = ops.loc[physical, "measured_s"].sum() / ops["measured_s"].sum()
    assert covered >= 0.99, ops.loc[~physical, ["op", "measured_s", "theory_s", "bound"]]
    assert (ops["efficiency"] >= 0).all()


def test_step_table_oracles(cpu4_logdir: Path) -> None:
    report = perfdiff.analyze(cpu4_logdir)
    steps = report.steps
    assert steps["step"].tolist() == [0, 1, 2]
    assert (steps["bound_s"] <= steps["theory_s"] + 1e-15).all()  # overlap can only help
    assert (steps["covered_s"] <= steps["measured_s"]).all()  # ops run inside their steps
    assert (steps["op_s"] >= steps["covered_s"] - 1e-12).all()  # union ≤ sum
    assert np.allclose(steps["idle_s"], steps["measured_s"] - steps["covered_s"])
    summary = report.summary
    assert summary["steps"] == 3
    # over the priced op time: ops without a usable price (unpriced, suspect) have no theory to compare
    priced = summary["op_measured_s"] * (1 - summary["unpriced_share"])
    assert summary["efficiency"] == pytest.approx(summary["op_theory_s"] / priced)
    assert 0 < summary["efficiency"] <= 1
    # the whole op time, split by bound class, per step and device
    by_bound = sum(summary["time_by_bound_s"].values())
    assert by_bound == pytest.approx(report.ops["measured_s"].sum() / (3 * report.ops["devices"].max()))


def test_step_selection(cpu4_logdir: Path) -> None:
    one = perfdiff.analyze(cpu4_logdir, step=1)
    assert one.steps["step"].tolist() == [1] and one.step_selection == "1"
    assert one.ops["occurrences"].sum() * 3 == perfdiff.analyze(cpu4_logdir).ops["occurrences"].sum()
    with pytest.raises(perfdiff.PerfdiffError, match="no step 7"):
        perfdiff.analyze(cpu4_logdir, step=7)


def test_tpu_costs_are_the_trace_stats(traces: Path) -> None:
    # The whole profile: the psum's all-reduce ran before the 100 executions of jit_f (the steps).
    report = perfdiff.analyze(traces / "tpu-v6e/tpu_inference_2.xplane.pb", step="whole")
    assert report.chip.name == "tpu-v6e" and report.chip.source == "trace"
    assert report.chip.peak_flops_per_s == 918e12
    ops = report.ops.set_index("op")
    allreduce = ops.loc["all-reduce"]
    v = 5 * 1024 * 1024 * 256 * 4
    assert allreduce["occurrences"] == 12 and allreduce["devices"] == 4
    assert allreduce["flops"] == 12 * 1342177280
    assert allreduce["hbm_bytes"] == 12 * 2 * v
    # iota groups [4,2]<=[2,4]T(1,0): groups of 2 -> 2·V·(2−1)/2 = V per device and execution
    assert allreduce["group_size"] == 2
    assert allreduce["ici_bytes"] == 12 * v
    assert allreduce["bound"] == "ici"  # xprof calls it HBM-bound: it has no interconnect class
    assert ops.loc["broadcast_add_fusion", "bound"] == "hbm"
    assert report.summary["steps"] == 0 and report.steps["step"].tolist() == [-1]
    assert report.step_selection == "whole"


def test_tpu_flops_and_bytes_equal_xprof(traces: Path, tmp_path: Path) -> None:
    from xprof.convert import raw_to_tool_data

    src = traces / "tpu-v6e/tpu_inference_2.xplane.pb"
    copy = tmp_path / src.name  # xprof writes cache files beside the trace
    copy.write_bytes(src.read_bytes())
    data, _ = raw_to_tool_data.xspace_to_tool_data([str(copy)], "hlo_stats", {})
    table = json.loads(data)
    cols = [c["id"] for c in table["cols"]]
    rows = [dict(zip(cols, [c.get("v") for c in r["c"]], strict=True)) for r in table["rows"]]
    profile = perfdiff.load(src)
    report = perfdiff.analyze(profile, step="whole").ops.set_index("op")  # xprof's tables: the whole profile
    accessed = profile.op_stats.drop_duplicates("op").set_index("op")["bytes_accessed"]
    compared = 0
    for row in rows:
        ours = report.loc[row["hlo_op_name"]]
        assert ours["occurrences"] == row["occurrences"]
        # perfdiff keeps whole ns per execution: within 1 ns per occurrence of xprof's ps sum (µs here)
        slack = 1e-3 * row["occurrences"]
        assert ours["measured_s"] * 1e6 == pytest.approx(row["total_self_time"], rel=1e-6, abs=slack)
        # xprof's rates are per total self time: GFLOP/s and GiB/s
        seconds = row["total_self_time"] / 1e6
        if row["model_flop_rate"]:
            assert ours["flops"] / seconds / 1e9 == pytest.approx(row["model_flop_rate"], rel=1e-9)
        # xprof's bandwidth counts bytes_accessed in every memory; perfdiff's roofline takes the HBM part
        # of the op's memory_access_breakdown, never more (a copy to host memory moves none through HBM).
        all_bytes = accessed[row["hlo_op_name"]] * ours["occurrences"]
        assert all_bytes / seconds / 2**30 == pytest.approx(row["measured_memory_bw"], rel=1e-9)
        assert ours["hbm_bytes"] <= all_bytes
        compared += 1
    assert compared == 17


def test_gpu_gemm_custom_calls_are_priced_from_shapes(traces: Path) -> None:
    report = perfdiff.analyze(traces / "amd-mi300x/jax08_gemm.xplane.pb")
    assert report.chip.kind == "gpu"
    gemms = report.ops[report.ops["cost_source"] == "gemm_shapes"]
    assert len(gemms) > 0
    # a GEMM of ~1 GFLOP takes under a µs of compute on an MI300X: below the trace's shortest kernel
    assert (gemms["flops"] > 0).all() and set(gemms["bound"]) <= {"compute", "hbm", "overhead"}
    assert report.ops.loc[report.ops["cost_source"] == "none", "bound"].eq("unpriced").all()


def test_json_report_round_trips_and_has_the_documented_keys(cpu4_logdir: Path) -> None:
    report = perfdiff.analyze(cpu4_logdir)
    data = json.loads(report.to_json())
    assert set(data["chip"]) >= {"name", "peak_flops_per_s", "hbm_bytes_per_s", "ici_bytes_per_s", "source"}
    assert set(data["summary"]) >= {
        "steps",
        "step_s_mean",
        "theory_step_s",
        "op_measured_s",
        "op_theory_s",
        "efficiency",
    }
    assert set(data["steps"][0]) >= {"step", "name", "measured_s", "theory_s"}
    assert all(set(op) >= REQUIRED_OP_KEYS for op in data["ops"])
    assert all(isinstance(op["program_id"], str) for op in data["ops"])
    assert perfdiff.Report.from_json(report.to_json()).to_json() == report.to_json()


def test_flag_thresholds_are_adjustable(cpu4_logdir: Path) -> None:
    strict = perfdiff.analyze(cpu4_logdir, flag_rule=FlagRule(min_step_share=1.0, max_efficiency=0.0))
    assert not strict.ops["flag"].any()
    loose = perfdiff.analyze(cpu4_logdir, flag_rule=FlagRule(min_step_share=0.0, max_efficiency=1.01))
    costed = loose.ops["efficiency"].notna() & (loose.ops["gap_s"] >= 0)
    assert loose.ops.loc[costed, "flag"].all()
    assert math.isclose(loose.summary["flagged"], int(costed.sum()))


def test_link_rates_of_ops_that_only_move_bytes(traces: Path) -> None:
    """The bandwidth view's columns: the busiest link is the largest byte term, its bytes per call add
    up to the op's bytes on it, and no rate beats its link's peak (an async copy over its span)."""
    report = perfdiff.analyze(traces / "tpu-v6e/tpu_inference_2.xplane.pb")
    chip = report.chip
    ops = report.ops
    links = {"hbm": ("hbm_bytes", "t_hbm_s", chip.hbm_bytes_per_s),
             "ici": ("ici_bytes", "t_ici_s", chip.ici_bytes_per_s),
             "host": ("host_bytes", "t_host_s", chip.host_link_bytes_per_s),
             "dcn": ("dcn_bytes", "t_dcn_s", chip.dcn_bytes_per_s)}  # fmt: skip
    host_copies = 0
    for op in ops.to_dict("records"):
        terms = {name: op[t] for name, (_, t, _) in links.items() if op[t] == op[t] and op[t] > 0}
        if not terms:
            assert op["busiest_link"] is None and math.isnan(op["achieved_link_bytes_per_s"])
            continue
        link = op["busiest_link"]
        assert terms[link] == max(terms.values())
        column, _, peak = links[link]
        assert op["link_bytes_per_call"] * op["occurrences"] == pytest.approx(op[column])
        assert 0 < op["achieved_link_bytes_per_s"] <= peak
        host_copies += link == "host"
    assert host_copies == 6  # the six copy-done of the f32[5,1024,1024,256] transfers to and from S(5)
