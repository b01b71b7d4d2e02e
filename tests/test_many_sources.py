"""Many sources on one thing: ranks, spread, refinement against conflict, warnings,
``--source``, ``conflicts`` and ``diff``, through the core and through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from homsfacts import load
from homsfacts.base.diff import diff_documents
from homsfacts.base.reading import check_file
from homsfacts.base.reports import AGREED, DISPUTED, RANKED, figure_range, group_view
from homsfacts.base.store import FactBase
from homsfacts.base.views import figure_view
from homsfacts.errors import ExitStatus

from .conftest import BASE_PATH, FIXTURES, figure, minimal, run, write

BEFORE = FIXTURES / "facts-before-many-sources.toml"


def _figure(figure_id: str, value: float | None, *, qualifier: str = "approximate",
            rank: str = "normal", low: float | None = None,
            high: float | None = None) -> dict[str, object]:
    return figure_view({"id": figure_id, "label": "People", "value": value, "words": None,
                        "unit": "people", "qualifier": qualifier, "low": low, "high": high,
                        "rank": rank, "rank_reason": "why" if rank != "normal" else None,
                        "sources": [{"source": "src", "paragraphs": [1]}]})


# -- the core: ranges, status, spread ----------------------------------------------------------


def test_a_hedge_widens_what_a_value_allows_and_bounds_override_it() -> None:
    assert figure_range(_figure("a", 2000)) == pytest.approx((1800, 2200))
    assert figure_range(_figure("a", 2000, qualifier="exact")) == (2000, 2000)
    assert figure_range(_figure("a", None, low=1)) == (1, float("inf"))
    assert figure_range(_figure("a", 2, high=2)) == pytest.approx((1.8, 2))


def test_values_that_cannot_both_be_true_are_disputed_until_one_is_ranked() -> None:
    pair = [_figure("a", 1200), _figure("b", 2000)]
    disputed = group_view("g", pair)
    assert disputed["status"] == DISPUTED
    assert disputed["spread"]["low"] == 1200
    assert disputed["spread"]["high"] == 2000  # the sources' own numbers, never widened
    assert disputed["spread"]["display"] == "1,200 to 2,000 people"
    ranked = group_view("g", [_figure("a", 1200), _figure("b", 2000, rank="preferred")])
    assert (ranked["status"], ranked["preferred"]) == (RANKED, "b")
    assert [value["id"] for value in ranked["values"]] == ["b", "a"]  # preferred first
    near = group_view("g", [_figure("a", 2200), _figure("b", 2100)])
    assert near["status"] == AGREED  # "about" both ways overlaps


def test_a_deprecated_value_no_longer_makes_a_conflict() -> None:
    group = group_view("g", [_figure("a", 1200), _figure("b", 9000, rank="deprecated")])
    assert group["status"] == AGREED
    assert group["preferred"] == "a"
    assert [value["rank"] for value in group["values"]] == ["normal", "deprecated"]


def test_a_day_inside_a_month_is_a_refinement_not_a_conflict(base: FactBase) -> None:
    shown = {event["id"]: event for event in base.timeline()}
    assert "siege-evacuation" not in shown  # shown once, by its most precise report
    best = shown["evacuation-begins-reuters"]
    assert best["group"]["status"] == AGREED
    assert best["group"]["refines"] == ["siege-evacuation"]
    assert best["group"]["reports"] == 3
    assert {value["id"] for value in best["group"]["values"]} == {
        "siege-evacuation", "evacuation-begins-reuters", "evacuation-begins-lat"}


def test_dates_that_cannot_both_be_true_are_a_conflict(tmp_path: Path) -> None:
    path = write(tmp_path, minimal('''
[[events]]
id = "a"
date = "2014-05-07"
summary = "One report."
happening = "h"
sources = [{ source = "src", paragraphs = [1] }]

[[events]]
id = "b"
date = "2014-06"
summary = "Another report."
happening = "h"
sources = [{ source = "src", paragraphs = [2] }]
'''))
    opened = load(path, use_cache=False)
    (conflict,) = opened.conflicts()
    assert (conflict["id"], conflict["status"], conflict["type"]) == ("h", DISPUTED, "event")
    warnings = [finding for finding in check_file(path) if not finding.is_error]
    assert [finding.code for finding in warnings] == ["disputed"]


def test_the_shipped_base_keeps_every_value_and_ranks_its_conflicts(base: FactBase) -> None:
    conflict, buses, districts = base.conflicts()
    assert conflict["id"] == "old-city-population-at-evacuation"
    # The governorate's article counts seven districts, and six in its opening prose (the
    # 2024 copy: six besides the city's own); the seven is ranked, the six kept.
    assert (districts["id"], districts["status"]) == ("homs-governorate-districts", RANKED)
    assert districts["preferred"] == "homs-governorate-districts"
    # Left unranked (issue 22 audit): the two "two buses" reports may rest on the same video.
    assert (buses["id"], buses["status"]) == ("old-city-evacuation-first-buses", DISPUTED)
    assert {value["rank"] for value in buses["values"]} == {"normal"}
    assert conflict["status"] == RANKED
    values = {value["id"]: value for value in conflict["values"]}
    assert values["old-city-population-naharnet"]["rank"] == "preferred"
    assert "conservative" in values["old-city-population-naharnet"]["rank_reason"]
    assert values["evacuees-bbc"]["value"] == 2000
    figure = base.resolve("siege length", record_type="figure")
    assert figure["id"] == "siege-length-naharnet"  # the preferred value answers
    # Three reports: Reuters's "more than a year" is how long the fighters held out, not how
    # long the siege lasted (issue 22), so it left the group.
    assert figure["group"]["reports"] == 3
    assert figure["group"]["status"] == AGREED
    # The city's population over the centuries is a series, not a conflict (issue 22).
    population = base.show("homs-population-2017")["group"]
    assert (population["status"], population.get("over_time")) == (AGREED, True)
    assert population["reports"] >= 4


@pytest.mark.parametrize(
    ("times", "values", "status"),
    [(["1960", "2004"], [136000, 652609], AGREED),  # a series over time
     (["2004", "2004"], [136000, 652609], DISPUTED),  # one time, two counts
     ([None, "2004"], [136000, 652609], DISPUTED)],  # an undated count may be for any time
)
def test_values_for_different_times_are_a_series_not_a_conflict(
        tmp_path: Path, times: list[str | None], values: list[int], status: str) -> None:
    records = "".join(f"""
[[figures]]
id = "count-{number}"
label = "Inhabitants"
value = {value}
unit = "people"
qualifier = "exact"
measures = "inhabitants"
{f'as_of = "{time}"' if time else ""}
sources = [{{ source = "src", paragraphs = [1] }}]
""" for number, (time, value) in enumerate(zip(times, values, strict=True)))
    group = load(write(tmp_path, minimal(records))).show("count-0")["group"]
    assert group["status"] == status
    assert group.get("over_time", False) is (len({time for time in times if time}) > 1)


def test_the_timeline_runs_past_the_dispatch(base: FactBase) -> None:
    last = base.timeline()[-2:]
    assert [(event["id"], event["date"]) for event in last] == [
        ("army-withdraws-from-homs", "2024-12-07"), ("rebels-take-homs", "2024-12-08")]
    assert last[0]["derived"] is True


def test_source_limits_the_answer_to_what_one_source_says(base: FactBase) -> None:
    events = base.timeline(source="reuters-2014-05-07")
    assert [event["id"] for event in events] == ["evacuation-begins-reuters"]
    assert events[0]["group"]["reports"] == 1  # only what Reuters says
    figures = base.figures(source="naharnet-2014-05")
    assert {figure["id"] for figure in figures} == {
        "siege-length-naharnet", "old-city-population-naharnet", "evacuated-first-day-naharnet",
        "dar-al-kebira-distance", "first-buses-naharnet"}


# -- validation --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("record", "code", "severity"),
    [('rank = "preferred"\nmeasures = "m"', "rank-reason", "error"),
     ('rank = "preferred"\nrank_reason = "r"', "rank-alone", "error")],
)
def test_a_rank_needs_a_reason_and_a_group(tmp_path: Path, record: str, code: str,
                                           severity: str) -> None:
    path = write(tmp_path, minimal(f'''
[[figures]]
id = "f"
label = "L"
value = 1
unit = "people"
qualifier = "exact"
{record}
sources = [{{ source = "src", paragraphs = [1] }}]
'''))
    found = [(finding.code, finding.severity) for finding in check_file(path)]
    assert (code, severity) in found


def test_validate_warns_when_a_source_is_credited_with_someone_elses_value(
        tmp_path: Path) -> None:
    path = write(tmp_path, '''schema_version = 1

[[sources]]
id = "outlet"
publisher = "An outlet"
title = "T"
published = "2014-05"
primary_sources = ["monitor"]

[[entities]]
id = "monitor"
kind = "organisation"
name = "A monitor"
description = "Counts things."
sources = [{ source = "outlet", paragraphs = [1] }]

[[entities]]
id = "ministry"
kind = "organisation"
name = "A ministry"
description = "Also counts things."
sources = [{ source = "outlet", paragraphs = [1] }]

[[figures]]
id = "f"
label = "L"
value = 1
unit = "people"
qualifier = "exact"
attributed_to = "ministry"
sources = [{ source = "outlet", paragraphs = [2] }]
''')
    (warning,) = check_file(path)
    assert (warning.code, warning.severity, warning.field) == (
        "primary-source", "warning", "sources[0]")
    assert "'ministry'" in warning.message
    assert "monitor" in warning.message
    result = run("validate", str(path))
    assert result.exit_code == 0  # a warning is reported; the base is still valid
    assert "warning: credits 'ministry'" in result.stdout
    assert "valid (1 warning)" in result.stderr
    assert run("--data", str(path), "figure", "--json").exit_code == 0


def test_a_range_without_a_central_value_is_accepted_and_shown(tmp_path: Path) -> None:
    path = write(tmp_path, minimal('''
[[figures]]
id = "f"
label = "Killed"
low = 1000
high = 1500
unit = "people"
qualifier = "approximate"
sources = [{ source = "src", paragraphs = [1] }]
'''))
    assert check_file(path) == []
    figure = run("--data", str(path), "figure", "f", "--json").json()
    assert figure["display"] == "between 1,000 and 1,500 people"


# -- the command line --------------------------------------------------------------------------


def test_figure_shows_the_preferred_value_and_counts_the_others() -> None:
    rows = run("figure", "-f", "plain").stdout.splitlines()
    (row,) = [line for line in rows if line.startswith("old-city-population-naharnet")]
    assert row.endswith("+1 other report; 1,200 to 2,000 people; ranked")
    assert not any(line.startswith("evacuees-bbc") for line in rows)
    every = run("figure", "--all", "-f", "plain", "--fields", "id").stdout.split()
    assert {"evacuees-bbc", "old-city-population-naharnet"} <= set(every)


def test_figure_json_carries_every_value_with_rank_and_source() -> None:
    figure = run("figure", "old-city-population-at-evacuation", "--json").json()
    group = figure["group"]
    assert set(group) >= {"id", "status", "preferred", "reports", "spread", "values"}
    assert [(value["id"], value["rank"], value["sources"][0]["source"])
            for value in group["values"]] == [
        ("old-city-population-naharnet", "preferred", "naharnet-2014-05"),
        ("evacuees-bbc", "normal", "bbc-2014-05")]


def test_conflicts_exits_1_when_it_lists_something_and_0_when_not(tmp_path: Path) -> None:
    result = run("conflicts", "--json")
    assert result.exit_code == ExitStatus.NOT_FOUND
    assert [group["id"] for group in result.json()] == [
        "old-city-population-at-evacuation", "old-city-evacuation-first-buses",
        "homs-governorate-districts"]
    assert "3 groups of reports disagree" in result.stderr
    quiet = run("--data", str(BEFORE), "conflicts", "--json")
    assert (quiet.exit_code, quiet.json()) == (0, [])


def test_conflicts_exits_1_when_the_only_disagreement_is_ranked(tmp_path: Path) -> None:
    # a disagreement whose preferred value is ranked is still one: CI must see it
    ranked = write(tmp_path, minimal(
        figure("toll-a", 2_200, label="Siege death toll", qualifier="approximate",
               measures="toll", rank="preferred", rank_reason="The monitor's count.")
        + figure("toll-b", 3_000, label="Siege death toll", qualifier="approximate",
                 measures="toll")))
    result = run("--data", str(ranked), "conflicts", "--json")
    assert result.exit_code == ExitStatus.NOT_FOUND
    assert [group["id"] for group in result.json()] == ["toll"]
    assert "a value ranked preferred" in result.stderr


def test_diff_against_the_base_before_many_sources_lists_exactly_what_was_added() -> None:
    result = run("diff", str(BEFORE), str(BASE_PATH))
    assert result.exit_code == ExitStatus.NOT_FOUND  # as diff(1): they differ
    changes = [json.loads(line) for line in result.stdout.splitlines()]
    before = load(BEFORE, use_cache=False).document()
    after = load(BASE_PATH, use_cache=False).document()
    assert changes == diff_documents(before, after)
    added = {change["id"] for change in changes if change["change"] == "added"}
    ids = {table: {record["id"] for record in after[table]} - {
        record["id"] for record in before[table]} for table in after if table != "schema_version"}
    assert added == set().union(*ids.values())
    assert not [change for change in changes if change["change"] == "removed"]
    changed = {(change["id"], change["field"]) for change in changes
               if change["change"] == "changed"}
    # The many-sources work changed these two; later corrections (issue 22) change more.
    assert {("siege-evacuation", "happening"), ("siege-length", "measures")} <= changed
    same = run("diff", str(BASE_PATH), str(BASE_PATH))
    assert (same.exit_code, same.stdout) == (0, "")


def test_source_option_and_sources_coverage() -> None:
    result = run("timeline", "--source", "the-hindu-2024-12", "--json")
    assert [event["id"] for event in result.json()] == ["rebels-take-homs"]
    unknown = run("timeline", "--source", "nobody")
    assert unknown.exit_code == ExitStatus.NOT_FOUND
    sources = {source["id"]: source for source in run("sources", "--json").json()}
    assert sources["guardian-2024-12-08"]["carries"] == "The Guardian"
    assert sources["guardian-2024-12-08"]["url"].startswith("https://english.hathalyoum.net/")
    document = load(BASE_PATH, use_cache=False).document()
    citing = [record for table in ("entities", "events", "figures") for record in document[table]
              if "reuters-2014-05-07" in {citation["source"] for holder in
                                          [record, *record.get("statements", [])]
                                          for citation in holder["sources"]}]
    assert sources["reuters-2014-05-07"]["records"] == len(citing) > 3
