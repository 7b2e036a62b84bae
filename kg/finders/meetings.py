"""Events held, convened or numbered: meetings, sessions, summits and forums, with their places and dates.

Where :mod:`kg.finders.events` reads an event around its head word ("Summit",
"Hội thảo"), this finder reads the paragraphs a builder gives it for the ways
UN texts (and texts that cite them) name events: with a participle of holding
followed by where and when, after a date, as a body convenes them, or by
number. UN texts name events with a participle of holding followed by where and
when: "held in Marrakech on 10 and 11 December 2018", "التي عقدت في جنيف في
الفترة من ١٠ إلى ١٢ كانون الأول/ديسمبر ٢٠٠٣", and list the meetings of a
recurring forum the same way: "meetings of the Internet Governance Forum held
in Athens in 2006, in Rio de Janeiro, Brazil, in 2007, ...". After each word
of holding (pack ``extra["held_words"]``) this module reads a list of items
"preposition PLACE[, COUNTRY], date": each dated item is an event. The series
is the name after a word for "meetings of" (``extra["meeting_series_words"]``)
or what the resolver knows just before; the place comes from the resolver's
gazetteer where it knows the name, else it is the words of the slot.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from kg import resolve
from kg.finders.clauses import session_ordinal
from kg.finders.phrases import PhraseMatcher, matcher_of, words_of
from kg.lang.base import LanguagePack
from kg.model import Event, Kind, Mention, Paragraph, Span
from kg.resolve.normalize import fold
from kg.text.dates import DateMatch, find_dates

__all__ = ["find_events"]

#: Kinds of the resolver that name an event or the series it belongs to.
SERIES_KINDS = (Kind.EVENT, Kind.FORUM, Kind.SUMMIT, Kind.CONFERENCE, Kind.MEETING, Kind.SESSION)
EVENT_KINDS = (*SERIES_KINDS, Kind.UN_BODY)
#: How far before a word of holding the name of its series may start.
SERIES_REACH = 120
#: Kinds of the resolver that chair or host an event ("chaired by Bangladesh", "hosted by the Government of").
AGENT_KINDS = (Kind.STATE, Kind.UN_BODY, Kind.INTERGOVERNMENTAL_ORGANIZATION, Kind.ORGANIZATION, Kind.GOVERNMENT_AGENCY)
#: How far an agent's name may run.
AGENT_REACH = 80
#: How far after a place its date may start.
DATE_REACH = 30
#: At most this many meetings make a range ("22nd to 24th"); a longer one is a misreading.
MEETING_RANGE = 20
#: At most this many words name an event when nothing else does.
NAME_WORDS = 6
CASED_NAME_WORDS = 14
#: The longest name of an event a note cites, between its opening words and the comma before its place ("Neuvième
#: Congrès des Nations Unies pour la prévention du crime et le traitement des délinquants").
REPORTED_NAME_WORDS = 18
#: At most this many words between a word of holding and the date that follows it ("held on", "celebrada los días").
DATE_LEAD_WORDS = 2
#: At most this many lower-case words end a name after its last capitalised one ("Conférence intergouvernementale").
LOWER_NAME_TAIL = 4
#: The longest word that introduces a date ("on", "in", "le", "el", "для"): no part of the name before it.
DATE_WORD_LENGTH = 3
#: How far after the name of an event to be convened its date may stand ("on universal health coverage on ...").
CONVENED_DATE_REACH = 120
#: How far after its word of place an event's name may run.
NAME_REACH = 160
#: At most this many words between a session named by its ordinal and the word that holds it ("session, scheduled").
ORDINAL_GAP_WORDS = 2
_SEPARATORS = re.compile(r"[\s,،]*")
_PARAGRAPH_NUMBER = re.compile(r"\s*(?:\d{1,3}\s*[.．\-–]\s*)?")


@dataclass(frozen=True)
class _Item:
    span: Span
    place: Mention | None
    date: DateMatch


class _EventReader:
    def __init__(self, text: str, view: str, pack: LanguagePack, language: str | None) -> None:
        self.text, self.view, self.pack, self.language = text, view, pack, language
        self.held = matcher_of(pack, "held_words")
        self.series_words = matcher_of(pack, "meeting_series_words")
        self.conjunctions = words_of(pack, "list_conjunctions")
        prepositions = words_of(pack, "place_prepositions")
        # A one-letter conjunction is written on the next word ("وفي"): the preposition with it too.
        glued = tuple(c + p for c in self.conjunctions if len(c) == 1 for p in prepositions)
        self.place_prepositions = PhraseMatcher(prepositions + glued, pack)
        self.particles = frozenset(fold(word) for word in (*self.conjunctions, *prepositions, *glued))
        self.year_prepositions = words_of(pack, "year_place_prepositions")
        self.joiners = frozenset(
            fold(word)
            for key in ("name_joiners", "event_name_joiners", "list_articles", "list_conjunctions")
            for word in words_of(pack, key)
        )
        self.stop_words = PhraseMatcher(
            words_of(pack, "place_prepositions") + self.year_prepositions + words_of(pack, "period_words")
            + words_of(pack, "date_range_openers"),
            pack,
        )  # fmt: skip
        self.dates = find_dates(text, pack)
        self.at_words = matcher_of(pack, "event_at_words")
        self.convening = matcher_of(pack, "convening_words")
        self.openings = (matcher_of(pack, "preambular_phrases"), matcher_of(pack, "operative_verbs"))
        self.heads = matcher_of(pack, "event_heads")
        numbered = pack.extra.get("meeting_number")
        self.meeting_numbers = re.compile(numbered, re.IGNORECASE) if isinstance(numbered, str) else None
        self.reports = matcher_of(pack, "report_of_words")

    def events(self, paragraph: Paragraph) -> list[Event]:
        held = self._held_events(paragraph)
        held += self._listed_after_series(paragraph, {event.start for event in held})
        held += self._named_after_dates(paragraph, {event.start for event in held})
        held += self._convened(paragraph, {event.start for event in held})
        held += self._dated_by_a_link(paragraph, {event.start for event in held})
        return held + self._numbered_meetings(paragraph, {event.start for event in held})

    def _convened(self, paragraph: Paragraph, dated: set[str | None]) -> list[Event]:
        """An event a body decides to convene, named after the verb and dated later in the clause: "Decides to
        convene a high-level meeting on universal health coverage on 23 September 2019", "to convene the Fourth
        International Conference on Small Island Developing States in 2024" (the pack's ``convening_words``)."""
        found: list[Event] = []
        for verb in self.convening.finditer(self.view, paragraph.span.start, paragraph.span.end):
            start = self._past_articles(verb.span.end)
            named = self._name_after(start, paragraph.span.end)
            if named is None:
                continue
            span, kind = named
            clause = re.compile(r"[;؛.。；]\s|\n\s*\n").search(self.view, span.end, paragraph.span.end)
            limit = min(clause.start() if clause else paragraph.span.end, span.end + CONVENED_DATE_REACH)
            date = next((d for d in self.dates if span.end <= d.span.start < limit and d.has_year), None)
            if date is None or date.iso in dated or re.search(r"[\d,،，]", self.view[span.end : date.span.start]):
                continue  # a date after a comma or a number is another thing's: "..., and its resolution 71/280 of"
            # the name runs to the date, but for the word that introduces it ("on universal health coverage | on")
            words = self.text[span.start : date.span.start].split()
            if len(words) > 1 and len(words[-1]) <= DATE_WORD_LENGTH and words[-1].islower():
                words = words[:-1]
            found.append(Event(Span(span.start, date.span.end), " ".join(words), kind, start=date.iso,
                               end=date.end_iso))  # fmt: skip
            dated.add(date.iso)
        return found

    def reported(self) -> list[Event]:
        """The events whose reports a document's notes cite, with the place and the days they were held, as the
        UN cites them: "Report of the Fourth World Conference on Women, Beijing, 4-15 September 1995 (...)",
        "Report of the World Summit on Sustainable Development, Johannesburg, South Africa, 26 August-4 September
        2002". The name runs from the pack's ``report_of_words`` to the first comma and holds an event head; the
        place and the dates follow it, and nothing else does: a report cited with no place or no days names no
        event here ("Report of the Human Rights Council" is a body's report)."""
        found: list[Event] = []
        for opening in self.reports.finditer(self.view, 0, len(self.view)):
            start = self._skip_space(opening.span.end)
            comma = re.compile(r"[,،;؛.(]|\n\s*\n").search(self.view, start, start + NAME_REACH)
            if comma is None or comma.group() not in ",،":
                continue
            if next(self.heads.finditer(self.view, start, comma.start()), None) is None:
                continue  # "Report of the Secretary-General, ...": no event
            name_end = start + len(self.view[start : comma.start()].rstrip())
            if len(self.view[start:name_end].split()) > REPORTED_NAME_WORDS:
                continue
            place_start = self._skip_space(comma.end())
            place_end = self._place_end(place_start, len(self.view))
            date = self._date_after(self._skip_country(place_end, len(self.view)), len(self.view))
            if place_end <= place_start or date is None or not date.has_year:
                continue
            name = " ".join(self.text[start:name_end].split())
            place = self._place(place_start, place_end)
            span = Span(start, date.span.end)
            found.append(Event(span, name, self._kind_of(name), place=place, start=date.iso, end=date.end_iso))
        return found

    def _dated_by_a_link(self, paragraph: Paragraph, dated: set[str | None]) -> list[Event]:
        """An event named by its head and the day it met, joined by a word of the pack's ``event_date_links``:
        "Taking note of the meeting of the Committee on Relations with the Host Country of 12 September 2025", "la
        réunion du Comité ... du 12 septembre 2025". The name runs from its head over the capitalised words joined
        to it; the day is a full date (a year alone after "of" is the event's edition: "Summit of 2030")."""
        links = words_of(self.pack, "event_date_links")
        if not links:
            return []
        link = re.compile(rf"\s*(?:{'|'.join(re.escape(w) for w in sorted(links, key=len, reverse=True))})\s+")
        found: list[Event] = []
        for head in self.heads.finditer(self.view, paragraph.span.start, paragraph.span.end):
            named = self._name_after(head.span.start, paragraph.span.end)
            if named is None or any(e.span.start <= head.span.start < e.span.end for e in found):
                continue
            if self._instrument_of(head.span.start):
                continue  # "the decision of the Conference on Norland of 12 September 2031": the decision's day
            span, kind = named
            date = next((d for d in self.dates if span.end <= d.span.start < span.end + NAME_REACH), None)
            if date is None or len(date.iso) < 10 or date.iso in dated:
                continue
            end = self._link_before(link, span.end, date.span.start)
            # the name runs on to the link, within its clause: "... Relations with the Host Country | of"
            if end is None or len(self.view[span.start : end].split()) > CASED_NAME_WORDS:
                continue
            if re.search(r"[\d,،;؛:()]", self.view[span.end : end]):
                continue
            name = " ".join(self.text[span.start : end].split())
            found.append(Event(Span(span.start, date.span.end), name, kind, start=date.iso, end=date.end_iso))
            dated.add(date.iso)
        return found

    def _instrument_of(self, head_start: int) -> bool:
        """Whether a word for a decision or a resolution (the pack's ``decision_words``, ``resolution_words``) and
        at most two short words stand right before an event's head: "the decision of the | Conference", "la
        décision de la | Conférence". The day after the name is then the instrument's, not a meeting's."""
        words = [*words_of(self.pack, "decision_words"), *words_of(self.pack, "resolution_words")]
        if not words:
            return False
        before = self.view[max(0, head_start - 40) : head_start]
        pattern = rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})\s+(?:[^\W\d]{{1,4}}['’]?\s*){{0,2}}"
        return re.search(pattern + r"\Z", before, re.IGNORECASE) is not None

    def _link_before(self, link: re.Pattern[str], start: int, date_start: int) -> int | None:
        """Where the link to a date starts: right before the date ("of | 12 September"), or where the date itself
        opens with it ("du 12 septembre" is read as one date); None where no link joins them."""
        if link.match(self.view, date_start):
            return date_start
        joined = [m for m in link.finditer(self.view, start, date_start) if m.end() == date_start]
        return joined[-1].start() if joined else None

    def _past_articles(self, position: int) -> int:
        """Past the articles that open a name ("a high-level meeting", "the Fourth International Conference")."""
        articles = {fold(word) for key in ("list_articles", "indefinite_articles") for word in words_of(self.pack, key)}
        position = self._skip_space(position)
        word = re.match(r"[^\W\d]+", self.view[position:])
        if word and fold(word.group()) in articles:
            return self._skip_space(position + word.end())
        return position

    def _named_after_dates(self, paragraph: Paragraph, dated: set[str | None]) -> list[Event]:
        """An event named right after its date: "adopted on 19 September 2016 at the High-level plenary meeting of
        the General Assembly", "on 24 September 2018, at the Nelson Mandela Peace Summit" (a word of the pack's
        ``event_at_words``, then a name holding one of its ``event_heads`` before the clause ends). Its place is
        the last one named before the date in its sentence ("in New York on 24 September 2018")."""
        found: list[Event] = []
        for date in self.dates:
            if not paragraph.span.start <= date.span.start < paragraph.span.end or not date.has_year:
                continue
            if date.iso in dated:
                continue
            position = self._skip_space(_SEPARATORS.match(self.view, date.span.end).end())  # type: ignore[union-attr]
            at = self.at_words.match_at(self.view, position, paragraph.span.end)
            if at is None:
                continue
            name = self._name_after(self._skip_space(at.span.end), paragraph.span.end)
            if name is None:
                continue
            span, kind = name
            found.append(
                Event(Span(date.span.start, span.end), span.of(self.text), kind,
                      place=self._place_before(paragraph.span.start, date.span.start), start=date.iso,
                      end=date.end_iso)
            )  # fmt: skip
            dated.add(date.iso)
        return found

    def _name_after(self, start: int, end: int) -> tuple[Span, str] | None:
        """The name of an event that starts at ``start``: up to one of the pack's ``event_heads`` within the clause,
        then, in a cased script, the capitalised words joined to it ("of the General Assembly")."""
        clause = re.compile(r"[,،;؛.:。，；：]|\n\s*\n").search(self.view, start, end)
        clause_end = min(clause.start() if clause else end, start + NAME_REACH)
        head = next(self.heads.finditer(self.view, start, clause_end), None)
        if head is None or len(self.view[start : head.span.start].split()) > NAME_WORDS:
            return None
        name_end = head.span.end
        if self.pack.extra.get("word_boundaries", True) is False:
            # unspaced (Chinese): the name runs to its last head word ("...高级别全体会议上": "上" ends it)
            heads = list(self.heads.finditer(self.view, start, clause_end))
            name_end = heads[-1].span.end
        elif self.view[start].lower() == self.view[start].upper():
            # a script without capitals (Arabic): the head first, the words that qualify it after, to the clause's end
            words = list(re.finditer(r"\S+", self.view[name_end:clause_end]))[:NAME_WORDS]
            name_end += words[-1].end() if words else 0
        else:  # a cased script: the capitalised words joined to the head ("meeting of the General Assembly")
            words = list(re.finditer(r"\S+", self.view[name_end:clause_end]))
            kept = 0
            for index, word in enumerate(words):
                if word.group()[:1].isupper():
                    kept = index + 1
                elif fold(word.group()) not in self.joiners:
                    break
            name_end += words[kept - 1].end() if kept else 0
        return Span(start, name_end), str(head.value)

    def _place_before(self, floor: int, date_start: int) -> Mention | None:
        """The last place the resolver knows in the words of the sentence before a date, if close to it."""
        ends = list(re.finditer(r"[.;؛。；]\s", self.view[floor:date_start]))
        start = max(floor + (ends[-1].end() if ends else 0), date_start - DATE_REACH * 3)
        known = resolve.find_mentions(self.text, self.language, start=start, end=date_start, kinds=(Kind.PLACE,))
        return known[-1] if known else None

    def _numbered_meetings(self, paragraph: Paragraph, dated: set[str | None]) -> list[Event]:
        """Meetings named by number and dated right after: "at its 15th meeting, on 13 October 2017",
        "at its 24th and 27th meetings, on 1 and 30 November 2017" (one date a number, or one for all),
        or right before, as Chinese dates them: "2022年11月9日第45次会议".
        A meeting a word of holding already gave (same day) is not counted twice."""
        found: list[Event] = []
        if self.meeting_numbers is None:
            return found
        for match in self.meeting_numbers.finditer(self.view, paragraph.span.start, paragraph.span.end):
            names = _meeting_names(match.group(), self.pack)
            dates = self._dates_in_a_row(match.end(), paragraph.span.end, len(names)) or self._date_before(
                match.start(), paragraph.span.start
            )
            shared = len(dates) == 1 and len(names) > 1
            if len(dates) == 1:
                dates = dates * len(names)
            for name, date in zip(names, dates, strict=False):
                if date.iso not in dated:
                    span = Span(min(match.start(), date.span.start), max(match.end(), date.span.end))
                    # Several meetings on one range of days ("第22至第24次会议 ... 11月1日至3日") each fall within it.
                    end = date.end_iso if shared else None
                    found.append(Event(span=span, name=name, kind=Kind.MEETING, start=date.iso, end=end))
        return found

    def _date_before(self, position: int, floor: int) -> list[DateMatch]:
        """The date that ends right where a meeting's number starts ("11月9日第45次会议")."""
        for date in self.dates:
            if (
                floor <= date.span.start
                and date.span.end <= position
                and not self.view[date.span.end : position].strip()
            ):
                return [date]
        return []

    def _dates_in_a_row(self, position: int, end: int, count: int) -> list[DateMatch]:
        """Up to ``count`` dates following ``position`` one after the other ("on 1 and 30 November")."""
        dates: list[DateMatch] = []
        while len(dates) < count and (date := self._date_after(position, end)) is not None:
            dates.append(date)
            position = date.span.end
        return dates

    def _held_events(self, paragraph: Paragraph) -> list[Event]:
        found: list[Event] = []
        series: Mention | None = None
        for held in self.held.finditer(self.view, paragraph.span.start, paragraph.span.end):
            series = self._series(held.span.start, paragraph.span.start, series if found else None)
            name = (
                (series.name or series.text)
                if series
                else self._ordinal_session_before(held.span.start, paragraph.span.start)
                or self._name_before(held.span.start, paragraph.span.start)
            )
            for item in self._items(held.span.end, paragraph.span.end):
                if not name and item.place is None:
                    continue  # a date alone says nothing of what met: "sesiones 20ª y 28ª, celebradas el 5"
                found.append(
                    Event(
                        span=item.span,
                        name=name,
                        kind=series.kind if series and series.kind in SERIES_KINDS else self._kind_of(name),
                        place=item.place,
                        start=item.date.iso,
                        end=item.date.end_iso,
                        series=series,
                    )
                )
        return found

    def _listed_after_series(self, paragraph: Paragraph, dated: set[str | None]) -> list[Event]:
        """The meetings of a series listed by place and days right after its name, where no word of holding
        stands between: "the ninth and tenth meetings of the Advisory Committee on Tides in Norland, in Lyon from 2 to
        6 March 2029 and in Dakar from 30 April to 3 May 2029". Each item opens with a preposition of place, so
        that a date alone after a series' name ("meetings of the Committee, on 3 May") tells of no meeting held
        there."""
        found: list[Event] = []
        for words in self.series_words.finditer(self.view, paragraph.span.start, paragraph.span.end):
            comma = re.compile(r"[,،]|[;؛.:。；]\s|\n\s*\n").search(
                self.view, words.span.end, min(paragraph.span.end, words.span.end + NAME_REACH)
            )
            if comma is None or comma.group() not in ",،":
                continue
            series = self._series_named(words.span.end, comma.start())
            position = comma.start()
            while (item := self._item(position, paragraph.span.end)) is not None:
                position = item.span.end
                if item.place is None or item.date.iso in dated or not item.date.has_year:
                    continue
                kind = series.kind if series.key and series.kind in SERIES_KINDS else Kind.MEETING
                found.append(Event(span=item.span, name=series.name or series.text, kind=kind, place=item.place,
                                   start=item.date.iso, end=item.date.end_iso, series=series))  # fmt: skip
                dated.add(item.date.iso)
        return found

    def _series_named(self, start: int, end: int) -> Mention:
        """The series named between a word for "meetings of" and the comma that ends its name: as the resolver
        knows it, else the words as written."""
        known = resolve.find_mentions(self.text, self.language, start=start, end=end, kinds=EVENT_KINDS)
        if known:
            return known[0]
        begin, stop = _trimmed(self.view, start, end)
        return Mention(Span(begin, stop), " ".join(self.text[begin:stop].split()), Kind.FORUM)

    def _series(self, held_start: int, floor: int, previous: Mention | None) -> Mention | None:
        """The forum whose meetings these are: after "meetings of", an event the resolver knows just before,
        the series of the previous event of the paragraph, or a body the resolver knows just before."""
        start = max(floor, held_start - SERIES_REACH)
        words = list(self.series_words.finditer(self.view, start, held_start))
        if words:
            begin, end = words[-1].span.end, held_start
            known = resolve.find_mentions(self.text, self.language, start=begin, end=end, kinds=EVENT_KINDS)
            if known:
                return known[0]
            begin, end = _trimmed(self.view, begin, end)
            return Mention(Span(begin, end), self.text[begin:end], Kind.FORUM) if end > begin else None
        known = resolve.find_mentions(self.text, self.language, start=start, end=held_start, kinds=EVENT_KINDS)
        events = [mention for mention in known if mention.kind in SERIES_KINDS]
        if events or previous:
            return events[-1] if events else previous
        return known[-1] if known else None

    def _name_before(self, held_start: int, floor: int) -> str:
        """The last words before a word of holding: a name when nothing better is known; never the verb that
        opens the paragraph ("Welcoming | the Intergovernmental Conference held on")."""
        floor = self._past_opening(floor)
        before = self.text[max(floor, held_start - 200) : held_start].rstrip().rstrip(",،")
        if any(char.isupper() for char in before):  # a cased script: the capitalised name before the comma
            # read in the view, where footnote markers are blanked ("Convention on Biological Diversity, 1 held")
            words = self.view[max(floor, held_start - 200) : held_start].rstrip().rstrip(",،").split()
            return " ".join(self._cased_name(words[-CASED_NAME_WORDS:]))
        named = [piece for piece in re.split(r"[,،;؛:(\-–]", before) if piece.strip()]
        words = named[-1].split()[-NAME_WORDS:] if named else []
        # "وفي الجلسة ٢٧" and "في الجلسة ٢٧" name one meeting: "الجلسة ٢٧".
        while len(words) > 1 and fold(words[0]) in self.particles:
            words = words[1:]
        return " ".join(words)

    def _ordinal_session_before(self, held_start: int, floor: int) -> str:
        """A session named by its ordinal right before a word of holding, where no capitalised name is: "looks
        forward to the twenty-fifth session, scheduled to be held from 7 to 17 December 2026" (at most
        :data:`ORDINAL_GAP_WORDS` words between them); "" where there is none."""
        start = max(floor, held_start - SERIES_REACH)
        clause = list(re.finditer(r"[;؛.:。；]\s", self.view[start:held_start]))
        start += clause[-1].end() if clause else 0
        found = None
        while (session := session_ordinal(self.view, start, held_start, self.pack)) is not None:
            found, start = session, session[1].end
        if found is None:
            return ""
        _, span = found
        if len(self.view[span.end : held_start].replace(",", " ").split()) > ORDINAL_GAP_WORDS:
            return ""
        begin = span.start  # the whole written word: "vingt-|cinquième"
        while begin > 0 and not self.view[begin - 1].isspace():
            begin -= 1
        return " ".join(self.text[begin : span.end].split())

    def _past_opening(self, start: int) -> int:
        """Where the words of a paragraph begin after its number and the phrase that opens it."""
        position = _PARAGRAPH_NUMBER.match(self.view, start).end()  # type: ignore[union-attr]  # matches ""
        opening = self.openings[0].match_at(self.view, position) or self.openings[1].match_at(self.view, position)
        return opening.span.end if opening else start

    def _kind_of(self, name: str) -> Kind:
        """The kind an event's name gives by its last head word ("Intergovernmental Conference": conference)."""
        heads = list(self.heads.finditer(name))
        return Kind(heads[-1].value) if heads else Kind.MEETING

    def _cased_name(self, words: list[str]) -> list[str]:
        """The capitalised words that end ``words``, with the small words that join them ("High-level Dialogue
        on International Migration and Development"), not the lower-case words before them ("the convening of");
        a few lower-case words may follow the last capitalised one, as French and Spanish write names
        ("Conférence intergouvernementale", "Reunión plenaria de alto nivel")."""
        capitalised = [index for index, word in enumerate(words) if word[:1].isupper()]
        if not capitalised or len(words) - 1 - capitalised[-1] > LOWER_NAME_TAIL:
            return []
        start = capitalised[-1]
        for index in range(capitalised[-1] - 1, -1, -1):
            if words[index][:1].isupper():
                start = index
            elif fold(words[index]) not in self.joiners:
                break
        return words[start:]

    def _items(self, position: int, end: int) -> list[_Item]:
        items: list[_Item] = []
        while True:
            item = self._item(position, end, first=not items)
            if item is None:
                return items
            items.append(item)
            position = item.span.end

    def _item(self, position: int, end: int, first: bool = False) -> _Item | None:
        position = self._skip_agents(self._skip_connectives(position, end), end)
        preposition = self.place_prepositions.match_at(self.view, position, end)
        if preposition is None:
            return self._dated_item(position, end) if first else None
        place_start = self._skip_space(preposition.span.end)
        place_end = self._place_end(place_start, end)
        after = self._skip_country(place_end, end)
        date = self._date_after(after, end)
        if date is None:
            return None
        place = self._place(place_start, place_end) if place_end > place_start else None
        return _Item(Span(preposition.span.start, date.span.end), place, date)

    def _dated_item(self, position: int, end: int) -> _Item | None:
        """An item whose date comes first, right after the word of holding, and its place, if any, after it:
        "held on 10 and 11 December 2018 in Marrakech", "held on 3 and 4 October 2013"."""
        date = self._date_after(position, end)
        if date is None or len(self.view[position : date.span.start].split()) > DATE_LEAD_WORDS:
            return None
        after = self._skip_connectives(date.span.end, end)
        preposition = self.place_prepositions.match_at(self.view, after, end)
        if preposition is not None:
            place_start = self._skip_space(preposition.span.end)
            place_end = self._place_end(place_start, end)
            if place_end > place_start:
                return _Item(Span(position, place_end), self._place(place_start, place_end), date)
        return _Item(Span(position, date.span.end), None, date)

    def _skip_agents(self, position: int, end: int) -> int:
        """Past those who chair or host an event, between the word that says so and its place: "chaired by
        Bangladesh | in Dhaka", "co-chaired by Germany and Morocco | in Berlin"."""
        while True:
            start = self._skip_space(position)
            known = resolve.find_mentions(self.text, self.language, start=start, end=min(end, start + AGENT_REACH),
                                          kinds=AGENT_KINDS)  # fmt: skip
            if not known or len(self.view[start : known[0].span.start].split()) > 1:  # an article may lead
                return position
            position = self._skip_connectives(known[0].span.end, end)
            if position == known[0].span.end:
                return position

    def _skip_space(self, position: int) -> int:
        while position < len(self.view) and self.view[position].isspace():
            position += 1
        return position

    def _skip_connectives(self, position: int, end: int) -> int:
        position = _SEPARATORS.match(self.view, position, end).end()  # type: ignore[union-attr]  # matches ""
        for conjunction in self.conjunctions:
            rest = position + len(conjunction)
            if self.view.startswith(conjunction, position) and self.view[rest : rest + 1].isspace():
                return self._skip_space(rest)
        return position

    def _place_end(self, start: int, end: int) -> int:
        """Where a place name ends: at punctuation, a digit, or a preposition of place or time."""
        position = start
        while position < end:
            char = self.view[position]
            if char in ",،;؛.:()" or char.isdigit():
                break
            if char.isspace():
                following = self._skip_space(position)
                if self.stop_words.match_at(self.view, following, end) or _lower_word(self.view, following):
                    break
            position += 1
        return start + len(self.view[start:position].rstrip())

    def _skip_country(self, position: int, end: int) -> int:
        """Past ", COUNTRY," when a year or a date follows it ("ريو دي جانيرو، البرازيل، في عام ٢٠٠٧")."""
        match = re.match(r"\s*[,،]\s*([^\d,،;.]{2,40}?)\s*[,،]", self.view[position:end])
        if match and self._date_after(position + match.end(), end):
            return position + match.end()
        return position

    def _date_after(self, position: int, end: int) -> DateMatch | None:
        for date in self.dates:
            if position <= date.span.start <= min(end, position + DATE_REACH):
                between = self.view[position : date.span.start]
                if not re.search(r"[;؛.]", between):
                    return date
        return None

    def _place(self, start: int, end: int) -> Mention:
        known = resolve.find_mentions(self.text, self.language, start=start, end=end, kinds=(Kind.PLACE, Kind.STATE))
        if known:
            return known[0]
        return Mention(Span(start, end), self.text[start:end], Kind.PLACE)


def _meeting_names(numbered: str, pack: LanguagePack) -> list[str]:
    """ "24th and 27th meetings" → ["24th meeting", "27th meeting"]: each number as written, with the pack's
    ``meeting_noun``; where the noun holds "{}" the number goes there ("第{}次会议"). A range ("sesiones 22ª
    a 24ª", "第22至第24次会议": a word of ``meeting_range_words`` between two numbers) names every meeting in it."""
    noun = str(pack.extra.get("meeting_noun", ""))
    template = "{}" in noun
    numbers = list(re.finditer(r"\d+" if template else r"\d+[^\s,]*", numbered))
    written: list[str] = []
    for index, number in enumerate(numbers):
        if index and _is_range(numbered[numbers[index - 1].end() : number.start()], pack):
            low, (high, suffix) = _split_number(numbers[index - 1].group())[0], _split_number(number.group())
            if high - low <= MEETING_RANGE:
                suffix_of = pack.extra.get("ordinal_suffix")  # English: "21st", "22nd", not the last number's
                written.extend(
                    f"{value}{suffix_of(value) if callable(suffix_of) else suffix}" for value in range(low + 1, high)
                )
        written.append(number.group())
    return [noun.replace("{}", number) if template else f"{number} {noun}".strip() for number in written]


def _split_number(written: str) -> tuple[int, str]:
    """ "24th" → (24, "th"), "22ª" → (22, "ª"): the number and what its language writes after it."""
    digits = len(written) - len(written.lstrip("0123456789"))
    return int(written[:digits]), written[digits:]


def _is_range(between: str, pack: LanguagePack) -> bool:
    """Whether the words between two meeting numbers make a range of them ("a", "至", "إلى")."""
    words = words_of(pack, "meeting_range_words")
    if pack.extra.get("word_boundaries", True) is False:
        return any(word in between for word in words)
    return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", between) for word in words)


def _lower_word(text: str, position: int) -> bool:
    """A lower-case word (it ends a place name), except short particles ("Rio de Janeiro")."""
    word = re.match(r"\w+", text[position:])
    if not word or not word.group().islower():
        return False
    following = re.match(r"\w+\s+(\w)", text[position:])
    return not (len(word.group()) <= 3 and following and following.group(1).isupper())


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_events(
    text: str,
    view: str,
    pack: LanguagePack,
    language: str | None,
    paragraphs: list[Paragraph],
    notes: str | None = None,
) -> list[Event]:
    """The events named in the paragraphs of a document, and those whose reports its notes cite (``notes``: the
    text with all but its footnotes blanked, offsets kept), with their places and dates."""
    reader = _EventReader(text, view, pack, language)
    found = [event for paragraph in paragraphs for event in reader.events(paragraph)]
    if notes is not None:
        in_notes = copy.copy(reader)  # the same dates and patterns, read in the notes
        in_notes.view = notes
        found += in_notes.reported()
    return found
