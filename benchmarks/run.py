"""Side-by-side timings for issue 4's targets. Machines are noisy, so every comparison runs
its two commands alternately (A B A B ...) in one run and reports median ratios.

    python benchmarks/run.py [--pairs 10]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import synthetic_base


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=True)
    return time.perf_counter() - start


def side_by_side(label: str, first: list[str], second: list[str], env: dict[str, str],
                 pairs: int) -> None:
    a_times, b_times = [], []
    timed(first, env)
    timed(second, env)
    for _ in range(pairs):
        a_times.append(timed(first, env))
        b_times.append(timed(second, env))
    a, b = statistics.median(a_times), statistics.median(b_times)
    print(f"{label:58} {a * 1000:7.1f} ms vs {b * 1000:7.1f} ms  ratio {a / b:5.2f}x")


def peak_mib(command: list[str], env: dict[str, str]) -> float:
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], "
             "stdout=subprocess.DEVNULL, check=True); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    output = subprocess.run([sys.executable, "-c", probe, *command], env=env,
                            capture_output=True, text=True, check=True)
    return int(output.stdout) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=10)
    parser.add_argument("--sizes", default="1000,10000,100000")
    options = parser.parse_args()
    tool = shutil.which("homsfacts") or str(Path(sys.executable).parent / "homsfacts")
    work = Path(tempfile.mkdtemp(prefix="homsfacts-bench-"))
    # XDG_CACHE_HOME rather than HOMSFACTS_CACHE_DIR, so the runs pay for finding the
    # cache folder exactly as a user does.
    env = {**os.environ, "XDG_CACHE_HOME": str(work / "cache"), "COLUMNS": "100"}
    env.pop("HOMSFACTS_CACHE_DIR", None)
    floor = [sys.executable, "-c", "import typer"]
    print(f"pairs per comparison: {options.pairs}")
    side_by_side("figure population --json  vs  import typer",
                 [tool, "figure", "population", "--json"], floor, env, options.pairs)
    side_by_side("who colvin (table)  vs  import typer",
                 [tool, "who", "colvin", "--format", "table"], floor, env, options.pairs)
    completion = {**env, "_HOMSFACTS_COMPLETE": "complete_bash",
                  "COMP_WORDS": "homsfacts who ", "COMP_CWORD": "2"}
    side_by_side("who <TAB> (bash completion)  vs  import typer", [tool], floor, completion,
                 options.pairs)
    print(f"peak memory, figure population --json: "
          f"{peak_mib([tool, 'figure', 'population', '--json'], env):.1f} MiB")
    for size in (int(text) for text in options.sizes.split(",") if text):
        path = work / f"base-{size}.toml"
        path.write_text(synthetic_base(size), encoding="utf-8")
        start = time.perf_counter()
        subprocess.run([tool, "--data", str(path), "show", "person-1"], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        print(f"{size:>7,} records: first run (parse, validate, build cache) "
              f"{time.perf_counter() - start:6.2f} s")
        for command in (["who", "person-1"], ["figure", "figure-1"], ["show", "event-1"]):
            side_by_side(f"  {' '.join(command)} at {size:,} vs default base",
                         [tool, "--data", str(path), *command, "--json"],
                         [tool, *({"who": ["who", "colvin"], "figure": ["figure", "population"],
                                   "show": ["show", "homs"]}[command[0]]), "--json"],
                         env, options.pairs)
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
