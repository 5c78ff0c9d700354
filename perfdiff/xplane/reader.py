"""Open one ``.xplane.pb`` (or ``.xplane.pb.gz``) as an XSpace, within the machine's means.

A profiler tool is fed whatever is on disk: empty files, half-written traces, the wrong file, files
bigger than memory, compressed bombs. Each gets a BadTraceError saying what is wrong; nothing is ever
swapped into or decompressed without bound.

``open_space`` picks the decoder (see ``perfdiff.xplane.space``): the wire scanner over a memory map,
whose compiled kernels load in milliseconds from their committed IR (``perfdiff.compute.native``) and
which holds only columns; the protobuf runtime, which builds an object per event and stat, only when
asked for, or for files under ``WIRE_MIN_BYTES`` when the kernels had to be compiled by numba here
(then the first scan of a process waits for numba's load: ``benchmarks/scale.py --policy``).
"""

from __future__ import annotations

import gzip
import mmap
import os
import zlib
from pathlib import Path

from google.protobuf.message import DecodeError

from perfdiff.errors import BadTraceError, TraceNotFoundError
from perfdiff.xplane import xplane_pb2
from perfdiff.xplane.space import SpaceView, from_proto, from_wire

# Parsing a host file with the protobuf runtime takes about this many bytes of memory per byte of file:
# the file's bytes, the runtime's objects (5.3-5.5 per byte on TPU traces), then the columns made from
# them (peak RSS growth of parse_host, rounded up: benchmarks/proto_memory.py, benchmarks/README.md).
MEMORY_PER_FILE_BYTE = 8.0
# The wire scanner keeps only columns (the file is mapped and its pages dropped once scanned): the
# events table and a batch's scratch (1.6 per byte at 10M op events, more on small files, rounded up);
# a gzip file's decompressed bytes stay in memory while it is scanned.
WIRE_MEMORY_PER_FILE_BYTE = 2.0
# When the kernels come from numba (see the module docstring), files from this size (decompressed)
# still go to the wire scanner under decoder "auto".
WIRE_MIN_BYTES = 8_000_000
DECODERS = ("auto", "proto", "wire")
_GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 20


def gb(size: float) -> str:
    """Bytes for messages: "4.3 GB", "38 MB", "1 kB"."""
    if size >= 1e9:
        return f"{size / 1e9:.1f} GB"
    return f"{size / 1e6:.0f} MB" if size >= 1e6 else f"{size / 1e3:.0f} kB"


def available_memory_bytes() -> int:
    """Memory this process can still take without swapping or being killed, in bytes: the least of
    what the kernel says can be had without swapping (MemAvailable), the room left under this
    process's memory cgroup limit (a container's memory limit: v2 ``memory.max``, v1
    ``memory.limit_in_bytes``) and under its address-space and data rlimits (``ulimit -v``/``-d``)."""
    return min(_machine_available(), _cgroup_room(), _rlimit_room())


def _machine_available() -> int:
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError):  # pragma: no cover - non-Linux without sysconf
        return _UNLIMITED


_UNLIMITED = 1 << 62
# (controller name in /proc/self/cgroup, mount point, limit file, usage file); "" is cgroup v2.
_CGROUPS = (
    ("", Path("/sys/fs/cgroup"), "memory.max", "memory.current"),
    ("memory", Path("/sys/fs/cgroup/memory"), "memory.limit_in_bytes", "memory.usage_in_bytes"),
)


def _cgroup_room() -> int:
    """Limit minus usage of this process's memory cgroup (v2 or v1), or _UNLIMITED."""
    try:
        lines = Path("/proc/self/cgroup").read_text(encoding="ascii").splitlines()
    except OSError:
        return _UNLIMITED
    room = _UNLIMITED
    for line in lines:
        parts = line.split(":", 2)
        if len(parts) != 3:
            continue
        controllers, path = parts[1].split(","), parts[2].lstrip("/")
        for controller, mount, limit_file, usage_file in _CGROUPS:
            if controllers == [controller] or (controller and controller in controllers):
                # The process's own cgroup folder; inside a container, the mount's root is its cgroup.
                for folder in (mount / path, mount):
                    try:
                        limit = (folder / limit_file).read_text(encoding="ascii").strip()
                        usage = int((folder / usage_file).read_text(encoding="ascii").strip())
                    except (OSError, ValueError):
                        continue
                    if limit.isdigit() and int(limit) < _UNLIMITED:  # v2 says "max" when unlimited
                        room = min(room, max(int(limit) - usage, 0))
                    break
    return room


def _rlimit_room() -> int:
    """Room left under RLIMIT_AS and RLIMIT_DATA (soft limits) given this process's current size."""
    import resource

    sizes = _status_kib(("VmSize", "VmData"))
    room = _UNLIMITED
    for limit_name, size_name in ((resource.RLIMIT_AS, "VmSize"), (resource.RLIMIT_DATA, "VmData")):
        soft, _ = resource.getrlimit(limit_name)
        if soft != resource.RLIM_INFINITY and size_name in sizes:
            room = min(room, max(soft - sizes[size_name] * 1024, 0))
    return room


def _status_kib(names: tuple[str, ...]) -> dict[str, int]:
    out: dict[str, int] = {}
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                key, _, value = line.partition(":")
                if key in names:
                    out[key] = int(value.split()[0])
    except (OSError, ValueError, IndexError):
        pass
    return out


def read_bytes(path: Path, *, memory_limit: int | None = None) -> bytes:
    """The serialized XSpace in ``path``, decompressed if gzip, refusing what would not fit in memory."""
    limit = available_memory_bytes() if memory_limit is None else memory_limit
    budget = int(limit / MEMORY_PER_FILE_BYTE)
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(2)
            if head == _GZIP_MAGIC:
                return _gunzip(path, budget)
            if path.name.endswith(".gz"):
                raise BadTraceError(f"{path} ends in .gz but is not gzip data; rename or re-export it")
            if size == 0:
                raise BadTraceError(f"{path} is empty (0 bytes): was the profiler killed while writing?")
            if size > budget:
                raise BadTraceError(
                    f"{path} is {gb(size)} and parsing it needs about "
                    f"{gb(size * MEMORY_PER_FILE_BYTE)}, but only {gb(limit)} is "
                    "available; free memory or analyse it on a bigger machine"
                )
            return head + handle.read()
    except PermissionError as err:
        raise TraceNotFoundError(f"cannot read {path}: permission denied") from err
    except IsADirectoryError as err:  # pragma: no cover - locate() filters folders out
        raise TraceNotFoundError(f"{path} is a folder, not a trace file") from err


def _gunzip(path: Path, budget: int) -> bytes:
    """Decompress in chunks and stop as soon as the output would exceed ``budget`` bytes.

    A gzip file may hold several members one after another (``cat a.gz b.gz``); all are read, as
    ``gzip`` does; zero bytes after the last member are padding.
    """
    out = bytearray()
    decompressor, fed = zlib.decompressobj(wbits=31), False
    try:
        with open(path, "rb") as handle:
            data = handle.read(_CHUNK)
            while data:
                if decompressor.eof:  # the next member starts here, unless only padding is left
                    if not data.strip(b"\0"):
                        data = handle.read(_CHUNK)
                        continue
                    decompressor, fed = zlib.decompressobj(wbits=31), False
                fed = True
                out += decompressor.decompress(data, _CHUNK)
                if len(out) > budget:
                    raise BadTraceError(
                        f"{path} decompresses to more than {gb(budget)}, more than this "
                        "machine can parse; decompress and analyse it on a bigger machine"
                    )
                data = decompressor.unconsumed_tail or decompressor.unused_data or handle.read(_CHUNK)
    except (zlib.error, gzip.BadGzipFile, EOFError) as err:
        raise BadTraceError(f"{path} is not valid gzip data ({err}); re-export or decompress it") from err
    if fed and not decompressor.eof:
        raise BadTraceError(f"{path} is a truncated gzip file; the copy or the profiler stopped early")
    if not out:
        raise BadTraceError(f"{path} decompresses to nothing: the trace is empty")
    return bytes(out)


def open_space(path: Path, *, memory_limit: int | None = None, decoder: str = "auto") -> SpaceView:
    """``path`` as a SpaceView, decoded by ``decoder`` ("auto": by size, "proto" or "wire").

    Use it as a context manager: closing releases the file's bytes. BadTraceError when the file is not
    an XSpace or would not fit in memory.
    """
    if decoder not in DECODERS:
        raise ValueError(f"decoder must be one of {DECODERS}, not {decoder!r}")
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            gzipped = handle.read(2) == _GZIP_MAGIC
    except PermissionError as err:
        raise TraceNotFoundError(f"cannot read {path}: permission denied") from err
    wire = decoder == "wire" or (decoder == "auto" and not gzipped and _wire_pays(size))
    if gzipped and decoder != "proto":
        limit = available_memory_bytes() if memory_limit is None else memory_limit
        data = _gunzip(path, int(limit / max(WIRE_MEMORY_PER_FILE_BYTE, 1.0)))
        if decoder == "wire" or _wire_pays(len(data)):
            return _checked(from_wire(data, str(path)), path)
        if len(data) * MEMORY_PER_FILE_BYTE > limit:
            raise _too_big(path, len(data), limit, MEMORY_PER_FILE_BYTE)
        return _checked(from_proto(_parse_xspace(data, path)), path)
    if not wire:
        return _checked(from_proto(read_xspace(path, memory_limit=memory_limit)), path)
    limit = available_memory_bytes() if memory_limit is None else memory_limit
    if path.name.endswith(".gz"):
        raise BadTraceError(f"{path} ends in .gz but is not gzip data; rename or re-export it")
    if size == 0:
        raise BadTraceError(f"{path} is empty (0 bytes): was the profiler killed while writing?")
    if size * WIRE_MEMORY_PER_FILE_BYTE > limit:
        raise _too_big(path, size, limit, WIRE_MEMORY_PER_FILE_BYTE)
    with open(path, "rb") as handle:
        mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    # Start reading the file from disk now, while numba loads in this thread.
    mapped.madvise(mmap.MADV_WILLNEED)
    return _checked(from_wire(mapped, str(path)), path)


def _wire_pays(size: int) -> bool:
    """Whether the wire scanner is the quicker way into ``size`` bytes: always, unless its kernels had
    to come from numba (whose load costs more than the protobuf runtime takes over a small file)."""
    from perfdiff.xplane.wire_scan import kernels

    return size >= WIRE_MIN_BYTES or kernels().how == "native"


def _checked(space: SpaceView, path: Path) -> SpaceView:
    if not space.planes:
        space.close()
        raise BadTraceError(
            f"{path} holds no profile planes: it is empty or not an XPlane trace "
            "(was the profiler stopped before any work ran?)"
        )
    return space


def _too_big(path: Path, size: int, limit: int, factor: float) -> BadTraceError:
    return BadTraceError(
        f"{path} is {gb(size)} and parsing it needs about {gb(size * factor)}, but "
        f"only {gb(limit)} is available; free memory or analyse it on a bigger machine"
    )


def read_xspace(path: Path, *, memory_limit: int | None = None) -> xplane_pb2.XSpace:
    """Parse ``path`` into an XSpace; BadTraceError when it is not one."""
    space = _parse_xspace(read_bytes(path, memory_limit=memory_limit), path)
    if not space.planes:
        raise BadTraceError(
            f"{path} holds no profile planes: it is empty or not an XPlane trace "
            "(was the profiler stopped before any work ran?)"
        )
    return space


def _parse_xspace(data: bytes, path: Path) -> xplane_pb2.XSpace:
    try:
        return xplane_pb2.XSpace.FromString(data)
    except (DecodeError, RuntimeError, ValueError) as err:
        raise BadTraceError(
            f"{path} is not a readable XSpace protobuf ({_reason(err)}): it may be truncated or "
            "not an XPlane trace at all"
        ) from err


def _reason(err: Exception) -> str:
    text = " ".join(str(err).split())
    return text[:120] or type(err).__name__
