"""The published JSON Schema is generated from the model and committed; stale means failing."""

from __future__ import annotations

import json
import typing
from pathlib import Path

import tomli

from homsfacts import vocabulary
from homsfacts.base import model
from homsfacts.base.schemas import json_schema

from .conftest import BASE_PATH, ROOT, modules_after, run

COMMITTED = ROOT / "src" / "homsfacts" / "base" / "schema.json"


def test_the_committed_schema_is_current() -> None:
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert committed == json_schema(), "run: homsfacts schema > src/homsfacts/base/schema.json"


def test_the_schema_command_prints_it() -> None:
    result = run("schema")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == json_schema()


def test_the_schema_describes_the_real_base() -> None:
    schema = json_schema()
    document = tomli.loads(BASE_PATH.read_text(encoding="utf-8"))
    assert set(document) <= set(schema["properties"])
    assert schema["additionalProperties"] is False
    figure = schema["$defs"]["Figure"]
    assert figure["properties"]["qualifier"]["enum"] == ["exact", "approximate", "estimate"]
    assert "description" in figure["properties"]["value"]


def test_the_model_and_the_vocabulary_name_the_same_kinds() -> None:
    # The Literal is spelled out for type checkers; queries read the tuples.
    assert typing.get_args(model.EntityKind) == vocabulary.PERSON_KINDS + vocabulary.PLACE_KINDS


def test_field_order_lists_the_fields_of_each_schema_class() -> None:
    from homsfacts.base.model import FIELD_ORDER, SCHEMA_CLASSES

    assert set(FIELD_ORDER) == set(SCHEMA_CLASSES)
    for kind, schema_class in SCHEMA_CLASSES.items():
        assert FIELD_ORDER[kind] == tuple(schema_class.__annotations__), kind


def test_the_shipped_core_schema_is_the_one_the_model_generates() -> None:
    from homsfacts.base.schemas import CORE_SCHEMA, core_schema

    committed = json.loads(CORE_SCHEMA.read_text(encoding="utf-8"))
    assert committed == json.loads(json.dumps(core_schema())), (
        'run: python -c "from homsfacts.base.schemas import write_core_schema; '
        'write_core_schema()"')


def test_a_first_run_imports_neither_pydantic_nor_the_model(tmp_path: Path) -> None:
    # The validators are built from the shipped core schema: pydantic itself (and the
    # TypedDict classes) load only to explain a problem or print the JSON Schema.
    base = tmp_path / "base.toml"
    base.write_text(BASE_PATH.read_text(encoding="utf-8"), encoding="utf-8")
    loaded = modules_after("homsfacts.load(sys.argv[1], use_cache=False)", base)
    assert not {name for name in loaded
                if name.split(".")[0] == "pydantic" or name == "homsfacts.base.model"}
