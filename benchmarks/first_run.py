"""The first run at scale against the parser's own cost (issue 14), side by side in one run.

For each size: the wall time and peak memory of a bare ``tomli`` parse of the base, and of
homsfacts' first run on it (parse, validate, build and seal the cache); the cache's size
against the TOML's; and, on the default base, how many ``who -`` and ``show -`` lookups go
through in a second.

    python benchmarks/first_run.py [--sizes 1000,10000,100000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import synthetic_base

PROBE = ("import resource, subprocess, sys, time; start = time.perf_counter(); "
         "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True); "
         "print(time.perf_counter() - start, "
         "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def measured(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds, peak MiB) of a command in a child process."""
    output = subprocess.run([sys.executable, "-c", PROBE, *command], env=env,
                            capture_output=True, text=True, check=True).stdout.split()
    return float(output[0]), int(output[1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    sizes = [int(size) for size in parser.parse_args().sizes.split(",")]
    tool = shutil.which("homsfacts") or str(Path(sys.executable).parent / "homsfacts")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        env = {**os.environ, "HOMSFACTS_CACHE_DIR": str(work / "cache")}
        print(f"{'records':>9} {'TOML':>9} {'tomli':>8} {'first run':>10} {'ratio':>6} "
              f"{'tomli peak':>11} {'run peak':>9} {'ratio':>6} {'cache':>9} {'ratio':>6}")
        for size in sizes:
            path = work / f"base-{size}.toml"
            path.write_text(synthetic_base(size), encoding="utf-8")
            parse = [sys.executable, "-c", "import sys, tomli; "
                     "tomli.loads(open(sys.argv[1], encoding='utf-8').read())", str(path)]
            bare, bare_peak = measured(parse, env)
            shutil.rmtree(work / "cache", ignore_errors=True)
            first, first_peak = measured([tool, "--data", str(path), "show", "person-1"], env)
            cache = sum(file.stat().st_size for file in (work / "cache").glob("*.sqlite"))
            toml = path.stat().st_size
            print(f"{size:>9,} {toml / 2**20:>7.1f}MB {bare:>7.2f}s {first:>9.2f}s "
                  f"{first / bare:>5.2f}x {bare_peak:>9.0f}MB {first_peak:>7.0f}MB "
                  f"{first_peak / bare_peak:>5.2f}x {cache / 2**20:>7.1f}MB "
                  f"{cache / toml:>5.2f}x")
        names = "\n".join(["colvin", "ochlik", "hts", "assad", "homs province"] * 1200)
        for command in (["who", "-", "--json"], ["show", "-", "--json"]):
            lines = names if command[0] == "who" else "\n".join(
                ["homs", "old-city-siege", "siege-death-toll", "marie-colvin"] * 1500)
            subprocess.run([tool, *command], input=lines, text=True, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            start = time.perf_counter()
            subprocess.run([tool, *command], input=lines, text=True, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            took = time.perf_counter() - start
            count = len(lines.splitlines())
            print(f"{' '.join(command)}: {count:,} lookups in {took:.2f} s, "
                  f"{count / took:,.0f} a second")


if __name__ == "__main__":
    main()
