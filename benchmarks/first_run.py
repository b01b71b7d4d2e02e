"""The first run at scale against the parser's own cost (issue 14), side by side in one run.

For each size: the wall time, CPU time and peak memory of a bare ``tomli`` parse of the base,
and of homsfacts' first run on it (parse, validate, build and seal the cache), run alternately
``--pairs`` times and compared by their medians; the cache's size against the TOML's; and, on
the default base, how many ``who -`` and ``show -`` lookups go through in a second, both for
the issue's batch (five names asked 1,200 times each) and for names asked for the first
time (in-process, so that start-up does not hide them). Sizes not measured are estimated from
the slope between the two largest that were, and marked so.

    python benchmarks/first_run.py [--sizes 1000,10000,100000] [--pairs 3] [--estimate 1000000]
"""

from __future__ import annotations

import argparse
import contextlib
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
         "usage = resource.getrusage(resource.RUSAGE_CHILDREN); "
         "print(time.perf_counter() - start, usage.ru_maxrss, usage.ru_utime + usage.ru_stime)")


def measured(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(seconds, peak MiB, CPU seconds) of a command in a child process. The CPU time is
    that of the command and every process it started and waited for: a first run of a
    large base has a helper process, so its CPU time exceeds its wall time."""
    output = subprocess.run([sys.executable, "-c", PROBE, *command], env=env,
                            capture_output=True, text=True, check=True).stdout.split()
    return float(output[0]), int(output[1]) / 1024, float(output[2])


def tree_peak(command: list[str], env: dict[str, str]) -> float:
    """The peak, in MiB, of the memory a command and every process it starts hold at once,
    sampled every 2 ms from /proc (Linux). ru_maxrss cannot say it: it is per process, and
    a process started by fork counts its parent's pages until it runs its own program."""
    page = os.sysconf("SC_PAGE_SIZE")

    def tree(pid: int) -> list[int]:
        found = [pid]
        try:
            for task in Path(f"/proc/{pid}/task").iterdir():
                children = (task / "children").read_text().split()
                for child in children:
                    found += tree(int(child))
        except OSError:
            pass
        return found

    def resident(pid: int) -> int:
        try:
            return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * page
        except (OSError, IndexError):
            return 0

    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        peak = max(peak, sum(resident(pid) for pid in tree(process.pid)))
        time.sleep(0.002)
    return peak / 2**20


def first_time_rates() -> None:
    """Lookups a second for names and ids a run has not seen before: a fresh base each round,
    every entity of the default base asked once."""
    import statistics

    from homsfacts import NotFoundError
    from homsfacts.base.loader import load

    names = [entity["name"] for entity in load().of_type("entity")]
    ids = [record["id"] for table in ("entity", "event", "figure", "source")
           for record in load().of_type(table)]
    for label, queries, ask in (("who (first time)", names, "who"),
                                ("show (first time)", ids, "show")):
        rates = []
        for _ in range(5):
            base = load()
            start = time.perf_counter()
            for query in queries:
                # A place asked of `who` is a miss, and costs about what a hit does.
                with contextlib.suppress(NotFoundError):
                    getattr(base, ask)(query)
            rates.append(len(queries) / (time.perf_counter() - start))
        print(f"{label}: {len(queries)} distinct lookups in-process, median of 5 rounds "
              f"{statistics.median(rates):,.0f} a second")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--pairs", type=int, default=1)
    parser.add_argument("--estimate", type=int, default=0)
    arguments = parser.parse_args()
    sizes = [int(size) for size in arguments.sizes.split(",")]
    tool = shutil.which("homsfacts") or str(Path(sys.executable).parent / "homsfacts")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        env = {**os.environ, "HOMSFACTS_CACHE_DIR": str(work / "cache")}
        seen: list[tuple[int, float, float]] = []
        print(f"{'records':>9} {'TOML':>9} {'tomli':>8} {'first run':>10} {'ratio':>6} "
              f"{'run CPU':>8} {'ratio':>6} "
              f"{'tomli peak':>11} {'run peak':>9} {'ratio':>6} {'cache':>9} {'ratio':>6}")
        for size in sizes:
            path = work / f"base-{size}.toml"
            path.write_text(synthetic_base(size), encoding="utf-8")
            parse = [sys.executable, "-c", "import sys, tomli; "
                     "tomli.loads(open(sys.argv[1], encoding='utf-8').read())", str(path)]
            run = [tool, "--data", str(path), "show", "person-1"]
            bares, firsts = [], []
            for _ in range(arguments.pairs):
                bares.append(measured(parse, env))
                shutil.rmtree(work / "cache", ignore_errors=True)
                firsts.append(measured(run, env))
            bare, bare_peak, bare_cpu = medians(bares)
            first, first_peak, first_cpu = medians(firsts)
            if Path("/proc/self/statm").exists():
                # Sampled in runs of their own, since sampling takes time from the runs.
                bare_peak = tree_peak(parse, env)
                shutil.rmtree(work / "cache", ignore_errors=True)
                first_peak = tree_peak(run, env)
            cache = sum(file.stat().st_size for file in (work / "cache").glob("*.sqlite"))
            toml = path.stat().st_size
            print(f"{size:>9,} {toml / 2**20:>7.1f}MB {bare:>7.2f}s {first:>9.2f}s "
                  f"{first / bare:>5.2f}x {first_cpu:>7.2f}s {first_cpu / bare_cpu:>5.2f}x "
                  f"{bare_peak:>9.0f}MB {first_peak:>7.0f}MB "
                  f"{first_peak / bare_peak:>5.2f}x {cache / 2**20:>7.1f}MB "
                  f"{cache / toml:>5.2f}x")
            if arguments.pairs > 1:
                # The machine's noise, made visible: each pair's ratio, in the order run.
                ratios = [run_time / bare_time
                          for (bare_time, _, _), (run_time, _, _) in zip(bares, firsts,
                                                                         strict=True)]
                print(f"{'':>9} time ratio of each pair: "
                      + ", ".join(f"{ratio:.2f}x" for ratio in ratios))
            path.unlink()
            seen.append((size, bare, first))
        if arguments.estimate and len(seen) >= 2:
            (small, bare_small, first_small), (large, bare_large, first_large) = seen[-2:]
            scale = (arguments.estimate - large) / (large - small)
            bare_guess = bare_large + (bare_large - bare_small) * scale
            first_guess = first_large + (first_large - first_small) * scale
            print(f"{arguments.estimate:>9,} estimated from the slope: tomli {bare_guess:.1f} s, "
                  f"first run {first_guess:.1f} s, ratio {first_guess / bare_guess:.2f}x")
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
        first_time_rates()


def medians(runs: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """The median time, peak and CPU time of several runs of one command."""
    import statistics

    time, peak, cpu = (statistics.median(values) for values in zip(*runs, strict=True))
    return time, peak, cpu


if __name__ == "__main__":
    main()
