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


FIELDS_START = "<!-- fields: generated from the schema by `python -m tests.readme` -->"
FIELDS_END = "<!-- /fields -->"
_TABLE_ORDER = [("Source", "sources"), ("Entity", "entities"), ("Statement", "entities.statements"),
                ("Event", "events"), ("Figure", "figures"), ("Citation", "sources = [...]")]


def _type_of(spec: dict[str, object]) -> str:
    """A field's type in words, from its JSON Schema."""
    if "enum" in spec:
        return " \\| ".join(f"`{value}`" for value in spec["enum"])  # type: ignore[union-attr]
    if "anyOf" in spec:
        kinds = [_type_of(member) for member in spec["anyOf"]  # type: ignore[union-attr]
                 if member.get("type") != "null"]  # type: ignore[union-attr]
        return " or ".join(dict.fromkeys(kinds))
    if "$ref" in spec:
        return str(spec["$ref"]).rsplit("/", 1)[-1].lower()
    if spec.get("type") == "array":
        return f"list of {_type_of(spec['items'])}"  # type: ignore[arg-type]
    return {"integer": "integer", "number": "number", "string": "text",
            "boolean": "true or false"}.get(str(spec.get("type")), str(spec.get("type")))


def field_table() -> str:
    """Every field of the format, from the JSON Schema the model generates: so the README's
    table cannot drift from what ``validate`` accepts."""
    from homsfacts.base.schemas import json_schema

    definitions = json_schema()["$defs"]
    lines = ["| record | field | type | required | meaning |", "|---|---|---|---|---|"]
    for name, table in _TABLE_ORDER:
        definition = definitions[name]
        required = set(definition.get("required", []))
        for field, spec in definition["properties"].items():
            meaning = " ".join(str(spec.get("description", "")).split()).replace("|", "\\|")
            lines.append(f"| `{table}` | `{field}` | {_type_of(spec)} | "
                         f"{'yes' if field in required else ''} | {meaning} |")
    return "\n".join(lines)


def with_field_table(text: str) -> str:
    start, end = text.index(FIELDS_START), text.index(FIELDS_END)
    return text[:start] + FIELDS_START + "\n\n" + field_table() + "\n\n" + text[end:]


def refresh(*, write: bool) -> bool:
    """Show, as a unified diff, how the README's examples differ from what the code prints
    now; with ``write``, also rewrite them. Never called by a test: a refresh from the code
    under test would remove the only guard."""
    import difflib
    import os
    import sys

    if "PYTEST_CURRENT_TEST" in os.environ:
        raise RuntimeError("the README is refreshed by hand (python -m tests.readme), never "
                           "inside the tests")
    old = README.read_text(encoding="utf-8")
    text = with_field_table(old)

    def rewrite(block: re.Match[str]) -> str:
        lines = []
        for command, _ in examples(block.group(0)):
            lines.append(f"$ {command}\n{actual_output(command)}")
        return "```console\n" + "".join(lines) + "```"

    new = _BLOCK.sub(rewrite, text)
    sys.stdout.writelines(difflib.unified_diff(old.splitlines(keepends=True),
                                               new.splitlines(keepends=True),
                                               "a/README.md", "b/README.md"))
    if write and new != old:
        README.write_text(new, encoding="utf-8")
    if new != old and not write:
        print("would rewrite README.md (pass --write)", file=sys.stderr)
    return new != old


if __name__ == "__main__":
    import sys

    refresh(write="--write" in sys.argv[1:])
