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
