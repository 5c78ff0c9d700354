"""Run one measurement in a fresh interpreter and read back its wall time and peak RSS.

Each contender (perfdiff, xprof, jax's ProfileData) runs in its own process so that imports, caches and
memory of one never flatter or burden another. The child prints one JSON line: {"seconds", "rss_bytes", ...}.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

_PRELUDE = """
import json, sys, time

def _status_bytes(field):
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field):
                return int(line.split()[1]) * 1024
    return 0

def _rss_now():
    return _status_bytes("VmRSS:")

def _report(seconds, **extra):
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over fork and exec, so a child would report at
    # least its parent's peak.
    print(json.dumps({"seconds": seconds, "rss_bytes": _status_bytes("VmHWM:"), **extra}))
"""

# What each contender does with a trace file at {path!r}; the timed region excludes interpreter start.
CONTENDERS = {
    "perfdiff.load": """
import perfdiff.parse.profile  # imports outside the timed region, as for the others
t = time.perf_counter()
profile = perfdiff.load({path!r})
_report(time.perf_counter() - t, events=len(profile.events))
""",
    "ProfileData walk": """
from jax.profiler import ProfileData
t = time.perf_counter()
n = 0
for plane in ProfileData.from_file({path!r}).planes:
    for line in plane.lines:
        for event in line.events:
            event.duration_ns
            n += 1
_report(time.perf_counter() - t, events=n)
""",
    "xprof hlo_stats": """
import shutil, tempfile, os
from xprof.convert import raw_to_tool_data
tmp = tempfile.mkdtemp()
copy = os.path.join(tmp, os.path.basename({path!r}))
shutil.copy({path!r}, copy)  # xprof writes cache files beside the trace
t = time.perf_counter()
data, _ = raw_to_tool_data.xspace_to_tool_data([copy], "hlo_stats", {{}})
_report(time.perf_counter() - t, output_bytes=len(data or b""))
shutil.rmtree(tmp)
""",
}


def measure(contender: str, path: str, *, extra_code: str | None = None, timeout: float = 3600) -> dict:
    """Run ``contender`` on ``path`` in a child process; its JSON report as a dict."""
    body = extra_code if extra_code is not None else CONTENDERS[contender]
    code = _PRELUDE + textwrap.dedent(body).format(path=path)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(f"{contender} failed on {path}:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def best_of(repeat: int, contender: str, path: str, **kwargs) -> dict:
    """The fastest of ``repeat`` runs (peak RSS of that run)."""
    runs = [measure(contender, path, **kwargs) for _ in range(repeat)]
    return min(runs, key=lambda r: r["seconds"])
