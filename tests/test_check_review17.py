"""Session 17's rules of ``check`` (issue 21):

- a negated infinitive after a verb of asking ("urged fighters not to harm ...") is what was
  asked, not a denial of the claim; "not to harm" is to spare, and any other negated
  infinitive ("not to spare") is one word no source that says the verb holds;
- those who give up their arms, however it is put ("who lay down their arms", "who drop
  their weapons"), surrender; only after "who", as the fighters asked to do it are others;
- "the taking of" a place is its capture; "urged" and "asked" ask alike."""

from __future__ import annotations

import pytest

from homsfacts.base.store import FactBase
from homsfacts.check import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Checker
from homsfacts.check.negation import negation
from homsfacts.check.words import terms


@pytest.mark.parametrize(("claim", "verdict"), [
    ("HTS chief Abu Mohammed al-Golani hailed the capture of Homs as historic and urged "
     "fighters not to harm those who drop their arms.", SUPPORTED),
    ("Golani told fighters not to harm those who laid down their weapons.", SUPPORTED),
    ("Golani told fighters not to spare those who drop their arms.", NOT_ENOUGH_INFO),
    ("Golani urged fighters to harm those who drop their arms.", NOT_ENOUGH_INFO),
    ("Golani asked his fighters to give up their weapons.", NOT_ENOUGH_INFO),
    ("Golani did not hail the capture of Homs.", REFUTED),
])
def test_what_was_asked_and_who_gave_up_their_arms(base: FactBase, claim: str,
                                                  verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


@pytest.mark.parametrize(("claim", "negated"), [
    ("Golani urged fighters not to harm civilians.", ""),
    ("The army told residents not to return.", ""),
    ("Colvin was not to blame.", "not"),  # no verb of asking: a denial
    ("The rebels did not leave.", "not"),
])
def test_a_negated_infinitive_after_a_verb_of_asking_denies_nothing(claim: str,
                                                                    negated: str) -> None:
    assert negation(claim)[0] == negated


def test_giving_up_arms_is_a_surrender_only_after_who() -> None:
    assert "surrender" in terms("anyone who gave up their weapons")
    assert "surrender" in terms("those who lay down their arms")
    assert "surrender" not in terms("asked his fighters to give up their weapons")


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Al-Qusayr District had about 100,000 inhabitants in 2004.", NOT_ENOUGH_INFO),
    ("Homs had about 100,000 inhabitants in 2004.", REFUTED),
])
def test_a_figure_refutes_no_count_of_a_thing_no_record_is(base: FactBase, claim: str,
                                                          verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


def test_a_name_ending_in_s_keeps_its_s(base: FactBase) -> None:
    result = Checker(base).check("Tartus had about 100,000 inhabitants in 2004.")
    assert result["verdict"] == NOT_ENOUGH_INFO
    assert "about Tartus," in result["reason"]
