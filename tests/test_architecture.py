"""The layout is the architecture: data flows capture -> parse -> attribution -> {cli, tensorboard},
and only the stages that must run JAX import it. Walk every module's imports and keep it so."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "perfdiff"

# stage -> the perfdiff stages it may import (besides itself and the shared top-level modules)
ALLOWED = {
    "capture": set(),
    "parse": set(),
    "attribution": {"parse"},
    "cli": {"capture", "parse", "attribution", "examples"},
    "tensorboard": {"parse", "attribution"},
    "examples": {"capture"},  # the demo drives the capture of its model
}
SHARED = {"errors", "store", "__init__", "__version__"}
# Modules that run JAX: the capture stage, the example model, and the XLA cost and CPU-peak steps.
JAX_USERS = {
    "capture", "examples", "attribution/hlo_cost.py", "attribution/xla_cost.py",
    "attribution/hlo_module.py", "attribution/cpu_roofline.py", "cli/capture_cmd.py",
}  # fmt: skip


def imports_of(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "xplane_pb2" not in p.name)


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_stages_import_only_what_comes_before_them(path: Path) -> None:
    relative = path.relative_to(PACKAGE)
    if len(relative.parts) == 1:
        return  # the facade and shared modules
    stage = relative.parts[0]
    for name in imports_of(path):
        parts = name.split(".")
        if parts[0] != "perfdiff" or len(parts) < 2:
            continue
        target = parts[1]
        assert target == stage or target in SHARED or target in ALLOWED[stage], (
            f"{relative} imports {name}: {stage} may use {sorted(ALLOWED[stage] | SHARED)}"
        )


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_the_jax_stages_import_jax(path: Path) -> None:
    relative = path.relative_to(PACKAGE).as_posix()
    uses_jax = any(n.split(".")[0] in ("jax", "jaxlib") for n in imports_of(path))
    allowed = relative.split("/")[0] in JAX_USERS or relative in JAX_USERS
    assert not uses_jax or allowed, f"{relative} imports jax; only {sorted(JAX_USERS)} may"
