"""Series of resolutions: works of one kind under one English name, in the order of their dates.

A resolution taken up again each session keeps its title (A/RES/71/212, 72/200
and 73/218 are all "Information and communications technologies for
development"), so works that share a kind and an English name form a series.
For each member the timeline shows what it asks and of whom (from the documents
of the build that realise it) and what changed from the previous member that
the build holds: requests added and dropped.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from kg.views.gather import ViewData

__all__ = ["SERIES_KINDS", "Member", "Series", "series"]

SERIES_KINDS = {"resolution", "decision"}


@dataclass(frozen=True)
class Member:
    work: str
    symbol: str
    year: int | None
    date: str
    asks: tuple[str, ...]  # "action: addressee", as the build read them; () when no document of it was read
    read: bool  # whether the build holds a document of this work
    added: tuple[str, ...]
    dropped: tuple[str, ...]


@dataclass(frozen=True)
class Series:
    name: str
    members: tuple[Member, ...]


def series(data: ViewData) -> list[Series]:
    """The series of the build (two members or more), by name."""
    by_name: dict[str, list[str]] = defaultdict(list)
    for iri, entity in data.entities.items():
        name = entity.names.get("en") or min(entity.titles, default="")
        if name and entity.kinds & SERIES_KINDS and entity.year is not None:
            by_name[" ".join(name.casefold().split())].append(iri)
    asks = _asks_by_work(data)
    found = []
    for works in by_name.values():
        if len(works) > 1:
            ordered = sorted(works, key=lambda w: (min(data.entities[w].dates), data.entities[w].label))
            first = data.entities[ordered[0]]
            found.append(Series(first.names.get("en") or min(first.titles), _members(data, ordered, asks)))
    return sorted(found, key=lambda s: (s.name.casefold(), s.members[0].work))


def _asks_by_work(data: ViewData) -> dict[str, set[str]]:
    asks: dict[str, set[str]] = defaultdict(set)
    work_of = {facts.document.iri: facts.document.work for facts in data.documents.values()}
    for commitment in data.commitments():
        work = work_of.get(commitment.doc)
        for addressee in commitment.addressees or ("",):
            whom = data.entities[addressee].label if addressee in data.entities else addressee
            asks[work or ""].add(f"{commitment.action}: {whom}" if whom else commitment.action)
    return asks


def _members(data: ViewData, works: list[str], asks: dict[str, set[str]]) -> tuple[Member, ...]:
    read = {facts.document.work for facts in data.documents.values()}
    members = []
    previous: set[str] | None = None
    for work in works:
        entity = data.entities[work]
        these = asks.get(work, set())
        is_read = work in read
        added = sorted(these - previous) if is_read and previous is not None else []
        dropped = sorted(previous - these) if is_read and previous is not None else []
        members.append(
            Member(
                work,
                entity.label,
                entity.year,
                min(entity.dates),
                tuple(sorted(these)),
                is_read,
                tuple(added),
                tuple(dropped),
            )
        )
        if is_read:
            previous = these
    return tuple(members)
