"""Self time and step assignment on tiny hand-built traces (a small XSpace in, an exact table out)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from xspace_builder import add_plane, new_space, write

import perfdiff
from perfdiff.compute.intervals import self_time


def cpu_trace(path: Path) -> Path:
    space = new_space()
    cpu = add_plane(space, "/host:CPU")
    python = cpu.line("python", timestamp_ns=1000)
    cpu.event(python, "train", 0, 100, step_num=0)
    cpu.event(python, "train", 100, 100, step_num=1)
    worker = cpu.line("tf_XLAPjRtCpuClient/1", timestamp_ns=1000)
    op = dict(hlo_module="jit_step", program_id=7, device_ordinal=0)
    # step 0: a while loop (60 ns) holding two body ops (10 + 15 ns), then an add
    cpu.event(worker, "while.1", 10, 60, hlo_op="while.1", **op)
    cpu.event(worker, "fusion.2", 12, 10, hlo_op="fusion.2", **op)
    cpu.event(worker, "end: fusion.2", 22, 1)  # the marker after each op: not an op
    cpu.event(worker, "dot.3", 30, 15, hlo_op="dot.3", **op)
    cpu.event(worker, "add.4", 80, 5, hlo_op="add.4", **op)
    # step 1: the add alone; and one op after the last step
    cpu.event(worker, "add.4", 150, 5, hlo_op="add.4", **op)
    cpu.event(worker, "add.4", 250, 5, hlo_op="add.4", **op)
    return write(space, path)


def test_self_time_and_steps_on_a_hand_built_trace(tmp_path: Path) -> None:
    profile = perfdiff.load(cpu_trace(tmp_path / "host.xplane.pb"))
    events = profile.events.sort_values("start_ns")
    assert events["op"].tolist() == ["while.1", "fusion.2", "dot.3", "add.4", "add.4", "add.4"]
    assert events["start_ns"].tolist() == [1010, 1012, 1030, 1080, 1150, 1250]
    assert events["dur_ns"].tolist() == [60, 10, 15, 5, 5, 5]
    assert events["self_ns"].tolist() == [35, 10, 15, 5, 5, 5]  # 60 - 10 - 15 for the loop
    assert events["step"].tolist() == [0, 0, 0, 0, 1, -1]
    assert profile.steps[["step", "name", "start_ns", "dur_ns"]].values.tolist() == [
        [0, "train", 1000, 100],
        [1, "train", 1100, 100],
    ]
    assert profile.modules.empty or set(profile.modules["program_id"]) == {7}
    assert set(profile.events["module"]) == {"jit_step"}


def test_self_time_keeps_timelines_apart() -> None:
    group = np.array([0, 0, 1, 1])
    start = np.array([0, 5, 0, 5])
    dur = np.array([100, 10, 3, 10])  # on timeline 1 the events do not nest
    assert self_time(group, start, dur).tolist() == [90, 10, 3, 10]


def test_tpu_steps_line_and_program_ids(tmp_path: Path) -> None:
    space = new_space()
    for index in range(2):
        tpu = add_plane(space, f"/device:TPU:{index}")
        tpu.plane_stat("peak_teraflops_per_second", 197.0)
        steps = tpu.line("Steps")
        tpu.event(steps, "0", 0 + index, 1000)
        tpu.event(steps, "1", 1000 + index, 1000)
        modules = tpu.line("XLA Modules")
        tpu.event(modules, "jit_train(18446744073709551557)", 10, 900)
        ops = tpu.line("XLA Ops")
        tpu.event_id(
            "%fusion.1 = f32[8]{0} fusion(...)", "fusion.1", program_id=18446744073709551557, flops=4096
        )
        tpu.event(ops, "%fusion.1 = f32[8]{0} fusion(...)", 20, 500)
        tpu.event(ops, "%fusion.1 = f32[8]{0} fusion(...)", 1020, 400)
    profile = perfdiff.load(write(space, tmp_path / "tpu.xplane.pb"))
    assert profile.platform == "tpu"
    # Steps: the union over the two devices (device 1 starts and ends 1 ns later).
    assert profile.steps[["step", "start_ns", "dur_ns"]].values.tolist() == [[0, 0, 1001], [1, 1000, 1001]]
    assert profile.events["step"].tolist() == [0, 1, 0, 1]
    assert profile.events["module"].astype(str).unique().tolist() == ["jit_train"]
    assert profile.events["program_id"].unique().tolist() == [18446744073709551557]
    assert profile.op_stats["flops"].tolist() == [4096.0]
    assert profile.devices["peak_teraflops_per_second"].tolist() == [197.0, 197.0]


@st.composite
def nested_timelines(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Random timelines of properly nested events (a random tree per timeline, laid out in time)."""
    groups, starts, durs = [], [], []
    for timeline_id in range(draw(st.integers(1, 3))):
        cursor = 0

        def place(depth: int, timeline_id: int = timeline_id) -> int:
            nonlocal cursor
            begin = cursor
            cursor += draw(st.integers(0, 5))
            for _ in range(draw(st.integers(0, 3)) if depth < 3 else 0):
                place(depth + 1, timeline_id)
                cursor += draw(st.integers(0, 5))
            cursor += draw(st.integers(0, 5))
            groups.append(timeline_id)
            starts.append(begin)
            durs.append(cursor - begin)
            return cursor

        for _ in range(draw(st.integers(1, 4))):
            place(0)
            cursor += draw(st.integers(0, 3))
    return np.array(groups), np.array(starts, np.int64), np.array(durs, np.int64)


@settings(max_examples=200, deadline=None)
@given(nested_timelines())
def test_self_time_invariants(case: tuple[np.ndarray, np.ndarray, np.ndarray]) -> None:
    group, start, dur = case
    result = self_time(group, start, dur)
    assert ((result >= 0) & (result <= dur)).all()
    # Top-level events (nested in nothing) cover the timeline exactly once: their self times plus
    # everything under them add up to their durations, so Σ self = Σ top-level durations.
    end = start + dur
    top = [
        i
        for i in range(len(start))
        if not any(
            j != i
            and group[j] == group[i]
            and start[j] <= start[i]
            and end[i] <= end[j]
            and (start[j], -end[j], j) < (start[i], -end[i], i)
            for j in range(len(start))
        )
    ]
    assert result.sum() == dur[top].sum()


def test_async_cpu_op_runs_until_its_completion_marker(tmp_path: Path) -> None:
    space = new_space()
    cpu = add_plane(space, "/host:CPU")
    python = cpu.line("python")
    cpu.event(python, "train", 0, 1000, step_num=0)
    executor, pool = cpu.line("tf_XLAPjRtCpuClient/1"), cpu.line("tf_XLAEigen/2")
    op = dict(hlo_module="jit_step", program_id=3, device_ordinal=0)
    # dot.1 hands its work to the pool and returns after 40 ns; its marker ends at 200 ns, on the pool.
    cpu.event(executor, "dot.1", 10, 40, hlo_op="dot.1", _p=7, **op)
    cpu.event(executor, "add.2", 60, 20, hlo_op="add.2", _p=8, **op)  # runs while dot.1 is in flight
    cpu.event(executor, "end: add.2", 79, 1, _c=8)
    cpu.event(pool, "end: dot.1", 199, 1, _c=7)
    # a synchronous op whose marker ends inside it: nothing to add
    cpu.event(executor, "fusion.3", 300, 50, hlo_op="fusion.3", _p=9, **op)
    cpu.event(executor, "end: fusion.3", 340, 2, _c=9)
    events = perfdiff.load(write(space, tmp_path / "host.xplane.pb")).events.set_index("op")
    assert events.loc["dot.1", ["start_ns", "dur_ns", "self_ns"]].tolist() == [10, 190, 190]
    assert events.loc["add.2", ["dur_ns", "self_ns"]].tolist() == [20, 20]  # not nested in dot.1
    assert events.loc["fusion.3", ["dur_ns", "self_ns"]].tolist() == [50, 50]
