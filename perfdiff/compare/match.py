"""Pair the ops of two runs by what they are, not by the names XLA gives them.

XLA renumbers fusions (``fusion.12`` becomes ``fusion.15``) whenever anything in the program changes,
so names alone pair the wrong ops. Each op carries what it is: ``source`` (the Python file:line that
emitted it), ``op_name`` (the JAX/TF op path in its metadata), ``opcode`` and ``signature`` (opcode and
operand/result shapes). Ops are paired level by level, most specific first; an op paired at one level
is out of the later ones. Ops are only paired within the same module (by name; when each run has a
single module left unpaired under different names, those two are taken as the same program).

``LEVELS`` (name, key columns, columns that must be non-empty, columns of which one must be):
    signature  source + op_name + signature   the same work at the same place
    moved      op_name + signature            the same work, its code moved to another line
    reshaped   source + op_name + opcode      the same code, different shapes (the work changed)
    op_name    op_name + opcode               the same JAX op, moved and reshaped
    shape      signature                      an op without metadata, by its shapes
    name       op                             the HLO name, the last resort

Several ops can share a key (a layer loop emits the same line once per layer). Within such a group an
op keeps the partner of the same HLO name when there is one (an unchanged recompile keeps its names),
and the rest pair in order of measured time, longest with longest: ops that are indistinguishable by
what they do are paired so as to show the least change.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

LEVELS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    ("signature", ("source", "op_name", "signature"), ("signature",), ("source", "op_name")),
    ("moved", ("op_name", "signature"), ("op_name", "signature"), ()),
    ("reshaped", ("source", "op_name", "opcode"), ("opcode",), ("source", "op_name")),
    ("op_name", ("op_name", "opcode"), ("op_name", "opcode"), ()),
    ("shape", ("signature",), ("signature",), ()),
    ("name", ("op",), ("op",), ()),
)
_SEP = "\x1f"


def match_ops(base: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """Pairs of rows of ``base`` and ``new`` (frames with columns module, op, source, op_name, opcode,
    signature, measured_s; any index). Returns columns base, new (index labels) and match (level)."""
    modules = _module_map(base["module"], new["module"])
    new = new.assign(module=new["module"].map(lambda m: modules.get(m, m)))
    free_base = pd.Series(True, index=base.index)
    free_new = pd.Series(True, index=new.index)
    found = []
    for level, key, required, any_of in LEVELS:
        left = base[free_base & _usable(base, required, any_of)]
        right = new[free_new & _usable(new, required, any_of)]
        if left.empty or right.empty:
            continue
        pairs = _pair(left, right, ["module", *key])
        if pairs.empty:
            continue
        free_base[pairs["base"]] = False
        free_new[pairs["new"]] = False
        found.append(pairs.assign(match=level))
    if not found:
        return pd.DataFrame({"base": [], "new": [], "match": []}).astype({"match": object})
    return pd.concat(found, ignore_index=True)


def _module_map(base: pd.Series, new: pd.Series) -> dict[str, str]:
    """New module name -> base module name, for the one case where names differ but programs agree."""
    only_base = sorted(set(base) - set(new))
    only_new = sorted(set(new) - set(base))
    if len(only_base) == 1 and len(only_new) == 1:
        return {only_new[0]: only_base[0]}
    return {}


def _usable(frame: pd.DataFrame, required: tuple[str, ...], any_of: tuple[str, ...]) -> pd.Series:
    ok = pd.Series(True, index=frame.index)
    for column in required:
        ok &= frame[column] != ""
    if any_of:
        some = pd.Series(False, index=frame.index)
        for column in any_of:
            some |= frame[column] != ""
        ok &= some
    return ok


def _pair(left: pd.DataFrame, right: pd.DataFrame, key: list[str]) -> pd.DataFrame:
    """Pairs within equal keys: same HLO name first, then by measured time (longest with longest)."""
    lk = _key(left, key)
    rk = _key(right, key)
    a = pd.DataFrame(
        {"k": lk, "op": left["op"].to_numpy(), "row": left.index, "t": left["measured_s"].to_numpy()}
    )
    b = pd.DataFrame(
        {"k": rk, "op": right["op"].to_numpy(), "row": right.index, "t": right["measured_s"].to_numpy()}
    )
    a["n"] = a.groupby(["k", "op"], sort=False).cumcount()
    b["n"] = b.groupby(["k", "op"], sort=False).cumcount()
    same = a.merge(b, on=["k", "op", "n"], suffixes=("_b", "_n"))
    rest_a = a[~a["row"].isin(same["row_b"])]
    rest_b = b[~b["row"].isin(same["row_n"])]
    rest_a = rest_a[rest_a["k"].isin(set(rest_b["k"]))]
    rest_b = rest_b[rest_b["k"].isin(set(rest_a["k"]))]
    rest_a = _ranked(rest_a)
    rest_b = _ranked(rest_b)
    by_time = rest_a.merge(rest_b, on=["k", "rank"], suffixes=("_b", "_n"))
    rows_b = np.concatenate([same["row_b"].to_numpy(), by_time["row_b"].to_numpy()])
    rows_n = np.concatenate([same["row_n"].to_numpy(), by_time["row_n"].to_numpy()])
    return pd.DataFrame({"base": rows_b, "new": rows_n})


def _ranked(frame: pd.DataFrame) -> pd.DataFrame:
    ordered = frame.sort_values(["k", "t", "op"], ascending=[True, False, True], kind="stable")
    return ordered.assign(rank=ordered.groupby("k", sort=False).cumcount())


def _key(frame: pd.DataFrame, columns: list[str]) -> np.ndarray:
    joined = frame[columns[0]].astype(str)
    for column in columns[1:]:
        joined = joined + _SEP + frame[column].astype(str)
    return joined.to_numpy()
