"""Objects handed from one process to another through a file in a RAM-backed folder.

A pipe moves a worker's hundreds of MB of tables at a few hundred MB/s while the worker waits on it; a
tmpfs file takes a fraction of that and frees the worker. The arrays go out of band (pickle protocol
5), each at an aligned offset after the pickle, so that the reader maps them copy-on-write instead of
copying them; the file is removed as soon as it is mapped, and its pages live as long as the arrays.
"""

from __future__ import annotations

import mmap
import os
import pickle
import struct
import tempfile
from pathlib import Path
from typing import Any

# Arrays in a spool file start at multiples of this many bytes (numpy's and the cache line's).
_ALIGN = 64


def folder() -> str:
    """Where spool files go: /dev/shm (RAM) where it is writable, else the temporary folder."""
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else tempfile.gettempdir()


def write(value: Any, into: str) -> str:
    """``value`` pickled into a new file in the folder ``into``; the file's path."""
    buffers: list[pickle.PickleBuffer] = []
    head = pickle.dumps(value, protocol=5, buffer_callback=buffers.append)
    handle, name = tempfile.mkstemp(prefix=f"perfdiff-{os.getpid()}-", suffix=".pickle", dir=into)
    with os.fdopen(handle, "wb") as out:
        raws = [buffer.raw() for buffer in buffers]
        out.write(struct.pack("<QQ", len(head), len(raws)))
        out.write(struct.pack(f"<{len(raws)}Q", *(len(raw) for raw in raws)))
        out.write(head)
        for raw in raws:
            out.write(b"\0" * (-out.tell() % _ALIGN))
            out.write(raw)
    return name


def read(path: str) -> Any:
    """The value :func:`write` left in ``path``, its arrays mapped copy-on-write, not read; the file is
    removed."""
    try:
        with open(path, "rb") as handle:
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_COPY)
    finally:
        os.unlink(path)
    view = memoryview(mapped)
    head_size, count = struct.unpack_from("<QQ", mapped, 0)
    sizes = struct.unpack_from(f"<{count}Q", mapped, 16)
    at = 16 + 8 * count
    head = view[at : at + head_size]
    at += head_size
    buffers = []
    for size in sizes:
        at += -at % _ALIGN
        buffers.append(view[at : at + size])
        at += size
    return pickle.loads(head, buffers=buffers)
