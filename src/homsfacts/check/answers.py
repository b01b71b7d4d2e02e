"""The answer ``ask`` gives: sure, with the records that answer the question, or not sure,
with the best candidates; each says why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from homsfacts.base.views import Record

if TYPE_CHECKING:
    from homsfacts.check.question import Question


def answered(asked: Question, answer: Record, candidates: list[Record], reason: str,
             because: str = "") -> Record:
    """A sure answer: ``answer`` is ``{"kind", "data"}`` as a command would print it."""
    return {"question": asked.text, "asks": asked.kind, "sure": True, "answer": answer,
            "because": because, "candidates": candidates, "reason": reason}


def unsure(asked: Question, candidates: list[Record], reason: str) -> Record:
    """No answer: the best candidates, and why none is sure."""
    return {"question": asked.text, "asks": asked.kind, "sure": False, "answer": None,
            "because": "", "candidates": candidates, "reason": reason}


__all__ = ["answered", "unsure"]
