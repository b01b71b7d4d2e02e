"""The schemas generated from :mod:`homsfacts.base.model`: pydantic-core's own (shipped as
``core_schema.json``, which validation reads) and the JSON Schema that ``homsfacts schema``
prints for editors."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from homsfacts.vocabulary import RECORD_TYPES

CORE_SCHEMA = Path(__file__).with_name("core_schema.json")
"""pydantic-core's own schema of a document, generated from :mod:`homsfacts.base.model` by
``core_schema()`` and shipped with homsfacts. A first run builds its validators from it
directly, which spares importing pydantic and generating the schema from the model on every
first run (0.25 s, half the first run of a 1,000-record base); a test keeps it in step with
the model."""


def core_schema() -> dict[str, Any]:
    """The schema pydantic generates for :class:`homsfacts.base.model.Document`, as plain data:
    without the TypedDict classes it names and the descriptions it carries for the JSON
    Schema, neither of which validation uses."""
    from pydantic import TypeAdapter

    from homsfacts.base.model import Document

    def plain(value: Any, key: str = "") -> Any:
        if isinstance(value, dict):
            return {name: plain(item, name) for name, item in value.items()
                    if name not in ("cls", "metadata")}
        if isinstance(value, list):
            return [plain(item) for item in value]
        if key in ("ref", "schema_ref"):
            # ``homsfacts.base.model.Citation:94818754354880``: the number is the class's id() in
            # the run that made it, which a shipped file cannot depend on.
            return str(value).partition(":")[0]
        return value

    schema: dict[str, Any] = plain(TypeAdapter(Document).core_schema)
    return schema


def write_core_schema() -> None:
    """Write ``core_schema.json`` again after the model changes."""
    import json

    CORE_SCHEMA.write_text(json.dumps(core_schema(), indent=1, sort_keys=True) + "\n",
                           encoding="utf-8")


@functools.lru_cache(maxsize=1)
def validators() -> tuple[Callable[..., Any], dict[str, Callable[..., Any]]]:
    """pydantic-core's validator of a whole document, and of one record of each table."""
    import json

    from pydantic_core import SchemaValidator

    schema = json.loads(CORE_SCHEMA.read_text(encoding="utf-8"))
    fields = schema["schema"]["fields"]
    records = {
        table: SchemaValidator({"type": "definitions", "definitions": schema["definitions"],
                                "schema": fields[table]["schema"]["items_schema"]}
                               ).validate_python
        for table in RECORD_TYPES}
    return SchemaValidator(schema).validate_python, records


def code(pydantic_type: str) -> str:
    return {
        "extra_forbidden": "unknown-field",
        "missing": "missing-field",
    }.get(pydantic_type, "wrong-type")


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the fact-base format, generated from :mod:`homsfacts.base.model`."""
    from pydantic import TypeAdapter

    from homsfacts.base.model import Document

    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **TypeAdapter(Document).json_schema(),
    }
    schema["title"] = "homsfacts fact base"
    return schema
