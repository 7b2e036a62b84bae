"""News: figures with their units, scales, qualifiers and measures, in several languages."""

from __future__ import annotations

from helpers import build_news, statistic_of


def test_measures_before_verbs_in_arabic_chinese_russian() -> None:
    arabic = statistic_of(build_news("وارتفع حجم الصادرات إلى 5 مليارات دولار.", "ar"), "5000000000")
    chinese = statistic_of(build_news("海关总署表示，出口额达到3.5万亿元。", "zh"), "3500000000000")
    russian = statistic_of(build_news("По данным ведомства, экспорт составил 548 млрд долларов.", "ru"), "548000000000")
    assert (arabic.measure, chinese.measure, russian.measure) == ("حجم الصادرات", "出口额", "экспорт")
