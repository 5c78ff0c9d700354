"""GPU command buffers: kernels annotated ``hlo_op=command_buffer_<N>`` (XLA's CUDA/HIP graphs) get
their HLO op back from their kernel name where XLA's naming allows; the rest stay on the command
buffer's row, with a note on how to get per-op numbers.

Real traces: the MI300X GEMM and MI355X fused-attention JAX traces, with every kernel's ``hlo_op``
rewritten to the command buffer of its program, as XLA writes it when command buffers are on.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from example_captures import run_cli

import perfdiff
from perfdiff.infer.command_buffers import HOW_TO_SEE_OPS, is_command_buffer
from perfdiff.report.vocabulary import Bound
from perfdiff.xplane import xplane_pb2

TRACES = ["amd-mi300x/jax08_gemm.xplane.pb", "amd-mi355x/te_fused_attn.xplane.pb"]


def as_command_buffers(source: Path, target: Path) -> Path:
    """``source`` with each GPU kernel's ``hlo_op`` stat replaced by ``command_buffer_<k>``, k numbering
    the kernel's program (``program_id`` stat) in order of appearance."""
    space = xplane_pb2.XSpace.FromString(source.read_bytes())
    for plane in space.planes:
        if not plane.name.startswith("/device:GPU"):
            continue
        ids = {meta.name: key for key, meta in plane.stat_metadata.items()}
        if "hlo_op" not in ids:
            continue
        buffers: dict[int, int] = {}
        for line in plane.lines:
            for event in line.events:
                stats = {s.metadata_id: s for s in event.stats}
                if ids["hlo_op"] not in stats:
                    continue
                program = stats[ids["program_id"]]
                key = (
                    program.int64_value
                    or program.uint64_value
                    or int(plane.stat_metadata[program.ref_value].name)
                )
                name = f"command_buffer_{buffers.setdefault(key, len(buffers))}"
                if name not in ids:
                    ids[name] = max(plane.stat_metadata) + 1
                    plane.stat_metadata[ids[name]].id = ids[name]
                    plane.stat_metadata[ids[name]].name = name
                stat = stats[ids["hlo_op"]]
                stat.ClearField("value") if stat.WhichOneof("value") else None
                stat.ref_value = ids[name]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(space.SerializeToString())
    return target


@pytest.mark.parametrize("name", TRACES, ids=lambda n: Path(n).parent.name)
def test_kernels_get_their_ops_back_by_name(traces: Path, tmp_path: Path, name: str) -> None:
    keys = ["program_id", "op"]  # op names repeat across programs
    original = perfdiff.analyze(traces / name, step="whole").ops.set_index(keys)
    buffered = perfdiff.analyze(
        as_command_buffers(traces / name, tmp_path / "run" / "h.xplane.pb"), step="whole"
    )
    ops = buffered.ops.set_index(keys)
    in_buffer = buffered.ops["op"].map(is_command_buffer).to_numpy()
    rows, mapped = ops[in_buffer], ops[~in_buffer]
    assert len(rows) and len(mapped)  # some kernels name their op, some (library GEMMs…) do not
    # Every op found by kernel name is the op the kernel computed: its executions and time are the
    # original trace's, and its cost is priced as there.
    for op, row in mapped.iterrows():
        assert row["occurrences"] == original.loc[op, "occurrences"], op
        assert row["measured_s"] == pytest.approx(original.loc[op, "measured_s"], rel=1e-12), op
        assert row["theory_s"] == pytest.approx(original.loc[op, "theory_s"], rel=1e-12, nan_ok=True), op
    # The rest is on the command buffers' rows: no time lost, none priced at 0.
    lost = original.loc[~original.index.isin(mapped.index), "measured_s"].sum()
    assert rows["measured_s"].sum() == pytest.approx(lost, rel=1e-12)
    assert ops["measured_s"].sum() == pytest.approx(original["measured_s"].sum(), rel=1e-12)
    assert (rows["bound"] == Bound.UNPRICED).all() and (rows["category"] == "command buffer").all()
    assert any(HOW_TO_SEE_OPS in w for w in buffered.warnings)


def test_library_gemms_and_shared_kernels_stay_on_the_buffer_row(traces: Path, tmp_path: Path) -> None:
    gemm = perfdiff.analyze(
        as_command_buffers(traces / TRACES[0], tmp_path / "a" / "h.xplane.pb"), step="whole"
    )
    assert {"gemm_fusion_dot_general.1", "wrapped_broadcast"} <= set(gemm.ops["op"])
    assert "custom-call.1" not in set(gemm.ops["op"])  # hipBLASLt's Cijk_… kernels name no op
    attention = perfdiff.analyze(as_command_buffers(traces / TRACES[1], tmp_path / "b" / "h.xplane.pb"))
    # wrapped_convert and wrapped_convert.1 run one kernel, wrapped_convert.kd: it names neither reliably.
    assert not {"wrapped_convert", "wrapped_convert.1"} & set(attention.ops["op"])
    assert {"gemm_fusion_dot.1", "loop_reduce_fusion", "input_reduce_fusion.1"} <= set(attention.ops["op"])


def test_the_note_says_how_to_get_per_op_numbers(traces: Path, tmp_path: Path) -> None:
    path = as_command_buffers(traces / TRACES[0], tmp_path / "run" / "h.xplane.pb")
    done = run_cli(path, "--no-save", "--step", "whole")
    assert done.returncode == 0, done.stderr
    text = " ".join(done.stdout.split())
    assert f"For per-op numbers, capture with {HOW_TO_SEE_OPS}" in text
    assert "command buffer" in text
