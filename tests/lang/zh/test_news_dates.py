"""Chinese news: dates written in running text."""

from __future__ import annotations

from helpers import build_news

from kg.lang import get
from kg.text.dates import find_dates


def test_chinese_day_and_month_without_year_is_a_date() -> None:
    assert [d.iso for d in find_dates("新华社北京11月5日电，5月份", get("zh"))] == ["--11-05"]


def test_a_month_or_a_day_written_alone_is_no_figure() -> None:
    """Before, "今年11月" (November) and "在3日" (on the 3rd) were figures 11 and 3."""
    text = "今年11月，这些越南劳工爆发了罢工。调查小组已在3日前往乌克兰。工厂约有500名越南劳工。"
    assert [str(s.value) for s in build_news(text, "zh").statistics] == ["500"]
