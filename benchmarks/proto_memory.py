"""Peak memory of parsing an XSpace with the protobuf runtime, per byte of file (the figure behind
perfdiff.xplane.reader.MEMORY_PER_FILE_BYTE).

usage: python benchmarks/proto_memory.py TRACE [TRACE ...]

Each file is parsed in a fresh process; prints the growth of its peak RSS (VmHWM) over the file's size.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

_CHILD = """
import sys
from pathlib import Path
from perfdiff.xplane import xplane_pb2

def hwm():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmHWM"))

data = Path(sys.argv[1]).read_bytes()
before = hwm()
space = xplane_pb2.XSpace.FromString(data)
print(len(data), hwm() - before)
"""


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for trace in sys.argv[1:]:
        command = [sys.executable, "-c", _CHILD, trace]
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        size, grown = map(int, done.stdout.split())
        print(f"{Path(trace).name}: {size / 1e6:.1f} MB, {grown / size:.2f} bytes of peak RSS per file byte")


if __name__ == "__main__":
    main()
