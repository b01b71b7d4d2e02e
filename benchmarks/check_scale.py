"""How the time ``check`` takes for one claim grows with the base (issue 21): the shipped base
against the shipped base with N synthetic records added, side by side in one run.

    python benchmarks/check_scale.py [--records 100000] [--rounds 5]

Both bases are indexed once first (their caches are warm, as every run after the first is);
each round then times, alternately, a fresh ``Checker`` on each base checking every claim
below, in-process. The synthetic records share no words with the claims, as most of a large
real base would not, so any growth is the checker reading what it need not.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import synthetic_base

CLAIMS = (
    "About 2,200 people died in the siege of Homs.",
    "The siege of the Old City of Homs lasted two years.",
    "Marie Colvin was killed in Homs in February 2012.",
    "Rebels reached Homs on 6 December 2024.",
    "Homs had an estimated 800,000 inhabitants before the war.",
    "Al-Nusra Front carried out deadly attacks on Alawites in Homs.",
    "The rebels besieged the army in the Old City in 2013.",
)


def grown_base(shipped: Path, records: int, out: Path) -> None:
    """The shipped base with ``records`` synthetic records after it (the synthetic base's
    own header left out: one file, one schema_version)."""
    synthetic = synthetic_base(records).split("\n", 2)[2]
    out.write_text(shipped.read_text(encoding="utf-8") + "\n" + synthetic, encoding="utf-8")


def time_claims(path: Path) -> float:
    from homsfacts import load
    from homsfacts.check import Checker

    base = load(path)
    try:
        start = time.perf_counter()
        checker = Checker(base)
        for claim in CLAIMS:
            checker.check(claim)
        return (time.perf_counter() - start) / len(CLAIMS)
    finally:
        base.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    options = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="homsfacts-check-scale-"))
    os.environ["HOMSFACTS_CACHE_DIR"] = str(work / "cache")
    from homsfacts.base.loader import default_path

    shipped = default_path()
    grown = work / f"grown-{options.records}.toml"
    grown_base(shipped, options.records, grown)
    small, large = [], []
    time_claims(shipped), time_claims(grown)  # index both once
    for _ in range(options.rounds):
        small.append(time_claims(shipped))
        large.append(time_claims(grown))
    a, b = statistics.median(small), statistics.median(large)
    print(f"one claim, shipped base:              {a * 1000:8.1f} ms")
    print(f"one claim, shipped + {options.records:,} records: {b * 1000:8.1f} ms"
          f"   ratio {b / a:.2f}x")


if __name__ == "__main__":
    main()
