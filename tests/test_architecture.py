"""The layout is the architecture. Data flows one way through the stages, in the order of ``STAGES``; a
stage imports only stages before it (and the shared top-level modules), there are no import cycles
between modules (function-level imports included), no module reaches into another's private names,
no package folder outgrows what one reader holds in mind, and only the stages that must run JAX
import it. Every module's imports are walked to keep it so."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "perfdiff"

# The stages in the order data flows through them. Each may import the ones listed before it, unless
# OVERRIDES narrows that.
STAGES = [
    "compute",  # array algorithms free of any format: compiled kernels, interval walks, group ids
    "xplane",  # XPlane files: where they lie (a file, run or logdir), .proto, generated module, decoders
    "hlo",  # HLO protos and text: modules, instructions, shapes, stack frames
    "capture",  # wrap JAX steps in traces; run card
    "infer",  # pure table functions parse calls: executions, inferred steps, command-buffer kernels
    "parse",  # XPlane files -> Profile tables
    "costs",  # per-op FLOPs / bytes from the HLO or the trace
    "chips",  # the chip table, detection, the measured CPU roofline
    "llm",  # the LLM step theory (needs only chips)
    "report",  # the report's tables, vocabulary, JSON form, saved files
    "advice",  # rules over a Report: what to change and the time it buys
    "attribution",  # roofline, steps, analyze -> Report
    "compare",  # two Reports -> Diff
    "annotation",  # a Report's verdicts written into a copy of its run, for XProf's trace viewer
    "examples",  # the bundled model
    "frontier",  # sweeps: a grid of captures beside the step theory
    "cli",
    "tensorboard",
]
OVERRIDES: dict[str, set[str]] = {
    "hlo": set(),
    "capture": set(),  # captures need nothing of the analysis
    "infer": {"compute", "xplane", "hlo"},  # tables in and out; module runs from a line; HLO names
    "llm": {"chips"},
    "advice": {"chips", "llm", "report"},  # reads a finished Report (and the LLM step theory)
    "examples": {"capture"},  # the demo drives the capture of its model
    "frontier": {"capture", "parse", "costs", "chips", "llm", "report", "attribution", "examples"},
    "tensorboard": {"xplane", "parse", "chips", "report", "attribution", "compare", "frontier"},
}
SHARED = {"errors", "files", "children", "units", "memory", "spool", "__init__", "__version__"}
# Modules that run JAX: the capture stage, the example model, XLA's cost analysis and its helper
# process, the CPU-peak measurement, the capture command and the sweep's per-point process.
JAX_USERS = {
    "capture", "examples", "costs/xla_cost.py", "chips/cpu_measure.py", "cli/capture_cmd.py",
    "frontier/worker.py",
}  # fmt: skip
MAX_PACKAGE_LINES = 2000


def allowed(stage: str) -> set[str]:
    if stage in OVERRIDES:
        return OVERRIDES[stage]
    return set(STAGES[: STAGES.index(stage)])


def imports_of(path: Path) -> set[str]:
    """Every module name ``path`` imports, at any depth of its code (``from a import b`` gives both
    ``a`` and ``a.b``: b may be a module)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if not p.name.endswith("_pb2.py"))


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_every_package_folder_is_a_stage() -> None:
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert folders == set(STAGES)


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
        assert target == stage or target in SHARED or target in allowed(stage), (
            f"{relative} imports {name}: {stage} may use {sorted(allowed(stage) | SHARED)}"
        )


def test_shared_modules_import_no_stage() -> None:
    for path in PACKAGE.glob("*.py"):
        if path.name == "__init__.py":
            continue  # the facade names the stages lazily
        stages = {n.split(".")[1] for n in imports_of(path) if n.startswith("perfdiff.") and n.count(".")}
        assert stages <= SHARED, f"{path.name} imports stages {sorted(stages - SHARED)}"


def import_graph() -> dict[str, set[str]]:
    """Module -> the perfdiff modules it imports (function-level imports included). ``from pkg import
    mod`` is an edge to ``pkg.mod`` alone when ``mod`` is a module; else to ``pkg``."""
    known = {module_name(p): p for p in modules()}
    graph: dict[str, set[str]] = {}
    for name, path in known.items():
        targets = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                submodules = {f"{node.module}.{a.name}" for a in node.names} & known.keys()
                targets.update(submodules or {node.module})
        graph[name] = {t for t in targets if t in known and t != name and t != "perfdiff"}
    return graph


def test_no_import_cycles() -> None:
    graph = import_graph()
    state: dict[str, int] = {}  # 1: on the stack, 2: done
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                cycle = stack[stack.index(target) :] + [target]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if target not in state:
                visit(target)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_private_names_from_other_modules(path: Path) -> None:
    """``from perfdiff.x import _y`` reaches into another module's internals: make it public or move it."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("perfdiff"):
            private = [a.name for a in node.names if a.name.startswith("_") and not a.name.startswith("__")]
            assert not private, f"{path.relative_to(PACKAGE)} imports {private} from {node.module}"


def test_no_package_folder_outgrows_one_reader() -> None:
    for folder in PACKAGE.iterdir():
        if not (folder / "__init__.py").exists():
            continue
        lines = sum(len(p.read_text(encoding="utf-8").splitlines()) for p in folder.rglob("*.py")
                    if not p.name.endswith("_pb2.py"))  # fmt: skip
        assert lines <= MAX_PACKAGE_LINES, f"{folder.name}/ has {lines} lines of Python: split it"


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_the_jax_stages_import_jax(path: Path) -> None:
    relative = path.relative_to(PACKAGE).as_posix()
    uses_jax = any(n.split(".")[0] in ("jax", "jaxlib") for n in imports_of(path))
    allowed_here = relative.split("/")[0] in JAX_USERS or relative in JAX_USERS
    assert not uses_jax or allowed_here, f"{relative} imports jax; only {sorted(JAX_USERS)} may"
