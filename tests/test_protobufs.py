"""The protobuf messages perfdiff reads besides the XSpace: XLA's HLO (our hlo.proto, a subset) and
xprof's MemoryAccessBreakdown (xprof's own class), checked against XLA and xprof on real traces."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jaxlib import _hlo

import perfdiff
from perfdiff.hlo import hlo_pb2
from perfdiff.xplane import xplane_pb2

V6E = "tpu-v6e/tpu_inference_2.xplane.pb"


@pytest.fixture(scope="module")
def v6e(traces: Path) -> perfdiff.Profile:
    return perfdiff.load(traces / V6E)


@pytest.fixture(scope="module")
def modules(v6e) -> list[bytes]:
    """The serialized HloModuleProtos embedded in the real v6e trace."""
    found = [bytes(b) for b in v6e.modules["hlo_proto"] if b]
    assert len(found) == 4
    return found


def _xla_text(module: bytes) -> str:
    return _hlo.HloModule.from_serialized_hlo_module_proto(module).to_string()


def test_hlo_round_trip_keeps_the_fields_it_does_not_declare(modules: list[bytes]) -> None:
    """hlo.proto declares a few dozen of XLA's fields; the rest must survive parse + serialize, so
    that an edited module handed back to XLA (costs/xla_cost.py) is the module XLA wrote."""
    for raw in modules:
        again = hlo_pb2.HloModuleProto.FromString(raw).SerializeToString()
        assert len(again) == len(raw)  # same fields, the undeclared ones moved to the end
        assert _xla_text(again) == _xla_text(raw)


def test_hlo_edit_reaches_xla(modules: list[bytes]) -> None:
    module = hlo_pb2.HloModuleProto.FromString(max(modules, key=len))
    entry = next(c for c in module.computations if c.id == module.entry_computation_id)
    entry.instructions[-1].metadata.op_name = "perfdiff/edited"
    text = _xla_text(module.SerializeToString())
    assert 'op_name="perfdiff/edited"' in text
    assert text.count("\n") == _xla_text(max(modules, key=len)).count("\n")


def test_hlo_field_numbers_read_what_xla_wrote(modules: list[bytes]) -> None:
    """Names, opcodes and operands as our classes read them are XLA's own."""
    for raw in modules:
        ours = hlo_pb2.HloModuleProto.FromString(raw)
        xla = _hlo.HloModule.from_serialized_hlo_module_proto(raw)
        theirs = {
            inst.name: (str(inst.opcode), [o.name for o in inst.operands()])
            for comp in xla.computations()
            for inst in comp.instructions()
        }
        names = {i.id: i.name for c in ours.computations for i in c.instructions}
        read = {
            i.name: (i.opcode, [names[o] for o in i.operand_ids])
            for c in ours.computations
            for i in c.instructions
        }
        assert read.keys() == theirs.keys()
        for name, (opcode, operands) in read.items():
            # jaxlib spells HloOpcode.kGetTupleElement what HLO text spells get-tuple-element
            assert theirs[name][0].removeprefix("HloOpcode.k").lower() == opcode.replace("-", "")
            assert theirs[name][1] == operands


def test_hlo_proto_unwraps_to_the_embedded_module(traces: Path, modules: list[bytes]) -> None:
    """The trace's ``Hlo Proto`` stat is an xla.HloProto; its module, read as bytes, is the slice of the
    stat that HloProto's message field covers."""
    space = xplane_pb2.XSpace.FromString((traces / V6E).read_bytes())
    (meta,) = [p for p in space.planes if p.name == "/host:metadata"]
    hlo_stat = next(k for k, m in meta.stat_metadata.items() if m.name == "Hlo Proto")
    blobs = [
        s.bytes_value for m in meta.event_metadata.values() for s in m.stats if s.metadata_id == hlo_stat
    ]
    assert len(blobs) == len(modules)
    for blob in blobs:
        raw = hlo_pb2.HloProtoModuleBytes.FromString(blob).hlo_module
        assert raw in modules and raw in blob
        assert hlo_pb2.HloProto.FromString(blob).hlo_module == hlo_pb2.HloModuleProto.FromString(raw)


def test_hlo_messages_are_perfdiffs_own_in_the_default_pool() -> None:
    """A package that registers XLA's own protos (tensorflow does) must not clash with ours."""
    assert hlo_pb2.DESCRIPTOR.package == "perfdiff.hlo"
    assert all(
        m.full_name.startswith("perfdiff.hlo.") for m in hlo_pb2.DESCRIPTOR.message_types_by_name.values()
    )


def test_hbm_bytes_equal_xprofs_on_the_v6e_trace(traces: Path, v6e, tmp_path: Path) -> None:
    """The HBM part of each op's MemoryAccessBreakdown, as perfdiff reads it, is the one xprof's
    roofline model divides by time for its HBM bandwidth (GiB/s over total time). Where the breakdown
    is empty (one side of each copy between HBM and host memory, which the trace splits by
    direction), xprof counts every byte accessed as HBM, a rule for profiles older than the
    breakdown; perfdiff counts none."""
    from xprof.convert import raw_to_tool_data

    copy = tmp_path / "trace.xplane.pb"  # xprof writes cache files beside the trace
    copy.write_bytes((traces / V6E).read_bytes())
    data, _ = raw_to_tool_data.xspace_to_tool_data([str(copy)], "roofline_model", {})
    table = json.loads(data)[0]
    cols = [c["id"] for c in table["cols"]]
    rows = [dict(zip(cols, [c.get("v") for c in r["c"]], strict=True)) for r in table["rows"]]
    ops = v6e.op_stats.drop_duplicates("op").set_index("op")
    compared, empty = 0, 0
    for row in rows:
        if row["step"] != "Total" or not row["include_infeed_outfeed"] or row["operation"] not in ops.index:
            continue  # one copy of the table (it comes with and without infeed); not the "Program" row
        op = ops.loc[row["operation"]]
        ours = op["hbm_bytes"] if op["hbm_bytes"] > 0 else op["bytes_accessed"]
        rate = ours * row["occurrences"] / (row["total_time"] / 1e6) / 2**30
        assert rate == pytest.approx(row["hbm_bw"], rel=1e-9), row["operation"]
        compared += 1
        empty += op["hbm_bytes"] == 0
    assert (compared, empty) == (17, 6)
