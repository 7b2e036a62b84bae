"""What the actor finders found in a text: the known entities, organisations, persons, posts.

Shared by :mod:`kg.finders.actors`, which finds the organisations, and
:mod:`kg.finders.persons`, which finds the persons and their posts.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from kg.finders.text import (
    DocumentText,
)
from kg.model import Kind, Mention, PostHolding, Span

__all__ = [
    "NOT_ORGANIZATIONS",
    "Actors",
    "base_form",
    "known_place_at",
    "moved",
    "organization_mention",
    "person_mention",
]


@dataclass
class Actors:
    known: list[Mention] = field(default_factory=list)  # from the resolution layer
    organizations: list[Mention] = field(default_factory=list)
    persons: list[Mention] = field(default_factory=list)
    posts: list[PostHolding] = field(default_factory=list)
    post_mentions: list[Mention] = field(default_factory=list)  # posts held by no named person
    collectives: list[Mention] = field(default_factory=list)  # "các bộ, ngành, địa phương": addressees only
    # companies named by their kind ("port operator SSA Marine") or pledging in pairs ("Boeing and Vietnam
    # Airlines will sign"): what they will do is their business, no commitment of the text's authorities
    companies: frozenset[Span] = frozenset()

    def all_mentions(self) -> list[Mention]:
        return [*self.known, *self.organizations, *self.persons, *self.post_mentions]

    def addressee_starting_after(self, position: int, reach: int = 6) -> Mention | None:
        """The organisation or collective that starts just after ``position``; of two that start together,
        the longer ("Ủy ban nhân dân các tỉnh, thành phố": the provinces' committees, not one of them), and
        of two as long the collective ("各有关部门" ends with the tail of a body's name)."""
        candidates = [
            m for m in [*self.collectives, *self.every_organization()] if 0 <= m.span.start - position <= reach
        ]
        return min(candidates, key=lambda m: (m.span.start, -m.span.end), default=None)

    def addressee_ending_before(self, position: int, reach: int = 3) -> Mention | None:
        """The organisation or collective that ends just before ``position``, the longer of two, the collective
        of two as long."""
        candidates = [m for m in [*self.collectives, *self.every_organization()] if 0 <= position - m.span.end <= reach]
        return max(candidates, key=lambda m: (m.span.end, -m.span.start), default=None)

    def organization_at(self, position: int) -> Mention | None:
        """The organisation (known or found) that starts at ``position``."""
        return next((m for m in self.every_organization() if m.span.start == position), None)

    def organization_starting_after(self, position: int, reach: int = 6) -> Mention | None:
        """The first organisation that starts just after ``position`` (past a space or an article: "charge le")."""
        candidates = [m for m in self.every_organization() if 0 <= m.span.start - position <= reach]
        return min(candidates, key=lambda m: m.span.start, default=None)

    def organization_ending_before(self, position: int, reach: int = 3) -> Mention | None:
        """The organisation that ends just before ``position`` (the subject of a verb there)."""
        candidates = [m for m in self.every_organization() if 0 <= position - m.span.end <= reach]
        return max(candidates, key=lambda m: m.span.end, default=None)

    def every_organization(self) -> list[Mention]:
        return [*self.organizations, *(m for m in self.known if m.kind not in NOT_ORGANIZATIONS)]


#: Kinds of known mention that are not organisations.
NOT_ORGANIZATIONS = frozenset({Kind.STATE, Kind.PLACE, Kind.PERSON, Kind.POST, Kind.GROUP_OF_STATES})


def organization_mention(news: DocumentText, span: Span, kind: str) -> Mention:
    scope = news.home_state if kind == Kind.GOVERNMENT_AGENCY else None
    return moved(news, Mention(span, "", kind), span, scope=scope if isinstance(scope, str) else None)


def moved(news: DocumentText, mention: Mention, span: Span, **changes: Any) -> Mention:
    """``mention`` moved to ``span`` (a name cut short, or run on to its state), named by the base form of what
    is written there."""
    written = span.of(news.text)
    base = base_form(news, written, person=mention.kind == Kind.PERSON)
    return replace(mention, span=span, text=base, written=written if base != written else None, **changes)


def person_mention(news: DocumentText, span: Span, key: str | None = None, name: str | None = None) -> Mention:
    """A person named at ``span``, labelled by the base form of the name ("Сергея Лаврова": "Сергей Лавров"),
    with the key and the English name the caller may already have."""
    return moved(news, Mention(span, "", Kind.PERSON, key=key, name=name), span)


def base_form(news: DocumentText, name: str, *, person: bool = False) -> str:
    """``name`` in its base form where the language declines names ("Шотландской национальной партии" →
    "Шотландская национальная партия"), as written elsewhere: the form a body or a person is keyed and
    labelled by."""
    based = news.extra.get("person_base_form" if person else "name_base_form")
    return based(name) if callable(based) else name


def known_place_at(actors: Actors, position: int) -> Mention | None:
    return next((m for m in actors.known if m.span.start == position and m.kind in (Kind.PLACE, Kind.STATE)), None)
