"""Session 9's rules of ``check`` (issue 21), each on a base built for it, through the reader,
the core and once through the command line:

- lengths and areas are quantities with units ("501 metres", "162 km", "48 sq km"), "m"
  after a number is metres unless money or people follow, and a percentage is a share;
- a year before 1900 is a date after a word of time ("in 1516"), not before a noun it
  counts ("in 300 buses") nor in "around 400 of the 1,200";
- "did not ... until 2014" dates the act in 2014;
- a claim whose plain number only rounds an exact figure ("160 km" for 162) is not supported;
- whom an act befell made its doer ("Zenobia defeated Aurelian") is refuted;
- a date is compared only with an event that states the act its clause states ("born ... in
  592" is not the building of a mosque), and a claim stating no act does not refute a deed;
- a claim about what stands today is not supported by an event that does not say so;
- the owner of a noun is compared by its meaning ("forerunner" and "precursor");
- a claim that puts another direction, end of a scale or country where the source puts its
  own is refuted ("the smallest governorate", "south of Damascus", "a French court"), and
  one that names a country the source does not is not-enough-info;
- quarters and halves of a year are dates with edges of their own; "a third convoy" is an
  ordinal, "a third of" a share; a hedge the claim adds ("thought to have") needs no source;
  "ruled that" is a finding, "took to calling" no taking; the parts of a claim joined by
  "and" are placed in the sentence each on its own;
- a birth, burial or base in another place than the source's is refuted ("born in Medina"
  against "born in Mecca"), even where the base knows no such place;
- a claim whose numbers no figure or event is about rests on one sentence that speaks to
  every part and writes each number as the claim does;
- "became emperor" and "takes the throne" are one act; a group given one nationality where
  the base gives one of them another is refuted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from homsfacts import load
from homsfacts.base.dates import day_iso
from homsfacts.base.store import FactBase
from homsfacts.check import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Checker
from homsfacts.check.reader import read

from .conftest import Raw, citation, entity, event, figure, minimal, run, write


def statement(text: str) -> Raw:
    return Raw(f'{{ text = "{text}", sources = [{citation().text}] }}')


BASE = minimal(
    entity("syria", "Syria", "country")
    + entity("homs", "Homs", "city", located_in="syria", statements=[
        statement("About 20,000 Armenians settled around it early in the 20th century."),
        statement("Early in the war activists dubbed it the capital of the revolution.")])
    + entity("waer", "Waer", "district", located_in="homs")
    + entity("press-centre", "Opposition press centre", "site", located_in="baba-amr")
    + event("waer-retaken", "2016-05", "Government forces retake Waer.", places=["waer"])
    + entity("damascus", "Damascus", "city", located_in="syria")
    + entity("baba-amr", "Baba Amr", "district", located_in="homs")
    + entity("khalid", "Khalid ibn al-Walid", "person", description="Early Muslim commander.",
             statements=[statement("Born in Mecca in 592, he led Muslim armies.")])
    + entity("mecca", "Mecca", "city")
    + entity("elagabalus", "Elagabalus", "person", description="A Roman emperor.")
    + event("elagabalus-emperor", "0218", "Elagabalus, born in Emesa, takes the Roman throne.",
            entities=["elagabalus"], agents=["elagabalus"])
    + entity("ochlik", "Remi Ochlik", "person", description="A French photographer.")
    + event("journalists-killed", "2012-02-22", "Marie Colvin and Remi Ochlik are killed in "
            "Homs.", entities=["colvin", "ochlik"], places=["homs"])
    + figure("killed-count", 2, label="Western journalists killed in Homs",
             about=["journalists-killed"])
    + entity("mosque", "Khalid ibn al-Walid Mosque", "site", located_in="homs")
    + entity("hts", "Hayat Tahrir al-Sham", "group", aliases=["HTS"],
             statements=[statement("Al-Nusra Front, linked to Al-Qaeda, was its precursor.")])
    + entity("al-nusra", "Al-Nusra Front", "group", description="An armed group.")
    + entity("province", "Homs Governorate", "province", located_in="syria",
             description="Syria's largest governorate by area, with Homs as its capital; "
                         "it borders Lebanon and Iraq.")
    + entity("monitor", "Syrian Observatory for Human Rights", "organisation",
             description="A Britain-based monitor of the war.")
    + entity("syrian-government", "Syrian government", "organisation")
    + entity("us-court", "US court", "organisation", description="A court in Washington.")
    + entity("colvin", "Marie Colvin", "person", description="An American journalist.")
    + entity("united-states", "United States", "country", aliases=["US"])
    + event("judgement", "2019", "A US court finds the Syrian government culpable in the "
            "death of Marie Colvin.", entities=["us-court", "colvin", "syrian-government"])
    + figure("distance", 162, label="Distance from Homs north of Damascus", unit="km",
             about=["homs", "damascus"])
    + figure("elevation", 501, label="Elevation of Homs above sea level", unit="m",
             about=["homs"])
    + event("ottomans", "1516", "Homs passes to the Ottomans.", places=["homs"])
    + event("zenobia-defeated", "0272",
            "At Emesa the Roman emperor Aurelian defeats Queen Zenobia of Palmyra.",
            places=["homs"])
    + event("mosque-mamluk", "1265",
            "A larger mosque is built at the tomb of Khalid ibn al-Walid.",
            entities=["khalid"], places=["mosque"])
    + event("present-mosque", "1908/1913", "The present mosque is built.", places=["mosque"])
    + event("army-retakes", "2012-03", "The army retakes Baba Amr.", entities=[],
            places=["baba-amr"]))


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> FactBase:
    return load(write(tmp_path_factory.mktemp("measures"), BASE))


@pytest.mark.parametrize(("text", "unit", "value"), [
    ("Homs stands 501 metres above sea level", "m", 501),
    ("501 m above sea level", "m", 501),
    ("some 162 km north of Damascus", "km", 162),
    ("about 20 kilometres from Homs", "km", 20),
    ("an area of 48 km2", "km2", 48),
    ("48 square kilometres", "km2", 48),
    ("48 sq km", "km2", 48),
    ("two buses left", "buses", 2),
    ("a $302.5m judgement", "USD", 302_500_000),
    ("2.5m people", "people", 2_500_000),
    ("men made up 51.5% of it", "share", 0.515),
    ("20 per cent of them", "share", 0.2),
    ("more than a million inhabitants", "people", 1_000_000),
])
def test_units_of_length_area_and_share(text: str, unit: str, value: float) -> None:
    quantities = read(text).quantities
    assert [(quantity.unit, quantity.value) for quantity in quantities] == [
        (unit, pytest.approx(value))]


@pytest.mark.parametrize(("text", "years", "numbers"), [
    ("Homs passed into Ottoman hands in 1516.", ["1516"], []),
    ("Aurelian defeated Zenobia at Emesa in 272, says Britannica", ["0272"], []),
    ("It was taken since 636 and", ["since 0636"], []),
    ("They rode in 300 buses", [], ["300 buses"]),
    ("around 400 of the 1,200 had left", [], ["around 400", "1,200"]),
    ("in 2,200 homes", [], ["2,200 homes"]),
])
def test_early_years_after_a_word_of_time(text: str, years: list[str], numbers: list[str]
                                          ) -> None:
    reading = read(text)
    assert [date.iso for date in reading.dates] == years
    assert [quantity.text for quantity in reading.quantities] == numbers


@pytest.mark.parametrize(("text", "iso", "reach"), [
    ("in the first quarter of 2012", "2012-01/2012-03", ("2012-01-01", "2012-03-31")),
    ("in the first half of 2016", "2016-01/2016-06", ("2016-01-01", "2016-06-30")),
    ("the last quarter of 2014", "2014-10/2014-12", ("2014-10-01", "2014-12-31")),
])
def test_quarters_and_halves_of_a_year(text: str, iso: str, reach: tuple[str, str]) -> None:
    (date,) = read(text).dates
    assert date.iso == iso
    assert tuple(map(day_iso, date.reach())) == reach


def test_a_third_before_a_noun_is_an_ordinal_and_before_of_a_share() -> None:
    assert read("a third convoy would leave").quantities == []
    (share,) = read("a third of the people left").quantities
    assert share.unit == "share"


def test_not_until_dates_the_act_itself() -> None:
    (date,) = read("The army did not retake Baba Amr until 2014.").dates
    assert date.iso == "2014"
    (before,) = read("The army held Baba Amr until 2014.").dates
    assert before.iso == "until 2014"


@pytest.mark.parametrize(("claim", "expected"), [
    ("Homs lies 162 km north of Damascus.", SUPPORTED),
    ("Homs lies about 160 km north of Damascus.", SUPPORTED),
    ("Homs lies 160 kilometres north of Damascus.", NOT_ENOUGH_INFO),
    ("Homs lies 501 km north of Damascus.", REFUTED),
    ("Homs stands 501 metres above sea level.", SUPPORTED),
    ("Homs stands some 1,501 metres above sea level.", REFUTED),
    ("Homs passed to the Ottomans in 1516.", SUPPORTED),
    ("Homs passed to the Ottomans in 1616.", REFUTED),
    ("Aurelian defeated Zenobia at Emesa in 272.", SUPPORTED),
    ("Zenobia defeated Aurelian at Emesa in 272.", REFUTED),
    ("The army did not retake Baba Amr until March 2012.", SUPPORTED),
    ("The army did not retake Baba Amr until 2014.", REFUTED),
    ("Khalid ibn al-Walid, whose tomb is in the mosque, was born in Mecca in 592.",
     NOT_ENOUGH_INFO),
    ("The tomb of Khalid ibn al-Walid dates from the 11th century.", NOT_ENOUGH_INFO),
    ("The mosque at the tomb of Khalid ibn al-Walid was built in 1265.", SUPPORTED),
    ("The mosque that stands today at the tomb of Khalid ibn al-Walid was built in 1265.",
     NOT_ENOUGH_INFO),
    ("Men made up 51.5% of the people of Homs in 2004.", NOT_ENOUGH_INFO),
    ("Hayat Tahrir al-Sham's forerunner was the Al-Nusra Front.", SUPPORTED),
    ("Hayat Tahrir al-Sham was the forerunner of the Al-Nusra Front.", NOT_ENOUGH_INFO),
    ("Homs Governorate is Syria's largest governorate.", SUPPORTED),
    ("Homs Governorate is Syria's smallest governorate.", REFUTED),
    ("Homs Governorate is not Syria's largest governorate.", REFUTED),
    ("Homs Governorate borders Jordan.", NOT_ENOUGH_INFO),  # two countries: which one?
    ("The Syrian Observatory for Human Rights is a Britain-based monitor.", SUPPORTED),
    ("The Syrian Observatory for Human Rights is a France-based monitor.", REFUTED),
    ("Homs lies about 162 km south of Damascus.", REFUTED),
    ("In 2019 a US court found the Syrian government culpable in Colvin's death.", SUPPORTED),
    ("In 2019 a French court found the Syrian government culpable in Colvin's death.",
     REFUTED),
    # "in France" says where: a place the base does not hold
    ("In 2019 a court in France found the Syrian government culpable in Colvin's death.",
     NOT_ENOUGH_INFO),
    ("In 2019 a court found the Russian government culpable in Colvin's death.",
     REFUTED),  # the government it found culpable is the Syrian one
    ("In 2019 a US court, backed by Russia, found the Syrian government culpable.",
     NOT_ENOUGH_INFO),
    ("The army retook Baba Amr in the first quarter of 2012.", SUPPORTED),
    ("The army retook Baba Amr in the second half of 2012.", REFUTED),
    ("In 2019 a US court ruled that the Syrian government was culpable in Colvin's death.",
     SUPPORTED),
    ("Homs was thought to lie 162 km north of Damascus.", SUPPORTED),
    ("The Syrian Observatory for Human Rights is a monitor of the war and is Britain-based.",
     SUPPORTED),
    ("Khalid ibn al-Walid was born in Mecca.", SUPPORTED),
    ("Khalid ibn al-Walid was born in Damascus.", REFUTED),  # both places of the base
    ("Khalid ibn al-Walid was born in Medina.", NOT_ENOUGH_INFO),  # a place it lacks
    ("Khalid ibn al-Walid was born in the city of Damascus.", REFUTED),
    ("Khalid ibn al-Walid was born in Mecca in 592.", SUPPORTED),
    ("Khalid ibn al-Walid was born in Mecca in 593.", REFUTED),  # born once
    ("Khalid ibn al-Walid was born in Mecca in 592 and led Muslim armies.", SUPPORTED),
    ("About 20,000 Armenians settled around Homs.", SUPPORTED),
    ("Exactly 20,000 Armenians settled around Homs.", NOT_ENOUGH_INFO),
    ("About 30,000 Armenians settled around Homs.", NOT_ENOUGH_INFO),
    ("Elagabalus became Roman emperor in AD 218.", SUPPORTED),
    ("Elagabalus became Roman emperor in AD 272.", REFUTED),
    ("Two Western journalists were killed in Homs in February 2012.", SUPPORTED),
    ("Two French journalists were killed in Homs in February 2012.", REFUTED),
    ("Homs lies some 100 miles north of Damascus.", SUPPORTED),
    ("Homs lies 100 miles north of Damascus.", SUPPORTED),  # a conversion is no exact count
    ("Homs lies some 300 miles north of Damascus.", REFUTED),
    ("HTS's forerunner was the Al-Nusra Front.", SUPPORTED),
    ("Hayat Tahrir al-Sham was thought to be the forerunner of the Al-Nusra Front.",
     NOT_ENOUGH_INFO),
    ("Al-Nusra Front, it was thought, was the precursor of Hayat Tahrir al-Sham.", SUPPORTED),
    ("Early in the war activists took to calling Homs the capital of the revolution.",
     SUPPORTED),
    ("Damascus retook Waer in May 2016.", SUPPORTED),  # the capital for its government
    ("Damascus retook Waer in May 2015.", REFUTED),
    # a country before a noun says whose, not where: the death stays in Homs
    ("A US journalist, Marie Colvin, was killed in Homs in February 2012.", SUPPORTED),
    ("Marie Colvin was killed in Damascus in February 2012.", REFUTED),
    ("The army took Baba Amr back in March 2012.", SUPPORTED),
    ("Syrian forces retook Baba Amr in March 2013.", REFUTED),
    ("In 2019 an American court found the Syrian government culpable in Colvin's death.",
     SUPPORTED),
    ("Homs stands 1,644 ft above sea level.", SUPPORTED),  # 501 m, converted
    ("Homs stands 5,000 ft above sea level.", REFUTED),
    ("Prior to 1516 Homs was not under the Ottomans.", NOT_ENOUGH_INFO),  # no name "Prior"
])

def test_measures_years_and_roles(measured: FactBase, claim: str, expected: str) -> None:
    result = Checker(measured).check(claim)
    assert result["verdict"] == expected, result["reason"]


def test_a_rounded_number_says_why_it_is_not_supported(measured: FactBase) -> None:
    result = Checker(measured).check("Homs lies 160 kilometres north of Damascus.")
    assert "exactly" in result["reason"]
    assert "rounds" in result["reason"]
    assert [record["id"] for record in result["evidence"]] == ["distance"]


def test_the_command_line_refutes_a_length_and_a_swapped_role(tmp_path: Path) -> None:
    path = write(tmp_path, BASE)
    length = run("--data", str(path), "check", "--json", "Homs lies 501 km north of Damascus.")
    swapped = run("--data", str(path), "check", "--json",
                  "Zenobia defeated Aurelian at Emesa in 272.")
    assert (length.exit_code, swapped.exit_code) == (1, 1)
    found = json.loads(length.stdout)
    assert found["verdict"] == REFUTED
    assert found["found"]["quantities"][0]["unit"] == "km"
    assert json.loads(swapped.stdout)["reason"].startswith("The claim has Aurelian as whom")


def test_a_place_is_named_by_a_common_word_only_where_written_as_a_name(
        measured: FactBase) -> None:
    names = Checker(measured)._sentences.names
    assert "press-centre" in names.in_claim(read("The Opposition press centre was bombed."))
    assert "press-centre" not in names.in_claim(read("Homs was a centre of the opposition."))
    assert "us-court" in names.in_claim(read("The court ruled in 2019."))


def test_words_of_any_script_are_words() -> None:
    assert "ḥimṣ" in read("The Muslims renamed it Ḥimṣ in 636.").words
