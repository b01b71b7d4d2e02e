"""Session 21's rules of ``check`` (issue 21) and ``ask`` (issue 23):

- the place a count puts the people it counts in ("about 1,200 people were in Waer") is the
  place the count is of, whatever else the claim names ("... when the Old City evacuation
  began");
- a claim about a source itself, when a piece came out or whose story it carries, is read
  against the source's own record (:mod:`homsfacts.check.publications`), and ``ask``
  answers such a question with it;
- two happenings put in order ("Colvin was killed before the army retook Baba Amr") are
  read as two claims, each event found as ``ask`` finds "when", and the order the base's
  dates give (:mod:`homsfacts.check.sequence`);
- "government troops" in a claim are the "government troops" or "the government's forces"
  an event's summary writes, whoever its records name;
- a code of the claim ("SY-HM", a geocode "C2825", a dialling code "021") is a value, not an
  unknown name: the one code of its form a sentence that says all else writes in its place
  refutes it, and a code the sentence writes of another thing ("031", a dialling code, for
  a "geocode") does not back it;
- "to the south of" a place is "south of" it, and "Damascus lies south of Homs" says what
  "Homs lies north of Damascus" says (:func:`homsfacts.check.framing.converse`);
- "is home to" says what a place has, not what it is ("Homs is home to an oil refinery");
- ask: "which country" asks a nationality; "people" asks a count of people before "area"
  asks land, and an "area code" is no area; "telephone code" and "area code" are the
  dialling code; "put X at" asks an estimate; the words of a source's outlet ("the LA
  Times") name no thing the answer must name."""

from __future__ import annotations

from pathlib import Path

import pytest

from homsfacts import load
from homsfacts.base.store import FactBase
from homsfacts.check import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Checker
from homsfacts.check.ask import ask
from homsfacts.check.figure_places import counted_in
from homsfacts.check.framing import converse
from homsfacts.check.modifiers import code_otherwise, code_swapped, is_code
from homsfacts.check.outlets import outlet_names
from homsfacts.check.presence import forces_named
from homsfacts.check.publications import publications_of
from tests.conftest import event, minimal, run, source, verdict_of, write


@pytest.mark.parametrize(("claim", "verdict"), [
    ("SOHR believed about 1,200 people were in Waer when the Old City evacuation began.",
     NOT_ENOUGH_INFO),
    ("About 1,200 people were believed to be in Waer when the evacuation began.",
     NOT_ENOUGH_INFO),
    ("About 1,200 people were believed to be in the Old City when the evacuation began.",
     SUPPORTED),
    ("More than 200,000 people lived in Waer at the time of the Old City evacuation.",
     SUPPORTED),
])
def test_the_place_a_count_puts_people_in_is_its_place(base: FactBase, claim: str,
                                                        verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("claim", "count", "place"), [
    ("About 1,200 people were in Waer when the Old City evacuation began.", "About 1,200 people",
     "waer"),
    ("Some 1,200 were still trapped inside the Old City of Homs.", "Some 1,200", "old-city"),
    # after a comma the words are another clause's
    ("About 1,200 people left, and others were in Waer.", "About 1,200 people", None),
    ("About 1,200 people were evacuated to Dar al-Kebira.", "About 1,200 people", None),
])
def test_counted_in(base: FactBase, claim: str, count: str, place: str | None) -> None:
    assert counted_in(base, claim, count) == place


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The Reuters report on the Homs evacuation is dated 7 May 2014.", SUPPORTED),
    ("The Reuters report on the Homs evacuation is dated 8 May 2014.", REFUTED),
    ("The Reuters report on the Homs evacuation was published in 2014.", SUPPORTED),
    ("The Reuters report was not published on 7 May 2014.", REFUTED),
    # the base dates the BBC page to the month only
    ("The BBC report was published in May 2014.", SUPPORTED),
    ("The BBC report was published on 9 May 2014.", NOT_ENOUGH_INFO),
    ("The BBC report was published in June 2014.", REFUTED),
    # a span the base cannot narrow: inside it is unknown, outside it is not the base's
    ("The LiquiSearch page was published in 2010.", NOT_ENOUGH_INFO),
    ("The LiquiSearch page was published in 2005.", REFUTED),
    # the piece's topic chooses among sources of one outlet: AFP's own 2024 dispatch, or
    # Naharnet's 2014 page that carries AFP
    ("The AFP dispatch on the rebels reaching Homs was published on 6 December 2024.",
     SUPPORTED),
    ("The AFP story on the Homs evacuation was published in May 2014.", SUPPORTED),
    ("The AFP dispatch was published on 6 December 2024.", NOT_ENOUGH_INFO),
    # a topic that no source of the outlet speaks to is not read as about one
    ("The Reuters report on the fall of Aleppo is dated 7 May 2014.", NOT_ENOUGH_INFO),
    ("Naharnet's story on the evacuation carries an AFP report.", SUPPORTED),
    ("Naharnet's story on the Homs evacuation was supplied by Reuters.", REFUTED),
    # a page that carries a paper's story may carry whatever agency's story the paper ran
    ("The webjosh.com page carries a Reuters report.", NOT_ENOUGH_INFO),
    # what a piece says is a claim of its own, not read as which piece it is
    ("The Reuters report that three buses left is dated 7 May 2014.", NOT_ENOUGH_INFO),
    ("Naharnet's story, which says two buses left, carries an AFP report.", NOT_ENOUGH_INFO),
    # a date in figures that may be read either way
    ("The Reuters report was published on 5/7/2014.", NOT_ENOUGH_INFO),
    # the carried story's own date the base does not give (the page's is 8 May 2014)
    ("The Trend News Agency page carries a Los Angeles Times report dated 8 May 2014.",
     NOT_ENOUGH_INFO),
    ("The Trend page carries a Los Angeles Times story dated 7 May 2014.", NOT_ENOUGH_INFO),
    # a piece named by the outlet a page carries may be older than the page
    ("The LA Times story was published on 7 May 2014.", NOT_ENOUGH_INFO),
    # a piece about what a source only recalls is no source of the base
    ("The AFP report on the killing of Marie Colvin was published in February 2012.",
     NOT_ENOUGH_INFO),
    ("The Reuters report on the rebels taking Homs was published on 7 May 2014.",
     NOT_ENOUGH_INFO),
    # whose story the carried piece itself carries, the base does not say
    ("The Hindu's report on rebels celebrating in Homs was supplied by Reuters.",
     NOT_ENOUGH_INFO),
    # an outlet the base does not know may be carried too
    ("Naharnet's story on the evacuation carries an Associated Press report.",
     NOT_ENOUGH_INFO),
    # another part after the date is not read as the source's date
    ("The Reuters report was published on 7 May 2014 and says 2,000 people left.",
     NOT_ENOUGH_INFO),
])
def test_a_claim_about_a_source_is_read_against_its_record(base: FactBase, claim: str,
                                                            verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


def test_a_verdict_on_a_source_cites_it_and_names_the_date(base: FactBase) -> None:
    result = Checker(base).check("The Reuters report on the Homs evacuation is dated "
                                 "8 May 2014.")
    assert [source["id"] for source in result["cited"]] == ["reuters-2014-05-07"]
    assert result["found"]["dates"][0]["compared_with"] == ["reuters-2014-05-07"]
    assert "2014-05-07" in result["reason"]
    assert "8 May 2014" in result["reason"]


@pytest.mark.parametrize(("name", "forms"), [
    ("Agence France-Presse (AFP)", {"agence france presse", "afp"}),
    ("BBC News", {"bbc news", "bbc"}),
    ("The Hindu", {"the hindu", "hindu"}),
    ("Trend News Agency (en.trend.az)", {"trend news agency", "trend"}),
    ("Los Angeles Times", {"los angeles times", "la times"}),
])
def test_outlet_names(name: str, forms: set[str]) -> None:
    assert forms <= outlet_names(name)


@pytest.mark.parametrize(("question", "record", "because"), [
    ("When was the AFP dispatch about rebels reaching Homs published?", "afp-2024-12-06",
     "2024-12-06"),
    ("Which news agency's report does the Naharnet story carry?", "naharnet-2014-05", "AFP"),
    ("Which newspaper's report does the Trend News Agency page carry?", "trend-2014-05-08",
     "Los Angeles Times"),
    ("When was the BBC report published?", "bbc-2014-05", "2014-05"),
])
def test_ask_answers_a_question_about_a_source_with_it(base: FactBase, question: str,
                                                       record: str, because: str) -> None:
    result = ask(base, question)
    assert result["sure"]
    assert result["answer"]["kind"] == "record"
    assert result["answer"]["data"]["id"] == record
    assert because in result["because"]


@pytest.mark.parametrize(("question", "reason"), [
    ("When was the AFP dispatch published?", "any of afp-2024-12-06, naharnet-2014-05"),
    ("Whose report does the BBC story carry?", "no agency or paper"),
    # whose story the Guardian's own story carries, the base does not say
    ("Whose report does the Guardian story carry?", ""),
    ("When was the Reuters report that three buses left published?", ""),
])
def test_ask_is_unsure_of_a_source_it_cannot_tell(base: FactBase, question: str,
                                                 reason: str) -> None:
    result = ask(base, question)
    assert not result["sure"]
    assert reason in result["reason"]


def test_a_base_of_ones_own_is_read_for_its_sources(tmp_path: Path) -> None:
    path = write(tmp_path, minimal(
        source("wire-2020", publisher="Example Wire (wire.example)", carries="Reuters",
               title="Floods close the bridge", published="2020-01-15")
        + event("floods", "2020-01-14", "Floods close the bridge",
                sources=None)))
    opened = load(path, use_cache=False)
    try:
        assert verdict_of(opened, "The Example Wire story on the floods is dated "
                                  "15 January 2020.") == SUPPORTED
        assert verdict_of(opened, "The Example Wire story on the floods is dated "
                                  "16 January 2020.") == REFUTED
        assert verdict_of(opened, "The Example Wire story carries a Reuters report.") \
            == SUPPORTED
    finally:
        opened.close()


def test_the_cli_gives_a_source_verdict_and_answer(tmp_path: Path) -> None:
    checked = run("check", "--json", "The Reuters report on the Homs evacuation is dated "
                  "8 May 2014.")
    assert checked.exit_code == 1  # a claim that is not supported
    assert checked.json()["verdict"] == REFUTED
    assert [each["id"] for each in checked.json()["cited"]] == ["reuters-2014-05-07"]
    asked = run("ask", "--json", "When was the BBC report published?")
    assert asked.exit_code == 0
    assert asked.json()["id"] == "bbc-2014-05"  # the record, as `show` gives it


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Colvin was killed before the army retook Baba Amr.", SUPPORTED),
    ("Colvin was killed after the army retook Baba Amr.", REFUTED),
    ("Colvin was killed after the army had already recaptured Baba Amr.", REFUTED),
    ("Before the army retook Baba Amr, Colvin was killed in Homs.", SUPPORTED),
    ("Colvin was killed the month before the army retook Baba Amr.", SUPPORTED),
    # the same calendar year, not the one before
    ("Colvin was killed the year before the army retook Baba Amr.", REFUTED),
    # a side check does not back ("became emperor": "took the Roman throne") is left whole
    ("Elagabalus became emperor after Aurelian defeated Zenobia at Emesa.", NOT_ENOUGH_INFO),
    ("After Aurelian defeated Zenobia, the Muslims took Homs.", SUPPORTED),
    # an exact span is read in calendar units; a vague one only for its order
    ("Colvin was killed two weeks after the army retook Baba Amr.", REFUTED),
    ("Colvin was killed ten years before the army retook Baba Amr.", REFUTED),
    # "a month": 8 to 38 days apart, as the base dates them, is not surely about a month
    ("Colvin was killed a month before the army retook Baba Amr.", NOT_ENOUGH_INFO),
    # nine to eleven months are no "year"
    ("The army recaptured Baba Amr a year after the Syrian army lays siege to Homs.",
     NOT_ENOUGH_INFO),
    # a span with no number, or a pronoun, is not read
    ("The rebel offensive reached Homs days after Marie Colvin was killed.", NOT_ENOUGH_INFO),
    ("The government took back Waer after the army recaptured it.", NOT_ENOUGH_INFO),
    # two reports date the building otherwise (1908, and 1908 to 1913)
    ("The present Khalid ibn al-Walid Mosque was built 33 years before Syria became "
     "independent.", NOT_ENOUGH_INFO),
    ("Colvin was killed two months before the army retook Baba Amr.", REFUTED),
    ("The Colvin judgement came seven years after Colvin was killed.", SUPPORTED),
    ("The Colvin judgement came a decade after Colvin was killed.", REFUTED),
    ("Colvin was killed some weeks before the army retook Baba Amr.", NOT_ENOUGH_INFO),
    # two events fit "the rebels took Homs" (2024, and the Muslims' 636)
    ("Rebels took control of Homs before Colvin was killed.", NOT_ENOUGH_INFO),
    # a side that names nothing is no one event of the base
    ("The French Mandate ended in Homs after an uprising led from the city.", NOT_ENOUGH_INFO),
    # a denial is read by the rest of check
    ("Colvin was not killed after the army retook Baba Amr.", NOT_ENOUGH_INFO),
])
def test_two_happenings_in_order(base: FactBase, claim: str, verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


def test_an_order_cites_both_events(base: FactBase) -> None:
    result = Checker(base).check("Colvin was killed after the army retook Baba Amr.")
    assert [record["id"] for record in result["evidence"]] == [
        "journalists-killed", "baba-amr-recaptured"]
    assert "2012-02-22" in result["reason"]


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Government troops moved into the Old City of Homs in May 2014.", SUPPORTED),
    ("Government troops moved into the Old City of Homs in June 2014.", REFUTED),
    # "the government" alone is no army, and the event's summary writes no government's force
    ("The government moved into the Old City in May 2014.", NOT_ENOUGH_INFO),
    # the forces an event names after "with" are not who did it ("a deal with the
    # government's forces")
    ("Government forces began the evacuation of the Old City on 7 May 2014.", NOT_ENOUGH_INFO),
])
def test_government_troops_are_those_an_event_writes(base: FactBase, claim: str,
                                                     verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("text", "named"), [
    ("government troops move into the Old City", True),
    ("Once a convoy has left, government troops move in", True),
    ("rebels leave under a deal with government forces", False),
    ("a deal agreed by the government forces", False),
    ("the government moves in", False),
])
def test_forces_named_as_who_acts(text: str, named: bool) -> None:
    assert forces_named(text) is named


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Homs Governorate's ISO 3166 code is SY-HM.", REFUTED),
    ("Homs Governorate's ISO 3166 code is SY-HO.", SUPPORTED),
    ("The ISO 3166 code of Homs Governorate is SY-HO and its main language is Arabic.",
     SUPPORTED),
    ("The 2020 encyclopaedia copy gives Homs the geocode C2825.", REFUTED),
    ("Homs has the geocode C2528.", SUPPORTED),
    ("The dialling code of Homs is 021.", REFUTED),
    ("The dialling code of Homs is 031.", SUPPORTED),
    ("Homs's geocode is 031.", NOT_ENOUGH_INFO),
    # a code of another time may differ
    ("Homs's dialling code was once 021.", NOT_ENOUGH_INFO),
    # a time is no code
    ("According to AFP, the evacuation began around 10 am local time (0700 GMT).", SUPPORTED),
])
def test_a_code_is_a_value(base: FactBase, claim: str, verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("word", "code"), [
    ("SY-HO", True), ("C2528", True), ("031", True), ("0700", False), ("Homs", False),
    ("2014", False),
])
def test_is_code(word: str, code: bool) -> None:
    assert is_code(word) is code


def test_code_swapped_needs_one_code_of_its_form_after_a_shared_word() -> None:
    text = "its dialling code as 031, the geocode C2528 and the climate type Csa"
    assert code_swapped("the geocode is C2825", text) == "the source writes C2528, not C2825"
    assert code_swapped("the dialling code is 021", text) == "the source writes 031, not 021"
    # the text's C2528 is a geocode, and nothing before the claim's code says geocode
    assert code_swapped("the postcode is C2825", text) == ""
    assert code_otherwise("the geocode is 031", text) == (
        "the source writes 031 as its dialling code, not its geocode")


@pytest.mark.parametrize(("question", "record"), [
    ("Which country was Remi Ochlik from?", "remi-ochlik"),
    ("How many people lived in the Homs metropolitan area in 2004?",
     "homs-metro-population-2004"),
    ("How large is the Homs metropolitan area?", "homs-area-metro"),
    ("What is the telephone dialling code of Homs?", "homs"),
    ("homs phone area code", "homs"),
    ("What did an independent estimate put the population of Homs at in 2005?",
     "homs-population-2005"),
    ("What could the departing rebels take with them, according to the LA Times?",
     "old-city"),
])
def test_ask_reads_these_words(base: FactBase, question: str, record: str) -> None:
    result = ask(base, question)
    assert result["sure"], result["reason"]
    data = result["answer"]["data"]
    assert (data["id"] if isinstance(data, dict) else data[0]["id"]) == record


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Homs is home to an oil refinery.", SUPPORTED),
    ("Homs, an important commercial hub, is home to an oil refinery.", SUPPORTED),
    ("Homs is home to a sizeable Alawite minority.", SUPPORTED),
    # a home of something is still what the sentence must call it
    ("Homs is a home to rebels.", NOT_ENOUGH_INFO),
])
def test_home_to_says_what_a_place_has(base: FactBase, claim: str, verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Homs lies 162 km to the south of Damascus.", REFUTED),
    ("Homs lies 162 km to the north of Damascus.", SUPPORTED),
    ("Damascus lies south of Homs.", SUPPORTED),
    ("Damascus lies north of Homs.", REFUTED),
    ("Damascus lies 100 km south of Homs.", REFUTED),
    ("Homs lies south of Aleppo.", SUPPORTED),
])
def test_a_place_beside_another_is_read_both_ways(base: FactBase, claim: str,
                                                 verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("claim", "turned"), [
    ("Damascus lies south of Homs.", "Homs lies north of Damascus."),
    ("Damascus is about 162 km south of Homs.", "Homs is about 162 km north of Damascus."),
    ("Damascus lies south of Homs and is the capital.", None),
    ("Damascus lies south.", None),
])
def test_converse(claim: str, turned: str | None) -> None:
    assert converse(claim) == turned


@pytest.mark.parametrize("question", [
    "Which country was the journalist killed with Marie Colvin from?",  # Ochlik, not Colvin
    "What did Reuters put Homs's pre-war population at?",  # AFP's, not Reuters'
    "What did the BBC put Homs's pre-war population at?",
    "When was the LA Times story published?",  # the page that carries it is dated, not it
    "What is the area of the metropolitan area of Homs, where 750,501 people lived in 2004?",
])
def test_ask_gives_no_wrong_answer_to_these(base: FactBase, question: str) -> None:
    result = ask(base, question)
    assert not result["sure"] or answered_id(result) in ("homs-area-metro",)


def answered_id(result: dict[str, object]) -> str:
    answer = result["answer"]
    assert isinstance(answer, dict)
    data = answer["data"]
    return str(data["id"] if isinstance(data, dict) else data[0]["id"])


def test_a_long_claim_is_not_read_as_one_about_a_source_or_an_order(base: FactBase) -> None:
    # both patterns have two open stretches; past LONGEST characters they would cost the
    # square of the claim's length, and such claims are short
    padding = "on the evacuation of the Old City of Homs " * 10
    assert len(padding) > 400
    assert verdict_of(base, f"The Reuters report {padding}is dated 7 May 2014.") == \
        NOT_ENOUGH_INFO
    assert verdict_of(base, "Colvin was killed before the army retook Baba Amr, "
                            f"{padding.strip()}.") != SUPPORTED


def test_ask_reads_a_base_s_sources_once(base: FactBase) -> None:
    assert publications_of(base) is publications_of(base)
    assert ask(base, "When was the BBC report published?")["sure"]
