"""What the linking stage needs of a build, read from the documents' graphs into plain data.

The documents' named graphs are loaded into a store in memory, with the ranks of
the ontology's forces, and read in a fixed number of queries: works, their
language versions, and the paragraphs of each version with their commitments.

The store first holds the works and their versions, with the names and kinds of
the nodes the rules read (:func:`load`): which versions are compared follows from
those alone. The paragraphs and commitments, most of a graph, are then read only
for the versions compared, a few of a build's, from their own graphs
(:func:`read_facts`), so that what the stage holds grows with the works of a build
and the versions it aligns, not with every paragraph it read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode, QuerySolutions, RdfFormat, Store

from kg.graph.terms import DCTERMS, PK, RDF, RDFS, SKOS

__all__ = [
    "Commitment",
    "Paragraph",
    "Reading",
    "Version",
    "Work",
    "load",
    "nquads_terms",
    "objects_of",
    "read_facts",
    "read_store",
]

#: The sections whose paragraphs are compared: what a text says and asks.
COMPARED_SECTIONS = ("preamble", "operative")

_PREFIXES = """
PREFIX pk: <https://w3id.org/policy-kg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


@dataclass(frozen=True)
class Commitment:
    start: int
    action: str  # the action's local name: "decides"
    force: str  # the force's local name: "decision"
    rank: int  # 1 declaratory ... 4 decision
    addressees: frozenset[tuple[str, str]]  # (IRI, English label or the IRI)
    deadlines: frozenset[tuple[str, str]]  # (a year, date or session IRI, how to read it)


@dataclass
class Paragraph:
    iri: str
    section: str
    number: str | None
    start: int
    quote: str
    commitments: list[Commitment] = field(default_factory=list)


@dataclass
class Version:
    """One expression: a document read in one language."""

    iri: str
    work: str
    language: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    carries: set[str] = field(default_factory=set)  # works whose text it carries (a report's draft)


@dataclass
class Work:
    iri: str
    kinds: set[str] = field(default_factory=set)
    symbol: str | None = None
    session: int | None = None
    committees: set[str] = field(default_factory=set)
    agenda_items: set[int] = field(default_factory=set)
    titles: dict[str, str] = field(default_factory=dict)  # language → title
    adopted_on: set[str] = field(default_factory=set)
    recommends: set[str] = field(default_factory=set)


@dataclass
class Reading:
    works: dict[str, Work]
    versions: dict[str, Version]

    def versions_of(self, work: str) -> list[Version]:
        return sorted((v for v in self.versions.values() if v.work == work), key=lambda v: (v.language, v.iri))


def load(graphs: Callable[[], Iterable[bytes]], ontology_turtle: Iterable[bytes] = ()) -> Store:
    """A store in memory holding the works and versions of the N-Quads ``graphs()`` gives, with the names and
    kinds of the nodes the rules read, and the ontology's Turtle; the paragraphs are read later (:func:`read_facts`).

    The graphs are read twice (``graphs()`` gives them anew each time): first for the few nodes whose
    names and kinds the rules read (one graph may name a work another realizes, or an actor another's
    commitment addresses), then for their lines.
    """
    named = objects_of(graphs(), _NAMED_BY)
    store = Store()
    for data in graphs():
        wanted = read_lines(data, named)
        if wanted:
            store.bulk_load(wanted, format=RdfFormat.N_QUADS)
    for data in ontology_turtle:
        store.bulk_load(data, format=RdfFormat.TURTLE)
    return store


def nquads_terms(*terms: NamedNode) -> frozenset[bytes]:
    """The terms as N-Quads write them: ``<IRI>``."""
    return frozenset(f"<{term.value}>".encode() for term in terms)


#: What the rules read of a document's graph to link its work: the work's and the version's own statements.
_READ = nquads_terms(
    DCTERMS.language, DCTERMS.title, PK.realizes, PK.symbol, PK.session, PK.committee, PK.agendaItem, PK.adoptedOn,
    PK.recommends,
)  # fmt: skip
#: What the rules read of a compared version's paragraphs and commitments, besides their kinds.
_FACT_READ = nquads_terms(
    PK.paragraphNumber, PK.inParagraph, PK.action, PK.force, PK.addressee, PK.deadline, PK.dueAtSession,
)  # fmt: skip
#: Where a paragraph of a compared section stands, and its words; of a commitment, only its start.
_START, _IN_DOCUMENT, _SECTION, _IN_PARAGRAPH, _QUOTE = (
    nquads_terms(term) for term in (PK.start, PK.inDocument, PK.section, PK.inParagraph, PK.quote)
)
#: The compared sections as N-Quads write them: ``"preamble"``.
_COMPARED = frozenset(f'"{section}"'.encode() for section in COMPARED_SECTIONS)
#: The nodes whose kinds and names the rules read: works, addressees, deadlines (a graph names many more).
_NAMED_BY = nquads_terms(PK.realizes, PK.addressee, PK.deadline, PK.dueAtSession)
_NAMES = nquads_terms(SKOS.prefLabel, RDFS.label)
_TYPE = nquads_terms(RDF.type)


def objects_of(graphs: Iterable[bytes], predicates: frozenset[bytes]) -> set[bytes]:
    """The IRIs that are objects of ``predicates`` in the N-Quads of ``graphs``."""
    found = set()
    for data in graphs:
        for line in data.splitlines():
            parts = line.split(b" ", 3)  # subjects and these objects are IRIs: no space inside
            if len(parts) == 4 and parts[1] in predicates:
                found.add(parts[2])
    return found


def read_lines(nquads: bytes, named: set[bytes]) -> bytes:
    """The lines of a document's N-Quads that say what its work and version are (``named``: the nodes whose
    kinds and names the rules read). Loading a graph costs more than reading its lines."""
    return b"".join(
        line
        for line in nquads.splitlines(keepends=True)
        if (predicate := line.split(b" ", 2)[1]) in _READ
        or ((predicate in _TYPE or predicate in _NAMES) and line.split(b" ", 1)[0] in named)
    )


def fact_lines(nquads: bytes) -> bytes:
    """The lines of a document's N-Quads that say what its paragraphs of the compared sections and its
    commitments are, words included."""
    lines = nquads.splitlines(keepends=True)
    split = [(line, *line.split(b" ", 3)[:3]) for line in lines]  # subjects are IRIs: no space inside
    paragraphs = {subject for _, subject, predicate, obj in split if predicate in _SECTION and obj in _COMPARED}
    facts = paragraphs | {subject for _, subject, predicate, _ in split if predicate in _IN_PARAGRAPH}
    return b"".join(
        line
        for line, subject, predicate, _ in split
        if predicate in _FACT_READ
        or ((predicate in _START or predicate in _TYPE) and subject in facts)
        or ((predicate in _IN_DOCUMENT or predicate in _SECTION or predicate in _QUOTE) and subject in paragraphs)
    )


def _select(store: Store, query: str) -> Iterator[dict[str, str]]:
    """The rows of a query, one at a time: a build's rows held at once would weigh as much as the store."""
    # The documents' graphs are named graphs: their union is what the rules read.
    results = store.query(_PREFIXES + query, use_default_graph_as_union=True)
    assert isinstance(results, QuerySolutions)
    names = [variable.value for variable in results.variables]
    for solution in results:
        yield {name: term.value for name in names if isinstance(term := solution[name], NamedNode | Literal)}


_WORKS = """
SELECT ?work ?kind ?symbol ?session ?committee ?agendaItem ?title ?titleLanguage ?adoptedOn ?recommends WHERE {
  ?doc pk:realizes ?work .
  { ?work a ?class . ?class pk:kindName ?kind }
  UNION { ?work pk:symbol ?symbol }
  UNION { ?work pk:session ?session }
  UNION { ?work pk:committee ?committee }
  UNION { ?work pk:agendaItem ?agendaItem }
  UNION { ?work dcterms:title|skos:prefLabel ?title BIND (LANG(?title) AS ?titleLanguage) }
  UNION { ?work pk:adoptedOn ?adoptedOn }
  UNION { ?work pk:recommends ?recommends }
}
"""

_VERSIONS = "SELECT ?doc ?work ?language WHERE { ?doc pk:realizes ?work ; dcterms:language ?language }"

_PARAGRAPHS = """
SELECT ?paragraph ?doc ?section ?number ?start ?quote WHERE {
  ?paragraph a pk:Paragraph ; pk:inDocument ?doc ; pk:section ?section ; pk:start ?start ; pk:quote ?quote .
  OPTIONAL { ?paragraph pk:paragraphNumber ?number }
  FILTER (?section IN ("preamble", "operative"))
}
"""

_COMMITMENTS = """
SELECT ?commitment ?paragraph ?start ?action ?force ?rank ?addressee ?addresseeName ?deadline ?deadlineName
WHERE {
  ?commitment a pk:Commitment ; pk:inParagraph ?paragraph ; pk:start ?start ; pk:action ?action ; pk:force ?force .
  OPTIONAL { ?force pk:rank ?rank }
  OPTIONAL {
    ?commitment pk:addressee ?addressee
    OPTIONAL { ?addressee skos:prefLabel ?addresseeName FILTER (langMatches(lang(?addresseeName), "en")) }
  }
  OPTIONAL {
    ?commitment pk:deadline|pk:dueAtSession ?deadline
    OPTIONAL { ?deadline rdfs:label ?deadlineName FILTER (langMatches(lang(?deadlineName), "en")) }
  }
}
"""


def read_store(store: Store) -> Reading:
    """The works and versions a store holds (:func:`load`); their paragraphs are read by :func:`read_facts`."""
    works: dict[str, Work] = {}
    for row in _select(store, _WORKS):
        work = works.setdefault(row["work"], Work(row["work"]))
        _fill(work, row)
    versions = {
        row["doc"]: Version(row["doc"], row["work"], row["language"])
        for row in _select(store, _VERSIONS)
        if row["work"] in works
    }
    return Reading(works, versions)


def read_facts(store: Store, reading: Reading, graphs: Iterable[bytes]) -> None:
    """Add to ``store`` the paragraphs and commitments of the N-Quads ``graphs``, and give the versions of
    ``reading`` they belong to their paragraphs of the compared sections, each with its commitments."""
    for data in graphs:
        wanted = fact_lines(data)
        if wanted:
            store.bulk_load(wanted, format=RdfFormat.N_QUADS)
    paragraphs: dict[str, Paragraph] = {}
    for row in _select(store, _PARAGRAPHS):
        version = reading.versions.get(row["doc"])
        if version is not None:
            paragraph = Paragraph(row["paragraph"], row["section"], row.get("number"), int(row["start"]), row["quote"])
            paragraphs[paragraph.iri] = paragraph
            version.paragraphs.append(paragraph)
    for _iri, parts in _commitments(store).items():
        if parts[0] in paragraphs:
            paragraphs[parts[0]].commitments.append(parts[1])
    for version in reading.versions.values():
        version.paragraphs.sort(key=lambda p: p.start)
        for paragraph in version.paragraphs:
            paragraph.commitments.sort(key=lambda c: (c.start, c.action))


def _fill(work: Work, row: dict[str, str]) -> None:
    if "kind" in row:
        work.kinds.add(row["kind"])
    if "symbol" in row:
        work.symbol = row["symbol"]
    if "session" in row:
        work.session = int(row["session"])
    if "committee" in row:
        work.committees.add(row["committee"])
    if "agendaItem" in row:
        work.agenda_items.add(int(row["agendaItem"]))
    if "title" in row:
        work.titles[row.get("titleLanguage") or ""] = row["title"]
    if "adoptedOn" in row:
        work.adopted_on.add(row["adoptedOn"])
    if "recommends" in row:
        work.recommends.add(row["recommends"])


def _commitments(store: Store) -> dict[str, tuple[str, Commitment]]:
    """Each commitment with its paragraph; its addressees and deadlines gathered from its rows."""
    parts: dict[str, dict[str, str]] = {}
    addressees: dict[str, set[tuple[str, str]]] = defaultdict(set)
    deadlines: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for row in _select(store, _COMMITMENTS):
        parts[row["commitment"]] = row
        if "addressee" in row:
            addressees[row["commitment"]].add((row["addressee"], row.get("addresseeName", row["addressee"])))
        if "deadline" in row:
            deadlines[row["commitment"]].add((row["deadline"], row.get("deadlineName", row["deadline"])))
    found = {}
    for iri, row in parts.items():
        commitment = Commitment(
            int(row["start"]),
            _local(row["action"]),
            _local(row["force"]),
            int(row.get("rank", 0)),
            frozenset(addressees[iri]),
            frozenset(deadlines[iri]),
        )
        found[iri] = (row["paragraph"], commitment)
    return found


def _local(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]
