"""What changed between two versions of a fact base: records, values and citations added,
removed or changed, for a corrections log. No terminal here; ``homsfacts diff`` renders it."""

from __future__ import annotations

import json
from typing import Any

from homsfacts.base.layout import title
from homsfacts.base.views import Record
from homsfacts.vocabulary import RECORD_TYPES


def _short(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def diff_documents(old: dict[str, Any], new: dict[str, Any]) -> list[Record]:
    """Every change from ``old`` to ``new``, both in their file form (as ``document()``
    gives them), record type by record type in the new base's order. Each change has
    ``change`` (added, removed or changed), ``type``, ``id``, ``field`` (for a change inside
    a record), ``old``, ``new`` and a one-line ``summary``."""
    changes: list[Record] = []
    for table, kind in RECORD_TYPES.items():
        before = {record["id"]: record for record in old.get(table) or []}
        after = {record["id"]: record for record in new.get(table) or []}
        for record_id, record in after.items():
            if record_id not in before:
                changes.append({"change": "added", "type": kind, "id": record_id,
                                "field": None, "old": None, "new": record,
                                "summary": title(kind, record)})
                continue
            previous = before[record_id]
            for field in dict.fromkeys([*previous, *record]):
                if previous.get(field) != record.get(field):
                    changes.append({
                        "change": "changed", "type": kind, "id": record_id, "field": field,
                        "old": previous.get(field), "new": record.get(field),
                        "summary": f"{_short(previous.get(field))} -> {_short(record.get(field))}",
                    })
        for record_id, record in before.items():
            if record_id not in after:
                changes.append({"change": "removed", "type": kind, "id": record_id,
                                "field": None, "old": record, "new": None,
                                "summary": title(kind, record)})
    return changes
