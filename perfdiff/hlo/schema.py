"""The part of XLA's HLO protobuf schema that perfdiff reads, as protobuf classes built at import time.

No Python package ships XLA's ``hlo_pb2``, and the whole schema is large. perfdiff needs a few dozen
fields of ``xla.HloModuleProto`` and the messages below it, so this module declares just those, by
field number and type (facts from openxla/xla ``xla/service/hlo.proto`` and ``xla/xla_data.proto``),
in a private descriptor pool. Fields not declared here survive a parse/serialize round trip as unknown
fields, so a module read with these classes can be edited and handed back to XLA intact.

Enums are declared as ``int32`` (same wire encoding); ``PrimitiveType`` numbers are in ``DTYPES``.
Sub-messages perfdiff never looks into (layouts, literals, shardings) are declared as ``bytes``, which
is wire-compatible with a length-delimited message.
"""

from __future__ import annotations

from typing import Any

from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

_F = descriptor_pb2.FieldDescriptorProto
_SCALAR = {
    "int32": _F.TYPE_INT32,
    "int64": _F.TYPE_INT64,
    "bool": _F.TYPE_BOOL,
    "string": _F.TYPE_STRING,
    "bytes": _F.TYPE_BYTES,
    "double": _F.TYPE_DOUBLE,
}

# message -> [(field name, number, type, repeated)]; a type that is not a scalar names a message here.
_MESSAGES: dict[str, list[tuple[str, int, str, bool]]] = {
    "ShapeProto": [
        ("element_type", 2, "int32", False),
        ("dimensions", 3, "int64", True),
        ("tuple_shapes", 4, "ShapeProto", True),
        ("layout", 5, "bytes", False),
    ],
    "ProgramShapeProto": [
        ("parameters", 1, "ShapeProto", True),
        ("result", 2, "ShapeProto", False),
        ("parameter_names", 3, "string", True),
    ],
    "OpMetadata": [
        ("op_type", 1, "string", False),
        ("op_name", 2, "string", False),
        ("source_file", 3, "string", False),
        ("source_line", 4, "int32", False),
        ("stack_frame_id", 15, "int32", False),
    ],
    "ReplicaGroup": [("replica_ids", 1, "int64", True)],
    "SourceTarget": [("source", 1, "int64", False), ("target", 2, "int64", False)],
    "IotaReplicaGroupListProto": [
        ("num_replica_groups", 1, "int64", False),
        ("num_devices_per_group", 2, "int64", False),
        ("iota_reshape_dims", 3, "int64", True),
        ("iota_transpose_perm", 4, "int32", True),
    ],
    "CollectiveDeviceListProto": [
        ("replica_groups", 1, "ReplicaGroup", True),
        ("iota_replica_group_list", 2, "IotaReplicaGroupListProto", False),
    ],
    "DotDimensionNumbers": [
        ("lhs_contracting_dimensions", 1, "int64", True),
        ("rhs_contracting_dimensions", 2, "int64", True),
        ("lhs_batch_dimensions", 3, "int64", True),
        ("rhs_batch_dimensions", 4, "int64", True),
    ],
    "HloInstructionProto": [
        ("name", 1, "string", False),
        ("opcode", 2, "string", False),
        ("shape", 3, "ShapeProto", False),
        ("metadata", 7, "OpMetadata", False),
        ("parameter_number", 9, "int64", False),
        ("fusion_kind", 11, "string", False),
        ("channel_id", 26, "int64", False),
        ("custom_call_target", 28, "string", False),
        ("dot_dimension_numbers", 30, "DotDimensionNumbers", False),
        ("id", 35, "int64", False),
        ("operand_ids", 36, "int64", True),
        ("control_predecessor_ids", 37, "int64", True),
        ("called_computation_ids", 38, "int64", True),
        ("backend_config", 43, "bytes", False),
        ("replica_groups", 49, "ReplicaGroup", True),
        ("source_target_pairs", 52, "SourceTarget", True),
        ("use_global_device_ids", 71, "bool", False),
        ("collective_device_list", 87, "CollectiveDeviceListProto", False),
        # jaxlib 0.10.2 writes iota replica groups here rather than in collective_device_list (checked
        # against the HLO text it parses; the field is newer than the published hlo.proto we read).
        ("iota_replica_group_list", 92, "IotaReplicaGroupListProto", False),
    ],
    "HloComputationProto": [
        ("name", 1, "string", False),
        ("instructions", 2, "HloInstructionProto", True),
        ("program_shape", 4, "ProgramShapeProto", False),
        ("id", 5, "int64", False),
        ("root_id", 6, "int64", False),
        ("is_fusion_computation", 7, "bool", False),
        ("execution_thread", 8, "string", False),
    ],
    "FileLocation": [
        ("file_name_id", 1, "int32", False),
        ("function_name_id", 2, "int32", False),
        ("line", 3, "int32", False),
    ],
    "StackFrame": [("file_location_id", 1, "int32", False), ("parent_frame_id", 2, "int32", False)],
    "StackFrameIndexProto": [
        ("file_names", 1, "string", True),
        ("function_names", 2, "string", True),
        ("file_locations", 3, "FileLocation", True),
        ("stack_frames", 4, "StackFrame", True),
    ],
    "DeviceAssignmentProto": [("replica_count", 1, "int32", False), ("computation_count", 2, "int32", False)],
    "HloModuleProto": [
        ("name", 1, "string", False),
        ("entry_computation_name", 2, "string", False),
        ("computations", 3, "HloComputationProto", True),
        ("host_program_shape", 4, "ProgramShapeProto", False),
        ("id", 5, "int64", False),
        ("entry_computation_id", 6, "int64", False),
        ("device_assignment", 15, "DeviceAssignmentProto", False),
        ("stack_frame_index", 17, "StackFrameIndexProto", False),
    ],
    "HloProto": [("hlo_module", 1, "HloModuleProto", False)],
}

_PACKAGE = "perfdiff_hlo"

# xla.PrimitiveType number -> (HLO text name, bits per element; 0 for non-array types).
DTYPES: dict[int, tuple[str, int]] = {
    1: ("pred", 8),
    2: ("s8", 8),
    3: ("s16", 16),
    4: ("s32", 32),
    5: ("s64", 64),
    6: ("u8", 8),
    7: ("u16", 16),
    8: ("u32", 32),
    9: ("u64", 64),
    10: ("f16", 16),
    11: ("f32", 32),
    12: ("f64", 64),
    13: ("tuple", 0),
    14: ("opaque", 0),
    15: ("c64", 64),
    16: ("bf16", 16),
    17: ("token", 0),
    18: ("c128", 128),
    19: ("f8e5m2", 8),
    20: ("f8e4m3fn", 8),
    21: ("s4", 4),
    22: ("u4", 4),
    23: ("f8e4m3b11fnuz", 8),
    24: ("f8e5m2fnuz", 8),
    25: ("f8e4m3fnuz", 8),
    26: ("s2", 2),
    27: ("u2", 2),
    28: ("f8e4m3", 8),
    29: ("f8e3m4", 8),
    30: ("s1", 1),
    31: ("u1", 1),
    32: ("f4e2m1fn", 4),
    33: ("f8e8m0fnu", 8),
}
TUPLE = 13


def _build() -> dict[str, Any]:
    file = descriptor_pb2.FileDescriptorProto(name="perfdiff_hlo_subset.proto", package=_PACKAGE)
    file.syntax = "proto3"
    for name, fields in _MESSAGES.items():
        msg = file.message_type.add(name=name)
        for field_name, number, type_name, repeated in fields:
            field = msg.field.add(name=field_name, number=number)
            field.label = _F.LABEL_REPEATED if repeated else _F.LABEL_OPTIONAL
            if type_name in _SCALAR:
                field.type = _SCALAR[type_name]
            else:
                field.type = _F.TYPE_MESSAGE
                field.type_name = f".{_PACKAGE}.{type_name}"
    pool = descriptor_pool.DescriptorPool()
    pool.Add(file)
    return {
        name: message_factory.GetMessageClass(pool.FindMessageTypeByName(f"{_PACKAGE}.{name}"))
        for name in _MESSAGES
    }


_CLASSES = _build()
HloProto = _CLASSES["HloProto"]
HloModuleProto = _CLASSES["HloModuleProto"]
HloComputationProto = _CLASSES["HloComputationProto"]
HloInstructionProto = _CLASSES["HloInstructionProto"]
ShapeProto = _CLASSES["ShapeProto"]
ProgramShapeProto = _CLASSES["ProgramShapeProto"]
