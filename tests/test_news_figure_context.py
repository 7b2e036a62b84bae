"""News: what a figure's paragraph, page and title tell of it — the unit and period a paragraph goes on
with, the month named after it, the year of an undated page, the state the title names.

Every excerpt is composed for the test in the style of real articles; none is taken from a corpus.
"""

from __future__ import annotations

import pytest
from helpers import build_news, statistic_of


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("En el bienio 2011-2012, el país expulsó a 32 mil 653 niños. Por su parte, la provincia informó de "
         "la repatriación en ese mismo lapso de 10 mil 87, y 6 mil 804 viajaban solos.", "es", "6804"),
        ("In 2011-2012 the country deported 32,653 children. The province, for its part, reported the return "
         "of 10,087 over the same span, and 6,804 travelled alone.", "en", "6804"),
    ],
)  # fmt: skip
def test_a_paragraph_about_one_counted_thing_goes_on_counting_it(text: str, language: str, value: str) -> None:
    """ "10 mil 87 ... 6 mil 804 se trasladaban solos" had no unit: the paragraph counts children, of 2011/2012."""
    statistic = statistic_of(build_news(text, language), value)
    assert (statistic.unit, statistic.period) == ("children", "2011/2012")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("En 2012 el país expulsó a 32 mil 653 niños.\n\nLa red de albergues recibió a 6 mil 804 que viajaban solos.",
         "es"),
        ("In 2012 the country deported 32,653 children.\n\nThe shelters reported 6,804 arrivals alone.", "en"),
    ],
)  # fmt: skip
def test_a_new_paragraph_does_not_go_on_with_the_unit_or_period(text: str, language: str) -> None:
    statistic = statistic_of(build_news(text, language), "6804")
    assert (statistic.unit, statistic.period) == (None, None)


def test_a_figure_with_a_counted_noun_of_its_own_keeps_it() -> None:
    """ "more than 80,000 refugee applicants" was given the officers of the figure before it."""
    text = "The agency hired 300 refugee officers. In 2024 they interviewed more than 80,000 refugee applicants."
    assert statistic_of(build_news(text, "en"), "80000").unit == "applicants"


@pytest.mark.parametrize(
    ("text", "language", "value", "period"),
    [
        ("La caída fue menor que la del 12 por ciento en agosto y 20.2 por ciento en septiembre de 2012.",
         "es", "12", "2012-08"),
        ("La caída fue menor que la del 12 por ciento en agosto y 20.2 por ciento en septiembre de 2012.",
         "es", "20.2", "2012-09"),
        ("The fall was smaller than the 12 per cent in August and the 20.2 per cent in September 2012.",
         "en", "12", "2012-08"),
        ("La baisse a dépassé 2,3 % en janvier 2013.", "fr", "2.3", "2013-01"),
    ],
)  # fmt: skip
def test_a_month_named_after_a_figure_is_its_period(text: str, language: str, value: str, period: str) -> None:
    """ "12 por ciento en agosto ... en septiembre de 2012": the figure had no period; a month without a year
    takes the year written with the next month of the sentence."""
    assert statistic_of(build_news(text, language), value).period == period


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("En el primer trimestre de 2013 se repatriaron 82 mil migrantes. La contracción fue de 2.3 por ciento en "
         "enero de este año.", "es"),
        ("In the first quarter of 2013, 82,000 migrants were returned. Exports fell by 2.3 per cent in January "
         "this year.", "en"),
    ],
)  # fmt: skip
def test_a_month_of_this_year_on_an_undated_page_is_of_the_latest_year_it_names(text: str, language: str) -> None:
    assert statistic_of(build_news(text, language), "2.3").period == "2013-01"


def test_a_year_set_as_a_deadline_is_not_the_year_of_the_page() -> None:
    text = "In 2013 the plan counted 82,000 migrants. This year it returned 500 families, and will do more by 2030."
    assert statistic_of(build_news(text, "en"), "500").period == "2013"


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("## 加拿大将2022年移民目标提高到43万人\n\n在2015年，联邦一年接收25万新移民。", "zh", "250000"),
        ("## Canada raises its immigration target\n\nIn 2015 the federal government admitted 250,000 newcomers.",
         "en", "250000"),
    ],
)  # fmt: skip
def test_a_figure_without_a_place_is_of_the_state_the_title_names(text: str, language: str, value: str) -> None:
    """Each target of the Canadian plan had no area where its sentence named none."""
    assert statistic_of(build_news(text, language), value).area.key == "CAN"


def test_a_title_naming_two_states_gives_no_area() -> None:
    text = "## Canada and Mexico sign a labour deal\n\nIn 2015 the programme admitted 250,000 newcomers."
    assert statistic_of(build_news(text, "en"), "250000").area is None


@pytest.mark.parametrize(
    ("text", "language", "value", "period"),
    [
        ("En el primer bimestre de 2013, las remesas acumularon 3 mil 061.58 millones de dólares, un descenso de "
         "7.1 por ciento.", "es", "7.1", "2013-01/2013-02"),
        ("In the first quarter of 2013, the country exported goods worth 4.5 billion dollars.", "en", "4500000000",
         "2013-Q1"),
        ("Au premier semestre 2013, les exportations ont atteint 4,5 milliards de dollars.", "fr", "4500000000",
         "2013-H1"),
        ("2013年第一季度，出口额达到3.5万亿元。", "zh", "3500000000000", "2013-Q1"),
        ("Entre enero y febrero de 2013, las remesas sumaron 3 mil millones de dólares.", "es", "3000000000",
         "2013-01/2013-02"),
        ("Between January and February 2013, remittances reached 3 billion dollars.", "en", "3000000000",
         "2013-01/2013-02"),
        ("De janvier à mars 2013, les exportations ont atteint 4,5 milliards de dollars.", "fr", "4500000000",
         "2013-01/2013-03"),
        ("Trong quý I năm 2013, xuất khẩu đạt 4,5 tỷ USD.", "vi", "4500000000", "2013-Q1"),
        ("في الربع الأول من عام 2013، بلغت الصادرات 4.5 مليار دولار.", "ar", "4500000000", "2013-Q1"),
    ],
)  # fmt: skip
def test_a_part_of_a_year_named_before_a_figure_is_its_period(
    text: str, language: str, value: str, period: str
) -> None:
    """ "En el primer bimestre de 2013, ... 3 mil 061.58 millones" was of 2013, not of its first two months."""
    assert statistic_of(build_news(text, language), value).period == period


@pytest.mark.parametrize(
    ("text", "language", "period"),
    [
        ("在疫情发生前，移民部平均每年接收34万新移民。", "zh", "疫情发生前"),
        ("Before the pandemic, the country admitted 340,000 newcomers a year.", "en", "Before the pandemic"),
    ],
)
def test_a_period_named_by_an_event_is_kept_as_written(text: str, language: str, period: str) -> None:
    assert statistic_of(build_news(text, language), "340000").period == period


@pytest.mark.parametrize(
    ("text", "language", "value", "qualifier"),
    [
        ("这家位于北部的工厂，约有500名越南劳工。", "zh", "500", "about"),
        ("El convenio entrará en vigor tras su ratificación por un mínimo de 50 países.", "es", "50", "at-least"),
        ("The treaty enters into force after ratification by a minimum of 50 countries.", "en", "50", "at-least"),
        ("Le traité entrera en vigueur après sa ratification par un minimum de 50 pays.", "fr", "50", "at-least"),
    ],
)
def test_qualifiers_written_as_a_phrase(text: str, language: str, value: str, qualifier: str) -> None:
    """ "约有500名" (there are about 500) and "un mínimo de 50 países" were read as exact."""
    assert statistic_of(build_news(text, language), value).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "language", "value", "period"),
    [
        ("Since October 2022, more than 32,000 refugees have been resettled, the report of 2024 says.", "en",
         "32000", "2022-10/2024"),
        ("US assistance totals over $230 million in demining since 1993, the report of 2023 says.", "en",
         "230000000", "1993/2023"),
        ("Desde 2011, el país repatrió a 15 mil niños, según el informe de 2013.", "es", "15000", "2011/2013"),
        ("Depuis 2015, le pays a accueilli 30 000 réfugiés, selon le bilan de 2020.", "fr", "30000", "2015/2020"),
        ("Kể từ năm 2015, Việt Nam đã tiếp nhận 30.000 người lao động, theo báo cáo năm 2020.", "vi", "30000",
         "2015/2020"),
        ("منذ عام 2015، استقبلت المملكة 30 ألف لاجئ، حسب تقرير عام 2020.", "ar", "30000", "2015/2020"),
    ],
)  # fmt: skip
def test_a_figure_counted_since_a_month_or_year_runs_to_the_page_s_year(
    text: str, language: str, value: str, period: str
) -> None:
    """ "Since October 2022, more than 32,000 refugees" was of 2022 alone."""
    assert statistic_of(build_news(text, language), value).period == period


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El país repatrió en 2011 a 15 mil niños.\n\nEn ese año, México devolvió a 4 mil 129 menores.", "es"),
        ("The country returned 15,000 children in 2011.\n\nThat year, Mexico returned 4,129 children.", "en"),
        ("政府会在2011年前恢复该项目。到那时，每年通过该项目入境的人将有4,129人。", "zh"),
    ],
)
def test_that_year_is_the_year_the_text_wrote_last(text: str, language: str) -> None:
    assert statistic_of(build_news(text, language), "4129").period == "2011"


def test_that_year_gives_way_to_a_year_written_after_it() -> None:
    text = (
        "El país repatrió en 2011 a 15 mil niños.\n\nEn ese año, México devolvió a 4 mil 129 menores; en 2012 "
        "continuó la tendencia, porque de 5 mil 958 repatriados, 4 mil 3 viajaban solos."
    )
    assert statistic_of(build_news(text, "es"), "5958").period == "2012"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The agreement raises the ceiling to $300 million until 2028. The United States plans to make available "
         "an additional $55 million in the next year.", "en"),
        ("El acuerdo eleva el techo a 300 millones de dólares hasta 2028. El país aportará otros 55 millones de "
         "dólares al año siguiente.", "es"),
    ],
)  # fmt: skip
def test_a_figure_of_a_relative_year_does_not_take_the_period_before(text: str, language: str) -> None:
    assert statistic_of(build_news(text, language), "55000000").period != "2028"
