"""Series of resolutions: works of one kind under one English name, in the order of their dates.

A resolution taken up again each session keeps its title (A/RES/71/212, 72/200
and 73/218 are all "Information and communications technologies for
development"), so works that share a kind and an English name form a series.
For each member the timeline shows what it asks and of whom (from the documents
of the build that realise it) and what changed from the previous member that
the build holds: requests added and dropped, and the paragraphs the linking stage
(:mod:`kg.lifecycle`) aligned and found added, dropped, strengthened or weakened.
The page also lists the discrepancies between the language versions and stages
of one instrument (the ``discrepancies`` query).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from kg.views.gather import SERIES_KINDS, ViewData

__all__ = [
    "MAX_DISCREPANCIES",
    "MAX_SERIES",
    "SERIES_KINDS",
    "SERIES_MEMBERS",
    "Discrepancy",
    "Member",
    "Series",
    "discrepancies",
    "most_members",
    "series",
]

#: The page draws at most this many series in full, those of most members first; it lists the others by name.
MAX_SERIES = 40
#: Of a series drawn, the latest this many members are drawn; the earlier ones are counted.
SERIES_MEMBERS = 25
#: The page names at most this many series it does not draw.
LISTED_SERIES = 2000
#: The page lists at most this many discrepancies, in the query's order, and counts the others.
MAX_DISCREPANCIES = 300


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
    #: The paragraphs that changed from the previous member of the series, as the linking stage aligned them.
    changes: tuple[str, ...] = ()


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
    changes = _paragraph_changes(data)
    found = []
    for works in by_name.values():
        if len(works) > 1:
            ordered = sorted(works, key=lambda w: (min(data.entities[w].dates), data.entities[w].label))
            first = data.entities[ordered[0]]
            members = tuple(replace(m, changes=tuple(changes.get(m.work, ()))) for m in _members(data, ordered, asks))
            found.append(Series(first.names.get("en") or min(first.titles), members))
    return sorted(found, key=lambda s: (s.name.casefold(), s.members[0].work))


def most_members(found: list[Series], keep: int = MAX_SERIES) -> tuple[list[Series], list[Series]]:
    """The ``keep`` series of most members (ties by name), and the others in the same order."""
    ranked = sorted(found, key=lambda s: (-len(s.members), s.name.casefold(), s.members[0].work))
    return ranked[:keep], ranked[keep:]


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


def _paragraph_changes(data: ViewData) -> dict[str, list[str]]:
    """By work, what changed paragraph by paragraph from the member before it: "¶2 added",
    "¶8 → ¶9 deadline: session 79 of the General Assembly only in the target"."""
    changes: dict[str, list[str]] = defaultdict(list)
    for row in data.lifecycle.get("series-changes", []):
        if "change" in row:
            before, after = row.get("previousParagraph"), row.get("paragraph")
            where = " → ".join(f"¶{number}" for number in (before, after) if number)
            detail = "" if row["change"] in ("added", "dropped") else f": {row['detail']}"
            changes[row["resolution"]].append(f"{where} {row['change']}{detail}".strip())
    return changes


@dataclass(frozen=True)
class Discrepancy:
    """Two versions or stages of one instrument that differ in one paragraph."""

    symbol: str
    comparison: str  # "language-version" or "stage"
    paragraph: str
    difference: str
    detail: str
    source: str  # "decides (decision)": the verb that opens the paragraph of each side, with its force
    target: str


def discrepancies(data: ViewData) -> list[Discrepancy]:
    """The discrepancies between language versions and stages the linking stage found, in the query's order."""
    return [
        Discrepancy(
            row.get("symbol") or row.get("work", ""),
            row["comparison"],
            row.get("paragraph", ""),
            row["difference"],
            row["detail"],
            _verb(row, "source"),
            _verb(row, "target"),
        )
        for row in data.lifecycle.get("discrepancies", [])
    ]


def _verb(row: dict[str, str], side: str) -> str:
    action, force = row.get(f"{side}Action"), row.get(f"{side}Force")
    return f"{action} ({force})" if action else ""
