"""The legislature of a session a legal text names, where its body numbers sessions within one.

A National Assembly numbers its sessions anew in each legislature: "kỳ họp thứ 9" is
a session of "Quốc hội khóa XV", as "Kỳ họp thứ 10 của Quốc hội khóa XV" is the
10th of the 15th; without the legislature two different sessions share one key.
The legislature (``extra["legislature_patterns"]``, read by
:func:`kg.text.deadlines.find_legislature`) is read

* for a task due at a session of a body ("tại Kỳ họp thứ 10 của Quốc hội khóa
  XV"): right after the body's name;
* for a session held (the one that adopted a law: "Quốc hội ... khóa XV, kỳ họp
  thứ 9 thông qua ngày ..."): in its sentence, the nearest to its name; the body
  is then the organisation named last before the legislature, its series.

A session held whose legislature, body and number are known is keyed by them, as a
session a task is due at is: "kỳ họp thứ 10" of "Quốc hội khóa XV" is one node,
whichever text names it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.finders.actors import Actors
from kg.finders.text import DocumentText
from kg.model import Commitment, Event, Kind, Mention, Span
from kg.text.deadlines import find_legislature
from kg.text.normalize import digits_folded

__all__ = ["in_legislatures", "sessions_in_legislatures"]

#: How far after a body's name its legislature stands ("Quốc hội | khóa XV").
_AFTER_BODY = 12
#: How far from a session's name its legislature may stand in the sentence ("khóa XV, | kỳ họp thứ 9").
_NEAR_SESSION = 60
#: Kinds that number no sessions of their own.
_NO_BODIES = frozenset({Kind.STATE, Kind.PLACE, Kind.PERSON})


def in_legislatures(news: DocumentText, commitments: list[Commitment]) -> list[Commitment]:
    """``commitments`` with the legislature of the session each is due at, where the text gives it."""
    return [_due_in_legislature(news, c) for c in commitments]


def _due_in_legislature(news: DocumentText, commitment: Commitment) -> Commitment:
    deadline = commitment.deadline
    if deadline is None or deadline.session is None or deadline.body is None:
        return commitment
    after = deadline.body.span.end
    found = find_legislature(news.text, news.pack, after, min(len(news.text), after + _AFTER_BODY))
    if found is None or found[0].start - after > _AFTER_BODY // 2:
        return commitment
    return replace(commitment, deadline=replace(deadline, legislature=found[1]))


def sessions_in_legislatures(news: DocumentText, events: list[Event], actors: Actors) -> list[Event]:
    """``events`` with the legislature (and its body, as the series) of each session held, where its sentence
    names one."""
    return [_held_in_legislature(news, e, actors) if e.kind == Kind.SESSION else e for e in events]


def _held_in_legislature(news: DocumentText, event: Event, actors: Actors) -> Event:
    sentence = news.sentence_of(event.span.start) or event.span
    start = max(sentence.start, event.span.start - _NEAR_SESSION)
    end = min(sentence.end, event.span.end + _NEAR_SESSION)
    found = find_legislature(news.text, news.pack, start, end)
    if found is None:
        return event
    span, number = found
    body = event.series or _body_before(actors, Span(sentence.start, span.start))
    return replace(event, legislature=number, series=body, number=_session_number(event.name))


def _session_number(name: str) -> int | None:
    """The number a session's name gives it ("kỳ họp thứ 9": 9), where it gives one number."""
    numbers = re.findall(r"\d+", digits_folded(name))
    return int(numbers[0]) if len(numbers) == 1 else None


def _body_before(actors: Actors, within: Span) -> Mention | None:
    bodies = [
        m
        for m in actors.every_organization()
        if m.kind not in _NO_BODIES and within.start <= m.span.start and m.span.end <= within.end
    ]
    return max(bodies, key=lambda m: m.span.end, default=None)
