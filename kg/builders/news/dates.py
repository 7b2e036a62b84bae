"""Dates in news prose: ``20/3/2020``, ``ngày 29/10``, ``ngày 20 tháng 3 năm 2020``, ``10 juin 2022``.

Dates are ISO 8601 of the precision the text gives; a day and month without a
year is an xsd:gMonthDay, ``--10-29`` (see :mod:`kg.model`). The order of day
and month in numeric dates is the pack's ``extra["date_order"]`` (``"dmy"``
unless it says ``"mdy"``); the words that may join day, month and year
("tháng 3 *năm* 2020", "10 *de* junio *de* 2022") are ``extra["date_links"]``. A
numeric day/month without a year is a date only after a word of
``extra["date_words"]`` ("ngày 29/10"), where the language lists them.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

from kg.lang.base import LanguagePack
from kg.model import Span
from kg.text.normalize import fold_digits

__all__ = ["Date", "find_dates", "with_year"]


_NUMERIC = re.compile(
    r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/])|(?<![\d/.])(\d{1,2})[.-](\d{1,2})[.-](\d{4})(?!\d)"
)


@dataclass(frozen=True)
class Date:
    span: Span
    iso: str  # "2020-03-20", "2020-03", "--10-29"

    @property
    def has_year(self) -> bool:
        return not self.iso.startswith("--")


def _iso(year: str | None, month: int, day: int) -> str | None:
    """The ISO form of a day that exists (a leap year stands in for an unknown year), else ``None``."""
    try:
        datetime.date(int(year) if year else 2000, month, day)
    except ValueError:
        return None
    return f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def with_year(iso: str, year: int) -> str:
    """A gMonthDay given a year: ``with_year("--10-29", 2024) == "2024-10-29"``.

    >>> with_year("--10-29", 2024), with_year("2020-03-20", 2024)
    ('2024-10-29', '2020-03-20')
    """
    return f"{year:04d}{iso[1:]}" if iso.startswith("--") else iso


def find_dates(text: str, pack: LanguagePack, start: int = 0, end: int | None = None) -> list[Date]:
    """The dates in ``text[start:end]``, in order.

    >>> from kg.lang import get
    >>> [d.iso for d in find_dates("Quyết định ngày 20/3/2020; hội thảo ngày 29/10.", get("vi"))]
    ['2020-03-20', '--10-29']
    """
    end = len(text) if end is None else end
    folded = fold_digits(text)
    dates = [*_numeric_dates(folded, pack, start, end), *_worded_dates(folded, pack, start, end)]
    return _without_overlaps(sorted(dates, key=lambda d: (d.span.start, -d.span.end)))


def _numeric_dates(text: str, pack: LanguagePack, start: int, end: int) -> list[Date]:
    month_first = pack.extra.get("date_order") == "mdy"
    dates = []
    for match in _NUMERIC.finditer(text, start, end):
        first, second, year = match.group(1, 2, 3) if match.group(1) else match.group(4, 5, 6)
        day, month = (int(second), int(first)) if month_first else (int(first), int(second))
        iso = _iso(year, month, day)
        if iso and (year or _after_date_word(text, match.start(), pack)):
            dates.append(Date(Span(match.start(), match.end()), iso))
    return dates


def _after_date_word(text: str, position: int, pack: LanguagePack) -> bool:
    """Whether a day/month without a year follows a word that announces a date ("ngày 29/10").

    Without one, "3/4" is as likely a fraction ("3/4 số người"). A language
    that lists no such words (``extra["date_words"]``) takes every day/month.
    """
    words = tuple(pack.extra.get("date_words", ()))
    if not words:
        return True
    before = text[max(0, position - 20) : position].rstrip()
    return any(re.search(rf"(?<!\w){re.escape(word)}$", before) for word in words)


@lru_cache(maxsize=32)
def _worded_patterns(months: tuple[str, ...], links: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    link = "|".join(re.escape(word) for word in links) or "(?!)"
    to_month = rf"\s+(?:(?:{link})\s+)?"
    to_year = rf"(?:,?\s+|\s+(?:{link})\s+)"
    day_first = rf"(?<!\d)(\d{{1,2}}){to_month}({names})(?:{to_year}(\d{{4}}))?(?!\w)"
    month_first = rf"(?<!\w)({names})\s+(\d{{1,2}})(?!\d)(?:{to_year}(\d{{4}}))?"
    return re.compile(day_first, re.IGNORECASE), re.compile(month_first, re.IGNORECASE)


def _worded_dates(text: str, pack: LanguagePack, start: int, end: int) -> list[Date]:
    if not pack.months:
        return []
    months = {name.casefold(): number for name, number in pack.months.items()}
    links = tuple(pack.extra.get("date_links", ()))
    day_first, month_first = _worded_patterns(tuple(pack.months), links)
    dates = []
    for match in day_first.finditer(text, start, end):
        iso = _iso(match.group(3), months[match.group(2).casefold()], int(match.group(1)))
        if iso:
            dates.append(Date(Span(match.start(), match.end()), iso))
    for match in month_first.finditer(text, start, end):
        iso = _iso(match.group(3), months[match.group(1).casefold()], int(match.group(2)))
        if iso:
            dates.append(Date(Span(match.start(), match.end()), iso))
    return dates


def _without_overlaps(dates: list[Date]) -> list[Date]:
    kept: list[Date] = []
    for date in dates:
        if not kept or date.span.start >= kept[-1].span.end:
            kept.append(date)
    return kept
