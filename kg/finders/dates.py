"""Dates in news prose: the days of :func:`kg.text.dates.find_dates`.

News dates its facts by day: ``20/3/2020``, ``ngày 29/10``, ``ngày 20 tháng 3 năm
2020``, ``10 juin 2022``, ``2024年7月5日``. A day and month without a year is an
xsd:gMonthDay, ``--10-29`` (see :mod:`kg.model`), which :func:`with_year`
completes from the document's date. Years and months alone are periods, not
dates of a fact, and are left out here.
"""

from __future__ import annotations

import re

from kg.lang.base import LanguagePack
from kg.model import Span
from kg.text import dates
from kg.text.normalize import digits_folded
from kg.text.patterns import phrases_alternation

__all__ = ["find_dates", "find_hijri_dates", "with_year"]


def find_dates(text: str, pack: LanguagePack, start: int = 0, end: int | None = None) -> list[dates.DateMatch]:
    """The days named in ``text[start:end]``, in order.

    >>> from kg.lang import get
    >>> [d.iso for d in find_dates("Quyết định ngày 20/3/2020; hội thảo ngày 29/10, 3/4 số người.", get("vi"))]
    ['2020-03-20', '--10-29']
    """
    return [date for date in dates.find_dates(text, pack, start, end) if _is_day(date.iso)]


def find_hijri_dates(text: str, pack: LanguagePack, start: int = 0, end: int | None = None) -> list[Span]:
    """Where ``text[start:end]`` names a day of the Hijri calendar ("14 جمادى الأولى 1446 هـ", "١٢/٥/١٤٤٦هـ").

    They are dates, not figures; ISO 8601 has no Hijri calendar, so none is given (a Gregorian date
    printed beside one, "الموافق 16 نوفمبر 2024", is read as any date is).

    >>> from kg.lang import get
    >>> text = "الرياض، 14 جمادى الأولى 1446 هـ الموافق 16 نوفمبر 2024، وفي ١٢/٥/١٤٤٦هـ"
    >>> [text[s.start : s.end] for s in find_hijri_dates(text, get("ar"))]
    ['14 جمادى الأولى 1446 هـ', '١٢/٥/١٤٤٦هـ']
    """
    pattern = pack.derived("news_hijri_dates", _hijri_pattern)
    if pattern is None:
        return []
    view = digits_folded(text)
    return [Span(m.start(), m.end()) for m in pattern.finditer(view, start, len(text) if end is None else end)]


def _hijri_pattern(pack: LanguagePack) -> re.Pattern[str] | None:
    """A day, a Hijri month (by name or number) and a year, or a year, then the era's mark."""
    months, marks = pack.words("hijri_months"), pack.words("hijri_marks")
    if not marks:
        return None
    mark = rf"\s*(?:{phrases_alternation(marks)})(?!\w)"
    named = rf"\d{{1,2}}\s+(?:{phrases_alternation(months)})\s+\d{{3,4}}(?:{mark})?" if months else "(?!)"
    numeric = rf"(?:\d{{1,2}}/\d{{1,2}}/\d{{3,4}}|\d{{3,4}}/\d{{1,2}}/\d{{1,2}}){mark}"
    return re.compile(rf"(?<!\d)(?:{named}|{numeric}|\d{{3,4}}{mark})")


def _is_day(iso: str) -> bool:
    return len(iso) == 10 or (iso.startswith("--") and len(iso) == 7)


def with_year(iso: str, year: int) -> str:
    """A gMonthDay given a year: ``with_year("--10-29", 2024) == "2024-10-29"``.

    >>> with_year("--10-29", 2024), with_year("2020-03-20", 2024)
    ('2024-10-29', '2020-03-20')
    """
    return f"{year:04d}{iso[1:]}" if iso.startswith("--") else iso
