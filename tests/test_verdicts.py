"""The verdicts that depend on time — the diff's noise rule and ``--fail-above``, flags, the order of
ops — on CPU profiles of real XLA programs whose op times are chosen (``xspace_builder.CpuTrace``).

Two captures of a real run differ by whatever the machine did meanwhile, so the tests on real captures
(test_diff.py, test_cli.py) assert only what timing cannot change; here every time is known before
the trace is read, so every verdict is too. The programs are real: a small MLP train step compiled by
jax here, and the bundled tiny LLaMA train step as the real captures carry it; XLA prices them.
"""

from __future__ import annotations

import json
import math
import random
from pathlib import Path

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from example_captures import mlp_lines
from sandbox import cli
from xspace_builder import CpuTrace, Program, jittered_steps

import perfdiff
from perfdiff import units
from perfdiff.chips.table import Chip
from perfdiff.compare.diff import NoiseRule
from perfdiff.costs.instructions import instruction_costs
from perfdiff.report.report import FlagRule
from perfdiff.report.store import save_report

# A CPU-shaped roofline with round figures (ridge 5 FLOPs/byte, as on the 2-core machines this project
# runs on: matmuls compute-bound, elementwise ops memory-bound), fixed so that every op's theory time —
# and with it every efficiency, gap and flag — is known before the trace is read.
CHIP = Chip(
    name="cpu", kind="cpu", peak_flops_per_s=1e11, peak_int8_flops_per_s=1e11, hbm_bytes=16e9,
    hbm_bytes_per_s=2e10, ici_link_bytes_per_s=5e9, ici_links=1, topology="host", source="table",
    notes="fixed round figures for tests",
)  # fmt: skip
STEPS = 5
F32 = jnp.float32


def mlp_loss(x: jax.Array, w_up: jax.Array, w_down: jax.Array) -> jax.Array:
    return jnp.mean((jax.nn.silu(x @ w_up) @ w_down) ** 2)


def train_step(x: jax.Array, w_up: jax.Array, w_down: jax.Array):  # noqa: ANN201
    return jax.value_and_grad(mlp_loss, argnums=(1, 2))(x, w_up, w_down)


@pytest.fixture(scope="module")
def program() -> Program:
    """The MLP train step (x [128, 256], d_ff 512): four 2·128·256·512-FLOP matmuls and the rest."""
    shapes = [(128, 256), (256, 512), (512, 256)]
    return Program.compiled(train_step, *(jax.ShapeDtypeStruct(s, F32) for s in shapes))


def theory_ns(program: Program, chip: Chip = CHIP) -> dict[str, float]:
    """op -> its roofline time per execution on ``chip`` (ns): XLA's cost at the chip's peaks."""
    costs = instruction_costs(program.module).set_index("op")
    ops = program.ops()
    compute = costs.loc[ops, "flops"] / chip.peak_flops_per_s
    memory = costs.loc[ops, "hbm_bytes"] / chip.hbm_bytes_per_s
    return (np.maximum(compute, memory) * 1e9).to_dict()


@pytest.fixture(scope="module")
def theory(program: Program) -> dict[str, float]:
    return theory_ns(program)


@pytest.fixture(scope="module")
def usual(theory: dict[str, float]) -> dict[str, float]:
    """The program's op times in an ordinary step (ns): each op at 40 % of its roofline, and no op
    shorter than 5 µs (what dispatching an op costs on a CPU)."""
    return {op: max(t / 0.4, 5_000.0) for op, t in theory.items()}


def write_run(program: Program, steps: list[dict[str, float]], root: Path, run: str, **step_args) -> Path:
    """A logdir holding one run of ``steps`` (op -> ns each) of ``program``; returns the logdir."""
    trace = CpuTrace(program)
    for ops in steps:
        trace.step(ops, **step_args)
    trace.write_run(root / run, run)
    return root / run


def analyze(logdir: Path) -> perfdiff.Report:
    return perfdiff.analyze(logdir, CHIP)


# --- the builder's traces read back as built ----------------------------------------------------


def test_a_built_trace_reads_back_as_built(program: Program, usual: dict[str, float], tmp_path: Path) -> None:
    """Two devices, jittered steps: perfdiff reads the op times, step times and devices that were
    written, each op's quartiles over its (step, device) samples, and prices the ops as XLA prices the
    program."""
    steps = [
        {device: jittered_steps(usual, 1, jitter=0.2, seed=10 * step + device)[0] for device in (0, 1)}
        for step in range(3)
    ]
    trace = CpuTrace(program)
    for ops in steps:
        trace.step(ops)
    report = analyze(trace.write_run(tmp_path).parent)
    ops = report.ops.set_index("op")
    assert sorted(ops.index) == sorted(program.ops())
    assert set(ops["devices"]) == {2} and set(ops["occurrences"]) == {6}
    for op in program.ops():
        written = sum(step[device][op] for step in steps for device in (0, 1))
        assert ops.loc[op, "measured_s"] * 1e9 == pytest.approx(written, abs=6)  # whole ns per event
        samples = [step[device][op] for step in steps for device in (0, 1)]
        assert ops.loc[op, "step_samples"] == 6
        for column, q in (("step_q25_s", 0.25), ("step_median_s", 0.5), ("step_q75_s", 0.75)):
            assert ops.loc[op, column] * 1e9 == pytest.approx(np.quantile(samples, q), abs=2)
    assert report.steps["measured_s"].to_numpy() * 1e9 == pytest.approx(trace.step_ns, abs=1)
    assert set(ops["cost_source"]) == {"hlo_cost_analysis"}
    costs, theory = instruction_costs(program.module).set_index("op"), theory_ns(program)
    for op in program.ops():
        assert ops.loc[op, "flops"] == pytest.approx(6 * costs.loc[op, "flops"], rel=1e-9)
        assert ops.loc[op, "hbm_bytes"] == pytest.approx(6 * costs.loc[op, "hbm_bytes"], rel=1e-9)
        # The two devices ran side by side on one host: each op is priced at its share of the host
        # (roofline.py), and on the memory roof for its working set, never below the whole host's price.
        assert 1 <= ops.loc[op, "shared_by"] <= 2
        assert (
            ops.loc[op, "theory_s"] * 1e9 >= 6 * theory[op] * (1 - 1e-9) or ops.loc[op, "bound"] == "suspect"
        )


# --- the diff's verdicts and --fail-above ---------------------------------------------------------

PARTS = ("delta_work_s", "delta_efficiency_s", "delta_uncosted_s", "delta_idle_s", "delta_overlap_s")


def assert_parts_add_up(summary: dict) -> None:
    """The five parts of the step's change add up to it, to float precision."""
    total = sum(summary[part] for part in PARTS)
    assert total == pytest.approx(summary["delta_step_s"], rel=1e-9, abs=1e-12), summary


def quiet(times: dict[str, float], steps: int, seed: int, scale: float = 1.0) -> list[dict[str, float]]:
    """``steps`` steps of ``times`` × ``scale``: ±2 % per op and step, and one disturbance of a third
    of a step on a random op of a random step (a preempted thread)."""
    spike = sum(times.values()) * scale / 3
    scaled = {op: t * scale for op, t in times.items()}
    return jittered_steps(scaled, steps, jitter=0.02, spikes=1, spike_ns=spike, seed=seed)


@pytest.mark.parametrize("seed", range(3))
def test_identical_distributions_change_nothing(
    program: Program, usual: dict[str, float], tmp_path: Path, seed: int
) -> None:
    """Two runs of ten steps from one distribution, each with a disturbance: the step is unchanged
    within a 10 % threshold, no op regressed or improved, the drift is about 1."""
    base = analyze(write_run(program, quiet(usual, 10, 2 * seed), tmp_path, "base"))
    new = analyze(write_run(program, quiet(usual, 10, 2 * seed + 1), tmp_path, "new"))
    result = perfdiff.diff(base, new, noise=NoiseRule(threshold=0.1))
    s, ops = result.summary, result.ops
    shown = ops[["op_new", "median_base_s", "median_new_s", "noise_s", "status"]]
    assert s["verdict"] == "unchanged", result.headline
    assert s["change_low"] < 0.03 and s["change_high"] > -0.03 and abs(s["change"]) < 0.02
    assert set(ops["status"]) == {"unchanged"} and not ops["work_changed"].any(), shown
    assert s["drift_estimated"] and abs(s["drift"] - 1) < 0.02
    assert s["drift_low"] < 1.01 and s["drift_high"] > 0.99
    assert result.headline.startswith("unchanged: the step changed")
    assert_parts_add_up(s)


def test_identical_distributions_exit_0(program: Program, usual: dict[str, float], tmp_path: Path) -> None:
    base = write_run(program, quiet(usual, 10, seed=11), tmp_path, "base")
    new = write_run(program, quiet(usual, 10, seed=12), tmp_path, "new")
    done = cli(base, new, "--no-save", "--format", "markdown", "--fail-above", "10")
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert "**verdict**: unchanged: the step changed" in done.stdout
    assert "0 regressed, 0 improved, 0 inconclusive" in done.stdout
    assert "no op changed beyond its noise" in done.stdout
    data = json.loads(cli(base, new, "--no-save", "--format", "json", "--fail-above", "10").stdout)
    assert {op["status"] for op in data["ops"]} == {"unchanged"}
    assert data["headline"] in done.stdout and all(line in done.stdout for line in data["sentences"])


@pytest.fixture(scope="module")
def llama(captures) -> Program:
    """The bundled tiny LLaMA's train step (348 ops) as the real captures carry it."""
    return Program.from_trace(captures.base, "jit_train_step")


def test_a_true_20_percent_slowdown_exits_1(llama: Program, tmp_path: Path) -> None:
    """Half the MLP's matmuls of the LLaMA step slower, the rest as before (±1 % per op and step), so
    that the step takes 20 % longer: the verdict is regressed, its interval near +20 %, the drift 1
    (the other ops did not move), the slowed matmuls regressed for the same work; exit 1 above
    --fail-above 10, 0 above 30. (Were the slowed ops most of the step's time, they would be most of
    the ops the drift is measured on: see test_a_uniformly_slower_machine_is_inconclusive.)"""
    times = {op: t / 0.3 + 2_000 for op, t in theory_ns(llama).items()}
    base_dir = write_run(llama, jittered_steps(times, 8, jitter=0.01, seed=1), tmp_path, "base")
    base = analyze(base_dir)
    ops = base.ops.set_index("op")
    matmuls = sorted(
        op for op in times if ops.loc[op, "source"] in mlp_lines() and ops.loc[op, "category"] == "matmul"
    )
    slowed = matmuls[::2]  # half of them: a slowdown of some ops, not of most of the step's time
    share = sum(times[op] for op in slowed) / sum(times.values())
    assert 0.1 < share < 0.25 and len(slowed) >= 6, share
    factor = 1 + 0.2 / share  # the step's op time grows by 20 %
    new_times = {op: t * factor if op in slowed else t for op, t in times.items()}
    new_dir = write_run(llama, jittered_steps(new_times, 8, jitter=0.01, seed=2), tmp_path, "new")
    result = perfdiff.diff(base, analyze(new_dir), noise=NoiseRule(threshold=0.1))
    s = result.summary
    assert s["verdict"] == "regressed", result.headline
    assert s["change"] == pytest.approx(0.2, abs=0.02) and s["change_low"] > 0.15
    assert s["drift_high"] < 1.03 and s["drift_low"] > 0.97
    by_op = result.ops.set_index("op_new")
    assert (by_op.loc[slowed, "status"] == "regressed").all() and (
        by_op.loc[slowed, "reason"] == "same work, slower"
    ).all()
    assert set(by_op.drop(index=slowed)["status"]) == {"unchanged"}
    assert_parts_add_up(s)
    assert s["delta_efficiency_s"] == pytest.approx(s["delta_step_s"], rel=0.05)  # the same work, slower
    done = cli(base_dir, new_dir, "--no-save", "--fail-above", "10")
    assert done.returncode == 1, done.stderr
    (line,) = done.stderr.splitlines()
    assert line.startswith("perfdiff: regressed: the step changed +") and line.endswith("(--fail-above 10)")
    assert "more than the 10 % threshold" in line
    assert cli(base_dir, new_dir, "--no-save", "--fail-above", "30").returncode == 0


def test_a_uniformly_slower_machine_is_inconclusive(
    program: Program, usual: dict[str, float], tmp_path: Path
) -> None:
    """Every op 20 % slower, little noise: the step is 20 % slower, and so is every op of unchanged
    work — a slower machine and a program change that slows every op alike read the same from two
    captures, so --fail-above 10 exits 3 and says so; judged on the raw step (--no-drift), exit 1."""
    base = write_run(program, jittered_steps(usual, 8, jitter=0.01, seed=1), tmp_path, "base")
    slower = {op: 1.2 * t for op, t in usual.items()}
    new = write_run(program, jittered_steps(slower, 8, jitter=0.01, seed=2), tmp_path, "new")
    result = perfdiff.diff(analyze(base), analyze(new), noise=NoiseRule(threshold=0.1))
    s = result.summary
    assert s["drift"] == pytest.approx(1.2, abs=0.02) and s["drift_low"] > 1.15
    assert s["change"] == pytest.approx(0.2, abs=0.02)
    assert (s["verdict"], s["verdict_reason"]) == ("inconclusive", "drift")
    assert set(result.ops["status"]) == {"unchanged"}
    big = (
        result.ops["measured_base_s"] > 0.06 * s["step_base_s"]
    )  # 20 % of the rest is within 1 % of the step
    assert set(result.ops.loc[big, "reason"]) == {"within the drift"}
    done = cli(base, new, "--no-save", "--fail-above", "10")
    assert done.returncode == 3, done.stderr
    assert "a slower or busier machine could explain it" in done.stderr and len(done.stderr.splitlines()) == 1
    raw = cli(base, new, "--no-save", "--fail-above", "10", "--no-drift")
    assert raw.returncode == 1 and "regressed:" in raw.stderr


def test_two_steps_each_exit_3(program: Program, usual: dict[str, float], tmp_path: Path) -> None:
    """Two steps a run cannot give a 95 % interval, whatever they say: exit 3, and how many would."""
    base = write_run(program, jittered_steps(usual, 2, jitter=0.01, seed=1), tmp_path, "base")
    slower = {op: 1.5 * t for op, t in usual.items()}
    new = write_run(program, jittered_steps(slower, 2, jitter=0.01, seed=2), tmp_path, "new")
    done = cli(base, new, "--no-save", "--fail-above", "10")
    assert done.returncode == 3, done.stderr
    assert "2 and 2 steps cannot give a 95 % interval" in done.stderr
    assert "at least 4 steps in each run would" in done.stderr
    data = json.loads(cli(base, new, "--no-save", "--format", "json", "--fail-above", "10").stdout)
    s = data["summary"]
    assert (s["verdict"], s["verdict_reason"], s["steps_needed"]) == ("inconclusive", "few steps", 4)
    assert s["change_low"] is None and s["change_high"] is None  # no interval: null, not a number


def test_idle_growth_is_said_first(program: Program, usual: dict[str, float], tmp_path: Path) -> None:
    """The same ops, but 40 ms of host time in every new step (an un-jitted step dispatching op by
    op): the first sentence says idle grew and asks whether the step is jitted, in the API, the JSON
    and the CLI alike; the parts add up, and idle is nearly all of the change."""
    base = write_run(program, jittered_steps(usual, 6, jitter=0.01, seed=1), tmp_path, "base")
    new = write_run(program, jittered_steps(usual, 6, jitter=0.01, seed=2), tmp_path, "new", idle_ns=40e6)
    result = perfdiff.diff(analyze(base), analyze(new))
    s = result.summary
    first = result.sentences[0]
    assert first.startswith("idle grew ") and first.endswith("is the step jitted?"), result.sentences
    assert s["idle_new_s"] - s["idle_base_s"] == pytest.approx(40e-3, rel=0.01)
    assert s["delta_idle_s"] == pytest.approx(s["delta_step_s"], rel=0.02)
    assert_parts_add_up(s)
    assert s["verdict"] == "regressed" and set(result.ops["status"]) == {"unchanged"}
    data = json.loads(cli(base, new, "--no-save", "--format", "json").stdout)
    assert data["sentences"][0] == first and data["headline"] == result.headline
    assert_parts_add_up(data["summary"])
    text = cli(base, new, "--no-save").stdout
    what = text[text.index("What changed") :].splitlines()
    assert what[1].strip().startswith("• idle grew"), what[:3]


@pytest.mark.parametrize("idle_scale", [1.5, 6.0], ids=["idle-as-the-ops", "idle-beyond-the-drift"])
def test_idle_is_judged_against_the_drift(
    program: Program, usual: dict[str, float], tmp_path: Path, idle_scale: float
) -> None:
    """Every op 1.5× as long, and the host's time between steps as much (a busier machine stretches
    dispatch as it stretches the ops): the idle time's rise is the drift's, so the +50 % step is
    inconclusive for the drift, not regressed; idle six times as long is a rise beyond the drift,
    found, and the step regressed."""
    idle = 0.5 * sum(usual.values())
    base = write_run(program, jittered_steps(usual, 8, jitter=0.01, seed=1), tmp_path, "base", idle_ns=idle)
    slower = {op: 1.5 * t for op, t in usual.items()}
    steps = jittered_steps(slower, 8, jitter=0.01, seed=2)
    new = write_run(program, steps, tmp_path, "new", idle_ns=idle_scale * idle)
    s = perfdiff.diff(analyze(base), analyze(new), noise=NoiseRule(threshold=0.1)).summary
    assert s["drift"] == pytest.approx(1.5, abs=0.03) and s["drift_high"] < 1.55
    assert s["idle_new_s"] > 1.4 * s["idle_base_s"]
    if idle_scale == 1.5:
        assert (s["verdict"], s["verdict_reason"]) == ("inconclusive", "drift")
        assert s["found_slower_s"] < 0.1 * s["step_base_s"]
    else:
        assert s["verdict"] == "regressed"
        assert s["found_slower_s"] > (idle_scale - 1.55) * 0.9 * idle * 1e-9
    assert_parts_add_up(s)


def busy_run(program: Program, times: dict[str, float], root: Path, run: str, seed: int) -> Path:
    """Eight steps of ``times`` (ns; ±2 % per op and step) on a busy host: each step also holds up to
    half its op time again in host work (uniform), so the step's time varies by ±25 % around its mean
    while every op's stays tight."""
    rng, busy = random.Random(seed), 0.5 * sum(times.values())
    trace = CpuTrace(program)
    for ops in jittered_steps(times, 8, jitter=0.02, seed=seed):
        trace.step(ops, idle_ns=rng.uniform(0, busy))
    trace.write_run(root / run, run)
    return root / run


@pytest.mark.parametrize("share", [0.04, 0.6], ids=["within-the-step-noise", "beyond-the-step-noise"])
def test_a_jump_of_one_op_is_judged_against_the_step_noise(
    llama: Program, tmp_path: Path, share: float
) -> None:
    """One op of unchanged work (a small fusion, ±2 % within each run) takes longer in every step of
    the new run, by ``share`` of the step, as when two processes ran it on different threads; the
    steps vary by ±25 % with host work. By 4 % of the step — far beyond its own band, well within
    the step's noise — it is inconclusive "within the step's noise", not regressed, and the step is
    not regressed; by 60 % — beyond the step's noise — it is regressed, and so is the step."""
    times = {op: t / 0.3 + 2_000 for op, t in theory_ns(llama).items()}
    op = "copy_bitcast_fusion"
    base = analyze(busy_run(llama, times, tmp_path, "base", seed=1))
    jumped = times | {op: times[op] + share * sum(times.values())}
    result = perfdiff.diff(
        base, analyze(busy_run(llama, jumped, tmp_path, "new", seed=2)), noise=NoiseRule(threshold=0.1)
    )
    s, row = result.summary, result.ops.set_index("op_new").loc[op]
    moved = row["median_new_s"] - row["median_base_s"]
    assert not row["work_changed"] and row["above_noise"] and moved > 2 * row["noise_s"]
    assert s["drift_low"] > 0.98 and s["drift_high"] < 1.02  # one op of 348 moved: the machine did not
    assert s["step_noise_s"] > 0.1 * s["step_base_s"]
    assert set(result.ops.loc[result.ops["op_new"] != op, "status"]) == {"unchanged"}
    if share < 0.1:
        assert moved < 0.5 * s["step_noise_s"]
        assert (row["status"], row["reason"]) == ("inconclusive", "within the step's noise")
        assert s["verdict"] != "regressed" and s["regressed"] == 0
        said = next(line for line in result.sentences if line.startswith(op))
        assert f"(inconclusive: within the step's noise, ±{units.seconds(s['step_noise_s'])}/step)" in said
    else:
        assert moved > 1.5 * s["step_noise_s"]
        assert (row["status"], row["reason"]) == ("regressed", "same work, slower")
        assert s["verdict"] == "regressed", result.headline
    assert_parts_add_up(s)


# The case, built from HLO: a layer on 4 devices whose MLP doubles in width. Its dots do twice
# the work; the all-reduce of its output does the same work but waits on the slowest device; six
# elementwise ops on unchanged shapes run as before.
_LAYER = """HloModule jit_layer

sum {{
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b)
}}

ENTRY main {{
  x = f32[64,128] parameter(0)
  w1 = f32[128,{f}] parameter(1)
  w2 = f32[{f},128] parameter(2)
  dot.1 = f32[64,{f}] dot(x, w1), lhs_contracting_dims={{1}}, rhs_contracting_dims={{0}}
  tanh.1 = f32[64,{f}] tanh(dot.1)
  dot.2 = f32[64,128] dot(tanh.1, w2), lhs_contracting_dims={{1}}, rhs_contracting_dims={{0}}
  all-reduce.1 = f32[64,128] all-reduce(dot.2), replica_groups={{{{0,1,2,3}}}}, to_apply=sum
  multiply.1 = f32[64,128] multiply(x, x)
  add.1 = f32[64,128] add(all-reduce.1, multiply.1)
  exponential.1 = f32[64,128] exponential(add.1)
  negate.1 = f32[64,128] negate(exponential.1)
  subtract.1 = f32[64,128] subtract(negate.1, x)
  ROOT abs.1 = f32[64,128] abs(subtract.1)
}}
"""
ELEMENTWISE = ("multiply.1", "add.1", "exponential.1", "negate.1", "subtract.1", "abs.1")


def layer_steps(wide: bool, elementwise_scale: float, seed: int) -> list[dict[int, dict[str, float]]]:
    """Six steps on 4 devices (ns). Wide: dots and tanh twice as long, device 0 10 % slower still,
    and the all-reduce on the other devices waiting for it (4.6× as long)."""
    steps = []
    for step in range(6):
        devices = {}
        for device in range(4):
            slow = 1.1 if wide and device == 0 else 1.0
            work = 2.0 if wide else 1.0
            times = {"dot.1": 400e3 * work * slow, "tanh.1": 50e3 * work * slow, "dot.2": 400e3 * work * slow}
            times["all-reduce.1"] = 100e3 * (4.6 if wide and device else 1.0)
            times |= {op: 20e3 * elementwise_scale for op in ELEMENTWISE}
            (devices[device],) = jittered_steps(times, 1, jitter=0.02, seed=100 * seed + 10 * step + device)
        steps.append(devices)
    return steps


@pytest.mark.parametrize("elementwise_scale", [1.0, 4.6], ids=["machine-steady", "machine-4.6x-slower"])
def test_drift_cannot_flip_a_regression(tmp_path: Path, elementwise_scale: float) -> None:
    """The all-reduce that waits on a slower peer stays out of the drift: with the machine steady the
    drift is 1 and the wider dots are regressed for more work, the waiting all-reduce for the same
    work; and when the machine itself runs 4.6× slower (every elementwise op), the dots — whose time
    doubled, less than the drift — are still regressed for their doubled work, never improved, and
    no op whose time grew is improved."""
    base_program = Program.from_text(_LAYER.format(f=256))
    wide_program = Program.from_text(_LAYER.format(f=512))
    base = analyze(write_run(base_program, layer_steps(False, 1.0, 1), tmp_path, "base"))
    new = analyze(write_run(wide_program, layer_steps(True, elementwise_scale, 2), tmp_path, "new"))
    result = perfdiff.diff(base, new)
    s, ops = result.summary, result.ops.set_index("op_new")
    assert s["drift_ops"] == len(ELEMENTWISE)  # the all-reduce and the reshaped ops stay out
    assert s["drift"] == pytest.approx(elementwise_scale, rel=0.03)
    grew = ops["median_new_s"] - ops["median_base_s"] > ops["noise_s"]
    assert not (grew & (ops["status"] == "improved")).any(), ops[["status", "reason"]]
    assert ops.loc[["dot.1", "dot.2"], "work_changed"].all()
    if elementwise_scale == 1.0:
        assert (ops.loc[["dot.1", "dot.2", "tanh.1"], "status"] == "regressed").all()
        assert (ops.loc[["dot.1", "dot.2"], "reason"] == "more work").all()
        assert ops.loc["all-reduce.1", "status"] == "regressed"
        assert ops.loc["all-reduce.1", "reason"] == "same work, slower"
        assert set(ops.loc[list(ELEMENTWISE), "status"]) == {"unchanged"}
    else:  # the dots did more work: that the machine slowed too cannot explain it away
        assert (ops.loc[["dot.1", "dot.2"], "status"] == "regressed").all()
        assert (ops.loc[["dot.1", "dot.2"], "reason"] == "more work").all()
        assert ops.loc["all-reduce.1", "status"] == "unchanged"  # 4.6× as long: as the machine went
        assert set(ops.loc[list(ELEMENTWISE), "reason"]) == {"within the drift"}
    assert_parts_add_up(s)
    assert s["overlap_new_s"] != 0  # four devices, one busier: op time that did not lengthen the step


# --- the wider MLP of the bundled model: more work ------------------------------------------------


@pytest.fixture(scope="module")
def example_programs(captures) -> dict[str, Program]:
    """The bundled tiny LLaMA train step at its MLP width and eight times wider (d_ff 512 and 4096):
    the programs of the real captures test_diff.py and test_cli.py diff, taken from their traces."""
    return {name: Program.from_trace(getattr(captures, name), "jit_train_step") for name in ("base", "wide")}


def test_wider_mlp_tops_the_diff_as_more_work(example_programs: dict[str, Program], tmp_path: Path) -> None:
    """Every op at one efficiency (±2 % per step): time follows work, so the ops whose work grew most
    — the MLP's matmuls, eight times the FLOPs — top the diff, regressed, for their work."""
    runs = {}
    for name, program in example_programs.items():
        times = {op: t / 0.3 + 2_000 for op, t in theory_ns(program).items()}
        runs[name] = analyze(
            write_run(program, jittered_steps(times, STEPS, jitter=0.02, seed=3), tmp_path, name)
        )
    result = perfdiff.diff(runs["base"], runs["wide"])
    mlp = mlp_lines()
    matmuls = result.ops[result.ops["source"].isin(mlp) & (result.ops["category"] == "matmul")]
    assert len(matmuls) >= 6, result.ops.head(10)  # up, gate and down of 2 layers, and their gradients
    top = result.ops.head(len(matmuls))
    assert top["op_new"].tolist() == matmuls["op_new"].tolist()  # the MLP's matmuls, first
    assert (matmuls["status"] == "regressed").all() and (matmuls["cause"] == "work").all()
    assert matmuls["work_changed"].all() and (matmuls["match"] != "added").all()
    flops = {name: runs[name].ops.set_index("op")["flops"] for name in runs}
    for row in matmuls.itertuples():
        assert flops["wide"][row.op_new] == 8 * flops["base"][row.op_base], row  # d_ff 512 -> 4096
    lines = result.by_source()
    assert lines.iloc[0]["source"] in mlp and lines.iloc[0]["delta_work_s"] > 0
    s = result.summary
    assert s["removed"] == 0 and s["matched"] == s["ops_base"]
    assert s["delta_work_s"] > 10 * abs(s["delta_efficiency_s"])  # time followed work
    assert s["theory_step_new_s"] > 2 * s["theory_step_base_s"]


# --- flags and the order of ops ---------------------------------------------------------------------


def test_flags_and_order_follow_the_times(program: Program, theory: dict[str, float], tmp_path: Path) -> None:
    """Each op at its own efficiency, the step padded with host time: an op is flagged exactly when
    it runs below half its roofline and could save at least 1 % of the step, and ops are listed by
    the time they could save, most first — in the API, the saved report and the CLI."""
    ops = sorted(theory, key=theory.get, reverse=True)
    efficiency = {op: 0.15 + 0.8 * i / len(ops) for i, op in enumerate(ops)}
    efficiency[ops[1]] = 0.8  # a big matmul near its roofline: not flagged however big
    small = next(op for op in reversed(ops) if theory[op] > 10_000)  # 10 µs of work ...
    efficiency[small] = 0.2  # ... far from its roofline, but too little to matter in a 30 ms step
    times = {op: round(theory[op] / efficiency[op] + 137 * i) for i, op in enumerate(ops)}
    idle = 30e6 - sum(times.values())
    report = analyze(write_run(program, [times] * 3, tmp_path, "run", idle_ns=idle))
    step_ns = report.steps["measured_s"].iloc[0] * 1e9
    gap = {op: times[op] - theory[op] for op in ops}
    assert len(set(gap.values())) == len(gap)  # no ties: one right order
    rule = FlagRule()
    flagged = {
        op for op in ops if gap[op] / step_ns >= rule.min_step_share and efficiency[op] < rule.max_efficiency
    }
    assert ops[0] in flagged and ops[1] not in flagged and small not in flagged
    got = report.ops.set_index("op")
    assert {op for op in ops if got.loc[op, "flag"]} == flagged
    for op in ops:
        assert got.loc[op, "efficiency"] == pytest.approx(theory[op] / times[op], rel=1e-6)
    order = sorted(ops, key=gap.get, reverse=True)
    assert report.ops["op"].tolist() == order
    saved = save_report(report)
    listed = json.loads(cli(saved, "--format", "json").stdout)["ops"]
    assert [op["op"] for op in listed] == order
    table = cli(saved, "--top", "3").stdout
    first = next(line for line in table.splitlines() if line.strip().startswith("1 "))
    assert order[0] in first.split()
    assert math.isclose(report.summary["flagged"], len(flagged))


def test_float_residue_is_no_part_of_the_step() -> None:
    """0.1 + 0.2 + 0.3 != 0.6 in floats: ops that fill the step exactly leave no overlap, not 1e-16 s."""
    import pandas as pd

    from perfdiff.compare.parts import step_parts

    times = [0.1, 0.2, 0.3]
    ops = pd.DataFrame({"measured_base_s": times, "measured_new_s": times, "delta_measured_s": 0.0,
                        "delta_work_s": 0.0, "delta_efficiency_s": 0.0})  # fmt: skip
    summary = {"step_s_mean": 0.6, "idle_s_mean": 0.0}
    assert sum(times) != 0.6  # the residue this test is about
    parts = step_parts(summary, summary, ops)
    assert parts["overlap_base_s"] == 0.0 and parts["delta_overlap_s"] == 0.0
    assert_parts_add_up(parts | {"delta_step_s": parts["delta_step_s"]})


@pytest.mark.parametrize("moved_ms", [0.9, 1.1])
def test_an_ops_band_and_the_step_noise_add_in_quadrature(moved_ms: float) -> None:
    """The rule itself, on one op's figures: a band of 0.6 ms (its quartiles) and a step noise of
    0.8 ms make 1.0 ms together. Moved 0.9 ms — beyond each alone — it is inconclusive, within the
    step's noise; moved 1.1 ms, regressed. An op whose work grew by as much is regressed either way."""
    import pandas as pd

    from perfdiff.compare.drift import Drift
    from perfdiff.compare.verdict import judge_ops, z_value

    sigma = 0.6e-3 / z_value(0.95) / math.sqrt(2)  # each run's σ: the band z·√(σ² + σ²) is 0.6 ms
    half = sigma * 1.349 / 2  # the quartile's distance from the median that gives that σ
    base, new = 10e-3, 10e-3 + moved_ms * 1e-3
    rows = {
        "median_base_s": [base, base], "median_new_s": [new, new],
        "q25_base_s": [base - half] * 2, "q75_base_s": [base + half] * 2,
        "q25_new_s": [new - half] * 2, "q75_new_s": [new + half] * 2,
        "samples_base": [40, 40], "samples_new": [40, 40], "measured_base_s": [base, base],
        "work_changed": [False, True], "delta_theory_s": [0.0, 1e-3], "cause": ["efficiency", "work"],
        "match": ["exact", "reshaped"],
    }  # fmt: skip
    rule = NoiseRule(min_step_share=0.0, min_relative=0.0)
    judged = judge_ops(pd.DataFrame(rows), Drift(1.0, 1.0, 1.0, 50, True), rule, 0.1, step_noise_s=0.8e-3)
    same, more = judged.iloc[0], judged.iloc[1]
    assert same["noise_s"] == pytest.approx(0.6e-3, rel=1e-6) and same["above_noise"]
    if moved_ms < 1.0:
        assert (same["status"], same["reason"]) == ("inconclusive", "within the step's noise")
    else:
        assert (same["status"], same["reason"]) == ("regressed", "same work, slower")
    assert (more["status"], more["reason"]) == ("regressed", "more work")
