"""Which ops copy a step input that was not donated (``hlo.donation``), as a column of the op costs.

``copies_input``: the input's name (JAX's argument path, e.g. ``cache[0]['k']``) on such a copy, ""
on every other op. Only modules holding a copy are parsed: the others cannot hold one.
"""

from __future__ import annotations

import pandas as pd

from perfdiff.errors import BadTraceError
from perfdiff.hlo.donation import InputCopy, undonated_copies
from perfdiff.hlo.module import parse_module
from perfdiff.parse.rows import module_rows


def add_copies_input(costs: pd.DataFrame, modules: pd.DataFrame) -> pd.DataFrame:
    """``costs`` (host, program_id, op, opcode, …) with ``copies_input`` added. ``modules``: the
    profile's modules table (host, program_id, hlo_proto)."""
    out = costs.assign(copies_input="")
    # a copy, or a fusion named after one (XLA:GPU wraps a lone copy in a fusion)
    copies = (out["opcode"] == "copy") | ((out["opcode"] == "fusion") & out["op"].str.contains("copy"))
    has_copy = out.loc[copies, ["host", "program_id"]].drop_duplicates()
    if has_copy.empty or modules.empty:
        return out
    wanted = modules.astype({"host": str}).merge(has_copy.astype({"host": str}), on=["host", "program_id"])
    names: dict[tuple[str, int, str], str] = {}
    by_bytes: dict[bytes, list[InputCopy]] = {}
    for module in module_rows(wanted):
        if not isinstance(module.hlo_proto, bytes):
            continue
        undonated = by_bytes.get(module.hlo_proto)
        if undonated is None:
            try:
                undonated = undonated_copies(parse_module(module.hlo_proto))
            except BadTraceError:  # op_costs already said the module is corrupt
                undonated = []
            by_bytes[module.hlo_proto] = undonated
        for copy in undonated:
            names[(str(module.host), int(module.program_id), copy.op)] = copy.name
    if names:
        keys = zip(
            out["host"].astype(str), out["program_id"].astype("uint64").tolist(), out["op"], strict=True
        )
        out["copies_input"] = [names.get((h, int(p), op), "") for h, p, op in keys]
    return out
