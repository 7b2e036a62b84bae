"""Deadlines and cycles: when a commitment is due, and how often it recurs, in any language.

"by 2030", "حتى عام ٢٠٢٥", "到2030年", "trước năm 2025" give a year; "no later
than 31 December 2020", "a más tardar el 31 de diciembre de 2020", "не позднее
31 декабря 2020 года" a day. The words are the pack's ``extra["deadline_words"]``
(before a year or a date) and ``extra["deadline_date_words"]`` (before a date
only: "au plus tard le"); ``extra["deadline_date_tails"]`` after a date
("2024年12月31日前"), unless one of ``extra["deadline_date_not_tails"]`` stands
there ("前后", about). A year or date inside a quoted title ("«... на период
до 2030 года»") is the title's, not a deadline.

A time limit counts from when the text takes effect: "within 60 days", "trong thời hạn 30
ngày", "خلال 60 يوماً", "在30日内" give ISO 8601 durations (P60D, P30D), from the pack's
``extra["time_limit_words"]`` before the number (or ``extra["time_limit_tails"]`` after its unit)
and ``extra["duration_units"]`` (unit word → D, W, M or Y). Numbers written in words are not read.

A session of a body at which something is due, numbered in digits after the pack's
``extra["session_deadline_words"]`` ("tại Kỳ họp thứ 10 của Quốc hội"), gives that session's
number; the caller names the body from the actors after it. Where a body numbers its sessions
within a legislature ("Kỳ họp thứ 10 của Quốc hội khóa XV", "la XVIe législature"), the pack's
``extra["legislature_patterns"]`` give that legislature's number (:func:`find_legislature`).

A cycle is a phrase of ``extra["cycle_words"]`` mapped to an ISO 8601 duration:
"annually" P1Y, "tous les deux ans" P2Y, "每年" P1Y.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.lang.base import LanguagePack
from kg.model import Span
from kg.text.dates import find_dates
from kg.text.normalize import digits_folded
from kg.text.patterns import phrases_alternation
from kg.text.quotes import quoted_spans

__all__ = ["DeadlineMatch", "find_cycle", "find_deadline", "find_legislature"]

#: How far before a date its deadline word may end ("no later than ").
_LEAD_REACH = 40


@dataclass(frozen=True)
class DeadlineMatch:
    """A time limit found in a text: a year, or a day (ISO 8601), with the words that state it."""

    span: Span
    year: int | None = None
    date: str | None = None
    within: str | None = None  # a time limit, as an ISO 8601 duration ("P60D")
    session: int | None = None  # the number of a session of a body ("Kỳ họp thứ 10")


def find_deadline(
    text: str, pack: LanguagePack, start: int = 0, end: int | None = None, *, month_days: bool = False
) -> DeadlineMatch | None:
    """The first deadline in ``text[start:end]``; of a year and a day at one place, the day.

    A day written without its year ("trước ngày 15/12", ``--12-15``) is one only with ``month_days``,
    for a caller that knows the year the text is of.

    >>> from kg.lang import get
    >>> find_deadline("to report by 31 December 2020 and to act by 2030", get("en")).date
    '2020-12-31'
    >>> text = 'entitled "Agenda: by 2030", and to act by 2035'
    >>> find_deadline(text, get("en")).year
    2035
    """
    end = len(text) if end is None else end
    view = digits_folded(text)
    titles = quoted_spans(view, start, end)
    candidates = (
        _year(view, pack, start, end, titles),
        _day(text, view, pack, start, end, titles, month_days),
        _time_limit(view, pack, start, end, titles),
        _session(view, pack, start, end, titles),
    )
    found = [match for match in candidates if match is not None]
    return min(found, key=lambda m: (m.span.start, m.span.start - m.span.end), default=None)


def _year(view: str, pack: LanguagePack, start: int, end: int, titles: list[Span]) -> DeadlineMatch | None:
    pattern = _patterns(pack)[0]
    for match in pattern.finditer(view, start, end) if pattern else ():
        if not _inside(match.start(), titles):
            year = match.groupdict().get("year") or match["tail_year"]
            return DeadlineMatch(Span(match.start(), match.end()), year=int(year))
    return None


def _day(
    text: str, view: str, pack: LanguagePack, start: int, end: int, titles: list[Span], month_days: bool = False
) -> DeadlineMatch | None:
    lead_pattern = _patterns(pack)[1]
    tail_pattern = pack.derived("deadlines.date_tails", _date_tail_pattern)
    if lead_pattern is None and tail_pattern is None:
        return None
    for date in find_dates(text, pack, start, end):
        dated = date.iso[:1].isdigit() or (month_days and date.iso.startswith("--"))
        if len(date.iso) < 7 or not dated or date.end_iso or _inside(date.span.start, titles):
            continue  # a year alone is _year's; a range, or a date in a title, is no deadline
        lead = lead_pattern and lead_pattern.search(view, max(start, date.span.start - _LEAD_REACH), date.span.start)
        if lead:
            return DeadlineMatch(Span(lead.start(), date.span.end), date=date.iso)
        tail = tail_pattern.match(view, date.span.end, end) if tail_pattern else None
        if tail:  # "于2024年12月31日前": the words after the day make it a deadline
            return DeadlineMatch(Span(date.span.start, tail.end()), date=date.iso)
    return None


def _date_tail_pattern(pack: LanguagePack) -> re.Pattern[str] | None:
    """The words right after a day that make it a deadline, where a language writes them there ("前"), and not
    the longer words that open with them and do not ("前后": around that day)."""
    tails, not_tails = pack.words("deadline_date_tails"), pack.words("deadline_date_not_tails")
    if not tails:
        return None
    unless = rf"(?!\s*(?:{phrases_alternation(not_tails)}))" if not_tails else ""
    return re.compile(rf"{unless}\s*(?:{phrases_alternation(tails)})", re.IGNORECASE)


def _time_limit(view: str, pack: LanguagePack, start: int, end: int, titles: list[Span]) -> DeadlineMatch | None:
    pattern = pack.derived("deadlines.time_limit", _time_limit_pattern)
    for match in pattern.finditer(view, start, end) if pattern else ():
        if not _inside(match.start(), titles):
            units = pack.extra["duration_units"]
            found = {name: value for name, value in match.groupdict().items() if value}
            unit = " ".join((found.get("unit") or found["tail_unit"]).split()).casefold()
            designator = next(d for word, d in units.items() if " ".join(word.split()).casefold() == unit)
            count = int(found.get("count") or found["tail_count"])
            return DeadlineMatch(Span(match.start(), match.end()), within=f"P{count}{designator}")
    return None


def _time_limit_pattern(pack: LanguagePack) -> re.Pattern[str] | None:
    """ "within | 60 | days", "在 | 30 | 日 | 内": a word of time limit before the number, or one after its unit."""
    units, leads, tails = (
        pack.extra.get("duration_units", {}),
        pack.words("time_limit_words"),
        pack.words("time_limit_tails"),
    )
    if not units or not (leads or tails):
        return None
    bounded = pack.extra.get("word_boundaries", True) is not False
    left, right = (r"(?<!\w)", r"(?!\w)") if bounded else ("", "")
    unit = phrases_alternation(units)
    forms = []
    if leads:
        forms.append(rf"{left}(?:{phrases_alternation(leads)})\s*(?P<count>\d{{1,4}})\s*(?P<unit>{unit}){right}")
    if tails:
        forms.append(rf"(?<!\d)(?P<tail_count>\d{{1,4}})\s*(?P<tail_unit>{unit})\s*(?:{phrases_alternation(tails)})")
    return re.compile("|".join(forms), re.IGNORECASE)


def _session(view: str, pack: LanguagePack, start: int, end: int, titles: list[Span]) -> DeadlineMatch | None:
    pattern = pack.derived("deadlines.session", _session_pattern)
    for match in pattern.finditer(view, start, end) if pattern else ():
        if not _inside(match.start(), titles):
            return DeadlineMatch(Span(match.start(), match.end()), session=int(match["number"]))
    return None


def _session_pattern(pack: LanguagePack) -> re.Pattern[str] | None:
    leads = pack.words("session_deadline_words")
    if not leads:
        return None
    left = r"(?<!\w)" if pack.extra.get("word_boundaries", True) is not False else ""
    return re.compile(rf"{left}(?:{phrases_alternation(leads)})\s*(?P<number>\d{{1,3}})(?!\d)", re.IGNORECASE)


def find_legislature(text: str, pack: LanguagePack, start: int, end: int) -> tuple[Span, int] | None:
    """The first legislature named in ``text[start:end]`` and its number ("khóa XV": 15, "XVIe législature": 16).

    >>> from kg import lang
    >>> find_legislature("tại Kỳ họp thứ 10 của Quốc hội khóa XV.", lang.get("vi"), 0, 39)
    (Span(start=31, end=38), 15)
    """
    patterns = pack.derived("deadlines.legislature", _legislature_patterns)
    found = [m for pattern in patterns for m in [pattern.search(text, start, end)] if m is not None]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    number = _roman(first["term"]) if not first["term"].isdigit() else int(first["term"])
    return (Span(first.start(), first.end()), number) if number else None


def _legislature_patterns(pack: LanguagePack) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in pack.extra.get("legislature_patterns", ()) or ())


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(numeral: str) -> int | None:
    """The value of a Roman numeral ("XV": 15, "XIV": 14); None for letters that make no numeral."""
    values = [_ROMAN.get(letter) for letter in numeral.upper()]
    if not values or None in values:
        return None
    digits = [v for v in values if v is not None]
    return sum(-v if i + 1 < len(digits) and v < digits[i + 1] else v for i, v in enumerate(digits))


def _inside(position: int, spans: list[Span]) -> bool:
    return any(span.start <= position < span.end for span in spans)


def _patterns(pack: LanguagePack) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    return pack.derived("deadlines.patterns", _compile)


def _compile(pack: LanguagePack) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """A deadline word and the year after it (or a year and the word after it, "2060年前"); a deadline
    word ending where a date starts."""
    year_words, tails = pack.words("deadline_words"), pack.words("deadline_tails")
    date_words = year_words + pack.words("deadline_date_words")
    left = r"(?<!\w)" if pack.extra.get("word_boundaries", True) is not False else ""
    year = day = None
    forms = [rf"{left}(?:{phrases_alternation(year_words)})\s*(?P<year>\d{{4}})(?!\d)"] if year_words else []
    forms += [rf"(?<!\d)(?P<tail_year>\d{{4}})\s*(?:{phrases_alternation(tails)})"] if tails else []
    if forms:
        year = re.compile("|".join(forms), re.IGNORECASE)
    if date_words:
        day = re.compile(rf"{left}(?:{phrases_alternation(date_words)})\s*$", re.IGNORECASE)
    return year, day


def find_cycle(text: str, pack: LanguagePack, start: int = 0, end: int | None = None) -> str | None:
    """How often what ``text[start:end]`` asks for recurs, as an ISO 8601 duration, if it says.

    >>> from kg.lang import get
    >>> find_cycle("requests the Secretary-General to report annually", get("en"))
    'P1Y'
    """
    pattern = pack.derived("deadlines.cycle", _cycle_pattern)
    match = pattern.search(text, start, len(text) if end is None else end) if pattern else None
    if match is None:
        return None
    cycles = pack.extra["cycle_words"]
    folded = " ".join(match.group().split()).casefold()
    return next(duration for words, duration in cycles.items() if " ".join(words.split()).casefold() == folded)


def _cycle_pattern(pack: LanguagePack) -> re.Pattern[str] | None:
    cycles = pack.extra.get("cycle_words", {})
    if not cycles:
        return None
    bounded = pack.extra.get("word_boundaries", True) is not False
    left, right = (r"(?<!\w)", r"(?!\w)") if bounded else ("", "")
    return re.compile(rf"{left}(?:{phrases_alternation(cycles)}){right}", re.IGNORECASE)
