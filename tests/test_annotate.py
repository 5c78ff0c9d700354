"""``perfdiff annotate``: the annotated copy of a real run loads in XProf's own trace-viewer conversion
with the perfdiff plane and its stats, mirrors every op execution, and leaves the original untouched."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

import perfdiff
from perfdiff.annotation.plane import PLANE_NAME, STATS
from perfdiff.cli.main import main
from perfdiff.xplane import xplane_pb2

RUN = "2026_01_01_00_00_00"


def _hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _logdir_with(tmp_path: Path, files: list[Path]) -> Path:
    """A fresh logdir holding one run made of ``files`` (so the session's captures are never written
    beside)."""
    run = tmp_path / "logdir" / "plugins" / "profile" / RUN
    run.mkdir(parents=True)
    for file in files:
        shutil.copy2(file, run / file.name)
    return tmp_path / "logdir"


REAL = {  # real traces: one TPU, one GPU whose ops launch several kernels each
    "tpu-v6e": "tpu-v6e/tpu_inference_2.xplane.pb",
    "amd-mi355x": "amd-mi355x/te_fused_attn.xplane.pb",
}


@pytest.fixture(params=[*REAL, "cpu"])
def logdir(request, tmp_path: Path, traces: Path) -> Path:
    if request.param in REAL:
        return _logdir_with(tmp_path, [traces / REAL[request.param]])
    cpu_logdir = request.getfixturevalue("cpu_logdir")
    (run,) = (cpu_logdir / "plugins" / "profile").iterdir()
    return _logdir_with(tmp_path, sorted(run.glob("*.xplane.pb")))


def _trace_viewer(path: Path, options: dict) -> dict:
    """XProf's own trace-viewer conversion of one XSpace file (what its trace viewer loads)."""
    from xprof.convert import raw_to_tool_data

    data, _ = raw_to_tool_data.xspace_to_tool_data(
        [str(path)], "trace_viewer@", {"trace_viewer_options": options, "hosts": []}
    )
    assert data, f"xprof could not convert {path}"
    return json.loads(data)


def test_annotated_copy_loads_in_xprof_with_the_perfdiff_plane(logdir: Path) -> None:
    original = logdir / "plugins" / "profile" / RUN
    before = _hashes(original)
    report = perfdiff.analyze(perfdiff.load(logdir))
    out = perfdiff.annotate(logdir, report=report)

    assert out == original.with_name(RUN + "_perfdiff")
    assert _hashes(original) == before, "the original run changed"
    (copy,) = out.glob("*.xplane.pb")
    source = original / copy.name
    assert copy.read_bytes().startswith(source.read_bytes()), "the original XSpace is not copied as is"

    # XProf shows the plane as a process of its own, with one event per op execution.
    trace = _trace_viewer(copy, {"resolution": 0})
    processes = {e["pid"]: e["args"]["name"] for e in trace["traceEvents"] if e.get("name") == "process_name"}
    (pid,) = [p for p, name in processes.items() if name.endswith(PLANE_NAME)]
    shown = [e for e in trace["traceEvents"] if e.get("pid") == pid and e.get("ph") == "X"]
    space = xplane_pb2.XSpace.FromString(copy.read_bytes())
    plane = next(p for p in space.planes if p.name == PLANE_NAME)
    written = sum(len(line.events) for line in plane.lines)
    keys = set(zip(map(int, report.ops["program_id"]), report.ops["op"].astype(str), strict=True))
    events = perfdiff.load(logdir).events
    # One event per execution; on a GPU one per kernel (an execution's kernels are merged in the profile).
    mirrored = sum(
        int(k) for p, o, k in zip(events["program_id"], events["op"], events["kernels"], strict=True)
        if (int(p), str(o)) in keys
    )  # fmt: skip
    assert written == mirrored > 0
    assert len(shown) == written

    # An event's details, as the trace viewer fetches them on a click, hold the op's figures.
    top = report.ops[report.ops["theory_s"].notna()].iloc[0]
    event = next(e for e in shown if e["name"].startswith(f"{top['op']} · "))
    options = {
        "event_name": event["name"],
        "start_time_ms": str(event["ts"] / 1000),
        "duration_ms": str(event["dur"] / 1000),
        "unique_id": str(event["args"].get("uid", 0)),
        "format": "json",
    }
    details = [e for e in _trace_viewer(copy, options)["traceEvents"] if e.get("ph") == "X"]
    args = next(e["args"] for e in details if e["name"] == event["name"])
    assert args["bound"] == top["bound"]
    assert args["efficiency"] == pytest.approx(top["efficiency"])
    assert args["theory_per_call_s"] == pytest.approx(top["theory_s"] / top["occurrences"])
    assert args["gap_per_call_s"] == pytest.approx(top["gap_s"] / top["occurrences"])
    assert args["gap_per_step_s"] == pytest.approx(top["gap_per_step_s"])
    assert 0 <= args["efficiency"] <= 1 and args["gap_per_call_s"] >= 0


def test_each_annotation_has_its_executions_times(logdir: Path) -> None:
    """The mirrored events keep the offsets and durations (ps) of the op events they annotate."""
    out = perfdiff.annotate(logdir)
    (copy,) = out.glob("*.xplane.pb")
    space = xplane_pb2.XSpace.FromString(copy.read_bytes())
    plane = next(p for p in space.planes if p.name == PLANE_NAME)
    described = {m.name for m in plane.stat_metadata.values()}
    assert described == {s.name for s in STATS}
    for line in plane.lines:
        source_plane = next(p for p in space.planes if line.name.startswith(p.name + " "))
        source = next(x for x in source_plane.lines if f"{source_plane.name} {x.name}" == line.name)
        assert line.timestamp_ns == source.timestamp_ns
        starts = {(e.offset_ps, e.duration_ps) for e in source.events}
        mine = [(e.offset_ps, e.duration_ps) for e in line.events]
        assert set(mine) <= starts
        names = {m.id: m.name for m in plane.event_metadata.values()}
        assert all(names[e.metadata_id] for e in line.events)
    # perfdiff reads the copy as the run it is: the same op events, and a logdir's latest run is still
    # the one the profiler wrote.
    again = perfdiff.load(out)
    assert len(again.events) == len(perfdiff.load(logdir).events)
    assert perfdiff.load(logdir).run == RUN
    assert np.array_equal(again.events["dur_ns"], perfdiff.load(logdir).events["dur_ns"])


def test_advice_names_its_ops_in_the_annotation(tmp_path: Path, traces: Path) -> None:
    """A report's advice (when the report has any) goes on the events of the ops it names."""
    logdir = _logdir_with(tmp_path, [traces / "tpu-v6e" / "tpu_inference_2.xplane.pb"])
    report = perfdiff.analyze(logdir)
    op = str(report.ops["op"].iloc[0])
    report.advice = [{"kind": "test", "ops": [op], "message": f"overlap {op} with compute"}]
    out = perfdiff.annotate(logdir, report=report)
    space = xplane_pb2.XSpace.FromString(next(out.glob("*.xplane.pb")).read_bytes())
    plane = next(p for p in space.planes if p.name == PLANE_NAME)
    advice_id = next(k for k, m in plane.stat_metadata.items() if m.name == "advice")
    said = {
        m.name: s.str_value
        for m in plane.event_metadata.values()
        for s in m.stats
        if s.metadata_id == advice_id
    }
    assert said == {op: f"overlap {op} with compute"}


def test_cli_refuses_to_overwrite_and_bad_paths(tmp_path: Path, traces: Path, capsys) -> None:
    logdir = _logdir_with(tmp_path, [traces / "tpu-v6e" / "tpu_inference_2.xplane.pb"])
    assert main(["annotate", str(logdir)]) == 0
    out = capsys.readouterr()
    assert out.out.strip().endswith(RUN + "_perfdiff")
    copy = logdir / "plugins" / "profile" / (RUN + "_perfdiff")
    stamp = _hashes(copy)

    assert main(["annotate", str(logdir)]) == 2
    err = capsys.readouterr().err.strip()
    assert "--force" in err and len(err.splitlines()) == 1
    assert _hashes(copy) == stamp

    assert main(["annotate", str(copy)]) == 2
    assert "already an annotated copy" in capsys.readouterr().err
    assert main(["annotate", str(tmp_path / "missing")]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1

    assert main(["annotate", str(logdir), "--force"]) == 0
    assert _hashes(copy) == stamp  # the same run, annotated again
    assert not [p for p in copy.parent.iterdir() if p.name.startswith(".")]
