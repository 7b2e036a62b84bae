"""Chinese news: dates written in running text."""

from __future__ import annotations

from kg.lang import get
from kg.text.dates import find_dates


def test_chinese_day_and_month_without_year_is_a_date() -> None:
    assert [d.iso for d in find_dates("新华社北京11月5日电，5月份", get("zh"))] == ["--11-05"]
