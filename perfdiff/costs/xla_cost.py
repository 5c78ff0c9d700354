"""XLA's HloCostAnalysis, per instruction, through jax's private bindings.

jax exposes HloCostAnalysis only for a whole module
(``jax._src.lib._jax.hlo_module_cost_analysis(client, module)``), so the cost of one instruction is
the cost of a small module built around it: an entry computation holding one parameter per distinct
operand and the instruction itself as root, plus the computations the instruction calls (its fusion
body, a reducer, ...). HloCostAnalysis prices each instruction from its own shapes, attributes and
callees only, and parameters cost nothing, so these per-instruction figures add up to the whole-module
figure (up to float32 rounding: XLA accumulates the module total in float32).

Three refinements:
- ``-done``/``-update`` instructions whose operand must be an asynchronous op (``async-done`` needs
  its ``async-start``) are priced as the difference between a module holding the async chain up to
  them and one holding the chain without them.
- A nested fusion that only forwards its parameter (the operand "block" fusions inside XLA:GPU's
  Triton GEMM fusions) is priced as a ``copy``: HloCostAnalysis would count that operand as never
  read. xprof's GPU analysis counts it; so does perfdiff — and then Σ rows exceeds the whole-module
  figure by exactly those operand bytes.
- Instructions whose small modules are identical up to names and ids (same opcode, shapes,
  attributes, and callees of the same structure — the repeated layers of a model) are analysed once.

The bindings used (checked on jax/jaxlib 0.10.2):
``jaxlib._hlo.HloModule.from_serialized_hlo_module_proto(bytes)`` and
``jax._src.lib._jax.hlo_module_cost_analysis(client, module) -> {"flops", "transcendentals",
"bytes accessed", ...}`` with the CPU client. Their absence raises ``UnsupportedVersionError``.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from typing import Any

from perfdiff.errors import UnsupportedVersionError
from perfdiff.hlo.hlo_pb2 import HloModuleProto
from perfdiff.hlo.module import HloModule

log = logging.getLogger(__name__)

SUPPORTED_JAX = ">=0.10.2,<0.11"
COST_KEYS = ("flops", "transcendentals", "bytes accessed")

Cost = dict[str, float]

# Fields that name or wire an instruction; everything else decides what it costs.
_IDENTITY_FIELDS = (
    "name",
    "id",
    "operand_ids",
    "called_computation_ids",
    "control_predecessor_ids",
    "metadata",
)


def check_api() -> tuple[Callable[[bytes], Any], Callable[[Any, Any], dict[str, float]]]:
    """(load serialized module, analyse(client, module)) from jax's private API, or
    UnsupportedVersionError naming the supported versions. Imports jax; starts no backend."""
    try:
        from jax._src.lib import _jax
        from jaxlib import _hlo  # type: ignore[attr-defined]

        return _hlo.HloModule.from_serialized_hlo_module_proto, _jax.hlo_module_cost_analysis
    except (ImportError, AttributeError) as exc:
        from importlib.metadata import PackageNotFoundError
        from importlib.metadata import version as installed

        try:
            version = installed("jax")
        except PackageNotFoundError:
            version = "not installed"
        raise UnsupportedVersionError(
            f"perfdiff's HLO cost analysis needs jax/jaxlib {SUPPORTED_JAX} (found jax {version}: "
            f"{exc}); install a supported version, e.g. pip install 'jax{SUPPORTED_JAX}'"
        ) from exc


def _bindings() -> tuple[Callable[[bytes], Any], Callable[[Any], dict[str, float]]]:
    """(load serialized module, analyse module) from jax's private API, or UnsupportedVersionError."""
    import jax

    load, analyse = check_api()
    try:
        client = jax.devices("cpu")[0].client
    except RuntimeError:  # JAX_PLATFORMS without cpu: the default backend's analysis is the same code
        client = jax.devices()[0].client
    return load, lambda module: analyse(client, module)


def ready() -> None:
    """Load the bindings and start the CPU client now (the cost helper's answer to a ping), so that
    the first module priced does not wait for them."""
    _bindings()


def jax_version() -> str:
    """The installed jaxlib version (part of the cost cache key)."""
    import jaxlib

    return str(jaxlib.__version__)


def module_cost(hlo_module_proto: bytes) -> Cost:
    """HloCostAnalysis of a whole serialized module: ``flops``, ``transcendentals``, ``bytes accessed``.

    Units: FLOPs, transcendental operations, bytes. Equals ``compiled.cost_analysis()`` of the
    executable the module came from.
    """
    load, analyse = _bindings()
    result = analyse(load(hlo_module_proto))
    return {key: float(result.get(key, 0.0)) for key in COST_KEYS}


def _needs_async_operand(opcode: str) -> bool:
    return opcode in ("async-done", "async-update")


class InstructionCoster:
    """Prices single instructions of one module with HloCostAnalysis (see the module docstring)."""

    def __init__(self, module: HloModule) -> None:
        self._load, self._analyse = _bindings()
        # A metadata-free copy: metadata does not change costs, and dropping it keeps XLA from
        # warning about stack-frame ids that the small modules do not carry.
        self._module = HloModuleProto.FromString(module.proto.SerializeToString())
        self._module.ClearField("stack_frame_index")
        self._by_id: dict[int, Any] = {}
        self._comps: dict[int, Any] = {}
        for comp in self._module.computations:
            self._comps[comp.id] = comp
            for inst in comp.instructions:
                inst.ClearField("metadata")
                self._by_id[inst.id] = inst
        self._order = {comp.id: n for n, comp in enumerate(self._module.computations)}
        self._fresh_id = max(self._comps) + 1
        self._inline_identity_fusions()
        self._memo: dict[bytes, Cost | None] = {}
        self._fingerprints: dict[int, bytes] = {}
        self.analyses = 0  # HloCostAnalysis runs (after de-duplication), for benchmarks

    def _inline_identity_fusions(self) -> None:
        """Turn nested fusions whose body only returns its parameter into ``copy``.

        XLA:GPU's Triton GEMM fusions feed each operand through such a nested "block" fusion.
        HloCostAnalysis follows a fused parameter into the nested fusion, finds no user of the inner
        parameter there, and counts the operand as never read; as a ``copy`` it counts once.
        """
        identity = {
            comp.id
            for comp in self._comps.values()
            if any(i.id == comp.root_id and i.opcode == "parameter" for i in comp.instructions)
        }
        for comp in self._comps.values():
            if not comp.is_fusion_computation:
                continue
            for inst in comp.instructions:
                if inst.opcode == "fusion" and set(inst.called_computation_ids) <= identity:
                    inst.opcode = "copy"
                    for name in ("called_computation_ids", "fusion_kind", "backend_config"):
                        inst.ClearField(name)

    def _closure(self, computation_ids: Any) -> set[int]:
        seen: set[int] = set()
        stack = list(computation_ids)
        while stack:
            cid = stack.pop()
            if cid not in seen:
                seen.add(cid)
                stack.extend(c for inst in self._comps[cid].instructions for c in inst.called_computation_ids)
        return seen

    def cost(self, inst_id: int) -> Cost | None:
        """HloCostAnalysis figures of instruction ``inst_id``; None when XLA cannot price it."""
        chain = [self._by_id[inst_id]]
        while _needs_async_operand(chain[0].opcode) and chain[0].operand_ids:
            chain.insert(0, self._by_id[chain[0].operand_ids[0]])
        total = self.cost_of_members(chain)
        if total is None or len(chain) == 1:
            return total
        earlier = self.cost_of_members(chain[:-1])
        if earlier is None:
            return None
        return {key: total[key] - earlier[key] for key in COST_KEYS}

    def cost_of_members(self, members: Sequence[Any]) -> Cost | None:
        """HloCostAnalysis of a module whose entry holds ``members`` (in order; the last is root).

        Operands not among the members become parameters. Members may be edited copies of the
        module's instructions (e.g. a custom call rewritten as the HLO op it performs).
        """
        key = self._structure_key(members)
        if key in self._memo:
            return self._memo[key]
        try:
            result = self._analyse(self._load(self._build(members)))
            cost: Cost | None = {key: float(result.get(key, 0.0)) for key in COST_KEYS}
        except Exception as exc:  # XLA rejects the small module: report the op as unpriced
            log.warning("HloCostAnalysis failed for %s: %s", members[-1].opcode, str(exc)[:200])
            cost = None
        self.analyses += 1
        self._memo[key] = cost
        return cost

    @staticmethod
    def _canon(inst: Any) -> bytes:
        """An instruction's bytes without its name, id, wiring and metadata."""
        copy = type(inst)()
        copy.CopyFrom(inst)
        for name in _IDENTITY_FIELDS:
            copy.ClearField(name)
        data: bytes = copy.SerializeToString(deterministic=True)
        return len(data).to_bytes(8, "little") + data

    def _fingerprint(self, cid: int) -> bytes:
        """A digest of a computation's structure (instructions, wiring, callees), names ignored."""
        if cid not in self._fingerprints:
            comp = self._comps[cid]
            local = {inst.id: n for n, inst in enumerate(comp.instructions)}
            digest = hashlib.sha256(b"fusion" if comp.is_fusion_computation else b"computation")
            digest.update(local.get(comp.root_id, -1).to_bytes(8, "little", signed=True))
            for inst in comp.instructions:
                digest.update(self._canon(inst))
                digest.update(repr([local[o] for o in inst.operand_ids]).encode())
                for callee in inst.called_computation_ids:
                    digest.update(self._fingerprint(callee))
            self._fingerprints[cid] = digest.digest()
        return self._fingerprints[cid]

    def _structure_key(self, members: Sequence[Any]) -> bytes:
        """Equal for member lists whose small modules would be equal up to names and ids.

        Repeated layers of a model produce many such instructions; each is analysed once.
        """
        index = {m.id: n for n, m in enumerate(members)}
        params: dict[int, int] = {}
        digest = hashlib.sha256()
        for member in members:
            digest.update(self._canon(member))
            for oid in member.operand_ids:
                if oid in index:
                    digest.update(b"m%d" % index[oid])
                    continue
                if oid not in params:
                    params[oid] = len(params)
                    digest.update(self._by_id[oid].shape.SerializeToString(deterministic=True))
                digest.update(b"p%d" % params[oid])
            for callee in member.called_computation_ids:
                digest.update(self._fingerprint(callee))
        return digest.digest()

    def _build(self, members: Sequence[Any]) -> bytes:
        new = HloModuleProto(name="perfdiff_op", id=1)
        called = self._closure(c for m in members for c in m.called_computation_ids)
        for cid in sorted(called, key=self._order.__getitem__):  # callees keep their order
            new.computations.append(self._comps[cid])
        eid = self._fresh_id
        entry = new.computations.add(name="perfdiff_entry", id=eid)
        member_ids = {m.id for m in members}
        new_ids: dict[int, int] = {}
        for member in members:
            for oid in member.operand_ids:
                if oid in member_ids or oid in new_ids:
                    continue
                k = len(new_ids)
                new_ids[oid] = (eid << 32) + k
                param = entry.instructions.add(
                    name=f"perfdiff_p{k}", opcode="parameter", parameter_number=k, id=new_ids[oid]
                )
                param.shape.CopyFrom(self._by_id[oid].shape)
                entry.program_shape.parameters.add().CopyFrom(param.shape)
                entry.program_shape.parameter_names.append(param.name)
        for n, member in enumerate(members):
            new_ids[member.id] = (eid << 32) + len(new_ids)
            copy = entry.instructions.add()
            copy.CopyFrom(member)
            copy.name, copy.id = f"perfdiff_i{n}", new_ids[member.id]
            copy.ClearField("metadata")
            copy.ClearField("control_predecessor_ids")
            del copy.operand_ids[:]
            copy.operand_ids.extend(new_ids[o] for o in member.operand_ids)
        entry.root_id = new_ids[members[-1].id]
        entry.program_shape.result.CopyFrom(members[-1].shape)
        new.entry_computation_name, new.entry_computation_id = entry.name, eid
        new.host_program_shape.CopyFrom(entry.program_shape)
        return bytes(new.SerializeToString())
