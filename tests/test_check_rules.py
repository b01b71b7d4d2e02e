"""Session 8's rules of ``check`` (issue 21), each on a base built for it, through the core
and once through the command line:

- a claim with no number and no date is checked against one sourced sentence at a time
  (an entity's description or statements, an event's summary): supported only when the
  sentence speaks to every part, in the same order and without a hedge the claim drops;
- a claim that a report ranked below the preferred one agrees with is not refuted;
- a figure counts one thing: of two numbers compared with it, one agreeing, the other is
  not refuted by it;
- a date is not refuted by one event while another the claim may mean fits it, nor
  compared with an event its own clause does not speak of;
- an act whose roles are the source's swapped ("rebels seized Baba Amr from the army") is
  refuted by the one event it is about;
- "7 May" takes its year from the claim, and no season reaches before its first day;
- initials the index holds ("SOHR") are known names."""

from __future__ import annotations

from pathlib import Path

import pytest

from homsfacts import load
from homsfacts.base.dates import day_iso
from homsfacts.base.store import FactBase
from homsfacts.check import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Checker
from homsfacts.check.reader import read
from homsfacts.check.when import PART_OF_YEAR, part_of_year

from .conftest import Raw, citation, entity, event, figure, minimal, run, write


def statement(text: str) -> Raw:
    return Raw(f'{{ text = "{text}", sources = [{citation().text}] }}')


def built(tmp_path: Path) -> FactBase:
    text = minimal(
        entity("hts", "Hayat Tahrir al-Sham", "group",
               statements=[statement("Al-Nusra Front, linked to Al-Qaeda, was its forerunner.")])
        + entity("al-nusra", "Al-Nusra Front", "group", description="An armed group.")
        + entity("syria", "Syria", "country")
        + entity("homs", "Homs", "city", located_in="syria",
                 statements=[statement("Early in the war activists called it the capital of "
                                       "the revolution and dreamt of a new Syria."),
                             statement("Its province borders Lebanon and Iraq."),
                             statement("The shelling of its centre was blamed on the army.")])
        + entity("old-city", "Old City", "district", located_in="homs",
                 statements=[statement("Its defenders held out for more than a year.")])
        + figure("toll-a", 1200, label="People in the Old City at the evacuation",
                 qualifier="approximate", measures="people-at-evacuation", rank="preferred",
                 rank_reason="The later count.",
                 about=["old-city"])
        + figure("toll-b", 2000, label="People in the Old City at the evacuation",
                 qualifier="approximate", measures="people-at-evacuation", about=["old-city"])
        + figure("rule-length", 24, label="Length of the president's rule", unit="years",
                 qualifier="exact")
        + entity("baba-amr", "Baba Amr", "district", located_in="homs")
        + entity("sohr", "Syrian Observatory for Human Rights", "organisation")
        + event("army-retakes", "2012-03", "The army retakes Baba Amr from the rebels.",
                places=["baba-amr"])
        + figure("homs-rank", 3, label="Homs's rank among the country's cities", unit="rank",
                 about=["homs"])
        + event("army-leaves-homs", "2024-12-07", "The army leaves Homs.", places=["homs"])
        + event("army-withdrawal", "2024-12-07", "The army's withdrawal from Homs.",
                places=["homs"])
        + event("rebel-exit", "2014-05", "The rebels' withdrawal from the Old City begins "
                "under a deal.", places=["old-city"], entities=["homs"]))
    return load(write(tmp_path, text), use_cache=False)


@pytest.fixture
def base(tmp_path: Path) -> FactBase:
    return built(tmp_path)


@pytest.mark.parametrize(("claim", "expected", "why"), [
    ("Hayat Tahrir al-Sham's forerunner was the Al-Nusra Front.", SUPPORTED, "says it"),
    ("Al-Nusra Front's forerunner was Hayat Tahrir al-Sham.", NOT_ENOUGH_INFO,
     "forerunner of Hayat"),
    ("The defenders of the Old City held out for more than a year.", SUPPORTED, "says it"),
    ("The defenders of the Old City in Homs held out for more than a year.", SUPPORTED,
     "says it"),  # a statement of the Old City speaks of "in Homs"
    ("The defenders of the Old City held out for more than a decade.", NOT_ENOUGH_INFO,
     "decade"),
    ("Homs province borders only Lebanon.", NOT_ENOUGH_INFO, "'only'"),
    ("Homs is the capital of Syria.", NOT_ENOUGH_INFO, "capital of revolution, the claim"),
    ("The shelling of Homs's centre was the army's.", NOT_ENOUGH_INFO,
     "says it only with 'blamed'"),
    ("The shelling of the centre of Homs was blamed on the army.", SUPPORTED, "says it"),
    ("The Old City's defenders did not hold out for more than a year.", REFUTED, "not"),
])
def test_a_claim_without_numbers_rests_on_one_sentence(base: FactBase, claim: str,
                                                       expected: str, why: str) -> None:
    result = Checker(base).check(claim)
    assert (result["verdict"], why in result["reason"]) == (expected, True), result["reason"]
    assert result["evidence"], "the nearest sentence's record is shown for every verdict"


def test_a_report_ranked_below_the_preferred_one_keeps_a_claim_from_refutation(
        base: FactBase) -> None:
    checker = Checker(base)
    agreeing = checker.check("About 2,000 people were in the Old City at the evacuation.")
    assert agreeing["verdict"] == NOT_ENOUGH_INFO
    assert "ranked below it agrees" in agreeing["reason"]
    assert "toll-b" in agreeing["reason"]
    neither = checker.check("About 5,000 people were in the Old City at the evacuation.")
    assert neither["verdict"] == REFUTED


def test_a_figure_is_compared_with_the_one_number_it_counts(base: FactBase) -> None:
    result = Checker(base).check("The president's rule had lasted 24 years and the war "
                                 "13 years.")
    assert result["verdict"] == NOT_ENOUGH_INFO
    assert "'13 years' is not what rule-length counts" in result["reason"]
    alone = Checker(base).check("The president's rule had lasted 13 years.")
    assert alone["verdict"] == REFUTED


def test_a_date_is_not_refuted_by_one_event_while_another_fits_it(base: FactBase) -> None:
    # the army's withdrawal shares more with the claim, but the rebels' fits its date
    result = Checker(base).check("The withdrawal from Homs began in May 2014.")
    assert result["verdict"] == NOT_ENOUGH_INFO
    assert "may mean rebel-exit" in result["reason"]
    assert Checker(base).check("The withdrawal from Homs began in 2020.")["verdict"] == REFUTED


@pytest.mark.parametrize(("claim", "expected"), [
    ("Rebels seized Baba Amr from the army in March 2012.", REFUTED),
    ("Rebels recaptured Baba Amr in March 2012.", NOT_ENOUGH_INFO),  # another happening?
    ("The army seized Baba Amr from the rebels in March 2012.", SUPPORTED),
])
def test_roles_swapped_against_the_one_event_refute(base: FactBase, claim: str,
                                                    expected: str) -> None:
    result = Checker(base).check(claim)
    assert result["verdict"] == expected, result["reason"]
    if expected == REFUTED:
        assert "army-retakes" in result["reason"]


def test_a_date_dates_only_what_its_clause_speaks_of(base: FactBase) -> None:
    result = Checker(base).check("The rebels' withdrawal from the Old City came weeks "
                                 "before an election held on 3 June 2014.")
    assert result["verdict"] == NOT_ENOUGH_INFO
    assert "dates what the claim says in" in result["reason"]


def test_a_date_beside_a_figure_may_date_a_deed_the_figure_does_not_count(
        base: FactBase) -> None:
    result = Checker(base).check("Homs, the third-largest, was left by the army on "
                                 "7 December 2024.")
    assert result["verdict"] == SUPPORTED, result["reason"]
    assert "army-leaves-homs" in result["reason"]


def test_a_day_of_a_month_takes_the_claims_year() -> None:
    reading = read("The 2014 withdrawal began on Wednesday 7 May.")
    assert [date.iso for date in reading.dates] == ["2014-05-07"]
    assert reading.quantities == []
    alone = read("Colvin was killed on February 22nd.")
    assert (alone.dates, alone.quantities) == ([], [])  # no year: no date, and no number


def test_no_season_reaches_before_its_first_day(base: FactBase) -> None:
    match = PART_OF_YEAR.search("in spring 2012")
    assert match is not None
    assert day_iso(part_of_year(match).reach()[0]) == "2012-03-01"  # days are numbers
    result = Checker(base).check("The army retook Baba Amr in the spring of 2012.")
    assert result["verdict"] == SUPPORTED  # March is all spring
    result = Checker(base).check("The army retook Baba Amr in the winter of 2012.")
    assert result["verdict"] != SUPPORTED


def test_initials_the_index_holds_are_known_names(base: FactBase) -> None:
    result = Checker(base).check("SOHR says the army retook Baba Amr in March 2012.")
    assert "unknown" not in result["found"]


def test_an_ordinal_alone_is_a_word_and_a_rank_a_number() -> None:
    assert [q.text for q in read("Homs is Syria's third-largest city").quantities] == \
        ["third-largest"]
    assert read("It was the war's first deal").quantities == []


def test_an_ordinal_alone_is_a_part_the_source_must_state(base: FactBase) -> None:
    result = Checker(base).check("The army's second retaking of Baba Amr from the rebels "
                                 "was in March 2012.")
    assert result["verdict"] == NOT_ENOUGH_INFO
    assert "'second'" in result["reason"]


def test_the_capital_stands_for_its_government_as_an_agent() -> None:
    from homsfacts.check.acts import acts, side_of

    assert side_of("Damascus") == side_of("the government")
    assert acts("Damascus regained Waer")[0].agent == side_of("the army")


def test_the_words_that_name_a_record_are_not_parts_to_account_for(base: FactBase) -> None:
    result = Checker(base).check("SOHR says the army retook Baba Amr from the rebels in "
                                 "March 2012.")
    assert "'sohr'" not in result["reason"]


@pytest.mark.parametrize(("claim", "says_where"), [
    ("the rebels held out in the old centre of Homs", True),
    ("forces were combing Homs neighbourhoods", True),
    ("fighting in Homs", True),
    ("Homs is the capital of Syria", False),
    ("the capital of Homs", False),
])
def test_a_place_named_to_say_where(claim: str, says_where: bool) -> None:
    from homsfacts.check.order import located

    assert located(claim, {"name": "Homs", "aliases": [], "kind": "city"}) is says_where


def test_the_command_line_shows_the_sentence_a_claim_rests_on(tmp_path: Path) -> None:
    built(tmp_path)
    result = run("--data", str(tmp_path / "base.toml"), "check", "--json",
                 "The defenders of the Old City held out for more than a year.")
    assert result.exit_code == 0, result.stderr
    answer = result.json()
    assert answer["verdict"] == SUPPORTED
    assert answer["found"]["sentence"] == "Its defenders held out for more than a year."
    assert [record["id"] for record in answer["evidence"]] == ["old-city"]


@pytest.mark.parametrize(("text", "iso", "alternative"), [
    ("died on 22/02/2012", "2012-02-22", None),  # day first: 22 is no month
    ("on 02/22/2012", "2012-02-22", None),  # month first, as the United States writes it
    ("on 03/05/2014", "2014-05-03", "2014-03-05"),  # either: both must give one verdict
])
def test_numeric_dates_are_dates_not_numbers(text: str, iso: str, alternative: str | None
                                             ) -> None:
    reading = read(text)
    assert reading.quantities == []
    (date,) = reading.dates
    assert (date.iso, date.alternative.iso if date.alternative else None) == (iso, alternative)


@pytest.mark.parametrize(("text", "iso"), [
    ("in the first days of March 2012", "2012-03"),
    ("at the end of 2014", "2014-09/2014-12"),
    ("in the middle of 2013", "2013-05/2013-08"),
])
def test_phrases_for_a_part_of_a_month_or_year(text: str, iso: str) -> None:
    (date,) = read(text).dates
    assert date.iso == iso


def test_a_part_of_a_month_is_more_precise_than_the_month(base: FactBase) -> None:
    result = Checker(base).check("The army retook Baba Amr from the rebels in the first days "
                                 "of March 2012.")
    assert result["verdict"] == NOT_ENOUGH_INFO
    assert "more precise" in result["reason"]


def test_a_group_that_says_something_is_a_voice_the_source_must_share() -> None:
    from homsfacts.check.voices import claimed_voice

    assert claimed_voice("The Syrian government said 600 left") == {"syrian", "government"}
    assert claimed_voice("activists say 600 left") == {"activists"}
    assert claimed_voice("Rebels announced full control of Homs") == set()  # an act


def test_a_number_of_another_kind_is_not_refuted_by_a_figure(base: FactBase) -> None:
    result = Checker(base).check("About 5,000 refugees were in the Old City at the "
                                 "evacuation.")
    assert result["verdict"] == NOT_ENOUGH_INFO
    assert "'about 5,000 refugees'" in result["reason"]


def test_a_count_of_one_time_does_not_refute_a_claim_about_another(tmp_path: Path) -> None:
    base = load(write(tmp_path, minimal(
        figure("metro-2004", 750501, label="Inhabitants of the metropolitan area",
               as_of="2004"))), use_cache=False)
    result = Checker(base).check("The metropolitan area had 1,000,000 inhabitants in 2010.")
    assert result["verdict"] == NOT_ENOUGH_INFO
    assert "for 2004, not for 2010" in result["reason"]


def test_a_voice_named_by_initials_or_description_is_the_record_it_names(
        tmp_path: Path) -> None:
    base = load(write(tmp_path, minimal(
        entity("sohr", "Syrian Observatory for Human Rights", "organisation",
               description="A Britain-based monitor.")
        + figure("toll", 2200, label="Deaths in the siege", qualifier="approximate",
                 attribution="according to the Syrian Observatory for Human Rights",
                 attributed_to="sohr"))), use_cache=False)
    checker = Checker(base)
    for claim in ("According to the SOHR, about 2,200 people died in the siege.",
                  "About 2,200 people died in the siege, according to the Britain-based "
                  "Syrian Observatory."):
        assert checker.check(claim)["verdict"] == SUPPORTED, claim
    other = checker.check("According to Reuters, about 2,200 people died in the siege.")
    assert other["verdict"] == NOT_ENOUGH_INFO
    # "more than 2,200" leaves out 2,200 itself, which is all "about 2,200" centres on
    assert checker.check("More than 2,200 people died in the siege.")["verdict"] == \
        NOT_ENOUGH_INFO


def test_what_stands_after_of_in_a_subject_did_nothing() -> None:
    from homsfacts.check.acts import acts

    (killing,) = acts("The siege of Homs killed about 2,200 people")
    assert (killing.agent, killing.agent_words) == (None, ())
    (besieging,) = acts("The army besieged the Old City")
    assert besieging.agent_words == ("the", "army")


def test_a_name_the_base_does_not_hold_makes_a_claim_not_enough_info(base: FactBase) -> None:
    result = Checker(base).check("The army retook Aleppo from the rebels in March 2012.")
    assert result["verdict"] == NOT_ENOUGH_INFO
    assert result["found"]["unknown"] == ["Aleppo"]
    assert "says nothing about Aleppo" in result["reason"]


@pytest.mark.parametrize(("claim", "expected"), [
    # words people use for the sources' own: possibly/perhaps, nightfall/dark, affiliate/linked
    ("Governor Talal al-Barazi told AFP a third, and possibly a fourth, convoy would leave "
     "before nightfall.", SUPPORTED),
    ("Governor Talal al-Barazi told AFP a third, and possibly a fourth, convoy would leave "
     "before noon.", NOT_ENOUGH_INFO),
    # "affiliate" is no "linked" here: the link is Al-Nusra's, which the reader may not see
    ("Hayat Tahrir al-Sham is an Al-Qaeda affiliate.", NOT_ENOUGH_INFO),
    ("Khalid ibn al-Walid is buried in Damascus.", NOT_ENOUGH_INFO),  # his tomb is in Homs
    ("Homs is a coastal city.", NOT_ENOUGH_INFO),  # the link to the coast
    ("There are 14 governorates in Homs province.", NOT_ENOUGH_INFO),  # Syria's count
    ("State media quoted Governor Talal al-Barazi as saying troops had started sweeping the Old "
     "City for explosives.", SUPPORTED),
    ("Syria's protests, inspired by the Arab Spring, began peacefully in March 2011.", SUPPORTED),
    ("In ancient times Homs was called Emesa.", SUPPORTED),
    ("Many blamed the Syrian army for the bombing that hit the press centre.", SUPPORTED),
    ("Homs province shares a border with Lebanon as well as with Iraq.", SUPPORTED),
    ("Homs province shares a border with Lebanon as well as with Turkey.", NOT_ENOUGH_INFO),
    # "home to an oil refinery" says what it has, not how many live there
    ("An important commercial hub, Homs is home to an oil refinery.", SUPPORTED),
    # a percentage is a share, compared with a figure given in percent
    ("In the 2004 census 51.5% of Homs's population was male.", SUPPORTED),
    ("In the 2004 census 55% of Homs's population was male.", REFUTED),
    # a figure of some people (the men, the Armenians) says nothing of a claim about others
    ("Alawites make up about a quarter of Homs's population.", NOT_ENOUGH_INFO),
    ("According to the SOHR, about 22,000 people died during the siege of Homs.", REFUTED),
    ("Some 200,000 Armenians settled in Homs during the Armenian Genocide.", REFUTED),
    # a hyphenated unit is read whole, and "11-year-old" still counts years
    ("Homs Governorate has 25 sub-districts.", SUPPORTED),
    ("Homs Governorate has 20 sub-districts.", REFUTED),
    ("The Hindu described the war as an 11-year-old conflict when Homs was captured.", REFUTED),
    # a happening begins once: another time of day, in the same zone, refutes
    ("The Old City evacuation began at around 7 am local time.", REFUTED),
    ("The evacuation of the Old City got under way at about 8 am (0500 GMT).", REFUTED),
    ("The evacuation began at about 10 am (0700 GMT) on its first day.", SUPPORTED),
    ("The evacuation began at about 9:30 am.", NOT_ENOUGH_INFO),  # "about" 10 reaches it
    ("Colvin was killed at 10 am.", NOT_ENOUGH_INFO),  # no sentence gives the hour
    ("The evacuation began at about 0700 am local time.", NOT_ENOUGH_INFO),  # 0700 is GMT
    # a review's counterexamples (session 12)
    ("In ancient times Homs was called Hims.", NOT_ENOUGH_INFO),  # "called Emesa"
    ("In antiquity Homs was called Ḥimṣ.", NOT_ENOUGH_INFO),
    ("In the 2004 census 51.5% of Syrians were male.", NOT_ENOUGH_INFO),  # of Homs's people
    ("In 1785 Homs had more than 2,000 inhabitants.", SUPPORTED),  # "in 1785 Homs": a year
    ("In 1785 about half the people of Homs were Greek Orthodox Christians.",
     NOT_ENOUGH_INFO),  # never refuted by a count of 1785 people
    # whose largest governorate or third city: "Syria's", never another country's
    ("Homs Governorate is the largest governorate of Lebanon.", NOT_ENOUGH_INFO),
    ("Homs Governorate is Syria's largest governorate by area.", SUPPORTED),
    ("Homs is Lebanon's third city.", NOT_ENOUGH_INFO),
    ("Homs is the third-largest city in Syria.", SUPPORTED),
    # a count given for late afternoon is not one for late morning
    ("By late morning about 400 people had left the Old City.", NOT_ENOUGH_INFO),
    ("By late afternoon about 400 people had left the Old City.", SUPPORTED),
    # "Governorate" beside another name is no Homs province
    ("Aleppo Governorate has 7 districts.", NOT_ENOUGH_INFO),
    ("Homs Governorate has 7 districts.", SUPPORTED),
    # an end refutes no date of a beginning (the eleventh held-out set, read after its run)
    ("The French Mandate over Syria began in 1920.", NOT_ENOUGH_INFO),
    ("The French Mandate ended in 1946.", SUPPORTED),
    # a place beside a date that fits must be where the event puts it ("Zenobia of Palmyra")
    ("In 272 Aurelian defeated Zenobia at Palmyra.", NOT_ENOUGH_INFO),
    ("In 272 Aurelian defeated Zenobia at Emesa.", SUPPORTED),
    ("In 218 Elagabalus took the Roman throne in Palmyra.", NOT_ENOUGH_INFO),
    # session 13: a statement speaks of what its card is described by, for a claim naming it
    ("The bombing of the Baba Amr opposition press centre, where Colvin and Ochlik were, was "
     "widely blamed on the Syrian army.", SUPPORTED),
    ("The January 2024 copy of the Homs Governorate article names Talal al-Barazi as its "
     "governor.", NOT_ENOUGH_INFO),  # a statement of his successor's, whose card names him
    # "more than two years" leaves out all of "nearly two years", which only touches it;
    # the round "two years" of other reports neither backs nor refutes it
    ("The government's siege of the Old City had lasted more than two years when the "
     "evacuation began.", NOT_ENOUGH_INFO),
    ("The siege lasted more than two years.", NOT_ENOUGH_INFO),
    ("The government's siege of the Old City had lasted about two years when the evacuation "
     "began.", SUPPORTED),
    # a day of the week the count is not dated to; a way the distance is not measured
    ("By late afternoon on Thursday about 400 people had left the Old City.", NOT_ENOUGH_INFO),
    ("Homs is 162 km by road from Damascus.", NOT_ENOUGH_INFO),
    ("Homs is 162 km north of Damascus.", SUPPORTED),
    # the province's sentence is not said of "the city of Homs", its namesake
    ("The city of Homs borders Lebanon.", NOT_ENOUGH_INFO),
    ("Homs province borders Lebanon.", SUPPORTED),
    # a voice the claim describes is one a source's note describes so; each statement cites
    # what backs it, so a time AFP gives is no Los Angeles Times report
    ("A German page says the Khalid ibn al-Walid Mosque has two minarets.", NOT_ENOUGH_INFO),
    ("According to a travel blog, the Khalid ibn al-Walid Mosque has two minarets.", SUPPORTED),
    ("The evacuation began at about 10 am, the Los Angeles Times reported.", NOT_ENOUGH_INFO),
    ("The evacuation began at about 10 am, AFP reported.", SUPPORTED),
    # what a clause says of another record ("Al-Nusra Front, which was linked to Al-Qaeda")
    ("Hayat Tahrir al-Sham is linked to Al-Qaeda.", NOT_ENOUGH_INFO),
    ("Al-Nusra Front was linked to Al-Qaeda.", SUPPORTED),
    # a share of a whole, a person, a court's country, a side of the war, a part of the day
    ("In May 2014 all of those trapped by the siege left the city.", NOT_ENOUGH_INFO),
    ("In May 2014 most of those trapped by the siege were taken out of the city.", SUPPORTED),
    ("A US court ordered a $302.5 million judgement in Ochlik's case.", NOT_ENOUGH_INFO),
    ("A US court ordered a $302.5 million judgement in Colvin's case.", SUPPORTED),
    ("A Syrian court found the government culpable in Colvin's death.", NOT_ENOUGH_INFO),
    ("A US court found the Syrian government culpable in Colvin's death.", SUPPORTED),
    ("After the conflict the population of Homs was estimated at 800,000.", NOT_ENOUGH_INFO),
    ("Before the war the population of Homs was estimated at 800,000.", SUPPORTED),
    ("The army withdrew from Homs in the morning of 7 December 2024.", NOT_ENOUGH_INFO),
    ("The army withdrew from Homs on the night of 7 December 2024.", SUPPORTED),
    # a title names no one ("Governor Talal al-Barazi"); the place the base is about frames
    # a body's statement; the one year a sentence gives is the year of all it says
    ("The January 2024 copy of the Homs Governorate article names Namir Habib Makhlouf as "
     "governor.", SUPPORTED),
    ("The UN oversaw the May 2014 evacuation of rebels from Homs.", SUPPORTED),
    ("The UN oversaw the May 2014 evacuation of rebels from Aleppo.", NOT_ENOUGH_INFO),
    ("Russia oversaw the May 2014 evacuation of rebels from Homs.", NOT_ENOUGH_INFO),
    ("The UN oversaw the May 2015 evacuation of rebels from Homs.", NOT_ENOUGH_INFO),
    # a figure of a period is of that time; of equal figures, the label that says least
    # besides backs a claim (the city's census, not the metropolitan area's), never refutes
    ("In the 12th century Homs had about 7,000 inhabitants.", SUPPORTED),
    ("In the 12th century Homs had about 70,000 inhabitants.", REFUTED),
    ("In 1150 Homs had about 7,000 inhabitants.", NOT_ENOUGH_INFO),
    ("Syria's Central Bureau of Statistics counted 652,609 people in Homs in its 2004 census.",
     SUPPORTED),
    ("In 2004 Homs had 1,200,000 inhabitants.", NOT_ENOUGH_INFO),
    # a review's traps (session 13): a hedge that stops at the source's own value, or names
    # another number as written, backs nothing
    ("The siege killed at least 2,200 people.", NOT_ENOUGH_INFO),
    ("The siege killed nearly 2,200 people.", NOT_ENOUGH_INFO),
    ("The siege killed up to 2,200 people.", NOT_ENOUGH_INFO),
    ("The siege killed about 2,000 people.", NOT_ENOUGH_INFO),
    ("The siege killed about 2,200 people.", SUPPORTED),
    ("The siege killed more than 2,000 people.", SUPPORTED),
    ("Homs had roughly 70,000 inhabitants in 1907.", NOT_ENOUGH_INFO),
    ("Homs had roughly 65,000 inhabitants in 1907.", SUPPORTED),
    ("Two Western journalists died in Homs in February 2012, both American.", REFUTED),
    # a count of other people, another act, another voice, time of day, place or time, or
    # the time between two happenings refutes nothing
    ("Hundreds of civilians were killed in Homs in February 2012.", NOT_ENOUGH_INFO),
    ("Four journalists were wounded in Homs on 22 February 2012.", NOT_ENOUGH_INFO),
    ("Two soldiers were killed in Homs on 9 May 2014.", NOT_ENOUGH_INFO),
    ("About 980 people were evacuated on the first day, the governor said.", NOT_ENOUGH_INFO),
    ("The Syrian Observatory said 222 people had left by early afternoon.", NOT_ENOUGH_INFO),
    ("Aleppo is 192 km north of Homs.", NOT_ENOUGH_INFO),
    ("The Old City evacuees were bussed to Dar al-Kebira, around 50 km from Homs.", REFUTED),
    ("At least 17 rebels were killed in Baba Amr in March 2012.", NOT_ENOUGH_INFO),
    ("Rebels seized Baba Amr from the army in March 2012.", REFUTED),
    ("The rebels in the Old City numbered 3,000 in 2013.", NOT_ENOUGH_INFO),
    ("Homs fell to the rebels about ten years after the Old City was evacuated.",
     NOT_ENOUGH_INFO),
    ("The evacuation began at about 7 am GMT.", NOT_ENOUGH_INFO),  # 0700 GMT: not refuted
    # the day of the week of a death, not a newspaper's name; the start or end of a day;
    # a voice written with a possessive; a rank of another city than the claim's
    ("Marie Colvin was killed in Homs on a Thursday.", REFUTED),
    ("Marie Colvin was killed in Homs on a Wednesday.", SUPPORTED),
    ("Marie Colvin was on assignment for the Sunday Times when she was killed in Homs.",
     NOT_ENOUGH_INFO),
    ("Rebels announced full control of Homs late on Sunday 8 December 2024.", NOT_ENOUGH_INFO),
    ("Rebels announced full control of Homs early on Sunday 8 December 2024.", SUPPORTED),
    ("A tour operator's page says the mosque was built in 636.", NOT_ENOUGH_INFO),
    ("Aleppo is the third-largest city in Syria, after Homs and Damascus.", NOT_ENOUGH_INFO),
    ("Syria's third-largest city is Homs.", SUPPORTED),
    # a second review (session 13): a nationality in brackets or "from"; "exactly" a length
    # in whole years; a one-sided hedge at a one-sided source's edge; a rate; a figure of
    # some of the people counted; a voice that only shares words with the one the base has
    ("Colvin (France) and Ochlik (US) killed in Homs, Feb 22 2012", REFUTED),
    ("Remi Ochlik (American) was killed in Homs on 22 February 2012.", REFUTED),
    ("Marie Colvin, from France, and Remi Ochlik, from the United States, were killed in "
     "Homs on 22 February 2012.", REFUTED),
    ("Colvin (US) was killed in Homs on 22 February 2012.", SUPPORTED),
    ("Assad had ruled for precisely 24 years when rebels took Homs.", NOT_ENOUGH_INFO),
    ("The siege of Homs lasted at least two years.", NOT_ENOUGH_INFO),
    ("The siege killed about 1,100 people a year on average.", NOT_ENOUGH_INFO),
    ("Four journalists were killed in Homs on 22 February 2012.", NOT_ENOUGH_INFO),
    ("Three Western journalists were killed in Homs on 22 February 2012.", REFUTED),
    ("The siege killed around 2,200 people, according to Human Rights Watch.", NOT_ENOUGH_INFO),
    ("The siege killed around 2,200 people, according to the Britain-based Syrian "
     "Observatory.", SUPPORTED),
    ("The US court estimated the siege death toll at 2,200.", NOT_ENOUGH_INFO),
    ("A US court ordered a €302.5 million judgement against the Syrian government.",
     NOT_ENOUGH_INFO),  # the source's dollars
    ("The Khalid ibn al-Walid Mosque is the oldest mosque in Syria.", NOT_ENOUGH_INFO),
    # the held-out sets 12 and 13, read after their runs: a count taken as given, a place the
    # claim does not name, a source the figure does not come from
    ("Most of the first 600 evacuees were children.", NOT_ENOUGH_INFO),
    ("The infoboxes give the city proper an area of 48 km2.", NOT_ENOUGH_INFO),
    ("The governorate's area is given as between 10,000 and 12,000 km2.", REFUTED),
    ("The 2005 estimate of 750,000 residents came from the United Nations.", NOT_ENOUGH_INFO),
    # a third review: an event dated only as one page dates it; a share of a scale
    ("The Khalid ibn al-Walid Mosque was first built in 636.", NOT_ENOUGH_INFO),
    # a quarter of a billion is $250 million, which the $302.5 million is over (session 16:
    # "quarter" is read as a word of the number, no longer as a part the source must say)
    ("The Colvin judgement was over a quarter of a billion dollars.", SUPPORTED),
    ("The Colvin judgement was over half a billion dollars.", REFUTED),
    ("The present Khalid ibn al-Walid Mosque was built in 1910.", NOT_ENOUGH_INFO),  # 1908-13
    ("The present Khalid ibn al-Walid Mosque was built in the 1950s.", REFUTED),
    ("The siege lasted 730 days.", NOT_ENOUGH_INFO),  # the sources count years
    ("About 1,200 people were believed to be in the Old City, according to the BBC.",
     NOT_ENOUGH_INFO),  # the Observatory's count; the BBC's is 2,000
    ("About 1,200 people were believed to be in the Old City, according to the SOHR.",
     SUPPORTED),
    # "born in Mecca", a place the base does not hold, backs no "born in Homs"
    ("Khalid ibn al-Walid was born in Homs in 592.", NOT_ENOUGH_INFO),
    ("Khalid ibn al-Walid was born in Mecca in 592.", SUPPORTED),
])
def test_words_people_use_and_the_counts_they_give(claim: str, expected: str) -> None:
    assert Checker(load()).check(claim)["verdict"] == expected



@pytest.mark.parametrize(("text", "times"), [
    ("at about 10 am (0700 GMT)", [("local", 600, True), ("gmt", 420, False)]),
    ("around 10 p.m.", [("local", 1320, True)]),
    ("at ten in the morning", [("local", 600, False)]),
    ("at 7 o'clock in the evening", [("local", 1140, False)]),
    ("12 am", [("local", 0, False)]),
    ("in 2014, 10 people", []),
])
def test_times_of_day_as_people_write_them(text: str, times: list[tuple[str, int, bool]]
                                           ) -> None:
    from homsfacts.check.clock import clock_times

    assert [(time.zone, time.minutes, time.hedged) for time in clock_times(text)] == times


def test_what_was_read_shows_the_sentence_that_settled_it() -> None:
    result = run("check", "The Old City evacuation began at around 7 am.", "--json")
    (clock,) = result.json()["found"]["quantities"]
    assert (clock["text"], clock["compared_with"], clock["result"]) == (
        "7 am", "the sentence", REFUTED)
    born = Checker(load()).check("Khalid ibn al-Walid was born in Mecca in 592.")
    assert [date["result"] for date in born["found"]["dates"]] == [SUPPORTED]
    assert "Mecca" in born["found"]["sentence"]
