"""Write the committed LLVM IR of perfdiff's kernel modules (see ``perfdiff.compute.native``).

usage: python -m perfdiff.compute.native_build [MODULE ...]      (``make kernels``)

For each kernel module (default: all of ``MODULES``), every ``Export`` is compiled by numba as a C
callable (``numba.cfunc``) that wraps its arrays around the pointers it is given, and the IR of all of
them becomes one module: the wrappers are named ``perfdiff_<kernel>`` and everything else is made
internal, numba's reference counting is made a no-op (kernels only see arrays they are lent: no
reference is ever counted), LLVM optimises the whole for a generic CPU of this architecture, and the
result must call nothing but LLVM intrinsics — no numba runtime, no Python — or the build fails.
The file starts with the SHA-256 of the module's source, which ``machine_code.engine`` checks.

Runs numba with its own optimisation off (``NUMBA_OPT=0``, set before numba is imported, in a child
process when this one has numba already) so that the only optimisation is the one here.
"""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np

from perfdiff.compute.machine_code import KERNEL_MODULES as MODULES

_NRT_REFCOUNT = re.compile(
    r"define linkonce_odr void @(NRT_incref|NRT_decref)\(ptr %\.1\)[^{]*\{\n.*?\n\}\n", re.S
)
_TARGET_LINES = re.compile(r"^(target (datalayout|triple) = .*|source_filename = .*|; ModuleID = .*)\n", re.M)


def build(module_name: str) -> Path:
    """Write ``<module>.ll`` for one kernel module; its path."""
    import llvmlite.binding as llvm
    import numba
    from numba import types

    from perfdiff.compute import machine_code, native

    module = importlib.import_module(module_name)
    exports: list[native.Export] = list(module.EXPORTS)
    compiled = native.jit_kernels(module, cache=False)
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    target = llvm.Target.from_default_triple()
    machine = target.create_target_machine(cpu="", features="", opt=3)  # generic CPU of this arch
    linked = None
    for export in exports:
        wrapper = _wrapper(export, compiled[export.kernel_name], numba, types)
        text = _NRT_REFCOUNT.sub(_no_op, wrapper._library.get_llvm_str())
        part = llvm.parse_assembly(text)
        for function in part.functions:
            if function.name == wrapper.native_name:
                function.name = native.EXPORT_PREFIX + export.name
            elif not function.is_declaration:
                function.linkage = llvm.Linkage.internal
        for variable in part.global_variables:
            if not variable.is_declaration:
                variable.linkage = llvm.Linkage.internal
        if linked is None:
            linked = part
        else:
            linked.link_in(part)
    assert linked is not None, f"{module_name} exports nothing"
    linked.triple = target.triple
    linked.data_layout = str(machine.target_data)
    builder = llvm.create_pass_builder(machine, llvm.create_pipeline_tuning_options(speed_level=3))
    builder.getModulePassManager().run(linked, builder)
    linked.verify()
    text = str(linked)
    calls = sorted(set(re.findall(r"^declare [^@]*@([\w.$]+)\(", text, re.M)))
    foreign = [name for name in calls if not name.startswith("llvm.") or name.startswith("llvm.x86.")]
    if foreign:
        raise SystemExit(f"{module_name}: the kernels still call {foreign}: they must not allocate or raise")
    missing = [e.name for e in exports if f"@{native.EXPORT_PREFIX}{e.name}(" not in text]
    if missing:
        raise SystemExit(f"{module_name}: no entry point for {missing}")
    header = (
        f"; perfdiff kernels of {module_name}: LLVM IR generated from its source by\n"
        f"; python -m perfdiff.compute.native_build (numba {numba.__version__}, LLVM "
        f"{'.'.join(map(str, llvm.llvm_version_info))}). Do not edit: edit the source and regenerate.\n"
        f"; source-sha256: {machine_code.source_hash(module_name)}\n"
    )
    out = machine_code.ir_path(module_name)
    out.write_text(header + _TARGET_LINES.sub("", text), encoding="utf-8")
    return out


def _no_op(match: re.Match) -> str:
    return f"define linkonce_odr void @{match.group(1)}(ptr %.1) {{\n  ret void\n}}\n"


def _wrapper(export, dispatcher, numba, types):
    """A ``numba.cfunc`` taking (pointer, extents...) per array and int64 per scalar, calling the kernel."""
    from perfdiff.compute import native

    params, call, signature = [], [], []
    for i, kind in enumerate(export.args):
        if kind == native.SCALAR:
            params.append(f"a{i}")
            call.append(f"a{i}")
            signature.append(types.int64)
            continue
        dtype, rank = native.ARRAY_KINDS[kind]
        extents = [f"a{i}_{d}" for d in range(rank)]
        params += [f"a{i}", *extents]
        call.append(f"carray(a{i}, ({', '.join(extents)},))")
        signature += [types.CPointer(numba.from_dtype(np.dtype(dtype)))] + [types.int64] * rank
    source = f"def entry({', '.join(params)}):\n    return kernel({', '.join(call)})\n"
    namespace = {"kernel": dispatcher, "carray": numba.carray}
    exec(compile(source, f"<perfdiff entry {export.name}>", "exec"), namespace)
    return numba.cfunc(types.int64(*signature), error_model="numpy", boundscheck=False)(namespace["entry"])


def main(argv: list[str] | None = None) -> int:
    names = list(argv if argv is not None else sys.argv[1:]) or list(MODULES)
    if os.environ.get("NUMBA_OPT") != "0" or "numba" in sys.modules:
        env = dict(os.environ, NUMBA_OPT="0")
        return subprocess.call([sys.executable, "-m", "perfdiff.compute.native_build", *names], env=env)
    for name in names:
        print(f"wrote {build(name)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
