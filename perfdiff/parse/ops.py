"""Op executions of one XSpace: pick the platform, run its extractor.

Which events are ops (details in each extractor's module):

- TPU (``tpu_ops``): every event on a device plane's ``XLA Ops`` line.
- GPU (``gpu_ops``): kernels on device planes carrying ``hlo_op``, grouped per op execution.
- CPU (``cpu_ops``): events on ``/host:CPU`` carrying ``hlo_op`` — only when there is no device plane,
  because on GPU hosts the kernel-launch calls carry ``hlo_op`` too.
"""

from __future__ import annotations

from collections.abc import Callable

from perfdiff.parse import cpu_ops, gpu_ops, tpu_ops
from perfdiff.parse.chunks import DevicePlanes, Interner, PlaneOps, device_planes
from perfdiff.xplane.space import PlaneView, SpaceView

Extractor = Callable[[DevicePlanes, list[PlaneView], Interner, PlaneOps], None]
EXTRACTORS: dict[str, Extractor] = {"tpu": tpu_ops.extract, "gpu": gpu_ops.extract, "cpu": cpu_ops.extract}


def extract_ops(space: SpaceView, ops: Interner, *, op_executions: bool = True) -> tuple[str, PlaneOps]:
    """The platform of ``space`` ('tpu', 'gpu' or 'cpu') and its op executions (``PlaneOps``)."""
    out = PlaneOps(op_executions=op_executions)
    planes = device_planes(space)
    platform = planes[0][0] if planes else "cpu"
    devices = [(index, plane) for kind, index, plane in planes if kind == platform]
    host_planes = [plane for plane in space.planes if not plane.name.startswith("/device:")]
    EXTRACTORS[platform](devices, host_planes, ops, out)
    return platform, out
