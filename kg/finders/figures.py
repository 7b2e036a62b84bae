"""Figures as statistics: value, qualifier, unit, what is counted, and when; in prose and in paragraphs.

:func:`kg.text.numbers.find_quantities` finds the amounts (it already leaves out
years, dates, instrument numbers, ordinals and list numbers). Here each amount
gets:

* its **measure**: the words after it that name what is counted, up to a
  punctuation mark or a word of ``extra["measure_stops"]`` ("từ", "in"), with
  a leading ``extra["measure_connectors"]`` word dropped ("de", "of"). A unit
  that counts (``persons``) is also the head of the measure, so the measure
  starts at the unit ("người lao động được đưa đi làm việc ..."); a unit of
  measure ("%", "USD") is not, so it starts after it;
* its **area**: the state, group of states or place named in its sentence,
  the nearest before it, else the first after it ("ingresaron a México 1 589
  millones de dólares"); else the home state of the text, where the text names
  it (:attr:`~kg.finders.text.DocumentText.home_state`); else the one state
  the title names;
* its **period**: a year right after the measure, after a word of
  ``extra["period_year_words"]`` ("vào năm 2020", "en 2021"), else a month
  after it ("en agosto": ``"2012-08"``), a part of a year ("primer bimestre de
  2013": ``"2013-01/2013-02"``), a start it is counted from ("since 1993":
  ``"1993/2023"``), a period named by an event as written ("before the
  pandemic"), else a range of years in the same sentence ("giai đoạn
  2017-2022") as ``"2017/2022"`` (see :func:`_sentence_period`).

A paragraph about one counted thing goes on counting it: a figure with no unit
or period of its own takes the counted unit and the period of the figure
before in its paragraph (:func:`_going_on_in_paragraph`).

An amount with neither a measure nor a unit says nothing worth keeping, but
one with a scale word that ends its clause is measured by the clause before
it ("全球移民人数达2.81亿。"). A range ("10-15%") is two statistics, its low end
``at-least`` and its high end ``at-most`` (see :func:`kg.text.numbers.find_quantities`).

In the paragraphs a builder has read (a resolution's), :func:`find_paragraph_statistics` keeps an
amount only when something makes it a measurement — a unit ("12 per cent"), a scale word ("1.5
billion", "281 million migrants"), a qualifier ("less than 20") — or when a rate gives it one: in "90
mobile broadband subscriptions per 100 people in developed countries, compared with 41 in developing
countries and less than 20 in the least developed countries", the rate "per 100 people" (a per-word
of the pack, ``extra["per_words"]``, before an amount) is the unit of 90 and of the figures of the
same sentence that count the same thing (41, 20). Its measure is the clause before the figure, its
area the group, state or place the resolver finds after it, its period a year the sentence gives after
it, or else the year that opens the sentence ("In 2020, ..."). Numbers of a symbol or of a vote's tally
are none. Tables of figures are read by :mod:`kg.finders.tables`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import pairwise

from kg import lang, resolve
from kg.finders.dates import current_year, find_dates, find_hijri_dates
from kg.finders.phrases import words_of
from kg.finders.text import (
    TOKEN,
    DocumentText,
    find_phrases,
    key_of,
    paragraph_of,
    skip_spaces,
    starts_with_phrase,
)
from kg.lang.base import LanguagePack
from kg.model import Kind, Mention, Paragraph, Span, Statistic
from kg.text.currencies import national_currency
from kg.text.dates import DateMatch
from kg.text.dates import find_dates as all_dates
from kg.text.normalize import digits_folded, fold_digits
from kg.text.numbers import Quantity, find_quantities
from kg.text.patterns import phrases_alternation
from kg.text.symbols import find_symbols

__all__ = ["find_paragraph_statistics", "find_statistics"]

#: Units that count things, and so head the measure.
_COUNTING_UNITS = frozenset({"persons"})
#: How many words a measure may have at most.
_MAX_MEASURE_WORDS = 16
#: A range of years: "2017-2022", "2017 – 2023", "2017/2022".
_YEAR_RANGE = re.compile(r"(?<!\d)((?:18|19|20|21)\d\d)\s*[-–/]\s*((?:18|19|20|21)\d\d)(?!\d)")
#: A year after a word that announces it.
_YEAR = re.compile(r"\s*((?:18|19|20|21)\d\d)(?!\d)")
#: Characters that end a measure: Latin, Arabic ("،" "؛" "؟") and Chinese ("。" "，" "、") punctuation.
_MEASURE_END = re.compile(r"[,.;:!?()\[\]“”\"…\n–،؛؟。，、；：！？（）「」《》]")
#: A digit inside a word: the next figure, where a measure written without spaces ends ("人次达到3547").
_DIGIT = re.compile(r"\d")
#: A web address as a page prints it, up to the space or bracket that ends it ("(https://x.org/a#:~:text=A%20B)").
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s()<>\[\]]+(?:\([^\s()]*\)[^\s()<>\[\]]*)*")


def find_statistics(news: DocumentText, excluded: list[Span]) -> list[Statistic]:
    """Statistics of the main segments, leaving out amounts inside ``excluded`` spans (names, numbers)."""
    statistics: list[Statistic] = []
    for main in news.main_spans:
        areas = resolve.find_mentions(news.text, news.language, start=main.start, end=main.end, kinds=_AREA_KINDS)
        # "新华社北京11月5日电", "6月30日前": a day and month are a date, not two figures; "2025年6月底前",
        # "tháng 6 năm 2025": nor is a month of a year
        days = [_with_days_listed_before(news, d.span) for d in find_dates(news.text, news.pack, main.start, main.end)]
        days += [d.span for d in all_dates(news.text, news.pack, main.start, main.end) if _is_month(d.iso)]
        days += find_hijri_dates(news.text, news.pack, main.start, main.end)  # "14 جمادى الأولى 1446 هـ"
        if news.language != _ENGLISH:  # a page in two languages: "26.09.2025 ... 26 September 2025"
            days += [d.span for d in find_dates(news.text, lang.get(_ENGLISH), main.start, main.end)]
        tallies = vote_tallies(news, main)
        # "#:~:text=WASHINGTON%20%2D%2D%20Deputy": a link's escapes are no percentages
        addresses = [Span(m.start(), m.end()) for m in _WEB_ADDRESS.finditer(news.text, main.start, main.end)]
        for quantity in find_quantities(news.text, news.pack, main.start, main.end):
            if any(s.start <= quantity.span.start < s.end for s in [*excluded, *addresses]):
                continue
            if quantity.unit is None and any(d.start <= quantity.span.start < d.end for d in days):
                continue
            if quantity.unit is None and _marks_a_month_or_day(news, quantity.span.end):
                continue
            if quantity.unit is None and _classifies_a_kind(news, quantity.span.end):
                continue
            if quantity.unit is None and _numbers_an_edition(news, quantity.span.end):
                continue
            if quantity.unit is None and _after_ordinal_word(news, quantity.span.start):
                continue
            if quantity.unit is None and _names_a_model(news, quantity.span):
                continue
            if quantity.unit is None and _part_of_a_name_or_time(news, quantity.span):
                continue
            if quantity.unit is None and _inside_a_name(news, quantity.span):
                continue
            if quantity.unit is None and _listed_after_ordinal_marker(news, quantity.span):
                continue
            if quantity.unit is None and any(t.start <= quantity.span.start < t.end for t in tallies):
                quantity = replace(quantity, unit=VOTES)  # "by 121 votes to 7": the 7 counts votes too
            previous = statistics[-1] if statistics else None
            statistic = _statistic(news, _qualified_after(news, quantity), previous)
            if statistic and statistic.unit is None and previous and _part_of(news, previous, statistic):
                statistic = replace(statistic, unit=previous.unit)  # "32 mil 653 niños, de los cuales 25 mil 108"
            if statistic:
                statistic = _going_on_in_paragraph(news, statistic, statistics)
            if statistic:
                area = _nationals_counted(news, statistic.span) or _area(news, statistic.span, areas)
                area = (
                    area or _area_going_on(statistic.span, previous, areas) or _paragraph_area(news, statistic, areas)
                )
                area = area or _home_area(news, areas) or _subject_area(news)
                statistics.append(replace(statistic, area=area))
    return statistics


#: The language whose dates other pages print beside their own.
_ENGLISH = "en"
#: The unit of the numbers of a vote's tally.
VOTES = "votes"


def vote_tallies(news: DocumentText, within: Span) -> list[Span]:
    """The tallies of votes (the pack's ``extra["vote_pattern"]``: "以586票赞成，53票反对", "A favor votaron 154"),
    whose numbers count votes."""
    pattern = news.pack.derived("news.vote", lambda pack: re.compile(pack.extra.get("vote_pattern") or "(?!)"))
    return [Span(m.start(), m.end()) for m in pattern.finditer(digits_folded(news.text), within.start, within.end)]


#: The kinds of what a figure may be about.
_AREA_KINDS = (Kind.GROUP_OF_STATES, Kind.STATE, Kind.PLACE)


def _area(news: DocumentText, figure: Span, areas: list[Mention]) -> Mention | None:
    """The state or place a figure's sentence says it is about: the nearest named before it there, else the
    first after it; where there is none, the figure before's goes on (:func:`_area_going_on`), else the text's
    home state where the text names it (:func:`_home_area`)."""
    sentence = news.sentence_of(figure.start)
    if sentence is not None:
        before = [m for m in areas if sentence.start <= m.span.start and m.span.end <= figure.start]
        after = [m for m in areas if figure.end <= m.span.start and m.span.end <= sentence.end]
        if before or after:
            return before[-1] if before else after[0]
    return None


def _nationals_counted(news: DocumentText, figure: Span) -> Mention | None:
    """The state whose nationals a figure counts, named right after it (``extra["nationals"]``: "28 канадских
    граждан", "27 Australians"): they are what it is about, whatever state the sentence names before it
    ("въезд в Россию закрывается для 28 канадских граждан")."""
    nationals = news.pack.derived(
        "figures.nationals",
        lambda pack: {form.casefold(): code for form, code in pack.extra.get("nationals", {}).items()},
    )
    start = skip_spaces(news.text, figure.end)
    written = starts_with_phrase(news.text, start, news.mapping("nationals"), ignore_case=True) if nationals else None
    code = nationals.get(written.casefold()) if written else None
    return Mention(Span(start, start), "", Kind.STATE, key=code) if code else None


def _paragraph_area(news: DocumentText, figure: Statistic, areas: list[Mention]) -> Mention | None:
    """The one state a paragraph names before a figure whose sentence names none: the paragraph goes on about
    it ("自六月份以来，澳大利亚新南威尔士州深陷……新州死亡病例总数为91人"). Two states named: no telling which."""
    paragraph = paragraph_of(news.text, figure.span.start)
    named = [
        m for m in areas if m.kind == Kind.STATE and paragraph.start <= m.span.start and m.span.end <= figure.span.start
    ]
    return named[-1] if named and len({m.key for m in named}) == 1 else None


def _part_of(news: DocumentText, whole: Statistic, part: Statistic) -> bool:
    """Whether ``part`` counts some of what ``whole`` counts, in the same sentence after a word of a part
    (``extra["subset_words"]``: "de los cuales", "of whom", "其中")."""
    sentence = news.sentence_of(part.span.start)
    if whole.unit is None or sentence is None or whole.span.start < sentence.start:
        return False
    return bool(find_phrases(news.text, news.words("subset_words"), whole.span.end, part.span.start, ignore_case=True))


def _going_on_in_paragraph(news: DocumentText, statistic: Statistic, before: list[Statistic]) -> Statistic:
    """A paragraph about one counted thing goes on counting it, in the period it last named: "En el bienio
    2011-2012, Estados Unidos expulsó a 32 mil 653 niños ... México informó de la repatriación en ese mismo
    lapso de 10 mil 87" counts children of 2011/2012. A figure of its own unit, or whose sentence gives it a
    period, keeps its own."""
    paragraph = paragraph_of(news.text, statistic.span.start)
    earlier = [s for s in before if s.span.start >= paragraph.start]
    counted = set(news.mapping("counted_nouns").values()) | _COUNTING_UNITS
    if statistic.unit is None:
        unit = next((s.unit for s in reversed(earlier) if s.unit in counted), None)
        statistic = replace(statistic, unit=unit) if unit else statistic
    if statistic.period is None and not _names_its_own_time(news, statistic.span):
        period = next((s.period for s in reversed(earlier) if s.period), None)
        statistic = replace(statistic, period=period) if period else statistic
    return statistic


def _names_its_own_time(news: DocumentText, figure: Span) -> bool:
    """Whether a figure's sentence names a year of its own the rules could not date ("an additional $55 million
    in the next year"): its period is not the one of the figure before."""
    sentence = news.sentence_of(figure.start)
    words = (*news.words("next_year_words"), *news.words("this_year_words"))
    return sentence is not None and bool(find_phrases(news.text, words, sentence.start, sentence.end, ignore_case=True))


def _area_going_on(figure: Span, previous: Statistic | None, areas: list[Mention]) -> Mention | None:
    """The area of the figure before, where the text names no other in between: prose goes on about the
    place it was about ("En 2011, Estados Unidos repatrió a 15 mil niños ... Un año después, envió a 17 mil")."""
    if previous is None or previous.area is None or previous.area.span.start > previous.span.start:
        return None  # a place named after a figure qualifies what it counts ("4万阿富汗难民"): no subject going on
    between = [m for m in areas if previous.span.end <= m.span.start and m.span.end <= figure.start]
    return previous.area if all(m.key == previous.area.key for m in between) else None


def _home_area(news: DocumentText, areas: list[Mention]) -> Mention | None:
    home = news.home_state
    return next((m for m in areas if home and m.kind == Kind.STATE and (m.key or "").split("/")[0] == home), None)


def _subject_area(news: DocumentText) -> Mention | None:
    """The state a text is about: the one its title names, where it names no other ("## 根据2022-2024年移民水平
    计划，加拿大将2022年移民目标提高到432,000人"); a figure whose sentence names no place, and whose paragraph
    goes on about none, is of that state. The title is the document's, or the first Markdown heading, which
    may stand in a part of the page apart from the figure's."""
    return news.derived("figures.subject_area", lambda: _read_subject_area(news))


def _read_subject_area(news: DocumentText) -> Mention | None:
    title = _title_span(news)
    if title is None:
        return None
    named = resolve.find_mentions(news.text, news.language, start=title.start, end=title.end, kinds=(Kind.STATE,))
    return named[0] if named and len({m.key for m in named}) == 1 else None


#: A Markdown heading: a line opened by "#" marks.
_MARKDOWN_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+(\S[^\n]*)$", re.MULTILINE)


def _title_span(news: DocumentText) -> Span | None:
    title = news.document.title
    at = news.text.find(title) if title else -1
    if title and at >= 0:
        return Span(at, at + len(title))
    start = news.main_spans[0].start if news.main_spans else 0
    heading = next((m for m in _MARKDOWN_HEADING.finditer(news.text, start) if _has_words(m.group(1))), None)
    return Span(heading.start(1), heading.end(1)) if heading else None


def _has_words(line: str) -> bool:
    """A heading of words, not a link of the page's navigation ("### [返回首頁](https://...)")."""
    return not line.lstrip().startswith(("[", "!["))


#: A number inside a product's name: "Boeing | 737 | MAX".
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?]\s)\b[A-Z][a-z]+ $")
_CAPITALS_AFTER = re.compile(r" [A-Z]{2,}\b")


def _names_a_model(news: DocumentText, figure: Span) -> bool:
    """ "50 Boeing 737 MAX aircraft": a number between a capitalised word and a word in capitals is part of a
    product's name, not a figure."""
    before = news.text[max(0, figure.start - 30) : figure.start]
    return bool(_CAPITALISED_BEFORE.search(before) and _CAPITALS_AFTER.match(news.text, figure.end))


def _with_days_listed_before(news: DocumentText, date: Span) -> Span:
    """A date with the days listed before it ("أيام 11 و 12 و 13 ماي 2018": 11 and 12 are days too, not figures),
    each joined by a comma, a dash or the pack's "and"."""
    joint = news.pack.derived("figures.listed_day", _listed_day)
    start = date.start
    while match := joint.search(fold_digits(news.text[max(0, start - 8) : start])):
        start -= len(match.group())
    return Span(start, date.end)


def _listed_day(pack: LanguagePack) -> re.Pattern[str]:
    conjunctions = phrases_alternation(pack.words("list_conjunctions")) if pack.words("list_conjunctions") else ""
    joint = rf"[-–,،]|(?:{conjunctions})(?!\w)" if conjunctions else r"[-–,،]"
    return re.compile(rf"(?<!\d)(?:[1-9]|[12]\d|3[01])\s*(?:{joint})\s*$")


def _part_of_a_name_or_time(news: DocumentText, figure: Span) -> bool:
    """ "كوفيد 19", "Covid 19": a number after a word of the pack's ``numbered_name_words`` is part of a name;
    "vers 4 h 30": a number before one of its ``hour_marks`` is a time of day, as is the minute after it."""
    before = news.text[max(0, figure.start - 12) : figure.start]
    named = any(re.search(rf"(?<!\w){re.escape(word)}[\s-]*$", before) for word in news.words("numbered_name_words"))
    marks = news.words("hour_marks")
    if named or not marks:
        return named
    mark = phrases_alternation(marks)
    return bool(
        re.match(rf"\s?(?:{mark})(?!\w)", news.text[figure.end : figure.end + 4])
        or re.search(rf"\d\s?(?:{mark})\s?$", before)
    )


def _inside_a_name(news: DocumentText, figure: Span) -> bool:
    """ "the Print 4 Ukraine fundraising project", "(Print 4 Ukraine)": a number between two capitalised words, the
    first of which does not open its sentence, is part of a name, not a figure ("In 2023 Ministers met": the
    capital of a sentence's first word tells nothing)."""
    left = _CAPITALISED_WORD_BEFORE.search(news.text, max(0, figure.start - 40), figure.start)
    if left is None or not _CAPITALISED_WORD_AFTER.match(news.text, figure.end):
        return False
    sentence = news.sentence_of(left.start())
    opening = news.text[sentence.start if sentence else 0 : left.start()].strip(" \t\n\u00a0\"'«“(*#-–")
    return bool(opening)


#: A capitalised word right before a number (one space between), and one right after it.
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w.])[A-ZА-ЯЁ][\w-]*[ ]$")
_CAPITALISED_WORD_AFTER = re.compile(r"[ ][A-ZА-ЯЁ][\w-]*")


def _listed_after_ordinal_marker(news: DocumentText, figure: Span) -> bool:
    """ "les articles 103 et 107", "los artículos 103 y 107": a number listed after one an ordinal marker numbers
    is numbered by it too."""
    markers = news.words("ordinal_markers")
    conjunctions = news.words("list_conjunctions")
    if not markers:
        return False
    joint = rf"(?:,|،|{phrases_alternation(conjunctions)})" if conjunctions else r"(?:,|،)"
    listed = re.search(
        rf"(?<!\w)(\w+)\s+\d+(?:\s*{joint}\s*\d+)*\s*{joint}\s*$", news.text[max(0, figure.start - 60) : figure.start]
    )
    if listed is None:
        return False
    word = listed.group(1).casefold()
    return any(word.startswith(m.casefold()) and len(word) - len(m) <= 1 for m in markers)  # "articles": plural


def _after_ordinal_word(news: DocumentText, position: int) -> bool:
    """ "بمناسبة الذكرى 26 لعيد العرش" (the 26th anniversary): after a noun of the pack's ``ordinal_nouns``
    a number counts which one, not how many."""
    before = news.text[max(0, position - 30) : position].rstrip()
    return any(before.endswith(noun) and (len(before) == len(noun) or not before[-len(noun) - 1].isalnum())
               for noun in news.words("ordinal_nouns"))  # fmt: skip


def _classifies_a_kind(news: DocumentText, position: int) -> bool:
    """ "chính quyền địa phương 02 cấp" (two-tier local government), "dòng hàng HS 8 số" (8-digit tariff lines):
    a number before a noun of the pack's ``kind_classifier_nouns`` says what kind a thing is, not how much of
    anything there is."""
    return starts_with_phrase(news.text, _skip(news.text, position), news.words("kind_classifier_nouns")) is not None


def _numbers_an_edition(news: DocumentText, position: int) -> bool:
    """ "del 9 Festival de Jazz de Norville": a number right before the capitalised head of an event's name
    (the pack's ``event_heads``) counts which edition it is, as an ordinal would, not how many."""
    start = _skip(news.text, position)
    head = starts_with_phrase(news.text, start, news.mapping("event_heads"))
    return head is not None and start > position and news.text[start : start + 1].isupper()


def _marks_a_month_or_day(news: DocumentText, position: int) -> bool:
    """ "今年11月", "在3日前往": a number written with the mark of a month or a day (the pack's ``date_marks``
    after the year's) is part of a date, even without the rest of it; "11个月" (months) is a duration."""
    marks = news.words("date_marks")[1:]
    return bool(marks) and news.text.startswith(marks, position)


def _is_month(iso: str) -> bool:
    """ "2025-06": a month of a year (a day is :func:`find_dates`'s, a year alone no date of a figure)."""
    return len(iso) == len("2025-06") and iso[:4].isdigit()


def _qualified_after(news: DocumentText, quantity: Quantity) -> Quantity:
    """ "đạt 8% trở lên", "3.5万亿元以上": a qualifier written after the figure (``extra["qualifiers_after"]``)."""
    qualifiers = news.mapping("qualifiers_after")
    word = starts_with_phrase(news.text, _skip(news.text, quantity.span.end), tuple(qualifiers))
    if not word:
        return quantity
    end = _skip(news.text, quantity.span.end) + len(word)
    qualifier = qualifiers[word] if quantity.qualifier == "exact" else quantity.qualifier
    return replace(quantity, span=Span(quantity.span.start, end), qualifier=qualifier)


def _statistic(news: DocumentText, quantity: Quantity, previous: Statistic | None) -> Statistic | None:
    measure, measure_end = _measure(news, quantity)
    period = None
    if not measure:
        measure, period = _measure_before(news, quantity, previous)
    if not measure and not quantity.unit and quantity.scaled:
        measure = _clause_before(news, quantity.span.start)  # "全球移民人数达2.81亿。"
    if not measure and not quantity.unit:
        return None
    sentence = news.sentence_of(quantity.span.start)
    in_sentence = _sentence_period(news, quantity.span, sentence, previous) if sentence else None
    month = _month_after(news, max(measure_end, quantity.span.end), sentence) if sentence else None
    period = period or _year_after(news, measure_end) or month or in_sentence
    unit = national_currency(quantity.unit, news.home_state) if quantity.unit else None
    if unit is None or _counts_by_classifier(news, quantity):
        unit = _counted_unit(news, quantity, measure) or unit  # "75,000 名学生": students, not persons
    return Statistic(
        span=quantity.span,
        value=quantity.value,
        qualifier=quantity.qualifier,
        unit=unit,
        measure=measure,
        period=period,
    )


def _counts_by_classifier(news: DocumentText, quantity: Quantity) -> bool:
    """Whether a figure ends with a measure word of the pack ("75,000 名"), which a unit may have read as
    persons, while the noun after it says what is counted."""
    written = news.text[quantity.span.start : quantity.span.end].rstrip()
    return any(written.endswith(word) for word in news.words("count_classifiers"))


#: How many characters may stand before the noun a figure counts where words are not spaced ("4万阿富汗难民").
_CHARACTERS_BEFORE_COUNTED_NOUN = 4
#: How many words of a measure may stand before the noun it counts ("33,000 direct and indirect jobs").
_WORDS_BEFORE_COUNTED_NOUN = 3


def _counted_unit(news: DocumentText, quantity: Quantity, measure: str | None) -> str | None:
    """The unit a figure counts in, where a noun of the pack's ``counted_nouns`` opens its measure or follows
    a few words after the figure that qualify it ("32 mil 653 niños": children, "95 pays": countries, "33,000
    direct and indirect jobs"), or a measure word ("8万3500位新移民": persons)."""
    nouns = news.mapping("counted_nouns")
    if not measure or not nouns:
        return None
    number_of = starts_with_phrase(measure, 0, news.words("number_of_words"))
    if number_of:  # "el número de operaciones fue de 5 millones": the measure before names what is counted
        rest = measure[len(number_of) :]
        noun = starts_with_phrase(measure, len(measure) - len(rest.lstrip()), nouns)
        if noun:
            return nouns[key_of(noun, nouns)]
    if news.extra.get("word_boundaries") is False:  # "4万阿富汗难民": a name of a few characters may come first
        start = len(starts_with_phrase(measure, 0, news.words("count_classifiers")) or "")
        after = news.text[quantity.span.end :].lstrip()
        # the figure may hold its measure word ("75,000 名" before "学生"), its measure repeating it
        if not (after.startswith(measure) or (start and after.startswith(measure[start:]))):
            return None  # "全球移民人数达2.81亿": a measure before the figure names what is measured, not counted
        found = (starts_with_phrase(measure, at, nouns) for at in range(start, start + _CHARACTERS_BEFORE_COUNTED_NOUN))
        noun = next((n for n in found if n), None)
        return nouns[key_of(noun, nouns)] if noun else None
    words = list(TOKEN.finditer(news.text, quantity.span.end, _measure_limit(news, quantity.span.end)))
    conjunctions = {word.casefold() for word in news.words("list_conjunctions")}
    for index, word in enumerate(words[: _WORDS_BEFORE_COUNTED_NOUN + 1]):
        if index == 2 or (index == 3 and words[1].group().casefold() not in conjunctions):
            continue  # one word qualifies a noun, or two joined by a conjunction; "20 years for refugees" no
        noun = starts_with_phrase(news.text, word.start(), nouns)
        end = word.start() + len(noun or "")
        if noun and (end == len(news.text) or not news.text[end].isalnum()):
            return nouns[key_of(noun, nouns)]
    return None


def _measure(news: DocumentText, quantity: Quantity) -> tuple[str | None, int]:
    """The words naming what is counted, and where they end (where the figure ends, if none)."""
    counts = quantity.unit in _COUNTING_UNITS and quantity.unit_span is not None
    start = quantity.unit_span.start if counts and quantity.unit_span else quantity.span.end
    limit = _measure_limit(news, start)
    connector = starts_with_phrase(news.text, _skip(news.text, start), news.words("measure_connectors"))
    if connector:
        start = _skip(news.text, start) + len(connector)
    stops = {w.casefold() for w in news.words("measure_stops")}
    words = _measure_words(news, start, limit, stops)
    if not words:
        return None, quantity.span.end
    return " ".join(news.text[words[0][0] : words[-1][1]].split()), words[-1][1]


def _measure_limit(news: DocumentText, start: int) -> int:
    """Where a measure must end: at punctuation, or at a line break, except where lines are wrapped by hand
    ("more than 150\n    local resettlement offices"): there only a blank line ends it."""
    position = start
    while (found := _MEASURE_END.search(news.text, position)) is not None:
        if found.group() != "\n" or not news.hard_wrapped or not news.text[found.end() :].split("\n", 1)[0].strip():
            return found.start()
        position = found.end()
    return len(news.text)


def _measure_words(news: DocumentText, start: int, limit: int, stops: set[str]) -> list[tuple[int, int]]:
    """The spans of the measure's words from ``start``: up to a stop word, a figure or ``limit``."""
    words: list[tuple[int, int]] = []
    for token in TOKEN.finditer(news.text, start, limit):
        if token.group().casefold() in stops or _starts_multiword_stop(news, token.start(), stops):
            break
        if starts_with_phrase(news.text, token.start(), _ending_phrases(news)):
            break
        digit = _DIGIT.search(fold_digits(token.group()))
        if digit:  # the next figure, perhaps glued to the words before it ("و12", "达到3547")
            if digit.start() > 0 and _is_cjk_word(token.group()):
                words.append((token.start(), token.start() + digit.start()))
            break
        words.append((token.start(), token.end()))
        if len(words) == _MAX_MEASURE_WORDS:
            break
    return words


def _measure_before(
    news: DocumentText, quantity: Quantity, previous: Statistic | None
) -> tuple[str | None, str | None]:
    """What a verb that links a measure to its figure (``extra["measure_verbs"]``) says is counted, and the
    year the clause gives it: "tăng trưởng GDP năm 2024 | đạt | khoảng 7,09%", "出口额 | 达到 | 3.5万亿元";
    where the verb comes first, the measure follows it ("ارتفع | حجم الصادرات | إلى 5 مليارات"). A verb
    that opens its clause goes on with the figure before ("đạt 786,29 tỷ USD, | tăng | 15,4%")."""
    start = _clause_start(news, quantity.span.start)
    before = news.text[start : quantity.span.start]
    if news.extra.get("verb_first"):
        last = list(find_phrases(news.text, news.words("measure_verbs"), start, quantity.span.start))[-1:]
        verb = last[0].group() if last else None
        words_start = last[0].end() if last else -1
        words_end = quantity.span.start
    else:
        verb = _verb_ending(news, before)
        words_end = start + len(before.rstrip()) - len(verb) if verb else -1
        words_start = _measure_opening(news, start, words_end)
    if not verb:
        return None, None
    if not news.text[words_start:words_end].strip():
        goes_on = previous is not None and _same_sentence(news, previous, quantity)
        return (previous.measure, previous.period) if previous and goes_on else (None, None)
    return _measure_in(news, words_start, words_end)


def _verb_ending(news: DocumentText, before: str) -> str | None:
    """The longest measure verb the text before a figure ends with, a word of its own where words are spaced."""
    trimmed = before.rstrip()
    spaced = news.extra.get("word_boundaries") is not False
    verbs = sorted(news.words("measure_verbs"), key=len, reverse=True)
    for verb in verbs:
        if trimmed.casefold().endswith(verb.casefold()):
            opening = len(trimmed) - len(verb)
            if not spaced or opening == 0 or not trimmed[opening - 1].isalnum():
                return verb
    return None


def _measure_opening(news: DocumentText, start: int, end: int) -> int:
    """Where a measure before its verb starts: after the last word that opens one in the clause
    (``extra["measure_openers"]``: "phấn đấu | tăng trưởng GDP"), else at the clause's start."""
    openers = news.words("measure_openers")
    ends = [m.end() for m in find_phrases(news.text, openers, start, end, ignore_case=True)] if openers else []
    return max([start, *ends])


def _measure_in(news: DocumentText, start: int, end: int) -> tuple[str | None, str | None]:
    """The measure written in ``text[start:end]``, up to a stop word, and a year after it ("năm 2024")."""
    if news.extra.get("word_boundaries") is False:
        return " ".join(news.text[start:end].split()) or None, None
    stops = {w.casefold() for w in news.words("measure_stops")}
    words = _measure_words(news, _skip(news.text, start), end, stops)
    if not words or len(words) == _MAX_MEASURE_WORDS:
        return None, None
    measure = news.text[words[0][0] : words[-1][1]]
    if measure.count("(") > measure.count(")") and news.text.startswith(")", words[-1][1]):
        measure += ")"  # "Vốn đầu tư trực tiếp nước ngoài (FDI)"
    return " ".join(measure.split()), _year_after(news, words[-1][1])


def _same_sentence(news: DocumentText, previous: Statistic, quantity: Quantity) -> bool:
    sentence = news.sentence_of(quantity.span.start)
    return sentence is not None and sentence.start <= previous.span.start


#: Marks that end a clause, where a measure before its verb starts; brackets are inside a measure
#: ("(FDI)"), and so is a mark between digits ("7,09").
_CLAUSE_MARK = re.compile(r"(?<!\d)[,.]|[,.](?!\d)|[;:!?\[\]“”\"…\n–،؛؟。，、；：！？「」《》]")


def _clause_start(news: DocumentText, position: int) -> int:
    """After the last mark before ``position`` in its sentence; a piece of one word between commas is an
    item of a list that belongs to the measure ("kim ngạch xuất khẩu nông, | lâm, | thủy sản")."""
    sentence = news.sentence_of(position)
    floor = sentence.start if sentence else max(0, position - 200)
    marks = [(floor, ",")] + [(m.end(), m.group()) for m in _CLAUSE_MARK.finditer(news.text, floor, position)]
    index = len(marks) - 1
    while index > 0 and marks[index - 1][1] in _LIST_MARKS and _one_word(news, marks[index - 1][0], marks[index][0]):
        index -= 1
    if index < len(marks) - 1:
        index -= 1 if index > 0 else 0  # the list's first item holds the head ("kim ngạch xuất khẩu nông")
    return marks[index][0]


#: Marks between the items of a list.
_LIST_MARKS = frozenset({",", "、", "،"})


def _one_word(news: DocumentText, start: int, end: int) -> bool:
    """Whether one word stands between two marks (never told where words have no spaces)."""
    spaced = news.extra.get("word_boundaries") is not False
    return spaced and len(TOKEN.findall(news.text, start, end - 1)) == 1


def _ending_phrases(news: DocumentText) -> tuple[str, ...]:
    """What ends a measure besides its stop words: the qualifier of the next figure, with a proclitic on
    it ("| لأكثر من 170 دولة"), how often ("| سنوياً") and by when ("| بحلول عام 2030")."""

    def make(pack: LanguagePack) -> tuple[str, ...]:
        qualifiers = tuple(pack.qualifiers)
        written_on = tuple(clitic + q for clitic in pack.words("proclitics") for q in qualifiers)
        cycles = tuple(pack.extra.get("cycle_words", {}) or ())
        deadlines = (*pack.words("deadline_words"), *pack.words("deadline_date_words"))
        return (*qualifiers, *written_on, *cycles, *deadlines)

    return news.pack.derived("news_measure_endings", make)


def _is_cjk_word(word: str) -> bool:
    """A run of Chinese characters, where words are not separated by spaces."""
    return "\u2e80" <= word[0] <= "\u9fff"


def _clause_before(news: DocumentText, position: int) -> str | None:
    """The words of the clause before a figure that ends its clause, which then names what it counts."""
    sentence = news.sentence_of(position)
    start = sentence.start if sentence else max(0, position - 40)
    ends = [m.end() for m in _MEASURE_END.finditer(news.text, start, position)]
    words = " ".join(news.text[max([start, *ends]) : position].split())
    return words or None


def _year_after(news: DocumentText, position: int) -> str | None:
    """A year stated right after the measure: "281 triệu người vào năm 2020", "5 millions en 2021"."""
    word = starts_with_phrase(news.text, _skip(news.text, position), news.words("period_year_words"))
    if not word:
        return None
    after = _skip(news.text, position) + len(word)
    year = _YEAR.match(fold_digits(news.text[after : after + 12]))
    return year.group(1) if year else None


def _starts_multiword_stop(news: DocumentText, position: int, stops: set[str]) -> bool:
    multiword = [s for s in news.words("measure_stops") if " " in s]
    return starts_with_phrase(news.text, position, multiword) is not None


def _skip(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\u00a0":
        position += 1
    return position


#: A year alone: four digits that are no part of a longer number, a date written with slashes or a range; what
#: stands before it tested after its first two digits, so that the engine skips to where a year may start.
_LONE_YEAR = re.compile(r"((?:19|20)(?<![\d/.,\-–]\d\d)\d\d)(?![\d/]|\s*[-–]\s*\d)")
#: Marks that end a clause, except between digits ("432,000"); the digit before tested after the mark.
_CLAUSE_BREAK = re.compile(r"[,،;؛。，；](?:(?<=[。，；])|(?<!\d.)|(?!\d))")


def _sentence_period(news: DocumentText, figure: Span, sentence: Span, previous: Statistic | None) -> str | None:
    """The period its sentence gives a figure: a year in its clause before it ("在2022年，约56%", "en 2012
    continuó la tendencia, porque de 5 mil 958"), else a range of years in the sentence ("giai đoạn
    2017-2022"), else the text's year where the sentence says "this year" (``extra["this_year_words"]``; none
    where that year is unknown), else the year after the figure before's where the sentence says "a year
    later" before it (``extra["next_year_words"]``), else the nearest year before it in the sentence, else the
    first after it there."""
    clause = max([sentence.start, *(m.end() for m in _CLAUSE_BREAK.finditer(news.text, sentence.start, figure.start))])
    view = digits_folded(news.text)
    before = [m.group(1) for m in _LONE_YEAR.finditer(view, sentence.start, figure.start)]
    in_clause = [m.group(1) for m in _LONE_YEAR.finditer(view, clause, figure.start)]
    after = [m.group(1) for m in _LONE_YEAR.finditer(view, figure.end, sentence.end)]
    part = _part_of_year(news, sentence.start, figure.start) or _since(news, figure, sentence)
    if part:
        return part
    if in_clause:
        return in_clause[-1]
    that_year = find_phrases(news.text, news.words("that_year_words"), sentence.start, figure.start, ignore_case=True)
    if that_year and not _LONE_YEAR.search(view, that_year[-1].end(), figure.start):
        # "En ese año, México devolvió a 4 mil 129 menores": the year the text wrote last before; not where
        # another year comes between ("...; en 2012 continuó la tendencia, porque de 5 mil 958")
        named = [m.group(1) for m in _LONE_YEAR.finditer(view, 0, sentence.start)]
        return named[-1] if named else None
    written = find_phrases(news.text, news.words("period_phrases"), sentence.start, figure.start, ignore_case=True)
    if written:  # "在疫情发生前，移民部平均每年接收34万新移民": before the pandemic, as written
        return written[-1].group()
    span_of_years = _year_range(news, sentence)
    if span_of_years:
        return span_of_years
    if find_phrases(news.text, news.words("this_year_words"), sentence.start, sentence.end, ignore_case=True):
        # "13,000 refugees from the region this year"; "En febrero de este año ... monto menor al del mismo
        # periodo de 2012" is of the text's year, not of 2012
        return _text_year(news)
    later = find_phrases(news.text, news.words("next_year_words"), sentence.start, figure.start, ignore_case=True)
    if later and previous and previous.period and re.fullmatch(r"\d{4}", previous.period):
        # "en 2011 a 405 mil 457; un año después, la cifra se ubicó en ..."; a figure after one the phrase
        # already dated shares its year ("Un año después, envió a 17 mil 129, de los que 13 mil 589 ...")
        dated_already = previous.span.start > later[-1].start()
        return previous.period if dated_already else str(int(previous.period) + 1)
    return before[-1] if before else after[0] if after else None


def _month_after(news: DocumentText, position: int, sentence: Span) -> str | None:
    """The month a figure is of, named in its clause after it ("2.3 por ciento en enero de este año", "12 per
    cent in August 2012") as "YYYY-MM": of the year written with it, else of the next month of the sentence
    written with a year ("12 por ciento en agosto y 20.2 por ciento en septiembre de 2012"), else of the
    text's year (:func:`_text_year`); none where no year is known."""
    pattern = news.pack.derived("figures.month_after", _month_pattern)
    if pattern is None:
        return None
    clause = _CLAUSE_BREAK.search(news.text, position, sentence.end)
    view = digits_folded(news.text)
    found = pattern.match(view, _skip(news.text, position), clause.start() if clause else sentence.end)
    if found is None:
        return None
    month = news.pack.months[found.group("month").casefold()]
    year = found.group("year") or _next_year_of_month(pattern, view, found.end(), sentence.end) or _text_year(news)
    return f"{year}-{month:02d}" if year else None


def _next_year_of_month(pattern: re.Pattern[str], view: str, start: int, end: int) -> str | None:
    return next((m.group("year") for m in pattern.finditer(view, start, end) if m.group("year")), None)


def _month_pattern(pack: LanguagePack) -> re.Pattern[str] | None:
    """A word that dates a figure ("en", "in"), a month's full name, then perhaps its year: abbreviations
    ("mar", "sept") are left out, as they are words of their own too ("en mar" is at sea)."""
    names = _full_month_names(pack)
    openers = pack.words("period_year_words")
    if not names or not openers:
        return None
    connectors = phrases_alternation(pack.words("measure_connectors")) or "(?!)"
    return re.compile(
        rf"(?:{phrases_alternation(openers)})\s+(?P<month>{phrases_alternation(names)})(?!\w)"
        rf"(?:,?\s+(?:(?:{connectors})\s+)?(?P<year>(?:19|20)\d\d)(?!\d))?",
        re.IGNORECASE,
    )


def _text_year(news: DocumentText) -> str | None:
    """The year a text calls "this year": its document's, else the one its addresses were last filed in, else
    the latest year it names outside a deadline (a report of this year's figures names last year's to compare,
    "el mismo periodo de 2012", and this year's where it sums them up, "el primer bimestre de 2013").
    Read once a document: every figure of it asks."""
    return news.derived("figures.text_year", lambda: current_year(news.document.date, news.text) or _latest_year(news))


def _latest_year(news: DocumentText) -> str | None:
    """The latest year a text names in its main segments (not the page's "© 2025"), outside a deadline ("by
    2030"); a year a figure is compared to ("el mismo periodo de 2012", the pack's ``same_period_words``) is
    the year before the text's."""
    view = digits_folded(news.text)
    deadlines = tuple(w.casefold() for w in news.words("deadline_words")) or ("\0",)
    compared = tuple(w.casefold() for w in news.words("same_period_words")) or ("\0",)
    years = []
    for match in (m for main in news.main_spans for m in _LONE_YEAR.finditer(view, main.start, main.end)):
        before = view[max(0, match.start() - 30) : match.start()].rstrip().casefold()
        if not before.endswith(deadlines):
            years.append(int(match.group(1)) + (1 if before.endswith(compared) else 0))
    return str(max(years)) if years else None


def _since(news: DocumentText, figure: Span, sentence: Span) -> str | None:
    """The period from a month or year a figure's sentence counts from (the pack's ``since_words``: "Since October
    2022, more than 32,000 refugees", "totals over $230 million since 1993") to the text's date or year."""
    pattern = news.pack.derived("figures.since", _since_pattern)
    if pattern is None:
        return None
    view = digits_folded(news.text)
    found = list(pattern.finditer(view, sentence.start, sentence.end))
    before = [m for m in found if m.end() <= figure.start]
    chosen = before[-1] if before else next((m for m in found if m.start() >= figure.end), None)
    now = (news.document.date or "")[:7] or _text_year(news)
    if chosen is None or not now:
        return None
    month = chosen.group("month")
    start = f"{chosen.group('year')}-{news.pack.months[month.casefold()]:02d}" if month else chosen.group("year")
    return f"{start}/{now}"


def _since_pattern(pack: LanguagePack) -> re.Pattern[str] | None:
    since = pack.words("since_words")
    names = _full_month_names(pack)
    if not since or not names:
        return None
    connectors = phrases_alternation(pack.words("measure_connectors")) or "(?!)"
    return re.compile(
        rf"(?<!\w)(?:{phrases_alternation(since)})\s+(?:(?P<month>{phrases_alternation(names)})\s+"
        rf"(?:(?:{connectors})\s+)?)?(?P<year>(?:19|20)\d\d)(?!\d)",
        re.IGNORECASE,
    )


def _part_of_year(news: DocumentText, start: int, end: int) -> str | None:
    """The part of a year named last before a figure, with no other year between them ("En el primer bimestre de
    2013, las remesas acumularon 3 mil 061.58 millones": "2013-01/2013-02"; "in the first quarter of 2013":
    "2013-Q1"; "entre enero y febrero": "2013-01/2013-02"): the pack's ``year_parts`` or two months joined by a
    word of ``year_range_links`` or ``list_conjunctions``, the year written with it, else the year named before
    it, else the text's (:func:`_text_year`)."""
    pattern = news.pack.derived("figures.year_parts", _year_parts_pattern)
    view = digits_folded(news.text)
    found = list(pattern.finditer(view, start, end)) if pattern else []
    if not found or _LONE_YEAR.search(view, found[-1].end(), end):
        return None
    part = found[-1]
    earlier = [m.group(1) for m in _LONE_YEAR.finditer(view, start, part.start())]
    year = part.group("year") or (earlier[-1] if earlier else _text_year(news))
    if not year:
        return None
    if part.group("part"):
        months = news.mapping("year_parts")[key_of(part.group("part"), news.mapping("year_parts"))]
    else:
        first, last = (news.pack.months[part.group(g).casefold()] for g in ("first", "last"))
        months = f"{first:02d}/{last:02d}"
    return "/".join(f"{year}-{piece}" for piece in months.split("/"))


def _year_parts_pattern(pack: LanguagePack) -> re.Pattern[str] | None:
    parts = pack.extra.get("year_parts") or {}
    names = _full_month_names(pack)
    if not parts and not names:
        return None
    links = phrases_alternation((*pack.words("year_range_links"), *pack.words("list_conjunctions"), "-", "–"))
    months = phrases_alternation(names) if names else "(?!)"
    named = phrases_alternation(parts) if parts else "(?!)"
    # "primer trimestre de 2013", "quý I năm 2013", "الربع الأول من عام 2013"
    connectors = phrases_alternation((*pack.words("measure_connectors"), *pack.words("period_year_words"))) or "(?!)"
    edge = "" if pack.extra.get("word_boundaries") is False else r"(?<!\w)"  # "2013年第一季度"
    return re.compile(
        rf"{edge}(?:(?P<part>{named})|(?P<first>{months})\s*(?:{links})\s*(?P<last>{months}))(?!\w)"
        rf"(?:\s+(?:(?:{connectors})\s+){{0,2}}(?P<year>(?:19|20)\d\d)(?!\d))?",
        re.IGNORECASE,
    )


def _full_month_names(pack: LanguagePack) -> list[str]:
    """The pack's month names but abbreviations ("mar", "sept"), which are words of their own too ("en mar")."""
    return [m for m in pack.months if not any(o != m and o.startswith(m) for o in pack.months)]


def _year_range(news: DocumentText, sentence: Span) -> str | None:
    """A range of years in a sentence: "2017-2022", "2017/2022", joined by a word of the pack's
    ``year_range_links`` ("2022至2024年", "de 2011 a 2012"), or between a word of ``between_words`` and one of
    ``date_range_connectors`` ("entre 2011 et 2016", "entre 2011 y 2016")."""
    pattern = news.pack.derived("figures.year_range", _year_range_pattern)
    match = pattern.search(fold_digits(sentence.of(news.text)))
    years = [year for year in match.groups() if year] if match else []
    return f"{years[0]}/{years[1]}" if years else None


def _year_range_pattern(pack: LanguagePack) -> re.Pattern[str]:
    links = pack.words("year_range_links")
    between, connectors = pack.words("between_words"), pack.words("date_range_connectors")
    if not links and not (between and connectors):
        return _YEAR_RANGE
    year = r"((?:18|19|20|21)\d\d)"
    joints = r"\s*[-–/]\s*" + (rf"|\s*(?:{phrases_alternation(links)})\s*" if links else "")
    pattern = rf"(?<!\d){year}(?:{joints}){year}(?!\d)"
    if between and connectors:  # "entre 2011 et 2016": "et" alone joins two years that are no range
        opener, connector = phrases_alternation(between), phrases_alternation(connectors)
        pattern = rf"(?<!\w)(?:{opener})\s+{year}\s*(?:{connector})\s*{year}(?!\d)|{pattern}"
    return re.compile(pattern, re.IGNORECASE)


#: Kinds of the resolver that can be the area of a figure.
AREA_KINDS = (Kind.GROUP_OF_STATES, Kind.STATE, Kind.PLACE)
#: English names of the counted things of a rate ("per 100 persons" reads "per 100 people").
RATE_NOUNS = {"persons": "people"}
#: The names of the units of a duration, by their ISO 8601 designator (the pack's ``duration_units`` values).
_DURATION_UNIT_NAMES = {"D": "days", "W": "weeks", "M": "months", "Y": "years"}
#: A measure this short says nothing of what it counts; the figure counts what the one before did.
_SHORT_MEASURE_WORDS = 2
_SHORT_UNSPACED_MEASURE = 4
_SENTENCE_END = re.compile(r"[;؛。；]|\.(?!\d)|\n\s*\n")
#: A comma or point between digits ("1,214,100") ends no clause.
_CLAUSE_END = re.compile(r"(?<!\d)[,.]|[,.](?!\d)|[،;؛。，；]")


@dataclass(frozen=True)
class _Figure:
    span: Span
    value: Decimal
    qualifier: str
    unit: str | None
    noun: str  # the word after the numeral: what it counts ("subscriptions", "اشتراكا")
    per: bool  # the amount of a rate ("per 100 people")
    scaled: bool  # "281 million": a scale word makes it a measurement


class _StatisticReader:
    def __init__(self, text: str, pack: LanguagePack, language: str | None) -> None:
        self.text, self.pack, self.language = text, pack, language
        self.not_figures = _not_figures(text, pack)
        per_words = words_of(pack, "per_words")
        words = "|".join(map(re.escape, sorted(per_words, key=len, reverse=True)))
        self.per = re.compile(rf"(?<!\w)(?:{words})\s*$", re.IGNORECASE) if per_words else None
        self.dates = [d for d in all_dates(text, pack) if d.has_year and not _dates_an_instrument(text, d.span.start)]
        self.periods = _named_periods(text, pack, self.dates, self.not_figures)

    def figures(self, start: int, end: int) -> list[_Figure]:
        figures = []
        for quantity in find_quantities(self.text, self.pack, start, end):
            if any(span.start < quantity.span.end and quantity.span.start < span.end for span in self.not_figures):
                continue
            before = self.text[max(start, quantity.span.start - 12) : quantity.span.start]
            noun = re.match(r"\s*(\w+)", self.text[quantity.span.end : quantity.span.end + 30])
            figures.append(
                _Figure(quantity.span, quantity.value, quantity.qualifier, quantity.unit,
                        noun.group(1) if noun else "", bool(self.per and self.per.search(before)), quantity.scaled)
            )  # fmt: skip
        return sorted([*figures, *self._spelled_counts(start, end, figures)], key=lambda f: f.span.start)

    def _spelled_counts(self, start: int, end: int, read: list[_Figure]) -> list[_Figure]:
        """Counts written in words before a noun of the pack's ``counted_nouns`` ("two Human Rights Officer
        posts", "cinq membres", "twenty-four members"): a number word alone ("one of the", "two-thirds") says
        no count, so only those the counted noun follows are figures."""
        pattern = self.pack.derived("statistics.spelled_counts", _spelled_count_pattern)
        counts = self.pack.extra.get("number_words", {})
        found = []
        for match in pattern.finditer(self.text, start, end) if pattern else ():
            span = Span(match.start(), match.end())
            if any(f.span.start < span.end and span.start < f.span.end for f in read) or any(
                s.start < span.end and span.start < s.end for s in self.not_figures
            ):
                continue
            value = _spelled_value(match, counts)
            if value is None:
                continue
            noun = re.match(r"\s*(\w+)", self.text[span.end : span.end + 30])
            figure = _Figure(span, Decimal(value), "exact", None, noun.group(1) if noun else "", False, False)
            if self._counted_unit(figure) is not None:
                found.append(figure)
        return found

    def statistics(self, paragraph: Paragraph, heading: str | None = None) -> list[Statistic]:
        """The figures of a paragraph; one its sentence gives no period is of the period its ``heading`` names."""
        found = []
        for sentence in _sentences(self.text, paragraph.span):
            found.extend(self._in_sentence(sentence))
        return [replace(s, period=heading) if s.period is None and heading else s for s in found]

    def heading_period(self, heading: Span) -> str | None:
        """The period a heading between paragraphs names ("Budget estimates for the period from 1 July 2019 to
        30 June 2020"), which the figures under it are of."""
        return next((period.iso for period in self.periods if heading.start <= period.span.start < heading.end), None)

    def _qualifier(self, figure: _Figure) -> str:
        """The figure's qualifier, also with a proclitic written on it ("وأقل من ٢٠": "and less than 20")."""
        if figure.qualifier != "exact":
            return figure.qualifier
        before = self.text[max(0, figure.span.start - 30) : figure.span.start].rstrip()
        for words, qualifier in sorted(self.pack.qualifiers.items(), key=lambda item: -len(item[0])):
            if before.endswith(words):
                preceding = before[: -len(words)]
                word = re.search(r"(\w*)$", preceding).group(1)  # type: ignore[union-attr]  # always matches
                if word == "" or word in words_of(self.pack, "proclitics"):
                    return qualifier
        return "exact"

    def _in_sentence(self, sentence: Span) -> list[Statistic]:
        figures = [replace(f, qualifier=self._qualifier(f)) for f in self.figures(sentence.start, sentence.end)]
        rate_unit, rate_noun, measured = None, None, []
        for index, figure in enumerate(figures):
            if figure.per:
                continue
            rate = next((f for f in figures[index + 1 : index + 2] if f.per), None)
            unit = figure.unit
            if rate is not None:
                rate_noun = figure.noun
                rate_unit = f"per {rate.value} {RATE_NOUNS.get(rate.unit or '', rate.unit or rate.noun)}"
                unit = rate_unit
            elif unit is None and rate_unit and figure.noun == rate_noun:
                unit = rate_unit
            unit = unit or self._counted_unit(figure)
            if unit is None and figure.qualifier == "exact" and not figure.scaled:
                continue
            unit = unit or self._duration_unit(figure)
            measured.append((figure, unit, rate))
        statistics: list[Statistic] = []
        rate_measure = None
        for figure, unit, rate in measured:
            statistic = self._statistic(figure, unit, rate, sentence, measured)
            if rate is not None:
                rate_measure = statistic.measure
            elif unit is not None and unit == rate_unit and rate_measure:
                statistic = replace(statistic, measure=rate_measure)
            elif statistics and statistics[-1].unit == unit and self._is_short(statistic.measure):
                statistic = replace(statistic, measure=statistics[-1].measure)  # "..., and 31 per cent in ..."
            statistics.append(self._bounded(statistic))
        return statistics

    def _counted_unit(self, figure: _Figure) -> str | None:
        """What a figure counts, where a noun of the pack's ``counted_nouns`` follows it, after at most a few
        capitalised words that name the kind ("58 States", "73 Member States", "12 Human Rights Officer posts"): a
        count is a measurement, where a bare number is not."""
        nouns = self.pack.derived("statistics.counted_nouns", _counted_nouns)
        line_start = self.text.rfind("\n", 0, figure.span.start) + 1
        if not nouns or not self.text[line_start : figure.span.start].strip():
            return None  # a number that opens its line numbers a footnote or an item: "3  Member States are ..."
        limit = _clause_end(self.text, figure.span.end, min(len(self.text), figure.span.end + 80))
        for index, word in enumerate(TOKEN.finditer(self.text, figure.span.end, limit)):
            if index > _WORDS_BEFORE_COUNTED_NOUN:
                break
            noun = starts_with_phrase(self.text, word.start(), nouns)
            end = word.start() + len(noun or "")
            if noun and (end == len(self.text) or not self.text[end].isalnum()):
                return nouns[key_of(noun, nouns)]
            if index and not word.group()[:1].isupper():
                break  # the words before the noun name a kind ("Human Rights Officer posts"), capitalised
        return None

    def _duration_unit(self, figure: _Figure) -> str | None:
        """The unit of a figure kept for its qualifier that a word of the pack's ``duration_units`` follows
        ("vacant for more than 24 months", "depuis plus de 24 mois"): a bare duration says when and is no
        figure, but a bounded one measures how long."""
        units = self.pack.extra.get("duration_units", {})
        word = starts_with_phrase(self.text, skip_spaces(self.text, figure.span.end), units) if units else None
        return _DURATION_UNIT_NAMES.get(units[key_of(word, units)]) if word else None

    def _bounded(self, statistic: Statistic) -> Statistic:
        """A figure its measure sets as a limit ("A maximum assessment rate of 22 per cent", "un taux
        minimal de 0,001 %"): at most, or at least, that much (the pack's ``limit_words``)."""
        limits = self.pack.extra.get("limit_words", {})
        if statistic.qualifier != "exact" or not limits or not statistic.measure:
            return statistic
        words = set(re.findall(r"\w+", statistic.measure.casefold()))
        qualifier = next((q for word, q in limits.items() if word.casefold() in words), None)
        return replace(statistic, qualifier=qualifier) if qualifier else statistic

    def _is_short(self, measure: str | None) -> bool:
        """A measure too short to say what it counts ("and 31 per cent in", "其中"): two words, or, where
        words are not spaced, four characters."""
        if self.pack.extra.get("word_boundaries", True) is False:
            return len("".join((measure or "").split())) <= _SHORT_UNSPACED_MEASURE
        return len((measure or "").split()) <= _SHORT_MEASURE_WORDS

    def _statistic(
        self, figure: _Figure, unit: str | None, rate: _Figure | None, sentence: Span, measured
    ) -> Statistic:
        after = rate.span.end if rate else figure.span.end
        following = [f.span.start for f, _, _ in measured if f.span.start > figure.span.start]
        area_end = min([*following, sentence.end])
        return Statistic(
            span=Span(figure.span.start, after),
            value=figure.value,
            qualifier=figure.qualifier,
            unit=unit,
            measure=self._measure(figure, rate, sentence),
            # "for the least developed countries of 0.01 per cent": else the area its clause names before it
            area=self._area(after, area_end) or self._area(self._clause_start(figure, sentence), figure.span.start),
            period=self._period(after, _clause_end(self.text, after, sentence.end))
            or self._period_later(_clause_end(self.text, after, sentence.end), area_end)
            or self._period_before(sentence.start, figure.span.start),
        )

    def _measure(self, figure: _Figure, rate: _Figure | None, sentence: Span) -> str | None:
        """What a figure counts: the words between it and its rate, else the clause before it."""
        if rate is not None:
            words = self.text[figure.span.end : rate.span.start]
            words = self.per.sub("", words) if self.per else words
            return " ".join(words.split()) or None
        words = " ".join(self.text[self._clause_start(figure, sentence) : figure.span.start].split())
        return words or None

    def _clause_start(self, figure: _Figure, sentence: Span) -> int:
        ends = _CLAUSE_END.finditer(self.text, sentence.start, figure.span.start)
        return max([sentence.start, *(m.end() for m in ends)])

    def _area(self, start: int, end: int) -> Mention | None:
        known = resolve.find_mentions(self.text, self.language, start=start, end=end, kinds=AREA_KINDS)
        return known[0] if known else None

    def _period(self, start: int, end: int) -> str | None:
        """The period the clause after a figure names first: a period from one day to another ("1,221,420,600
        dollars for the period from 1 July 2019 to 30 June 2020": "2019-07-01/2020-06-30"), one that ends on a
        day the text names as a period's end ("in respect of the financial period ended 30 June 2018", the pack's
        ``period_end_words``), else the year of a date, else the years listed there ("more than 3 million people
        during 2011 and 2012": 2011/2012). The date of an instrument ("resolution 71/305 of 30 June 2017") dates the
        instrument, not the figure."""
        named = next((p for p in self.periods if start <= p.span.start < end), None)
        dates = [d for d in self.dates if start <= d.span.start < end]
        if named and (not dates or named.span.start <= dates[0].span.start):
            return named.iso
        listed = self._listed_years(start, end)
        if listed and (not dates or (len(dates[0].iso) == 4 and listed.startswith(dates[0].iso))):
            return listed  # "en 2011 et 2012": the list, not its first year
        if not dates:
            return None
        return self._period_ending(dates[0]) or dates[0].iso[:4]

    def _period_ending(self, date: DateMatch) -> str | None:
        """The period the text names elsewhere that ends on ``date``, where a word of a period's end comes before
        it ("the financial period ended 30 June 2018" is the one "from 1 July 2017 to 30 June 2018")."""
        ends = words_of(self.pack, "period_end_words")
        before = " ".join(self.text[max(0, date.span.start - 40) : date.span.start].split()).casefold()
        if not ends or not before.endswith(tuple(word.casefold() for word in ends)):
            return None
        return next((p.iso for p in self.periods if p.iso.endswith(f"/{date.iso}")), None)

    def _period_later(self, start: int, end: int) -> str | None:
        """A period named later in the sentence, before the next figure: "38,418,800 dollars for the maintenance
        of the Mission, previously authorized ... for the period from 1 July 2017 to 30 June 2018"."""
        return next((p.iso for p in self.periods if start <= p.span.start and p.span.end <= end), None)

    def _period_before(self, start: int, end: int) -> str | None:
        """The period named nearest before a figure in its sentence ("for the biennium 2018–2019 in the amount of
        150 million"), or the day a stock is counted at ("as at 30 April 2019, including the contributions
        outstanding in the amount of 150.1 million", the pack's ``reference_date_words``); else a year that opens
        the sentence ("In 2020, an estimated 281 million ..."), or the years listed before it ("for 2019, 2020 and
        2021 on the basis of a rate of 0.008 per cent": 2019/2021)."""
        periods = [p for p in self.periods if start <= p.span.start and p.span.end <= end]
        named = [(p.span.end, p.iso) for p in periods]
        named += [  # "du 1er juillet 2019 au 30 juin 2020": a range's last day is no day of reference
            (d.span.end, d.iso)
            for d in self._reference_dates(start, end)
            if not any(p.span.start <= d.span.start < p.span.end for p in periods)
        ]
        if named:
            return max(named)[1]
        listed = self._listed_years(start, end)
        years = [date for date in all_dates(self.text, self.pack, start, end) if len(date.iso) == 4]
        return listed or (years[0].iso if years else None)

    def _reference_dates(self, start: int, end: int) -> list[DateMatch]:
        """The dates in ``text[start:end]`` that a word of the pack's ``reference_date_words`` opens ("as at")."""
        words = tuple(w.casefold() for w in words_of(self.pack, "reference_date_words"))
        if not words:
            return []
        return [
            date
            for date in self.dates
            if start <= date.span.start and date.span.end <= end and self._words_before(date, start).endswith(words)
        ]

    def _words_before(self, date: DateMatch, floor: int) -> str:
        return " ".join(self.text[max(floor, date.span.start - 20) : date.span.start].split()).casefold()

    def _listed_years(self, start: int, end: int) -> str | None:
        """Years written one after another in a list ("2019, 2020 and 2021", "2019, 2020 et 2021"), as the
        period from the first to the last."""
        pattern = self.pack.derived("statistics.listed_years", _listed_years_pattern)
        match = pattern.search(digits_folded(self.text), start, end) if pattern else None
        if match is None:
            return None
        years = re.findall(r"\d{4}", match.group())
        return f"{years[0]}/{years[-1]}"


def _spelled_count_pattern(pack: LanguagePack) -> re.Pattern[str] | None:
    """The pack's ``number_words`` but its articles ("a", "un"), alone or as tens and a unit joined by a hyphen
    ("twenty-four", "vingt-deux")."""
    articles = {article.casefold() for article in words_of(pack, "indefinite_articles")}
    words = [word for word in pack.extra.get("number_words", {}) if word.casefold() not in articles]
    if not words:
        return None
    alternation = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<tens>{alternation})(?:-(?P<unit>{alternation}))?(?![\w-])", re.IGNORECASE)


def _spelled_value(match: re.Match[str], counts: dict[str, int]) -> int | None:
    """The value of a number in words: one word's, or tens and a unit below ten; None for a pair that makes no
    number ("two-three")."""
    tens = counts[key_of(match.group("tens"), counts)]
    if not match.group("unit"):
        return tens
    unit = counts[key_of(match.group("unit"), counts)]
    return tens + unit if tens >= 20 and tens % 10 == 0 and 0 < unit < 10 else None


def _counted_nouns(pack: LanguagePack) -> dict[str, str]:
    """The nouns a figure of a paragraph may count (the pack's ``counted_nouns``); a duration ("75 years ago",
    "within 10 working days") says when, not how much."""
    return dict(pack.extra.get("counted_nouns", {}) or {})


def _not_figures(text: str, pack: LanguagePack) -> list[Span]:
    """Where numbers say nothing of the world: inside a symbol ("A/HRC/50/L.12 por 124 votos" is no
    "12 per 124 votes"), a vote's tally ("by 124 votes to 49, with 1 abstention"), which is how a
    body decided, not a measurement (the pack's ``extra["vote_pattern"]``), and a lead time ("at least
    12 weeks ahead of each forum"), which says when, not how much."""
    spans = [span for span, _ in find_symbols(text)]
    folded = digits_folded(text)
    pattern = pack.extra.get("vote_pattern")
    if isinstance(pattern, str):
        compiled = pack.derived("statistics.votes", lambda _: re.compile(pattern, re.IGNORECASE))
        spans += [Span(*match.span()) for match in compiled.finditer(folded)]
    lead_time = pack.derived("statistics.lead_times", _lead_time_pattern)
    spans += [Span(*match.span()) for match in lead_time.finditer(folded)] if lead_time else []
    return spans


def _listed_years_pattern(pack: LanguagePack) -> re.Pattern[str] | None:
    """Two or more years joined by commas and a list's conjunction: "2019, 2020 and 2021"."""
    conjunctions = words_of(pack, "list_conjunctions")
    if not conjunctions:
        return None
    year = r"(?:19|20)\d\d(?!\d)"
    joint = rf"\s*,?\s+(?:{phrases_alternation(conjunctions)})\s+"
    return re.compile(rf"(?<!\d){year}(?:\s*,\s*{year})*{joint}{year}", re.IGNORECASE)


def _lead_time_pattern(pack: LanguagePack) -> re.Pattern[str] | None:
    """A number, a unit of duration (after at most one word: "10 working days") and a word that counts it from
    an event (the pack's ``lead_time_words``: "ahead of", "avant", "antes de")."""
    units, leads = pack.extra.get("duration_units", {}), words_of(pack, "lead_time_words")
    if not units or not leads:
        return None
    return re.compile(
        rf"(?<!\d)\d{{1,4}}\s+(?:\w+\s+)?(?:{phrases_alternation(units)})\s+(?:{phrases_alternation(leads)})(?!\w)",
        re.IGNORECASE,
    )


def _clause_end(text: str, start: int, end: int) -> int:
    match = _CLAUSE_END.search(text, start, end)
    return match.start() if match else end


def _sentences(text: str, span: Span) -> list[Span]:
    sentences, start = [], span.start
    for match in _SENTENCE_END.finditer(text, span.start, span.end):
        sentences.append(Span(start, match.start()))
        start = match.end()
    if start < span.end:
        sentences.append(Span(start, span.end))
    return [s for s in sentences if s.end > s.start]


def find_paragraph_statistics(
    text: str, pack: LanguagePack, language: str | None, paragraphs: list[Paragraph], headings: Sequence[Span] = ()
) -> list[Statistic]:
    """The figures stated in the paragraphs a builder has read, each kept where a unit, a scale word, a
    qualifier or a rate makes it a measurement. ``headings`` are the spans of the headings between paragraphs
    (of a budget's parts: "Budget estimates for the period from 1 July 2019 to 30 June 2020"): a figure whose
    sentence names no period is of the period the last heading above it named."""
    reader = _StatisticReader(text, pack, language)
    named = sorted((heading.start, reader.heading_period(heading)) for heading in headings)
    named_periods = [(start, period) for start, period in named if period]
    found = []
    for paragraph in paragraphs:
        above = [period for start, period in named_periods if start < paragraph.span.start]
        found.extend(reader.statistics(paragraph, above[-1] if above else None))
    return found


@dataclass(frozen=True)
class _NamedPeriod:
    span: Span
    iso: str  # an ISO 8601 interval: "2019-07-01/2020-06-30", "2018/2019"


#: A range of years as a budget writes one: "2018–2019", "2018−2019" (a minus sign), "2019/2020".
_BUDGET_YEARS = re.compile(r"(?<![\d/])((?:19|20)\d\d)\s*[-–—−/]\s*((?:19|20)\d\d)(?![\d/])")
#: What stands before the date of an instrument: its number ("71/305", "2480 (2019)", "973 (X)", "72/266 B") and
#: a short word that links it to its date ("of", "du", "от").
_INSTRUMENT_BEFORE_DATE = re.compile(
    r"(?:\d+/\d+(?:\s+[A-Z])?|\d{3,4}(?:\s+[A-Z])?\s*\([^()]{1,12}\))(?:\s+\w{1,3})?\s*$"
)


def _dates_an_instrument(text: str, position: int) -> bool:
    """Whether the date at ``position`` follows an instrument's number: "resolution 71/305 of 30 June 2017"."""
    return bool(_INSTRUMENT_BEFORE_DATE.search(text[max(0, position - 30) : position]))


def _named_periods(
    text: str, pack: LanguagePack, dates: list[DateMatch], not_figures: list[Span]
) -> list[_NamedPeriod]:
    """The periods a text names, in order: a range of dates the date reader reads as one ("from 1 July to 31
    December 2017"), two dates joined by a range's connector ("from 1 July 2019 to 30 June 2020"; one that also
    joins lists, "and", only after a range's opener: "between 1 July 2019 and 30 June 2020"), and a range of
    years outside a symbol ("the biennium 2018–2019")."""
    connectors = {" ".join(w.casefold().split()) for w in pack.words("date_range_connectors")}
    conjunctions = {w.casefold() for w in pack.words("list_conjunctions")}
    openers = tuple(w.casefold() for w in (*pack.words("date_range_openers"), *pack.words("between_words")))
    found = [_NamedPeriod(d.span, f"{d.iso}/{d.end_iso}") for d in dates if d.end_iso]
    for first, second in pairwise(dates):
        joint = " ".join(text[first.span.end : second.span.start].split()).casefold()
        if first.end_iso or second.end_iso or joint not in connectors:
            continue
        opened = f" {text[max(0, first.span.start - 12) : first.span.start + 8].casefold()}"
        if joint in conjunctions and not any(f" {opener} " in opened for opener in openers):
            continue
        found.append(_NamedPeriod(Span(first.span.start, second.span.end), f"{first.iso}/{second.iso}"))
    for match in _BUDGET_YEARS.finditer(digits_folded(text)):
        if int(match.group(1)) < int(match.group(2)) and not any(s.start <= match.start() < s.end for s in not_figures):
            found.append(_NamedPeriod(Span(match.start(), match.end()), f"{match.group(1)}/{match.group(2)}"))
    return sorted(found, key=lambda period: period.span.start)
