"""Actors in news prose: organisations, persons with their posts, places.

Known entities (states, UN bodies, IOM, places such as Hà Nội) come from the
resolution layer (:func:`kg.resolve.find_mentions`). Unknown organisations and
persons are found by structure, with the pack's words:

* an organisation is a head word of ``organization_heads`` ("Bộ", "Cục",
  "Hội") followed by a name (see :mod:`kg.builders.news.names`), or one of
  ``extra["standalone_organizations"]`` ("Quốc hội"); a government agency is
  scoped to the language's ``extra["home_state"]``; its parent is the
  organisation written right after it ("Cục Lãnh sự, Bộ Ngoại giao") or, for
  departments whose parent is fixed by law, the one in
  ``extra["parent_organizations"]`` when the text names it;
* a person is a name after a post ("Phó Cục trưởng Cục Lãnh sự Phan Thị
  Minh Giang": post, organisation, person) or after an honorific ("bà
  Mitsue Pembroke, Quyền Trưởng đại diện Phái đoàn IOM").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from kg import resolve
from kg.builders.news.names import capitalized_run, name_end, organization_rules
from kg.builders.news.text import NewsText, find_phrases, key_of, opens_name, skip_spaces, starts_with_phrase
from kg.model import Mention, PostHolding, Span

__all__ = ["Actors", "find_actors", "place_after"]

#: Separators that put an organisation's parent right after it ("Cục Lãnh sự, Bộ Ngoại giao").
_PARENT_LINK = re.compile(r"\s*(?:,|\(|–|-)\s*")


@dataclass
class Actors:
    known: list[Mention] = field(default_factory=list)  # from the resolution layer
    organizations: list[Mention] = field(default_factory=list)
    persons: list[Mention] = field(default_factory=list)
    posts: list[PostHolding] = field(default_factory=list)
    post_mentions: list[Mention] = field(default_factory=list)  # posts held by no named person

    def all_mentions(self) -> list[Mention]:
        return [*self.known, *self.organizations, *self.persons, *self.post_mentions]

    def organization_at(self, position: int) -> Mention | None:
        """The organisation (known or found) that starts at ``position``."""
        return next((m for m in self._organizations() if m.span.start == position), None)

    def organization_starting_after(self, position: int, reach: int = 6) -> Mention | None:
        """The first organisation that starts just after ``position`` (past a space or an article: "charge le")."""
        candidates = [m for m in self._organizations() if 0 <= m.span.start - position <= reach]
        return min(candidates, key=lambda m: m.span.start, default=None)

    def organization_ending_before(self, position: int, reach: int = 3) -> Mention | None:
        """The organisation that ends just before ``position`` (the subject of a verb there)."""
        candidates = [m for m in self._organizations() if 0 <= position - m.span.end <= reach]
        return max(candidates, key=lambda m: m.span.end, default=None)

    def _organizations(self) -> list[Mention]:
        return [*self.organizations, *(m for m in self.known if m.kind not in _NOT_ORGANIZATIONS)]


def find_actors(news: NewsText) -> Actors:
    actors = Actors(known=_known_mentions(news))
    post_spans = _post_matches(news)
    organizations = _organizations(news, actors.known, [span for span, _ in post_spans])
    linked = {
        m.span: m
        for m in _with_parents(news, sorted([*organizations, *_known_organizations(actors)], key=lambda m: m.span))
    }
    actors.organizations = [linked[m.span] for m in organizations]
    actors.known = [linked.get(m.span, m) if m.kind not in _NOT_ORGANIZATIONS else m for m in actors.known]
    _persons_and_posts(news, actors, post_spans)
    _persons_by_honorific(news, actors)
    return actors


# --- known entities -------------------------------------------------------------------


def _known_mentions(news: NewsText) -> list[Mention]:
    found: list[Mention] = []
    for main in news.main_spans:
        found.extend(resolve.find_mentions(news.text, news.language, start=main.start, end=main.end))
    return found


#: Kinds of known mention that are not organisations.
_NOT_ORGANIZATIONS = frozenset({"state", "place", "person", "post", "group-of-states"})


def _known_organizations(actors: Actors) -> list[Mention]:
    return [m for m in actors.known if m.kind not in _NOT_ORGANIZATIONS and m.parent is None]


def _overlaps(span: Span, others: Iterable[Span]) -> bool:
    return any(span.start < other.end and other.start < span.end for other in others)


# --- organisations ----------------------------------------------------------------------


def _organizations(news: NewsText, known: list[Mention], post_spans: list[Span]) -> list[Mention]:
    """Organisations found by structure, where the resolution layer found nothing as long.

    A name may hold a known one ("Việt Nam" in "Hội Liên hiệp phụ nữ Việt Nam"): both are kept.
    """
    found: list[Mention] = []
    for main in news.main_spans:
        for mention in [*_headed_organizations(news, main), *_standalone_organizations(news, main)]:
            rivals = [m.span for m in known if not _inside(m.span, mention.span)] + post_spans
            if not _overlaps(mention.span, rivals + [m.span for m in found]):
                found.append(mention)
    return sorted(found, key=lambda m: m.span)


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and inner != outer


def _headed_organizations(news: NewsText, main: Span) -> list[Mention]:
    heads = news.pack.organization_heads
    rules = organization_rules(news)
    found = []
    for match in find_phrases(news.text, heads, main.start, main.end):
        name_start = skip_spaces(news.text, match.end(), main.end)
        end = name_end(news, name_start, main.end, rules)
        if end <= name_start:
            continue  # a head word with no name after it ("Hội thảo", "Bộ này")
        kind = heads[key_of(match.group(), heads)]
        found.append(_organization(news, Span(match.start(), end), kind))
    return found


def _standalone_organizations(news: NewsText, main: Span) -> list[Mention]:
    names = news.mapping("standalone_organizations")
    found = []
    for match in find_phrases(news.text, names, main.start, main.end):
        mention = _organization(news, Span(match.start(), match.end()), "government-agency")
        found.append(replace(mention, name=names[key_of(match.group(), names)]))
    return found


def _organization(news: NewsText, span: Span, kind: str) -> Mention:
    scope = news.extra.get("home_state") if kind == "government-agency" else None
    return Mention(span=span, text=span.of(news.text), kind=kind, scope=scope if isinstance(scope, str) else None)


def _with_parents(news: NewsText, organizations: list[Mention]) -> list[Mention]:
    by_start = {m.span.start: m for m in organizations}
    known_parents = {child: parent for child, parent in news.extra.get("parent_organizations", ())}
    first_named: dict[str, Mention] = {}
    for mention in organizations:
        first_named.setdefault(mention.text, mention)
    linked = []
    for mention in organizations:
        parent = _written_parent(news, mention, by_start) or first_named.get(known_parents.get(mention.text, ""))
        linked.append(replace(mention, parent=parent) if parent and parent is not mention else mention)
    return linked


def _written_parent(news: NewsText, mention: Mention, by_start: dict[int, Mention]) -> Mention | None:
    link = _PARENT_LINK.match(news.text, mention.span.end)
    if not link or not link.group().strip():
        return None
    parent = by_start.get(link.end())
    return parent if parent and parent.kind == mention.kind else None


# --- persons and posts ---------------------------------------------------------------------


def _post_matches(news: NewsText) -> list[tuple[Span, str]]:
    """Where posts are named, as (span, post as listed in the pack); case as written."""
    found = []
    for main in news.main_spans:
        for match in find_phrases(news.text, news.pack.posts, main.start, main.end):
            found.append((Span(match.start(), match.end()), key_of(match.group(), news.pack.posts)))
    return found


def _persons_and_posts(news: NewsText, actors: Actors, post_spans: list[tuple[Span, str]]) -> None:
    """Post, optional organisation, then a person's name: "Phó Cục trưởng Cục Lãnh sự Phan Thị Minh Giang"."""
    seen: set[tuple[str, str, str]] = set()
    for span, post in post_spans:
        # "Bộ trưởng Bộ Ngoại giao": the gazetteer may know the post with its ministry as one name.
        known_post = next(
            (m for m in actors.known if m.kind == "post" and m.span.start == span.start and m.span.end > span.end), None
        )
        position = skip_spaces(news.text, known_post.span.end if known_post else span.end)
        organization = None if known_post else actors.organization_at(position)
        if organization:
            position = skip_spaces(news.text, organization.span.end)
        person = _person_at(news, actors, position)
        if person is None:
            if not any(m.span == span for m in actors.known):
                actors.post_mentions.append(_post_mention(news, span, post, organization))
            continue
        actors.persons.append(person)
        holding_key = (person.text, post, organization.text if organization else "")
        if holding_key not in seen:
            seen.add(holding_key)
            actors.posts.append(
                PostHolding(
                    span=Span(span.start, person.span.end),
                    person=person,
                    post=post,
                    post_name=known_post.name if known_post and known_post.name else news.pack.posts[post],
                    organization=organization,
                    known_post=known_post,
                )
            )


def _post_mention(news: NewsText, span: Span, post: str, organization: Mention | None) -> Mention:
    """A post named without its holder ("Thủ tướng Chính phủ"): an actor that may issue instruments."""
    scope = news.extra.get("home_state")
    return Mention(
        span=span,
        text=span.of(news.text),
        kind="post",
        scope=scope if isinstance(scope, str) else None,
        parent=organization,
        name=news.pack.posts[post],
    )


def _person_at(news: NewsText, actors: Actors, position: int) -> Mention | None:
    """The person whose name starts at ``position``: capitalised words that name nothing else."""
    if position >= len(news.text) or not opens_name(news.text[position]):
        return None
    if actors.organization_at(position) or any(m.span.start == position for m in actors.known):
        return None
    if starts_with_phrase(news.text, position, news.pack.organization_heads, ignore_case=False):
        return None
    end = capitalized_run(news, position, len(news.text))
    if end <= position:
        return None
    return Mention(span=Span(position, end), text=news.text[position:end], kind="person")


def _persons_by_honorific(news: NewsText, actors: Actors) -> None:
    """A name after an honorific ("bà ..."), with the post an apposition gives ("..., Trưởng đại diện")."""
    taken = [p.span for p in actors.persons]
    honorifics = set(news.pack.honorifics)
    for main in news.main_spans:
        for match in find_phrases(news.text, news.pack.honorifics, main.start, main.end, ignore_case=True):
            # "Ông Nguyễn Văn Long cho biết": capitalised, an honorific only where a sentence opens,
            # and before a name of two words at least ("tỉnh Bà Rịa" names a province).
            capitalised = match.group() not in honorifics
            if capitalised and not _opens_sentence(news.text, main.start, match.start()):
                continue
            position = skip_spaces(news.text, match.end(), main.end)
            person = _person_at(news, actors, position)
            if person is None or _overlaps(person.span, taken) or (capitalised and len(person.text.split()) < 2):
                continue
            actors.persons.append(person)
            taken.append(person.span)
            holding = _apposition_post(news, actors, person)
            if holding:
                actors.posts.append(holding)


def _opens_sentence(text: str, floor: int, position: int) -> bool:
    before = text[floor:position].rstrip()
    return not before or before[-1] in ".!?:;\n\"“”-–—"


def _apposition_post(news: NewsText, actors: Actors, person: Mention) -> PostHolding | None:
    link = re.compile(r"\s*[,–-]\s*").match(news.text, person.span.end)
    if not link:
        return None
    post = starts_with_phrase(news.text, link.end(), news.pack.posts, ignore_case=False)
    if not post:
        return None
    post_key = key_of(post, news.pack.posts)
    organization = actors.organization_at(skip_spaces(news.text, link.end() + len(post)))
    end = organization.span.end if organization else link.end() + len(post)
    return PostHolding(
        span=Span(person.span.start, end),
        person=person,
        post=post_key,
        post_name=news.pack.posts[post_key],
        organization=organization,
    )


# --- places ------------------------------------------------------------------------------------


def _known_place_at(actors: Actors, position: int) -> Mention | None:
    return next((m for m in actors.known if m.span.start == position and m.kind in ("place", "state")), None)


def place_after(news: NewsText, actors: Actors, start: int, end: int) -> Mention | None:
    """The first place named after a place preposition in ``text[start:end]`` ("tại tỉnh Vĩnh Phúc")."""
    for match in find_phrases(news.text, news.words("place_prepositions"), start, end):
        position = skip_spaces(news.text, match.end(), end)
        known = _known_place_at(actors, position)
        prefix = starts_with_phrase(news.text, position, news.words("place_prefixes"))
        if prefix and not known:
            position = skip_spaces(news.text, position + len(prefix), end)
            known = _known_place_at(actors, position)
        if known:
            return known
        if actors.organization_at(position):
            continue
        stop = capitalized_run(news, position, end, max_tokens=4)
        if stop > position:
            return Mention(span=Span(position, stop), text=news.text[position:stop], kind="place")
    return None
