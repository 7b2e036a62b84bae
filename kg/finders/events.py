"""Events in news prose: workshops, conferences, summits, observances and votes, with their place and date.

An event is a head word of ``extra["event_heads"]`` ("Hội thảo", "Summit")
and the name after it, up to a stop word (``extra["event_name_stops"]``:
"tại", "ngày", "do" ...). Where capitalised words or an ordinal come before
the head, they are part of the name too ("the Ninth Summit of the Americas",
"9e sommet des Amériques"), and so are capitalised words after it joined by
``extra["list_articles"]`` or "of"-like words. Its place is the first place
after a place preposition in the same sentence; its date the first date there.

A date without a year stays a gMonthDay (``--10-29``) unless the document's
own date gives the year, in which case the year is inferred and the event is
marked ``date_inferred``. A recurring forum the resolution layer knows inside
the name ("Summit of the Americas" in "the Ninth Summit of the Americas") is
the event's series.

A vote with its tally (the pack's ``extra["vote_pattern"]``: "以586票赞成，53票反对", "by a recorded vote of
141 to 5") is a meeting of the body named before the tally, on the sentence's date. An observance is named
by its head word ("World Refugee Day", "Journée mondiale des réfugiés", "اليوم العالمي للاجئين").

The signing of a named instrument (``extra["signing_event_verbs"]``: "signed", "signing of", "签署了",
"подписали", the instrument right after) is an event, named by ``extra["signing_event_name"]`` ("signing of
{}"), on its sentence's day.

The same event named in several sentences (a caption, then the text) is one
event: its first mention, with the place and date any of them gives.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.finders.actors import Actors, defined_acronym, place_after
from kg.finders.cast import known_place_at
from kg.finders.dates import find_dates, posted_month, with_year, year_of_month_day
from kg.finders.figures import vote_tallies
from kg.finders.instruments import Instruments
from kg.finders.names import capitalised_words_end, capitalized_run, name_end, title_rules, unspaced
from kg.finders.text import DocumentText, find_phrases, key_of, skip_spaces, starts_with_phrase, tokens
from kg.lang.base import LanguagePack
from kg.model import Event, Kind, Mention, Span
from kg.resolve import organizations_above, resolve, seat_of
from kg.resolve.normalize import fold
from kg.text.dates import DateMatch
from kg.text.normalize import fold_digits

__all__ = ["find_events", "seat_mention"]

#: Kinds of known mention that name a recurring event.
_EVENT_KINDS = frozenset(
    {Kind.SUMMIT, Kind.FORUM, Kind.CONFERENCE, Kind.SESSION, Kind.MEETING, Kind.WORKSHOP, Kind.EVENT}
)


def find_events(
    news: DocumentText, actors: Actors, date: str | None = None, instruments: Instruments | None = None
) -> list[Event]:
    """The events of a text; a day it names without a year is in the year of ``date``, the text's own date as
    its builder read it (a statement's header: "20 يونيو 2025"), where the reader gave none. With the text's
    ``instruments``, the signing of each named one it tells of is an event too."""
    heads = news.mapping("event_heads")
    events: dict[str, Event] = {}
    for vote in _votes(news, actors):
        events.setdefault(f"{_identity(vote)}/{vote.start}", vote)  # a body votes again another day
    for visit in _visits(news, actors):
        events.setdefault(_identity(visit), visit)
    for signing in _signings(news, actors, instruments) if instruments else []:
        identity = _identity(signing)
        events[identity] = _merged(events[identity], signing) if identity in events else signing
    for sentence in news.sentences:
        idioms = [
            m.span() for m in find_phrases(news.text, news.words("event_head_idioms"), sentence.start, sentence.end)
        ]
        for head in find_phrases(news.text, heads, sentence.start, sentence.end):
            if any(start <= head.start() < end for start, end in idioms):
                continue  # "au plus haut sommet de l'État": the top of the State, no summit
            span = _name_span(news, actors, head, sentence)
            if span is None:
                continue
            event = _event(news, actors, span, heads[key_of(head.group(), heads)], sentence)
            identity = _identity(event)
            events[identity] = _merged(events[identity], event) if identity in events else event
        named_here = [e.span for e in events.values() if sentence.start <= e.span.start < sentence.end]
        for event in _events_named_alone(news, actors, sentence):
            if not any(s.start <= event.span.start < s.end for s in named_here):
                events.setdefault(_identity(event), event)
    # "President Biden hosted President Macron ... for the first State Visit": a meeting told in a sentence
    # that names an event is that event
    named = [e.span for e in events.values()]
    for meeting in _meetings(news, actors):
        told_in = news.sentence_of(meeting.span.start)
        if told_in is None or not any(told_in.start <= span.start < told_in.end for span in named):
            events.setdefault(_identity(meeting), meeting)
    found = [_held_where_signed(news, actors, e) for e in _undated_named_again(list(events.values()))]
    found = [e for e in found if not _names_a_body(news, actors, e) and not _standing_mechanism(news, e)]
    year = re.match(r"\d{4}", date or "")
    return [_in_year(e, int(year.group())) for e in found] if year else found


def _names_a_body(news: DocumentText, actors: Actors, event: Event) -> bool:
    """ "bodies like ... the Kestrel Islands Summit (KIS), the Norland Regional Forum (NRF)": a meeting's name that the
    gazetteer knows as a body's, or that an acronym defines, with no day, place or number of a meeting, names the
    body that meets, not one meeting of it."""
    if event.start or event.place or re.match(r"\d", event.name) or event.series is not None:
        return False
    if any(m.span == event.span and m.kind not in (Kind.PLACE, Kind.STATE) for m in actors.all_mentions()):
        return True
    if news.pack.parse_ordinal(event.name.split()[0]) is not None:
        return False  # "the Fourth International Conference on ... (SIDS4)": one meeting of a series
    return defined_acronym(news, event.span.end) is not None  # "the Kestrel Islands Summit (KIS)"


def _standing_mechanism(news: DocumentText, event: Event) -> bool:
    """ "the annual Norland – Kestrel Water Dialogue": a name whose head names one meeting only with its day
    or place (``extra["event_heads_dated"]``), told without either, is the mechanism that meets."""
    if event.start or event.place:
        return False
    heads = {h.casefold() for h in news.words("event_heads_dated")}
    return any(word.casefold() in heads for word in event.name.split())


def _in_year(event: Event, year: int) -> Event:
    """An event dated by day and month alone ("--06-20": World Refugee Day), in ``year``."""
    if not (event.start or "").startswith("--"):
        return event
    end = with_year(event.end, year) if event.end and event.end.startswith("--") else event.end
    return replace(event, start=with_year(event.start or "", year), end=end, date_inferred=True)


#: The longest word between the place and the day of a closing line ("le", "ngày").
_DATE_WORD_LENGTH = 4
#: A line that closes a text with its place and day: "الرباط 27 أبريل 2025", "Paris, le 3 mars 2025".
_CLOSING_LINE = re.compile(r"^[ \t*]*(\S[^\n]{0,60}?)[ \t*]*$", re.MULTILINE)


def _held_where_signed(news: DocumentText, actors: Actors, event: Event) -> Event:
    """An event the text names no known place of, whose days hold the day a closing line gives with its place
    ("الرباط 27 أبريل 2025" under the statement of a congress held 25-27 April 2025), was held at that place."""
    if (event.place and event.place.key) or not event.start or len(event.start) != len("2025-04-25"):
        return event
    signed = _closing_place_and_day(news, actors)
    if signed is None or not event.start <= signed[1] <= (event.end or event.start):
        return event
    return replace(event, place=signed[0])


def _closing_place_and_day(news: DocumentText, actors: Actors) -> tuple[Mention, str] | None:
    """The known place and the full day of the last line that is only those two, in the main text."""
    for main in reversed(news.main_spans):
        for line in reversed(list(_CLOSING_LINE.finditer(news.text, main.start, main.end))):
            place = known_place_at(actors, line.start(1))
            dates = find_dates(news.text, news.pack, line.start(1), line.end(1)) if place else []
            if place and dates and len(dates[0].iso) == len("2025-04-25") and dates[0].span.end == line.end(1):
                between = re.sub(r"[,،\-–]", " ", news.text[place.span.end : dates[0].span.start]).split()
                if len(between) <= 1 and all(len(word) <= _DATE_WORD_LENGTH for word in between):
                    return place, dates[0].iso  # "Paris, le 3 mars 2025", "Hà Nội, ngày 3/3/2025"
    return None


def _votes(news: DocumentText, actors: Actors) -> list[Event]:
    """A vote and its tally ("以586票赞成，53票反对", "by a recorded vote of 141 to 5"): a meeting of the body
    named before the tally in its sentence (else of the UN body named last before it, not far back: "La Asamblea
    General aprobó hoy el tratado. ... A favor votaron 154 delegaciones"), dated as the sentence dates it, its words
    from the body in its sentence to the end of the tally. It is named after the body as the pack's
    ``extra["vote_name"]`` says ("欧洲议会表决", "General Assembly vote", "votación en la Asamblea General"), else
    by those words ("欧洲议会以586票赞成，53票反对"). A body with a fixed seat votes at its seat
    (:func:`seat_mention`), the place marked inferred."""
    bodies = [m for m in actors.all_mentions() if m.kind not in (Kind.PERSON, Kind.POST, Kind.PLACE, Kind.STATE)]
    votes = []
    for sentence in news.sentences:
        tallies = vote_tallies(news, sentence)
        if not tallies:
            continue
        before = [b for b in bodies if sentence.start <= b.span.start and b.span.end <= tallies[0].start]
        body = _with_whole_named_after(news, before, max(before, key=lambda b: b.span.end, default=None))
        span = Span(body.span.start if body else tallies[0].start, tallies[-1].end)
        body = body or _assembly_before(bodies, tallies[0].start)
        dates = find_dates(news.text, news.pack, sentence.start, sentence.end)
        start, inferred = _dated(news, dates[0].iso) if dates else (None, False)
        name = _vote_name(news, body) if body else None
        name = name or " ".join(span.of(news.text).split())
        seat = seat_mention(body, news.language) if body else None
        votes.append(
            Event(span=span, name=name, kind=Kind.MEETING, place=seat, place_inferred=seat is not None, start=start,
                  date_inferred=inferred)
        )  # fmt: skip
    return votes


def seat_mention(body: Mention, language: str | None) -> Mention | None:
    """The place a body with a fixed seat meets in, as the gazetteer records it (the General Assembly votes in New
    York): a place no word of the text names, so a mention of its key with no words."""
    seat = seat_of(resolve(body, language))
    return Mention(Span(body.span.start, body.span.start), "", Kind.PLACE, key=seat) if seat else None


#: The most words that may join a body to the organisation it is part of, named after it ("de la", "of the").
_PART_OF_WORDS = 2


def _with_whole_named_after(news: DocumentText, bodies: list[Mention], last: Mention | None) -> Mention | None:
    """The body that votes where the last body named before a tally is the organisation the one before it is
    part of ("la Asamblea General de la ONU", "the General Assembly of the United Nations"): the part, named
    with its organisation, keyed as the part."""
    if last is None:
        return None
    whole = resolve(last, news.language)
    for part in bodies:
        joining = news.text[part.span.end : last.span.start].split()
        if part.span.end > last.span.start or len(joining) > _PART_OF_WORDS or any(w[0].isupper() for w in joining):
            continue
        entity = resolve(part, news.language)
        if whole.key in organizations_above(entity):
            span = Span(part.span.start, last.span.end)
            return Mention(span, span.of(news.text), part.kind, key=entity.key)
    return last


#: How far before a tally whose sentence names no body the UN body that votes may be named.
_VOTING_BODY_REACH = 1000


def _assembly_before(bodies: list[Mention], position: int) -> Mention | None:
    """The UN body named last before ``position``, not far back: the body a tally without one counts the votes of."""
    named = [b for b in bodies if b.kind == Kind.UN_BODY and position - _VOTING_BODY_REACH <= b.span.start < position]
    return max(named, key=lambda b: b.span.end, default=None)


def _vote_name(news: DocumentText, body: Mention) -> str | None:
    """The pack's name of a vote (``extra["vote_name"]``) for ``body``; a body after other words of the name keeps
    the article the text gives it (``extra["vote_name_articles"]``: "votación en | la Asamblea General"), one that
    opens the name does not."""
    template = news.extra.get("vote_name")
    if not isinstance(template, str) or not template:
        return None
    words = " ".join(body.span.of(news.text).split())
    if not template.startswith("{body}"):
        before = tokens(news.text, max(0, body.span.start - 12), body.span.start)[-1:]
        articles = {word.casefold() for word in news.words("vote_name_articles")}
        if before and before[0].text.casefold() in articles and not news.text[before[0].end : body.span.start].strip():
            words = f"{before[0].text.casefold()} {words}"
    return template.format(body=words)


def _visits(news: DocumentText, actors: Actors) -> list[Event]:
    """A visit to a place (the pack's ``extra["visit_heads"]``, which end with the word before the place: "state
    visit to", "visite d'État à"): an event named from the head to the place, held there, on its sentence's day."""
    visits = []
    for sentence in news.sentences:
        for head in find_phrases(news.text, news.words("visit_heads"), sentence.start, sentence.end):
            position = skip_spaces(news.text, head.end(), sentence.end)
            place = known_place_at(actors, position)
            end = place.span.end if place else capitalized_run(news, position, sentence.end, max_tokens=4)
            if end == position:
                continue  # "an official visit to discuss ...": no place, no visit named
            place = place or Mention(span=Span(position, end), text=news.text[position:end], kind=Kind.PLACE)
            dates = find_dates(news.text, news.pack, sentence.start, sentence.end)
            start, inferred = _dated(news, dates[0].iso) if dates else (None, False)
            span = Span(head.start(), end)
            name = " ".join(span.of(news.text).split())
            visits.append(
                Event(span=span, name=name, kind=Kind.EVENT, place=place, start=start, date_inferred=inferred)
            )
    return visits


#: How many characters may stand between a verb of meeting and a participant's name (a post between).
_PARTICIPANT_REACH = 40


def _meetings(news: DocumentText, actors: Actors) -> list[Event]:
    """Two persons meeting or talking (``extra["meeting_verbs"]``: "President A welcomed Prime Minister B",
    "A провел переговоры с B", "A会见B", "A同B举行会谈"): an event named from the first to the second, on its
    sentence's day, at the place its sentence names after them. The participants are the persons named
    nearest around the verb, or the two before it where the language names both first."""
    meetings = []
    for sentence in news.sentences:
        persons = [p for p in actors.persons if sentence.start <= p.span.start and p.span.end <= sentence.end]
        for verb in find_phrases(news.text, news.words("meeting_verbs"), sentence.start, sentence.end):
            before = [p for p in persons if p.span.end <= verb.start()]
            after = [
                p for p in persons if p.span.start >= verb.end() and p.span.start - verb.end() <= _PARTICIPANT_REACH
            ]
            pair = (before[-1], after[0]) if before and after else tuple(before[-2:])
            if len(pair) < 2 or verb.start() - pair[-1 if not after else 0].span.end > _PARTICIPANT_REACH:
                continue
            span = Span(pair[0].span.start, max(pair[1].span.end, verb.end()))
            dates = find_dates(news.text, news.pack, sentence.start, sentence.end)
            start, inferred = _dated(news, dates[0].iso) if dates else (None, False)
            place = place_after(news, actors, span.end, sentence.end) or place_after(
                news, actors, sentence.start, span.start
            )
            name = " ".join(span.of(news.text).split())
            meetings.append(
                Event(span=span, name=name, kind=Kind.MEETING, place=place, start=start, date_inferred=inferred)
            )
    return meetings


#: How many characters may stand between a verb of signing and the instrument signed ("signed a historic ...").
_SIGNED_REACH = 30
#: What joins a participle to the word before it into an adjective ("newly-signed").
_COMPOUND_JOINS = ("-", "\u2010", "\u2011")
#: Punctuation that ends the object of a verb before the name after it.
_CLAUSE_BREAK = re.compile(r"[,，;；:：。、()（）]")
#: What may stand between a verb of signing and the name signed when the instrument's number comes first, the
#: name after it in apposition ("signing of H.R. 1042, the ... Act"): a short designation holding digits, one
#: comma, then a few characters (an article, a mark of emphasis) and no other clause break.
_NUMBER_IN_APPOSITION = re.compile(r"\s*[^\W\d][\w.\- ]{0,10}\d[\w.\-/]*\s*[,，]\s*[^\W\d]{0,4}[\s*_\[]*$")


def _signings(news: DocumentText, actors: Actors, instruments: Instruments) -> list[Event]:
    """The signing of a named instrument (a verb or noun of the pack's ``extra["signing_event_verbs"]`` with the
    instrument right after it: "signed a historic U.S.-Ukraine Bilateral Security Agreement", "签署了《…协定》",
    "подписали Соглашение о ..."): an event named by ``extra["signing_event_name"]``, on its sentence's day, at
    the place its sentence names after the instrument. An instrument left unnamed ("签署了一项协议") makes none."""
    template = news.extra.get("signing_event_name")
    if not isinstance(template, str) or "{}" not in template:
        return []
    named = sorted((m for m in instruments.mentions if m.span not in instruments.adopters), key=lambda m: m.span.start)
    signings = []
    for sentence in news.sentences:
        for verb in find_phrases(news.text, news.words("signing_event_verbs"), sentence.start, sentence.end):
            if news.text[verb.start() - 1 : verb.start()] in _COMPOUND_JOINS:
                continue  # "a newly-signed Memorandum": an instrument described, no signing told
            signed = next((m for m in named if verb.end() <= m.span.start <= verb.end() + _SIGNED_REACH), None)
            if (
                signed is None
                or signed.span.end > sentence.end
                or (
                    _CLAUSE_BREAK.search(news.text, verb.end(), signed.span.start)
                    and not _NUMBER_IN_APPOSITION.match(news.text[verb.end() : signed.span.start])
                )
            ):
                continue  # "签署了一项协议，以…计划": what is signed is unnamed; the name is another clause's
            # "GENEVA, June 14 - On June 13, they signed": the day nearest before the verb, past a dateline's
            dates = find_dates(news.text, news.pack, sentence.start, sentence.end)
            before = [d for d in dates if d.span.end <= verb.start()]
            date = before[-1] if before else next(iter(dates), None)
            start, inferred = _dated(news, date.iso) if date else (None, False)
            place = place_after(news, actors, signed.span.end, sentence.end) or place_after(
                news, actors, sentence.start, verb.start()
            )
            name = template.format(" ".join(signed.span.of(news.text).split()))
            span = Span(verb.start(), signed.span.end)
            signings.append(
                Event(span=span, name=name, kind=Kind.EVENT, place=place, start=start, date_inferred=inferred)
            )
        signings += _signed_after(news, actors, named, sentence, template)
    return signings


def _signed_after(
    news: DocumentText, actors: Actors, named: list[Mention], sentence: Span, template: str
) -> list[Event]:
    """ "The ... Act was signed into law", "Соглашение ... было подписано": a named instrument of the sentence
    right before a passive phrase of signing (``extra["signed_after_phrases"]``) was signed; the event is the
    same as told the other way round, on the sentence's day, at the place it names after the phrase."""
    phrases = news.words("signed_after_phrases")
    found = []
    for instrument in (m for m in named if sentence.start <= m.span.start and m.span.end <= sentence.end):
        after = skip_spaces(news.text, instrument.span.end, sentence.end)
        phrase = starts_with_phrase(news.text, after, phrases)
        if not phrase:
            continue
        dates = find_dates(news.text, news.pack, sentence.start, sentence.end)
        start, inferred = _dated(news, dates[0].iso) if dates else (None, False)
        place = place_after(news, actors, after + len(phrase), sentence.end)
        name = template.format(" ".join(instrument.span.of(news.text).split()))
        span = Span(instrument.span.start, after + len(phrase))
        found.append(Event(span=span, name=name, kind=Kind.EVENT, place=place, start=start, date_inferred=inferred))
    return found


def _undated_named_again(events: list[Event]) -> list[Event]:
    """An undated event whose name opens a dated one's is that event named shorter (a headline's
    "Hội nghị xúc tiến đầu tư vùng Tây Nguyên" and the body's "... năm 2024"): one event."""
    dated = [_identity(e) for e in events if e.start]
    return [e for e in events if e.start or not any(_names_it_shorter(_identity(e), name) for name in dated)]


def _names_it_shorter(undated: str, dated: str) -> bool:
    """ "المؤتمر الثاني عشر" of "المؤتمر الوطني الثاني عشر": the dated name opens with the undated one, or
    holds every word of it (two at least, as a bare head is no name)."""
    words = undated.split()
    return dated.startswith(undated) or (len(words) >= _SHORTER_NAME_WORDS and set(words) <= set(dated.split()))


#: How many words an undated name needs to be matched word by word within a dated one.
_SHORTER_NAME_WORDS = 2


def _identity(event: Event) -> str:
    """An event's name as compared: case, spaces and spelling variants aside ("الإنسان" / "الانسان")."""
    return " ".join(fold(event.name, keep_tones=True).replace("\x00", "").split())


def _name_span(news: DocumentText, actors: Actors, head: re.Match[str], sentence: Span) -> Span | None:
    if _subject_or_object_of_verb(news, head.start(), sentence):
        return None  # "يطالب المؤتمر بـ ...": the congress named before speaks; no event is named here
    start = _start_before_head(news, head.start(), sentence)
    if start == head.start() and unspaced(news):
        start = _actor_before_head(actors, head.start(), sentence)
    if start == head.start() and unspaced(news):
        start = _after_convening_word(news, head.start(), sentence)
    if head.group() in news.words("event_heads_last"):  # "World Refugee Day", not "Day One"
        return Span(start, head.end()) if start < head.start() else None
    after = skip_spaces(news.text, head.end(), sentence.end)
    if _definite_head_alone(news, head.group(), after, sentence):
        return None  # "تميزت أشغال المؤتمر بنقاشات": the congress named before, not a name
    if news.extra.get("event_names_capitalised"):
        # "the Summit | opens", "Summit | by streaming": only capitals and joiners go on, and the head alone is no name
        end = head.end()
    else:
        end = (
            name_end(news, after, sentence.end, title_rules(news, "event_name_stops")) if after > head.end() else after
        )
    end = _before_stop_prefix(news, head.end(), _end_after_joined_names(news, max(end, head.end()), sentence))
    if news.extra.get("event_names_capitalised"):
        end = max(head.end(), len(news.text[:end].rstrip()))
    end = _organizer_end(news, actors, head.end(), end)
    if end == head.end() and start == head.start():
        return None  # a bare "Hội thảo" at a sentence's end, "the Summit | will" names no event
    return Span(start, end)


#: How far after a head named alone its day or its place may follow ("encuentro | informal el 7 y 8 de junio").
_ALONE_REACH = 60


def _events_named_alone(news: DocumentText, actors: Actors, sentence: Span) -> list[Event]:
    """Events named by a head alone (``extra["event_heads_alone"]``: "un encuentro informal el 7 y 8 de junio en
    California", "une conférence de presse à Calais"), where a day or a known place follows the head closely in
    its sentence; without either, the head tells of no particular event ("el encuentro fue cordial")."""
    events = []
    idioms = [m.span() for m in find_phrases(news.text, news.words("event_head_idioms"), sentence.start, sentence.end)]
    for head in find_phrases(news.text, news.words("event_heads_alone"), sentence.start, sentence.end):
        if any(start <= head.start() < end for start, end in idioms):
            continue  # "la cumbre de la montaña": a mountain's top, no summit
        reach = min(sentence.end, head.end() + _ALONE_REACH)
        dated = any(d.span.start < reach for d in find_dates(news.text, news.pack, head.end(), sentence.end))
        if dated or place_after(news, actors, head.end(), reach) is not None:
            events.append(_event(news, actors, Span(head.start(), head.end()), Kind.MEETING, sentence))
    return events


def _after_convening_word(news: DocumentText, position: int, sentence: Span) -> int:
    """ "举行 | 政策圆桌会议": in a script without spaces, the words between a verb that convenes an event
    (``extra["convening_words"]``) and its head name the event; ``position`` where no such verb stands right
    before, a few characters and no mark between."""
    reach = news.text[max(sentence.start, position - _CONVENED_NAME_REACH) : position]
    verbs = [reach.rfind(verb) + len(verb) for verb in news.words("convening_words") if verb in reach]
    if not verbs:
        return position
    start = position - len(reach) + max(verbs)
    named = news.text[start:position]
    return start if named and not re.search(r"[\W\d]", named) else position


#: How many characters before an event's head a verb that convenes it may stand ("举行 | 政策圆桌 | 会议").
_CONVENED_NAME_REACH = 12


def _actor_before_head(actors: Actors, position: int, sentence: Span) -> int:
    """ "下周的欧盟 | 峰会": where no capitals mark a name, a state or a body named right before the head opens the
    event's name."""
    before = [
        m
        for m in actors.all_mentions()
        if m.span.end == position
        and m.span.start >= sentence.start
        and m.kind not in (Kind.PERSON, Kind.POST, Kind.PLACE)
    ]
    return min((m.span.start for m in before), default=position)


def _organizer_end(news: DocumentText, actors: Actors, start: int, end: int) -> int:
    """Where the words of a name open with the article (``extra["event_name_word_prefixes"]``), a name that
    names its organiser ends with it unless a word with the article follows ("المؤتمر الوطني للمنظمة ... |
    ليتوج مسارا": the verb after it is none of the name; "مؤتمر الأمم المتحدة | للتغير المناخي" goes on)."""
    prefixes = news.words("event_name_word_prefixes")
    if not prefixes:
        return end
    for body in sorted(actors.every_organization(), key=lambda m: m.span.start):
        if start <= body.span.start and body.span.end < end:
            following = tokens(news.text, body.span.end, end)[:1]
            if following and not following[0].text.startswith(prefixes):
                return body.span.end
    return end


def _definite_head_alone(news: DocumentText, head: str, position: int, sentence: Span) -> bool:
    """Where the words of a name open with the article (``extra["event_name_word_prefixes"]``: "ال", "لل"), a
    head with the article names an event only with such a word after it ("المؤتمر الوطني"); before any other
    word ("المؤتمر بنقاشات") it is the event the text named before."""
    prefixes = news.words("event_name_word_prefixes")
    if not prefixes or not head.startswith(prefixes):
        return False
    following = tokens(news.text, position, sentence.end)[:1]
    return bool(following) and not following[0].text.startswith(prefixes) and not following[0].text[0].isdigit()


def _subject_or_object_of_verb(news: DocumentText, position: int, sentence: Span) -> bool:
    """Where verbs come first (``extra["verb_first"]``), a head right after a verb of the pack is that verb's
    subject ("يسجل المؤتمر", "ويدين المؤتمر"): an event the text named before, now speaking."""
    if not news.extra.get("verb_first"):
        return False
    verbs = news.pack.derived(
        "news.event_verbs",
        lambda pack: (*pack.operative_verbs, *pack.pledge_phrases, *pack.extra.get("requesting_phrases", {}),
                      *pack.extra.get("demand_item_verbs", {})),
    )  # fmt: skip
    before = tokens(news.text, max(sentence.start, position - 30), position)
    if not before or news.text[before[-1].end : position].strip():
        return False
    return before[-1].text.casefold() in {verb.casefold() for verb in verbs if " " not in verb}


def _before_stop_prefix(news: DocumentText, start: int, end: int) -> int:
    """A name ends before a word that opens with a preposition written on it (``extra["event_name_stop_prefixes"]``:
    "بال" in "المؤتمر بالتصويت"), which no word of a name does."""
    prefixes = news.words("event_name_stop_prefixes")
    for token in tokens(news.text, start, end) if prefixes else ():
        if token.text.startswith(prefixes):
            return len(news.text[: token.start].rstrip()) if token.start > start else start
    return end


#: Marks that join two capitalised words of a name: "U.S.-Vietnam", "Asia–Pacific".
_NAME_JOINING_MARKS = re.compile(r"\.?[-‐–]")


def _start_before_head(news: DocumentText, position: int, sentence: Span) -> int:
    """Capitalised words and ordinals before the head belong to the name ("Ninth Summit", "9e sommet"), also
    joined by a hyphen ("U.S.-Vietnam") or by a conjunction between two of them ("Innovation and Investment")."""
    start = after_conjunction = position
    stops = {word.casefold() for word in news.words("event_name_stops")}
    conjunctions = {word.casefold() for word in news.words("list_conjunctions")}
    articles = {word.casefold() for word in news.words("list_articles")}
    for token in reversed(tokens(news.text, sentence.start, position)):
        gap = news.text[token.end : start]
        if gap.strip() and not _NAME_JOINING_MARKS.fullmatch(gap):
            break  # "2024 - Hội nghị": a mark between spaces joins no name
        if token.text.casefold() in conjunctions and start < position and start == after_conjunction:
            start = token.start  # kept only if a capitalised word comes before it
            continue
        if not (token.text[0].isupper() or token.text[0].isdigit()):
            break  # only real capitals: in a script without case every word would do
        if token.text.casefold() in stops or token.text.casefold() in articles:
            break  # "This | World Refugee Day", "The | U.S.-Vietnam Human Rights Dialogue"
        start = after_conjunction = token.start
    return after_conjunction


def _end_after_joined_names(news: DocumentText, end: int, sentence: Span) -> int:
    """ "Summit" + " of the Americas": joining words then capitalised words extend the name."""
    joiners = {w.casefold() for w in (*news.words("list_articles"), *news.words("name_joiners"))}
    return capitalised_words_end(news, end, sentence.end, joiners)


def _event(news: DocumentText, actors: Actors, span: Span, kind: str, sentence: Span) -> Event:
    observance = _observance_day(news, span)
    place = None
    if observance is None:  # an observance is kept everywhere: a place in its sentence is another thing's
        place = place_after(news, actors, span.end, sentence.end) or place_after(
            news, actors, sentence.start, span.start
        )
        place = place or _venue(news, actors, sentence)
    dates = [d for d in find_dates(news.text, news.pack, sentence.start, sentence.end) if not _dates_a_number(news, d)]
    # "JAKARTA, 7 October 2022 - The Summit was held ... on 5 and 6 October": the date after the name is its own
    date = next((d for d in dates if d.span.start >= span.end), dates[0] if dates else None)
    day = _first_listed_day(news, date) if date else observance
    start, inferred = _dated(news, day) if day else (None, False)
    end = _dated(news, date.end_iso)[0] if date and date.end_iso else None
    if start is None and (year := _NAMED_YEAR.search(span.of(news.text))):
        # "the 2019 Kestrel Ocean Summit", "Sommet Kestrel 2022": the year its name gives
        start = year.group(1) or year.group(2)
    return Event(
        span=span,
        name=" ".join(span.of(news.text).split()),
        kind=kind,
        place=place,
        start=start,
        end=end,
        date_inferred=inferred,
        series=_series(actors, span),
    )


#: A number with a slash in it ("12/2020/NĐ-CP", "9-NQ/TW", "A/RES/99/7") ending right where a date begins.
_NUMBER_BEFORE = re.compile(r"[\w.-]*\d[\w.-]*/[\w./-]*\s*$")


def _dates_a_number(news: DocumentText, date: DateMatch) -> bool:
    """ "Lễ tang ... theo Nghị định số 12/2020/NĐ-CP ngày 3 tháng 4 năm 2020": the date written right after an
    instrument's number (the pack's date words aside) is the day it was issued, no day of an event."""
    before = news.text[max(0, date.span.start - 60) : date.span.start]
    words = tuple(w for w in news.words("date_words") if before.rstrip().endswith(w))
    if words:
        before = before.rstrip()[: -len(max(words, key=len))]
    return _NUMBER_BEFORE.search(before) is not None


#: A year an event's name opens or ends with: "2019 Kestrel Ocean Summit", "Sommet Kestrel 2022".
_NAMED_YEAR = re.compile(r"^((?:19|20)\d{2})(?=\s)|(?<=\s)((?:19|20)\d{2})$")


def _venue(news: DocumentText, actors: Actors, sentence: Span) -> Mention | None:
    """A venue named by a noun of the pack's ``venue_nouns`` and the body it belongs to, after a place
    preposition ("tại trụ sở Chính phủ", "at the headquarters of the African Union"): the place of an event
    whose sentence names no other."""
    for preposition in find_phrases(news.text, news.words("place_prepositions"), sentence.start, sentence.end):
        position = skip_spaces(news.text, preposition.end(), sentence.end)
        noun = starts_with_phrase(news.text, position, news.words("venue_nouns"))
        if noun is None:
            continue
        body = actors.organization_starting_after(position + len(noun))
        if body is not None and body.span.end <= sentence.end:
            return Mention(Span(position, body.span.end), news.text[position : body.span.end], Kind.PLACE)
    return None


def _observance_day(news: DocumentText, span: Span) -> str | None:
    """The day of the year an observance the pack knows is held on (``extra["observance_days"]``: "Today, on
    World Refugee Day" is 20 June), where its sentence gives no date."""
    name = " ".join(span.of(news.text).split()).casefold()
    days = news.mapping("observance_days")
    return next((day for observance, day in days.items() if observance.casefold() in name), None)


def _first_listed_day(news: DocumentText, date: DateMatch) -> str:
    """The first day of a range whose days are all listed, by dashes, commas or the pack's "and" ("أيام 25-26-27
    أبريل 2025", "أيام 27 و 28 و 29 ماي 2022", "les 27, 28 et 29 mai": from the 27th), each the day before the next."""
    day_before = news.pack.derived("events.listed_day_before", _listed_day_before)
    iso, position = date.iso, date.span.start
    while date.end_iso and (before := day_before.search(fold_digits(news.text[max(0, position - 8) : position]))):
        day = int(before.group(1))
        if day != int(iso[-2:]) - 1:
            break
        iso, position = f"{iso[:-2]}{day:02d}", position - len(before.group())
    return iso


def _listed_day_before(pack: LanguagePack) -> re.Pattern[str]:
    """A day and what lists it before the next one, at the end of a text: "25-", "27, ", "27 و ", "27 et "."""
    conjunctions = "|".join(re.escape(c) for c in sorted(pack.words("list_conjunctions"), key=len, reverse=True))
    joint = rf"[-–,،]|(?:{conjunctions})(?!\w)" if conjunctions else r"[-–,،]"
    return re.compile(rf"(?<!\d)(\d{{1,2}})\s*(?:{joint})\s*$")


def _series(actors: Actors, span: Span) -> Mention | None:
    """The recurring forum of an event, where the resolution layer knows it ("Summit of the Americas")."""
    return next(
        (m for m in actors.known if m.kind in _EVENT_KINDS and span.start <= m.span.start and m.span.end <= span.end),
        None,
    )


def _dated(news: DocumentText, iso: str) -> tuple[str, bool]:
    """A gMonthDay gets its year from the document's date, where the reader knows it, else from the month the
    page was posted in, as its web addresses show it ("/uploads/2021/12/")."""
    if not iso.startswith("--"):
        return iso, False
    document_year = re.match(r"\d{4}", news.document.date or "")
    if document_year:
        return with_year(iso, int(document_year.group())), True
    posted = posted_month(news.text)
    return (with_year(iso, year_of_month_day(iso, posted)), True) if posted else (iso, False)


def _merged(first: Event, other: Event) -> Event:
    return replace(
        first,
        series=first.series or other.series,
        place=first.place or other.place,
        place_inferred=first.place_inferred if first.place else other.place_inferred,
        start=first.start or other.start,
        end=first.end if first.start else other.end,
        date_inferred=first.date_inferred if first.start else other.date_inferred,
    )
