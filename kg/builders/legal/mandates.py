"""What each article of a legal instrument does, as commitments of its issuer.

The shared commitment finder's commitments are read first, in the articles only
(:func:`kg.finders.commitments.find_commitments`): tasks given ("Giao Bộ
Ngoại giao chủ trì, phối hợp với Bộ Công an ...") and responsibilities ("...
chịu trách nhiệm thi hành Quyết định này"), with their deadlines. An article
then adds what only an instrument does:

* a responsibility is everyone the article lists before its verb ("Các Bộ
  trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh ...
  chịu trách nhiệm"), not only the nearest;
* an article that adopts, approves, establishes or repeals
  (``extra["article_actions"]``: "Ban hành kèm theo", "Phê duyệt", "is hereby
  approved", "Утвердить") is a commitment of that action, about the
  instruments it names.

The article that puts the instrument into force ("Quyết định này có hiệu lực
thi hành kể từ ngày ký", "This Decree shall enter into force ...") asks no one
to do anything: it is no commitment, though a pledge phrase may read one in it
("shall"). Its day is the work's (:mod:`kg.builders.legal.in_force`).

Every commitment is of the instrument's issuer and belongs to its article.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.builders.legal.in_force import EntryIntoForce
from kg.builders.legal.structure import Article, LegalText
from kg.finders.actors import Actors
from kg.finders.commitments import action_force, find_commitments
from kg.finders.instruments import Instruments
from kg.finders.text import NewsText, find_phrases, key_of
from kg.model import Commitment, Deadline, Kind, Mention, Paragraph, Span
from kg.text.deadlines import find_deadline

__all__ = ["article_commitments"]

#: Kinds of mention that may be given a task: bodies, posts and collectives, not persons or places.
_NOT_ADDRESSEES = frozenset({Kind.PERSON, Kind.PLACE, Kind.STATE})


def article_commitments(
    news: NewsText,
    operative: NewsText,
    legal: LegalText,
    actors: Actors,
    instruments: Instruments,
    paragraphs: dict[str, Paragraph],
    *,
    issuer: Mention | None,
    date: str | None,
    in_force: EntryIntoForce | None = None,
) -> list[Commitment]:
    """Commitments of the articles; ``operative`` reads the articles' text only, ``news`` the whole;
    ``in_force`` is where an article puts the instrument into force, which commits no one."""
    found = [
        _with_all_addressees(c, operative, actors)
        for c in find_commitments(operative, actors, instruments, author=issuer, date=date)
    ]
    own: list[Commitment] = []
    for article in legal.articles:
        own.extend(_actions(news, article, instruments, issuer, date))
    # "This Decree shall enter into force": no task of anyone, though a pledge phrase may read one
    verbs = [c.verb for c in own if c.verb] + ([in_force.phrase] if in_force else [])
    found = [c for c in found if not (c.verb and any(_overlap(c.verb, v) for v in verbs))] + own
    in_articles = []
    for commitment in found:
        holder = legal.article_at((commitment.verb or commitment.span).start)
        if holder is not None:
            in_articles.append(replace(commitment, paragraph=paragraphs[holder.number]))
    return sorted(in_articles, key=lambda c: (c.span.start, c.span.end, c.action))


def _with_all_addressees(commitment: Commitment, news: NewsText, actors: Actors) -> Commitment:
    """ "A, B và C chịu trách nhiệm ...": a responsibility binds every body or post listed before its verb."""
    verb = commitment.verb
    if verb is None or commitment.action != "tasks":
        return commitment
    if commitment.addressees and commitment.addressees[0].span.end > verb.start:
        return commitment  # "Giao Bộ Ngoại giao ...": given after the verb
    sentence = news.sentence_of(verb.start)
    if sentence is None:
        return commitment
    listed = [
        m
        for m in [*actors.all_mentions(), *actors.collectives]
        if sentence.start <= m.span.start and m.span.end <= verb.start and m.kind not in _NOT_ADDRESSEES
    ]
    outermost = [m for m in listed if not any(_inside(m.span, o.span) for o in listed if o is not m)]
    unique = {m.span: m for m in [*outermost, *commitment.addressees]}
    if not unique:
        return commitment
    addressees = tuple(sorted(unique.values(), key=lambda m: m.span))
    return replace(
        commitment,
        addressees=addressees,
        span=Span(min(commitment.span.start, addressees[0].span.start), commitment.span.end),
    )


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and inner != outer


def _first_sentence(news: NewsText, article: Article) -> Span:
    sentence = news.sentence_of(article.body.start)
    return Span(article.body.start, min(sentence.end, article.body.end)) if sentence else article.body


def _actions(
    news: NewsText, article: Article, instruments: Instruments, issuer: Mention | None, date: str | None
) -> list[Commitment]:
    """ "Ban hành kèm theo Quyết định này Kế hoạch ...", "Утвердить прилагаемые Правила": the article's act."""
    actions = news.mapping("article_actions")
    sentence = _first_sentence(news, article)
    match = next(iter(find_phrases(news.text, actions, sentence.start, sentence.end, ignore_case=True)), None)
    if match is None or not _stands_where_it_may(news, match, sentence):
        return []
    action = actions[key_of(match.group(), actions)]
    verb = Span(match.start(), match.end())
    due = find_deadline(news.text, news.pack, verb.end, sentence.end, month_days=True)
    return [
        Commitment(
            span=sentence,
            action=action,
            force=action_force(action),
            issuer=issuer,
            instruments=tuple(instruments.in_span(sentence)),
            deadline=Deadline(due.span, year=due.year, date=due.date, within=due.within) if due else None,
            verb=verb,
        )
    ]


#: A clause number before an article's first words ("1. ", "a) ").
_CLAUSE_NUMBER = re.compile(r"(?:\d{1,2}[.)]|[a-zđ]\))\s+")


def _stands_where_it_may(news: NewsText, match: re.Match[str], sentence: Span) -> bool:
    """A phrase the pack writes with a capital opens the article ("Ban hành kèm theo ...", "Утвердить"), past a
    clause number; elsewhere it is another verb ("có hiệu lực kể từ ngày ký ban hành"). A phrase written in
    lower case ("is hereby approved", "est approuvé") stands anywhere in the article's first sentence."""
    actions = news.mapping("article_actions")
    if not key_of(match.group(), actions)[:1].isupper():
        return True
    opening = _CLAUSE_NUMBER.match(news.text, sentence.start)
    return match.start() == (opening.end() if opening else sentence.start)
