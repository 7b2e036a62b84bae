"""Joint declarations: who signs, and the "we" that speaks for them.

A joint declaration of states opens with a phrase of the pack's
``extra["signatory_openers"]`` ("We, the Heads of State and Government of",
"Nous, chefs d’État et de gouvernement", "Nosotros, los Jefes de Estado y de
Gobierno") and a list of states, which ends where the list gives way to a
lower-case word ("gathered in", "réunis à", "reunidos en").

The states of each item of the list are found by the resolution layer
(``find_mentions(kinds=["state"])``) where it knows them; otherwise the item
itself is a state mention: the list is cut at commas and at the
conjunction before its last item (``extra["list_conjunctions"]``, when an
article or a capital follows it), and each item loses its articles
(``extra["list_articles"]``: "de la République argentine" → "République
argentine"). The resolution layer then gives each its ISO code.

The opener with its list is one mention of kind ``group-of-states``: the
issuer of every "we" commitment of the declaration. The group is keyed by its
members (their ISO codes, sorted), not by the words that name it, so that
every language version of a declaration has the same issuer, and its English
name lists them in alphabetical order ("Argentina, Barbados, ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg import resolve
from kg.finders.text import DocumentText, opens_name, phrase_pattern
from kg.model import Kind, Mention, Span

__all__ = ["Signatories", "find_signatories"]

#: How far into the text the opening of a declaration may be.
_OPENING_REACH = 600


@dataclass(frozen=True)
class Signatories:
    group: Mention  # "We, the Heads of State and Government of ... Uruguay"
    states: tuple[Mention, ...]


def find_signatories(news: DocumentText) -> Signatories | None:
    opener = _opener(news)
    if opener is None:
        return None
    list_span = _list_span(news, opener.end)
    states = _states(news, list_span)
    if not states:
        return None
    group_span = Span(opener.start, states[-1].span.end)
    members = [_member(news, state) for state in states]
    group = Mention(
        span=group_span,
        text=group_span.of(news.text),
        kind=Kind.GROUP_OF_STATES,
        key=" ".join(sorted({key for key, _ in members})),
        name=", ".join(sorted({name for _, name in members})),
    )
    return Signatories(group=group, states=tuple(states))


def _member(news: DocumentText, state: Mention) -> tuple[str, str]:
    """A listed state's key (its ISO code where known) and English name (else its name as printed)."""
    known = None if state.key else resolve.lookup(" ".join(state.text.split()), news.language, Kind.STATE)
    key = state.key or (known.key if known else resolve.minted_key(state.text))
    name = state.name or (known.name if known else None) or " ".join(state.text.split())
    return key, name


def _opener(news: DocumentText) -> Span | None:
    pattern = phrase_pattern(news.words("signatory_openers"), ignore_case=True)
    if pattern is None or not news.main_spans:
        return None
    main = news.main_spans[0]
    match = pattern.search(news.text, main.start, min(main.end, main.start + _OPENING_REACH))
    return Span(match.start(), match.end()) if match else None


def _list_span(news: DocumentText, start: int) -> Span:
    """From the opener to the first item that opens with a lower-case word ("gathered in ...")."""
    end = start
    for item in _comma_items(news.text, start):
        stripped = _without_articles(news, item)
        if stripped.start >= stripped.end or not opens_name(news.text[stripped.start]):
            break
        end = item.end
    return Span(start, end)


def _comma_items(text: str, start: int) -> list[Span]:
    sentence_end = re.compile(r"[.;:](?:\s|$)").search(text, start)
    limit = sentence_end.start() if sentence_end else len(text)
    items, position = [], start
    for comma in re.finditer(",", text[:limit]):
        if comma.start() < start:
            continue
        items.append(Span(position, comma.start()))
        position = comma.end()
    items.append(Span(position, limit))
    return items


def _states(news: DocumentText, span: Span) -> list[Mention]:
    """Each item of the list: the states the resolution layer finds in it, else the item itself as a state."""
    resolved = resolve.find_mentions(news.text, news.language, start=span.start, end=span.end, kinds=[Kind.STATE])
    states = []
    for item in _comma_items(news.text, span.start):
        if item.start >= span.end:
            break
        known = [m for m in resolved if item.start <= m.span.start and m.span.end <= item.end]
        states.extend(known or _listed_states(news, item))
    return states


def _listed_states(news: DocumentText, item: Span) -> list[Mention]:
    states = []
    for part in _split_last_conjunction(news, item):
        name = _without_articles(news, part)
        if name.end > name.start:
            states.append(_listed(news, name))
    return states


def _listed(news: DocumentText, name: Span) -> Mention:
    """A listed party the gazetteer knows as a group of states ("the Leaders of the Group of Seven (G7)") is
    that group, not a state of that name; any other is a state, as printed."""
    groups = resolve.find_mentions(
        news.text, news.language, start=name.start, end=name.end, kinds=[Kind.GROUP_OF_STATES]
    )
    if groups and groups[0].span.start == name.start:
        return groups[0]
    return Mention(span=name, text=name.of(news.text), kind=Kind.STATE)


def _split_last_conjunction(news: DocumentText, item: Span) -> list[Span]:
    """ "les États-Unis d’Amérique et la République orientale de l’Uruguay": two items, unless one state."""
    conjunctions = "|".join(re.escape(c) for c in news.words("list_conjunctions"))
    articles = "|".join(re.escape(a) for a in news.words("list_articles"))
    if not conjunctions:
        return [item]
    follower = rf"(?:(?:{articles})\s+|[A-ZÀ-ÝĐ])" if articles else r"[A-ZÀ-ÝĐ]"
    pattern = re.compile(rf"\s(?:{conjunctions})\s+(?={follower})")
    splits = list(pattern.finditer(news.text, item.start, item.end))
    if not splits or resolve.lookup(" ".join(item.of(news.text).split()), news.language, Kind.STATE):
        return [item]
    last = splits[-1]
    head = Span(item.start, last.start())
    tail = Span(last.end(), item.end)
    return [tail] if not head.of(news.text).strip() else [head, tail]


def _without_articles(news: DocumentText, item: Span) -> Span:
    """The item without surrounding space, a leading conjunction, and its leading articles."""
    text = news.text
    leading = news.words("list_conjunctions") + news.words("list_articles")
    start, end = item.start, item.end
    while end > start and text[end - 1].isspace():
        end -= 1
    changed = True
    while changed:
        changed = False
        while start < end and text[start].isspace():
            start += 1
        for word in sorted(leading, key=len, reverse=True):
            if re.match(rf"{re.escape(word)}(?:\s+|(?<=[’']))", text[start:end]):
                start += re.match(rf"{re.escape(word)}\s*", text[start:end]).end()  # type: ignore[union-attr]
                changed = True
                break
    return Span(start, end)
