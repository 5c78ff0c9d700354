"""Splitting TPU op HLO text, whose layouts carry parentheses of their own."""

from __future__ import annotations

from perfdiff.hlo.text import split_hlo_text


def test_split_shape_with_tiled_layout() -> None:
    text = (
        "%copy-done.4 = f32[5,1024,1024,256]{3,2,1,0:T(8,128)} copy-done((f32[5,1024,1024,256]"
        "{3,2,1,0:T(8,128)}, f32[5,1024,1024,256]{3,2,1,0:T(8,128)S(5)}, u32[]{:S(2)}) %copy-start.4)"
    )
    parts = split_hlo_text(text)
    assert parts is not None
    assert parts.opcode == "copy-done"
    assert parts.result == "f32[5,1024,1024,256]{3,2,1,0:T(8,128)}"
    assert parts.operand_names == ["copy-start.4"]
    assert (
        parts.signature()
        == "copy-done(f32[5,1024,1024,256],f32[5,1024,1024,256],u32[])->f32[5,1024,1024,256]"
    )


def test_split_tuple_result_and_attributes() -> None:
    text = (
        "%all-reduce = f32[5,1024,1024,256]{3,2,1,0:T(8,128)} all-reduce(f32[5,1024,1024,256]"
        "{3,2,1,0:T(8,128)} %bitcast), channel_id=1, replica_groups=[4,2]<=[2,4]T(1,0), to_apply=%r"
    )
    parts = split_hlo_text(text)
    assert parts is not None and parts.opcode == "all-reduce"
    assert parts.operand_names == ["bitcast"]
    assert parts.attributes.startswith("channel_id=1, replica_groups=[4,2]<=[2,4]T(1,0)")
    tuple_text = "%copy-start = (f32[8]{0}, f32[8]{0:S(5)}, u32[]) copy-start(f32[8]{0:S(5)} %param)"
    parts = split_hlo_text(tuple_text)
    assert parts is not None and parts.opcode == "copy-start" and parts.result.startswith("(f32[8]")
    assert split_hlo_text("not an instruction") is None
