"""Mutation testing: does the test suite catch a small wrong line where it matters?

Each mutant in ``benchmarks/mutants.toml`` is one exact edit (``find`` -> ``replace``) of one
file, with what a user would see (``why``). The runner copies the working tree to a temporary
folder (the working tree is never edited), checks that the unmutated suite passes there,
then, two at a time, applies one mutant to a copy, runs ``python -m pytest -x -q -p
no:cacheprovider`` and puts the file back. A mutant the suite fails is *killed*; one it passes
*survived*. The copy's ``src`` comes first on ``PYTHONPATH``, so the tests, the installed
``homsfacts`` command they start, and the indexing helper all run the mutated code.

A mutant whose ``find`` does not occur exactly once in its file stops the run with exit 2
before anything is run: a mutant that silently stopped applying (a module moved, a line
changed) would count as a pass it never earned.

    python benchmarks/mutants.py                # all; exit 0 if none survived, 1 otherwise
    python benchmarks/mutants.py --check        # only check that every mutant applies
    python benchmarks/mutants.py NAME [NAME...] # only these mutants
    python benchmarks/mutants.py --first tests/test_check_review24.py NAME  # those tests first

Stdlib only. Needs the project installed (``pip install -e '.[test]'``) and the source text
(``HOMSFACTS_SOURCE_DIR``, or ``../shared/source``): ``CI`` is set, so the data tests fail
rather than skip without it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import tomllib

ROOT = Path(__file__).resolve().parents[1]
MUTANTS = Path(__file__).resolve().with_suffix(".toml")
IGNORED = shutil.ignore_patterns(".git", ".venv", "*.egg-info", "__pycache__", ".pytest_cache",
                                 ".mypy_cache", ".ruff_cache", ".hypothesis", "build", "dist")
PYTEST = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider"]
BAD_MUTANTS = 2


def load_mutants(path: Path = MUTANTS) -> list[dict[str, Any]]:
    mutants: list[dict[str, Any]] = tomllib.loads(path.read_text(encoding="utf-8"))["mutants"]
    return mutants


def problems(mutants: list[dict[str, Any]], root: Path = ROOT) -> list[str]:
    """Why any mutant cannot be applied exactly as written; empty when all can."""
    found = []
    names: set[str] = set()
    for index, mutant in enumerate(mutants):
        name = mutant.get("name", f"mutants[{index}]")
        missing = [key for key in ("name", "file", "find", "replace", "why") if key not in mutant]
        if missing:
            found.append(f"{name}: missing {', '.join(missing)}")
            continue
        if name in names:
            found.append(f"{name}: the name is used twice")
        names.add(name)
        if mutant["find"] == mutant["replace"]:
            found.append(f"{name}: replace is the same as find")
        path = root / mutant["file"]
        if not path.is_file():
            found.append(f"{name}: {mutant['file']} does not exist (moved?)")
            continue
        count = path.read_text(encoding="utf-8").count(mutant["find"])
        if count != 1:
            found.append(f"{name}: its find occurs {count} times in {mutant['file']}, "
                         "not exactly once")
    return found


def environment(cache: Path, tree: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(tree / "src"), *filter(None, [
        os.environ.get("PYTHONPATH")])])
    env["HOMSFACTS_CACHE_DIR"] = str(cache)
    env["CI"] = "true"
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # a mutated module's .pyc must not outlive it
    env.setdefault("HOMSFACTS_SOURCE_DIR", str(source_dir()))
    for name in ("HOMSFACTS_DATA", "HOMSFACTS_NO_CACHE", "PYTEST_ADDOPTS"):
        env.pop(name, None)
    return env


def source_dir() -> Path:
    for candidate in (os.environ.get("HOMSFACTS_SOURCE_DIR"), ROOT.parent / "shared" / "source",
                      ROOT.parent.parent / "shared" / "source", "/work/shared/source"):
        if candidate and (Path(candidate) / "000_2449035d2c662a19.txt").is_file():
            return Path(candidate)
    sys.exit("mutants: the source text was not found; set HOMSFACTS_SOURCE_DIR")


def run_suite(tree: Path, timeout: float, first: tuple[str, ...] = ()
              ) -> tuple[str, float, str]:
    """('passed' | 'failed' | 'timeout', seconds, the last lines of the output). ``first``:
    test files run on their own before the whole suite (pytest would collect them in the
    suite's order if given beside it), so a mutant the newest tests catch is killed in
    seconds, not after half the suite."""
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="mutant-cache-") as cache:
        try:
            for command in ([[*PYTEST, *first]] if first else []) + [PYTEST]:
                result = subprocess.run(command, cwd=tree, env=environment(Path(cache), tree),
                                        capture_output=True, text=True,
                                        timeout=max(1.0, timeout - (time.monotonic() - start)),
                                        check=False)
                if result.returncode != 0:
                    break
        except subprocess.TimeoutExpired:
            return "timeout", time.monotonic() - start, ""
    tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-40:])
    return ("passed" if result.returncode == 0 else "failed"), time.monotonic() - start, tail


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="run only these mutants")
    parser.add_argument("--check", action="store_true", help="only check every mutant applies")
    parser.add_argument("--jobs", type=int, default=2, help="suites run at once (default 2)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per suite")
    parser.add_argument("--first", action="append", default=[], metavar="TEST_FILE",
                        help="run this test file before the rest (repeatable)")
    options = parser.parse_args()
    first = tuple(options.first)

    mutants = load_mutants()
    bad = problems(mutants)
    if bad:
        print("mutants: FAILED: these mutants do not apply exactly once; fix "
              f"{MUTANTS.relative_to(ROOT)} before trusting any score:", file=sys.stderr)
        for line in bad:
            print(f"  {line}", file=sys.stderr)
        return BAD_MUTANTS
    if options.names:
        unknown = set(options.names) - {mutant["name"] for mutant in mutants}
        if unknown:
            print(f"mutants: no mutant named {', '.join(sorted(unknown))}", file=sys.stderr)
            return BAD_MUTANTS
        mutants = [mutant for mutant in mutants if mutant["name"] in options.names]
    if options.check:
        print(f"mutants: all {len(mutants)} apply exactly once")
        return 0

    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="mutants-") as folder:
        trees = []
        for number in range(max(1, options.jobs)):
            tree = Path(folder) / f"tree{number}"
            shutil.copytree(ROOT, tree, ignore=IGNORED, symlinks=True)
            trees.append(tree)
        status, seconds, tail = run_suite(trees[0], options.timeout, first)
        print(f"unmutated suite: {status} in {seconds:.0f} s", flush=True)
        if status != "passed":
            print(f"mutants: the unmutated suite does not pass in the copy:\n{tail}",
                  file=sys.stderr)
            return BAD_MUTANTS
        free = list(trees)

        def one(mutant: dict[str, Any]) -> tuple[dict[str, Any], str, float, str]:
            tree = free.pop()
            path = tree / mutant["file"]
            original = path.read_text(encoding="utf-8")
            try:
                path.write_text(original.replace(mutant["find"], mutant["replace"], 1),
                                encoding="utf-8")
                return (mutant, *run_suite(tree, options.timeout, first))
            finally:
                path.write_text(original, encoding="utf-8")
                free.append(tree)

        results = []
        with ThreadPoolExecutor(max_workers=len(trees)) as pool:
            for mutant, status, seconds, _tail in pool.map(one, mutants):
                verdict = "survived" if status == "passed" else (
                    "killed" if status == "failed" else "killed (timeout)")
                results.append((mutant, verdict))
                print(f"{verdict:17} {seconds:5.0f} s  {mutant['name']}", flush=True)
                if verdict == "survived":
                    print(f"{'':26}{mutant['file']}: {mutant['why']}", flush=True)

    survivors = [mutant for mutant, verdict in results if verdict == "survived"]
    killed = len(results) - len(survivors)
    print(f"\n{killed}/{len(results)} killed, {len(survivors)} survived, "
          f"in {(time.monotonic() - began) / 60:.1f} min")
    planted = [mutant["name"] for mutant in survivors if mutant.get("planted")]
    if planted:
        print(f"planted bugs of issue 25 that survived: {', '.join(planted)}")
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main())
