"""Reading a sentence (numbers, dates, names, hedges) and judging a claim against a base:
:mod:`homsfacts.check.reader` reads, :mod:`homsfacts.check.judge` judges."""

from homsfacts.check.judge import (
    NOT_ENOUGH_INFO,
    REFUTED,
    SUPPORTED,
    VERDICTS,
    Checker,
    check,
    check_all,
    claim_review,
)

__all__ = ["NOT_ENOUGH_INFO", "REFUTED", "SUPPORTED", "VERDICTS", "Checker", "check",
           "check_all", "claim_review"]
