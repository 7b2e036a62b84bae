"""What a build says about each document, read through the named queries of the query contract.

The evaluation measures what users see, so it reads the build only through
``documents``, ``citations``, ``commitments``, ``actors``, ``posts``,
``statistics``, ``events`` and ``mentions`` and gathers their rows into one
:class:`DocumentFacts` a document: plain Python values, no RDF, so that the
scorer can also be given facts composed by hand.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

__all__ = [
    "Actor",
    "Citation",
    "Commitment",
    "DocumentFacts",
    "Event",
    "Figure",
    "Post",
    "facts_from_rows",
    "read_build",
]

_CONTRACT = ("documents", "citations", "commitments", "actors", "posts", "statistics", "events", "mentions")


@dataclass
class Actor:
    kind: str
    name: str = ""
    code: str = ""
    labels: list[str] = field(default_factory=list)

    def names(self) -> list[str]:
        return [n for n in (self.name, *self.labels) if n]


@dataclass
class Citation:
    symbol: str = ""
    name: str = ""
    date: str = ""
    quotes: list[str] = field(default_factory=list)

    def names(self) -> list[str]:
        return [n for n in (self.name, *self.quotes) if n]


@dataclass
class Commitment:
    section: str = ""
    paragraph: str = ""
    issuer: list[str] = field(default_factory=list)  # every name of every issuer
    # each issuer apart, by its IRI: a joint stance has several (one row of ``commitments`` each)
    issuers: dict[str, Actor] = field(default_factory=dict)
    action: str = ""
    force: str = ""
    addressees: list[str] = field(default_factory=list)
    deadlines: list[str] = field(default_factory=list)
    text: str = ""


@dataclass
class Figure:
    value: str
    unit: str = ""
    measure: str = ""
    area: list[str] = field(default_factory=list)
    period: str = ""
    qualifier: str = ""
    text: str = ""


@dataclass
class Event:
    names: list[str] = field(default_factory=list)
    kind: str = ""
    place: list[str] = field(default_factory=list)
    start: str = ""
    end: str = ""


@dataclass
class Post:
    person: str
    post: str = ""
    organization: list[str] = field(default_factory=list)
    written: str = ""  # the post as the text writes it, where the build names it in English


@dataclass
class DocumentFacts:
    """The facts a build holds for one document, as users see them through the queries."""

    source: str
    kind: str = ""
    symbol: str = ""
    date: str = ""
    title: str = ""
    in_force: str = ""
    last_day_in_force: str = ""
    issuer: list[str] = field(default_factory=list)
    signer: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def actors_of_kind(self, *kinds: str) -> list[Actor]:
        return [actor for actor in self.actors if actor.kind in kinds]

    def actors_except(self, *kinds: str) -> list[Actor]:
        return [actor for actor in self.actors if actor.kind not in kinds]


Row = Mapping[str, str]


def read_build(store: Any) -> dict[str, DocumentFacts]:
    """The facts of every document of a build, keyed by the file name of its source."""
    from kg.query import load_query, query_header, result_rows, run_query, sorted_query

    # Sorted, so that where rows disagree (two titles of one document) the same one is kept in every build.
    texts = {name: sorted_query(load_query(name), query_header(name).order) for name in _CONTRACT}
    return facts_from_rows({name: result_rows(run_query(store, text)) for name, text in texts.items()})


def facts_from_rows(rows: Mapping[str, Iterable[Row]]) -> dict[str, DocumentFacts]:
    """Gather the rows of the contract queries (name → rows of variable → value) by document."""
    documents: dict[str, DocumentFacts] = {}
    actors = _actors(rows.get("actors", []))
    for row in rows.get("documents", []):
        facts = documents.setdefault(row["doc"], DocumentFacts(source=PurePath(row.get("source", "")).name))
        facts.kind = facts.kind or row.get("kind", "")
        facts.symbol = facts.symbol or row.get("symbol", "")
        facts.date = facts.date or row.get("date", "")
        facts.title = facts.title or row.get("title", "")
        facts.in_force = facts.in_force or row.get("inForce", "")
        facts.last_day_in_force = facts.last_day_in_force or row.get("lastDayInForce", "")
        if row.get("issuer"):
            _add_once(facts.issuer, *_known_as(actors, row["issuer"]))
        if row.get("signer"):
            _add_once(facts.signer, *_known_as(actors, row["signer"]))
    mentioned = _mentions(rows.get("mentions", []))
    _add_actors(documents, actors, mentioned)
    _add_citations(documents, rows.get("citations", []), mentioned)
    _add_commitments(documents, rows.get("commitments", []), actors)
    for row in rows.get("statistics", []):
        _document(documents, row).figures.append(_figure(row))
    _add_events(documents, rows.get("events", []), mentioned)
    _add_posts(documents, rows.get("posts", []), actors)
    return {facts.source: facts for facts in documents.values()}


def _document(documents: dict[str, DocumentFacts], row: Row) -> DocumentFacts:
    return documents.setdefault(row["doc"], DocumentFacts(source=row["doc"]))


def _mentions(rows: Iterable[Row]) -> dict[str, dict[str, list[str]]]:
    """Document → entity → the quotes of its mentions there, in order."""
    mentioned: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        quotes = mentioned[row["doc"]][row["entity"]]
        if row.get("quote") and row["quote"] not in quotes:
            quotes.append(row["quote"])
    return mentioned


def _actors(rows: Iterable[Row]) -> dict[str, Actor]:
    actors: dict[str, Actor] = {}
    for row in rows:
        actor = actors.setdefault(row["actor"], Actor(kind=row.get("kind", "")))
        actor.name = actor.name or row.get("name", "")
        actor.code = actor.code or row.get("code", "")
        if row.get("label") and row["label"] not in actor.labels:
            actor.labels.append(row["label"])
    return actors


def _add_actors(documents: dict[str, DocumentFacts], actors: Mapping[str, Actor], mentioned: Mapping[str, Any]) -> None:
    for doc, entities in mentioned.items():
        if doc not in documents:
            continue
        for entity, quotes in entities.items():
            if entity in actors:
                known = actors[entity]
                # The labels of the document's own mentions first: what this text calls the actor.
                labels = quotes + [label for label in known.labels if label not in quotes]
                documents[doc].actors.append(Actor(known.kind, known.name, known.code, labels))


def _add_citations(documents: dict[str, DocumentFacts], rows: Iterable[Row], mentioned: Mapping[str, Any]) -> None:
    for row in rows:
        quotes = list(mentioned.get(row["doc"], {}).get(row["instrument"], []))
        citation = Citation(row.get("symbol", ""), row.get("name", ""), row.get("date", ""), quotes)
        _document(documents, row).citations.append(citation)


def _add_commitments(documents: dict[str, DocumentFacts], rows: Iterable[Row], actors: Mapping[str, Actor]) -> None:
    commitments: dict[str, Commitment] = {}
    for row in rows:
        commitment = commitments.get(row["commitment"])
        if commitment is None:
            commitment = Commitment(
                section=row.get("section", ""),
                paragraph=row.get("paragraph", ""),
                action=row.get("action", ""),
                force=row.get("force", ""),
                text=row.get("text", ""),
            )
            commitments[row["commitment"]] = commitment
            _document(documents, row).commitments.append(commitment)
        # An issuer or addressee is known by every name the build gives it: English, code, surface forms.
        _add_once(commitment.issuer, row.get("issuerName"), *_known_as(actors, row.get("issuer")))
        if row.get("issuer") and row["issuer"] not in commitment.issuers:
            known = actors.get(row["issuer"])
            commitment.issuers[row["issuer"]] = known or Actor("", row.get("issuerName") or row["issuer"])
        _add_once(commitment.addressees, row.get("addresseeName"), *_known_as(actors, row.get("addressee")))
        _add_once(commitment.deadlines, row.get("deadline"), row.get("cycle"), row.get("within"))


def _known_as(actors: Mapping[str, Actor], iri: str | None) -> list[str]:
    actor = actors.get(iri or "")
    return [iri or ""] if actor is None else [actor.name, actor.code, *actor.labels]


def _add_once(values: list[str], *candidates: str | None) -> None:
    for candidate in candidates:
        if candidate and candidate not in values:
            values.append(candidate)


def _figure(row: Row) -> Figure:
    area = [a for a in (row.get("areaName", ""), row.get("area", "")) if a]
    return Figure(
        value=row.get("value", ""),
        unit=row.get("unit", ""),
        measure=row.get("measure", ""),
        area=area,
        period=row.get("period", ""),
        qualifier=row.get("qualifier", ""),
        text=row.get("text", ""),
    )


def _add_events(documents: dict[str, DocumentFacts], rows: Iterable[Row], mentioned: Mapping[str, Any]) -> None:
    events: dict[tuple[str, str], Event] = {}
    for row in rows:
        event = events.get((row["doc"], row["event"]))
        if event is None:
            event = Event(kind=row.get("kind", ""), start=row.get("start", ""), end=row.get("end", ""))
            events[(row["doc"], row["event"])] = event
            _document(documents, row).events.append(event)
            # Users see an event's words through its mentions, also where it has no label of its own.
            _add_once(event.names, *mentioned.get(row["doc"], {}).get(row["event"], []))
        _add_once(event.names, row.get("name"))
        _add_once(event.place, row.get("placeName"), row.get("place"))


def _add_posts(documents: dict[str, DocumentFacts], rows: Iterable[Row], actors: Mapping[str, Actor]) -> None:
    for row in rows:
        # the organisation by its English name where it has one, else by every name the build gives it
        # ("Emmaüs France", minted from a French text, has no English name)
        organization: list[str] = []
        _add_once(organization, row.get("organizationName"), *_known_as(actors, row.get("organization")))
        post = Post(row.get("name", ""), row.get("post", ""), organization, row.get("written", ""))
        _document(documents, row).posts.append(post)
