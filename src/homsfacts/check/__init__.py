"""Reading a sentence (numbers, dates, names, hedges) and judging a claim against a base:
:mod:`homsfacts.check.reader` reads, :mod:`homsfacts.check.judge` judges, comparing each part
(:mod:`homsfacts.check.compare`), and :mod:`homsfacts.check.verdicts` combines the parts into
one verdict."""

from homsfacts.check.judge import Checker, check, check_all
from homsfacts.check.verdicts import (
    NOT_ENOUGH_INFO,
    REFUTED,
    SUPPORTED,
    VERDICTS,
    claim_review,
)

__all__ = ["NOT_ENOUGH_INFO", "REFUTED", "SUPPORTED", "VERDICTS", "Checker", "check",
           "check_all", "claim_review"]
