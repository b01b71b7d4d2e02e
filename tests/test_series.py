"""Values that change over time (issue 22 §3): a series is listed in date order, shown by its
latest value with how many came before, and never hidden behind one figure."""

from __future__ import annotations

from homsfacts.base.reports import reports_note
from homsfacts.base.series import in_date_order, names_series, summary
from homsfacts.base.store import FactBase

from .conftest import run


def test_population_answers_with_the_series_and_names_the_afp_estimate_beside_it(
        base: FactBase) -> None:
    found = base.resolve("population", record_type="figure")
    assert found["id"] == "homs-population-2017"
    assert found["group"]["over_time"] is True
    assert found["group"]["times"] == {
        "latest": "homs-population-2017", "first": "1785", "last": "2017", "dated": 16,
        "in_words": ["the 12th century"]}
    assert reports_note(found) == ("+16 earlier; latest of 17 values, 1785 to 2017, "
                                   "and the 12th century")
    beside = [figure["id"] for figure in found["see_also"]]
    assert beside[0] == "homs-prewar-population"
    assert "homs-metro-population-2004" in beside


def test_a_figure_beside_a_series_points_to_it(base: FactBase) -> None:
    found = base.resolve("pre-war population", record_type="figure")
    assert found["id"] == "homs-prewar-population"
    assert [figure["id"] for figure in found["see_also"]] == ["homs-population-2017"]
    assert base.resolve("deaths", record_type="figure")["see_also"] == []


def test_every_value_of_a_series_in_date_order(base: FactBase) -> None:
    values = base.figures(of="population")
    assert len(values) == 17
    assert values[0]["id"] == "homs-population-1785"
    assert values[-2]["id"] == "homs-population-2017"
    assert values[-1]["id"] == "homs-population-12th-century"  # a time only in words
    years = [value["as_of"][:4] for value in values[:-1]]
    assert years == sorted(years)
    group = base.resolve("population", record_type="figure")["group"]
    assert [value["id"] for value in group["values"]] == [value["id"] for value in values]


def test_names_of_a_series_and_the_order_of_its_values() -> None:
    assert names_series({"population"}, "homs-population")
    assert names_series({"homs", "population"}, "homs-population")
    assert not names_series({"homs"}, "homs-population")  # the city, not its population
    assert not names_series({"pre", "war", "population"}, "homs-population")
    values = [{"id": "c", "period": "long ago"}, {"id": "b", "as_of": "2004"},
              {"id": "a", "as_of": "1860/1869"}]
    assert [value["id"] for value in in_date_order(values)] == ["a", "b", "c"]
    assert summary(values)["first"] == "1860/1869"
    assert summary(values)["latest"] == "b"


def test_the_population_card_says_it_is_the_latest_of_many() -> None:
    plain = run("figure", "population").stdout
    assert "775,404 people" in plain
    assert ("series\thoms-population\t+16 earlier; latest of 17 values, 1785 to 2017, and "
            "the 12th century") in plain
    assert "see also\thoms-prewar-population\tan estimated 800,000 people" in plain
    assert "\nreport\t" not in plain  # --all lists them
    card = run("figure", "population", "-f", "table", env={"COLUMNS": "60"}).stdout
    assert "latest of 17 values" in card
    assert "homs-prewar-population" in card
    assert max(map(len, card.splitlines())) <= 60
    data = run("figure", "population", "--json").json()
    assert data["group"]["times"]["latest"] == "homs-population-2017"
    assert data["see_also"][0]["id"] == "homs-prewar-population"


def test_figure_population_all_lists_each_value_with_its_date_and_source() -> None:
    lines = run("figure", "population", "--all").stdout.splitlines()
    assert len(lines) == 17
    first = lines[0].split("\t")
    assert first[0] == "homs-population-1785"
    assert first[3] == "1785"
    assert first[5].startswith("liquisearch-homs ¶4")
    assert lines[-2].startswith("homs-population-2017\t")
    table = run("figure", "population", "--all", "-f", "table",
                env={"COLUMNS": "60"}).stdout
    assert max(map(len, table.splitlines())) <= 60
    assert table.index("1785") < table.index("2017")
    single = run("figure", "deaths", "--all", "--json").json()
    assert [figure["id"] for figure in single] == ["siege-death-toll"]


def test_the_series_chart_has_a_bar_a_value_in_date_order(base: FactBase) -> None:
    from homsfacts.output.formats import Answer
    from homsfacts.output.series_chart import series_layout, series_values

    found = base.resolve("population", record_type="figure")
    chart = series_layout(series_values(Answer("record", found)), 100)
    assert [bar.time for bar in chart.bars][:3] == ["1785", "1860/1869", "1907"]
    assert len(chart.bars) == 16  # the 12th century is named under the chart instead
    assert [value["id"] for value in chart.undated] == ["homs-population-12th-century"]
    bars = {bar.value["id"]: bar for bar in chart.bars}
    assert bars["homs-population-1785"].open  # "more than 2,000"
    assert bars["homs-population-1860s"].faint >= 1  # 15,000 to 20,000
    assert bars["homs-population-2008"].solid == chart.width - 1  # the largest number
    assert bars["homs-population-1960"].solid < bars["homs-population-2004-census"].solid
    assert chart.unit == "people"
    listed = series_layout(base.figures(of="population"), 100).bars
    assert [(bar.time, bar.solid) for bar in listed] == [(bar.time, bar.solid)
                                                         for bar in chart.bars]


def test_figure_population_chart_in_a_pipe_and_on_a_terminal() -> None:
    for width in ("60", "100"):
        result = run("figure", "population", "--chart", env={"COLUMNS": width})
        assert result.exit_code == 0
        lines = result.stdout.splitlines()
        assert max(map(len, lines)) <= int(width)
        assert not set("█░▶─\x1b") & set(result.stdout)
        assert lines[0].startswith("1785")
        assert lines[0].endswith("=>")
        assert any("823,000 people" in line for line in lines)
        assert "homs-population-12th-century" in result.stdout
    shown = run("figure", "population", "-f", "chart", env={"COLUMNS": "80"}).stdout
    assert shown.splitlines()[0].startswith("1785")


def test_a_chart_needs_three_values_over_time_and_a_name() -> None:
    result = run("figure", "deaths", "--chart")
    assert result.exit_code == 1
    assert "3 or more values for different times" in result.stderr
    assert result.stdout == ""
    assert run("figure", "--chart").exit_code == 2
    assert run("figure", "population", "--chart", "--json").exit_code == 2


def test_the_id_of_a_value_of_a_series_answers_with_that_value() -> None:
    # a series's words answer with its latest value, but its 1960 value's own id must not:
    # 136,000 in 1960 is a different fact from 775,404 in 2017
    shown = run("figure", "homs-population-1960", "--json").json()
    assert (shown["id"], shown["value"]) == ("homs-population-1960", 136000)
    assert shown["group"]["over_time"]
    assert run("figure", "population", "--json").json()["id"] == "homs-population-2017"
