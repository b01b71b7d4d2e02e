"""How well ``homsfacts check`` does on labelled claims, and how fast (issue 11).

Reports, for the regression set (tests/claims-regression.toml, the claims the checker was
tuned on, so its score is no measure of accuracy) and the held-out set (tests/claims-holdout.toml,
claims never tuned on), separately: accuracy per label, the confusion matrix, and the count that
matters most, claims called supported that the base does not support. Then the median time
per claim in-process over 1,000 claims, and the wall time of ``homsfacts check -`` on the
same 1,000 lines through the installed command.

    python benchmarks/check_accuracy.py
    python benchmarks/check_accuracy.py tests/claims-regression.toml tests/claims-patterns.toml

Given paths, it scores only those sets (and times nothing).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import tomllib

from homsfacts import load
from homsfacts.check import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Checker

TESTS = Path(__file__).resolve().parents[1] / "tests"
LABELS = (SUPPORTED, REFUTED, NOT_ENOUGH_INFO)


def evaluate(name: str, checker: Checker) -> list[str]:
    # TESTS / an absolute path is that path: a set named on the command line
    claims = tomllib.loads((TESTS / name).read_text(encoding="utf-8"))["claims"]
    matrix: Counter[tuple[str, str]] = Counter()
    for item in claims:
        matrix[(item["label"], checker.check(item["claim"])["verdict"])] += 1
    print(f"\n{name}: {len(claims)} claims")
    for label in LABELS:
        total = sum(count for (truth, _), count in matrix.items() if truth == label)
        right = matrix[(label, label)]
        shown = ", ".join(f"{verdict} {matrix[(label, verdict)]}" for verdict in LABELS)
        print(f"  {label:16} {right}/{total} right   (as {shown})")
    wrong = sum(count for (truth, verdict), count in matrix.items()
                if verdict == SUPPORTED and truth != SUPPORTED)
    print(f"  false 'supported': {wrong}")
    refuted = sum(count for (truth, verdict), count in matrix.items()
                  if verdict == REFUTED and truth != REFUTED)
    print(f"  false 'refuted': {refuted}")
    return [item["claim"] for item in claims]


def main() -> None:
    checker = Checker(load())
    if len(sys.argv) > 1:
        for path in sys.argv[1:]:
            evaluate(str(Path(path).resolve()), checker)
        return
    claims = evaluate("claims-regression.toml", checker) + evaluate("claims-holdout.toml", checker)
    batch = (claims * (1000 // len(claims) + 1))[:1000]
    fresh = Checker(load())
    times = []
    for claim in batch:
        start = time.perf_counter()
        fresh.check(claim)
        times.append(time.perf_counter() - start)
    print(f"\nin-process, 1,000 claims: median {statistics.median(times) * 1000:.2f} ms a "
          f"claim, total {sum(times):.2f} s")
    tool = shutil.which("homsfacts") or str(Path(sys.executable).parent / "homsfacts")
    start = time.perf_counter()
    subprocess.run([tool, "check", "-", "--json"], input="\n".join(batch).encode(),
                   stdout=subprocess.DEVNULL, check=False)
    took = time.perf_counter() - start
    print(f"homsfacts check - --json, 1,000 lines: {took:.2f} s, {took:.2f} ms a claim")


if __name__ == "__main__":
    main()
