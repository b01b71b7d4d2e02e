"""Does ``validate`` stay linear in the number of problems? (issue 13)

Writes bases with N unknown top-level keys, and with N unknown keys inside one record, and
times ``check_file`` on each in this process. Linear growth keeps the time per key flat as N
grows tenfold; the quadratic line index this replaced took 69 s for 20,000 keys.

    python benchmarks/validate_scaling.py [--sizes 1000,10000,100000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from homsfacts.base.reading import check_file

HEAD = 'schema_version = 1\n'
SOURCE = ('[[sources]]\nid = "src"\npublisher = "P"\ntitle = "T"\npublished = "2024"\n'
          'paragraphs = 5\n')


def top_level(count: int) -> str:
    return HEAD + "".join(f"stray_{number} = {number}\n" for number in range(count)) + SOURCE


def in_one_record(count: int) -> str:
    return HEAD + SOURCE + "".join(f"stray_{number} = {number}\n" for number in range(count))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    sizes = [int(size) for size in parser.parse_args().sizes.split(",")]
    with tempfile.TemporaryDirectory() as folder:
        for name, make in (("top-level keys", top_level), ("keys in one record", in_one_record)):
            for size in sizes:
                path = Path(folder) / f"{size}.toml"
                path.write_text(make(size), encoding="utf-8")
                start = time.perf_counter()
                findings = check_file(path)
                took = time.perf_counter() - start
                print(f"{name:20} {size:>8,}: {took:7.2f} s, {took / size * 1e6:6.1f} µs a key, "
                      f"{len(findings)} findings reported")


if __name__ == "__main__":
    main()
