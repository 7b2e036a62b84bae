"""The description of a build as a dataset: VoID for Linked Data clients, DCAT for catalogues.

Everything in it is read from the build's store, so it says what the published
graph holds: its size (triples, entities, documents), its languages, the licence
of each source (the manifest's ``licence``, which the graph keeps on each
document as ``dcterms:rights``: one subset per licence), the SPARQL endpoint,
example resources (the entities mentioned most), the ontology and its version,
its documentation page, and the files of the build as distributions.

No clock goes into it: the same build gives the same bytes. The addresses it
publishes (:class:`Addresses`: the files under ``BASE/data/``, the SPARQL
endpoint, by default ``BASE/sparql``) are under :data:`PUBLISHED` unless the
publisher says otherwise (``kg build`` / ``kg publish`` ``--base`` and
``--endpoint``); :data:`PUBLISHED` is the w3id.org name of the project, whose
redirect points at the host that serves ``/sparql``, ``/data/`` and ``/id/``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from pyoxigraph import Literal, NamedNode, QuerySolutions, RdfFormat, Store, Triple, serialize

from kg.graph import iri
from kg.graph.terms import DCTERMS, OWL, RDF, RDFS, XSD
from kg.publish import DESCRIPTION_FILE

__all__ = [
    "DEFAULT_ADDRESSES",
    "DESCRIPTION_FILE",
    "DISTRIBUTIONS",
    "ENDPOINT",
    "ONTOLOGY_PAGE",
    "PUBLISHED",
    "Addresses",
    "dataset_description",
    "describe",
]

#: The name the project publishes under; its w3id.org redirect sends each path to the host.
PUBLISHED = "https://w3id.org/policy-kg/"
ENDPOINT = PUBLISHED + "sparql"
ONTOLOGY_PAGE = "ontology.html"
#: The files of a build a client can download, with their media types.
DISTRIBUTIONS = {
    "graph.trig": "application/trig",
    "graph.ttl": "text/turtle",
    "graph.jsonld": "application/ld+json",
}
#: How many of the entities mentioned most are given as examples.
EXAMPLES = 5

VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"
FOAF = "http://xmlns.com/foaf/0.1/"
LANGUAGES = "http://id.loc.gov/vocabulary/iso639-1/"
PK = "https://w3id.org/policy-kg/ontology#"
DCT = "http://purl.org/dc/terms/"
PREFIXES = {
    "dcat": DCAT,
    "dcterms": DCT,
    "foaf": FOAF,
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "void": VOID,
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
#: Vocabularies the graph reuses besides its own ontology.
REUSED = (
    "http://purl.org/dc/terms/",
    "http://purl.org/linked-data/cube#",
    "http://www.w3.org/2004/02/skos/core#",
    "http://www.w3.org/ns/org#",
    "http://www.w3.org/ns/prov#",
)
TITLE = "Policy knowledge graph"
ABOUT = (
    "Actors, instruments and commitments read from UN resolutions and reports, government decisions "
    "and laws, and news about them; every fact tied to the span of text it was read from."
)


@dataclass(frozen=True)
class Addresses:
    """Where a publisher puts the dataset: ``base`` (its files under ``base`` + ``data/``) and the endpoint.

    >>> Addresses("https://data.example.org/kg").endpoint
    'https://data.example.org/kg/sparql'
    >>> Addresses("ftp://example.org/")
    Traceback (most recent call last):
    ...
    ValueError: base address 'ftp://example.org/' is not an absolute http(s) URL
    """

    base: str = PUBLISHED
    endpoint: str = field(default="")

    def __post_init__(self) -> None:
        _check_url("base address", self.base)
        object.__setattr__(self, "base", self.base if self.base.endswith("/") else self.base + "/")
        if self.endpoint:
            _check_url("endpoint", self.endpoint)
        else:
            object.__setattr__(self, "endpoint", self.base + "sparql")

    @property
    def data(self) -> str:
        return self.base + "data/"


def _check_url(what: str, url: str) -> None:
    parts = urlsplit(url)
    # An address goes into Turtle as an IRI: no space, quote or angle bracket may end it early.
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c in url for c in ' "<>{}|\\^`'):
        raise ValueError(f"{what} {url!r} is not an absolute http(s) URL")


DEFAULT_ADDRESSES = Addresses()


def _v(name: str) -> NamedNode:
    return NamedNode(VOID + name)


def _dcat(name: str) -> NamedNode:
    return NamedNode(DCAT + name)


@dataclass(frozen=True)
class Licence:
    """One licence of the documents read, as their manifests state it, and how many documents have it."""

    text: str
    documents: int


@dataclass(frozen=True)
class Facts:
    """What the description says of a build, read from its store."""

    triples: int
    entities: int
    documents: int
    languages: tuple[str, ...]
    licences: tuple[Licence, ...]
    examples: tuple[str, ...]
    ontology_version: str | None
    ontology_version_iri: str | None


def describe(store: Store) -> Facts:
    """The counts, languages, licences and examples of the graph in ``store`` (its default graph)."""
    version = _rows(
        store,
        "SELECT ?info ?iri WHERE { <https://w3id.org/policy-kg/ontology> "
        "<http://www.w3.org/2002/07/owl#versionInfo> ?info ; <http://www.w3.org/2002/07/owl#versionIRI> ?iri }",
    )
    return Facts(
        triples=_count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
        entities=_count(
            store, f'SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a ?c FILTER STRSTARTS(STR(?s), "{iri.ID}") }}'
        ),
        documents=_count(store, f"SELECT (COUNT(?d) AS ?n) WHERE {{ ?d a <{PK}Expression> }}"),
        languages=tuple(
            row["language"]
            for row in _rows(
                store,
                f"SELECT DISTINCT ?language WHERE {{ ?d a <{PK}Expression> ; <{DCT}language> ?language }} "
                "ORDER BY ?language",
            )
        ),
        licences=tuple(
            Licence(row["rights"], int(row["n"]))
            for row in _rows(
                store,
                f"SELECT ?rights (COUNT(?d) AS ?n) WHERE {{ ?d a <{PK}Expression> ; <{DCT}rights> ?rights }} "
                "GROUP BY ?rights ORDER BY ?rights",
            )
        ),
        examples=tuple(
            row["entity"]
            for row in _rows(
                store,
                f"SELECT ?entity (COUNT(?m) AS ?n) WHERE {{ ?m <{PK}mentionOf> ?entity }} "
                f"GROUP BY ?entity ORDER BY DESC(?n) STR(?entity) LIMIT {EXAMPLES}",
            )
        ),
        ontology_version=version[0]["info"] if version else None,
        ontology_version_iri=version[0]["iri"] if version else None,
    )


def _rows(store: Store, query: str) -> list[dict[str, str]]:
    results = store.query(query)
    assert isinstance(results, QuerySolutions)
    names = [variable.value for variable in results.variables]
    return [{name: solution[name].value for name in names if solution[name] is not None} for solution in results]


def _count(store: Store, query: str) -> int:
    return int(_rows(store, query)[0]["n"])


def dataset_description(facts: Facts, addresses: Addresses = DEFAULT_ADDRESSES) -> bytes:
    """The VoID and DCAT description of a build, as Turtle with stable bytes (triples sorted)."""
    triples = sorted(set(_description_triples(facts, addresses)), key=str)
    return serialize(triples, format=RdfFormat.TURTLE, prefixes=PREFIXES) or b""


def _description_triples(facts: Facts, addresses: Addresses) -> Iterable[Triple]:
    dataset = NamedNode(iri.DATASET)
    endpoint = NamedNode(addresses.endpoint)
    page = NamedNode(addresses.data + ONTOLOGY_PAGE)
    ontology = NamedNode("https://w3id.org/policy-kg/ontology")

    def integer(value: int) -> Literal:
        return Literal(str(value), datatype=XSD.integer)

    yield from (
        Triple(dataset, RDF.type, _v("Dataset")),
        Triple(dataset, RDF.type, _dcat("Dataset")),
        Triple(dataset, DCTERMS.title, Literal(TITLE, language="en")),
        Triple(dataset, DCTERMS.description, Literal(ABOUT, language="en")),
        Triple(dataset, _v("triples"), integer(facts.triples)),
        Triple(dataset, _v("entities"), integer(facts.entities)),
        Triple(dataset, _v("documents"), integer(facts.documents)),
        Triple(dataset, _v("uriSpace"), Literal(iri.ID)),
        Triple(dataset, _v("sparqlEndpoint"), endpoint),
        Triple(dataset, _v("vocabulary"), NamedNode(PK)),
        Triple(dataset, DCTERMS.conformsTo, ontology),
        Triple(dataset, NamedNode(FOAF + "page"), page),
        Triple(dataset, _dcat("landingPage"), page),
    )
    for vocabulary in REUSED:
        yield Triple(dataset, _v("vocabulary"), NamedNode(vocabulary))
    if facts.ontology_version_iri:
        yield Triple(ontology, OWL.versionIRI, NamedNode(facts.ontology_version_iri))
    if facts.ontology_version:
        yield Triple(ontology, OWL.versionInfo, Literal(facts.ontology_version))
    yield Triple(ontology, RDFS.seeAlso, page)
    for language in facts.languages:
        yield Triple(dataset, DCTERMS.language, NamedNode(LANGUAGES + language))
    for example in facts.examples:
        yield Triple(dataset, _v("exampleResource"), NamedNode(example))
    yield from _licence_subsets(dataset, facts.licences)
    yield from _distributions(dataset, addresses.data)
    yield from (
        Triple(endpoint, RDF.type, _dcat("DataService")),
        Triple(endpoint, DCTERMS.title, Literal(f"{TITLE}: SPARQL endpoint", language="en")),
        Triple(endpoint, _dcat("endpointURL"), endpoint),
        Triple(endpoint, _dcat("servesDataset"), dataset),
        Triple(endpoint, DCTERMS.conformsTo, NamedNode("https://www.w3.org/TR/sparql11-protocol/")),
    )


def _licence_subsets(dataset: NamedNode, licences: Iterable[Licence]) -> Iterable[Triple]:
    """One subset per licence: the documents the manifests publish under it."""
    for licence in licences:
        subset = NamedNode(iri.dataset_part_iri("licence", licence.text))
        yield from (
            Triple(dataset, _v("subset"), subset),
            Triple(subset, RDF.type, _v("Dataset")),
            Triple(subset, DCTERMS.rights, Literal(licence.text)),
            Triple(subset, _v("documents"), Literal(str(licence.documents), datatype=XSD.integer)),
        )


def _distributions(dataset: NamedNode, data: str) -> Iterable[Triple]:
    for name, media_type in DISTRIBUTIONS.items():
        distribution = NamedNode(iri.dataset_part_iri("distribution", name))
        yield from (
            Triple(dataset, _dcat("distribution"), distribution),
            Triple(dataset, _v("dataDump"), NamedNode(data + name)),
            Triple(distribution, RDF.type, _dcat("Distribution")),
            Triple(distribution, DCTERMS.title, Literal(name)),
            Triple(distribution, _dcat("downloadURL"), NamedNode(data + name)),
            Triple(
                distribution,
                _dcat("mediaType"),
                NamedNode("https://www.iana.org/assignments/media-types/" + media_type),
            ),
        )
