"""Per-instruction costs of an optimised XLA module: FLOPs, HBM bytes, interconnect bytes.

``instruction_costs(hlo_module_proto)`` prices every instruction that can appear as an op event in a
trace — every instruction of the entry computation and of the computations control flow runs as ops
(``while`` bodies and conditions, ``conditional`` branches, ``call`` targets, ``async-start`` wrapped
computations; see ``hlo_module``). Parameters are left out: they cost nothing and are never op events.
Constants, tuples, get-tuple-elements and bitcasts are kept (tuples cost a few bytes of pointers in
HloCostAnalysis; most never show up as events, which is harmless).

How each row is priced (``cost_source``):
- ``hlo_cost_analysis``: XLA's HloCostAnalysis on a module built around the instruction
  (``xla_cost``). Summed over the rows of a module these equal ``compiled.cost_analysis()`` /
  ``hlo_module_cost_analysis`` of the whole module (to float32 rounding), given the conventions below
  — except XLA:GPU Triton GEMM fusions, whose operand reads HloCostAnalysis misses and perfdiff
  counts (as xprof does; see ``xla_cost``).
- ``gemm_shapes``: a cuBLAS/hipBLASLt GEMM custom call, 2·M·N·K from its shapes (``library_calls``).
- ``conv_as_hlo``: a cuDNN/MIOpen convolution custom call, priced as the HLO convolution it replaced.
- ``nested``: ``while``, ``conditional``, ``call``, ``async-start``. Their work is on the rows of the
  computations they run, which appear as op events of their own, once per execution; the row itself
  costs 0. HloCostAnalysis counts a ``while`` as one trip of body + condition — so the module total
  equals Σ rows when every body row is counted once — and a ``conditional`` as its most expensive
  branch, while the rows hold every branch.
- ``in_place``: a scatter / dynamic-update-slice XLA runs in place: HloCostAnalysis's FLOPs, and the
  bytes it really touches (``in_place``) — below HloCostAnalysis's whole-buffer count, so Σ rows
  of a module holding one is below the module figure by the difference.
- ``cost_estimate``: a custom kernel with a ``cost_estimate`` in its backend config (``custom_kernels``).
- ``operand_bytes``: an opaque custom call (fused attention, a kernel without an estimate): its operand
  and result bytes, a lower bound (``cost_lower_bound``); FLOPs NaN.
- ``none``: XLA cannot price it (HloCostAnalysis says −1 for an instruction that is no custom call).
  ``flops``, ``transcendentals`` and ``hbm_bytes`` are NaN, not 0.

``host_bytes`` / ``link``: a copy between device and host memory (``transfers``): its bytes go over
the host link (on the ``-done`` of a ``copy-start``/``copy-done`` pair).

While loops: a trace shows each body op once per iteration, so multiplying rows by their occurrences
in the trace gives the loop's true cost; the trip count is not applied here.
"""

from __future__ import annotations

import hashlib
import os
from typing import Any

import pandas as pd

from perfdiff.costs import cache as cost_cache
from perfdiff.costs import xla_process
from perfdiff.costs.instruction_rows import COLUMNS
from perfdiff.costs.xla_cost import jax_version
from perfdiff.hlo.module import parse_module

CACHE_VERSION = 4  # bump when the pricing rules change, to retire old cache entries (4: host copies,
# in-place updates, custom kernels)


def _frame(rows: dict[str, list[Any]]) -> pd.DataFrame:
    if len({len(values) for values in rows.values()}) > 1:
        raise ValueError("columns of different lengths")
    frame = pd.DataFrame({name: pd.Series(rows[name], dtype=dtype) for name, (dtype, _) in COLUMNS.items()})
    frame["collective"] = frame["collective"].where(frame["collective"].notna(), None)
    return frame


def instruction_costs(
    hlo_module_proto: bytes, *, cache_dir: str | os.PathLike[str] | None = None
) -> pd.DataFrame:
    """One row per instruction of an optimised module that can appear as an op in a trace.

    ``hlo_module_proto``: serialized ``xla.HloModuleProto`` (field 1 of the ``Hlo Proto`` stat's
    ``xla.HloProto`` in a trace's ``/host:metadata`` plane, or ``compiled.runtime_executable()
    .hlo_modules()[0].as_serialized_hlo_module_proto()``). Results are cached on disk per module
    (``cost_cache``; key: sha256 of the bytes, jaxlib version, CACHE_VERSION). A module not in the
    cache is priced in a helper process (``xla_process``): a module XLA crashes or hangs on raises
    BadTraceError like one that does not parse.

    Columns (per execution of the instruction; see ``COLUMNS`` and the module docstring):
    op, opcode, computation, category, flops [FLOPs], transcendentals [operations], hbm_bytes [bytes],
    ici_bytes [bytes per device], collective, group_size [devices], collective_bytes [bytes],
    int8_inputs, host_bytes [bytes], link, cost_lower_bound, cost_source, source, op_name, shape,
    signature, async_start.
    """
    data = bytes(hlo_module_proto)
    key = f"{hashlib.sha256(data).hexdigest()}-jaxlib{jax_version()}-v{CACHE_VERSION}"
    root = cost_cache.cache_root(cache_dir)
    cached = cost_cache.load(root, key)
    if cached is not None and isinstance(cached.get("rows"), dict) and set(cached["rows"]) == set(COLUMNS):
        try:
            return _frame(cached["rows"])
        except (ValueError, TypeError):  # an entry edited or damaged in place: price again
            pass
    parse_module(data)  # a module that is not well-formed is refused here, before XLA sees it
    # XLA runs in a helper process (it may crash on a corrupt module), which also says when jax lacks
    # the private API: this process never imports jax to price a trace
    rows = xla_process.price(data)
    cost_cache.store(root, key, {"rows": rows})
    return _frame(rows)
