"""Reading a sentence (numbers, dates, names, hedges) and judging a claim against a base:
:mod:`homsfacts.check.reader` reads, :mod:`homsfacts.check.judge` judges, comparing each part
(:mod:`homsfacts.check.compare`), and :mod:`homsfacts.check.verdicts` combines the parts into
one verdict."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from homsfacts.base.views import Record
from homsfacts.check.judge import Checker
from homsfacts.check.verdicts import (
    NOT_ENOUGH_INFO,
    REFUTED,
    SUPPORTED,
    VERDICTS,
    claim_review,
)

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase


def check(base: FactBase, claim: str) -> Record:
    """The verdict on one claim: ``claim``, ``verdict``, ``reason``, ``evidence`` (records as
    ``show`` gives them), ``found`` (what was read) and ``cited``."""
    return Checker(base).check(claim)


def check_all(base: FactBase, claims: Iterable[str]) -> Iterable[Record]:
    """The verdicts on many claims, read by one checker."""
    checker = Checker(base)
    yield from map(checker.check, claims)


__all__ = ["NOT_ENOUGH_INFO", "REFUTED", "SUPPORTED", "VERDICTS", "Checker", "check",
           "check_all", "claim_review"]
