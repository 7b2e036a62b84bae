"""The day a legal instrument takes effect, as its own articles say.

The article that puts the instrument into force opens with a phrase of
``extra["entry_into_force_phrases"]`` ("có hiệu lực thi hành", "entre en vigueur",
"entrará en vigor", "вступает в силу", "يُعمل بهذا", "施行"). Its day is:

* the day the instrument is dated, where it takes effect on signature or issue
  (``extra["signing_day_phrases"]``: "kể từ ngày ký", "on the date of its
  signature", "a partir de su firma", "со дня его подписания", "من تاريخ صدوره",
  "自签署之日起"), and only where that date is a whole day;
* else the first full date the sentence gives after the phrase ("entre en vigueur
  le 1er avril 2023", "có hiệu lực thi hành từ ngày 01 tháng 7 năm 2023"), or
  the one right before it ("自2023年7月1日起施行");
* else none. Publication (``extra["publication_day_phrases"]``: "dès sa
  publication", "со дня его официального опубликования", "自公布之日起", which
  win over the phrases of signature) happens on a day the text does not give,
  and a count of days from signature ("sau 45 ngày kể từ
  ngày ký", "a los veinte días de su publicación") is counted by rules of each
  legal order (the day itself or the next): those leave the day unknown, not
  guessed.

Where articles put several things into force, the instrument is the one that
names itself (``extra["instrument_self_words"]``: "Luật này", "Le présent
décret", "Настоящее постановление", "This Decree").

A date in the sentence before the phrase is another instrument's ("Quyết định
số 12/QĐ-TTg ngày 5 tháng 3 năm 2019 hết hiệu lực kể từ ngày Quyết định này có
hiệu lực thi hành"), and is not read.

The last day it is in force (:func:`find_last_day_in_force`) is, where its text bounds it:

* the day after ``extra["in_force_until_phrases"]`` in the sentence that puts it into
  force ("có hiệu lực thi hành kể từ ngày ký đến hết ngày 24 tháng 02 năm 2030",
  "entre en vigueur le 1er avril 2023 jusqu'au 31 mars 2028");
* else the day before the one given after ``extra["out_of_force_phrases"]`` where
  the instrument names itself just before them ("Thông tư này hết hiệu lực kể từ
  ngày 01 tháng 01 năm 2031"): another instrument that ceases to be in force ("Luật
  số 22/2008/QH12 ... hết hiệu lực kể từ ngày Luật này có hiệu lực") is repealed, not
  this one ended;
* else the day before the one a site's metadata table gives as the day it is no
  longer in force ("Ngày hết hiệu lực").
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from kg.builders.legal.structure import LegalText
from kg.finders.dates import find_dates
from kg.finders.text import DocumentText, find_phrases
from kg.model import Span
from kg.text.normalize import digits_folded
from kg.text.patterns import phrases_alternation

__all__ = ["EntryIntoForce", "find_entry_into_force", "find_last_day_in_force"]

#: How many characters may stand between a date and the phrase after it ("自2023年7月1日起施行": "起").
_BEFORE_PHRASE = 2
#: A whole day in ISO 8601 ("2023-04-01"), not a month or a year.
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class EntryIntoForce:
    """Where an article puts the instrument into force, and the day it says, if any."""

    phrase: Span  # "có hiệu lực thi hành", "entre en vigueur"
    sentence: Span  # the sentence that says so, within its article
    date: str | None = None  # ISO 8601 day
    date_span: Span | None = None  # the words that give the day ("1er avril 2023", "kể từ ngày ký")


def find_entry_into_force(news: DocumentText, legal: LegalText, date: str | None) -> EntryIntoForce | None:
    """The first article sentence that puts the instrument itself into force ("Luật này có hiệu lực", "Le
    présent décret entre en vigueur": ``extra["instrument_self_words"]`` just before the phrase), else the
    first that puts anything into force; ``date`` is the instrument's own. A judgment or another decision
    that takes effect ("kể từ ngày bản án ... có hiệu lực pháp luật") is not the instrument."""
    phrases = news.words("entry_into_force_phrases")
    found = [
        (article, match)
        for article in legal.articles
        for match in find_phrases(news.text, phrases, article.body.start, article.body.end, ignore_case=True)
    ]
    if not found:
        return None
    article, match = next((f for f in found if _names_itself(news, f[1].start())), found[0])
    phrase = Span(match.start(), match.end())
    sentence = news.sentence_of(match.start()) or article.body
    sentence = Span(max(sentence.start, article.body.start), min(sentence.end, article.body.end))
    day, span = _day(news, phrase, sentence, date)
    return EntryIntoForce(phrase, sentence, day, span)


#: How far before the phrase the words naming the instrument itself may stand ("Le présent décret | entre").
_SELF_REACH = 40


def _names_itself(news: DocumentText, position: int) -> bool:
    words = news.words("instrument_self_words")
    before = news.text[max(0, position - _SELF_REACH) : position]
    return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", before, re.IGNORECASE) for word in words)


def _day(news: DocumentText, phrase: Span, sentence: Span, date: str | None) -> tuple[str | None, Span | None]:
    published = news.words("publication_day_phrases")
    if next(iter(find_phrases(news.text, published, sentence.start, sentence.end, ignore_case=True)), None):
        return None, None  # on publication: a day the text does not give (it may be later than its date)
    signing_phrases = news.words("signing_day_phrases")
    signing = next(iter(find_phrases(news.text, signing_phrases, sentence.start, sentence.end, ignore_case=True)), None)
    if signing is not None:
        counted = _counts_days(news, sentence.start, signing.start())
        if counted or not date or not _DAY.fullmatch(date):
            return None, None
        return date, Span(signing.start(), signing.end())
    dates = [d for d in find_dates(news.text, news.pack, sentence.start, sentence.end) if d.has_year]
    after = next((d for d in dates if d.span.start >= phrase.end), None)
    before = next((d for d in reversed(dates) if phrase.start - _BEFORE_PHRASE <= d.span.end <= phrase.start), None)
    found = after or before
    if found is None or not _DAY.fullmatch(found.iso) or _counts_days(news, phrase.end, found.span.start):
        return None, None
    return found.iso, found.span


def _counts_days(news: DocumentText, start: int, end: int) -> bool:
    """Whether a number of days, weeks, months or years stands between ``start`` and ``end`` ("sau 45 ngày")."""
    units = news.pack.extra.get("duration_units", {}) or {}
    if not units or end <= start:
        return False
    boundary = "" if news.pack.extra.get("word_boundaries", True) is False else r"(?!\w)"
    pattern = rf"\d+\s*(?:{phrases_alternation(units)}){boundary}"
    return re.search(pattern, digits_folded(news.text[start:end]), re.IGNORECASE) is not None


def find_last_day_in_force(
    news: DocumentText, legal: LegalText, in_force: EntryIntoForce | None, no_longer_from: str | None = None
) -> str | None:
    """The last day the instrument is in force (ISO 8601), where its text bounds it; ``no_longer_from`` is the
    day a site's metadata table gives as the first on which it is no longer in force."""
    if in_force is not None:
        until = news.words("in_force_until_phrases")
        for match in find_phrases(news.text, until, in_force.phrase.end, in_force.sentence.end, ignore_case=True):
            day = _day_after(news, match, in_force.sentence.end)
            if day:
                return day
    ceases = news.words("out_of_force_phrases")
    for article in legal.articles:
        for match in find_phrases(news.text, ceases, article.body.start, article.body.end, ignore_case=True):
            sentence = news.sentence_of(match.start()) or article.body
            day = _day_after(news, match, min(sentence.end, article.body.end))
            if day and _names_itself(news, match.start()):
                return _day_before(day)
    return _day_before(no_longer_from) if no_longer_from and _DAY.fullmatch(no_longer_from) else None


#: How far after its phrase the day may stand ("đến hết ngày | 24 tháng 02 năm 2030").
_DAY_REACH = 12


def _day_after(news: DocumentText, phrase: re.Match[str], end: int) -> str | None:
    """The whole day right after ``phrase`` (or opening in its last word, "ngày"), before ``end``."""
    dates = find_dates(news.text, news.pack, phrase.start(), end)
    found = next((d for d in dates if phrase.start() <= d.span.start <= phrase.end() + _DAY_REACH), None)
    return found.iso if found is not None and _DAY.fullmatch(found.iso) else None


def _day_before(day: str) -> str | None:
    try:
        return (datetime.date.fromisoformat(day) - datetime.timedelta(days=1)).isoformat()
    except (ValueError, OverflowError):  # no such day, or none before it in the calendar ("0001-01-01")
        return None
