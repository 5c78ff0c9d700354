"""The user's own line: which frame of an op's Python stack is the user's code, and which is a library's.

JAX records each HLO instruction's Python stack (``HloModule.stack``). Its innermost frame is often
inside a library — every ``nnx.Linear`` of a Flax model points to ``flax/nnx/nn/linear.py`` — while
the user acts on their own code, further out. The op's ``source`` is therefore the innermost frame
that is not library code, and ``library_source`` the innermost frame when that one is a library's.

A frame is library code when its file is:

- in an installed package: a ``site-packages`` or ``dist-packages`` folder anywhere in its path;
- Python's own library: under a ``lib/pythonX.Y`` folder, or a ``<frozen ...>`` module;
- perfdiff's own capture harness (``perfdiff/capture/``: the decode runner's argmax of the next
  tokens is perfdiff's op, not the user's; its source is the user's call of ``perfdiff.capture``);
- in a folder named after one of the library packages: ``DEFAULT_LIBRARIES`` (jax and its usual
  companions, for source checkouts and editable installs), plus those the user adds — the
  ``PERFDIFF_LIBRARIES`` environment variable (comma-separated) and the ``libraries`` argument of
  ``perfdiff.analyze`` (``perfdiff --library NAME``). A name with a ``/`` is a path prefix instead
  (``/home/me/src/mylib``). A user script inside a folder of such a name counts as library code.

Notebook cells (``<ipython-input-…>``), ``<stdin>`` and every other file are the user's.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable

DEFAULT_LIBRARIES = ("jax", "jaxlib", "flax", "optax", "equinox", "haiku", "orbax", "chex")
ENV = "PERFDIFF_LIBRARIES"
_INSTALLED = frozenset({"site-packages", "dist-packages"})
_STDLIB = re.compile(r"^python\d+(\.\d+)?$")
_HARNESS = ("perfdiff", "capture")  # perfdiff's own capture code, from a checkout or editable install

Frame = tuple[str, int, str]  # file, line, function


def libraries(extra: Iterable[str] | None = None) -> tuple[str, ...]:
    """The library names in force: the defaults, the environment's and ``extra``'s, in that order."""
    from_env = [name.strip() for name in os.environ.get(ENV, "").split(",")]
    names = [*DEFAULT_LIBRARIES, *from_env, *(extra or ())]
    return tuple(dict.fromkeys(name for name in names if name))


def is_library(path: str, names: Iterable[str]) -> bool:
    """Whether a frame's file is library code (see the module docstring)."""
    if path.startswith("<frozen "):
        return True
    folders = path.replace("\\", "/").split("/")[:-1]
    if _INSTALLED.intersection(folders):
        return True
    pairs = zip(folders, folders[1:], strict=False)
    if any((before == "lib" and _STDLIB.match(part)) or (before, part) == _HARNESS for before, part in pairs):
        return True
    for name in names:
        if "/" in name:
            if path.startswith(os.path.expanduser(name).rstrip("/") + "/"):
                return True
        elif name in folders:
            return True
    return False


def frame_text(frame: Frame) -> str:
    """``file:line in function`` (``file:line`` without a function name)."""
    file, line, function = frame
    return f"{file}:{line} in {function}" if function else f"{file}:{line}"


def user_and_library(stack: list[Frame], names: Iterable[str]) -> tuple[str, str]:
    """(source, library_source) of a stack, innermost first, as ``file:line``: the innermost frame
    that is the user's, and the innermost frame when it is a library's ("" when it is the user's).
    A stack without any user frame gives its innermost frame as the source; an empty one ("", "")."""
    if not stack:
        return "", ""
    names = tuple(names)
    where = [f"{file}:{line}" for file, line, _ in stack]
    user = next((i for i, (file, _, _) in enumerate(stack) if not is_library(file, names)), None)
    if user is None:
        return where[0], ""
    return where[user], where[0] if user > 0 else ""
