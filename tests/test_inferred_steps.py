"""Steps without marks: a trace whose steps are not annotated gets them from the repeated executions
of its main module, and every view says so.

The real TPU v6e trace (no step marks) runs ``jit_f`` 100 times on each of its 4 chips after a few
warm-up modules: its steps are those 100 executions, not one 92.5 s step.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import xspace_builder as xb
from conftest import run_jax_script
from example_captures import run_cli

import perfdiff
from perfdiff.report.words import step_count_words

V6E = "tpu-v6e/tpu_inference_2.xplane.pb"


@pytest.fixture(scope="module")
def v6e(traces: Path) -> perfdiff.Report:
    return perfdiff.analyze(traces / V6E)


def test_v6e_has_100_steps_of_jit_f(traces: Path, v6e: perfdiff.Report) -> None:
    profile = perfdiff.load(traces / V6E)
    assert profile.steps_inferred_from == "jit_f" and profile.steps["step"].tolist() == list(range(100))
    # Each chip's execution k of jit_f is step k: 15 op events per chip and step, 4 chips.
    inside = profile.events[profile.events["step"] >= 0]
    assert set(inside["module"].astype(str)) == {"jit_f"}
    assert inside.groupby("step").size().eq(60).all()
    # Every execution of jit_f on every chip is in a step; the warm-up modules are in none.
    jit_f = profile.executions[profile.executions["module"] == "jit_f"]
    assert len(jit_f) == 400 and len(inside) == 15 * 400
    outside = profile.events[profile.events["step"] < 0]
    assert set(outside["module"].astype(str)) == {"jit__psum", "jit_broadcast_in_dim"}

    s, steps = v6e.summary, v6e.steps
    assert s["steps"] == 100 and s["steps_inferred_from"] == "jit_f" and v6e.step_selection == "all"
    # A step's ops cannot take longer than the step on one chip; the steps fit in the profile's 92.5 s.
    assert (steps["op_s"] <= steps["measured_s"] * (1 + 1e-9)).all()
    assert 0.75 < s["step_s_mean"] < 0.80 and steps["measured_s"].sum() < 92.5
    assert (v6e.ops["calls_per_step"] == 1).all()  # every op of jit_f runs once per step
    assert any("jit__psum" in w and "--step whole" in w for w in v6e.warnings)


def test_v6e_whole_profile_on_request(traces: Path) -> None:
    whole = perfdiff.analyze(traces / V6E, step="whole")
    assert whole.summary["steps"] == 0 and whole.summary["steps_inferred_from"] is None
    assert whole.steps["measured_s"].iloc[0] == pytest.approx(92.5, abs=0.05)
    assert "all-reduce" in set(whole.ops["op"])
    one = perfdiff.analyze(traces / V6E, step=7)
    assert one.steps["step"].tolist() == [7] and one.ops["occurrences"].max() == 4


def test_every_view_says_the_steps_are_inferred(traces: Path, v6e: perfdiff.Report) -> None:
    words = "100 executions of jit_f, inferred"
    text = run_cli(traces / V6E, "--no-save")
    assert text.returncode == 0, text.stderr
    assert words in text.stdout
    data = json.loads(run_cli(traces / V6E, "--no-save", "--format", "json").stdout)
    assert data["summary"]["steps_inferred_from"] == "jit_f" and len(data["steps"]) == 100
    assert perfdiff.Report.from_json(v6e.to_json()).summary["steps_inferred_from"] == "jit_f"
    assert step_count_words(v6e.summary) == words


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node to run the plugin's ES modules")
def test_plugin_says_the_same_words(v6e: perfdiff.Report) -> None:
    static = Path(perfdiff.__file__).parent / "tensorboard" / "static" / "report_view.js"
    summaries = [v6e.to_dict()["summary"], {"steps": 3, "steps_inferred_from": None}, {"steps": 0}]
    script = (
        f"import {{stepCountWords}} from {json.dumps(static.as_uri())};"
        f"for (const s of {json.dumps(summaries)}) console.log(stepCountWords(s));"
    )
    done = subprocess.run(["node", "--input-type=module", "-e", script], capture_output=True, text=True,
                          timeout=60, check=True)  # fmt: skip
    assert done.stdout.splitlines() == [step_count_words(s) for s in summaries]


def test_diff_of_inferred_steps(traces: Path, v6e: perfdiff.Report) -> None:
    result = perfdiff.diff(v6e, v6e)
    assert result.summary["delta_step_s"] == 0 and result.summary["regressed"] == 0
    data = json.loads(result.to_json())
    assert data["base"]["steps"] == 100 and data["base"]["steps_inferred_from"] == "jit_f"
    done = run_cli(traces / V6E, traces / V6E, "--no-save")
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("100 executions of jit_f, inferred") == 2  # base and new


@pytest.fixture(scope="module")
def unmarked_cpu(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The conftest's small MLP step, 4 times, without step marks, on one CPU device."""
    logdir = tmp_path_factory.mktemp("unmarked")
    run_jax_script("trace_small.py", str(logdir), "--steps", "4", "--no-marks")
    return logdir


def test_cpu_steps_inferred_from_run_ids(unmarked_cpu: Path, cpu_logdir: Path) -> None:
    report = perfdiff.analyze(unmarked_cpu)
    assert report.summary["steps"] == 4 and report.summary["steps_inferred_from"] == "jit_mlp"
    assert report.steps["name"].tolist() == ["jit_mlp"] * 4
    assert (report.steps["op_s"] > 0).all() and (report.steps["theory_s"] > 0).all()
    # The same program with marks (conftest's 3 annotated steps): the same ops, as often per step.
    marked = perfdiff.analyze(cpu_logdir)
    ours = report.ops.set_index("op")["calls_per_step"]
    theirs = marked.ops.set_index("op")["calls_per_step"]
    assert set(ours.index) == set(theirs.index)
    assert ours.sort_index().tolist() == theirs.sort_index().tolist()


def _two_chip_trace(path: Path, runs: tuple[int, int]) -> Path:
    """Two TPU chips running module jit_g (program 3) runs[0] and runs[1] times, one op each run."""
    space = xb.new_space()
    text = "%add.1 = f32[256]{0} add(f32[256]{0} %a, f32[256]{0} %b)"
    for chip, count in enumerate(runs):
        tpu = xb.tpu_device(space, chip)
        modules, ops = tpu.line("XLA Modules"), tpu.line("XLA Ops")
        for i in range(count):
            xb.tpu_module_run(tpu, modules, "jit_g", 3, 1000 + i * 5000, 3000)
            xb.tpu_op(tpu, ops, "add.1", text, 3, 1100 + i * 5000, 2000, flops=256.0, bytes_accessed=3072.0)
    return xb.write(space, path / "run" / "host.xplane.pb")


@pytest.mark.parametrize(
    ("runs", "steps"), [((3, 3), 3), ((3, 2), 0), ((1, 1), 0)], ids=["equal", "unequal", "once"]
)
def test_inference_needs_equal_repeated_runs(tmp_path: Path, runs: tuple[int, int], steps: int) -> None:
    report = perfdiff.analyze(_two_chip_trace(tmp_path, runs))
    assert report.summary["steps"] == steps
    if steps:  # each step: both chips' run of jit_g, each its 2 µs op
        assert report.steps["measured_s"].tolist() == pytest.approx([2e-6] * steps)
        assert (report.ops["calls_per_step"] == 1).all() and report.ops["devices"].tolist() == [2]
    else:
        assert report.steps["step"].tolist() == [-1]
    unequal = [w for w in report.warnings if "no steps inferred from jit_g" in w]
    assert bool(unequal) == (runs == (3, 2))
