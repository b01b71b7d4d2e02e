"""Write a synthetic fact base of N records in the real schema, for scale benchmarks.

    python benchmarks/generate.py 100000 /tmp/base-100k.toml
"""

from __future__ import annotations

import sys
from pathlib import Path

SOURCE = 'sources = [{ source = "synthetic", paragraphs = [1] }]'


def synthetic_base(records: int) -> str:
    """A valid base: about half entities, a third events, the rest figures, all cross-linked."""
    entities = max(1, records // 2)
    events = max(1, records // 3)
    figures = max(1, records - entities - events - 1)
    lines = ["schema_version = 1", "", "[[sources]]", 'id = "synthetic"',
             'publisher = "homsfacts benchmarks"', 'title = "Synthetic base"',
             'published = "2024-12-06"', "paragraphs = 1", ""]
    for number in range(entities):
        lines += ["[[entities]]", f'id = "person-{number}"', 'kind = "person"',
                  f'name = "Person Number{number} Surname{number}"',
                  f'description = "Synthetic person {number}."', SOURCE, ""]
    for number in range(events):
        year = 1900 + number % 125
        lines += ["[[events]]", f'id = "event-{number}"', f'date = "{year}-{number % 12 + 1:02d}"',
                  f'summary = "Synthetic event {number} involving person {number}."',
                  f'entities = ["person-{number % entities}"]', SOURCE, ""]
    for number in range(figures):
        lines += ["[[figures]]", f'id = "figure-{number}"', f'label = "Synthetic count {number}"',
                  f"value = {number * 10}", 'unit = "people"', 'qualifier = "approximate"',
                  f'about = ["person-{number % entities}"]', SOURCE, ""]
    return "\n".join(lines)


def main() -> None:
    records, out = int(sys.argv[1]), Path(sys.argv[2])
    out.write_text(synthetic_base(records), encoding="utf-8")


if __name__ == "__main__":
    main()
