"""The parse stage against real traces: captured here on CPU, and the real TPU/GPU traces.

The independent oracle is jax's own XPlane reader, ``jax.profiler.ProfileData``: op counts, summed
durations and step counts must agree with what it sees in the same file.
"""

from __future__ import annotations

import gzip
import shutil
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
import real_traces
from jax.profiler import ProfileData

import perfdiff
from perfdiff.errors import BadTraceError, NoOpsError, TraceNotFoundError

REAL_XPLANES = real_traces.JAX


def oracle_ops(path: Path, platform: str) -> tuple[Counter, float]:
    """(op events per (module, op), Σ duration in ns) as jax.profiler.ProfileData sees them.

    CPU ops run until their completion marker (``end: <op>``, flow id ``_c`` = the op's ``_p``) when it
    ends later than the op's own event: asynchronous ops hand their work to a thread pool.
    """
    counts: Counter = Counter()
    total_ns = 0.0
    planes = list(ProfileData.from_file(str(path)).planes)
    completion = {
        dict(event.stats)["_c"]: event.end_ns
        for plane in planes
        for line in plane.lines
        for event in line.events
        if event.name.startswith("end: ") and "_c" in dict(event.stats)
    }
    for plane in planes:
        wanted = {"cpu": "/host:CPU", "gpu": "/device:GPU", "tpu": "/device:TPU"}[platform]
        if not plane.name.startswith(wanted):
            continue
        for line in plane.lines:
            if platform == "tpu" and line.name != "XLA Ops":
                continue
            for event in line.events:
                stats = dict(event.stats)
                if platform == "tpu" or "hlo_op" in stats:
                    counts[(stats.get("hlo_module"), stats.get("hlo_op", event.name))] += 1
                    # TPU ops: the device clock's measure, when the event has it (as xprof reads it)
                    total_ns += stats.get("device_duration_ps", event.duration_ns * 1000) / 1000
                    late = completion.get(stats.get("_p"), 0.0) - event.end_ns
                    total_ns += max(late, 0.0)
    return counts, total_ns


def oracle_steps(path: Path) -> list[int]:
    steps = []
    for plane in ProfileData.from_file(str(path)).planes:
        for line in plane.lines:
            for event in line.events:
                stats = dict(event.stats)
                if "step_num" in stats:
                    steps.append(int(stats["step_num"]))
    return sorted(steps)


def only_xplane(logdir: Path) -> Path:
    (path,) = logdir.glob("plugins/profile/*/*.xplane.pb")
    return path


@pytest.mark.parametrize("fixture", ["cpu_logdir", "cpu4_logdir"], ids=["1-device", "4-devices"])
def test_cpu_ops_match_jax_reader(fixture: str, request: pytest.FixtureRequest) -> None:
    logdir = request.getfixturevalue(fixture)
    path = only_xplane(logdir)
    profile = perfdiff.load(logdir)
    expected, expected_ns = oracle_ops(path, "cpu")

    got = Counter(
        {
            (m, o): int(n)
            for (m, o), n in profile.events.groupby(["module", "op"], observed=True).size().items()
        }
    )
    assert profile.platform == "cpu"
    assert got == expected
    assert int(profile.events["dur_ns"].sum()) == expected_ns  # CPU durations are whole ns
    assert sorted(profile.steps["step"].tolist()) == oracle_steps(path) == [0, 1, 2]
    # Every op ran inside an annotated step, and each step holds the same op count.
    assert (profile.events["step"] >= 0).all()
    assert profile.events.groupby("step").size().nunique() == 1


def test_cpu_steps_and_modules(cpu4_logdir: Path) -> None:
    profile = perfdiff.load(cpu4_logdir)
    events = profile.events
    # The psum runs on all 4 fake devices, 3 times each; the MLP on device 0 only.
    allreduce = events[events["module"] == "jit_allreduce"]
    assert sorted(allreduce["device_id"].unique().tolist()) == [0, 1, 2, 3]
    assert allreduce.groupby("device_id").size().tolist() == [3, 3, 3, 3]
    assert set(events.loc[events["module"] == "jit_mlp", "device_id"]) == {0}
    assert len(profile.devices) == 4 and set(profile.devices["kind"]) == {"cpu"}
    # Modules keyed by program id, each with the optimised HLO the ops came from.
    traced = set(zip(events["program_id"].tolist(), events["module"].astype(str), strict=True))
    modules = profile.modules.set_index("program_id")
    for program_id, module in traced:
        assert modules.loc[program_id, "module"] == module
        assert isinstance(modules.loc[program_id, "hlo_proto"], bytes)
    # Step intervals are consecutive and every op ends inside its step (block_until_ready in the step).
    steps = profile.steps.sort_values("step")
    assert (steps["start_ns"].diff().dropna() > 0).all()
    joined = events.merge(profile.steps, on=["host", "step"], suffixes=("", "_step"))
    assert (joined["start_ns"] >= joined["start_ns_step"]).all()
    assert (joined["start_ns"] + joined["dur_ns"] <= joined["start_ns_step"] + joined["dur_ns_step"]).all()
    assert (events["self_ns"] <= events["dur_ns"]).all() and (events["self_ns"] >= 0).all()


def test_hlo_proto_is_the_optimised_module(cpu_logdir: Path) -> None:
    from jaxlib import _hlo

    profile = perfdiff.load(cpu_logdir)
    row = profile.modules[profile.modules["module"] == "jit_mlp"].iloc[0]
    module = _hlo.HloModule.from_serialized_hlo_module_proto(row["hlo_proto"])
    text = module.to_string()
    assert module.name == "jit_mlp"
    for op in profile.events.loc[profile.events["module"] == "jit_mlp", "op"].unique():
        assert f"%{op} = " in text


@pytest.mark.parametrize("name", REAL_XPLANES, ids=real_traces.ids(REAL_XPLANES))
def test_real_traces_match_jax_reader(name: str, traces: Path) -> None:
    path = traces / name
    profile = perfdiff.load(path)
    expected, expected_ns = oracle_ops(path, profile.platform)
    events = profile.events

    # GPU op executions may merge several kernels; their count and time are kept exactly.
    assert int(events["kernels"].sum()) == sum(expected.values())
    by_op = events.groupby("op", observed=True)["kernels"].sum()
    oracle_by_op: Counter = Counter()
    for (_, op), n in expected.items():
        oracle_by_op[op] += n
    if profile.platform == "gpu":
        assert {op: int(n) for op, n in by_op.items()} == dict(oracle_by_op)
    # Durations are whole ns (end and start floored), so each is within 1 ns of the ps figure.
    assert abs(int(events["dur_ns"].sum()) - expected_ns) <= len(events)
    assert events["dur_ns"].dtype == np.int64 and events["start_ns"].dtype == np.int64
    assert not events["module"].astype(str).str.startswith("program_").any()


def test_tpu_trace_tables(traces: Path) -> None:
    profile = perfdiff.load(traces / "tpu-v6e/tpu_inference_2.xplane.pb")
    assert profile.platform == "tpu"
    assert sorted(profile.devices["device"]) == [f"/device:TPU:{i}" for i in range(4)]
    device = profile.devices.iloc[0]
    assert device["device_type_string"] == "TPU v6 Lite"
    assert device["peak_teraflops_per_second"] == 918.0
    assert device["peak_hbm_bw_gigabytes_per_second"] == pytest.approx(1637.993152512)
    # The all-reduce of f32[5,1024,1024,256]: its static stats as the trace states them.
    stats = profile.op_stats.set_index("op").loc["all-reduce"]
    assert stats["flops"] == 1342177280  # 5·1024·1024·256 adds
    assert stats["bytes_accessed"] == 2 * 5368709120  # read + write of 5 GiB
    assert stats["hbm_bytes"] == 2 * 5368709120  # all of it in HBM
    assert stats["category"] == "all-reduce"
    assert "replica_groups=[4,2]<=[2,4]T(1,0)" in stats["hlo_text"]
    assert stats["program_id"] == 9646411105960254074  # a fingerprint above 2**63: uint64
    assert profile.events["program_id"].dtype == np.uint64
    modules = profile.modules.set_index("program_id")
    assert modules.loc[9646411105960254074, "module"] == "jit__psum"
    assert isinstance(modules.loc[9646411105960254074, "hlo_proto"], bytes)


def test_gpu_devices_carry_capabilities(traces: Path) -> None:
    profile = perfdiff.load(traces / "amd-mi300x/jax08_gemm.xplane.pb")
    gpu0 = profile.devices.set_index("device").loc["/device:GPU:0"]
    assert gpu0["kind"] == "gpu"
    assert gpu0["device_vendor"] == "AMD"
    assert gpu0["clock_rate"] == 2100000  # kHz
    assert gpu0["core_count"] == 304
    assert gpu0["memory_bandwidth"] == 2662400000000


def test_gpu_kernels_of_one_op_are_one_execution(traces: Path) -> None:
    # cudnn-conv launches two kernels per execution; a single-op GEMM program run back to back is
    # still one execution per run (each launch sits in its own GpuExecutable::ExecuteThunks span).
    conv = perfdiff.load(traces / "amd-mi300x/jax_conv_minimal_legacy.xplane.pb").events
    assert conv.loc[conv["op"] == "cudnn-conv.1.0", "kernels"].tolist() == [2] * 5
    gemm = perfdiff.load(traces / "amd-mi300x/jax08_gemm.xplane.pb").events
    assert (gemm["kernels"] == 1).all()


def test_tensorflow_trace_without_xla_ops_is_explained(traces: Path) -> None:
    with pytest.raises(NoOpsError, match="no XLA ops.*hlo_op"):
        perfdiff.load(traces / "gpu-v100-tensorflow/multi_worker.xplane.pb")


def test_path_forms(cpu_logdir: Path, tmp_path: Path) -> None:
    path = only_xplane(cpu_logdir)
    run_dir = path.parent
    by_file, by_run, by_logdir = perfdiff.load(path), perfdiff.load(run_dir), perfdiff.load(cpu_logdir)
    assert len(by_file.events) == len(by_run.events) == len(by_logdir.events)
    assert by_run.run == by_logdir.run == run_dir.name
    # .xplane.pb.gz reads the same
    gz = tmp_path / "host.xplane.pb.gz"
    gz.write_bytes(gzip.compress(path.read_bytes()))
    assert perfdiff.load(gz).events["dur_ns"].sum() == by_file.events["dur_ns"].sum()


def test_logdir_takes_latest_run_unless_named(cpu_logdir: Path, tmp_path: Path) -> None:
    src = only_xplane(cpu_logdir)
    for run in ("2026_01_01_00_00_00", "2026_01_02_00_00_00", "2025_12_31_00_00_00"):
        (tmp_path / "plugins/profile" / run).mkdir(parents=True)
        shutil.copy(src, tmp_path / "plugins/profile" / run / "hostA.xplane.pb")
    (tmp_path / "plugins/profile/.capturing").mkdir()  # in-progress captures are never read
    shutil.copy(src, tmp_path / "plugins/profile/.capturing/hostA.xplane.pb")
    assert perfdiff.load(tmp_path).run == "2026_01_02_00_00_00"
    assert perfdiff.load(tmp_path, run="2025_12_31_00_00_00").run == "2025_12_31_00_00_00"
    with pytest.raises(TraceNotFoundError, match="no run 'nope'.*2026_01_02_00_00_00"):
        perfdiff.load(tmp_path, run="nope")


def test_run_with_two_hosts_merges_them(cpu_logdir: Path, tmp_path: Path) -> None:
    src = only_xplane(cpu_logdir)
    run = tmp_path / "plugins/profile/2026_01_01_00_00_00"
    run.mkdir(parents=True)
    shutil.copy(src, run / "host-a.xplane.pb")
    shutil.copy(src, run / "host-b.xplane.pb")
    profile = perfdiff.load(tmp_path)
    single = perfdiff.load(src)
    assert sorted(profile.hosts["host"]) == ["host-a", "host-b"]
    assert len(profile.events) == 2 * len(single.events)
    assert len(profile.steps) == 2 * len(single.steps)
    assert profile.events.groupby("host", observed=True).size().tolist() == [len(single.events)] * 2


def test_one_bad_host_is_skipped_with_a_warning(cpu_logdir: Path, tmp_path: Path) -> None:
    src = only_xplane(cpu_logdir)
    run = tmp_path / "run"
    run.mkdir()
    shutil.copy(src, run / "good.xplane.pb")
    (run / "bad.xplane.pb").write_bytes(src.read_bytes()[: len(src.read_bytes()) // 3])
    profile = perfdiff.load(run)
    assert profile.hosts["host"].tolist() == ["good"]
    assert any("bad.xplane.pb" in w for w in profile.warnings)


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (b"", BadTraceError, "empty"),
        (b"\x00" * 64, BadTraceError, "not a readable XSpace"),
        (b"\x22\x04host", BadTraceError, "no profile planes"),  # a valid XSpace: just a hostname
        (b"this is not a protobuf at all, just text\n" * 10, BadTraceError, "not a readable XSpace"),
        (b"\x1f\x8bnot really gzip", BadTraceError, "not valid gzip"),
    ],
    ids=["empty", "zeros", "no-planes", "text", "fake-gzip"],
)
def test_bad_files_raise_one_clear_error(content: bytes, error: type, message: str, tmp_path: Path) -> None:
    path = tmp_path / "host.xplane.pb"
    path.write_bytes(content)
    with pytest.raises(error, match=message):
        perfdiff.load(path)


def test_truncated_trace(cpu_logdir: Path, tmp_path: Path) -> None:
    data = only_xplane(cpu_logdir).read_bytes()
    for cut in (len(data) // 7, len(data) // 2, len(data) - 3):
        path = tmp_path / f"cut{cut}.xplane.pb"
        path.write_bytes(data[:cut])
        with pytest.raises(perfdiff.PerfdiffError):
            perfdiff.load(path)


def test_missing_and_empty_paths(tmp_path: Path, traces: Path) -> None:
    with pytest.raises(TraceNotFoundError, match="no such file"):
        perfdiff.load(tmp_path / "nope.xplane.pb")
    with pytest.raises(TraceNotFoundError, match=r"no \*\.xplane\.pb files"):
        perfdiff.load(tmp_path)
    with pytest.raises(TraceNotFoundError, match="Chrome-trace JSON"):
        perfdiff.load(traces / "tpu-v7x-json/2026_01_11_21_26_41.trace.json.gz")


def test_file_too_big_for_memory_is_refused(cpu_logdir: Path) -> None:
    from perfdiff.xplane.reader import read_xspace

    with pytest.raises(BadTraceError, match="only 1 kB is available"):
        read_xspace(only_xplane(cpu_logdir), memory_limit=1000)
