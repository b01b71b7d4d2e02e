"""The import rules of ARCHITECTURE.md, kept true: the core (``base/``, ``check/``, and the
shared ``errors`` and ``vocabulary``) never imports the front (``cli/``, ``output/``) or a
terminal library; ``output/`` never imports ``cli/``; no module imports another's private
name; the modules import one another without a cycle; and modules and classes stay small."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "homsfacts"

MAX_LINES = 400
LONGER = {"base/validate.py": "one Checker whose rules RecordStream overrides as hooks"}
"""Modules allowed past MAX_LINES, each with the reason ARCHITECTURE.md gives."""
MAX_PUBLIC_METHODS = 20
FRONT_LIBRARIES = {"typer", "rich", "click"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def layer(module: str) -> str:
    """``core``, ``output`` or ``cli``: what a module belongs to."""
    part = module.split(".")[1] if "." in module else ""
    return {"cli": "cli", "output": "output", "__main__": "cli"}.get(part, "core")


def imports_of(path: Path, *, typing_only: bool = True) -> list[tuple[str, list[str]]]:
    """(module, names) of every import in a file, lazy ones included; with ``typing_only``
    False, those under ``if TYPE_CHECKING:`` are left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    if not typing_only:
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                skipped.update(id(child) for child in ast.walk(node))
    found = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.extend((alias.name, []) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, [alias.name for alias in node.names]))
    return found


def target(module: str, names: list[str]) -> list[str]:
    """The homsfacts modules an import statement loads: ``from homsfacts.base import cache``
    loads ``homsfacts.base.cache``."""
    found = [module] if module in MODULES else []
    found += [f"{module}.{name}" for name in names if f"{module}.{name}" in MODULES]
    return found


@pytest.mark.parametrize("module", sorted(MODULES))
def test_each_layer_imports_only_what_is_below_it(module: str) -> None:
    allowed = {"core": {"core"}, "output": {"core", "output"},
               "cli": {"core", "output", "cli"}}[layer(module)]
    for imported, names in imports_of(MODULES[module]):
        top = imported.split(".")[0]
        if layer(module) == "core":
            assert top not in FRONT_LIBRARIES, f"{module} imports {imported}"
        for each in target(imported, names):
            assert layer(each) in allowed, f"{module} ({layer(module)}) imports {each}"
    if module.startswith("homsfacts.base"):
        assert not any(name.startswith("homsfacts.check") for imported, names in
                       imports_of(MODULES[module]) for name in target(imported, names)), \
            f"{module}: the base knows nothing of the claim checker"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_imports_a_private_name_of_another(module: str) -> None:
    for imported, names in imports_of(MODULES[module]):
        if imported.startswith("homsfacts"):
            private = [name for name in names if name.startswith("_") and name != "__version__"]
            assert not private, f"{module} imports {private} from {imported}"


def find_cycle(graph: dict[str, list[str]]) -> list[str]:
    """A cycle of imports in ``graph`` (module -> the modules it imports), or []."""
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(module: str) -> list[str]:
        state[module] = 1
        path.append(module)
        for each in graph.get(module, []):
            if state.get(each) == 1:
                return [*path[path.index(each):], each]
            if each not in state and (cycle := visit(each)):
                return cycle
        path.pop()
        state[module] = 2
        return []

    for module in sorted(graph):
        if module not in state and (cycle := visit(module)):
            return cycle
    return []


def test_the_modules_import_one_another_without_a_cycle() -> None:
    # A package's __init__ that gathers its modules is not a cycle with them: importing a
    # module runs its package first either way.
    graph = {module: sorted({each for imported, names in imports_of(path, typing_only=False)
                             for each in target(imported, names)
                             if each != module and not module.startswith(each + ".")})
             for module, path in MODULES.items()}
    assert find_cycle(graph) == []


def test_a_planted_cycle_and_a_planted_layer_breach_are_seen() -> None:
    assert find_cycle({"a": ["b"], "b": ["c"], "c": ["a"], "d": []}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": ["b"], "b": []}) == []
    assert layer("homsfacts.base.store") == "core"
    assert layer("homsfacts.output.plain") == "output"
    assert layer("homsfacts.cli.app") == "cli"
    assert target("homsfacts.base", ["cache"]) == ["homsfacts.base", "homsfacts.base.cache"]


@pytest.mark.parametrize("module", sorted(MODULES))
def test_modules_and_classes_stay_small(module: str) -> None:
    path = MODULES[module]
    relative = path.relative_to(PACKAGE).as_posix()
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES or relative in LONGER, f"{relative} has {lines} lines"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ClassDef):
            public = [item.name for item in node.body
                      if isinstance(item, ast.FunctionDef) and not item.name.startswith("_")]
            assert len(public) <= MAX_PUBLIC_METHODS, \
                f"{relative}: {node.name} has {len(public)} public methods"
