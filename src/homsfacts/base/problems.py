"""How a problem in a base is told: the fields of the record at a location that pydantic
names, a value described in a few words, and the likely word meant."""

from __future__ import annotations

import functools
import typing
from typing import Any

_MAX_SHOWN_INPUT = 60


MAX_MESSAGE = 300


MAX_LABEL = 100


def bounded(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


Location = tuple[Any, ...]


def fields_at(location: Location) -> list[str]:
    """The field names the schema allows at ``location`` (a pydantic error location)."""
    # Every record of a table has the same fields: look each shape up once.
    return list(_fields_at_shape(tuple(0 if isinstance(step, int) else step
                                       for step in location)))


@functools.lru_cache(maxsize=256)
def _fields_at_shape(location: Location) -> tuple[str, ...]:
    return tuple(_fields_of(location))


def _fields_of(location: Location) -> list[str]:
    from homsfacts.base.model import Document  # only a base with a problem gets here

    current: Any = Document
    for step in location:
        current = _unwrap(current)
        if isinstance(step, int):
            args = typing.get_args(current)
            current = args[0] if args else Any
        else:
            hints = typing.get_type_hints(current, include_extras=True) if _is_typeddict(
                current
            ) else {}
            current = hints.get(step, Any)
    current = _unwrap(current)
    if _is_typeddict(current):
        return [name for name in typing.get_type_hints(current) if not name.startswith("__")]
    return []


def _is_typeddict(kind: Any) -> bool:
    return isinstance(kind, type) and hasattr(kind, "__required_keys__")


def _unwrap(kind: Any) -> Any:
    while True:
        origin = typing.get_origin(kind)
        args = typing.get_args(kind)
        if origin is typing.Annotated or (origin is not None and "NotRequired" in repr(origin)):
            kind = args[0]
        elif origin is typing.Union or type(kind).__name__ == "UnionType":
            members = [arg for arg in args if arg is not type(None)]
            kind = members[0] if len(members) == 1 else kind
            if len(members) != 1:
                return kind
        else:
            return kind


def split_union_member(location: Location) -> tuple[Location, str | None]:
    """``('figures', 0, 'value', 'int')`` -> (``('figures', 0, 'value')``, ``'int'``)."""
    last = location[-1] if location else None
    if len(location) >= 3 and last in _TYPE_TAGS and not fields_at(location[:-1]):
        return location[:-1], str(last)
    return location, None


_TYPE_TAGS = frozenset({"int", "float", "str", "bool", "none", "list[str]", "list[int]"})


def describe(value: Any) -> str:
    text = repr(value)
    if len(text) > _MAX_SHOWN_INPUT:
        text = text[: _MAX_SHOWN_INPUT - 3] + "..."
    return text


def suggest(word: str, choices: list[str]) -> str | None:
    from rapidfuzz import fuzz, process

    best = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=60)
    return best[0] if best else None
