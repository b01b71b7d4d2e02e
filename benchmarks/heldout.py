"""Score the rules that read language on the held-out sets in tests/heldout/, once, at the
end of a change (see tests/heldout/README.md): ``check`` on claims, ``ask`` on questions and
``search`` on queries. Prints confusion matrices and ranks; the sets were written before the
rules were changed, and no rule may be tuned to what this prints.

    python benchmarks/heldout.py
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


def load_set(name: str) -> dict[str, list[dict[str, object]]]:
    return tomli.loads((HELDOUT / name).read_text(encoding="utf-8"))


def score_claims(checker: Checker) -> None:
    claims = load_set("claims-heldout.toml")["claims"]
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


def score_questions(base: object, checker: Checker) -> None:
    questions = load_set("ask-heldout.toml")["questions"]
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


def score_search(base: object) -> None:
    queries = load_set("search-heldout.toml")["queries"]
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
    base = load()
    checker = Checker(base)
    parts = sys.argv[1:] or ["check", "ask", "search"]
    if "check" in parts:
        score_claims(checker)
    if "ask" in parts:
        score_questions(base, checker)
    if "search" in parts:
        score_search(base)


if __name__ == "__main__":
    main()
