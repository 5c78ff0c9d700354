"""Seed traces for the fuzzers: tiny XSpaces built in code (one per platform, a few KB, carrying every
kind of data perfdiff reads) and the small real traces.

The tiny ones are what make 100k mutants feasible on two cores: each parses in a millisecond and its
embedded HLO module (eight instructions, with a dot, a fusion, an all-reduce and a reduce) is priced by
XLA in a few milliseconds, where the real CPU capture's module takes ten times as long.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from xprof.protobuf.op_metrics_pb2 import MemoryAccessBreakdown, OpMetrics
from xspace_builder import add_plane, new_space

from perfdiff.hlo.hlo_pb2 import HloProtoModuleBytes

TESTS = Path(__file__).resolve().parent
TRACES = TESTS / "data" / "traces"
# Small real traces (bytes): GPU with GEMM custom calls, GPU fused attention, TPU with collectives.
REAL_SEEDS = (
    TRACES / "amd-mi300x" / "jax08_gemm.xplane.pb",  # 110 KB
    TRACES / "amd-mi355x" / "te_fused_attn.xplane.pb",  # 204 KB
    TRACES / "tpu-v6e" / "tpu_inference_2.xplane.pb",  # 863 KB
)

HLO_TEXT = """
HloModule tiny, entry_computation_layout={(f32[8,16]{1,0}, f32[16,4]{1,0})->f32[]}

add {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT c = f32[] add(a, b)
}

fused {
  p = f32[8,4]{1,0} parameter(0)
  ROOT t = f32[8,4]{1,0} tanh(p)
}

ENTRY main {
  x = f32[8,16]{1,0} parameter(0)
  w = f32[16,4]{1,0} parameter(1)
  dot.1 = f32[8,4]{1,0} dot(x, w), lhs_contracting_dims={1}, rhs_contracting_dims={0}
  fusion.2 = f32[8,4]{1,0} fusion(dot.1), kind=kLoop, calls=fused
  all-reduce.3 = f32[8,4]{1,0} all-reduce(fusion.2), replica_groups=[1,2]<=[2], to_apply=add
  zero = f32[] constant(0)
  ROOT reduce.4 = f32[] reduce(all-reduce.3, zero), dimensions={0,1}, to_apply=add
}
"""
OPS = ("dot.1", "fusion.2", "all-reduce.3", "reduce.4")
# The TPU form of the same ops: event metadata names are the HLO text of the instruction.
TPU_TEXT = {
    "dot.1": "%dot.1 = f32[8,4]{1,0} dot(f32[8,16]{1,0} %x, f32[16,4]{1,0} %w), "
    "lhs_contracting_dims={1}, rhs_contracting_dims={0}",
    "fusion.2": "%fusion.2 = f32[8,4]{1,0} fusion(f32[8,4]{1,0} %dot.1), kind=kLoop, calls=%fused",
    "all-reduce.3": "%all-reduce.3 = f32[8,4]{1,0} all-reduce(f32[8,4]{1,0} %fusion.2), "
    "replica_groups={{0,1}}, to_apply=%add",
    "reduce.4": "%reduce.4 = f32[] reduce(f32[8,4]{1,0} %all-reduce.3, f32[] %zero), "
    "dimensions={0,1}, to_apply=%add",
}
PROGRAM_ID = 5


def hlo_proto() -> bytes:
    """A serialized ``xla.HloProto`` wrapping the tiny module (field 1: its HloModuleProto)."""
    from jaxlib import _hlo

    module = _hlo.hlo_module_from_text(HLO_TEXT).as_serialized_hlo_module_proto()
    return HloProtoModuleBytes(hlo_module=module).SerializeToString()


def _breakdown(hbm_bytes: int) -> bytes:
    """A serialized MemoryAccessBreakdown: one read of ``hbm_bytes`` in HBM (memory space 1)."""
    read = OpMetrics.MemoryAccessed(
        operation_type=OpMetrics.MemoryAccessed.READ, memory_space=1, bytes_accessed=hbm_bytes
    )
    return MemoryAccessBreakdown(memory_accessed=[read]).SerializeToString()


def _metadata_plane(space, hlo: bytes) -> None:
    meta = add_plane(space, "/host:metadata")
    meta.event_id(f"tiny({PROGRAM_ID})", **{"Hlo Proto": hlo, "program_id": PROGRAM_ID})
    env = add_plane(space, "Task Environment")
    env.plane_stat("profile_start_time", 1_700_000_000_000_000_000)


def cpu_seed(hlo: bytes) -> bytes:
    """Two annotated steps of the tiny module on /host:CPU, with completion markers and flow ids."""
    space = new_space()
    space.hostnames.append("tiny-cpu")
    cpu = add_plane(space, "/host:CPU")
    python = cpu.line("python", timestamp_ns=1_000)
    worker = cpu.line("tf_XLAPjRtCpuClient/1", timestamp_ns=1_000)
    common = dict(hlo_module="tiny", program_id=PROGRAM_ID, device_ordinal=0)
    flow = 100
    for step in range(2):
        base = step * 1_000
        cpu.event(python, "train", base, 900, step_num=step)
        for k, op in enumerate(OPS):
            start = base + 10 + 200 * k
            flow += 1
            cpu.event(worker, op, start, 120, hlo_op=op, _p=flow, **common)
            cpu.event(worker, f"end: {op}", start + 150, 1, _c=flow)
    _metadata_plane(space, hlo)
    return space.SerializeToString()


def gpu_seed(hlo: bytes) -> bytes:
    """Two executions of the tiny module on one H100-like GPU, kernels placed by correlation id."""
    space = new_space()
    gpu = add_plane(space, "/device:GPU:0")
    for name, value in (("device_vendor", "Nvidia"), ("clock_rate", 1_755_000), ("core_count", 132),
                        ("memory_bandwidth", 3.35e12), ("memory_size", 80 * 2**30),
                        ("compute_cap_major", 9), ("compute_cap_minor", 0)):  # fmt: skip
        gpu.plane_stat(name, value)
    stream = gpu.line("Stream #7", timestamp_ns=2_000)
    host = add_plane(space, "/host:CPU")
    thread = host.line("tf_pjrt_thread", timestamp_ns=1_000)
    correlation = 1
    for run in range(2):
        base = run * 2_000
        host.event(thread, "GpuExecutable::ExecuteThunks", base, 1_000)
        for k, op in enumerate(OPS):
            host.event(thread, "cuLaunchKernel", base + 10 + 50 * k, 20, correlation_id=correlation)
            gpu.event(stream, f"kernel_{op}", base + 100 * k, 80, hlo_op=op, hlo_module="tiny",
                      program_id=PROGRAM_ID, correlation_id=correlation)  # fmt: skip
            correlation += 1
    gpu.event(stream, "MemcpyD2H", 5_000, 10)  # a device event that is not an XLA op
    _metadata_plane(space, hlo)
    return space.SerializeToString()


def tpu_seed() -> bytes:
    """Two steps of the tiny module's ops on two TPU v5e cores, with static per-op stats."""
    space = new_space()
    for index in range(2):
        tpu = add_plane(space, f"/device:TPU:{index}")
        tpu.plane_stat("device_type_string", "TPU v5 lite")
        tpu.plane_stat("peak_teraflops_per_second", 197.0)
        tpu.plane_stat("peak_hbm_bw_gigabytes_per_second", 819.0)
        steps = tpu.line("Steps", timestamp_ns=1_000)
        modules = tpu.line("XLA Modules", timestamp_ns=1_000)
        ops = tpu.line("XLA Ops", timestamp_ns=1_000)
        for op in OPS:
            tpu.event_id(TPU_TEXT[op], op, program_id=PROGRAM_ID, flops=1024.0, bytes_accessed=512.0,
                         memory_access_breakdown=_breakdown(512), hlo_category=op.split(".")[0])  # fmt: skip
        for step in range(2):
            base = step * 1_000
            tpu.event(steps, str(step), base, 900, group_id=step)
            tpu.event(modules, f"tiny({PROGRAM_ID})", base + 5, 850)
            for k, op in enumerate(OPS):
                start = base + 10 + 200 * k
                tpu.event(ops, TPU_TEXT[op], start, 100, device_offset_ps=start * 1000 + 7,
                          device_duration_ps=99_000)  # fmt: skip
    return space.SerializeToString()


def tiny_seeds() -> dict[str, bytes]:
    """name -> serialized XSpace: ``cpu``, ``gpu``, ``tpu`` and ``cpu.gz`` (the CPU one gzipped)."""
    hlo = hlo_proto()
    cpu = cpu_seed(hlo)
    return {"cpu": cpu, "gpu": gpu_seed(hlo), "tpu": tpu_seed(), "cpu.gz": gzip.compress(cpu, mtime=0)}


def real_seeds() -> dict[str, bytes]:
    """name -> bytes of the small real traces in tests/data/traces."""
    return {f"{path.parent.name}/{path.name}": path.read_bytes() for path in REAL_SEEDS}
