"""Score the rules that read language on the held-out sets in tests/heldout/, once, at the
end of a change (see tests/heldout/README.md): ``check`` on claims, ``ask`` on questions and
``search`` on queries. Prints confusion matrices and ranks; the sets were written before the
rules were changed, and no rule may be tuned to what this prints.

    python benchmarks/heldout.py [--set FOLDER] [check] [ask] [search]

FOLDER holds claims.toml, ask.toml and search.toml, or the first set's longer names
(claims-heldout.toml ...); it defaults to tests/heldout/. A part whose file is missing is
skipped.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import tomli

from homsfacts import load
from homsfacts.check import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Checker
from homsfacts.check.ask import ask
from homsfacts.errors import HomsfactsError

HELDOUT = Path(__file__).resolve().parents[1] / "tests" / "heldout"
LABELS = (SUPPORTED, REFUTED, NOT_ENOUGH_INFO)
FILES = {"check": "claims", "ask": "ask", "search": "search"}


def set_file(folder: Path, part: str) -> Path | None:
    for name in (f"{FILES[part]}.toml", f"{FILES[part]}-heldout.toml"):
        if (folder / name).is_file():
            return folder / name
    return None


def load_set(path: Path) -> dict[str, list[dict[str, object]]]:
    return tomli.loads(path.read_text(encoding="utf-8"))


def score_claims(path: Path, checker: Checker) -> None:
    claims = load_set(path)["claims"]
    matrix: Counter[tuple[str, str]] = Counter()
    for item in claims:
        matrix[(str(item["label"]), checker.check(str(item["claim"]))["verdict"])] += 1
    print(f"check, {len(claims)} held-out claims (rows: label, columns: verdict)")
    print(f"{'':18}" + "".join(f"{label:>18}" for label in LABELS))
    for label in LABELS:
        print(f"{label:18}" + "".join(f"{matrix[(label, verdict)]:18}" for verdict in LABELS))
    agree = sum(matrix[(label, label)] for label in LABELS)
    false_supported = sum(matrix[(label, SUPPORTED)] for label in LABELS if label != SUPPORTED)
    false_refuted = sum(matrix[(label, REFUTED)] for label in LABELS if label != REFUTED)
    print(f"agree {agree}/{len(claims)} ({agree / len(claims):.0%}); false supported "
          f"{false_supported}, false refuted {false_refuted}\n")


def score_questions(path: Path, base: object, checker: Checker) -> None:
    questions = load_set(path)["questions"]
    right = wrong_answer = unsure = unanswerable_right = 0
    answerable = [item for item in questions if item["answer"]]
    for item in questions:
        expected = list(item["answer"])  # type: ignore[call-overload]
        try:
            result = ask(base, str(item["question"]), checker)  # type: ignore[arg-type]
        except HomsfactsError:
            result = {"sure": False, "answer": None}
        if not result["sure"]:
            if expected:
                unsure += 1
            else:
                unanswerable_right += 1
            continue
        data = result["answer"]["data"]  # type: ignore[index]
        ids = [data["id"]] if isinstance(data, dict) else [record["id"] for record in data]
        if expected and ids[0] in expected:
            right += 1
        else:
            wrong_answer += 1
    print(f"ask, {len(questions)} held-out questions ({len(answerable)} answerable)")
    print(f"right record first and sure: {right}/{len(answerable)}; not sure: {unsure}; "
          f"a wrong record presented as the answer: {wrong_answer}; unanswerable ones "
          f"left unanswered: {unanswerable_right}/{len(questions) - len(answerable)}\n")


def score_search(path: Path, base: object) -> None:
    queries = load_set(path)["queries"]
    reciprocal, ranks = 0.0, []
    for item in queries:
        relevant = set(item["relevant"])  # type: ignore[call-overload]
        try:
            hits = [hit["id"] for hit in base.search(str(item["query"]), 20)]  # type: ignore[attr-defined]
        except HomsfactsError:
            hits = []
        rank = next((number for number, hit in enumerate(hits, 1) if hit in relevant), None)
        ranks.append(rank)
        reciprocal += 1 / rank if rank else 0.0
    first = sum(1 for rank in ranks if rank == 1)
    print(f"search, {len(queries)} held-out queries: mean reciprocal rank "
          f"{reciprocal / len(queries):.2f}; a relevant record first in {first}, in the top "
          f"5 in {sum(1 for rank in ranks if rank and rank <= 5)}, not in the top 20 in "
          f"{sum(1 for rank in ranks if rank is None)}")


def main() -> None:
    arguments = sys.argv[1:]
    folder = HELDOUT
    if "--set" in arguments:
        at = arguments.index("--set")
        folder = Path(arguments[at + 1])
        del arguments[at : at + 2]
    base = load()
    checker = Checker(base)
    for part in arguments or ["check", "ask", "search"]:
        path = set_file(folder, part)
        if path is None:
            print(f"{part}: no set in {folder}\n")
        elif part == "check":
            score_claims(path, checker)
        elif part == "ask":
            score_questions(path, base, checker)
        else:
            score_search(path, base)


if __name__ == "__main__":
    main()
