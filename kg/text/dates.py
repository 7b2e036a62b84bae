"""Dates as written in running text, in any language, as ISO 8601 strings.

:func:`find_dates` finds day–month–year dates ("21 December 2001",
"٢١ كانون الأول/ديسمبر ٢٠٠١", "19 декабря 2018 года", "2018年12月19日"),
month–year and month–day dates, ranges ("10 and 11 December 2018",
"16-18 November 2005", "du 16 au 18 novembre 2005", "في الفترة من ١٠ إلى ١٢
كانون الأول/ديسمبر ٢٠٠٣"), numeric dates ("20/3/2020", "29/10") and years
introduced by a word that makes them a date ("in 2006", "في عام ٢٠٠٦").

Everything that differs between languages comes from the pack:
``months`` (names in lower case, several words allowed) and these keys of
``extra``: ``date_order`` ("dmy", "mdy" or "ymd", for numeric dates),
``date_marks`` (the year, month and day marks of "2018年12月19日"),
``date_range_openers`` ("from", "du", "من"), ``date_range_connectors``
("-", "to", "au", "إلى"), ``year_words_before`` ("in", "عام") and
``year_words_after`` ("年"). The precision of the ISO string is the
precision of the text: ``2001-12-21``, ``2003-06``, ``2017``, or
``--10-29`` (xsd:gMonthDay) when no year is written.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from kg.lang.base import LanguagePack
from kg.model import Span
from kg.text.normalize import digits_folded
from kg.text.patterns import alternation, caseless_alternation, phrase_pieces

__all__ = ["DateMatch", "find_dates", "iso_date", "parse_date"]

#: Years a date in a UN or government text may have.
PLAUSIBLE_YEARS = range(1900, 2101)


@dataclass(frozen=True)
class DateMatch:
    """A date (or a range of dates) found in a text."""

    span: Span
    iso: str
    end_iso: str | None = None  # the last day of a range

    @property
    def has_year(self) -> bool:
        return not self.iso.startswith("--")


def iso_date(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    """An ISO 8601 string of the precision given, or None for an impossible date.

    >>> iso_date(2001, 12, 21), iso_date(2003, 6), iso_date(2017), iso_date(None, 10, 29)
    ('2001-12-21', '2003-06', '2017', '--10-29')
    >>> iso_date(2001, 2, 30) is None
    True
    """
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not (month and 1 <= day <= _days_in(month, year)):
        return None
    if year is None:
        return f"--{month:02d}-{day:02d}" if month and day else None
    if year not in PLAUSIBLE_YEARS:
        return None
    parts = [f"{year:04d}"] + [f"{part:02d}" for part in (month, day) if part is not None]
    return "-".join(parts)


def _days_in(month: int, year: int | None) -> int:
    if month == 2:
        return 28 if year is not None and (year % 4 or (year % 100 == 0 and year % 400)) else 29
    return 30 if month in (4, 6, 9, 11) else 31


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of words, longest first, with flexible spaces and slashes."""
    return alternation(phrase_pieces(word, _piece) for word in set(words))


@cache
def _piece(char: str) -> str:
    return r"\s*/\s*" if char == "/" else re.escape(char)  # "كانون الأول/ديسمبر" with spaces or not


@dataclass(frozen=True)
class _Patterns:
    spelled: re.Pattern[str] | None  # day [connector day] month [year]
    month_first: re.Pattern[str] | None  # month day[, year] (US English)
    month_year: re.Pattern[str] | None  # month year
    marked: re.Pattern[str] | None  # 2018年12月19日
    numeric: re.Pattern[str]
    year_only: re.Pattern[str] | None


def _patterns(pack: LanguagePack) -> _Patterns:
    """The compiled patterns of a pack, compiled once."""
    return pack.derived("dates.patterns", _compile_patterns)


def _compile_patterns(pack: LanguagePack) -> _Patterns:
    connectors = _alternation(pack.words("date_range_connectors") or ("-",))
    openers = pack.words("date_range_openers")
    opener = rf"(?:(?:{_alternation(openers)})\s+)?" if openers else ""
    months = _alternation(list(pack.months))
    links = pack.words("date_links")
    link = rf"(?:(?:{_alternation(links)})\s+)?" if links else ""
    spelled = month_first = month_year = None
    if months:
        opening_month = _opening_month(list(pack.months))
        spelled = _spelled_pattern(opener, connectors, months, link)
        suffixes = pack.words("day_ordinal_suffixes")
        # "June 13th", "June 13<sup>th</sup>" (a page's markup kept): the day's ordinal suffix
        ordinal = rf"(?:(?:<sup>)?(?:{_alternation(suffixes)})(?:</sup>)?)?" if suffixes else ""
        month_first = re.compile(
            rf"(?P<month>{opening_month})\s+(?P<day>\d{{1,2}}){ordinal}(?!\d)"
            rf"(?:\s*(?:{connectors})\s*(?P<end_day>\d{{1,2}}){ordinal}(?!\d))?"  # "March 11-12, 2024"
            rf"(?:,?\s+(?P<year>\d{{4}})(?!\d))?",
            re.IGNORECASE,
        )
        month_year = re.compile(rf"(?P<month>{opening_month}),?\s+{link}(?P<year>\d{{4}})(?!\d)", re.IGNORECASE)
    marks = pack.words("date_marks")
    marked = None
    if len(marks) == 3:
        y, m, d = (re.escape(mark) for mark in marks)
        # "11月5日" with no year: a news dateline's day, a gMonthDay (a month alone needs its year)
        marked = re.compile(
            rf"(?:(?P<year>\d{{4}})\s*{y}\s*|(?<![\d{y}{m}]))(?P<month>\d{{1,2}})\s*{m}"
            rf"(?:\s*(?P<day>\d{{1,2}})\s*{d}"
            rf"(?:\s*(?P<connector>{connectors})\s*(?P<end_day>\d{{1,2}})\s*{d})?)?"
        )
    # no word character, slash, stop or hyphen before the first digit, tested after it: a pattern that opens
    # with a digit lets the engine skip to the next one, where one that opens with the test is tried everywhere
    numeric = re.compile(r"(\d(?<![\w/.\-].)\d{0,3})([/.\-])(\d{1,2})(?:\2(\d{2,4}))?(?![\w/]|\.\d)")
    before, after = pack.words("year_words_before"), pack.words("year_words_after")
    alternatives = []
    if before:
        alternatives.append(rf"(?<!\w)(?:{_alternation(before)})\s+(?P<year>\d{{4}})(?!\d)")
    if after:
        alternatives.append(rf"(?<!\d)(?P<year2>\d{{4}})\s*(?:{_alternation(after)})")
    year_only = re.compile("|".join(alternatives), re.IGNORECASE) if alternatives else None
    return _Patterns(spelled, month_first, month_year, marked, numeric, year_only)


def _opening_month(names: list[str]) -> str:
    r"""A month's name that no word character stands before (``(?<!\w)`` and :func:`_alternation`), for a pattern
    compiled with case ignored that opens with it: shaped so that the engine skips to where a name can open
    (:func:`kg.text.patterns.caseless_alternation`, the test after the name's first letter), where it can be.

    >>> re.compile(_opening_month(["may", "march"]), re.IGNORECASE).findall("Dismay in May, MARCH")
    ['May', 'MARCH']
    """
    names = sorted(set(names))
    pieces = [phrase_pieces(name, _piece) for name in names]
    firsts = [name.strip()[:1] for name in names]
    if all(piece[:1] == [re.escape(first)] for piece, first in zip(pieces, firsts, strict=True)):
        skipping = caseless_alternation([[piece[0], r"(?<!\w.)", *piece[1:]] for piece in pieces], firsts)
        if skipping:
            return skipping
    return rf"(?<!\w)(?:{_alternation(names)})"


def _spelled_pattern(opener: str, connectors: str, months: str, link: str) -> re.Pattern[str]:
    """Day [[month] connector day] month [year]: "21 December 2001", "30 June to 2 July 2019".

    ``link`` matches the words a language puts between day, month and year
    (``extra["date_links"]``: "de" in "10 de junio de 2022", "năm" in "tháng 12 năm 2018").
    """
    ordinal_suffix = r"(?:er|re|e|º|ª|-?го)?"
    return re.compile(
        rf"(?<!\w){opener}(?P<day>\d{{1,2}}){ordinal_suffix}(?!\d)"
        rf"(?:\s+{link}(?P<first_month>{months})(?!\w))?"
        rf"(?:\s*(?P<connector>{connectors})\s*(?P<end_day>\d{{1,2}}){ordinal_suffix}(?!\d))?"
        rf"\s*{link}(?P<month>{months})(?!\w)"
        rf"(?:,?\s+{link}(?P<year>\d{{4}})(?!\d))?",
        re.IGNORECASE,
    )


def _month_number(pack: LanguagePack, name: str | None) -> int | None:
    if name is None:
        return None
    key = " ".join(re.sub(r"\s*/\s*", "/", name.casefold()).split())
    return pack.months.get(key) or {k.casefold(): v for k, v in pack.months.items()}.get(key)


def _numeric_parts(first: str, second: str, third: str | None, order: str) -> tuple[int | None, int, int] | None:
    """(year, month, day) of a numeric date in the pack's order, or None when it cannot be one."""
    if len(first) == 4:  # 2020/03/20 whatever the order
        if third is None:
            return None
        return int(first), int(second), int(third)
    if third is not None and len(third) == 3:
        return None
    year = None if third is None else int(third) + (2000 if len(third) == 2 else 0)
    day, month = (int(second), int(first)) if order == "mdy" else (int(first), int(second))
    return year, month, day


def find_dates(text: str, pack: LanguagePack, start: int = 0, end: int | None = None) -> list[DateMatch]:
    """The dates in ``text[start:end]``, in order, longest first where they overlap.

    >>> from kg.lang import get
    >>> text = "on 10 and 11 December 2018 and 16-18 November 2005, and on 1 and 30 November 2017"
    >>> [(d.iso, d.end_iso) for d in find_dates(text, get("en"))]
    [('2018-12-10', '2018-12-11'), ('2005-11-16', '2005-11-18'), ('2017-11-01', None), ('2017-11-30', None)]
    >>> [d.iso for d in find_dates("المؤرخ ٢١ كانون الأول/ديسمبر ٢٠٠١", get("ar"))]
    ['2001-12-21']
    """
    end = len(text) if end is None else end
    if end - start >= _WHOLE_TEXT:  # a document's whole text, which several finders read: kept
        return list(_dates_of_long_part(text, pack.derived("dates.identity", _Identity), start, end))
    return _read_dates(text, pack, start, end)


#: A part this long is a document's text, or most of it; a sentence or a line is read each time.
_WHOLE_TEXT = 2000
_PARTS_REMEMBERED = 4


class _Identity:
    """A pack, hashed by identity: packs hold dictionaries, and two packs of one code may differ (tests)."""

    __slots__ = ("pack",)

    def __init__(self, pack: LanguagePack) -> None:
        self.pack = pack


@lru_cache(maxsize=_PARTS_REMEMBERED)
def _dates_of_long_part(text: str, identity: _Identity, start: int, end: int) -> tuple[DateMatch, ...]:
    return tuple(_read_dates(text, identity.pack, start, end))


def _read_dates(text: str, pack: LanguagePack, start: int, end: int) -> list[DateMatch]:
    folded = digits_folded(text)
    if _DIGIT.search(folded, start, end) is None:
        return []  # every form of date has a digit: a sentence with none is not read six times over
    patterns = _patterns(pack)
    candidates: list[DateMatch] = []
    for finder in (_spelled, _marked, _month_first, _month_year, _numeric, _year_only):
        candidates.extend(finder(folded, pack, patterns, start, end))
    return _without_overlaps(candidates)


#: A digit of the folded text (all of its digits are ASCII).
_DIGIT = re.compile(r"[0-9]")


def _without_overlaps(candidates: list[DateMatch]) -> list[DateMatch]:
    chosen: list[DateMatch] = []
    for candidate in sorted(candidates, key=lambda d: (-(d.span.end - d.span.start), d.span.start)):
        if all(candidate.span.end <= c.span.start or candidate.span.start >= c.span.end for c in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda d: d.span.start)


def _spelled(text: str, pack: LanguagePack, patterns: _Patterns, start: int, end: int) -> list[DateMatch]:
    found: list[DateMatch] = []
    if patterns.spelled is None:
        return found
    for match in patterns.spelled.finditer(text, start, end):
        year = int(match["year"]) if match["year"] else None
        month = _month_number(pack, match["month"])
        first_month = _month_number(pack, match["first_month"]) or month
        iso = iso_date(year, first_month, int(match["day"]))
        end_iso = iso_date(year, month, int(match["end_day"])) if match["end_day"] else None
        if iso and (end_iso or not match["end_day"]):
            found.extend(_range_or_days(match, pack, iso, end_iso))
    return found


def _range_or_days(match: re.Match[str], pack: LanguagePack, iso: str, end_iso: str | None) -> list[DateMatch]:
    """One date, a range ("16-18 November"), or two days a conjunction joins ("on 1 and 30 November").

    "and" makes a range only of two days in a row ("10 and 11 December 2018"); otherwise
    each day is a date of its own, with its own span.
    """
    whole = DateMatch(Span(match.start(), match.end()), iso, end_iso)
    connector = " ".join((match["connector"] or "").casefold().split())
    if end_iso is None or connector not in {c.casefold() for c in pack.words("list_conjunctions")}:
        return [whole]
    if _next_day(iso) == end_iso or len(iso) != len(end_iso):
        return [whole]
    first_end = match.start() + len(match.string[match.start() : match.start("connector")].rstrip())
    return [
        DateMatch(Span(match.start(), first_end), iso),
        DateMatch(Span(match.start("end_day"), match.end()), end_iso),
    ]


def _next_day(iso: str) -> str | None:
    try:
        if iso.startswith("--"):  # no year: a leap year admits 29 February
            day = datetime.date.fromisoformat("2000" + iso[1:]) + datetime.timedelta(days=1)
            return "-" + day.isoformat()[4:]
        return (datetime.date.fromisoformat(iso) + datetime.timedelta(days=1)).isoformat()
    except ValueError:
        return None


def _marked(text: str, pack: LanguagePack, patterns: _Patterns, start: int, end: int) -> list[DateMatch]:
    found: list[DateMatch] = []
    if patterns.marked is None:
        return found
    for match in patterns.marked.finditer(text, start, end):
        year, month = (int(match["year"]) if match["year"] else None), int(match["month"])
        day = int(match["day"]) if match["day"] else None
        if year is None and day is None:
            continue  # "5月" alone is a month of no known year, not a date
        iso = iso_date(year, month, day)
        end_iso = iso_date(year, month, int(match["end_day"])) if match["end_day"] else None
        if iso:
            found.extend(_range_or_days(match, pack, iso, end_iso))
    return found


def _month_first(text: str, pack: LanguagePack, patterns: _Patterns, start: int, end: int) -> list[DateMatch]:
    if patterns.month_first is None or pack.extra.get("date_order") != "mdy":
        return []
    found = []
    for match in patterns.month_first.finditer(text, start, end):
        year = int(match["year"]) if match["year"] else None
        month = _month_number(pack, match["month"])
        iso = iso_date(year, month, int(match["day"]))
        end_iso = iso_date(year, month, int(match["end_day"])) if match["end_day"] else None
        if iso and (end_iso or not match["end_day"]):
            found.append(DateMatch(Span(match.start(), match.end()), iso, end_iso))
    return found


def _month_year(text: str, pack: LanguagePack, patterns: _Patterns, start: int, end: int) -> list[DateMatch]:
    if patterns.month_year is None:
        return []
    found = []
    for match in patterns.month_year.finditer(text, start, end):
        iso = iso_date(int(match["year"]), _month_number(pack, match["month"]))
        if iso:
            found.append(DateMatch(Span(match.start(), match.end()), iso))
    return found


def _numeric(text: str, pack: LanguagePack, patterns: _Patterns, start: int, end: int) -> list[DateMatch]:
    order = str(pack.extra.get("date_order", "dmy"))
    found = []
    for match in patterns.numeric.finditer(text, start, end):
        first, separator, second, third = match.groups()
        if third is None and (separator != "/" or len(first) > 2):
            continue  # "6.10" is a number; "29/10" a day and month
        if third is None and not _after_date_word(text, match.start(), pack):
            continue  # "3/4 số người" is a fraction: a day and month alone follow a word for a date
        parts = _numeric_parts(first, second, third, order)
        iso = iso_date(*parts) if parts else None
        if iso:
            found.append(DateMatch(Span(match.start(), match.end()), iso))
    return found


def _after_date_word(text: str, position: int, pack: LanguagePack) -> bool:
    """Whether a day/month follows a word that announces a date ("ngày 29/10"); any, where a pack lists none."""
    words = pack.words("date_words")
    if not words:
        return True
    before = text[max(0, position - 20) : position].rstrip()
    return any(re.search(rf"(?<!\w){re.escape(word)}$", before, re.IGNORECASE) for word in words)


def _year_only(text: str, pack: LanguagePack, patterns: _Patterns, start: int, end: int) -> list[DateMatch]:
    if patterns.year_only is None:
        return []
    found = []
    for match in patterns.year_only.finditer(text, start, end):
        group = "year" if match["year"] else "year2"
        iso = iso_date(int(match[group]))
        if iso:
            found.append(DateMatch(Span(match.start(group), match.end(group)), iso))
    return found


def parse_date(text: str, pack: LanguagePack) -> str | None:
    """The ISO date of the first date in ``text``, or None.

    >>> from kg.lang import get
    >>> parse_date("19 декабря 2018 года", get("ru")), parse_date("2018年12月19日", get("zh"))
    ('2018-12-19', '2018-12-19')
    """
    dates = find_dates(text, pack)
    return dates[0].iso if dates else None
