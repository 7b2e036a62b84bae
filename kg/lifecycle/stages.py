"""The stages of an instrument linked to each other, each link with the rule that made it.

Rules (the ``pk:linkRule`` of each link):

* ``report-carries-draft``: a report that recommends exactly one draft carries its text (the
  draft's paragraphs are the report's own preamble and operative paragraphs).
* ``report-recommends-draft``: a resolution adopted on a report is adopted from the draft the
  report recommends, when the report's session and committee, where both texts state them,
  are the resolution's (a report of another session or committee is another report).
* ``draft-title-and-session``: a resolution that no report in the build links is adopted from the
  one draft read in the build of its session (and agenda item, where both state one) whose title
  it bears in a language both are named in (a draft of another session, agenda item or title is
  another draft).
* ``draft-gazetteer-title-and-session``: the same, for a draft and a resolution named in no common
  language, whose titles are names of one entity of the gazetteers ("Pacte mondial pour des
  migrations sûres, ordonnées et régulières" and "Global Compact for Safe, Orderly and Regular
  Migration"); a title the gazetteers do not know, whole, links nothing across languages.
* ``symbol-revision`` / ``symbol-corrigendum``: ``X/Rev.1`` revises ``X`` and ``X/Corr.1``
  corrects it, for works the build holds, by their symbols alone (``A/C.2/72/L.6`` is no
  original of ``A/C.2/72/L.66/Rev.1``).
* ``same-title-and-committee``: a resolution follows the one of the same English title and
  committee at the latest earlier session (see :func:`series`).
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from dataclasses import dataclass

from kg import resolve
from kg.graph.terms import PK
from kg.lifecycle.reading import Reading, Work

__all__ = ["Link", "series", "stage_links"]


#: A revision's or a corrigendum's suffix, and the symbol it follows: "A/C.2/72/L.66/Rev.1".
_SUFFIX = re.compile(r"^(?P<original>.+)/(?P<what>Rev|Corr)\.\d+$")


@dataclass(frozen=True, order=True)
class Link:
    subject: str
    property: str  # a pk: property IRI
    object: str
    rule: str


def stage_links(reading: Reading) -> list[Link]:
    """Every link between stages the build's texts support, in a stable order."""
    adopted = _adopted_from(reading)
    links = [*_carried_drafts(reading), *adopted, *_titled_drafts(reading, {link.subject for link in adopted})]
    links.extend(_suffixed(reading))
    for members in series(reading):
        links.extend(
            Link(later, PK.previousInSeries.value, earlier, "same-title-and-committee")
            for earlier, later in itertools.pairwise(members)
        )
    return sorted(set(links))


def _carried_drafts(reading: Reading) -> list[Link]:
    links = []
    for version in reading.versions.values():
        drafts = reading.works[version.work].recommends
        if len(drafts) == 1:
            (draft,) = drafts
            version.carries.add(draft)
            links.append(Link(version.iri, PK.carriesTextOf.value, draft, "report-carries-draft"))
    return links


def _adopted_from(reading: Reading) -> list[Link]:
    links = []
    for resolution in reading.works.values():
        for report_iri in sorted(resolution.adopted_on):
            report = reading.works.get(report_iri)
            if report is None or len(report.recommends) != 1 or not _same_stage(resolution, report):
                continue
            (draft,) = report.recommends
            links.append(Link(resolution.iri, PK.adoptedFrom.value, draft, "report-recommends-draft"))
    return links


def _titled_drafts(reading: Reading, linked: set[str]) -> list[Link]:
    """A resolution no report links is adopted from the one draft the build read of its session and title."""
    read = {version.work for version in reading.versions.values()}
    drafts = [w for w in reading.works.values() if "draft-resolution" in w.kinds and w.iri in read]
    links = []
    for resolution in reading.works.values():
        if resolution.iri in linked or resolution.iri not in read or not resolution.kinds & set(SERIES_KINDS):
            continue
        matching = [
            (draft, rule)
            for draft in drafts
            if _same_session_and_item(draft, resolution) and (rule := _title_rule(draft, resolution))
        ]
        if resolution.session is not None and len(matching) == 1:
            ((draft, rule),) = matching
            links.append(Link(resolution.iri, PK.adoptedFrom.value, draft.iri, rule))
    return links


def _same_session_and_item(draft: Work, resolution: Work) -> bool:
    """One session, and one agenda item where both texts state theirs."""
    if draft.session != resolution.session:
        return False
    return not (draft.agenda_items and resolution.agenda_items and not draft.agenda_items & resolution.agenda_items)


def _title_rule(draft: Work, resolution: Work) -> str | None:
    """The rule by which two works bear one title, if they do: in a common language, or across languages
    by the gazetteers (only when they share no language: there the titles themselves are compared)."""
    if draft.titles.keys() & resolution.titles.keys():
        return "draft-title-and-session" if _same_title(draft, resolution) else None
    if _gazetteer_names(draft) & _gazetteer_names(resolution):
        return "draft-gazetteer-title-and-session"
    return None


def _same_title(one: Work, other: Work) -> bool:
    """Whether two works bear one title in a language both are named in (a gazetteer's name counts)."""
    return any(
        _folded(title) == _folded(other.titles[language])
        for language, title in one.titles.items()
        if language in other.titles
    )


def _gazetteer_names(work: Work) -> set[str]:
    """The keys of the gazetteers' entities that a work's titles name, whole, in their languages."""
    found = set()
    for language, title in work.titles.items():
        entity = resolve.lookup(title, language or None)
        if entity is not None:
            found.add(entity.key)
    return found


def _folded(title: str) -> str:
    return " ".join(title.casefold().split())


def _same_stage(resolution: Work, report: Work) -> bool:
    """Whether what both texts state of session and committee agrees."""
    if resolution.session and report.session and resolution.session != report.session:
        return False
    return not (resolution.committees and report.committees and not resolution.committees & report.committees)


def _suffixed(reading: Reading) -> list[Link]:
    by_symbol = {work.symbol: work.iri for work in reading.works.values() if work.symbol}
    links = []
    for symbol, iri in by_symbol.items():
        match = _SUFFIX.match(symbol)
        original = by_symbol.get(match.group("original")) if match else None
        if match and original:
            revision = match.group("what") == "Rev"
            prop, rule = ("revisionOf", "symbol-revision") if revision else ("corrigendumOf", "symbol-corrigendum")
            links.append(Link(iri, PK[prop].value, original, rule))
    return links


#: The kinds of work that form series.
SERIES_KINDS = ("resolution", "decision")


def series(reading: Reading) -> list[list[str]]:
    """Works of one kind, English title and committee across sessions, two or more, earliest first.

    A work with no committee stated joins only works with none either: a committee named
    on one side and not on the other is not known to be the same.
    """
    groups: dict[tuple[str, str, tuple[str, ...]], list[Work]] = defaultdict(list)
    for work in reading.works.values():
        kinds = sorted(work.kinds & set(SERIES_KINDS))
        title = work.titles.get("en")
        if kinds and title and work.session is not None:
            groups[(kinds[0], _folded(title), tuple(sorted(work.committees)))].append(work)
    found = []
    for members in groups.values():
        sessions = {work.session for work in members}
        if len(sessions) > 1:
            ordered = sorted(members, key=lambda work: (work.session or 0, work.iri))
            found.append([work.iri for work in ordered])
    return sorted(found)
