"""Session 22's rules of ``check`` (issue 21) and ``ask`` (issue 23):

- a count that writes no unit after it takes the unit its words imply
  (:mod:`homsfacts.check.implied`): a measure named before it ("the median age was 24") or
  the unit of the count it follows across a gap with no verb ("76 square kilometres and
  the metropolitan area 104");
- a city's rank ("third city") is not compared with the rank of something that is no city
  (a governorate's rank by area);
- "X was retaken" is a passive, not a description of what X is;
- a claim that names the outlet that put a piece out, as doer or after "by" ("Trend News
  Agency published a Los Angeles Times report ... on 8 May 2014", "... was republished by
  Hathalyoum"), or the piece's title in quotation marks, is read against the source's record
  (:mod:`homsfacts.check.publishing`); "the version of" a date dates a copy; a web address
  without its first part ("hathalyoum.net") and the Internet Archive that captured a copy
  name its outlet;
- from the session's review: only an archive captures (its copy's date is the capture's, so
  no outlet published it then); what a page carries refutes no claim that its outlet put
  out another's piece; "a report on Homs" may be any the outlet put out, so the date of the
  one the base holds refutes nothing; "the Homs Governorate article" is the piece with that
  title; a bare area ("the metropolitan area of Homs is 104") is in square kilometres; a
  rank by population is no rank by area;
- two counts, the second with the first's verb and unit left out ("The conflict was 13
  years old and Assad's rule 24"), are read as two claims, each count against the figure
  of its own clause;
- "by the monitor's count" (or estimate, tally, toll) is a voice, as "according to the
  monitor" is, and no doer of what the claim counts;
- "telephone" and "phone" code are the dialling code, "dialing" is "dialling";
- ask: "on what night" asks when; "mention" asks nothing; a kind the base has no word for
  ("which body") asks a kind, not a word;
- ask: who put a piece out, its title, which paper's report an outlet carried and when an
  outlet put a piece out are answered with the source's record."""

from __future__ import annotations

import pytest

from homsfacts.base.store import FactBase
from homsfacts.check import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Checker
from homsfacts.check.acts import acts
from homsfacts.check.apposition import split
from homsfacts.check.ask import ask
from homsfacts.check.outlets import outlet_names
from homsfacts.check.publishing import publishing
from homsfacts.check.quantity import AREA_OR_PEOPLE
from homsfacts.check.reader import read
from tests.conftest import verdict_of
from tests.test_ask import answered_ids


def sure_answer(base: FactBase, question: str) -> str | None:
    """The id of the record ``ask`` answers a question with, sure; None where it is not."""
    result = ask(base, question)
    return answered_ids(result)[0] if result["sure"] else None


@pytest.mark.parametrize(("claim", "units"), [
    ("The median age in Homs at the 2004 census was 24.", ["median"]),
    ("On the first day the average was 300.", ["average"]),
    # another count between: the measure is that count's, not this one's
    ("The density was 43 per km2 and 1,803,000 lived there.", [None]),
    ("The urban area of Homs is 76 square kilometres and the metropolitan area 104.",
     ["km2", "km2"]),
    # a verb of its own: the second count may be of another kind
    ("The urban area is 76 square kilometres and 104 people were left.", ["km2", "people"]),
    ("The urban area is 76 square kilometres and the city had 104.", ["km2", None]),
    # a noun after it is its own unit
    ("The city covers 76 square kilometres, and the camp 104 buses.", ["km2", "buses"]),
    ("About 1,200 fighters left, and about 400 civilians.", ["people", "people"]),
])
def test_a_bare_count_takes_the_unit_its_words_imply(claim: str, units: list[str | None]
                                                     ) -> None:
    assert [quantity.unit for quantity in read(claim).quantities] == units


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The median age in Homs at the 2004 census was 24.", NOT_ENOUGH_INFO),
    ("The average age in Homs at the 2004 census was 652,609.", NOT_ENOUGH_INFO),
    ("The urban area of Homs is 76 square kilometres and the metropolitan area 104.",
     SUPPORTED),
    ("Homs had 652,609 inhabitants in the 2004 census.", SUPPORTED),
    ("Homs Governorate had 1,803,000 inhabitants in 2011, a density of 43 per km2.",
     SUPPORTED),
])
def test_implied_units_in_verdicts(base: FactBase, claim: str, verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Homs is both Syria's third city and, by area, the capital of its largest governorate.",
     NOT_ENOUGH_INFO),
    ("Homs is Syria's third city.", SUPPORTED),
    ("Homs is Syria's fourth city.", REFUTED),
    ("Homs Governorate is Syria's largest governorate by area.", SUPPORTED),
])
def test_a_city_rank_is_no_governorate_rank(base: FactBase, claim: str, verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Waer was retaken.", SUPPORTED),
    ("Waer was retaken by the government.", SUPPORTED),
    ("Waer was retaken by Iran.", NOT_ENOUGH_INFO),
    ("Aleppo was retaken.", NOT_ENOUGH_INFO),
])
def test_a_passive_is_no_description(base: FactBase, claim: str, verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Trend News Agency published a Los Angeles Times report on the Homs evacuation on 8 May "
     "2014.", SUPPORTED),
    # "a report" may be another the outlet put out; "the report on ..." is the base's one
    ("Trend News Agency published a Los Angeles Times report on the Homs evacuation on 9 May "
     "2014.", NOT_ENOUGH_INFO),
    ("Trend News Agency published the Los Angeles Times report on the Homs evacuation on 9 "
     "May 2014.", REFUTED),
    ("Naharnet published an AFP report on the Homs evacuation in May 2014.", SUPPORTED),
    # Naharnet's page carries AFP's story, which says nothing of what else Naharnet ran
    ("Naharnet published a Reuters report on the Homs evacuation in May 2014.",
     NOT_ENOUGH_INFO),
    ("The Guardian report on the army's withdrawal from Homs was republished by Hathalyoum on "
     "8 December 2024.", SUPPORTED),
    ("The Guardian report on the army's withdrawal from Homs was republished by Hathalyoum on "
     "9 December 2024.", REFUTED),
    ("Agence France-Presse published its dispatch 'Syria's Rebels Reach \"Capital of the "
     "Revolution\" Against Assad' on 6 December 2024.", SUPPORTED),
    ("Agence France-Presse published its dispatch 'Syria's Rebels Reach \"Capital of the "
     "Revolution\" Against Assad' on 7 December 2024.", REFUTED),
    # a title the base gives no piece of the outlet: which piece it is, the base cannot say
    ("AFP published its dispatch 'Rebels take Damascus' on 7 December 2024.", NOT_ENOUGH_INFO),
    ("The wn.com copy of the Homs article was captured by the Internet Archive on 15 December "
     "2012.", SUPPORTED),
    ("The Internet Archive captured the wn.com copy of the Homs article in 2015.", REFUTED),
    ("The cloudflare-ipfs.com copy of the governorate article is the version of 21 November "
     "2016.", SUPPORTED),
    ("The cloudflare-ipfs.com copy of the governorate article is the version of 11 December "
     "2016.", REFUTED),
    ("The hathalyoum.net page dates from 8 December 2024.", SUPPORTED),
    # the outlet a page carries did not put the page out: its own date the base does not give
    ("The Guardian published its report on the army's withdrawal from Homs on 7 December "
     "2024.", NOT_ENOUGH_INFO),
    # an outlet that puts out no source of the base: the claim is read as any other
    ("The army captured the radio station's copy of the report on 6 December 2024.",
     NOT_ENOUGH_INFO),
])
def test_who_put_a_piece_out(base: FactBase, claim: str, verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("text", "question", "parts"), [
    ("Naharnet published an AFP report on the evacuation in May 2014.", False,
     ("Naharnet", "an AFP report on the evacuation", "", "May 2014")),
    ("The copy was captured by the Internet Archive.", False,
     ("the Internet Archive", "The copy", "", None)),
    ("Who published the dispatch 'Rebels' Day', and when?", True,
     ("", "the dispatch", "Rebels' Day", None)),
    ("What is the title of the Reuters report of 7 May 2014?", True,
     ("", "the Reuters report", "", "7 May 2014")),
    ("Which newspaper's report did Trend carry?", True, ("Trend", "report", "", None)),
    ("When did the Internet Archive capture the wn.com copy?", True,
     ("the Internet Archive", "the wn.com copy", "", None)),
    # no piece, or a quotation it does not read
    ("Reuters published the figures.", False, None),
    ("Reuters published its report 'on Homs.", False, None),
    ("Who published the figures?", True, None),
])
def test_publishing_reads_the_shape(text: str, question: bool,
                                    parts: tuple[str, str, str, str | None] | None) -> None:
    found = publishing(text, read(text, copies_apart=False).dates, question=question)
    assert (None if found is None else (found.outlet, found.piece, found.title, found.date.text
                                        if found.date else None)) == parts


def test_outlet_names_of_addresses_and_archives() -> None:
    assert {"hathalyoum net", "english hathalyoum net", "hathalyoum"} <= outlet_names(
        "Hathalyoum (english.hathalyoum.net)")
    assert {"internet archive", "the internet archive", "wn com"} <= outlet_names(
        "World News (wn.com), as captured by the Internet Archive")


@pytest.mark.parametrize(("question", "answer"), [
    ("Who published the dispatch 'Syria's Rebels Reach \"Capital of the Revolution\" Against "
     "Assad', and when?", "afp-2024-12-06"),
    ("Which site republished The Guardian's report on the army's withdrawal from Homs?",
     "guardian-2024-12-08"),
    ("What is the title of the Reuters report of 7 May 2014?", "reuters-2014-05-07"),
    ("Which newspaper's report did Trend News Agency carry on 8 May 2014?", "trend-2014-05-08"),
    ("When did the Internet Archive capture the wn.com copy of the Homs article?",
     "wn-2012-12-15"),
    # the date names no piece of that outlet; three copies share the title "Homs"
    ("What is the title of the Reuters report of 9 June 2014?", None),
    ("Who published the article 'Homs'?", None),
])
def test_ask_for_a_piece(base: FactBase, question: str, answer: str | None) -> None:
    assert sure_answer(base, question) == answer


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Fewer than 3,000 people were killed in the siege, by the monitor's count.", SUPPORTED),
    ("About 2,200 people were killed in the siege, by the Observatory's count.", SUPPORTED),
    ("By the monitor's count, about 2,200 people were killed in the siege.", SUPPORTED),
    # the count is another voice's, which the base does not give
    ("About 2,200 people were killed in the siege, by Reuters's count.", NOT_ENOUGH_INFO),
    ("About 2,200 people were killed in the siege, by the government's count.",
     NOT_ENOUGH_INFO),
    ("About 5,000 people were killed in the siege, by the monitor's count.", REFUTED),
])
def test_a_count_of_whom_is_a_voice(base: FactBase, claim: str, verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("claim", "agent"), [
    ("Many were killed by the Observatory's count.", ()),
    ("Many were killed, by the monitor's tally.", ()),
    ("Many were killed by the army.", ("the", "army")),
    ("Many were killed by the end of the day.", ()),
])
def test_whose_count_is_no_doer(claim: str, agent: tuple[str, ...]) -> None:
    assert acts(claim)[0].agent_words == agent


@pytest.mark.parametrize(("claim", "verdict"), [
    # only an archive captures, and only the archive's copy is dated by its capture
    ("Trend News Agency captured a Los Angeles Times report on 8 May 2014.", NOT_ENOUGH_INFO),
    ("The Guardian report was captured by Hathalyoum on 8 December 2024.", NOT_ENOUGH_INFO),
    ("wn.com captured the copy of the Homs article on 15 December 2012.", NOT_ENOUGH_INFO),
    ("wn.com published its copy of the Homs article on 15 December 2012.", NOT_ENOUGH_INFO),
    ("The Internet Archive published the wn.com copy of the Homs article on 15 December 2012.",
     NOT_ENOUGH_INFO),
    ("The wn.com copy of the Homs article was published on 15 December 2012.", NOT_ENOUGH_INFO),
    # what the outlet's page carries, and its date, say nothing of other pieces it ran
    ("The Los Angeles Times report was republished by Naharnet.", NOT_ENOUGH_INFO),
    ("The Reuters report on the evacuation was published by Naharnet.", NOT_ENOUGH_INFO),
    ("Naharnet published a report on Homs in 2016.", NOT_ENOUGH_INFO),
    ("AFP published a report on 7 December 2024.", NOT_ENOUGH_INFO),
    ("Trend News Agency published a report on the evacuation.", SUPPORTED),
    ("Trend News Agency published the report 'Syrian rebels begin evacuating the Old City of "
     "Homs'.", SUPPORTED),
    ("a.osmarks.net published the Homs article in August 2020.", SUPPORTED),
    ("a.osmarks.net published the Homs Governorate article in August 2020.", NOT_ENOUGH_INFO),
])
def test_review_of_who_put_a_piece_out(base: FactBase, claim: str, verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize("question", [
    "Who captured the Reuters report of 7 May 2014?",
    "Which newspaper's report did the BBC carry?",
    "Which newspaper's report did The Guardian carry?",
    "When did wn.com publish its copy of the Homs article?",
    "When did the Los Angeles Times publish its report?",
    "When did a.osmarks.net publish the Homs Governorate article?",
])
def test_review_of_questions_for_a_piece(base: FactBase, question: str) -> None:
    assert not ask(base, question)["sure"]


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The metropolitan area of Homs is 104.", SUPPORTED),
    ("Homs's urban area is 76.", SUPPORTED),
    ("Homs is 501 metres above sea level and its metropolitan area 104.", SUPPORTED),
    # a place called an area may give its land or its people: the base gives both, and
    # a count that fits neither is refuted by both
    ("The metropolitan area of Homs is 750,501.", NOT_ENOUGH_INFO),
    ("The metropolitan area of Homs is 500.", REFUTED),
    ("The 2004 census counted 652,609 in the city and the metropolitan area 750,501.",
     NOT_ENOUGH_INFO),
    ("In 2004 the city had 652,609 people and the metro area 750,501.", NOT_ENOUGH_INFO),
    ("The urban area of Homs is 76.", SUPPORTED),
    ("The area of the city of Homs is 48.", SUPPORTED),
    ("The metropolitan area of Homs had 750,501 inhabitants in 2004.", SUPPORTED),
    ("Homs Governorate is the second largest governorate by population.", NOT_ENOUGH_INFO),
    ("Homs Governorate is the third largest governorate by number of inhabitants.",
     NOT_ENOUGH_INFO),
    ("Homs is Syria's second largest city by area.", NOT_ENOUGH_INFO),
    ("Homs Governorate is the second largest governorate by area.", REFUTED),
    # a province is a governorate beside a word of a scale
    ("By area, Homs Governorate is the smallest province in Syria.", REFUTED),
    ("By area, Homs Governorate is the largest province in Syria.", SUPPORTED),
])
def test_review_of_areas_and_ranks(base: FactBase, claim: str, verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("claim", "units"), [
    ("The death toll in the area was about 2,200.", [None]),
    ("The toll covers 2,200.", [None]),
    ("The governorate covers 42,223.", ["km2"]),
    ("The city's population was 652,609 in 2004 and its area 48.", [None, "km2"]),
    ("The metropolitan area of Homs is 104.", [AREA_OR_PEOPLE]),
    ("Homs is 501 metres above sea level and its metropolitan area 104.", ["m",
                                                                         AREA_OR_PEOPLE]),
    ("It rose 501 metres and the metropolitan area 104.", ["m", "km2"]),
    ("Homs had 652,609 people and the metro area 750,501.", ["people", "people"]),
])
def test_an_area_written_bare(claim: str, units: list[str | None]) -> None:
    assert [quantity.unit for quantity in read(claim).quantities] == units


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The telephone dialling code of Homs is 031.", SUPPORTED),
    ("Homs's phone code is 031.", SUPPORTED),
    ("The dialing code of Homs is 031.", SUPPORTED),
    ("The telephone code of Homs is 021.", REFUTED),
])
def test_a_telephone_code_is_the_dialling_code(base: FactBase, claim: str, verdict: str
                                               ) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("question", "answer"), [
    ("On what night did the Syrian army withdraw from Homs?", "army-withdraws-from-homs"),
    ("On what morning did rebels announce full control of Homs?", "rebels-take-homs"),
    ("What industry does AFP mention in Homs?", "homs"),
    ("Which body held Syria's 2004 census?", "central-bureau-of-statistics"),
    # a kind the base writes stays a word the answer must hold
    ("Which city lies on the Orontes?", "homs"),
])
def test_ask_words_that_only_ask(base: FactBase, question: str, answer: str) -> None:
    result = ask(base, question)
    assert result["sure"]
    assert answered_ids(result)[0] == answer


@pytest.mark.parametrize(("claim", "verdict"), [
    # a news outlet reports a count, it does not count: "by AFP's count" is not read
    ("By AFP's count, about 2,200 people died in the siege.", NOT_ENOUGH_INFO),
    ("By AFP's tally, about 400 people had left by late afternoon on the first day.",
     NOT_ENOUGH_INFO),
    ("By the Syrian Observatory's count, about 2,200 people died in the siege.", SUPPORTED),
])
def test_a_news_outlet_counts_nothing(base: FactBase, claim: str, verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("question", "answer"), [
    # the piece the question names is the outlet's only where its page carries that story
    ("When did Trend publish the AFP report?", None),
    ("When did Naharnet publish the Reuters report?", None),
    ("When did Naharnet publish the AFP report on the evacuation?", "naharnet-2014-05"),
    ("When did the Internet Archive capture the BBC report?", None),
    # an agency's report, or a paper's
    ("Which agency's report did webjosh.com carry?", None),
    ("Which agency's report did Naharnet carry?", "naharnet-2014-05"),
    ("Which newspaper's report did Naharnet carry?", None),
    # a kind the base has no word for is asked as the kind the words name
    ("Which body named Homs the capital of the revolution?", None),
    ("Which body declared the evacuation over?", "united-nations"),
])
def test_review_of_questions_for_a_piece_and_a_kind(base: FactBase, question: str,
                                                    answer: str | None) -> None:
    assert sure_answer(base, question) == answer


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The conflict was 13 years old and Assad's rule 24.", SUPPORTED),
    ("The conflict was 13 years old and Assad's rule twenty-four.", SUPPORTED),
    ("The conflict was 13 years old and Assad's rule 30.", REFUTED),
    ("The urban area of Homs is 76 square kilometres and the metropolitan area 140.", REFUTED),
    # the second clause has a verb of its own: one claim, read whole
    ("The conflict was 13 years old and the rebels killed 24.", NOT_ENOUGH_INFO),
])
def test_a_gapped_clause_is_a_claim_of_its_own(base: FactBase, claim: str, verdict: str
                                               ) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("claim", "parts"), [
    ("The conflict was 13 years old and Assad's rule 24.",
     ("The conflict was 13 years old.", "Assad's rule was 24 years.")),
    ("Homs had 652,609 and Hama 300,000.", ("Homs had 652,609.", "Hama had 300,000.")),
    ("The conflict was 13 years old and the rebels killed 24.", None),
    ("The conflict was 13 years old.", None),
])
def test_gapped_parts(claim: str, parts: tuple[str, str] | None) -> None:
    found = split(claim)
    assert (None if found is None else (found.main, found.description)) == parts


def test_a_gapped_claim_shows_both_counts(base: FactBase) -> None:
    found = Checker(base).check("The conflict was 13 years old and Assad's rule 30.")["found"]
    assert [(each["text"], each["result"]) for each in found["quantities"]] == [
        ("13 years", SUPPORTED), ("30 years", REFUTED)]


@pytest.mark.parametrize(("claim", "verdict"), [
    # the retaking of a part of Homs is not the retaking of Homs, at any date
    ("Homs was recaptured by the army in May 2014.", NOT_ENOUGH_INFO),
    ("Homs was retaken by the army in March 2012.", NOT_ENOUGH_INFO),
    ("The army retook Homs in March 2012.", NOT_ENOUGH_INFO),
    ("The army recaptured Baba Amr in March 2012.", SUPPORTED),
    ("Baba Amr was retaken in May 2014.", REFUTED),
])
def test_a_part_taken_is_not_the_whole(base: FactBase, claim: str, verdict: str) -> None:
    assert verdict_of(base, claim) == verdict
