from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from homsfacts import load
from homsfacts.base.store import FactBase
from homsfacts.cli import app

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
BASE_PATH = ROOT / "data" / "facts.toml"
SOURCE_DIR = Path(os.environ.get("HOMSFACTS_SOURCE_DIR") or ROOT.parent / "shared" / "source")
"""The AFP dispatch lives beside the repository (a news agency's text is not ours to ship);
``.ci/run`` points here when it tests a copy of the tree."""
SOURCE_TEXT = SOURCE_DIR / "000_2449035d2c662a19.txt"

sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import synthetic_base  # noqa: E402  (one generator for tests and benchmarks)

__all__ = ["synthetic_base"]


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory,
                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own cache folder, a fixed width, and none of the user's settings."""
    monkeypatch.setenv("HOMSFACTS_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("COLUMNS", "100")
    for name in ("HOMSFACTS_DATA", "HOMSFACTS_NO_CACHE", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def base() -> Iterator[FactBase]:
    opened = load(BASE_PATH, use_cache=False)
    yield opened
    opened.close()


class Result:
    def __init__(self, exit_code: int, stdout: str, stderr: str, exception: Any) -> None:
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr
        self.exception = exception

    def json(self) -> Any:
        return json.loads(self.stdout)


def run(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> Result:
    """Invoke the CLI in-process, keeping stdout and stderr apart."""
    result = CliRunner().invoke(app, list(args), env=env, input=input)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"traceback for {args!r}") from result.exception
    return Result(result.exit_code, result.stdout, result.stderr, result.exception)


def command_names() -> list[str]:
    """Every command of the Typer app, so a new command is never missing from a test."""
    return [command.name or command.callback.__name__  # type: ignore[union-attr]
            for command in app.registered_commands]


def write(tmp_path: Path, text: str | bytes, name: str = "base.toml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


MINIMAL = """\
schema_version = 1

[[sources]]
id = "src"
publisher = "Publisher"
title = "Title"
published = "2024-12-06"
paragraphs = 5
"""


def minimal(extra: str = "") -> str:
    return MINIMAL + extra


def environ_without(*names: str) -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key not in names}


BASE_LINES = BASE_PATH.read_text(encoding="utf-8").splitlines()
MUTATIONS = ["delete", "duplicate", "garble", "truncate", "swap-quote", "rename"]


def mutated_base(line: int, mutation: str, noise: str) -> str:
    """The real base with one of its lines changed as a hand might slip."""
    lines = list(BASE_LINES)
    if mutation == "delete":
        del lines[line]
    elif mutation == "duplicate":
        lines.insert(line, lines[line])
    elif mutation == "garble":
        lines[line] = lines[line][: len(lines[line]) // 2] + noise
    elif mutation == "truncate":
        lines = lines[:line]
    elif mutation == "swap-quote":
        lines[line] = lines[line].replace('"', "'", 1)
    else:  # a reference, an id or a source that no longer matches
        lines[line] = lines[line].replace('"', '"x', 1)
    return "\n".join(lines) + "\n"


def modules_after(statement: str, path: Path) -> set[str]:
    """The modules a fresh interpreter has loaded once it has run ``statement``, in which
    ``path`` is ``sys.argv[1]``."""
    import subprocess
    import sys

    code = f"import json, sys, homsfacts; {statement}; print(json.dumps(sorted(sys.modules)))"
    output = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                            text=True, check=True).stdout
    return set(json.loads(output))
