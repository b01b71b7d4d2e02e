"""Session 10's rules on whom a sentence speaks of (issue 21), from a review that tried to
break the new readings, through the core and once through the command line:

- a claim that begins with a record ("Lebanon borders Iraq", "Homs was a coastal city") is
  backed only by a sentence of that record, of another record the claim names, or one that
  begins with its name;
- a name written only inside another ("the Syrian army" in "the Free Syrian Army", "Homs" in
  "Homs province") is not named by the sentence;
- a negation denies only in the part of a sentence that speaks of the claim ("a court, not
  named in the source, that ruled ..." denies no ruling), and only the words it governs
  ("could not verify the video" denies a verifying, and backs no video);
- "lies on the coast" needs a sentence that puts it on the coast;
- "the last deal" is an end of a scale, not a length;
- a count of a thing named after a place ("Homs camp") or of a length of something ("one
  day of fighting") is not answered by a figure of the place or of another length;
- a description the claim adds in passing that names what nothing it rests on involves
  makes a supported claim not-enough-info;
- a state ("ruled Homs in 1600", "was in Ottoman hands") is not refuted by the one date of
  an event that begins or ends it, where its beginning ("passed to the Ottomans") is;
- "X, not Y, did it" is read as "X did it", with what stands between its commas unread;
- "the rebel-held part of Homs" is "the area of the city held by rebels";
- what a claim says a record is ("Marie Colvin was a court") must be what its description's
  phrases, or a sentence that says what it is, call it; a description in passing is held to
  the same, and one after several names ("Colvin and Ochlik, the ... journalists") is not
  read as of the last alone;
- a country a sentence gives in a list ("Lebanon and Iraq") refutes no other; a date is not
  refuted by an event that does not name the actor the claim gives ("the Ottomans"); a count
  in words refutes nothing of its own order ("several thousand" against 2,200)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from homsfacts import load
from homsfacts.base.store import FactBase
from homsfacts.check import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Checker
from homsfacts.check.fortunes import other_fortune
from homsfacts.check.naming import Names

from .conftest import Raw, citation, entity, event, figure, minimal, run, write


def statement(text: str) -> Raw:
    return Raw(f'{{ text = "{text}", sources = [{citation().text}] }}')


BASE = minimal(
    entity("homs", "Homs", "city", description="City on the Orontes River.", statements=[
        statement("It is the link between the inland cities and the coast.")])
    + entity("damascus", "Damascus", "city", statements=[
        statement("The fall of Homs cut it off from the coastal strongholds of Assad.")])
    + entity("lebanon", "Lebanon", "country", description="Country bordering Homs province.")
    + entity("albarazi", "Talal Albarazi", "person", description="President of the city "
             "council; no cited source says whether he is the governor of Homs.")
    + entity("khalid", "Khalid ibn al-Walid", "person", description="Early Muslim commander.",
             statements=[statement("Born in Mecca in 592, he led Muslim armies."),
                         statement("His tomb lies in Homs; his sarcophagus was taken to the "
                                   "museum in Damascus.")])
    + entity("reuters", "Reuters", "organisation", statements=[
        statement("Reuters could not verify the video said to show the fighters leaving.")])
    + entity("iraq", "Iraq", "country")
    + entity("province", "Homs Governorate", "province", aliases=["Homs province"],
             description="The largest governorate by area; it borders Lebanon and Iraq.")
    + entity("baba-amr", "Baba Amr", "district", located_in="homs",
             description="Neighbourhood of Homs that was for a time the stronghold of the Free "
                         "Syrian Army.")
    + entity("fsa", "Free Syrian Army", "group")
    + entity("syrian-army", "Syrian army", "organisation")
    + entity("colvin", "Marie Colvin", "person", description="American journalist.",
             statements=[statement("She and Remi Ochlik, both journalists, were killed in "
                                   "Baba Amr.")])
    + entity("ochlik", "Remi Ochlik", "person", description="French journalist.")
    + entity("us-court", "US court", "organisation", description="Court in the United "
             "States, not named in the source, that ruled on Marie Colvin's death in 2019.")
    + entity("old-city", "Old City", "district", located_in="homs", statements=[
        statement("Its evacuation came under the first deal of the war.")])
    + event("journalists-killed", "2012-02-22", "Marie Colvin is killed in Baba Amr.",
            entities=["colvin"], places=["baba-amr"])
    + event("rebels-take-homs", "2024-12-08", "Rebels take Homs after a day of fighting.",
            places=["homs"])
    + event("siege", "2012/2014", "The army besieges the Old City.", places=["old-city"])
    + figure("population", 800_000, label="Pre-war population of Homs",
             qualifier="approximate", about=["homs"], period="before the war")
    + event("muslim-conquest", "0636", "Muslim armies take Emesa.", places=["homs"])
    + event("ottomans", "1516", "Homs passes to the Ottomans, who hold it for four centuries.",
            places=["homs"])
    + entity("waer", "Waer", "district", located_in="homs",
             description="Neighbourhood of Homs, the last area of the city held by rebels.")
    + event("waer-retaken", "2016-05", "Government forces take back Waer.", places=["waer"],
            entities=["government"],
            agents=["government"])
    + entity("government", "Syrian government", "organisation")
    + figure("toll", 2_200, label="Siege death toll", qualifier="approximate",
             about=["siege"])
    + figure("rule", 24, label="Length of the rule of Assad when rebels took Homs",
             unit="years", about=["rebels-take-homs"]))


@pytest.fixture(scope="module")
def spoken(tmp_path_factory: pytest.TempPathFactory) -> FactBase:
    return load(write(tmp_path_factory.mktemp("subjects"), BASE))


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Lebanon shares a border with Iraq.", NOT_ENOUGH_INFO),
    ("Homs shares a border with Lebanon.", NOT_ENOUGH_INFO),
    ("Homs province shares a border with Lebanon.", SUPPORTED),
    ("Homs was a coastal city.", NOT_ENOUGH_INFO),
    ("Homs was the largest governorate by area.", NOT_ENOUGH_INFO),
    ("Homs Governorate is the largest governorate by area.", SUPPORTED),
    ("Baba Amr was the bastion of the Syrian army.", NOT_ENOUGH_INFO),
    ("Baba Amr was the bastion of the Free Syrian Army.", SUPPORTED),
    ("Marie Colvin was killed in Baba Amr, the bastion of the Syrian army, on 22 February "
     "2012.", NOT_ENOUGH_INFO),
    ("A US court ruled on the death of Marie Colvin.", SUPPORTED),
    ("The evacuation of the Old City came under the last deal of the war.", REFUTED),
    ("Homs camp had 14,000 residents before the war.", NOT_ENOUGH_INFO),
    ("The Homs Refinery had 14,000 workers before the war.", NOT_ENOUGH_INFO),
    ("Homs had 14,000 residents before the war.", REFUTED),
    ("Rebels took Homs after one day of fighting.", NOT_ENOUGH_INFO),
    ("Homs Governorate borders Lebanon and Jordan.", NOT_ENOUGH_INFO),  # a list goes on
    ("Homs was taken by the Ottomans in 1516.", SUPPORTED),  # what passes to them they took
    ("Homs was taken by the Muslims in 736.", REFUTED),
    ("Several thousand people died in the siege.", NOT_ENOUGH_INFO),  # 2,200: its order
    ("Several hundred people died in the siege.", REFUTED),
    ("Thousands of people died in the siege.", SUPPORTED),
    ("Khalid ibn al-Walid was born in Homs.", NOT_ENOUGH_INFO),  # the base's place is no proof
    ("A video showed the fighters leaving.", NOT_ENOUGH_INFO),  # "could not verify" it
    ("Reuters verified the video said to show the fighters leaving.", REFUTED),
    ("Homs lies on the coast.", NOT_ENOUGH_INFO),  # "the link between ... and the coast"
    ("Homs, a city on the coast, lies on the Orontes River.", NOT_ENOUGH_INFO),
    ("Homs lies on the Orontes River.", SUPPORTED),
    ("The Ottomans ruled Homs in 1600.", NOT_ENOUGH_INFO),  # a state the 1516 event begins
    ("Homs was in Ottoman hands in 1785.", NOT_ENOUGH_INFO),
    ("Homs was ruled by the Ottomans in 1800.", NOT_ENOUGH_INFO),
    ("Homs was an Ottoman city in 1700.", NOT_ENOUGH_INFO),
    ("Before the war, some 100,000 people lived in Baba Amr.", NOT_ENOUGH_INFO),  # a part
    ("Before the war, some 800,000 people lived in Homs.", SUPPORTED),
    ("Homs passed to the Ottomans in 1616.", REFUTED),  # the change itself is dated
    ("The government, not the rebels, took back Waer in May 2016.", NOT_ENOUGH_INFO),
    ("Waer was the last rebel-held part of Homs.", SUPPORTED),
    # what a record is, from its description's phrases or a sentence that says what it is
    ("Marie Colvin was an American journalist.", SUPPORTED),
    ("Marie Colvin was a court.", NOT_ENOUGH_INFO),
    ("Baba Amr was a neighbourhood of Homs.", SUPPORTED),
    ("Baba Amr was a stronghold of the Free Syrian Army.", SUPPORTED),
    ("Damascus was a coastal stronghold of Assad.", NOT_ENOUGH_INFO),  # cut off from them
    # a description in passing rests on what the base says the record is
    ("Damascus, a coastal stronghold of Assad, was cut off by the fall of Homs.",
     NOT_ENOUGH_INFO),
    ("Marie Colvin and Remi Ochlik, the American journalists, were killed in Baba Amr.",
     REFUTED),  # of both, so of Ochlik too, whom the base makes French (session 13)
    # the subject of a passive is no doer: "She and Ochlik were killed" is no killing by her
    ("Marie Colvin killed Remi Ochlik.", NOT_ENOUGH_INFO),
    # a claim that begins "No ..." denies that any did
    ("No journalists were killed in Baba Amr.", REFUTED),
    # a people named as the doer must be the source's ("the Americans" did not retake Waer)
    ("The Americans took back Waer in May 2016.", NOT_ENOUGH_INFO),
    ("Government forces took back Waer in May 2016.", SUPPORTED),
    # "whether" says no more than that it is not known
    ("Talal Albarazi was the governor of Homs.", NOT_ENOUGH_INFO),
    # where a thing was taken must follow "to" in the sentence too
    ("Khalid ibn al-Walid's sarcophagus was taken to Homs.", NOT_ENOUGH_INFO),
    ("Khalid ibn al-Walid's sarcophagus was taken to Damascus.", SUPPORTED),
])
def test_whom_a_sentence_speaks_of(spoken: FactBase, claim: str, verdict: str) -> None:
    assert Checker(spoken).check(claim)["verdict"] == verdict


def test_the_place_a_base_is_about(spoken: FactBase, tmp_path: Path) -> None:
    """A sentence's "the city" is the base's own place ("the last area of the city" is the
    last part of Homs); it is not taken as said by every sentence, since a review found that
    let "Khalid ibn al-Walid was born in Homs" through."""
    assert Names(spoken).home == "homs"
    even = load(write(tmp_path, minimal(
        entity("a", "Aleppo", "city") + entity("b", "Hama", "city")
        + event("e1", "2012", "Something in Aleppo.", places=["a"])
        + event("e2", "2013", "Something in Hama.", places=["b"]))))
    assert Names(even).home == ""  # no place is named twice as often as any other


def test_the_command_line_says_whom_the_sentence_is_of(tmp_path: Path) -> None:
    result = run("--data", str(write(tmp_path, BASE)), "check", "--json",
                 "Homs was the largest governorate by area.")
    answer = json.loads(result.stdout)
    assert (result.exit_code, answer["verdict"]) == (1, NOT_ENOUGH_INFO)
    assert answer["reason"].startswith("It is not said of Homs")


@pytest.mark.parametrize(("claim", "verdict"), [
    # a sentence that names the thing puts it in the place after its name, not another thing
    ("The National Museum is in Homs.", NOT_ENOUGH_INFO),  # "... Museum in Damascus"
    ("Lebanon is in Homs province.", NOT_ENOUGH_INFO),  # "It borders Lebanon and Iraq"
    ("Krak des Chevaliers is in Homs.", NOT_ENOUGH_INFO),  # "Castle near Homs"
    ("Dar al-Kebira is in Homs.", NOT_ENOUGH_INFO),  # "town 20 km from Homs"
    # "in" or "of" the place, its "its", or the place having it
    ("Baba Amr is in Homs.", SUPPORTED),  # "Neighbourhood of Homs"
    ("The Khalid ibn al-Walid Mosque is in Homs.", SUPPORTED),
    ("Termaaleh is in Homs province.", SUPPORTED),  # "lies in its north"
    ("An oil refinery is in Homs.", SUPPORTED),  # "It ... has an oil refinery"
    ("Homs province is part of Lebanon.", NOT_ENOUGH_INFO),  # "it borders Lebanon"
    ("Homs province is part of Syria.", SUPPORTED),  # "Syria's largest governorate"
    ("Syria is in Homs.", NOT_ENOUGH_INFO),  # "City in western Syria": the other way round
    ("Homs is in Syria.", SUPPORTED),
])
def test_a_thing_is_in_a_place_only_where_a_sentence_puts_it_there(
        base: FactBase, claim: str, verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    # a place the sentence writes only with another year ("on to Damascus in 1959")
    ("The Syriac Patriarchate was in Damascus in 1940.", NOT_ENOUGH_INFO),
    ("The Syriac Patriarchate was in Mardin in 1950.", NOT_ENOUGH_INFO),
    ("The Syriac Patriarchate was in Homs in 1940.", SUPPORTED),
    ("The Syriac Patriarchate moved to Damascus in 1959.", SUPPORTED),
    # a revolt against a rule is a state that independence ends, not dates
    ("Homs rose against French rule in 1930.", NOT_ENOUGH_INFO),
    ("Homs rose against French rule in 1946.", NOT_ENOUGH_INFO),
    ("Homs revolted against the French Mandate in 1925.", NOT_ENOUGH_INFO),
    ("Syria became independent in 1946.", SUPPORTED),
    ("Syria became independent in 1930.", REFUTED),
    ("In 1946 Syria came under the French mandate.", NOT_ENOUGH_INFO),  # its end, not start
])
def test_a_year_dates_only_what_the_sentence_writes_it_with(
        base: FactBase, claim: str, verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    # "a major victory for the government": whose win, and a win or a loss, must agree
    ("The May 2014 deal was a win for the rebels.", NOT_ENOUGH_INFO),
    ("The 2014 evacuation was a major victory for the rebels.", NOT_ENOUGH_INFO),
    ("The May 2014 deal was a defeat for the government.", NOT_ENOUGH_INFO),
    ("The May 2014 deal was a victory for the government.", SUPPORTED),
])
def test_whose_win_a_sentence_says_it_was(base: FactBase, claim: str, verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


def test_fortunes_are_read_by_side_and_by_win_or_loss() -> None:
    assert other_fortune("a win for the rebels", "a victory for the army") != ""
    assert other_fortune("a win for the rebels", "a defeat for the insurgents") != ""
    assert other_fortune("a loss for the regime", "a setback for government troops") == ""
    assert other_fortune("a win for the rebels", "a win for Zenobia") == ""  # no side known


@pytest.mark.parametrize(("claim", "verdict"), [
    # "non-violent" is one word: it backs no "violent"
    ("In March 2011 violent protests began across Syria.", NOT_ENOUGH_INFO),
    ("The protests in Syria were violent from the start.", NOT_ENOUGH_INFO),
    ("In March 2011 non-violent protests began across Syria.", SUPPORTED),
    # a beginning backs no end, nor an end a beginning
    ("In 2011 the civil war ended.", NOT_ENOUGH_INFO),  # "a crackdown ... sparks the war"
    ("The Arab Spring ended the protests in Syria.", NOT_ENOUGH_INFO),
    # "holds no", "included no" deny
    ("The Khalid ibn al-Walid Mosque holds no tomb.", REFUTED),
    ("The Free Syrian Army included no civilians.", REFUTED),
])
def test_non_words_ends_and_no_after_a_verb(base: FactBase, claim: str, verdict: str) -> None:
    result = Checker(base).check(claim)
    assert result["verdict"] == verdict, result["reason"]


@pytest.mark.parametrize(("claim", "verdict"), [
    # a state bounded by a date ("until May 2016") is not whose the event that ended it says
    ("Waer was held by the government until May 2016.", NOT_ENOUGH_INFO),
    ("Rebels have held Waer since May 2016.", NOT_ENOUGH_INFO),
    ("The Ottomans held Homs until 1516.", NOT_ENOUGH_INFO),
    ("Syria was independent until 1946.", NOT_ENOUGH_INFO),
    # a court's finding is no state
    ("In 2017 a US court held the Syrian government culpable in Marie Colvin's death.",
     REFUTED),
    # a voice is read whole: "the Syrian government" is not the Syrian Observatory
    ("According to the Syrian government, the siege killed around 2,200 people.",
     NOT_ENOUGH_INFO),
    ("According to the Syrian Observatory, the siege killed around 2,200 people.", SUPPORTED),
])
def test_states_bounded_by_a_date_and_voices_read_whole(base: FactBase, claim: str,
                                                        verdict: str) -> None:
    result = Checker(base).check(claim)
    assert result["verdict"] == verdict, result["reason"]


@pytest.mark.parametrize(("claim", "verdict"), [
    # the words before an act's verb name its doer only where they name a side
    ("In March 2012 the army peacefully recaptured Baba Amr.", NOT_ENOUGH_INFO),
    ("In May 2016 the government peacefully took back Waer.", NOT_ENOUGH_INFO),
    ("In March 2012 the army recaptured Baba Amr.", SUPPORTED),
    ("An Islamist-led rebel push reached Homs on Friday, December 6, 2024.", SUPPORTED),
])
def test_only_words_that_name_a_side_are_the_doer(base: FactBase, claim: str,
                                                  verdict: str) -> None:
    result = Checker(base).check(claim)
    assert result["verdict"] == verdict, result["reason"]


@pytest.mark.parametrize(("claim", "verdict"), [
    # a direction each says of the other is the same fact
    ("Damascus is south of Homs.", NOT_ENOUGH_INFO),  # never refuted by "north of Damascus"
    ("Homs is south of Damascus.", REFUTED),
    # an event is the date of what its id or summary says it is
    ("Ottoman rule in Homs ended in 1516.", NOT_ENOUGH_INFO),  # ottoman-rule-begins
    ("Ottoman rule in Homs began in 1516.", SUPPORTED),
    ("The French Mandate began in 1946.", NOT_ENOUGH_INFO),  # independence ends it
    ("The army's siege of Homs ended in May 2011.", NOT_ENOUGH_INFO),  # "lays siege"
    # "in its north" is the place's own; "in size after it" is no place
    ("Homs is in Aleppo.", NOT_ENOUGH_INFO),
    ("Homs is in the Mediterranean.", NOT_ENOUGH_INFO),
    ("Termaaleh is in Homs province.", SUPPORTED),
])
def test_inverse_directions_what_an_event_dates_and_places(base: FactBase, claim: str,
                                                           verdict: str) -> None:
    result = Checker(base).check(claim)
    assert result["verdict"] == verdict, result["reason"]
