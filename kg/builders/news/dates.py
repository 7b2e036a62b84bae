"""Dates in news prose: the days of :func:`kg.text.dates.find_dates`.

News dates its facts by day: ``20/3/2020``, ``ngày 29/10``, ``ngày 20 tháng 3 năm
2020``, ``10 juin 2022``, ``2024年7月5日``. A day and month without a year is an
xsd:gMonthDay, ``--10-29`` (see :mod:`kg.model`), which :func:`with_year`
completes from the document's date. Years and months alone are periods, not
dates of a fact, and are left out here.
"""

from __future__ import annotations

from kg.lang.base import LanguagePack
from kg.text import dates

__all__ = ["find_dates", "with_year"]


def find_dates(text: str, pack: LanguagePack, start: int = 0, end: int | None = None) -> list[dates.DateMatch]:
    """The days named in ``text[start:end]``, in order.

    >>> from kg.lang import get
    >>> [d.iso for d in find_dates("Quyết định ngày 20/3/2020; hội thảo ngày 29/10, 3/4 số người.", get("vi"))]
    ['2020-03-20', '--10-29']
    """
    return [date for date in dates.find_dates(text, pack, start, end) if _is_day(date.iso)]


def _is_day(iso: str) -> bool:
    return len(iso) == 10 or (iso.startswith("--") and len(iso) == 7)


def with_year(iso: str, year: int) -> str:
    """A gMonthDay given a year: ``with_year("--10-29", 2024) == "2024-10-29"``.

    >>> with_year("--10-29", 2024), with_year("2020-03-20", 2024)
    ('2024-10-29', '2020-03-20')
    """
    return f"{year:04d}{iso[1:]}" if iso.startswith("--") else iso
