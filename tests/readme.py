"""The README's console examples: parsed by the test that keeps them true, and rewritten by
``python -m tests.readme`` after an intended change of output."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"
_BLOCK = re.compile(r"```console\n(.*?)```", re.DOTALL)


def examples(text: str) -> list[tuple[str, str]]:
    """Each ``$ homsfacts ...`` command in a console block and the output shown after it."""
    found = []
    for block in _BLOCK.findall(text):
        command, output = None, []
        for line in block.splitlines(keepends=True):
            if line.startswith("$ "):
                if command is not None:
                    found.append((command, "".join(output)))
                command, output = line[2:].strip(), []
            else:
                output.append(line)
        if command is not None:
            found.append((command, "".join(output)))
    return found


def actual_output(command: str) -> str:
    from typer.testing import CliRunner

    from homsfacts.cli import app

    words = shlex.split(command)
    assert words[0] == "homsfacts", command
    result = CliRunner().invoke(app, words[1:], env={"COLUMNS": "100"})
    return result.stdout + result.stderr


def refresh() -> None:
    text = README.read_text(encoding="utf-8")

    def rewrite(block: re.Match[str]) -> str:
        lines = []
        for command, _ in examples(block.group(0)):
            lines.append(f"$ {command}\n{actual_output(command)}")
        return "```console\n" + "".join(lines) + "```"

    README.write_text(_BLOCK.sub(rewrite, text), encoding="utf-8")


if __name__ == "__main__":
    refresh()
