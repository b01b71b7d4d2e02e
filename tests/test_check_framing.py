"""A claim inside a fact-check's frame or a contrast (issue 21, session 15): "It is a myth
that ...", "FALSE: ..." deny the claim they hold, which is judged and turned round as a "not"
turns it; "X, not Y" and "X rather than Y" give X and deny Y, supported only where Y is
another value of something that has one (a nationality, a rank). And a sentence backs no
claim that puts the other side of the war next to a word they share ("rebels started
clearing" against "troops had started clearing")."""

from __future__ import annotations

import pytest

from homsfacts.base.store import FactBase
from homsfacts.check import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Checker
from homsfacts.check.ask import ask
from homsfacts.check.framing import frame
from homsfacts.check.sides import sides_swapped

from .conftest import run


@pytest.mark.parametrize(("claim", "inner", "denies"), [
    ("It is false that Colvin was French.", "Colvin was French.", True),
    ("It is a myth that the siege lasted five years.", "the siege lasted five years.", True),
    ("It's wrong to say Homs is Syria's largest city.", "Homs is Syria's largest city.", True),
    ("FALSE: Homs had 800,000 people before the war.",
     "Homs had 800,000 people before the war.", True),
    ("Homs is Syria's third city, not its largest.", "Homs is Syria's third city.", False),
    ("Colvin was an American rather than a Briton.", "Colvin was an American.", False),
    ("Homs is not the largest but the third city of Syria.",
     "Homs is the third city of Syria.", False),
])
def test_the_claim_a_frame_holds(claim: str, inner: str, denies: bool) -> None:
    found = frame(claim)
    assert found is not None
    assert (found.inner, found.denies) == (inner, denies)


@pytest.mark.parametrize("claim", [
    "Krak des Chevaliers is not a World Heritage Site.",  # a plain denial, read as one
    "Homs province borders Lebanon but not Iraq.",
    "The siege of Homs was false hope for the rebels.",
    "Rebels took Homs in December 2024.",
])
def test_a_claim_with_no_frame(claim: str) -> None:
    assert frame(claim) is None


@pytest.mark.parametrize(("claim", "verdict"), [
    ("It is false that Colvin was French.", SUPPORTED),
    ("It is untrue that Remi Ochlik was American.", SUPPORTED),
    ("FALSE: Homs had 800,000 people before the war.", REFUTED),
    ("It is a myth that Homs had about 800,000 people before the war.", REFUTED),
    # a refuted number, denied, is not sourced: the base may not give the right one
    ("FALSE: Homs had 2 million people before the war.", NOT_ENOUGH_INFO),
    ("It is false that Colvin was not American.", NOT_ENOUGH_INFO),  # denied twice
    ("Homs is Syria's third city, not its largest.", SUPPORTED),
    ("Misleading: Homs is Syria's third city, not its largest.", SUPPORTED),
    ("Homs is not the largest but the third city of Syria.", SUPPORTED),
    ("Colvin was an American rather than a Briton.", SUPPORTED),
    ("Homs is Syria's largest city, not its third.", REFUTED),
    # what it denies is of another kind, and is not read
    ("Colvin was American, not a journalist.", NOT_ENOUGH_INFO),
    ("Homs is Syria's third city, not its capital.", NOT_ENOUGH_INFO),
])
def test_framed_claims(base: FactBase, claim: str, verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


def test_a_framed_claim_through_the_command_line() -> None:
    result = run("check", "--json", "It is false that Colvin was French.")
    assert result.exit_code == 0
    assert '"verdict": "supported"' in result.stdout
    assert "It is false that" in result.stdout


@pytest.mark.parametrize(("claim", "sentence", "swapped"), [
    ("Rebels started clearing the Old City of explosives.",
     "State media quoted him saying that troops had started clearing the Old City of "
     "explosives once the rebels had left.", True),
    ("The bombing was widely blamed on the opposition.",
     "It was the target of a bombing; many blame the army for the bombing.", True),
    ("Syrian soldiers were searching the neighbourhoods for rebels.",
     "He said the rebel forces were searching the neighbourhoods for any Syrian soldiers.",
     True),
    ("The rebels besieged the army.", "The army besieged the rebels.", True),
    # the same sides, in other words or voice
    ("The army was widely blamed for the bombing.", "many blame the army for the bombing.",
     False),
    ("Rebels were besieged by the army.", "The army besieged the rebels.", False),
    ("Troops started clearing the Old City once the rebels had left.",
     "Troops had started clearing the Old City of explosives once the rebels had left.", False),
])
def test_the_side_next_to_a_shared_word(claim: str, sentence: str, swapped: bool) -> None:
    assert bool(sides_swapped(claim, sentence)) is swapped


def test_a_sentence_with_the_sides_swapped_backs_nothing(base: FactBase) -> None:
    result = Checker(base).check("Hassan Abdul-Ghani said Syrian soldiers were searching the "
                                 "neighbourhoods for rebels.")
    assert result["verdict"] != SUPPORTED


@pytest.mark.parametrize(("claim", "sentence", "swapped"), [
    # a progressive verb is no passive: the rebels searched
    ("Syrian soldiers searched the neighbourhoods for rebels.",
     "He said the rebel forces were searching the neighbourhoods for any soldiers.", True),
    ("The rebels searched the neighbourhoods for soldiers.",
     "He said the rebel forces were searching the neighbourhoods for any soldiers.", False),
    # an adjective has no doer
    ("The deal was a symbolic win for the government.",
     "It saw the deal as a symbolic win for it; AFP as a symbolic defeat for the rebels.",
     False),
])
def test_what_has_a_doer(claim: str, sentence: str, swapped: bool) -> None:
    assert bool(sides_swapped(claim, sentence)) is swapped


def test_a_question_that_puts_the_other_side_next_to_the_act_is_not_answered(
        base: FactBase) -> None:
    assert not ask(base, "Who bombed the army in Baba Amr?")["sure"]
    assert ask(base, "Who searched Homs for soldiers?")["sure"]


def test_a_question_that_puts_the_act_where_the_record_names_only_whose_it_is(
        base: FactBase) -> None:
    at_palmyra = ask(base, "When did Aurelian defeat Zenobia at Palmyra?")
    assert not at_palmyra["sure"]
    assert "only as whose" in at_palmyra["reason"]
    at_emesa = ask(base, "When did Aurelian defeat Zenobia at Emesa?")
    assert at_emesa["sure"]
