"""Session 10's reading of claims that say two things (issue 21), through the reader, the
core and once through the command line:

- a name described in passing ("Al-Nusra Front, the forerunner of HTS, carried out ...",
  "Remi Ochlik, who died in Homs, was ...") is checked as the main clause and the
  description, each on its own: supported when both are, refuted when either is; a clause
  of where or when is not read, so it may only be refuted by its main clause;
- a compound ("Al-Qaeda-linked") may stand in the sentence the other way round ("linked to
  Al-Qaeda");
- words people use for the sources' own (shares a border / borders, hub / centre, bastion /
  stronghold, deserters / defectors, transferred / moved);
- a year a sentence writes of one clause ("from Mardin in 1933 and on to Damascus in 1959")
  does not date a move to or from a place of another clause;
- for a quantity counted over time, only the values of the claim's time are its evidence,
  and only their sources give it the voice it claims."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from homsfacts import load
from homsfacts.base.store import FactBase
from homsfacts.check import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Checker
from homsfacts.check.apposition import split
from homsfacts.check.moves import misplaced_year

from .conftest import Raw, citation, entity, event, figure, minimal, run, write


def statement(text: str) -> Raw:
    return Raw(f'{{ text = "{text}", sources = [{citation().text}] }}')


BASE = minimal(
    entity("homs", "Homs", "city", statements=[
        statement("It is an important commercial hub and has an oil refinery.")])
    + entity("lebanon", "Lebanon", "country") + entity("iraq", "Iraq", "country")
    + entity("province", "Homs Governorate", "province", aliases=["Homs province"],
             description="The largest governorate by area; it borders Lebanon and Iraq.")
    + entity("baba-amr", "Baba Amr", "district", located_in="homs",
             description="Neighbourhood of Homs that was for a time the stronghold of the Free "
                         "Syrian Army.")
    + entity("fsa", "Free Syrian Army", "group", aliases=["FSA"],
             description="Loosely organised rebel force of army defectors and civilians.")
    + entity("hts", "Hayat Tahrir al-Sham", "group", aliases=["HTS"], statements=[
        statement("Al-Nusra Front, which was linked to Al-Qaeda, was its precursor.")])
    + entity("al-qaeda", "Al-Qaeda", "group")
    + entity("nusra", "Al-Nusra Front", "group", description="An armed group.")
    + entity("alawites", "Alawite community", "group", aliases=["Alawites"], statements=[
        statement("Al-Nusra Front carried out deadly attacks on the community in Homs.")])
    + entity("damascus", "Damascus", "city")
    + entity("ochlik", "Remi Ochlik", "person", description="French journalist, killed in "
             "Homs on 22 February 2012.")
    + entity("colvin", "Marie Colvin", "person", description="American journalist.")
    + event("journalists-killed", "2012-02-22", "Marie Colvin and Remi Ochlik are killed in "
            "Homs.", entities=["colvin", "ochlik"], places=["homs"])
    + figure("rank", 3, label="Homs's rank among Syria's cities", unit="rank",
             about=["homs"])
    + entity("patriarchate", "Syriac Patriarchate", "organisation")
    + event("patriarchate-in-homs", "1933/1959", "The Syriac Patriarchate has its seat in "
            "Homs, moved there from Mardin in 1933 and on to Damascus in 1959.",
            entities=["patriarchate"], places=["homs", "damascus"])
    + event("census-2004", "2004", "A census counts the people of Homs.", places=["homs"])
    + figure("population-2004", 652_609, label="Inhabitants of Homs in the 2004 census",
             as_of="2004", about=["homs"], attribution="the census of the Central Bureau "
             "of Statistics", measures="population", rank="normal")
    + figure("population-2017", 775_404, label="Inhabitants of Homs in 2017", as_of="2017",
             about=["homs"], measures="population", rank="preferred",
             rank_reason="The latest."))


@pytest.fixture(scope="module")
def described(tmp_path_factory: pytest.TempPathFactory) -> FactBase:
    return load(write(tmp_path_factory.mktemp("two-parts"), BASE))


@pytest.mark.parametrize(("claim", "parts"), [
    ("Al-Nusra Front, the forerunner of HTS, carried out attacks.",
     ("Al-Nusra Front carried out attacks.", "Al-Nusra Front was the forerunner of HTS.")),
    ("Baba Amr was the bastion of the FSA, a ragtag force of defectors.",
     ("Baba Amr was the bastion of the FSA.", "FSA was a ragtag force of defectors.")),
    ("HTS chief Abu Mohammed al-Golani, the leader of the offensive, hailed the capture.",
     ("HTS chief Abu Mohammed al-Golani hailed the capture.",
      "Abu Mohammed al-Golani was the leader of the offensive.")),
    ("Remi Ochlik, who died in Homs, was an Italian journalist.",
     ("Remi Ochlik was an Italian journalist.", "Remi Ochlik died in Homs.")),
    ("Khalid ibn al-Walid, whose tomb lies in Homs, was born in Mecca.",
     ("Khalid ibn al-Walid was born in Mecca.", None)),  # "whose" is not read
    ("Dar al-Kebira, where the evacuees went, was a rebel town.",
     ("Dar al-Kebira was a rebel town.", None)),
    ("Homs, Syria's second city, fell.", ("Homs fell.", "Homs was Syria's second city.")),
    ("The government, not the rebels, took back Waer.", ("The government took back Waer.",
                                                         None)),
    ("In May 2014, the rebels, a ragtag force, left.", None),
    ("Homs, which is the third city, fell.", ("Homs fell.", "Homs is the third city.")),
    ("Homs, Syria, is a city.", None),
])
def test_a_name_described_in_passing_is_split(claim: str,
                                              parts: tuple[str, str | None] | None) -> None:
    found = split(claim)
    assert (None if found is None else (found.main, found.description)) == parts
    assert found is None or not found.conjoined


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Al-Nusra Front, the Al-Qaeda-linked forerunner of HTS, carried out deadly attacks on "
     "Alawites in Homs.", SUPPORTED),
    ("Al-Nusra Front, the forerunner of Al-Qaeda, carried out deadly attacks on Alawites "
     "in Homs.", NOT_ENOUGH_INFO),
    ("For a time Baba Amr was the bastion of the FSA, a ragtag force of army deserters and "
     "civilians.", SUPPORTED),
    ("Homs province shares borders with both Lebanon and Iraq.", SUPPORTED),
    ("Homs is a major commercial centre and has an oil refinery.", SUPPORTED),
    ("The Syriac Patriarchate was transferred to Homs from Mardin in 1933.", SUPPORTED),
    ("The Syriac Patriarchate was transferred from Mardin to Homs in 1959.", NOT_ENOUGH_INFO),
    ("The Syriac Patriarchate moved from Homs to Damascus in 1933.", NOT_ENOUGH_INFO),
    ("The Syriac Patriarchate moved to Homs in 1933, and on to Damascus in 1959.", SUPPORTED),
    ("Homs had 775,404 inhabitants in 2017.", SUPPORTED),
    ("According to the Central Bureau of Statistics, Homs had 775,404 inhabitants in 2017.",
     NOT_ENOUGH_INFO),
    ("Homs had 900,000 inhabitants in 2017.", REFUTED),
    ("Remi Ochlik, who died in Homs alongside Marie Colvin, was an Italian journalist.",
     REFUTED),
    ("Remi Ochlik, who died in Homs alongside Marie Colvin, was a French journalist.",
     SUPPORTED),
    ("Homs, Syria's second city, lies on a river.", REFUTED),
    ("Baba Amr, where the FSA had its stronghold, lies in Homs.", NOT_ENOUGH_INFO),
    ("Remi Ochlik, an American reporter, was killed alongside Marie Colvin in Homs.",
     REFUTED),
])
def test_claims_that_say_two_things(described: FactBase, claim: str, verdict: str) -> None:
    assert Checker(described).check(claim)["verdict"] == verdict


def test_a_part_refuted_refutes_the_claim(described: FactBase) -> None:
    result = Checker(described).check(
        "Homs had 900,000 inhabitants in 2017, a count of the Central Bureau of Statistics.")
    assert result["verdict"] == REFUTED


def test_a_value_of_another_time_is_no_evidence(described: FactBase) -> None:
    result = Checker(described).check("Homs had 775,404 inhabitants in 2017.")
    assert [record["id"] for record in result["evidence"]] == ["population-2017"]


def test_the_year_of_a_clause() -> None:
    sentence = ("It has its seat in Homs, moved there from Mardin in 1933 and on to Damascus "
                "in 1959.")
    assert misplaced_year("It moved to Homs in 1933.", "1933", sentence) == ""
    assert "does not name Homs" in misplaced_year("It moved to Homs in 1959.", "1959", sentence)
    assert misplaced_year("It moved to Aleppo in 1959.", "1959", sentence) == ""  # unnamed


def test_the_command_line_reads_both_parts(tmp_path: Path) -> None:
    path = write(tmp_path, BASE)
    result = run("--data", str(path), "check", "--json",
                 "Al-Nusra Front, the Al-Qaeda-linked forerunner of HTS, carried out deadly "
                 "attacks on Alawites in Homs.")
    answer = json.loads(result.stdout)
    assert (result.exit_code, answer["verdict"]) == (0, SUPPORTED)
    assert answer["found"]["parts"] == [
        "Al-Nusra Front carried out deadly attacks on Alawites in Homs.",
        "Al-Nusra Front was the Al-Qaeda-linked forerunner of HTS."]
    assert {record["id"] for record in answer["evidence"]} == {"alawites", "hts"}
