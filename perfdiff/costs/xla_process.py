"""XLA's cost analysis in a helper process, so that a crash in native code costs one module, not perfdiff.

The HLO embedded in a trace is user input, and XLA's C++ does not check every module it is handed
before analysing it: a ``reduce`` whose ``operand_ids`` field was lost (one field of the trace
mangled) makes ``hlo_module_cost_analysis`` segfault (found by ``benchmarks/fuzz.py``). So
``instructions.instruction_costs`` prices modules in a child process, ``python -m
perfdiff.costs.cost_worker``, started on the first module that is not in the cost cache and kept
for the next ones. When the child dies or runs past ``TIMEOUT_S`` on a module, that module is refused
with a BadTraceError (its ops stay unpriced, with a warning) and the next module starts a new child.

The child runs jax on the CPU only (the analysis needs nothing else, and the GPUs may belong to a
training job), under an address-space limit (``memory_limit_bytes``) so that a module with absurd
shapes cannot take the machine's memory, with XLA's log in a temporary file whose last line a failure
message quotes.

Protocol over the child's stdin/stdout: 8-byte little-endian length, then the payload. Requests are
serialized HloModuleProtos; answers are JSON ``{"rows": {column: [values]}}`` (``instruction_rows.COLUMNS``),
``{"error": message, "kind": "bad" | "unsupported" | "bug"}``.
"""

from __future__ import annotations

import atexit
import json
import os
import select
import signal
import subprocess
import tempfile
import threading
import time
from typing import IO, Any

from perfdiff.children import child_env, module_command
from perfdiff.errors import BadTraceError, UnsupportedVersionError

# Seconds the child may spend on one module (a 10k-instruction module takes seconds).
TIMEOUT_S = 300.0
# The child's address-space floor: jax reserves ~2 GB of virtual memory at start.
MIN_ADDRESS_SPACE_BYTES = 4 * 2**30
HEADER_BYTES = 8
# The module the child runs (``python -m``): it answers requests with ``instruction_rows.module_rows``.
WORKER = "perfdiff.costs.cost_worker"


def memory_limit_bytes() -> int:
    """The child's address-space limit: the memory available now, but never below the floor."""
    from perfdiff.xplane.reader import available_memory_bytes

    return max(MIN_ADDRESS_SPACE_BYTES, available_memory_bytes())


class _Helper:
    """The running child, started on demand; one request at a time (a lock serialises threads)."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None
        self.log: IO[bytes] | None = None
        self.lock = threading.Lock()

    def _start(self) -> subprocess.Popen[bytes]:
        env = child_env(
            {"JAX_PLATFORMS": "cpu", "TF_CPP_MIN_LOG_LEVEL": os.environ.get("TF_CPP_MIN_LOG_LEVEL", "1")}
        )
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 - the child's log, read after it fails
        command = module_command(WORKER, str(memory_limit_bytes()))
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log, env=env
        )
        return self.process

    def running(self) -> subprocess.Popen[bytes]:
        """The child, started now if it is not running (call with ``lock`` held)."""
        return self.process if self.process and self.process.poll() is None else self._start()

    def stop(self) -> int | None:
        """End the child (if any) and return its exit code."""
        process, self.process = self.process, None
        if process is None:
            return None
        if process.stdin:
            process.stdin.close()
        try:
            code = process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            process.kill()
            code = process.wait()
        if process.stdout:
            process.stdout.close()
        return code

    def _log_tail(self) -> str:
        if self.log is None:
            return ""
        self.log.seek(0, os.SEEK_END)
        self.log.seek(max(0, self.log.tell() - 2000))
        lines = [line.strip() for line in self.log.read().decode("utf-8", "replace").splitlines()]
        lines = [line for line in lines if line and not line.startswith(("I", "W", "*", "@", "Fatal"))]
        return lines[-1][:200] if lines else ""

    def request(self, data: bytes, timeout: float) -> dict[str, Any]:
        with self.lock:
            process = self.running()
            assert process.stdin is not None and process.stdout is not None
            try:
                process.stdin.write(len(data).to_bytes(HEADER_BYTES, "little") + data)
                process.stdin.flush()
                size = int.from_bytes(_read(process.stdout, HEADER_BYTES, timeout), "little")
                return dict(json.loads(_read(process.stdout, size, timeout)))
            except (OSError, EOFError, TimeoutError, ValueError) as err:
                process.kill()
                tail = self._log_tail()
                code = self.stop()
                what = "ran past its time limit" if isinstance(err, TimeoutError) else _death(code)
                detail = f" ({tail})" if tail else ""
                raise BadTraceError(
                    f"XLA's cost analysis {what} on this module{detail}: its HLO is corrupt or not "
                    "one this jaxlib can analyse (or the helper process cannot run here)"
                ) from err


def _death(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            return f"crashed ({signal.Signals(-code).name})"
        except ValueError:
            return f"crashed (signal {-code})"
    return f"stopped (exit code {code})"


def _read(stream: IO[bytes], size: int, timeout: float) -> bytes:
    """Exactly ``size`` bytes from a pipe, or EOFError (closed) / TimeoutError (``timeout`` s passed)."""
    out = bytearray()
    deadline = time.monotonic() + timeout
    fd = stream.fileno()
    while len(out) < size:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
            raise TimeoutError
        chunk = os.read(fd, min(size - len(out), 1 << 20))
        if not chunk:
            raise EOFError
        out += chunk
    return bytes(out)


_HELPER = _Helper()
atexit.register(_HELPER.stop)


def start() -> None:
    """Start the helper process if it is not running, without waiting for it: it imports jax and
    starts its CPU client while the caller goes on (:func:`warm` waits until it is ready)."""
    with _HELPER.lock:
        _HELPER.running()


def warm(timeout: float = TIMEOUT_S) -> None:
    """Start the helper process if it is not running and wait until it can price a module (its jax
    imported and its CPU client up): perfdiff.sweep does this while its first point compiles, so
    that no analysis waits for it. BadTraceError when the helper cannot start."""
    answer = _HELPER.request(b"", timeout)
    if answer.get("ready") is not True:
        raise RuntimeError(f"perfdiff bug: the HLO cost helper answered a ping with {answer}")


def price(hlo_module_proto: bytes, *, timeout: float = TIMEOUT_S) -> dict[str, list[Any]]:
    """``instruction_rows.module_rows`` of a serialized HloModuleProto, computed in the helper process.

    Raises BadTraceError when the module is corrupt (also when XLA crashes or hangs on it) and
    UnsupportedVersionError when jax lacks the private API.
    """
    answer = _HELPER.request(bytes(hlo_module_proto), timeout)
    if "rows" in answer:
        return dict(answer["rows"])
    message = str(answer.get("error", "no answer"))
    if answer.get("kind") == "unsupported":
        raise UnsupportedVersionError(message)
    if answer.get("kind") == "bad":
        raise BadTraceError(message)
    raise RuntimeError(f"perfdiff bug in the HLO cost helper process:\n{message}")
