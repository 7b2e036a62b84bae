"""Events in news prose: workshops, conferences, summits, with their place and date.

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

The same event named in several sentences (a caption, then the text) is one
event: its first mention, with the place and date any of them gives.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.finders.actors import Actors, place_after
from kg.finders.dates import find_dates, with_year
from kg.finders.names import name_end, title_rules
from kg.finders.text import NewsText, find_phrases, key_of, skip_spaces, tokens
from kg.model import Event, Kind, Mention, Span

__all__ = ["find_events"]

#: Kinds of known mention that name a recurring event.
_EVENT_KINDS = frozenset(
    {Kind.SUMMIT, Kind.FORUM, Kind.CONFERENCE, Kind.SESSION, Kind.MEETING, Kind.WORKSHOP, Kind.EVENT}
)


def find_events(news: NewsText, actors: Actors) -> list[Event]:
    heads = news.mapping("event_heads")
    events: dict[str, Event] = {}
    for sentence in news.sentences:
        for head in find_phrases(news.text, heads, sentence.start, sentence.end):
            span = _name_span(news, head, sentence)
            if span is None:
                continue
            event = _event(news, actors, span, heads[key_of(head.group(), heads)], sentence)
            identity = _identity(event)
            events[identity] = _merged(events[identity], event) if identity in events else event
    return _undated_named_again(list(events.values()))


def _undated_named_again(events: list[Event]) -> list[Event]:
    """An undated event whose name opens a dated one's is that event named shorter (a headline's
    "Hội nghị xúc tiến đầu tư vùng Tây Nguyên" and the body's "... năm 2024"): one event."""
    dated = [_identity(e) for e in events if e.start]
    return [e for e in events if e.start or not any(name.startswith(_identity(e)) for name in dated)]


def _identity(event: Event) -> str:
    return " ".join(event.name.split()).casefold()


def _name_span(news: NewsText, head: re.Match[str], sentence: Span) -> Span | None:
    start = _start_before_head(news, head.start(), sentence)
    after = skip_spaces(news.text, head.end(), sentence.end)
    end = name_end(news, after, sentence.end, title_rules(news, "event_name_stops")) if after > head.end() else after
    end = _end_after_joined_names(news, max(end, head.end()), sentence)
    if end == head.end() and start == head.start():
        return None  # a bare "Hội thảo" names no event
    return Span(start, end)


def _start_before_head(news: NewsText, position: int, sentence: Span) -> int:
    """Capitalised words and ordinals before the head belong to the name ("Ninth Summit", "9e sommet")."""
    start = position
    for token in reversed(tokens(news.text, sentence.start, position)):
        if news.text[token.end : start].strip() or not (token.text[0].isupper() or token.text[0].isdigit()):
            break  # only real capitals: in a script without case every word would do
        start = token.start
    return start


def _end_after_joined_names(news: NewsText, end: int, sentence: Span) -> int:
    """ "Summit" + " of the Americas": joining words then capitalised words extend the name."""
    joiners = {w.casefold() for w in (*news.words("list_articles"), *news.words("name_joiners"))}
    pending = end
    for token in tokens(news.text, end, sentence.end):
        if news.text[pending : token.start].strip():
            break
        if token.text[0].isupper():
            end = pending = token.end
        elif token.text.casefold() in joiners:
            pending = token.end
        else:
            break
    return end


def _event(news: NewsText, actors: Actors, span: Span, kind: str, sentence: Span) -> Event:
    place = place_after(news, actors, span.end, sentence.end) or place_after(news, actors, sentence.start, span.start)
    dates = find_dates(news.text, news.pack, sentence.start, sentence.end)
    start, inferred = _dated(news, dates[0].iso) if dates else (None, False)
    return Event(
        span=span,
        name=" ".join(span.of(news.text).split()),
        kind=kind,
        place=place,
        start=start,
        date_inferred=inferred,
        series=_series(actors, span),
    )


def _series(actors: Actors, span: Span) -> Mention | None:
    """The recurring forum of an event, where the resolution layer knows it ("Summit of the Americas")."""
    return next(
        (m for m in actors.known if m.kind in _EVENT_KINDS and span.start <= m.span.start and m.span.end <= span.end),
        None,
    )


def _dated(news: NewsText, iso: str) -> tuple[str, bool]:
    """A gMonthDay gets its year from the document's date, where the reader knows it."""
    document_year = re.match(r"\d{4}", news.document.date or "")
    if iso.startswith("--") and document_year:
        return with_year(iso, int(document_year.group())), True
    return iso, False


def _merged(first: Event, other: Event) -> Event:
    return replace(
        first,
        series=first.series or other.series,
        place=first.place or other.place,
        start=first.start or other.start,
        date_inferred=first.date_inferred if first.start else other.date_inferred,
    )
