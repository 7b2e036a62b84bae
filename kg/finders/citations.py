"""Citations: the instruments a document cites, by symbol, by number or by name.

Three sources, merged:

* printed symbols (``A/72/64-E/2017/12``, ``A/C.2/72/SR.15``), from
  :func:`kg.text.symbols.find_symbols`, except the document's own symbol in
  its page headers;
* resolution numbers after a word for "resolution(s)" in the document's
  language ("resolutions 56/183 of 21 December 2001, ... and 71/212",
  "قراراتها ١٨٣/٥٦ المؤرخ ...", "resolution 217 A (III)"): a list runs on
  while its items are separated only by dates and connectives. A number is
  read as session/number or number/session by :mod:`kg.text.symbols`; where
  both are possible, the order the other items of the list (or the document)
  use decides. Numbers with a four-digit year are ECOSOC's (``E/RES/2006/46``);
  the others belong to the series of the issuing body (``A/RES/...`` for the
  General Assembly). A list a possessive joins to the list before ("Commission
  ... resolutions 2006/2 ... and its resolution 2013/1") is of that list's body;
* named instruments, from the resolver (``2030 Agenda`` ...), keyed by their
  symbol where they have one.

Each citation carries the date the text gives right after it ("of 21
December 2001", "المؤرخ ٢١ كانون الأول/ديسمبر ٢٠٠١"), or, for a number marked
by a suffix, right before it ("2016年9月19日第71/1号决议").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from kg import resolve
from kg.finders import resolutions
from kg.finders.bodies import ShortNames
from kg.finders.phrases import PhraseMatch, matcher_of, words_of
from kg.finders.text import skip_spaces, starts_with_phrase
from kg.lang.base import LanguagePack
from kg.model import INSTRUMENT_KINDS, Citation, Kind, Mention, Span
from kg.text.dates import DateMatch, find_dates
from kg.text.patterns import phrases_alternation
from kg.text.quotes import QUOTATION_MARKS, quoted_spans
from kg.text.symbols import find_symbols

__all__ = ["find_citations"]

#: How far after a word for "resolution" its first number may stand ("resolutions of the Council 2006/46").
FIRST_NUMBER_REACH = 60
#: How much text (besides a date) may separate two numbers of one list.
LIST_GAP = 40
#: How far after a cited instrument its date may start ("of 21 December 2001").
DATE_REACH = 16
#: How far from a resolution number the body that adopted it may be named ("Economic and Social Council").
BODY_REACH = 60
#: How much blank layout (a PDF's line break and indentation, blanked page furniture) a date may stand past.
LAYOUT_SLACK = 120
#: How long the quoted title of a listed item may be ("81/12 of 3 May 2027, entitled “...”").
TITLE_REACH = 400

#: Not a part of a printed symbol: "74/288" in "A/74/288" is a report, not resolution 74/288.
_NOT_IN_SYMBOL = r"(?<![\w/.])"
# The grammar of the numbers is shared (kg.finders.resolutions), read by its group names.
_NUMBER = re.compile(_NOT_IN_SYMBOL + resolutions.SLASH_NUMBER)
_ROMAN_SESSION = re.compile(resolutions.ROMAN_NUMBER)
#: The Security Council numbers its resolutions in one series and prints the year: "2532 (2020)".
_COUNCIL_NUMBER = re.compile(_NOT_IN_SYMBOL + resolutions.COUNCIL_NUMBER)
#: What may stand between a body and its word for "resolution": spaces, a possessive ("the Council's").
_BODY_JOINT = re.compile(r"\s*(?:['’]s)?\s*")
#: The last word of a stretch of text, and how far back it is looked for.
_WORD_BEFORE = re.compile(r"(?P<word>[^\W\d_][\w-]*)\s*\Z")
_WORD_WINDOW = 60
#: What opens a sentence or a paragraph before a word: a blank line, or a full stop ("1. Recalls").
_SENTENCE_OPENING = re.compile(r"(?:\n[ \t]*\n|[.;:])\s*\Z")
#: What ends a list of numbers: the end of a sentence or clause, a parenthesis (full-width too), or a quotation
#: no word for a title leads (a number in a report's title is none of the list's).
_LIST_BREAK = re.compile(r"[;:؛()\[\]；：。（）［］【】" + re.escape("".join(QUOTATION_MARKS)) + r"]|\.(?!\d)")


@dataclass(frozen=True)
class _Number:
    span: Span
    first: int
    second: int
    letter: str
    date: DateMatch | None
    roman: str | None = None
    council_year: int | None = None  # a Security Council resolution: "2532 (2020)"
    series: str | None = None  # of the body that adopted it, where the text names one; else the document's
    foreign: bool = False  # adopted by a body whose resolutions are no series of symbols known here
    decision: bool = False  # a decision ("its decision 68/548"): A/DEC/68/548
    special: str = ""  # of a special ("S-23/3") or emergency special ("ES-10/19") session: its marker; session first


class _CitationFinder:
    def __init__(self, text: str, view: str, pack: LanguagePack, language: str | None) -> None:
        self.text, self.view, self.pack, self.language = text, view, pack, language
        self.triggers = matcher_of(pack, "resolution_words")
        self.short_names = ShortNames(text, view, pack, language, home=())
        self.short_name_words = matcher_of(pack, "short_body_names")
        self._symbol_ends: list[int] | None = None
        self.decision_triggers = matcher_of(pack, "decision_words")
        letters = pack.extra.get("section_letters", {})
        self.letters: dict[str, str] = dict(letters) if isinstance(letters, dict) else {}
        # An instrument is dated by its day or month of adoption; a year alone after its name is more
        # often a deadline ("ratifier la Convention ... d'ici à 2030") than its date.
        self.dates = [date for date in find_dates(text, pack) if len(date.iso) >= 7]
        # the joints of a list of numbers ("55/235 and 55/236", "70/1, 71/243"), read at every trigger
        conjunctions = phrases_alternation(pack.words("list_conjunctions")) or "(?!)"
        self.list_joint = re.compile(rf"\s*(?:,|,?\s*(?:{conjunctions}))\s*", re.IGNORECASE)
        title_words = phrases_alternation(pack.words("title_words")) or "(?!)"
        self.title_opening = re.compile(rf"\s*,?\s*(?:{title_words})\s*", re.IGNORECASE)

    def past_title(self, position: int) -> int:
        """Where the quoted title of a listed item ends, if one follows it ("81/12 of 3 May 2027, entitled “...”,
        81/40 ..."): the list runs on past it, as a title's words, brackets and numbers are none of the list's."""
        opening = self.title_opening.match(self.view, position)
        if opening is None:
            return position
        titles = quoted_spans(self.view, opening.end(), min(len(self.view), opening.end() + TITLE_REACH))
        return titles[0].end if titles and titles[0].start == opening.end() else position

    def date_after(self, position: int) -> DateMatch | None:
        """The date that starts right after ``position`` ("of 21 December 2001"), if any; the line
        break and indentation of a PDF's next line ("77/201\\n      du 15 décembre 2022") are one space."""
        for date in self.dates:
            if date.span.start > position + DATE_REACH + LAYOUT_SLACK:
                break
            if date.span.start < position:
                continue
            gap = self.view[position : date.span.start]
            if len(" ".join(gap.split())) <= DATE_REACH and not _NUMBER.search(gap):
                return None if self._opens_range(date) else date
        return None

    def _opens_range(self, date: DateMatch) -> bool:
        """Whether a date is the first day of a period ("its resolution 71/305 for the period from 1 July 2017 to
        30 June 2018"): an instrument is adopted on one day, and the period is what it is about."""
        after = skip_spaces(self.view, date.span.end)
        connector = starts_with_phrase(self.view, after, self.pack.words("date_range_connectors"))
        if connector is None:
            return False
        following = skip_spaces(self.view, after + len(connector))
        return any(d.span.start == following for d in self.dates)

    def date_before(self, position: int) -> DateMatch | None:
        """The date that ends right before ``position``, where a language dates first ("2016年9月19日第71/1号决议")."""
        before = [d for d in self.dates if position - DATE_REACH <= d.span.end <= position]
        if before and not any(char.isdigit() for char in self.view[before[-1].span.end : position]):
            return before[-1]  # no other number stands between: "2016年12月21日第71/237号决议和第73/195号决议"
        return None

    def letter_after(self, position: int) -> tuple[str, int]:
        """A part letter after a resolution number ("270 B", "270/57 بء"), canonical, and where it ends."""
        match = re.match(r"\s?([A-Z])(?![\w/])", self.view[position : position + 3])
        if match:
            return match.group(1), position + match.end()
        word = re.match(r"\s(\w{1,4})(?!\w)", self.view[position : position + 6])
        if word and word.group(1) in self.letters:
            return self.letters[word.group(1)], position + word.end()
        return "", position

    def numbers_after(self, position: int) -> list[_Number]:
        """The numbers of the list that a word for "resolution" opens at ``position``."""
        found: list[_Number] = []
        reach = FIRST_NUMBER_REACH
        while True:
            number = self._next_number(position, reach)
            if number is None:
                return found
            found.append(number)
            found.extend(self._more_parts(number))
            position = self.past_title(found[-1].date.span.end if found[-1].date else found[-1].span.end)
            reach = LIST_GAP

    def _with_shared_dates(self, numbers: list[_Number]) -> list[_Number]:
        """ "resolutions 55/235 and 55/236 of 23 December 2000": numbers joined by a list's joints before a dated
        one share its date, where they are of the session that date falls in (an earlier resolution cited again
        without its date is not: "resolutions 70/1 and 71/243 of 21 December 2016")."""
        shared = list(numbers)
        for index in range(len(shared) - 2, -1, -1):
            number, following = shared[index], shared[index + 1]
            if number.date is not None or following.date is None or number.council_year or number.roman:
                continue
            if self.list_joint.fullmatch(self.view, number.span.end, following.span.start) and _may_share_date(
                number, following
            ):
                shared[index] = replace(number, date=following.date)
        return shared

    def _more_parts(self, number: _Number) -> list[_Number]:
        """The other parts of a resolution listed by their letters after the first: "55/5 B and C" is 55/5 B and
        55/5 C (each part a resolution of its own), dated by the date after the last."""
        parts: list[_Number] = []
        position = number.span.end
        if not number.letter:
            return parts
        conjunctions = "|".join(re.escape(word) for word in words_of(self.pack, "list_conjunctions")) or "(?!)"
        joint = re.compile(rf"\s*(?:,|,?\s*(?:{conjunctions}))\s+([A-Z])(?![\w/])")
        while (match := joint.match(self.view, position)) is not None:
            position = match.end()
            parts.append(replace(number, span=Span(number.span.start, position), letter=match.group(1),
                                 date=self.date_after(position)))  # fmt: skip
        return parts

    def _next_number(self, position: int, reach: int) -> _Number | None:
        window_end = min(len(self.view), position + reach + 12)
        patterns = (_NUMBER, _ROMAN_SESSION, _COUNCIL_NUMBER)
        candidates = [m for m in (pattern.search(self.view, position, window_end) for pattern in patterns) if m]
        if not candidates:
            return None
        match = min(candidates, key=lambda m: (m.start(), -m.end()))
        if match.start() - position > reach or _LIST_BREAK.search(self.view, position, match.start()):
            return None
        if reach == LIST_GAP and any(
            next(triggers.finditer(self.view, position, match.start()), None)
            for triggers in (self.triggers, self.decision_triggers)
        ):
            return None  # "... and its resolutions 56/183", "and its decision 68/548": another list
        if match.re is _COUNCIL_NUMBER:
            end = match.end()
            return _Number(Span(match.start(), end), int(match["council"]), 0, "", self.date_after(end),
                           council_year=int(match["year"]))  # fmt: skip
        if match.re is _ROMAN_SESSION:
            end = match.end()
            letter, date = match["letter"] or "", self.date_after(end)
            return _Number(Span(match.start(), end), int(match["roman_number"]), 0, letter, date,
                           roman=match["roman"])  # fmt: skip
        letter, end = self.letter_after(match.end())
        return _Number(
            Span(match.start(), end), int(match["first"]), int(match["second"]), letter, self.date_after(end),
            special=match["special"] or "",
        )  # fmt: skip

    def resolution_numbers(self) -> list[list[_Number]]:
        """Every list of resolution numbers in the text, each number with the body named with it."""
        lists = []
        for decision, triggers in ((False, self.triggers), (True, self.decision_triggers)):
            previous: tuple[int, Mention | None] = (-1, None)
            for trigger in triggers.finditer(self.view):
                numbers = self._with_shared_dates(self.numbers_after(trigger.span.end))
                if numbers:
                    body = (
                        self._body_before(trigger.span.start)
                        or self._body_between(trigger.span.end, numbers[0])
                        or self._body_of_previous_list(previous, trigger.span.start)
                    )
                    numbered = [replace(self._with_body(number, body), decision=decision) for number in numbers]
                    if decision and self._follows_a_printed_symbol(trigger.span.start):
                        # "document CBD/COP/15/17, decision 15/4": a part of that document, no decision of the body
                        numbered = [replace(number, foreign=True) for number in numbered]
                    lists.append(numbered)
                    previous = (numbers[-1].span.end, body)
        lists.extend(self._numbers_before_suffixes())
        return lists

    def _follows_a_printed_symbol(self, position: int) -> bool:
        """Whether a printed symbol and a comma stand right before ``position``."""
        if self._symbol_ends is None:
            self._symbol_ends = [span.end for span, _ in find_symbols(self.view)]
        return any(re.fullmatch(r"\s*,\s*", self.view[end:position]) for end in self._symbol_ends if end < position)

    def _body_of_previous_list(self, previous: tuple[int, Mention | None], trigger: int) -> Mention | None:
        """ "Commission ... resolutions 2006/2 ... and its resolution 2013/1": a list that a possessive
        (``extra["list_possessives"]``) joins to the list before is of that list's body."""
        end, body = previous
        if body is None or end < 0:
            return None
        date = self.date_after(end)
        gap = self.view[date.span.end if date else end : trigger]
        possessives = phrases_alternation(self.pack.words("list_possessives"))
        conjunctions = phrases_alternation(self.pack.words("list_conjunctions"))
        if not possessives or _LIST_BREAK.search(gap):
            return None
        joined = rf"[\s\d,]*(?:(?:{conjunctions or '(?!)'})\s+)?(?:{possessives})\s*"
        return body if re.fullmatch(joined, gap, re.IGNORECASE) else None

    def _with_body(self, number: _Number, body: Mention | None) -> _Number:
        """A number with the series of its body: the list's, or one named right after it, whose date follows."""
        after = self._body_after(number.span.end) if number.date is None else None
        if after is not None:
            body = after
            number = replace(number, date=self.date_after(after.span.end))
        if body is not None and (body.key or "") not in resolutions.RESOLUTION_SERIES:
            # "Commission on Population and Development resolutions 2006/2": not the Council's E/RES/2006/2
            return replace(number, foreign=True)
        series = resolutions.RESOLUTION_SERIES.get(body.key or "") if body is not None else None
        return replace(number, series=series) if series else number

    def _bodies(self, start: int, end: int) -> list[Mention]:
        return resolve.find_mentions(self.text, self.language, start=max(0, start), end=end, kinds=(Kind.UN_BODY,))

    def _body_before(self, position: int) -> Mention | None:
        """ "Economic and Social Council resolution", "the Council's resolutions"."""
        bodies = self._bodies(position - BODY_REACH, position)
        if bodies and _BODY_JOINT.fullmatch(self.view[bodies[-1].span.end : position]):
            return bodies[-1]
        return self._short_name_before(position)

    def _short_name_before(self, position: int) -> Mention | None:
        """ "as set out in Council resolution 35/15": a body's short name right before the word stands for the
        body of that kind the text has named (the Human Rights Council, named before). Where a capitalised word
        inside a sentence leads it, it heads a name no gazetteer knows ("United Nations Environment Assembly
        resolution 5/14"): a body of its own, whose resolutions are no series of symbols known here."""
        words = list(self.short_name_words.finditer(self.view, max(0, position - BODY_REACH), position))
        match = next((m for m in reversed(words) if _BODY_JOINT.fullmatch(self.view[m.span.end : position])), None)
        if match is None or self.text[match.span.start].islower():
            return None
        if self._inside_a_name(match):
            return Mention(match.span, match.span.of(self.text), Kind.UN_BODY)
        named = self.short_names.find(match.span.start, match.span.end)
        return named[0] if named else None

    def _inside_a_name(self, match: PhraseMatch) -> bool:
        """Whether a capitalised word leads a short name inside a sentence ("Environment Assembly"), not one
        that opens a paragraph or a sentence ("Recalling Council resolution")."""
        window_start = max(0, match.span.start - _WORD_WINDOW)
        window = self.view[window_start : match.span.start]
        before = _WORD_BEFORE.search(window)
        if before is None or not before["word"][:1].isupper():
            return False
        lead = window[: before.start("word")]
        opens_the_text = window_start == 0 and not lead.strip()
        return not (opens_the_text or _SENTENCE_OPENING.search(lead))

    def _body_between(self, position: int, first: _Number) -> Mention | None:
        """ "قرار مجلس حقوق الإنسان ٢/٤١": the body between the word and its number."""
        bodies = self._bodies(position, first.span.start)
        return bodies[-1] if bodies else None

    def _body_after(self, position: int) -> Mention | None:
        """ "2019/12 du Conseil économique et social": a body a few short words after a number."""
        bodies = self._bodies(position, min(len(self.view), position + BODY_REACH))
        if bodies and re.fullmatch(r"(?:\s+[^\W\d]{1,4}[’']?)*\s*", self.view[position : bodies[0].span.start]):
            return bodies[0]
        return None

    def _numbers_before_suffixes(self) -> list[list[_Number]]:
        """Numbers a suffix marks as resolutions ("第70/1号决议", "第1325(2000)号决议")."""
        lists = []
        for suffix in words_of(self.pack, "resolution_suffixes"):
            pattern = re.compile(
                rf"第?\s*(?:{resolutions.SLASH_NUMBER}\s*(?P<letter>[A-Z])?|{resolutions.COUNCIL_NUMBER})\s*"
                # A line break and the next line's indentation count as one character, as in
                # "第77/201号关于\n        保护移民的决议".
                rf"(?=号(?:[^。；;\s]|\s+(?=\S)){{0,40}}{re.escape(suffix[-2:])})"
            )
            for match in pattern.finditer(self.view):
                lists.append([self._suffixed_number(match)])
        return lists

    def _suffixed_number(self, match: re.Match[str]) -> _Number:
        date = self.date_before(match.start())
        if match["council"]:
            span = Span(match.start("council"), match.end())
            return _Number(span, int(match["council"]), 0, "", date, council_year=int(match["year"]))
        span = Span(match.start("first"), match.end())
        return _Number(span, int(match["first"]), int(match["second"]), match["letter"] or "", date)


def _may_share_date(number: _Number, following: _Number) -> bool:
    """Whether a number joined to a dated one shares its date: one of the session that date falls in, or, as a
    special session's numbers tell no year, one of the same special session ("S-26/1 and S-26/2 of 14 March
    2002")."""
    if number.special or following.special:
        return number.special == following.special and number.first == following.first
    return following.date is not None and _of_the_session_dated(number, following.date.iso)


def _of_the_session_dated(number: _Number, iso: str) -> bool:
    """Whether a number may be of the session (or the ECOSOC year) a date falls in: a session of the General
    Assembly opens in September (:data:`resolutions.GA_BASE_YEAR`), so a September date may be of either."""
    if not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", iso):
        return False
    year, month = int(iso[:4]), int(iso[5:7])
    sessions = {year - resolutions.GA_BASE_YEAR - (month < 9), year - resolutions.GA_BASE_YEAR - (month <= 9)}
    readings = resolutions.resolution_readings(number.first, number.second, year=year)
    return any(r.session in sessions if r.session is not None else r.year == year for r in readings)


def _reading(number: _Number, session_first: bool | None) -> resolutions.ResolutionReading | None:
    year = int(number.date.iso[:4]) if number.date and number.date.iso[:1].isdigit() else None
    readings = resolutions.resolution_readings(number.first, number.second, year=year)
    if len(readings) > 1 and session_first is not None:
        readings = [r for r in readings if (r.session == number.first) == session_first] or readings
    return readings[0] if readings else None


def _session_first(number: _Number) -> bool | None:
    """Whether an unambiguous number is written session/number (True) or number/session (False)."""
    if number.council_year or number.roman or number.special:
        return None
    year = int(number.date.iso[:4]) if number.date and number.date.iso[:1].isdigit() else None
    readings = resolutions.resolution_readings(number.first, number.second, year=year)
    if len(readings) != 1 or readings[0].session is None:
        return None
    return readings[0].session == number.first


def _order_of(numbers: list[_Number]) -> bool | None:
    votes = Counter(order for order in map(_session_first, numbers) if order is not None)
    return votes.most_common(1)[0][0] if votes else None


def _symbol_of(number: _Number, session_first: bool | None, series: str) -> str | None:
    if number.council_year:
        return resolutions.council_symbol(number.first, number.council_year)
    if number.roman:
        return resolutions.roman_symbol(series, number.first, number.letter, number.roman)
    symbol = _numbered_symbol(number, session_first, series)
    if symbol is None:
        return None
    return symbol.replace("/RES/", "/DEC/", 1) if number.decision else symbol


def _numbered_symbol(number: _Number, session_first: bool | None, series: str) -> str | None:
    """The symbol of a session and number: of a special session's, or read as session/number or number/session."""
    if number.special:
        return resolutions.special_session_symbol(series, number.special, number.first, number.second)
    reading = _reading(number, session_first)
    if reading is None or number.foreign:
        return None
    if reading.year is not None and session_first is not None and (reading.year == number.first) != session_first:
        # the year on the side the document never puts a session: "resolution 8/2017 adopted ... by the
        # Conference of the Food and Agriculture Organization" in a text that writes "70/1" is no ECOSOC number
        return None
    return resolutions.resolution_symbol(reading, series, number.letter)


def _citation(text: str, span: Span, symbol: str, date: DateMatch | None) -> Citation:
    mention = Mention(span, span.of(text), resolutions.kind_of_symbol(symbol), key=symbol)
    return Citation(mention, date.iso if date else None)


def find_citations(
    text: str,
    view: str,
    pack: LanguagePack,
    language: str | None,
    *,
    series: str = "A",
    skip: tuple[Span, ...] = (),
    names_in: str | None = None,
) -> list[Citation]:
    """The citations of a document, in text order; ``skip`` are spans (page headers) not to cite from.
    ``names_in`` is a copy of ``text`` (offsets kept) with footnote markers blanked, where instruments are named
    ("Covenant on Civil and Political Rights3" reads as the Covenant); by default ``text`` itself."""
    finder = _CitationFinder(text, view, pack, language)
    citations = [
        _citation(text, span, symbol, finder.date_after(span.end))
        for span, symbol in find_symbols(text)
        if not any(s.start <= span.start < s.end for s in skip)
    ]
    lists = finder.resolution_numbers()
    document_order = _order_of([number for numbers in lists for number in numbers])
    for numbers in lists:
        order = _order_of(numbers)
        for number in numbers:
            symbol = _symbol_of(number, order if order is not None else document_order, number.series or series)
            if symbol:
                citations.append(_citation(text, number.span, symbol, number.date))
    for mention in resolve.find_mentions(names_in or text, language, kinds=INSTRUMENT_KINDS):
        if not any(s.start <= mention.span.start < s.end for s in skip):
            date = finder.date_after(mention.span.end)
            citations.append(Citation(replace(mention, text=mention.span.of(text)), date.iso if date else None))
    return _unique(citations)


def _unique(citations: list[Citation]) -> list[Citation]:
    """One citation per span (a symbol inside a named instrument's span is the same citation)."""
    chosen: dict[tuple[int, int], Citation] = {}
    for citation in citations:
        chosen.setdefault((citation.mention.span.start, citation.mention.span.end), citation)
    return sorted(chosen.values(), key=lambda c: (c.mention.span.start, c.mention.span.end))
