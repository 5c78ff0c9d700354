"""Peak memory of parsing a host file, per byte of file: the figures behind
perfdiff.xplane.reader.MEMORY_PER_FILE_BYTE (protobuf runtime) and WIRE_MEMORY_PER_FILE_BYTE (wire
scanner).

usage: python benchmarks/proto_memory.py TRACE [TRACE ...]

Each measurement runs in a fresh process; prints the growth of its peak RSS (VmHWM) over the file's
size: for the protobuf runtime's parse of the bytes alone (``XSpace.FromString``, the bytes already
read), and for the whole of ``parse_host`` (file to tables) with each decoder.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

_CHILD = """
import sys
from pathlib import Path

def hwm():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmHWM"))

path, what = Path(sys.argv[1]), sys.argv[2]
if what == "FromString":
    from perfdiff.xplane import xplane_pb2
    data = path.read_bytes()
    before = hwm()
    space = xplane_pb2.XSpace.FromString(data)
else:
    from perfdiff.parse.host import parse_host
    from perfdiff.xplane import wire_scan
    wire_scan.kernels()
    before = hwm()
    tables = parse_host("h", path, decoder=what)
print(path.stat().st_size, hwm() - before)
"""


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for trace in sys.argv[1:]:
        cells = []
        for what in ("FromString", "proto", "wire"):
            command = [sys.executable, "-c", _CHILD, trace, what]
            done = subprocess.run(command, capture_output=True, text=True, check=True)
            size, grown = map(int, done.stdout.split())
            label = "protobuf parse alone" if what == "FromString" else f"parse_host ({what})"
            cells.append(f"{label} {grown / size:.2f}")
        name = f"{Path(trace).name} ({size / 1e6:.1f} MB)"
        print(f"{name}, bytes of peak RSS per file byte: " + ", ".join(cells))


if __name__ == "__main__":
    main()
