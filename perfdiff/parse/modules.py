"""Compiled modules and their optimised HLO, from the ``/host:metadata`` plane.

jax writes one event metadata per compiled module there, named ``<module>(<program_id>)``, with a stat
``Hlo Proto``: a serialized ``xla.HloProto`` whose field 1 is the optimised ``HloModuleProto`` (with
per-instruction ``op_name`` metadata and stack frames). Module names repeat across program ids, so a
module is identified by ``(host, program_id)``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from google.protobuf.message import DecodeError

from perfdiff.hlo.hlo_pb2 import HloProtoModuleBytes
from perfdiff.infer.executions import split_module_name
from perfdiff.xplane.space import PlaneView, SpaceView
from perfdiff.xplane.stats import PlaneStats, as_uint64, stat_int

log = logging.getLogger(__name__)

METADATA_PLANE = "/host:metadata"
_HLO_PROTO_STAT = "Hlo Proto"


@dataclass(frozen=True)
class ModuleRecord:
    """One compiled module: ``hlo_proto`` is the serialized HloModuleProto, or None when absent."""

    program_id: int
    module: str
    hlo_proto: bytes | None


def read_modules(space: SpaceView | list[PlaneView], warnings: list[str]) -> list[ModuleRecord]:
    """Modules with embedded HLO, from every metadata plane of ``space`` (or of a list of planes)."""
    records: dict[int, ModuleRecord] = {}
    for plane in space.planes if isinstance(space, SpaceView) else space:
        if plane.name != METADATA_PLANE:
            continue
        stats = PlaneStats(plane)
        hlo_stat = stats.id_of(_HLO_PROTO_STAT)
        if hlo_stat is None:
            continue
        for meta in plane.event_metadata.values():
            values = stats.as_dict(meta.stats)
            blob = values.get(_HLO_PROTO_STAT)
            if not isinstance(blob, bytes):
                continue
            name, program_id = split_module_name(meta.name)
            if stat_int(values.get("program_id")) is not None:
                program_id = as_uint64(values["program_id"])
            if program_id is None:
                warnings.append(f"module {meta.name!r} has HLO but no program id; its ops cannot be costed")
                continue
            try:
                module_proto = HloProtoModuleBytes.FromString(blob).hlo_module or None
            except DecodeError as err:
                warnings.append(f"module {meta.name!r}: its embedded HLO is corrupt ({err}); skipped")
                module_proto = None
            records[program_id] = ModuleRecord(program_id, name, module_proto)
    return list(records.values())
