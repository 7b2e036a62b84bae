"""News: figures with their units, scales, qualifiers and measures, in several languages."""

from __future__ import annotations

import pytest
from helpers import build_news, statistic_of


def test_measures_before_verbs_in_arabic_chinese_russian() -> None:
    arabic = statistic_of(build_news("وارتفع حجم الصادرات إلى 5 مليارات دولار.", "ar"), "5000000000")
    chinese = statistic_of(build_news("海关总署表示，出口额达到3.5万亿元。", "zh"), "3500000000000")
    russian = statistic_of(build_news("По данным ведомства, экспорт составил 548 млрд долларов.", "ru"), "548000000000")
    assert (arabic.measure, chinese.measure, russian.measure) == ("حجم الصادرات", "出口额", "экспорт")


def test_a_figure_is_about_the_state_its_sentence_names_before_it() -> None:
    """Before, a figure in news had no area at all."""
    spanish = build_news(
        "En marzo ingresaron a Guatemala 410 millones de dólares por remesas. Honduras recibió menos.", "es"
    )
    english = build_news("Canada will welcome 40,000 refugees next year, more than France.", "en")
    assert statistic_of(spanish, "410000000").area.text == "Guatemala"
    assert statistic_of(english, "40000").area.text == "Canada"


def test_a_figure_takes_the_state_named_after_it_when_none_is_named_before() -> None:
    russian = build_news("Более 300 человек въехали в Казахстан за неделю.", "ru")
    assert statistic_of(russian, "300").area.text == "Казахстан"


def test_a_figure_named_with_no_state_has_no_area_outside_a_home_state() -> None:
    french = build_news("Le Chili a voté la loi.\n\nPlus de 3 000 personnes vivent dans le camp.", "fr")
    assert statistic_of(french, "3000").area is None


@pytest.mark.parametrize(
    ("language", "text", "value", "unit"),
    [
        ("fr", "DAKAR, 3 mars 2024 - Le gouvernement a débloqué 12 milliards de francs CFA.", "12000000000", "XOF"),
        ("en", "YAOUNDE, 3 March 2024 - The government released 5 billion CFA francs.", "5000000000", "XAF"),
        ("es", "DAKAR, 3 de marzo de 2024 - El gobierno liberó 12 mil millones de francos CFA.", "12000000000", "XOF"),
    ],
)
def test_cfa_francs_are_the_currency_of_the_state_the_text_is_about(
    language: str, text: str, value: str, unit: str
) -> None:
    """Before, "francs CFA" stayed a generic unit: no table told the West African franc from the Central one."""
    assert statistic_of(build_news(text, language), value).unit == unit


def test_a_figure_with_no_state_in_its_sentence_is_about_the_state_of_the_figure_before() -> None:
    """ "Un año después, envió a 17 mil 129" had no area, though the text went on about the state before."""
    spanish = build_news(
        "En 2011 Guatemala recibió a 12 mil 300 niños repatriados.\n\nUn año después, la cifra llegó a 14 mil 20.",
        "es",
    )
    assert statistic_of(spanish, "14020").area.text == "Guatemala"
    chinese = build_news("在2021年，加拿大接收了40万新移民。预计明年还会接收43万新移民。", "zh")
    assert statistic_of(chinese, "430000").area.text == "加拿大"


def test_a_state_named_in_between_stops_the_area_going_on() -> None:
    english = build_news(
        "Canada welcomed 40,000 refugees in 2021. France debated its own law. Another 12,000 arrived later.", "en"
    )
    assert statistic_of(english, "12000").area is None


@pytest.mark.parametrize(
    ("text", "language", "value", "period"),
    [
        ("Estados Unidos repatrió en 2011 a poco más de 15 mil niños.", "es", "15000", "2011"),
        (
            "en 2012 continuó la tendencia, porque de 5 mil 958 repatriados, 4 mil 3 viajaban solos.",
            "es",
            "5958",
            "2012",
        ),
        ("此外，在2015时，联邦一年接收25万新移民，2016年度接收了30万人。", "zh", "250000", "2015"),
        ("此外，在2015时，联邦一年接收25万新移民，2016年度接收了30万人。", "zh", "300000", "2016"),
        ("In August 2024, 31 refugee students will start their studies.", "en", "31", "2024"),
        ("Le camp accueillait 3 000 personnes, selon le rapport publié en 2015.", "fr", "3000", "2015"),
    ],
)
def test_a_figure_takes_the_year_its_sentence_names(text: str, language: str, value: str, period: str) -> None:
    """A figure whose sentence names a year had no period unless the year came right after its measure: the
    year of its clause before it, else the nearest before it in the sentence, else the first after it."""
    assert statistic_of(build_news(text, language), value).period == period


def test_a_year_range_in_the_sentence_still_wins_over_a_year_outside_the_clause() -> None:
    text = "Trong giai đoạn 2017-2022, năm 2020 là năm khó khăn, kim ngạch xuất khẩu đạt 50 tỷ USD."
    assert statistic_of(build_news(text, "vi"), "50000000000").period == "2017/2022"


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        (
            "![](https://img.example.org/uploads/2023/05/a.jpg)\n\nCanada welcomed 13,000 refugees this year.",
            "en",
            "13000",
        ),
        ("![](https://img.example.org/uploads/2023/05/a.jpg)\n\n今年额外增加了1500个名额。", "zh", "1500"),
    ],
)
def test_this_year_is_the_year_the_page_is_of(text: str, language: str, value: str) -> None:
    """ "13,000 refugees from the region this year" had no period on an undated page."""
    assert statistic_of(build_news(text, language), value).period == "2023"


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("En febrero de este año ingresaron 1 200 millones de dólares, monto menor al del mismo periodo de 2012.",
         "es", "1200000000"),
        ("This year exports reached $1.2 billion, less than in the same period of 2012.", "en", "1200000000"),
        ("Cette année, les exportations ont atteint 1,2 milliard de dollars, moins que sur la même période de 2012.",
         "fr", "1200000000"),
    ],
)  # fmt: skip
def test_this_year_of_an_undated_page_follows_the_year_it_is_compared_to(text: str, language: str, value: str) -> None:
    """ "En febrero de este año ... al del mismo periodo de 2012": the figure was given 2012, the year it is
    compared to; the page is of the year after it."""
    assert statistic_of(build_news(text, language), value).period == "2013"


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("移民部发布了2022至2024年的计划，目标是吸引130多万新移民。", "zh", "1300000"),
        ("Según el informe de 2022 a 2024, llegaron 120 mil migrantes.", "es", "120000"),
    ],
)
def test_a_range_of_years_joined_by_a_word_is_the_period(text: str, language: str, value: str) -> None:
    """ "2022至2024年" was no range of years, only "2022-2024" was."""
    assert statistic_of(build_news(text, language), value).period == "2022/2024"


def test_a_place_named_after_a_figure_does_not_go_on() -> None:
    """ "4万阿富汗难民" made every later figure of the text one about Afghanistan."""
    chinese = build_news("政府承诺安置4万阿富汗难民。\n\n此外，联邦一年接收25万新移民。", "zh")
    assert statistic_of(chinese, "250000").area is None
    english = build_news("The plan covers 4,000 Afghan refugees in Canada.\n\nAnother 12,000 arrived later.", "en")
    assert statistic_of(english, "12000").area is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Заявление МИД России. 26 September 2025 15:00. Санкции затронули 12 компаний.", "ru"),
        ("وزارة الخارجية، 14 March 2025. شملت العقوبات 12 شركة.", "ar"),
    ],
)
def test_a_day_written_in_english_on_a_page_in_another_language_is_no_figure(text: str, language: str) -> None:
    """ "26 September 2025" on a Russian page was the figure 26 of "September"."""
    assert [str(s.value) for s in build_news(text, language).statistics] == ["12"]


def test_a_number_after_an_ordinal_noun_is_no_figure() -> None:
    """ "بمناسبة الذكرى 26 لعيد العرش" (the 26th anniversary of Throne Day) was the figure 26."""
    arabic = build_news("وبمناسبة الذكرى 25 لعيد الاستقلال، أفرجت السلطات عن 120 معتقلا.", "ar")
    assert [str(s.value) for s in arabic.statistics] == ["120"]
    congress = build_news("انعقد المؤتمر 12 للمنظمة بحضور 300 مشارك.", "ar")
    assert [str(s.value) for s in congress.statistics] == ["300"]


def test_a_number_inside_a_product_name_is_no_figure() -> None:
    """ "purchase 50 Boeing 737 MAX aircraft" made 737 a figure."""
    english = build_news("The airline will purchase 40 Airbus 320 NEO jets for $3 billion.", "en")
    assert sorted(str(s.value) for s in english.statistics) == ["3000000000", "40"]
    french = build_news("La compagnie achètera 12 Boeing 787 MAX pour 2 milliards de dollars.", "fr")
    assert "787" not in [str(s.value) for s in french.statistics]


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        (
            "El país repatrió en 2011 a 405 mil migrantes. Un año después, envió a 17 mil 129, de los que 13 mil "
            "589 viajaban solos.",
            "es",
            {"405000": "2011", "17129": "2012", "13589": "2012"},
        ),
        (
            "Canada admitted 250,000 immigrants in 2015; a year later, it admitted 300,000 immigrants.",
            "en",
            {"250000": "2015", "300000": "2016"},
        ),
    ],
)
def test_a_year_later_is_the_year_after_the_figure_before(text: str, language: str, values: dict[str, str]) -> None:
    """ "Un año después, envió a 17 mil 129" had no period, and "en 2011 a 405 mil; un año después, 369 mil" had
    the year before."""
    extraction = build_news(text, language)
    assert {value: statistic_of(extraction, value).period for value in values} == values


def test_a_russian_count_of_persons_may_be_abbreviated_or_after_two_to_four() -> None:
    """ "(25 чел.)", "3 человека": the abbreviation and the form after 2-4 count persons as "человек" does."""
    russian = build_news("Москва, 5 мая. Запрет касается деятелей культуры (25 чел.) и ещё 3 человека.", "ru")
    assert statistic_of(russian, "25").unit == "persons"
    assert statistic_of(russian, "3").unit == "persons"
