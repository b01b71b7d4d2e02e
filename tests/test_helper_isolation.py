"""The helper process that writes a large base's cache imports only the installed homsfacts:
a ``homsfacts/`` folder in the working directory (another user may plant one in a shared
folder) is never imported, whatever the base's size (issue 24, defect 1)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from homsfacts import load
from homsfacts.base import helper

from .conftest import minimal, synthetic_base, write


def planted_package(folder: Path) -> Path:
    """A ``homsfacts`` package in ``folder`` that leaves a mark when anything imports it."""
    mark = folder / "imported"
    package = folder / "homsfacts"
    package.mkdir(parents=True)
    code = f"open({str(mark)!r}, 'w').close()\n"
    for module in ("__init__.py",):
        (package / module).write_text(code, encoding="utf-8")
    return mark


def needs_two_cores() -> None:
    if len(os.sched_getaffinity(0)) < 2:
        pytest.skip("a helper process is started only where a second core is free")


def test_the_helper_never_imports_from_the_working_directory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        started: list[subprocess.Popen[bytes]]) -> None:
    needs_two_cores()
    monkeypatch.setattr(helper, "PARALLEL_RECORDS", 0)  # a helper for a base of any size
    shared = tmp_path / "shared"
    mark = planted_package(shared)
    path = write(tmp_path, minimal('''
[[events]]
id = "real"
date = "2012"
summary = "The real record."
sources = [{ source = "src", paragraphs = [1] }]
'''))
    monkeypatch.chdir(shared)
    monkeypatch.syspath_prepend(str(shared))  # as `python -c` or `-m` would put it there
    monkeypatch.setenv("PYTHONPATH", str(shared))
    base = load(path)
    assert base.show("real")["summary"] == "The real record."
    assert [process.returncode for process in started] == [0]  # the helper wrote the cache
    assert not mark.exists()


@pytest.mark.installed
def test_a_first_run_of_a_large_base_from_a_planted_folder_imports_nothing_there(
        tmp_path: Path) -> None:
    needs_two_cores()
    shared = tmp_path / "shared"
    mark = planted_package(shared)
    path = tmp_path / "large.toml"
    path.write_text(synthetic_base(helper.PARALLEL_RECORDS + 10), encoding="utf-8")
    script = Path(sys.executable).parent / "homsfacts"
    env = {**os.environ, "HOMSFACTS_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run([str(script), "--data", str(path), "show", "event-7", "--json"],
                            cwd=shared, capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert '"id": "event-7"' in result.stdout
    assert not mark.exists()
