"""Arabic news: figures with their units, scales, qualifiers and measures."""

from __future__ import annotations

from decimal import Decimal

from helpers import build_news, statistic_of


def test_ar_a_measure_ends_before_the_next_qualifier_a_cycle_or_a_deadline() -> None:
    text = (
        "قدمت المملكة أكثر من 130 مليار دولار من المساعدات الإنسانية والتنموية لأكثر من 170 دولة. "
        "وتلتزم المملكة بخفض انبعاثات الكربون بمقدار 278 مليون طن سنوياً بحلول عام 2030."
    )
    extraction = build_news(text, "ar")
    assert statistic_of(extraction, "130000000000").measure == "المساعدات الإنسانية والتنموية"
    assert statistic_of(extraction, "278000000").measure is None


def test_arabic_range_with_the_conjunction_on_the_number_in_riyals() -> None:
    """ "بين ٢ و٣ مليارات ريال" was 3 billion alone, with no unit."""
    text = "عنوان\n\nالرياض - الميزانية المخصصة للبرنامج تتراوح بين ٢ و٣ مليارات ريال.\n"
    figures = [(s.value, s.unit, s.qualifier) for s in build_news(text, "ar").statistics]
    assert figures == [(Decimal(2 * 10**9), "SAR", "at-least"), (Decimal(3 * 10**9), "SAR", "at-most")]


def test_a_currency_named_without_its_country_is_that_of_the_state_of_the_dateline() -> None:
    """ "ريال" was the Saudi riyal everywhere, "جنيه" the Egyptian pound, "درهم" the UAE dirham."""
    cases = {
        "الدوحة - خصصت الحكومة ٥ ملايين ريال للبرنامج.": "QAR",
        "الرباط - خصصت الحكومة ٥ ملايين درهم للبرنامج.": "MAD",
        "القاهرة - خصصت الحكومة ٥ ملايين جنيه للبرنامج.": "EGP",
        "خصصت الحكومة ٥ ملايين ريال للبرنامج.": "riyal",  # no dateline: which riyal is not said
        "القاهرة - خصصت الحكومة ٥ ملايين جنيه إسترليني للبرنامج.": "GBP",
    }
    for body, unit in cases.items():
        units = [s.unit for s in build_news("عنوان\n\n" + body + "\n", "ar").statistics]
        assert units == [unit], body


def test_arabic_hijri_dates_are_no_figures() -> None:
    """ "14 جمادى الأولى 1446 هـ" and "١٢/٥/١٤٤٦هـ" gave the figures 14 and 1446."""
    text = (
        "عنوان\n\nالرياض، 14 جمادى الأولى 1446 هـ الموافق 16 نوفمبر 2024 (واس) - عقد مجلس الوزراء جلسته "
        "بتاريخ ١٢/٥/١٤٤٦هـ، وبلغ عدد المستفيدين 1200 مستفيد.\n"
    )
    extraction = build_news(text, "ar")
    assert [s.value for s in extraction.statistics] == [Decimal(1200)]
    assert extraction.document is not None and extraction.document.date == "2024-11-16"
