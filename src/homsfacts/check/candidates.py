"""The figures and events a claim may be about: those that share a word with it (a synonym
counts) or involve a record it names, found through the index. Every other one scores nothing
against the claim, and reading them all made a claim's time grow with the base (issue 21:
0.69 s a claim at 100,000 records against 5 ms for the shipped base; now 1.1x)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from homsfacts.base.search import Matching
from homsfacts.base.views import Record
from homsfacts.check.words import spellings, terms

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase

Termed = tuple[Record, set[str], set[str]]
"""A figure or event, with its terms and the ids it is about or involves."""


def termed_figures(figures: list[Record]) -> list[Termed]:
    return [(figure, terms(" ".join(filter(None, [figure["label"], figure.get("period"),
                                                  figure.get("words")]))),
             set(figure["about"])) for figure in figures]


def termed_events(events: list[Record]) -> list[Termed]:
    return [(event, terms(event["summary"]), set(event["entities"]) | set(event["places"]))
            for event in events]


def admitted(base: FactBase, claim_terms: set[str], names: dict[str, str]
             ) -> tuple[list[Termed], list[Termed]]:
    """Every report of the figures and of the events a claim of ``claim_terms`` naming
    ``names`` may be about. An event may also be about someone the claim names whom its
    summary names without linking (the names' words count for events)."""
    linked = tuple(sorted(names))
    about = Matching(tuple(sorted(spellings(claim_terms))), linked)
    named = Matching(tuple(sorted(spellings(claim_terms | terms(" ".join(names.values()))))),
                     linked)
    return (termed_figures(base.figures(every_report=True, matching=about)),
            termed_events(base.timeline(every_report=True, matching=named)))
