"""Inputs that once cost the square of their size (issue 24, defect 4), timed at two sizes a
tenfold apart, so the ratio shows how the cost grows: about 10x is linear, 100x quadratic.

    python benchmarks/single_inputs.py
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from homsfacts import load
from homsfacts.base.reading import check_file
from homsfacts.check import Checker
from homsfacts.check.judge import MAX_CLAIM_LENGTH
from homsfacts.check.reader import read

MINIMAL = ('schema_version = 1\n\n[[sources]]\nid = "src"\npublisher = "P"\ntitle = "T"\n'
           'published = "2024-12-06"\nparagraphs = 5\n')


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def dangling(count: int) -> str:
    return MINIMAL + "".join(
        f'\n[[events]]\nid = "e{number}"\ndate = "2012"\nsummary = "S."\n'
        f'entities = ["nobody-{number}"]\nsources = [{{ source = "src", paragraphs = [1] }}]\n'
        for number in range(count))


def strays(count: int) -> str:
    return "schema_version = 1\n" + "".join(f"stray_{n} = 1\n" for n in range(count)) + \
        MINIMAL.split("\n", 1)[1]


def report(label: str, small: float, large: float) -> None:
    print(f"{label:52} {small:8.3f} s  {large:8.3f} s  x{large / small:5.1f}")


def main() -> None:
    checker = Checker(load())
    print(f"{'input':52} {'1x':>10}  {'10x':>10}  growth")
    for kind, make in (("numbers", lambda n: " ".join(str(i) for i in range(n))),
                       ("mixed words", lambda n: " ".join(
                           ["about", "12", "people", "in", "March", "2012"] * (n // 6))),
                       ("early years", lambda n: "Homs passed to the Ottomans " + " ".join(
                           ["in", "1516"] * (n // 2))),
                       ("names before a description", lambda n: "Homs Al " * (n // 2)
                        + ", the city of two thousand two hundred, fell"),
                       # one clause of many dates and names: each date once read the clause
                       ("dates and names in one clause", lambda n: " ".join(
                           ["Aurelian", "Zenobia", "Mamluk", "SY-HA", "on", "7-9", "May",
                            "2014"] * (n // 8))),
                       # an amount compared, and a run of spaces before a contrast: each
                       # was once read again from every place before it
                       ("amounts and comparisons", lambda n: "1 2 3 is more than " * (n // 19)),
                       ("spaces before a contrast", lambda n: ("x" + " " * 40 + "rather than y ")
                        * (n // 55)),
                       # numbers grouped by spaces and dates in figures, read since session 17
                       ("grouped numbers and numeric months", lambda n: " ".join(
                           ["1", "000", "000", "2,5", "million", "8", "hundred", "06/2016",
                            "2016-11"] * (n // 9))),
                       ("goings, lengths and modifiers", lambda n: " ".join(
                           ["the", "Ottoman", "governor", "withdrew", "from", "Damascus",
                            "after", "a", "week", "of", "fighting", "in", "1516"] * (n // 13))),
                       # a claim of many parts and of many numbers, each once read again
                       # with the whole claim (session 19)
                       ("denied places between commas", lambda n: "not in Homs, not in Aleppo, "
                        * (n // 28)),
                       ("descriptions with lengths", lambda n: "The siege of Homs, which "
                        "lasted two years, " * (n // 43)),
                       # dates each compared with what the others dated, and each looked for
                       # after a reporting verb (session 20)
                       ("counts with people between commas", lambda n: "Two journalists, "
                        "Colvin and Ochlik, were killed in 1912, " * (n // 58)),
                       ("dates of reports", lambda n: "AFP reported on 7 May 1914 that Homs "
                        "fell, " * (n // 46)),
                       ("pieces of sources", lambda n: "a report is " * (n // 12)),
                       ("happenings in order", lambda n: "Colvin was killed before the army "
                        "retook Baba Amr and " * (n // 56)),
                       ("outlets that put pieces out", lambda n: "AFP published the report "
                        "on " * (n // 30)),
                       ("bare counts after measures", lambda n: "the median area of 12 and the "
                        "metropolitan area " * (n // 50)),
                       # counts of kinds of one noun, what was left behind, cleared of blame
                       # (session 23)
                       ("counts of kinds of one noun", lambda n: "recorded 5,500 Greek Orthodox "
                        "and 1,500 Syriac " * (n // 48)),
                       ("things left behind", lambda n: "had to leave heavy weapons behind and "
                        "took " * (n // 43)),
                       ("clearings of blame", lambda n: "a court cleared the army of "
                        * (n // 29)),
                       # changes of a count, contrasts denied at the end or between
                       # commas (session 24)
                       ("changes of a count", lambda n: "The population of Homs "
                        + "grew and " * (n // 9) + "grew between 1960 and 1978."),
                       ("contrasts between commas", lambda n: "The "
                        + "Red " * (n // 4) + "Cross, not the UN, oversaw it."),
                       ("contrasts at the end", lambda n: "The rebels "
                        + "were led by the army " * (n // 21) + "rather than by HTS.")):
        report(f"claim reader, 10,000 / 100,000 {kind}",
               *(timed(partial(read, make(n))) for n in (10_000, 100_000)))
        texts = [make(n)[:length] for n, length in ((10_000, MAX_CLAIM_LENGTH // 10),
                                                    (10_000, MAX_CLAIM_LENGTH))]
        report(f"check, claims of {len(texts[0]):,} / {len(texts[1]):,} characters of {kind}",
               *(timed(partial(checker.check, text)) for text in texts))
    with tempfile.TemporaryDirectory() as folder:
        for label, make, sizes in (("validate, 2,500 / 25,000 dangling references", dangling,
                                    (2_500, 25_000)),
                                   ("validate, 5,000 / 50,000 unknown keys", strays,
                                    (5_000, 50_000))):
            times = []
            for size in sizes:
                path = Path(folder) / f"{size}.toml"
                path.write_text(make(size), encoding="utf-8")
                times.append(timed(partial(check_file, path)))
            report(label, *times)
        script = Path(sys.executable).parent / "homsfacts"
        env = {**os.environ, "HOMSFACTS_CACHE_DIR": folder}
        for megabytes in (1, 10):
            line = ("colvin " * (megabytes * 2**20 // 7)) + "\n"
            start = time.perf_counter()
            subprocess.run([str(script), "who", "-", "--json"], input=line, text=True,
                           capture_output=True, env=env, check=False)
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(f"who -, one line of {megabytes} MB: {time.perf_counter() - start:.2f} s, "
                  f"peak of any child so far {peak:.0f} MiB")


if __name__ == "__main__":
    main()
