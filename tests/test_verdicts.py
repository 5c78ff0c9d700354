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
from pathlib import Path

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from example_captures import mlp_lines
from sandbox import cli
from xspace_builder import CpuTrace, Program, jittered_steps

import perfdiff
from perfdiff.chips.table import Chip
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
    written, and prices the ops as XLA prices the program."""
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


# --- the diff's noise rule and --fail-above ---------------------------------------------------------


def noisy(times: dict[str, float], seed: int, scale: float = 1.0) -> list[dict[str, float]]:
    """A run of STEPS steps of ``times`` × ``scale``: ±3 % per op and step, and one disturbance of a
    third of a step on a random op of a random step."""
    spike = sum(times.values()) * scale / 3
    return jittered_steps(
        {op: t * scale for op, t in times.items()}, STEPS, jitter=0.03, spikes=1, spike_ns=spike, seed=seed
    )


@pytest.mark.parametrize("seed", range(4))
def test_two_runs_of_one_distribution_show_nothing_above_noise(
    program: Program, usual: dict[str, float], tmp_path: Path, seed: int
) -> None:
    base = analyze(write_run(program, noisy(usual, 2 * seed), tmp_path, "base"))
    new = analyze(write_run(program, noisy(usual, 2 * seed + 1), tmp_path, "new"))
    result = perfdiff.diff(base, new)
    ops = result.ops
    worst = ops.assign(ratio=(ops["delta_measured_s"] - ops["drift_s"]).abs() / ops["noise_s"])
    shown = worst.nlargest(3, "ratio")[["op_new", "delta_measured_s", "drift_s", "noise_s", "ratio"]]
    assert not ops["above_noise"].any(), shown
    assert set(ops["status"]) == {"unchanged"} and not ops["work_changed"].any()
    s = result.summary
    assert s["regressed"] == s["improved"] == s["added"] == s["removed"] == 0
    assert s["matched"] == len(program.ops()) and abs(s["step_change"]) < 0.1


def test_one_op_slower_is_the_one_regression(
    program: Program, usual: dict[str, float], tmp_path: Path
) -> None:
    """Half as slow again in every step (±3 % noise), one matmul among unchanged ops: it alone is
    regressed, for its efficiency (its work is the same), and it tops the diff."""
    theory = theory_ns(program)
    slow = max(theory, key=theory.get)  # a matmul
    steps = jittered_steps(usual, STEPS, jitter=0.03, seed=7)
    for step in steps:
        step[slow] *= 1.5
    base = analyze(write_run(program, jittered_steps(usual, STEPS, jitter=0.03, seed=6), tmp_path, "base"))
    result = perfdiff.diff(base, analyze(write_run(program, steps, tmp_path, "new")))
    top = result.ops.iloc[0]
    assert top["op_new"] == slow and top["status"] == "regressed" and top["category"] == "matmul"
    assert top["cause"] == "efficiency" and not top["work_changed"]
    assert top["delta_measured_s"] == pytest.approx(0.5 * usual[slow] * 1e-9, rel=0.1)
    assert set(result.ops["status"].iloc[1:]) == {"unchanged"}
    assert result.summary["regressed"] == 1 and result.summary["improved"] == 0


def test_a_slower_machine_is_drift_and_fails_the_step_check(
    program: Program, usual: dict[str, float], tmp_path: Path
) -> None:
    """Every op 20 % slower, little noise: the step regressed by 20 % — exit 1 above --fail-above 10 —
    and the diff reads it as run-wide drift of 1.2."""
    base = write_run(program, jittered_steps(usual, STEPS, jitter=0.01, seed=1), tmp_path, "base")
    slower = {op: 1.2 * t for op, t in usual.items()}
    new = write_run(program, jittered_steps(slower, STEPS, jitter=0.01, seed=2), tmp_path, "new")
    result = perfdiff.diff(analyze(base), analyze(new))
    assert result.summary["drift"] == pytest.approx(1.2, abs=0.02)
    assert result.summary["step_change"] == pytest.approx(0.2, abs=0.02)
    assert not result.ops["work_changed"].any()
    done = cli(base, new, "--no-save", "--fail-above", "10")
    assert done.returncode == 1, done.stderr
    (line,) = done.stderr.splitlines()
    assert line.startswith("perfdiff: step time regressed by") and "more than --fail-above 10 %" in line
    change = float(line.split("regressed by ")[1].split(" %")[0])
    assert 18 < change < 22
    assert cli(base, new, "--no-save", "--fail-above", "30").returncode == 0


def test_the_cli_says_nothing_changed_for_one_distribution(
    program: Program, usual: dict[str, float], tmp_path: Path
) -> None:
    base = write_run(program, noisy(usual, seed=11), tmp_path, "base")
    new = write_run(program, noisy(usual, seed=12), tmp_path, "new")
    done = cli(base, new, "--no-save", "--format", "markdown", "--fail-above", "5")
    assert done.returncode == 0, done.stderr
    assert "0 ops regressed, 0 improved above noise" in done.stdout
    assert "no op changed by more than its noise floor" in done.stdout
    data = json.loads(cli(base, new, "--no-save", "--format", "json").stdout)
    assert {op["status"] for op in data["ops"]} == {"unchanged"}


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
