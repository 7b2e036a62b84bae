"""Dates in running text, in every UN language, from language data alone."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.lang import get
from kg.lang.base import LanguagePack
from kg.text.dates import find_dates, iso_date, parse_date


@pytest.mark.parametrize(
    ("language", "text", "iso", "end_iso"),
    [
        ("en", "on 21 December 2001", "2001-12-21", None),
        ("en", "held on 10 and 11 December 2018", "2018-12-10", "2018-12-11"),
        ("en", "Tunis, 16-18 November 2005", "2005-11-16", "2005-11-18"),
        ("en", "from 30 June to 2 July 2019", "2019-06-30", "2019-07-02"),
        ("en", "adopted in October 2013", "2013-10", None),
        ("en", "on December 19, 2018", "2018-12-19", None),
        ("fr", "du 16 au 18 novembre 2005", "2005-11-16", "2005-11-18"),
        ("fr", "le 1er janvier 2020", "2020-01-01", None),
        ("es", "del 16 al 18 de noviembre de 2005", "2005-11-16", "2005-11-18"),
        ("es", "de 19 de diciembre de 2018", "2018-12-19", None),
        ("ru", "от 19 декабря 2018 года", "2018-12-19", None),
        ("ru", "с 16 по 18 ноября 2005 года", "2005-11-16", "2005-11-18"),
        ("zh", "2018年12月19日", "2018-12-19", None),
        ("zh", "2005年11月16日至18日", "2005-11-16", "2005-11-18"),
        ("ar", "المؤرخ ٢١ كانون الأول/ديسمبر ٢٠٠١", "2001-12-21", None),
        ("ar", "في الفترة من ١٠ إلى ١٢ كانون الأول/ديسمبر ٢٠٠٣", "2003-12-10", "2003-12-12"),
        ("ar", "٢٣ حزيران/يونيه ٢٠٠٣", "2003-06-23", None),
        ("ar", "في ١٣ تشرين الأول/أكتوبر", "--10-13", None),
        ("ar", "في عام ٢٠٠٦", "2006", None),
    ],
)
def test_find_dates(language: str, text: str, iso: str, end_iso: str | None) -> None:
    [date] = find_dates(text, get(language))
    assert (date.iso, date.end_iso) == (iso, end_iso)


@pytest.mark.parametrize(
    ("language", "text", "days"),
    [
        ("en", "at its meetings on 1 and 30 November 2017", ("2017-11-01", "2017-11-30")),
        ("fr", "à ses séances du 1er et 30 novembre 2017", ("2017-11-01", "2017-11-30")),
        ("es", "en sus sesiones del 1 y 30 de noviembre de 2017", ("2017-11-01", "2017-11-30")),
        ("ru", "на заседаниях 1 и 30 ноября 2017 года", ("2017-11-01", "2017-11-30")),
        ("zh", "2017年11月1日和30日", ("2017-11-01", "2017-11-30")),
        ("ar", "المعقودتين في ١ و ٣٠ تشرين الثاني/نوفمبر ٢٠١٧", ("2017-11-01", "2017-11-30")),
    ],
)
def test_two_days_a_conjunction_joins_are_two_dates_not_a_range(language: str, text: str, days: tuple) -> None:
    dates = find_dates(text, get(language))
    assert [(date.iso, date.end_iso) for date in dates] == [(day, None) for day in days]
    assert dates[0].span.end <= dates[1].span.start


def test_spans_quote_the_date() -> None:
    text = "اعتمد في ٢٧ آذار/مارس ٢٠٠٦ في نيويورك"
    [date] = find_dates(text, get("ar"))
    assert date.span.of(text) == "٢٧ آذار/مارس ٢٠٠٦"


def test_numeric_dates_follow_the_pack_order() -> None:
    day_first = LanguagePack(code="xx", name="test", extra={"date_order": "dmy"})
    month_first = LanguagePack(code="xy", name="test", extra={"date_order": "mdy"})
    assert parse_date("20/3/2020", day_first) == "2020-03-20"
    assert parse_date("3/20/2020", month_first) == "2020-03-20"
    assert parse_date("29/10", day_first) == "--10-29"


def test_a_bare_year_is_a_date_only_after_a_year_word() -> None:
    assert [d.iso for d in find_dates("the 2030 Agenda, by 2030", get("en"))] == ["2030"]


def test_an_empty_pack_finds_only_numeric_dates() -> None:
    empty = LanguagePack(code="und", name="undetermined")
    assert [d.iso for d in find_dates("on 20/3/2020 and 21 December 2001", empty)] == ["2020-03-20"]


def test_impossible_dates_are_not_dates() -> None:
    assert iso_date(2001, 2, 30) is None
    assert find_dates("31/2/2020", get("fr")) == []


@given(st.text(), st.sampled_from(["en", "fr", "es", "ru", "zh", "ar", "vi"]))
def test_find_dates_never_raises_and_spans_fit(text: str, language: str) -> None:
    for date in find_dates(text, get(language)):
        assert 0 <= date.span.start < date.span.end <= len(text)
        assert date.iso[:2] == "--" or date.iso[:4].isdigit()


def test_a_day_and_month_alone_follow_a_word_for_a_date_where_a_language_lists_them() -> None:
    text = "hội thảo ngày 29/10, 3/4 số người tham dự; ký ngày 05-06-2024"
    assert [d.iso for d in find_dates(text, get("vi"))] == ["--10-29", "2024-06-05"]
