"""Two installs of homsfacts side by side, in one run: start-up and lookups on a warm cache,
and the first run of a large base. Each pair runs the two commands one after the other and
the report gives medians and their ratio, since the machines are noisy.

    python benchmarks/compare_trees.py BEFORE/bin/homsfacts AFTER/bin/homsfacts [--pairs 10]
        [--records 100000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import synthetic_base

WARM = [
    ["figure", "--json"],
    ["who", "colvin"],
    ["timeline"],
    ["search", "siege"],
    ["check", "The siege killed about 2,200 people"],
]


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=False)
    return time.perf_counter() - start


def compare(label: str, before: list[str], after: list[str], pairs: int,
            env_of: dict[str, dict[str, str]], fresh: bool = False) -> None:
    times: dict[str, list[float]] = {"before": [], "after": []}
    for _ in range(pairs):
        for side, command in (("before", before), ("after", after)):
            env = dict(env_of[side])
            if fresh:  # a first run: an empty cache folder every time
                env["HOMSFACTS_CACHE_DIR"] = tempfile.mkdtemp(prefix="homsfacts-bench-")
            times[side].append(timed(command, env))
    b, a = statistics.median(times["before"]), statistics.median(times["after"])
    print(f"{label:48} before {b * 1000:8.1f} ms  after {a * 1000:8.1f} ms  "
          f"after/before {a / b:5.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--pairs", type=int, default=10)
    parser.add_argument("--records", type=int, default=100_000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env_of = {side: {**os.environ, "HOMSFACTS_CACHE_DIR": f"{folder}/{side}"}
                  for side in ("before", "after")}
        for arguments in WARM:  # fill each side's cache once
            for side, script in (("before", options.before), ("after", options.after)):
                timed([script, *arguments], env_of[side])
        for arguments in WARM:
            compare(" ".join(arguments)[:48], [options.before, *arguments],
                    [options.after, *arguments], options.pairs, env_of)
        large = Path(folder) / "large.toml"
        large.write_text(synthetic_base(options.records), encoding="utf-8")
        arguments = ["--data", str(large), "show", "event-7"]
        compare(f"first run, {options.records:,} records", [options.before, *arguments],
                [options.after, *arguments], max(3, options.pairs // 3), env_of, fresh=True)


if __name__ == "__main__":
    main()
