"""Lint and strict typing are part of the suite, so the one test command checks them."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT


def test_ruff_finds_nothing() -> None:
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "src", "tests", "benchmarks"],
                            cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_finds_nothing() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_package_the_code_imports_is_declared() -> None:
    """A package that only arrives as another's dependency can leave with it."""
    import ast
    import importlib.metadata
    import re

    import tomli

    imported: set[str] = set()
    for path in (ROOT / "src" / "homsfacts").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                imported.add(node.module.split(".")[0])
    third_party = imported - set(sys.stdlib_module_names) - {"homsfacts", "__future__"}
    assert "pydantic_core" in third_party  # the test sees what it should

    def normal(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name).lower()

    distributions = importlib.metadata.packages_distributions()
    needed = {normal(distributions[module][0]) for module in third_party}
    project = tomli.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {normal(re.split(r"[<>=!~;\[ ]", requirement)[0])
                for requirement in project["dependencies"]}
    assert needed <= declared, f"imported but not declared: {sorted(needed - declared)}"
