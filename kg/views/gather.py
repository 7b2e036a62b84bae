"""What the views show, read from the store in one pass per fact type, grouped by named graph.

Each query below runs once over the whole store and returns its rows with the
named graph they come from (``GRAPH ?g``), so that reading the views' data
costs a few scans of the store however many documents it holds: the time grows
with the store, not with documents × store. A document's page is then made
from its own graph alone, which is what lets a build rewrite only the pages of
the graphs that changed (see :mod:`kg.views.incremental`).

What only a document's own pages show, its mentions and paragraphs (the bulk of
its quotes) and its graph's descriptions of its nodes, is not gathered with the
rest: :func:`read_passages` reads them from that one graph when its pages are
written, and they are dropped after, so that memory holds one document's at a
time, not every document's. The global pages get the nodes they draw or name as
all graphs together describe them, merged in one pass (:func:`_merged_descriptions`):
the actors of commitments, the works that cite and are cited, the areas of
figures, the works read and the works of a series' kinds. The other nodes
(mentions, paragraphs, commitments: most of a graph's) are described on their
documents' pages alone, so the global pages' memory grows with the entities of
the build, not with its mentions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pyoxigraph import Literal, NamedNode, Store, Variable

from kg.graph.iri import ID, slug
from kg.model import Kind
from kg.query import load_query

__all__ = [
    "SERIES_KINDS",
    "Commitment",
    "Document",
    "DocumentFacts",
    "Entity",
    "ViewData",
    "gather",
    "read_passages",
]

PREFIXES = """
PREFIX pk: <https://w3id.org/policy-kg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX qb: <http://purl.org/linked-data/cube#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""

DOCUMENTS = """
SELECT ?g ?doc ?work ?title ?language ?date ?source WHERE { GRAPH ?g {
  ?doc a pk:Expression ; pk:realizes ?work .
  OPTIONAL { ?doc dcterms:title ?title }
  OPTIONAL { ?doc dcterms:language ?language }
  OPTIONAL { ?doc dcterms:date ?date }
  OPTIONAL { ?doc pk:sourceFile ?source }
} }"""

# Read for one graph at a time, the graph written in for "{graph}" (see read_passages): its rows
# decode no graph term.
MENTIONS = """
SELECT ?entity ?quote ?start ?end WHERE {{ GRAPH {graph} {{
  ?mention pk:mentionOf ?entity ; pk:quote ?quote ; pk:start ?start ; pk:end ?end .
}} }}"""

COMMITMENTS = """
SELECT ?g ?commitment ?issuer ?addressee ?force ?action ?quote ?start ?end ?paragraph ?deadline ?session WHERE {
GRAPH ?g {
  ?commitment a pk:Commitment ; pk:force ?forceConcept ; pk:action ?actionConcept ; pk:quote ?quote ;
              pk:start ?start ; pk:end ?end .
  BIND (STRAFTER(STR(?forceConcept), "/force/") AS ?force)
  BIND (STRAFTER(STR(?actionConcept), "/action/") AS ?action)
  OPTIONAL { ?commitment pk:issuer ?issuer }
  OPTIONAL { ?commitment pk:addressee ?addressee }
  OPTIONAL { ?commitment pk:inParagraph/pk:paragraphNumber ?paragraph }
  OPTIONAL { ?commitment pk:deadline ?deadline }
  OPTIONAL { ?commitment pk:dueAtSession/pk:session ?session }
} }"""

# Read for one graph at a time, as MENTIONS.
PARAGRAPHS = """
SELECT ?start ?end ?quote WHERE {{ GRAPH {graph} {{
  ?paragraph a pk:Paragraph ; pk:start ?start ; pk:end ?end ; pk:quote ?quote .
}} }}"""

CITATIONS = """
SELECT ?g ?citing ?cited WHERE { GRAPH ?g { ?doc pk:realizes ?citing ; pk:cites ?cited } }"""

STATISTICS = """
SELECT ?g ?value ?qualifier ?unit ?measure ?area ?period ?quote ?start ?end WHERE { GRAPH ?g {
  ?stat a qb:Observation ; pk:value ?value ; pk:quote ?quote ; pk:start ?start ; pk:end ?end .
  OPTIONAL { ?stat pk:qualifier ?qualifier } OPTIONAL { ?stat pk:unit ?unit }
  OPTIONAL { ?stat pk:measure ?measure } OPTIONAL { ?stat pk:refPeriod ?period }
  OPTIONAL { ?stat pk:refArea ?area }
} }"""

# One scan of the properties that describe a node; the rows are folded into Entity below.
DESCRIPTIONS = """
SELECT ?g ?node ?property ?value WHERE { GRAPH ?g {
  VALUES ?property { rdf:type skos:prefLabel skos:altLabel rdfs:label pk:code pk:symbol dcterms:title dcterms:date }
  ?node ?property ?value .
} }"""

# The nodes of one graph that one of them describes: a document's page reads its graph's this way.
GRAPH_DESCRIPTIONS = "SELECT ?node ?value WHERE {{ GRAPH {graph} {{ ?node {property} ?value }} }}"

# Kind names belong to the ontology's classes, which live outside the documents' graphs.
KINDS = "SELECT ?class ?kind WHERE { ?class pk:kindName ?kind }"

# The nodes of some classes, whichever graph types them: "VALUES_OF_CLASSES" is replaced by the classes' IRIs.
NODES_OF_CLASSES = "SELECT DISTINCT ?node WHERE { VALUES ?class { VALUES_OF_CLASSES } GRAPH ?g { ?node a ?class } }"

#: The kinds of work that form series (:mod:`kg.views.series`): the global pages describe every node of them.
SERIES_KINDS = frozenset({"resolution", "decision"})

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PROPERTY_FIELDS = {
    "http://www.w3.org/2004/02/skos/core#prefLabel": "names",
    "http://www.w3.org/2004/02/skos/core#altLabel": "labels",
    "http://www.w3.org/2000/01/rdf-schema#label": "labels",
    "https://w3id.org/policy-kg/ontology#code": "codes",
    "https://w3id.org/policy-kg/ontology#symbol": "symbols",
    "http://purl.org/dc/terms/title": "titles",
    "http://purl.org/dc/terms/date": "dates",
}
#: The properties of ``DESCRIPTIONS``, in its order.
DESCRIBING_PROPERTIES = (RDF_TYPE, *PROPERTY_FIELDS)


@dataclass
class Entity:
    """What the graphs say of one node: its names by language, the labels it was read as, kind, codes."""

    iri: str
    kinds: set[str] = field(default_factory=set)
    names: dict[str, str] = field(default_factory=dict)  # language → skos:prefLabel
    labels: set[str] = field(default_factory=set)  # altLabel and rdfs:label, any language
    codes: set[str] = field(default_factory=set)
    symbols: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)

    @property
    def label(self) -> str:
        """The name to show: symbol, English name, code, title, a surface form, the IRI's path."""
        for candidates in (self.symbols, {self.names.get("en", "")} - {""}, self.codes, self.titles):
            if candidates:
                return min(candidates)
        if self.names:
            return self.names[min(self.names)]
        return min(self.labels) if self.labels else self.iri.removeprefix(ID)

    @property
    def year(self) -> int | None:
        years = [int(date[:4]) for date in self.dates if date[:4].isdigit()]
        return min(years) if years else None

    def all_labels(self) -> list[str]:
        """Every name the node is known by, in any language: what a search matches."""
        return sorted({*self.names.values(), *self.labels, *self.codes, *self.symbols, *self.titles})

    def merge(self, other: Entity) -> None:
        for language, name in other.names.items():
            self.names.setdefault(language, name)
        for name in ("kinds", "labels", "codes", "symbols", "titles", "dates"):
            getattr(self, name).update(getattr(other, name))


@dataclass(frozen=True)
class Document:
    iri: str
    graph: str
    work: str
    title: str
    language: str
    symbol: str
    kind: str
    date: str
    source: str

    @property
    def page(self) -> str:
        """The page's path under views/: a readable, stable slug of the IRI."""
        return f"documents/{slug(self.iri.removeprefix(ID))}.html"

    @property
    def reader_page(self) -> str:
        return reader_page(self.page)

    @property
    def short_name(self) -> str:
        return f"{self.name} [{self.language}]" if self.language else self.name

    @property
    def name(self) -> str:
        """A readable name: the title, else the symbol, else the source file's name, else the IRI's path."""
        file_name = self.source.replace("\\", "/").rsplit("/", 1)[-1]
        return self.title or self.symbol or file_name or self.iri.removeprefix(ID)


def reader_page(page: str) -> str:
    """The page of a document's text with its facts marked, beside the document's ``page``."""
    return page.removesuffix(".html") + ".text.html"


@dataclass(frozen=True)
class Commitment:
    iri: str
    doc: str
    issuers: tuple[str, ...]  # sorted; several for a joint stance ("The two leaders reaffirmed ..."), none unknown
    addressees: tuple[str, ...]
    force: str
    action: str
    quote: str
    start: int
    end: int
    paragraph: str
    deadline: str


@dataclass
class DocumentFacts:
    """Everything one document's page shows, read from the document's graph alone."""

    document: Document
    entities: dict[str, Entity]
    mentions: list[tuple[str, str, int, int]]  # entity, quote, start, end
    commitments: list[Commitment]
    citations: list[str]  # cited works
    statistics: list[dict[str, str]]
    paragraphs: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, quote


@dataclass
class ViewData:
    """The views' data: the documents' facts by graph, and the nodes as all graphs together describe them."""

    documents: dict[str, DocumentFacts]  # by graph IRI
    entities: dict[str, Entity]
    citations: set[tuple[str, str]]  # citing work, cited work
    #: What the linking stage found across documents (kg.lifecycle): rows of the named queries
    #: "discrepancies" and "series-changes", by query name.
    lifecycle: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)  # ontology class → kind name, for read_passages

    def commitments(self) -> Iterator[Commitment]:
        """Each commitment once, though several graphs (language versions) may hold it."""
        seen: set[str] = set()
        for graph in sorted(self.documents):
            for commitment in self.documents[graph].commitments:
                if commitment.iri not in seen:
                    seen.add(commitment.iri)
                    yield commitment


_NAMED_OR_LITERAL = (NamedNode, Literal)


def _value(term: object) -> str:
    return term.value if isinstance(term, _NAMED_OR_LITERAL) else ""


def _rows(store: Store, query: str) -> Iterator[dict[str, str]]:
    results = store.query(PREFIXES + query)
    names = [variable.value for variable in results.variables]  # type: ignore[union-attr]
    # a solution iterates over its terms in the order of the variables: read in one pass, not name by name
    for solution in results:  # type: ignore[union-attr]
        yield dict(zip(names, map(_value, solution), strict=True))


def _language(term: object) -> str:
    return (term.language or "") if isinstance(term, Literal) else ""


#: The named queries whose rows the series page shows.
LIFECYCLE_QUERIES = ("discrepancies", "series-changes")


def gather(store: Store) -> ViewData:
    """Read what the views need but the documents' passages: a fixed number of queries, each over the whole
    store once."""
    kinds = {row["class"]: row["kind"] for row in _rows(store, KINDS)}
    document_rows = _document_rows(store)
    commitments = _commitments(store, document_rows)
    cited: dict[str, list[str]] = defaultdict(list)
    citations: set[tuple[str, str]] = set()
    for row in _rows(store, CITATIONS):
        if row["g"] in document_rows:
            cited[row["g"]].append(row["cited"])
        if row["citing"] != row["cited"]:
            citations.add((row["citing"], row["cited"]))
    statistics: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in _rows(store, STATISTICS):
        if row["g"] in document_rows:
            statistics[row["g"]].append({k: v for k, v in row.items() if k != "g"})
    works = {graph: row["work"] for graph, row in document_rows.items()}
    shown = _shown_nodes(store, kinds, works, commitments, citations, statistics)
    merged, own_works = _merged_descriptions(store, kinds, works, shown)
    documents = _documents(document_rows, own_works)
    for graph, facts in documents.items():
        facts.commitments = sorted(commitments.get(graph, []), key=lambda found: (found.start, found.iri))
        facts.citations = sorted(cited.get(graph, []))
        facts.statistics = sorted(statistics.get(graph, []), key=lambda row: (int(row["start"]), row["value"]))
    for facts in documents.values():  # a work undated in its graphs takes its expressions' dates
        work = merged.setdefault(facts.document.work, Entity(facts.document.work))
        if facts.document.date and not work.dates:
            work.dates.add(facts.document.date)
    lifecycle = {name: list(_rows(store, load_query(name))) for name in LIFECYCLE_QUERIES}
    return ViewData(documents, merged, citations, lifecycle, kinds)


def _shown_nodes(
    store: Store,
    kinds: dict[str, str],
    works: dict[str, str],
    commitments: dict[str, list[Commitment]],
    citations: set[tuple[str, str]],
    statistics: dict[str, list[dict[str, str]]],
) -> set[str]:
    """The nodes the global pages draw or name: actors of commitments, works cited or citing, areas of
    figures, the works read, and every node of a series' kinds (a series lists works no document cites)."""
    shown = set(works.values())
    for found in commitments.values():
        for commitment in found:
            shown.update(commitment.issuers)
            shown.update(commitment.addressees)
    for pair in citations:
        shown.update(pair)
    shown.update(row["area"] for rows in statistics.values() for row in rows)
    classes = " ".join(f"<{iri}>" for iri, kind in sorted(kinds.items()) if kind in SERIES_KINDS)
    shown.update(row["node"] for row in _rows(store, NODES_OF_CLASSES.replace("VALUES_OF_CLASSES", classes)))
    shown.discard("")
    return shown


def read_passages(store: Store, facts: DocumentFacts, kinds: dict[str, str]) -> None:
    """Fill in the mentions, paragraphs and node descriptions of one document, read from its graph alone."""
    graph = facts.document.graph
    facts.entities = _graph_entities(store, graph, kinds)
    facts.mentions = sorted(
        ((entity, quote, int(start), int(end)) for entity, quote, start, end in _graph_rows(store, MENTIONS, graph)),
        key=lambda mention: (mention[2], mention[0]),
    )
    paragraphs = _graph_rows(store, PARAGRAPHS, graph)
    facts.paragraphs = sorted((int(start), int(end), quote) for start, end, quote in paragraphs)


def _graph_rows(store: Store, query: str, graph: str) -> Iterator[tuple[str, ...]]:
    """The rows of ``query`` over ``graph`` (written in for its "{graph}"), each a tuple of its values."""
    for solution in store.query(PREFIXES + query.format(graph=NamedNode(graph))):  # type: ignore[union-attr]
        yield tuple(map(_value, solution))


def _graph_entities(store: Store, graph: str, kinds: dict[str, str]) -> dict[str, Entity]:
    """The nodes one graph describes, as :func:`_describe` folds the rows of ``DESCRIPTIONS`` for it.

    Read a property at a time, the graph and the property written in the query rather than
    returned in its rows: each row decodes two terms instead of four, and the rows come in the
    order ``DESCRIPTIONS`` gives them (its properties in turn), so the entities are the same.
    """
    entities: dict[str, Entity] = {}
    for prop in DESCRIBING_PROPERTIES:
        field_name = PROPERTY_FIELDS.get(prop, "kinds")
        query = GRAPH_DESCRIPTIONS.format(graph=NamedNode(graph), property=NamedNode(prop))
        for node_term, value in store.query(query):  # type: ignore[union-attr]
            node, text = node_term.value, _value(value)
            entity = entities.get(node)
            if entity is None:
                entity = entities[node] = Entity(node)
            if field_name == "kinds":
                if text in kinds:
                    entity.kinds.add(kinds[text])
            elif field_name == "names":
                entity.names.setdefault(_language(value), text)
            else:
                getattr(entity, field_name).add(text)
    return entities


def _description_rows(store: Store, graph: str | None = None) -> Iterator[tuple[str, str, str, object]]:
    """(graph, node, property, value term) of the described nodes: of every graph, or of ``graph``."""
    substitutions: dict[Variable, Any] = {Variable("g"): NamedNode(graph)} if graph else {}
    # every variable is bound (the pattern has no OPTIONAL), each to a node or a literal: its terms unpacked
    for named_graph, node, prop, value in store.query(PREFIXES + DESCRIPTIONS, substitutions=substitutions):  # type: ignore[union-attr]
        yield named_graph.value, node.value, prop.value, value


def _describe(entity: Entity, prop: str, value: object, kinds: dict[str, str]) -> None:
    """Add one described property to ``entity``; its first name in a language stays."""
    text = _value(value)
    if prop == RDF_TYPE:
        if text in kinds:
            entity.kinds.add(kinds[text])
    elif (name := PROPERTY_FIELDS.get(prop)) == "names":
        entity.names.setdefault(_language(value), text)
    elif name:
        getattr(entity, name).add(text)


def _merged_descriptions(
    store: Store, kinds: dict[str, str], works: dict[str, str], shown: set[str]
) -> tuple[dict[str, Entity], dict[str, Entity]]:
    """The ``shown`` nodes as all graphs together describe them, and each graph's own description of its work.

    One pass, holding no graph's descriptions apart: the result is that of merging the graphs'
    descriptions in the order of their IRIs (a node's name in a language is the first the first
    graph naming it gives; nodes in the order they first appear), which a page's bytes rely on.
    The rows of other nodes are counted, so that the order of those kept is the same, and dropped.
    """
    merged: dict[str, Entity] = {}
    first_seen: dict[str, tuple[str, int]] = {}
    names: dict[tuple[str, str], tuple[str, int, str]] = {}  # (node, language) → graph, row, name
    own_works: dict[str, Entity] = {}
    for row, (graph, node, prop, value) in enumerate(_description_rows(store)):
        if node not in shown:
            continue
        if node not in first_seen or graph < first_seen[node][0]:
            first_seen[node] = (graph, row)
        if works.get(graph) == node:
            _describe(own_works.setdefault(graph, Entity(node)), prop, value, kinds)
        entity = merged.setdefault(node, Entity(node))
        if PROPERTY_FIELDS.get(prop) != "names":
            _describe(entity, prop, value, kinds)
            continue
        key = (node, _language(value))
        if key not in names or graph < names[key][0]:
            names[key] = (graph, row, _value(value))
    for (node, language), (_graph, _row, name) in sorted(names.items(), key=lambda item: item[1][:2]):
        merged[node].names[language] = name
    ordered = sorted(merged, key=first_seen.__getitem__)
    return {node: merged[node] for node in ordered}, own_works


def _document_rows(store: Store) -> dict[str, dict[str, str]]:
    """The first document row of each graph, by graph."""
    rows: dict[str, dict[str, str]] = {}
    for row in sorted(_rows(store, DOCUMENTS), key=lambda row: (row["g"], row["doc"])):
        rows.setdefault(row["g"], row)
    return rows


def _documents(document_rows: dict[str, dict[str, str]], works: dict[str, Entity]) -> dict[str, DocumentFacts]:
    documents: dict[str, DocumentFacts] = {}
    for graph, row in document_rows.items():
        work = works.get(graph, Entity(row["work"]))
        document = Document(
            iri=row["doc"],
            graph=graph,
            work=row["work"],
            title=row["title"],
            language=row["language"],
            symbol=min(work.symbols, default=""),
            kind=min(work.kinds - {Kind.WORK, Kind.EXPRESSION}, default=""),
            date=row["date"],
            source=row["source"],
        )
        documents[graph] = DocumentFacts(document, {}, [], [], [], [])
    return documents


def _commitments(store: Store, document_rows: dict[str, dict[str, str]]) -> dict[str, list[Commitment]]:
    """The commitments of each document's graph, by graph, in the order of their IRIs."""
    grouped: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for row in _rows(store, COMMITMENTS):
        if row["g"] in document_rows:
            grouped[(row["g"], row["commitment"])].append(row)
    found: dict[str, list[Commitment]] = defaultdict(list)
    for (graph, iri), rows in sorted(grouped.items()):
        first = rows[0]
        session = first["session"]
        found[graph].append(
            Commitment(
                iri=iri,
                doc=document_rows[graph]["doc"],
                issuers=tuple(sorted({row["issuer"] for row in rows if row["issuer"]})),
                addressees=tuple(sorted({row["addressee"] for row in rows if row["addressee"]})),
                force=first["force"],
                action=first["action"],
                quote=first["quote"],
                start=int(first["start"]),
                end=int(first["end"]),
                paragraph=first["paragraph"],
                deadline=first["deadline"] or (f"session {session}" if session else ""),
            )
        )
    return found
