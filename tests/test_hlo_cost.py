"""Per-instruction HLO costs: XLA's own totals, xprof's per-op figures, hand-worked GEMMs and collectives."""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jax
import jax.numpy as jnp
import numpy as np
import pandas as pd
import pytest
import real_traces

import perfdiff
from perfdiff.costs import cache as cost_cache
from perfdiff.costs.collectives import (
    collective_from_hlo_text,
    ici_bytes,
    iota_replica_groups,
    parse_replica_groups,
)
from perfdiff.costs.instruction_rows import COLUMNS
from perfdiff.costs.instructions import instruction_costs
from perfdiff.costs.xla_cost import module_cost
from perfdiff.errors import BadTraceError, UnsupportedVersionError
from perfdiff.files import cache_dir
from perfdiff.xplane import xplane_pb2

GPU_TRACES = real_traces.JAX_GPU


def module_bytes(compiled: jax.stages.Compiled) -> bytes:
    """The optimised HloModuleProto of a compiled jax function."""
    return compiled.runtime_executable().hlo_modules()[0].as_serialized_hlo_module_proto()


def assert_sums_match(costs: pd.DataFrame, whole: dict[str, float]) -> None:
    assert costs["flops"].sum() == pytest.approx(whole.get("flops", 0.0), rel=1e-3)
    assert costs["hbm_bytes"].sum() == pytest.approx(whole["bytes accessed"], rel=1e-3)
    assert costs["transcendentals"].sum() == pytest.approx(whole.get("transcendentals", 0.0), rel=1e-3)


# --- CPU modules of real jitted functions -------------------------------------------------------


def mlp_loss(params: list[tuple[jax.Array, jax.Array]], x: jax.Array, y: jax.Array) -> jax.Array:
    h = x
    for w, b in params[:-1]:
        h = jnp.tanh(h @ w + b)
    w, b = params[-1]
    return jnp.mean((h @ w + b - y) ** 2)


@jax.jit
def mlp_train_step(params, x, y):  # type: ignore[no-untyped-def]
    loss, grads = jax.value_and_grad(mlp_loss)(params, x, y)
    return jax.tree.map(lambda p, g: p - 0.01 * g, params, grads), loss


@pytest.fixture(scope="module")
def mlp_compiled() -> jax.stages.Compiled:
    sizes = [64, 256, 256, 10]
    key = jax.random.PRNGKey(0)
    params = [(jax.random.normal(key, (a, b)), jnp.zeros(b)) for a, b in zip(sizes, sizes[1:], strict=False)]
    return mlp_train_step.lower(params, jnp.ones((128, 64)), jnp.ones((128, 10))).compile()


def test_mlp_train_step_sums_to_xla_cost_analysis(mlp_compiled: jax.stages.Compiled, tmp_path: Path) -> None:
    costs = instruction_costs(module_bytes(mlp_compiled), cache_dir=tmp_path)
    assert list(costs.columns) == list(COLUMNS)
    whole = mlp_compiled.cost_analysis()
    assert_sums_match(costs, whole)
    # XLA's own figure for this step, and the share the matmuls carry: the three forward dots are
    # 2·128·(64·256 + 256·256 + 256·10) = 21,626,880 FLOPs; backward doubles the weight-sized ones.
    assert whole["flops"] == 61259272.0
    matmul = costs[costs["category"] == "matmul"]
    assert matmul["flops"].sum() >= 3 * 21_626_880 - 2 * 128 * 64 * 256
    assert set(costs["cost_source"]) == {"hlo_cost_analysis"}
    assert costs["op"].is_unique
    assert (costs["collective"].isna()).all() and (costs["ici_bytes"] == 0).all()
    tanh = costs[costs["op_name"].str.endswith("/tanh")]
    assert len(tanh) and (tanh["transcendentals"] > 0).all()
    assert costs["source"].str.contains(r"test_hlo_cost\.py:\d+").any()


def unrolled_loss(layers: list[tuple[jax.Array, jax.Array]], x: jax.Array) -> jax.Array:
    for w1, w2 in layers:
        h = x * jax.lax.rsqrt(jnp.mean(x * x, -1, keepdims=True) + 1e-6)
        x = x + jax.nn.gelu(h @ w1) @ w2
    return jnp.mean(x**2)


def test_repeated_layers_are_analysed_once_and_still_sum(tmp_path: Path) -> None:
    from perfdiff.costs.xla_cost import InstructionCoster
    from perfdiff.hlo.module import parse_module

    layers = [(jnp.full((64, 256), 0.01 * (i + 1)), jnp.full((256, 64), 0.01)) for i in range(8)]
    step = jax.jit(jax.value_and_grad(unrolled_loss))
    compiled = step.lower(layers, jnp.ones((32, 64))).compile()
    proto = module_bytes(compiled)
    costs = instruction_costs(proto, cache_dir=tmp_path)
    assert_sums_match(costs, compiled.cost_analysis())
    module = parse_module(proto)
    coster = InstructionCoster(module)
    for _, inst in module.executed_instructions():
        if inst.opcode != "parameter":
            coster.cost(inst.id)
    # eight identical layers: instructions that differ only in names and ids share one analysis
    assert coster.analyses * 4 < len(costs)


@jax.jit
def scan_step(w: jax.Array, xs: jax.Array) -> tuple[jax.Array, jax.Array]:
    def body(h: jax.Array, x: jax.Array) -> tuple[jax.Array, jax.Array]:
        h = jnp.tanh(h @ w + x)
        return h, h.sum()

    return jax.lax.scan(body, jnp.zeros((32, 128)), xs)


def test_while_loop_rows_are_one_trip_of_the_body(tmp_path: Path) -> None:
    compiled = scan_step.lower(jnp.ones((128, 128)), jnp.ones((10, 32, 128))).compile()
    costs = instruction_costs(module_bytes(compiled), cache_dir=tmp_path)
    # HloCostAnalysis counts one trip of a while loop; the rows hold the body once too.
    assert_sums_match(costs, compiled.cost_analysis())
    loop = costs[costs["opcode"] == "while"].iloc[0]
    assert (loop["category"], loop["cost_source"], loop["flops"]) == ("control flow", "nested", 0.0)
    body = costs[costs["computation"] != costs["computation"].iloc[0]]
    # one trip: the 32x128 @ 128x128 matmul (2·32·128·128 FLOPs) lives in the body
    assert body.loc[body["category"] == "matmul", "flops"].sum() == 2 * 32 * 128 * 128


@jax.jit
def branchy(x: jax.Array, p: jax.Array) -> jax.Array:
    return jax.lax.cond(p > 0, lambda v: jnp.sin(v) @ v, lambda v: jnp.cos(v), x)


def test_conditional_holds_every_branch_and_xla_counts_the_dearest(tmp_path: Path) -> None:
    compiled = branchy.lower(jnp.ones((64, 64)), 1.0).compile()
    costs = instruction_costs(module_bytes(compiled), cache_dir=tmp_path)
    entry = costs["computation"].iloc[0]
    branches = costs[costs["computation"] != entry].groupby("computation")[["flops", "hbm_bytes"]].sum()
    assert len(branches) == 2
    outside = costs[costs["computation"] == entry]
    whole = compiled.cost_analysis()
    assert outside["flops"].sum() + branches["flops"].max() == pytest.approx(whole["flops"], rel=1e-6)
    assert outside["hbm_bytes"].sum() + branches["hbm_bytes"].max() == pytest.approx(
        whole["bytes accessed"], rel=1e-6
    )


def test_every_op_in_a_cpu_trace_has_a_row(tmp_path: Path) -> None:
    w, xs = jnp.ones((128, 128)), jnp.ones((10, 32, 128))
    scan_step(w, xs)[0].block_until_ready()
    with jax.profiler.trace(str(tmp_path / "trace")):
        for _ in range(2):
            scan_step(w, xs)[0].block_until_ready()
    profile = perfdiff.load(tmp_path / "trace")
    module = profile.modules[profile.modules["module"] == "jit_scan_step"].iloc[0]
    costs = instruction_costs(module["hlo_proto"], cache_dir=tmp_path)
    ops = profile.events.loc[profile.events["program_id"] == module["program_id"], "op"]
    assert set(ops) <= set(costs["op"])
    # body ops run once per iteration: 10 trips x 2 calls; the loop op itself once per call
    counts = ops.value_counts()
    body_matmul = costs.loc[(costs["category"] == "matmul") & (costs["opcode"] != "while"), "op"].iloc[0]
    assert counts[body_matmul] == 20
    assert counts[costs.loc[costs["opcode"] == "while", "op"].iloc[0]] == 2


def test_int8_matmul_is_flagged(tmp_path: Path) -> None:
    f = jax.jit(lambda a, b: jnp.dot(a, b, preferred_element_type=jnp.int32))
    a = jnp.ones((64, 64), jnp.int8)
    costs = instruction_costs(module_bytes(f.lower(a, a).compile()), cache_dir=tmp_path)
    assert costs.loc[costs["category"] == "matmul", "int8_inputs"].tolist() == [True]
    g = jax.jit(lambda a, b: a @ b)
    x = jnp.ones((64, 64))
    costs = instruction_costs(module_bytes(g.lower(x, x).compile()), cache_dir=tmp_path)
    assert not costs["int8_inputs"].any()


COLLECTIVES_SCRIPT = """
import json, sys
import jax, jax.numpy as jnp
from jax.sharding import Mesh, PartitionSpec as P
from perfdiff.costs.instructions import instruction_costs
mesh = Mesh(jax.devices(), ("x",))
pairs = [(i, (i + 1) % 4) for i in range(4)]
def f(x):
    return (jax.lax.psum(x, "x"), jax.lax.all_gather(x, "x"), jax.lax.psum_scatter(x, "x", tiled=True),
            jax.lax.ppermute(x, "x", pairs), jax.lax.all_to_all(x, "x", 0, 0, tiled=True))
step = jax.jit(jax.shard_map(f, mesh=mesh, in_specs=P("x"), out_specs=P("x")))
compiled = step.lower(jnp.ones((4 * 256, 64))).compile()
proto = compiled.runtime_executable().hlo_modules()[0].as_serialized_hlo_module_proto()
costs = instruction_costs(proto, cache_dir=sys.argv[1])
whole = compiled.cost_analysis()
print(json.dumps({"whole": {k: whole.get(k, 0.0) for k in ("flops", "bytes accessed")},
                  "rows": json.loads(costs.to_json(orient="records"))}))
"""


def test_collectives_on_four_fake_cpu_devices(tmp_path: Path) -> None:
    env = {**os.environ, "XLA_FLAGS": "--xla_force_host_platform_device_count=4", "JAX_PLATFORMS": "cpu"}
    done = subprocess.run(
        [sys.executable, "-c", COLLECTIVES_SCRIPT, str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    result = json.loads(done.stdout)
    costs = pd.DataFrame(result["rows"])
    assert costs["flops"].sum() == pytest.approx(result["whole"]["flops"], rel=1e-3)
    assert costs["hbm_bytes"].sum() == pytest.approx(result["whole"]["bytes accessed"], rel=1e-3)
    by_kind = costs[costs["collective"].notna()].set_index("collective")
    assert set(by_kind.index) == {
        "all-reduce",
        "all-gather",
        "reduce-scatter",
        "collective-permute",
        "all-to-all",
    }
    assert (by_kind["category"] == "collective").all()
    v = 256 * 64 * 4  # each device's f32[256,64] shard, bytes
    expected = {  # kind: (N, V, bytes each device sends)
        "all-reduce": (4, v, 2 * v * 3 / 4),
        "all-gather": (4, 4 * v, 4 * v * 3 / 4),
        "reduce-scatter": (4, v, v * 3 / 4),
        "collective-permute": (4, v, v),
        "all-to-all": (4, v, v * 3 / 16),
    }
    for kind, (n, size, sent) in expected.items():
        row = by_kind.loc[kind]
        assert (row["group_size"], row["collective_bytes"], row["ici_bytes"]) == (n, size, sent), kind


# --- Real GPU traces against xprof ----------------------------------------------------------------


def xprof_hlo_stats(trace: Path, workdir: Path) -> pd.DataFrame:
    """xprof's hlo_stats for a trace, with per-occurrence FLOPs and bytes derived from its rates.

    hlo_stats has no FLOPs or bytes column, only rates over the op's total time: "Model GFLOP/s"
    (1e9 FLOP/s) and "Measured memory BW (GiB/s)" (2**30 B/s); "#Occurrences" and "Total time (us)"
    give the time per occurrence. xprof writes cache files beside the trace, so it reads a copy.
    """
    from xprof.convert import raw_to_tool_data

    copy = workdir / trace.name
    shutil.copy(trace, copy)
    data, _ = raw_to_tool_data.xspace_to_tool_data([str(copy)], "hlo_stats", {})
    table = json.loads(data)
    columns = [c["label"] for c in table["cols"]]
    frame = pd.DataFrame(
        [[cell["v"] if cell else None for cell in row["c"]] for row in table["rows"]], columns=columns
    )
    seconds = frame["Total time (us)"] * 1e-6 / frame["#Occurrences"]
    frame["flops"] = frame["Model GFLOP/s"] * 1e9 * seconds
    frame["hbm_bytes"] = frame["Measured memory BW (GiB/s)"] * 2**30 * seconds
    frame["program_id"] = frame["Program id"].astype("uint64")
    assert (frame["Total time (us)"] == frame["Total self time (us)"]).all()
    return frame


@pytest.mark.parametrize("name", GPU_TRACES, ids=real_traces.ids(GPU_TRACES))
def test_gpu_ops_match_xprof_hlo_stats(name: str, traces: Path, tmp_path: Path) -> None:
    xprof = xprof_hlo_stats(traces / name, tmp_path)
    modules = perfdiff.load(traces / name).modules
    ours = pd.concat(
        [
            instruction_costs(m.hlo_proto, cache_dir=tmp_path).assign(program_id=m.program_id)
            for m in modules.itertuples()
        ]
    )
    merged = xprof.merge(
        ours, left_on=["program_id", "HLO op name"], right_on=["program_id", "op"], suffixes=("_xprof", "")
    )
    assert len(merged) == len(xprof)  # every op xprof saw has a row
    priced = merged[merged["Bound by"] != "Unknown"]
    assert len(priced) > 0
    # Bytes: equal for every op xprof prices (Triton GEMM fusions included).
    np.testing.assert_allclose(priced["hbm_bytes"], priced["hbm_bytes_xprof"], rtol=1e-6)
    # FLOPs: equal for matmuls, convolutions and ops without arithmetic ...
    arithmetic = priced["category"].isin(["matmul", "convolution"]) | (priced["flops"] == 0)
    np.testing.assert_allclose(
        priced.loc[arithmetic, "flops"], priced.loc[arithmetic, "flops_xprof"], rtol=1e-6
    )
    # ... while for elementwise and reduction fusions xprof reports XLA:GPU's per-element cost model
    # (GpuHloCostAnalysis: 3 "flops" per element per op by default, more for transcendental ops),
    # not arithmetic: 3x HloCostAnalysis's one FLOP per element per op.
    plain = priced[~arithmetic & (priced["transcendentals"] == 0) & (priced["flops"] > 1e6)]
    np.testing.assert_allclose(plain["flops_xprof"] / plain["flops"], 3.0, rtol=1e-3)
    assert (priced.loc[~arithmetic, "flops_xprof"] >= priced.loc[~arithmetic, "flops"]).all()
    # Where xprof cannot price (0 FLOPs, bound "Unknown"): GEMM calls get 2·M·N·K; other custom calls
    # their operand and result bytes, a lower bound of their work, with FLOPs unknown.
    unknown = merged[merged["Bound by"] == "Unknown"]
    assert (unknown["flops_xprof"] == 0).all()
    gemms = unknown[unknown["cost_source"] == "gemm_shapes"]
    assert (gemms["flops"] > 0).all() and (gemms["category"] == "matmul").all()
    others = unknown[unknown["cost_source"] != "gemm_shapes"]  # TransformerEngine fused attention
    assert (others["cost_source"] == "operand_bytes").all() and others["flops"].isna().all()
    assert others["cost_lower_bound"].all() and (others["hbm_bytes"] > 0).all()
    assert len(gemms) + len(others) == len(unknown)


def costs_of(traces: Path, name: str, program_id: int, tmp_path: Path) -> pd.DataFrame:
    modules = perfdiff.load(traces / name).modules
    proto = modules.loc[modules["program_id"] == program_id, "hlo_proto"].iloc[0]
    return instruction_costs(proto, cache_dir=tmp_path)


def test_gemm_custom_call_priced_from_shapes(traces: Path, tmp_path: Path) -> None:
    # jax08_gemm program 49: custom-call(bf16[8192,4096] a, bf16[4096,8192] b) -> (bf16[8192,8192], s8[…])
    # with lhs_contracting_dimensions=[1], rhs_contracting_dimensions=[0]: M = 8192, K = 4096, N = 8192.
    gemm = (
        costs_of(traces, "amd-mi300x/jax08_gemm.xplane.pb", 49, tmp_path).set_index("op").loc["custom-call.1"]
    )
    assert gemm["flops"] == 2 * 8192 * 8192 * 4096 == 549_755_813_888
    assert gemm["hbm_bytes"] == (8192 * 4096 + 4096 * 8192 + 8192 * 8192) * 2 == 268_435_456
    assert (gemm["cost_source"], gemm["category"], gemm["source"]) == (
        "gemm_shapes",
        "matmul",
        "/workspace/traces/generate_gemm_trace.py:37",
    )
    # jax08_attention program 32: batched bf16[4,2048,1024] @ bf16[4,1024,2048] (batch dims {0},{0}).
    batched = costs_of(traces, "amd-mi300x/jax08_attention.xplane.pb", 32, tmp_path).set_index("op")
    assert batched.loc["custom-call.1", "flops"] == 2 * 4 * 2048 * 2048 * 1024 == 34_359_738_368


def test_cudnn_convolution_priced_as_hlo_convolution(traces: Path, tmp_path: Path) -> None:
    costs = costs_of(traces, "amd-mi300x/jax_conv_minimal_08.xplane.pb", 15, tmp_path).set_index("op")
    conv = costs.loc["cudnn-conv.1"]
    # window 1x2x2, stride 1x2x2, padding 1 on every side: each of the 32·60·104 real input positions
    # meets exactly one kernel tap, for 16 input and 5120 output features; padding taps are not counted.
    assert conv["flops"] == 2 * 5120 * 16 * 32 * 60 * 104
    assert (conv["cost_source"], conv["category"]) == ("conv_as_hlo", "convolution")


# --- TPU: collectives named by their HLO text -------------------------------------------------------


def test_tpu_all_reduce_from_trace_text_and_module(traces: Path, tmp_path: Path) -> None:
    path = traces / "tpu-v6e/tpu_inference_2.xplane.pb"
    space = xplane_pb2.XSpace.FromString(path.read_bytes())
    plane = next(p for p in space.planes if p.name == "/device:TPU:0")
    text = next(m.name for m in plane.event_metadata.values() if m.name.startswith("%all-reduce ="))
    info = collective_from_hlo_text(text)
    v = 5 * 1024 * 1024 * 256 * 4  # f32[5,1024,1024,256]
    assert info is not None
    assert (info.kind, info.group_size, info.collective_bytes, info.ici_bytes) == (
        "all-reduce",
        2,
        v,
        float(v),
    )
    # the same instruction from the module's proto (iota groups in collective_device_list)
    modules = perfdiff.load(path).modules
    psum = modules[modules["module"] == "jit__psum"].iloc[0]
    row = instruction_costs(psum["hlo_proto"], cache_dir=tmp_path).set_index("op").loc["all-reduce"]
    assert (row["collective"], row["group_size"], row["collective_bytes"], row["ici_bytes"]) == (
        "all-reduce",
        2,
        v,
        float(v),
    )


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("[4,2]<=[2,4]T(1,0)", [[0, 4], [1, 5], [2, 6], [3, 7]]),
        ("[2,4]<=[8]", [[0, 1, 2, 3], [4, 5, 6, 7]]),
        ("[2,4]<=[4,2]T(1,0)", [[0, 2, 4, 6], [1, 3, 5, 7]]),
        ("[2,2]<=[2,2]T(1,0)", [[0, 2], [1, 3]]),
        ("[1,8]<=[2,2,2]T(2,1,0)", [[0, 4, 2, 6, 1, 5, 3, 7]]),
        ("[4,2]<=[2,2,2]T(0,2,1)", [[0, 2], [1, 3], [4, 6], [5, 7]]),
        ("{{0,1,2,3}}", [[0, 1, 2, 3]]),
        ("{{0,2},{1,3}}", [[0, 2], [1, 3]]),
        ("{}", []),
    ],
)
def test_replica_groups(text: str, groups: list[list[int]]) -> None:
    assert parse_replica_groups(text) == groups


def test_iota_expansion_and_ring_formulas() -> None:
    assert iota_replica_groups(2, 3, [3, 2], [1, 0]) == [[0, 2, 4], [1, 3, 5]]
    assert ici_bytes("all-gather", 1000, 4) == 750
    assert ici_bytes("reduce-scatter", 1000, 4) == 750
    assert ici_bytes("all-reduce", 1000, 4) == 1500
    assert ici_bytes("all-to-all", 1000, 4) == 187.5
    assert ici_bytes("collective-permute", 1000, 4) == 1000
    assert ici_bytes("all-reduce", 1000, 1) == 0
    assert math.isnan(ici_bytes("all-reduce", 1000, None))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "%cp = f32[8]{0} collective-permute(f32[8]{0} %x), channel_id=2, "
            "source_target_pairs={{0,1},{1,0}}",
            ("collective-permute", 2, 32, 32.0),
        ),
        (
            "%ag = (f32[8]{0}, f32[32]{0}) all-gather-start(f32[8]{0} %x), "
            "replica_groups={{0,1,2,3}}, dimensions={0}",
            ("all-gather", 4, 128, 96.0),
        ),
        ("%ag.1 = f32[32]{0} all-gather-done((f32[8]{0}, f32[32]{0}) %ag)", ("all-gather", None, 0, 0.0)),
        (
            "%rs = bf16[16]{0} reduce-scatter(bf16[64]{0} %x), replica_groups=[2,4]<=[8], dimensions={0}",
            ("reduce-scatter", 4, 128, 96.0),
        ),
        (
            "%a2a = f32[64]{0} all-to-all(f32[64]{0} %x), replica_groups={{0,1},{2,3}}, dimensions={0}",
            ("all-to-all", 2, 256, 64.0),
        ),
        (
            "%ar = f32[64]{0} all-reduce(f32[64]{0} %x), replica_groups={}, to_apply=%add",
            ("all-reduce", None, 256, math.nan),
        ),
        ("%add.1 = f32[64]{0} add(f32[64]{0} %x, f32[64]{0} %y)", None),
    ],
)
def test_collective_from_hlo_text(text: str, expected: tuple[str, int | None, int, float] | None) -> None:
    info = collective_from_hlo_text(text)
    if expected is None:
        assert info is None
        return
    assert info is not None
    assert (info.kind, info.group_size, info.collective_bytes) == expected[:3]
    assert info.ici_bytes == pytest.approx(expected[3], nan_ok=True)


# --- Async chains, caching, errors ----------------------------------------------------------------

ASYNC_MODULE = """
HloModule m, entry_computation_layout={(f32[1024]{0})->f32[1024]{0}}

add {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT c = f32[] add(a, b)
}

wrapped {
  p = f32[1024]{0} parameter(0)
  ROOT e = f32[1024]{0} exponential(p)
}

ENTRY main {
  x = f32[1024]{0} parameter(0)
  ars = f32[1024]{0} all-reduce-start(x), channel_id=1, replica_groups=[2,2]<=[4],
    use_global_device_ids=true, to_apply=add
  ard = f32[1024]{0} all-reduce-done(ars)
  as = ((f32[1024]{0}), f32[1024]{0}, s32[]) async-start(ard), calls=wrapped
  ad = f32[1024]{0} async-done(as)
  cps = (f32[1024]{0}, f32[1024]{0}, u32[], u32[]) collective-permute-start(ad), channel_id=2,
    source_target_pairs={{0,1},{1,0}}
  ROOT cpd = f32[1024]{0} collective-permute-done(cps)
}
"""


def test_async_pairs_and_wrapped_computations(tmp_path: Path) -> None:
    from jaxlib import _hlo

    proto = _hlo.hlo_module_from_text(ASYNC_MODULE).as_serialized_hlo_module_proto()
    costs = instruction_costs(proto, cache_dir=tmp_path).set_index("op")
    whole = module_cost(proto)
    assert costs["hbm_bytes"].sum() == whole["bytes accessed"]
    assert costs["transcendentals"].sum() == whole["transcendentals"] == 1024
    start, done = costs.loc["ars"], costs.loc["ard"]
    assert (start["collective"], start["group_size"], start["ici_bytes"]) == ("all-reduce", 2, 4096.0)
    assert (done["collective"], done["group_size"], done["ici_bytes"], done["collective_bytes"]) == (
        "all-reduce",
        2,
        0.0,
        0,
    )
    assert costs.loc["cps", "ici_bytes"] == 4096 and costs.loc["cps", "group_size"] == 2
    # the wrapped exponential is a row of its own; the async-start around it is control flow
    assert costs.loc["e", "computation"] == "wrapped" and costs.loc["e", "transcendentals"] == 1024
    assert costs.loc["as", "cost_source"] == "nested"


def test_cache_is_read_back_and_a_corrupt_entry_is_recomputed(
    mlp_compiled: jax.stages.Compiled, tmp_path: Path
) -> None:
    proto = module_bytes(mlp_compiled)
    first = instruction_costs(proto, cache_dir=tmp_path)
    (entry,) = (tmp_path / "hlo_cost").glob("*.json")
    assert not list((tmp_path / "hlo_cost").glob("*.tmp"))  # atomic write left nothing behind
    pd.testing.assert_frame_equal(instruction_costs(proto, cache_dir=tmp_path), first)
    payload = json.loads(entry.read_text())
    payload["rows"]["flops"][0] = 12345.0  # a marked entry proves the second call reads the cache
    entry.write_text(json.dumps(payload))
    assert instruction_costs(proto, cache_dir=tmp_path)["flops"].iloc[0] == 12345.0
    payload["rows"]["flops"] = payload["rows"]["flops"][:1]  # valid JSON, inconsistent table
    entry.write_text(json.dumps(payload))
    pd.testing.assert_frame_equal(instruction_costs(proto, cache_dir=tmp_path), first)
    entry.write_text(entry.read_text()[:100])  # truncated: ignored, recomputed, rewritten
    pd.testing.assert_frame_equal(instruction_costs(proto, cache_dir=tmp_path), first)
    assert json.loads(entry.read_text())["rows"]["flops"][0] == first["flops"].iloc[0]


def test_cache_folder_is_the_argument_else_perfdiffs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PERFDIFF_CACHE_DIR", str(tmp_path / "a"))
    assert cost_cache.cache_root() == cache_dir() == tmp_path / "a"
    assert cost_cache.cache_root(tmp_path / "b") == tmp_path / "b"


def test_bytes_that_are_not_a_module_raise(tmp_path: Path) -> None:
    with pytest.raises(BadTraceError, match="HloModuleProto"):
        instruction_costs(b"\xff\xff\xff not a proto", cache_dir=tmp_path)
    with pytest.raises(BadTraceError, match="entry computation"):
        instruction_costs(b"", cache_dir=tmp_path)


def test_missing_private_api_names_supported_versions(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The helper process that prices modules says when its jax lacks the private API (this process
    never imports jax to price a trace): a jax without it, made by a sitecustomize in the helper."""
    from perfdiff.costs import xla_process

    compiled = jax.jit(lambda x: x + 1).lower(jnp.ones(4)).compile()
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(
        "from jax._src.lib import _jax\ndel _jax.hlo_module_cost_analysis\n", encoding="utf-8"
    )
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")])))
    xla_process._HELPER.stop()  # the next module starts a helper with that jax
    try:
        with pytest.raises(UnsupportedVersionError, match=r"0\.10\.2"):
            instruction_costs(module_bytes(compiled), cache_dir=tmp_path / "cache")
    finally:
        xla_process._HELPER.stop()
