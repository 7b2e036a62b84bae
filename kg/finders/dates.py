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

__all__ = ["current_year", "find_dates", "find_hijri_dates", "posted_month", "with_year", "year_of_month_day"]


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


#: A month in the path of a web address, as sites file their uploads and posts: ".../uploads/2021/12/x.jpg".
_PATH_MONTH = re.compile(r"https?://\S*?/((?:19|20)\d\d)/(0[1-9]|1[0-2])/")


def posted_month(text: str) -> str | None:
    """The latest month that the web addresses of a page file something under ("YYYY-MM"): a page is posted
    no earlier than what it shows, so this dates a page that states no date of its own.

    >>> posted_month("![](https://a.org/uploads/2021/08/a.png) ... ![](https://a.org/uploads/2021/12/b.jpg)")
    '2021-12'
    >>> posted_month("no address here") is None
    True
    """
    months = [f"{m.group(1)}-{m.group(2)}" for m in _PATH_MONTH.finditer(text)]
    return max(months, default=None)


#: How many months before the latest month of a page's addresses a day it tells of may fall.
_MONTHS_BEFORE = 1


def year_of_month_day(month_day: str, posted: str) -> int:
    """The year of a day without one ("--12-16") in a page whose addresses file things up to ``posted``
    ("2021-12"): the first such day from a month before that month on, as a page tells of what happens about
    when it is posted, which is no earlier than what it shows.

    >>> year_of_month_day("--12-16", "2021-12"), year_of_month_day("--12-16", "2022-01")
    (2021, 2021)
    >>> year_of_month_day("--03-04", "2022-03"), year_of_month_day("--06-20", "2024-02")
    (2022, 2024)
    """
    year, month = int(posted[:4]), int(posted[5:7])
    earliest = year * 12 + month - 1 - _MONTHS_BEFORE
    day_month = int(month_day[2:4]) - 1
    return next(y for y in (year - 1, year, year + 1) if y * 12 + day_month >= earliest)


def current_year(document_date: str | None, text: str) -> str | None:
    """The year a text calls "this year": its document's, else the one its addresses were last filed in.

    >>> current_year("2024-06-20", ""), current_year(None, "![](https://a.org/2022/02/x.png)"), current_year(None, "")
    ('2024', '2022', None)
    """
    if document_date and re.match(r"\d{4}", document_date):
        return document_date[:4]
    posted = posted_month(text)
    return posted[:4] if posted else None
