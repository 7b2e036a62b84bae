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
