"""The roofline's terms beyond compute, HBM and ICI, on real traces and real CPU captures: async transfers
priced over their span, host-offload copies on the host link, collectives across slices on DCN, the
per-op floor, the cache-aware CPU memory roof shared by fake devices, in-place updates and custom
kernels priced at what they touch, and no op above its roofline anywhere."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from conftest import script_output
from real_traces import JAX, ids

import perfdiff
from perfdiff.attribution.async_pairs import transfer_spans
from perfdiff.attribution.sharing import busy_devices
from perfdiff.chips.table import CHIPS, Chip
from perfdiff.costs.instructions import instruction_costs
from perfdiff.report.vocabulary import BOUND_STYLES, Bound

V6E = "tpu-v6e/tpu_inference_2.xplane.pb"
ARRAY = 5 * 1024 * 1024 * 256 * 4  # the v6e trace's f32[5,1024,1024,256]: 5.37 GB


@pytest.fixture(scope="module")
def v6e(traces: Path) -> perfdiff.Report:
    return perfdiff.analyze(traces / V6E)


# --- async transfers and the host link (the real TPU v6e trace) ---------------------------------------


def test_host_offload_copies_are_host_bound_over_their_span(v6e: perfdiff.Report) -> None:
    ops = v6e.ops.set_index("op")
    chip = v6e.chip
    assert chip.host_link_bytes_per_s == 3.2e10  # the chip table's v6e row: no trace carries one
    for suffix in ("", ".1", ".2", ".3", ".4", ".5"):
        done, start = ops.loc[f"copy-done{suffix}"], ops.loc[f"copy-start{suffix}"]
        # The layouts say S(5): host memory. Each execution moves the 5.37 GB array over the link.
        assert done["host_bytes"] == done["occurrences"] * ARRAY
        assert done["link"] == ("to_host" if suffix in (".1", ".3", ".5") else "from_host")
        assert done["bound"] == "host" and done["t_host_s"] == pytest.approx(done["host_bytes"] / 3.2e10)
        # Priced over the span it had on the link: between 40 % and 100 % of the link's rate.
        assert 0.4 <= done["efficiency"] <= 1.0
        assert done["efficiency"] == pytest.approx(done["t_host_s"] / done["span_s"])
        assert done["span_s"] >= done["exposed_s"] == done["measured_s"]
        assert done["gap_s"] >= 0 and done["theory_s"] <= done["measured_s"]
        assert start["host_bytes"] == 0 and start["bound"] in ("none", "overhead")
    # copy-done.1 and .3 wait ~3 ns for a transfer of ~190 ms: hidden, nothing to recover.
    for hidden in ("copy-done.1", "copy-done.3"):
        assert ops.loc[hidden, "hidden_fraction"] > 0.99 and ops.loc[hidden, "gap_s"] < 1e-5
    # The exposed prefetches wait ~189 ms of which the link needs ~168 ms at 32 GB/s.
    assert ops.loc["copy-done", "hidden_fraction"] < 0.1
    # The steps: the 100 executions of jit_f (inferred: the trace has no step marks). In each, one
    # direction of the host link carries 3 x 168 ms.
    assert v6e.summary["steps"] == 100 and v6e.summary["steps_inferred_from"] == "jit_f"
    assert (v6e.steps["bound_by"] == "host").all() and v6e.summary["bound_by"] == "host"
    assert v6e.steps["bound_s"].to_numpy() == pytest.approx(3 * ARRAY / 3.2e10, rel=1e-6)
    assert (v6e.steps["bound_s"] <= v6e.steps["measured_s"]).all()


def test_overlapping_transfers_share_their_link() -> None:
    """Three copies in flight at once on one link, then one alone: the three split the link's busy
    time by bytes; the lone one keeps its span."""
    costs = pd.DataFrame(
        {
            "host": "h", "program_id": np.uint64(7),
            "op": ["done.a", "done.b", "done.c", "done.d", "start.a", "start.b", "start.c", "start.d"],
            "async_start": ["start.a", "start.b", "start.c", "start.d", "", "", "", ""],
            "link": "from_host", "host_bytes": [1e9, 1e9, 2e9, 1e9, 0, 0, 0, 0],
            "dcn_bytes": 0.0, "ici_bytes": 0.0, "hbm_bytes": 0.0,
        }
    )  # fmt: skip
    events = pd.DataFrame(
        {
            "host": "h", "device_id": 0, "program_id": np.uint64(7),
            "op": ["start.a", "start.b", "start.c", "done.a", "done.b", "done.c", "start.d", "done.d"],
            "start_ns": [0, 10, 20, 100, 300, 350, 1000, 1100],
            "dur_ns": [5, 5, 5, 200, 50, 50, 5, 100],
        }
    )  # fmt: skip
    spans = transfer_spans(events, costs)
    assert np.isnan(spans[[0, 1, 2, 6]]).all()  # starts are not priced
    busy = 400  # the union of the three spans: 0 .. 400 ns
    np.testing.assert_allclose(spans[[3, 4, 5]], [busy / 4, busy / 4, busy / 2])
    assert spans[7] == 1200 - 1000  # alone: its own span


def test_cross_slice_collective_is_priced_on_dcn(traces: Path) -> None:
    """No trace here crosses slices. Give the v6e trace's replica-group ids (groups [4,2]<=[2,4]T(1,0):
    {0,4} {1,5} {2,6} {3,7}) a slice each, 0-3 and 4-7, and its all-reduce goes over DCN — where the
    real one, which ran over ICI in 122 ms, beats the DCN's 12.5 GB/s: perfdiff must call it a suspect."""
    profile = perfdiff.load(traces / V6E)
    # The whole profile: the psum ran before jit_f's 100 executions, the trace's inferred steps.
    plain = perfdiff.analyze(profile, step="whole").ops.set_index("op").loc["all-reduce"]
    assert plain["dcn_bytes"] == 0 and plain["bound"] == "ici"
    first = profile.devices.iloc[0].to_dict()
    profile.devices = pd.DataFrame([first | {"device_id": d, "slice_index": d // 4} for d in range(8)])
    allreduce = perfdiff.analyze(profile, step="whole").ops.set_index("op").loc["all-reduce"]
    # Groups of 2 with one member per slice: nothing within a slice, the whole array across.
    assert allreduce["ici_bytes"] == 0 and allreduce["dcn_bytes"] == allreduce["occurrences"] * ARRAY
    assert allreduce["t_dcn_s"] == pytest.approx(allreduce["dcn_bytes"] / CHIPS["tpu-v6e"].dcn_bytes_per_s)
    terms = allreduce[["t_compute_s", "t_hbm_s", "t_ici_s", "t_host_s", "t_overhead_s"]]
    assert allreduce["t_dcn_s"] > terms.max()
    assert allreduce["bound"] == "suspect" and "data-centre network" in allreduce["suspect"]
    assert math.isnan(allreduce["efficiency"]) and math.isnan(allreduce["gap_s"])


# --- no op above its roofline ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def example_train_logdir(captures) -> Path:  # type: ignore[no-untyped-def]
    return captures.base


@pytest.mark.parametrize("name", [*JAX, "demo"], ids=[*ids(JAX), "demo"])
def test_no_op_above_its_roofline(name: str, traces: Path, request: pytest.FixtureRequest) -> None:
    path = request.getfixturevalue("example_train_logdir") if name == "demo" else traces / name
    report = perfdiff.analyze(path)
    ops = report.ops
    assert (ops["efficiency"].dropna() <= 1.0).all()
    suspects = ops[ops["bound"] == "suspect"]
    assert suspects["efficiency"].isna().all() and suspects["gap_s"].isna().all()
    assert (suspects["suspect"].str.len() > 0).all() and (
        ops.loc[ops["bound"] != "suspect", "suspect"] == ""
    ).all()
    assert not suspects["flag"].any()
    data = json.loads(report.to_json())  # the JSON says the same (the schema caps efficiency at 1)
    assert all(op["efficiency"] is None or op["efficiency"] <= 1 for op in data["ops"])
    lower = ops[ops["cost_lower_bound"]]
    assert (lower["cost_source"] == "operand_bytes").all() and lower["flops"].isna().all()


# --- the CPU: cache-aware memory roof, per-op floor, fake devices sharing the host ------------------


@pytest.fixture(scope="module")
def cpu_roofline(roofline_logdir: Path) -> perfdiff.Report:
    return perfdiff.analyze(roofline_logdir)


def _module(report: perfdiff.Report, name: str) -> pd.DataFrame:
    return report.ops[report.ops["module"] == f"jit_{name}"]


def test_streaming_op_reads_the_dram_roof(cpu_roofline: perfdiff.Report) -> None:
    """x * 2 + 1 over 256 MB streams 512 MB through DRAM: priced at the roof measured for working sets
    that size (the 64 MiB-per-array add), it reads a good share of it; priced at the
    cache-resident peak it read a few per cent.

    The roof was measured at another moment than the op ran: on a machine busier then than now the op
    beats it, and perfdiff says so (a suspect, "the memory roof is low for it"). Either way the op's
    rate over its roof in its fastest steps is over a fifth."""
    chip = cpu_roofline.chip
    op = _module(cpu_roofline, "stream").iloc[0]
    per_call = op["hbm_bytes"] / op["occurrences"]
    assert per_call == 2 * 4 * 64 * 2**20
    dram = chip.memory_bytes_per_s(np.array([per_call]))[0]
    assert dram < chip.hbm_bytes_per_s  # the curve's DRAM end sits below its cache-resident top
    assert op["t_hbm_s"] == pytest.approx(op["hbm_bytes"] / dram)
    assert op["t_hbm_s"] > 10 * max(op["t_compute_s"], op["t_overhead_s"])
    # Its fastest steps (the lower quartile: load on this shared machine only ever slows an op) stream
    # at a good share of the DRAM roof; at the cache-resident peak they read a few per cent. The bar
    # is a fifth, a 5x margin under the roof for a roof and an op timed at different moments.
    roof_per_step = op["t_hbm_s"] / op["occurrences"] * op["calls_per_step"]
    assert roof_per_step / op["step_q25_s"] >= 0.2
    if op["bound"] == "suspect":
        assert op["t_hbm_s"] > op["measured_s"] and "memory roof is low" in op["suspect"]
    else:
        assert op["bound"] == "hbm" and 0 < op["efficiency"] <= 1


def test_chain_of_tiny_ops_is_overhead_bound(cpu_roofline: perfdiff.Report) -> None:
    chip = cpu_roofline.chip
    assert 0 < chip.op_floor_s < 1e-4  # measured with the roofline: the shortest op of no work
    ops = _module(cpu_roofline, "tiny")
    assert len(ops) == 24  # twelve dots and twelve tanh, each its own op
    # (an op that ran in less than the floor measured at another moment is a suspect that says so)
    overhead = ops[(ops["bound"] == "overhead") | ops["suspect"].str.contains("per-op floor")]
    assert overhead["measured_s"].sum() >= 0.8 * ops["measured_s"].sum()
    assert (overhead["t_overhead_s"] == overhead["occurrences"] * chip.op_floor_s).all()
    assert (overhead["t_overhead_s"] > 10 * overhead[["t_compute_s", "t_hbm_s"]].max(axis=1)).all()
    assert not (ops["bound"] == "hbm").any()


def test_data_parallel_matmul_is_priced_at_its_share_of_the_host(cpu_roofline: perfdiff.Report) -> None:
    """The same matmul on one device, and split over four that share the host: priced at each
    device's share, both read about the same fraction of their roofline. The rates are t_compute_s over
    the time of their fastest steps: their efficiency, or the ratio that made one a suspect (see above)."""
    one, four = _module(cpu_roofline, "matmul1").iloc[0], _module(cpu_roofline, "matmul4").iloc[0]
    assert one["devices"] == 1 and one["shared_by"] == 1 and four["devices"] == 4
    assert 1 < four["shared_by"] <= 4  # the other devices ran their quarter at the same time
    assert four["flops"] == one["flops"]  # the same work, a quarter on each device
    for op in (one, four):
        # compute-bound by a clear margin; the memory term of the shared one moves with how many
        # devices ran beside it (its roof is B(shared_by * bytes) / shared_by), so not by 10x
        assert op["t_compute_s"] > 3 * max(op["t_hbm_s"], op["t_overhead_s"])
        assert op["bound"] == "compute" or "compute peak is low" in op["suspect"]
    # Two ops timed at different moments on a shared machine: compared on their fastest steps (the
    # lower quartile) and within the 3x margin timing tests keep; benchmarks/roofline_bound.py prints
    # the ratio itself (within 2x on a quiet machine).
    rate_one, rate_four = (
        op["t_compute_s"] / op["occurrences"] * op["calls_per_step"] / op["step_q25_s"] for op in (one, four)
    )
    assert 1 / 3 <= rate_four / rate_one <= 3.0, (rate_four, rate_one)


def test_flops_still_sum_to_xla_cost_analysis(cpu_roofline: perfdiff.Report, roofline_logdir: Path) -> None:
    expected = script_output(roofline_logdir)["costs"]
    steps = cpu_roofline.summary["steps"]
    for name, cost in expected.items():
        ops = _module(cpu_roofline, name)
        executions = steps * ops["devices"].max()  # XLA prices one device's share of an SPMD module
        assert ops["flops"].sum() / executions == pytest.approx(cost["flops"], rel=1e-3), name


def test_memory_roof_curve_and_chip_round_trip() -> None:
    chip = Chip("cpu", "cpu", 1e11, 1e11, 1e9, 8e10, 1e9, 1, "host", "measured",
                memory_roof=((1e4, 5e10), (1e5, 8e10), (1e7, 3e10), (1e8, 6e9)))  # fmt: skip
    sizes = np.array([1e3, 1e4, 5e4, 1e5, 5e6, 1e7, 5e8])
    # a size is held to the best rate measured at any size from the largest measured one below it up
    np.testing.assert_allclose(chip.memory_bytes_per_s(sizes), [8e10, 8e10, 8e10, 8e10, 8e10, 3e10, 6e9])
    again = Chip.from_dict(json.loads(json.dumps(chip.to_dict())))
    assert again.memory_roof == chip.memory_roof and json.dumps(again.to_dict()) == json.dumps(chip.to_dict())
    assert CHIPS["tpu-v6e"].memory_bytes_per_s(np.array([1.0]))[0] == CHIPS["tpu-v6e"].hbm_bytes_per_s


def test_busy_devices_is_the_time_averaged_count() -> None:
    events = pd.DataFrame(
        {
            "host": "h", "device": "/host:CPU", "device_id": [0, 1, 1, 2],
            "start_ns": [0, 0, 50, 100], "dur_ns": [100, 60, 50, 100],  # device 1: two overlapping ops
        }
    )  # fmt: skip
    shares = busy_devices(events)
    # event 0 (0..100): devices 0 and 1 busy all along -> 2; event 3 (100..200): alone -> 1.
    np.testing.assert_allclose(shares, [2.0, 2.0, 2.0, 1.0])


# --- what an op touches: in-place updates and custom kernels ----------------------------------------


def _module_proto(fn, *args, donate: tuple[int, ...] = ()) -> bytes:  # type: ignore[no-untyped-def]
    import jax

    compiled = jax.jit(fn, donate_argnums=donate).lower(*args).compile()
    return compiled.runtime_executable().hlo_modules()[0].as_serialized_hlo_module_proto(), compiled


def test_in_place_scatter_is_priced_at_the_bytes_it_touches(tmp_path: Path) -> None:
    import jax.numpy as jnp

    proto, compiled = _module_proto(
        lambda buf, idx, upd: buf.at[idx].add(upd), jnp.zeros((4096, 256)), jnp.arange(64) * 7,
        jnp.ones((64, 256)), donate=(0,),
    )  # fmt: skip
    costs = instruction_costs(proto, cache_dir=tmp_path)
    scatter = costs[costs["cost_source"] == "in_place"]
    assert len(scatter) == 1
    # indices and updates read once, the 64 touched rows read and written: not the 4 MB buffer twice
    updates = 64 * 256 * 4
    assert scatter["hbm_bytes"].iloc[0] == 64 * 4 + updates + 2 * updates
    assert costs["flops"].sum() == compiled.cost_analysis()["flops"]  # FLOPs are XLA's, untouched
    assert compiled.cost_analysis()["bytes accessed"] > 2 * 4096 * 256 * 4


def test_custom_kernel_priced_from_its_cost_estimate_else_a_lower_bound(tmp_path: Path) -> None:
    import jax.numpy as jnp

    from perfdiff.hlo.hlo_pb2 import HloModuleProto

    proto, _ = _module_proto(lambda x, y: x * y + 1.0, jnp.ones((256, 256)), jnp.ones((256, 256)))

    def as_kernel(config: str) -> bytes:
        module = HloModuleProto.FromString(proto)
        entry = next(c for c in module.computations if c.id == module.entry_computation_id)
        inst = next(i for i in entry.instructions if i.opcode == "fusion")
        inst.opcode, inst.custom_call_target = "custom-call", "tpu_custom_call"
        inst.backend_config = config.encode()
        for name in ("called_computation_ids", "fusion_kind"):
            inst.ClearField(name)
        return module.SerializeToString()

    estimate = '{"custom_call_config": {"body": "TUxJUg==", "cost_estimate": {"flops": 131072, ' \
               '"transcendentals": 0, "bytes_accessed": 786432}}}'  # fmt: skip
    costs = instruction_costs(as_kernel(estimate), cache_dir=tmp_path).set_index("opcode")
    kernel = costs.loc["custom-call"]
    assert kernel["cost_source"] == "cost_estimate" and not kernel["cost_lower_bound"]
    assert kernel["flops"] == 131072 and kernel["hbm_bytes"] == 786432
    costs = instruction_costs(as_kernel('{"custom_call_config": {"body": "TUxJUg=="}}'), cache_dir=tmp_path)
    kernel = costs.set_index("opcode").loc["custom-call"]
    assert kernel["cost_source"] == "operand_bytes" and kernel["cost_lower_bound"]
    assert math.isnan(kernel["flops"]) and kernel["hbm_bytes"] == 3 * 256 * 256 * 4  # x, y, result


def test_one_word_for_unpriced() -> None:
    assert Bound.UNKNOWN is Bound.UNPRICED and Bound.UNPRICED.value == "unpriced"
    assert BOUND_STYLES[Bound.UNPRICED]["label"] == "unpriced"
    for bound in (Bound.HOST, Bound.DCN, Bound.OVERHEAD, Bound.SUSPECT):
        assert BOUND_STYLES[bound]["label"] and BOUND_STYLES[bound]["colour"].startswith("#")
    assert "unknown" not in {b.value for b in Bound}


def test_tpu_custom_kernel_without_trace_costs(tmp_path: Path) -> None:
    """A TPU trace whose Pallas kernels carry no flops/bytes stats: the one whose HLO text holds a
    cost_estimate is priced from it, the other from its operand and result bytes, as a lower bound."""
    from xspace_builder import add_plane, new_space, write

    program = 77
    estimate = '{"custom_call_config": {"body": "TUxJUg==", "cost_estimate": {"flops": 2000000000, ' \
               '"transcendentals": 0, "bytes_accessed": 300000000}}}'  # fmt: skip
    texts = {
        "kernel.1": '%kernel.1 = f32[1024,1024]{1,0} custom-call(f32[1024,1024]{1,0} %p0), '
                    f'custom_call_target="tpu_custom_call", backend_config={estimate}',
        "kernel.2": '%kernel.2 = f32[1024,1024]{1,0} custom-call(f32[1024,1024]{1,0} %p0, f32[1024]{0} %p1), '
                    'custom_call_target="tpu_custom_call"',
    }  # fmt: skip
    space = new_space()
    tpu = add_plane(space, "/device:TPU:0")
    tpu.plane_stat("device_type_string", "TPU v5 lite")
    tpu.plane_stat("peak_teraflops_per_second", 197.0)
    tpu.plane_stat("peak_hbm_bw_gigabytes_per_second", 819.0)
    modules, ops = tpu.line("XLA Modules", timestamp_ns=1_000), tpu.line("XLA Ops", timestamp_ns=1_000)
    for op, text in texts.items():
        tpu.event_id(text, op, program_id=program, hlo_category="custom-call")
    tpu.event(modules, f"kernels({program})", 0, 10_000_000)
    tpu.event(ops, texts["kernel.1"], 10, 4_000_000)  # 2e9 FLOPs at 1.97e14 FLOP/s: 10 µs
    tpu.event(ops, texts["kernel.2"], 5_000_000, 1_000_000)
    report = perfdiff.analyze(write(space, tmp_path / "plugins/profile/run/host.xplane.pb"))
    kernels = report.ops.set_index("op")
    one, two = kernels.loc["kernel.1"], kernels.loc["kernel.2"]
    assert one["cost_source"] == "cost_estimate" and not one["cost_lower_bound"]
    assert one["flops"] == 2e9 and one["hbm_bytes"] == 3e8 and one["bound"] == "hbm"
    assert two["cost_source"] == "operand_bytes" and two["cost_lower_bound"] and math.isnan(two["flops"])
    assert two["hbm_bytes"] == 2 * 1024 * 1024 * 4 + 1024 * 4
    assert two["efficiency"] <= 1
    assert any("lower bound" in w for w in report.warnings)
