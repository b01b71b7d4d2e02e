from __future__ import annotations

import json
import os
import re
import subprocess
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


# -- builders: a base written inline, one record at a time ------------------------------------
#
# Each returns the TOML text of one record, starting with a blank line, so a test writes
# ``minimal(event("e", "2012") + figure("f", 5))`` instead of copying the same lines again.
# Any further field is given by keyword, as a Python value.


def toml_value(value: object) -> str:
    """``value`` as TOML: strings as JSON writes them (its escapes are TOML's), lists and
    numbers as they are."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, Raw):
        return value.text
    # TOML takes DEL and the C1 controls only as escapes; JSON writes them raw.
    return re.sub("[\x7f-\x9f]", lambda match: f"\\u{ord(match.group()):04x}",
                  json.dumps(value, ensure_ascii=False))


class Raw:
    """TOML text used as it is (an inline table, a citation)."""

    def __init__(self, text: str) -> None:
        self.text = text


def _record(table: str, fields: dict[str, object]) -> str:
    lines = [f"\n[[{table}]]"]
    lines += [f"{key} = {toml_value(value)}" for key, value in fields.items()
              if value is not None]
    return "\n".join(lines) + "\n"


def citation(source: str = "src", *paragraphs: int) -> Raw:
    """One citation: ``{ source = "src", paragraphs = [1] }``."""
    return Raw(f'{{ source = "{source}", paragraphs = {toml_value(list(paragraphs or [1]))} }}')


def source(id: str = "src", *, paragraphs: int = 5, publisher: str = "Publisher",
           title: str = "Title", published: str = "2024-12-06", **fields: object) -> str:
    return _record("sources", {"id": id, "publisher": publisher, "title": title,
                               "published": published, "paragraphs": paragraphs, **fields})


def event(id: str = "e", date: str = "2012", summary: str = "s", *,
          sources: list[Raw] | None = None, **fields: object) -> str:
    return _record("events", {"id": id, "date": date, "summary": summary, **fields,
                              "sources": sources or [citation()]})


def figure(id: str = "f", value: float | None = 5, *, label: str = "L",
           unit: str = "people", qualifier: str = "exact", sources: list[Raw] | None = None,
           **fields: object) -> str:
    return _record("figures", {"id": id, "label": label, "value": value, "unit": unit,
                               "qualifier": qualifier, **fields,
                               "sources": sources or [citation()]})


def entity(id: str, name: str, kind: str = "person", *,
           description: str = "d", sources: list[Raw] | None = None, **fields: object) -> str:
    return _record("entities", {"id": id, "kind": kind, "name": name,
                                "description": description, **fields,
                                "sources": sources or [citation()]})


MINIMAL = "schema_version = 1\n" + source()


def minimal(extra: str = "") -> str:
    return MINIMAL + extra


# -- fixtures shared by several files -----------------------------------------------------------


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of the test's own, named by HOMSFACTS_CACHE_DIR."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("HOMSFACTS_CACHE_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def script() -> str:
    """The installed ``homsfacts`` console script."""
    import shutil

    found = shutil.which("homsfacts", path=str(Path(sys.executable).parent)) or shutil.which(
        "homsfacts")
    if found is None:
        pytest.fail("the homsfacts console script is not installed")
    return found


# -- names inside the package ---------------------------------------------------------------------
#
# Tests use ``homsfacts.load``, what it returns, and the command line. The few that need a
# function inside the package import it here, once, so moving a module changes one line.

from homsfacts.base.layout import checksum as row_checksum  # noqa: E402
from homsfacts.output.text import safe_text, to_json  # noqa: E402

__all__ += ["row_checksum", "safe_text", "to_json"]


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


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[subprocess.Popen[bytes]]:
    """The helper processes that indexing starts during the test, each as it was started."""
    from homsfacts.base import helper

    processes: list[subprocess.Popen[bytes]] = []
    real_start = helper.Helper.start

    def start(path: str, counts: dict[str, int]) -> helper.Helper | None:
        begun = real_start(path, counts)
        assert begun is not None
        processes.append(begun.process)
        return begun

    monkeypatch.setattr(helper.Helper, "start", start)
    return processes


def verdict_of(base: FactBase, claim: str) -> str:
    """The verdict ``check`` gives a claim against ``base``."""
    from homsfacts.check import Checker

    return str(Checker(base).check(claim)["verdict"])
