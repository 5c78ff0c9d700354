"""HLO text of one instruction, written from the module proto (the op detail shows it).

XLA's own printer (``HloModule::ToString``) lives in jaxlib; the plugin's op detail must not load jax
for a few lines of text, so this writes the same shape of line from the proto's fields:
``%name = f32[8,128] opcode(f32[8,64] %a, f32[64,128] %b), kind=kLoop, calls=%fused``, followed by
the body of a fusion's (or a call's) computation, indented, so that what a fusion does is visible.
It writes the fields perfdiff reads (no layouts, no backend configs beyond a custom call's target).
"""

from __future__ import annotations

from typing import Any

from perfdiff.hlo.module import HloModule, shape_text

MAX_BODY_LINES = 60  # lines of a called computation shown below the instruction


def instruction_line(module: HloModule, inst: Any) -> str:
    """One instruction as an HLO text line (see the module docstring)."""
    operands = ", ".join(f"{shape_text(o.shape)} %{o.name}" for o in module.operands(inst))
    attrs = []
    if inst.fusion_kind:
        attrs.append(f"kind={inst.fusion_kind}")
    if inst.custom_call_target:
        attrs.append(f'custom_call_target="{inst.custom_call_target}"')
    if inst.opcode == "parameter":
        operands = str(inst.parameter_number)
    calls = [module.computations[c].name for c in inst.called_computation_ids if c in module.computations]
    if calls:
        attrs.append("calls=" + ", ".join(f"%{name}" for name in calls))
    if inst.metadata.op_name:
        attrs.append(f'metadata={{op_name="{inst.metadata.op_name}"}}')
    tail = "".join(f", {a}" for a in attrs)
    return f"%{inst.name} = {shape_text(inst.shape)} {inst.opcode}({operands}){tail}"


def instruction_text(module: HloModule, inst: Any) -> str:
    """The instruction's line, then each computation it calls (its name and up to ``MAX_BODY_LINES``
    of its instructions, indented)."""
    lines = [instruction_line(module, inst)]
    for cid in inst.called_computation_ids:
        comp = module.computations.get(cid)
        if comp is None:
            continue
        lines.append(f"  %{comp.name} {{")
        body = list(comp.instructions)
        lines += [f"    {instruction_line(module, i)}" for i in body[:MAX_BODY_LINES]]
        if len(body) > MAX_BODY_LINES:
            lines.append(f"    … {len(body) - MAX_BODY_LINES} more instructions")
        lines.append("  }")
    return "\n".join(lines)


def instruction_shapes(module: HloModule, inst: Any) -> dict[str, Any]:
    """``{"result": shape text, "operands": [{"name", "shape"}]}`` of an instruction."""
    return {
        "result": shape_text(inst.shape),
        "operands": [{"name": o.name, "shape": shape_text(o.shape)} for o in module.operands(inst)],
    }
