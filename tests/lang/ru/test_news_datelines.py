"""Russian news: datelines, with the home state and the date they give."""

from __future__ import annotations

from helpers import build_news


def test_datelines_day_without_year_is_not_replaced_by_an_instruments_date() -> None:
    """A yearless dateline ("5 ноября") took the decree's date (1 November) as the article's."""
    text = "Заголовок\n\nМОСКВА, 5 ноября. /ТАСС/. Подписано постановление № 1523 от 1 ноября 2024 года.\n"
    assert build_news(text, "ru").document.date == "2024-11-05"
