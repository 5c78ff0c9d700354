"""Compiled loops without a compile wait: numba-written kernels, shipped as LLVM IR, machine code cached.

The few loops numpy cannot express (walking protobuf bytes, the stack walk behind self times) are
written in the subset of Python numba compiles, as plain functions marked ``@kernel``. Compiling them
with numba in a fresh install took 10-20 s, and even loading numba's cached machine code costs its
import and registries (most of a second) in every process. So the IR numba makes of them is generated
once, by ``python -m perfdiff.compute.native_build`` (``make kernels``), and committed beside the
source as ``<module>.ll``. At run time ``load`` has LLVM (llvmlite, which numba brings) make machine
code of that IR for this CPU, cached, generated beside the command on a first run
(``machine_code``), and numba is never imported. The kernels are called through ctypes, which
releases the GIL.

When the IR cannot be used (a kernel edited without ``make kernels``, an LLVM that cannot read it, no
llvmlite), ``load`` compiles the same functions with numba instead (``njit``, cached the usual way)
and says why in the log: slower to start, same results.

Kernels never allocate (arrays come from the caller: an output's size is counted by a first kernel
where it is not known), never raise (numpy's error model; bounds are checked by hand), and return one
int64. ``Export`` declares each entry point's arguments, from which both the C signature and the
numpy-checking ctypes wrapper are made: a wrong dtype or shape is a TypeError, never a wild write.
"""

from __future__ import annotations

import ctypes
import logging
import types
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from perfdiff.compute import machine_code

log = logging.getLogger(__name__)

KERNEL_ATTR = "__perfdiff_kernel__"
EXPORT_PREFIX = "perfdiff_"
# Argument kinds: a scalar passed as int64, or a C-contiguous array of a dtype and rank.
ARRAY_KINDS = {
    "u8[:]": (np.uint8, 1),
    "i64[:]": (np.int64, 1),
    "i32[:]": (np.int32, 1),
    "i16[:]": (np.int16, 1),
    "i8[:]": (np.int8, 1),
    "u8[:,:]": (np.uint8, 2),
    "i64[:,:]": (np.int64, 2),
    "f64[:]": (np.float64, 1),
}
SCALAR = "i64"


def kernel(fn: Callable | None = None, *, inline: bool = False) -> Any:
    """Mark a function as a kernel (numba-compilable; see the module docstring). ``inline``: numba
    inlines it into its callers (small helpers in hot loops). Returns the function unchanged."""

    def mark(f: Callable) -> Callable:
        setattr(f, KERNEL_ATTR, {"inline": inline})
        return f

    return mark(fn) if fn is not None else mark


@dataclass(frozen=True)
class Export:
    """An entry point: its ``name`` and argument kinds (``"i64"`` or a key of ``ARRAY_KINDS``), calling
    the kernel of that name, or ``kernel`` when given (one kernel compiled for several array dtypes:
    an entry point each). It returns an int64."""

    name: str
    args: tuple[str, ...]
    kernel: str = ""

    @property
    def kernel_name(self) -> str:
        """The ``@kernel`` function this entry point calls."""
        return self.kernel or self.name

    def c_arguments(self) -> list[Any]:
        """The ctypes argument types: an array is its data pointer, then its extent per dimension."""
        out: list[Any] = []
        for kind in self.args:
            if kind == SCALAR:
                out.append(ctypes.c_int64)
            else:
                out.append(ctypes.c_void_p)
                out.extend([ctypes.c_int64] * ARRAY_KINDS[kind][1])
        return out


class Kernels:
    """The entry points of one kernel module, as attributes taking numpy arrays and ints; ``how`` says
    which path made them ("native": the committed IR; "numba": compiled from the source)."""

    def __init__(self, functions: dict[str, Callable[..., int]], how: str, keep: Any = None) -> None:
        self.__dict__.update(functions)
        self.how = how
        self._keep = keep  # the execution engine that owns the machine code

    if TYPE_CHECKING:
        # The entry points are set per module at run time (``functions`` above), so mypy cannot see them.
        def __getattr__(self, name: str) -> Callable[..., int]: ...


def load(module: types.ModuleType, exports: Sequence[Export]) -> Kernels:
    """The module's entry points, from its committed IR when that can be used, else from numba."""
    try:
        return _native(module, exports)
    except machine_code.Unusable as why:
        log.info("perfdiff kernels of %s: %s; compiling them with numba instead", module.__name__, why)
    return _jitted(module, exports)


def _native(module: types.ModuleType, exports: Sequence[Export]) -> Kernels:
    engine = machine_code.engine(module.__name__)
    functions = {}
    for export in exports:
        address = engine.get_function_address(EXPORT_PREFIX + export.name)
        if not address:
            raise machine_code.Unusable(f"the IR has no {export.name}")
        function = ctypes.CFUNCTYPE(ctypes.c_int64, *export.c_arguments())(address)
        functions[export.name] = _checked(export, function, pointers=True, keep=engine)
    return Kernels(functions, "native", keep=engine)


def _checked(export: Export, function: Any, *, pointers: bool, keep: Any = None) -> Callable[..., int]:
    """``function`` behind a wrapper that checks each array's dtype, rank and layout (machine code
    trusts them) and passes scalars as ints; with ``pointers``, each array as its data pointer and
    extents (the C signature), else as itself (a numba dispatcher). The wrapper holds ``keep`` (what
    owns the machine code), so that code outlives every reference to the wrapper, not only the
    ``Kernels`` it came in."""
    kinds = export.args

    def call(*args: Any) -> int:
        if len(args) != len(kinds):
            raise TypeError(f"{export.name} takes {len(kinds)} arguments, not {len(args)}")
        flat: list[Any] = []
        for kind, value in zip(kinds, args, strict=True):
            if kind == SCALAR:
                flat.append(int(value))
                continue
            dtype, rank = ARRAY_KINDS[kind]
            if (
                not isinstance(value, np.ndarray)
                or value.dtype != dtype
                or value.ndim != rank
                or not value.flags.c_contiguous
            ):
                raise TypeError(f"{export.name}: expected a C-contiguous {kind} array")
            if pointers:
                flat.append(value.ctypes.data)
                flat.extend(value.shape)
            else:
                flat.append(value)
        return int(function(*flat))

    call.__name__ = export.name
    call.__perfdiff_code__ = keep  # type: ignore[attr-defined]
    return call


def jit_kernels(module: types.ModuleType, *, cache: bool = True) -> dict[str, Any]:
    """numba dispatchers for every ``@kernel`` function of ``module``, each seeing the others as
    compiled functions (they are plain Python functions in the module itself)."""
    import numba

    namespace = dict(vars(module))
    out: dict[str, Any] = {}
    for name, value in vars(module).items():
        options = getattr(value, KERNEL_ATTR, None)
        if options is None or not isinstance(value, types.FunctionType):
            continue
        clone = types.FunctionType(value.__code__, namespace, name, value.__defaults__, value.__closure__)
        clone.__module__, clone.__qualname__ = value.__module__, value.__qualname__
        dispatcher = numba.njit(
            clone,
            cache=cache,
            nogil=True,
            error_model="numpy",
            boundscheck=False,
            inline="always" if options["inline"] else "never",
        )
        namespace[name] = out[name] = dispatcher
    return out


def _jitted(module: types.ModuleType, exports: Sequence[Export]) -> Kernels:
    compiled = jit_kernels(module)
    functions = {e.name: _checked(e, compiled[e.kernel_name], pointers=False) for e in exports}
    return Kernels(functions, "numba", keep=compiled)
