"""Machine code for this CPU from the kernels' committed LLVM IR, kept in the cache (see ``native``).

A kernel module ``m.py`` ships its IR as ``m.ll`` (``make kernels``), whose header carries the SHA-256
of ``m.py``: an IR made from another version of the source is refused (``Unusable``). ``engine`` hands
the IR to LLVM (llvmlite) for this CPU and keeps the object code under ``cache_dir()/kernels``, named
by the IR and the CPU: the first run pays LLVM's code generation (tenths of a second), later runs link
the cached object in milliseconds, by ``object_code`` where it can (LLVM's library, loaded, would be
~100 MB of the process's memory), else by LLVM.

That first run's code generation can happen beside the command instead of in it: ``build_in_background``
starts a child process (``python -m perfdiff.compute.native_cache``) that makes every kernel module's
code while the command imports its tools and opens its files, in the order a report first needs
them, and ``engine`` waits for the child to cache the module it wants (not for the whole build)
before it would generate code itself. The first run after ``pip install`` then costs about what a
later one does, and LLVM's code generator is never paged into the command's memory. The child is
started only when the cache holds no mark of a finished build for these kernels on this CPU.

This module imports neither numpy nor the kernel modules (it finds their files), so the child starts
in a few hundredths of a second.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import logging
import platform
import re
import subprocess
import time
from pathlib import Path
from typing import Any

from perfdiff.children import child_env, module_command
from perfdiff.compute import object_code
from perfdiff.files import atomic_write, cache_dir

log = logging.getLogger(__name__)

# Every kernel module, by name: ``make kernels`` writes their IR, the background build their code.
KERNEL_MODULES = (  # in the order a report first calls them, which the background build follows
    "perfdiff.xplane.wire_kernels",
    "perfdiff.xplane.line_kernels",
    "perfdiff.compute.nesting",
    "perfdiff.compute.numbering",
    "perfdiff.compute.pairing",
)
# How long ``engine`` waits for the background build before making the code itself (s). The build
# takes tenths of a second; a machine too loaded to finish it in this long gains nothing by waiting.
BUILD_WAIT_S = 60.0
# How often ``engine`` looks for the object it waits for (s).
_POLL_S = 0.005
# How ``_object_path`` names the cached objects; in the marks' names, so that a cache whose objects
# were named otherwise gets a new background build.
_OBJECT_NAMING = "objects by IR and CPU identity"
_HEADER = re.compile(r"^; source-sha256: ([0-9a-f]{64})$", re.M)
_builder: subprocess.Popen | None = None


class Unusable(Exception):
    """Why a kernel module's committed IR cannot be made into machine code here."""


def source_path(module_name: str) -> Path:
    """The kernel module's source file, found without importing it."""
    spec = importlib.util.find_spec(module_name)
    if spec is None or not spec.origin:
        raise Unusable(f"no module {module_name}")
    return Path(spec.origin)


def ir_path(module_name: str) -> Path:
    """Where a kernel module's committed IR lives: beside its source, ``<module>.ll``."""
    return source_path(module_name).with_suffix(".ll")


def source_hash(module_name: str) -> str:
    """SHA-256 of the kernel module's source file: what its IR must have been made from."""
    return hashlib.sha256(source_path(module_name).read_bytes()).hexdigest()


def engine(module_name: str) -> Any:
    """The module's machine code for this CPU, linked into this process: from the object cache when
    there (after waiting for a background build that may be making it), linked by ``object_code``
    without loading LLVM where it can, else by LLVM's MCJIT; otherwise generated here by LLVM and
    cached. Either way the result answers ``get_function_address(name)``. Unusable when the IR is
    missing, stale or unreadable by this LLVM, or llvmlite is needed and not installed."""
    path = ir_path(module_name)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise Unusable(f"no IR ({err})") from err
    found = _HEADER.search(text)
    if not found or found.group(1) != source_hash(module_name):
        raise Unusable(f"{path.name} was made from another version of the source (run make kernels)")
    cached = _object_path(text)
    code = _read(cached)
    if code is None:  # the background build may be making it
        code = _await_object(cached)
    if code is not None:
        try:
            return object_code.link(code)
        except object_code.Unlinkable as why:
            log.info("perfdiff kernels of %s: linked by LLVM (%s)", module_name, why)
    llvm = _llvm()
    try:
        return _engine(llvm, text, cached, code)
    except RuntimeError as err:  # llvmlite's errors: IR this LLVM cannot read, a failed link
        raise Unusable(f"LLVM could not build it ({' '.join(str(err).split())[:200]})") from err


def _llvm() -> Any:
    try:
        import llvmlite.binding as llvm
    except ImportError as err:
        raise Unusable(f"llvmlite is not installed ({err})") from err
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    return llvm


def _object_path(text: str) -> Path:
    """Where the IR's machine code for this CPU is cached: named by the IR and the CPU as the OS
    describes it (so that a warm run finds it without loading LLVM), or, where the OS does not say
    (no /proc/cpuinfo), as LLVM sees the CPU. Code made by another LLVM version is still this CPU's
    code for this IR, so the version is not in the name."""
    identity = _cpu_identity()
    if identity is None:
        llvm = _llvm()
        identity = "\n".join([llvm.get_host_cpu_name(), llvm.get_host_cpu_features().flatten()])
    key = hashlib.sha256("\n".join([text, platform.machine(), identity]).encode()).hexdigest()
    return cache_dir() / "kernels" / f"{key}.o"


def _engine(llvm: Any, text: str, cached: Path, code: bytes | None) -> Any:
    """An MCJIT engine holding the IR's code: ``code`` (the cached object) linked, else generated
    from ``text`` and written to ``cached``."""
    target = llvm.Target.from_default_triple()
    cpu, features = llvm.get_host_cpu_name(), llvm.get_host_cpu_features().flatten()
    machine = target.create_target_machine(cpu=cpu, features=features, opt=3, codemodel="jitdefault")
    if code is not None:
        made = llvm.create_mcjit_compiler(llvm.parse_assembly(""), machine)
        made.add_object_file(llvm.ObjectFileRef.from_data(code))
        made.finalize_object()
        return made
    log.info("perfdiff kernels: generating machine code for this CPU in this process")
    module = llvm.parse_assembly(text)
    module.triple = target.triple
    module.data_layout = str(machine.target_data)
    module.verify()
    made = llvm.create_mcjit_compiler(module, machine)
    objects: list[bytes] = []
    made.set_object_cache(lambda _module, data: objects.append(data), None)
    made.finalize_object()
    if objects:
        with contextlib.suppress(OSError):  # a cache that cannot be written only costs speed
            atomic_write(cached, objects[0])
    return made


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def build_in_background() -> None:
    """Unless the cache holds a finished build's mark for these kernels on this CPU, start making
    their code in a child process, which ``engine`` then waits for. Once per process; a child that
    cannot start only means ``engine`` makes the code itself."""
    global _builder
    if _builder is not None:
        return
    mark = _ready_mark()
    try:
        if mark.exists():
            return
        mark.parent.mkdir(parents=True, exist_ok=True)  # a cache it could not write to: no build
        _builder = subprocess.Popen(
            module_command("perfdiff.compute.native_cache"),
            env=child_env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    except OSError as err:
        log.info("perfdiff kernels: no background build (%s)", err)


def build_all() -> bool:
    """Make and cache every kernel module's code here, then leave the mark of a finished build;
    whether every module's IR could be used (the background build's work)."""
    usable = True
    for name in KERNEL_MODULES:
        try:
            engine(name)
        except Unusable as why:
            log.info("perfdiff kernels of %s: %s", name, why)
            usable = False
    if usable:
        with contextlib.suppress(OSError):
            atomic_write(_ready_mark(), "\n".join(KERNEL_MODULES))
    return usable


def _ready_mark() -> Path:
    """The file whose presence says a build ran for these kernels on this CPU: named by the IR files'
    headers (their source hashes), the objects' naming and the CPU as the OS describes it, so that it
    is found without LLVM. A mark that outlives its objects (a cache cleared by hand) only sends
    ``engine`` back to generating code itself, once."""
    parts = [_OBJECT_NAMING, platform.machine(), _cpu_identity() or platform.processor()]
    for name in KERNEL_MODULES:
        try:
            with ir_path(name).open("rb") as ir:
                parts.append(ir.read(512).decode("utf-8", "replace"))
        except (OSError, Unusable):
            parts.append("")
    key = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]
    return cache_dir() / "kernels" / f"ready-{key}"


def _cpu_identity() -> str | None:
    """The CPU's model and features as the OS tells them (Linux: /proc/cpuinfo's first processor), or
    None where it does not."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as info:
            first = info.read(1 << 16).split("\n\n")[0]
    except OSError:
        return None
    lines = [line for line in first.splitlines() if line.startswith(("model name", "flags"))]
    return "\n".join(lines) if lines else None


def _await_object(path: Path) -> bytes | None:
    """The cached object at ``path`` once the background build, if one runs, has written it (objects
    are written whole, by rename) or has ended without it (at most ``BUILD_WAIT_S`` in all); None
    when there is none."""
    global _builder
    deadline = time.monotonic() + BUILD_WAIT_S
    while _builder is not None:
        code = _read(path)
        if code is not None:
            return code
        if _builder.poll() is not None:
            _builder = None
        elif time.monotonic() > deadline:
            _builder.kill()
            _builder.wait()
            _builder = None
        else:
            time.sleep(_POLL_S)
    return _read(path)
