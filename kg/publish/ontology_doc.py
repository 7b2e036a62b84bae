"""The ontology as one HTML page: its classes, properties and SKOS schemes, with every label it has.

Made from ``ontology/`` (through :func:`kg.ontology.ontology_graph`) at each
build, so the page never falls behind the terms. Each term has an anchor named
by its local name (``#Commitment``, ``#force-directive``), so the ontology's
IRIs can redirect to it. The page loads nothing: no script, no style sheet from
elsewhere; every text from the ontology is escaped.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.ontology import ONTOLOGY_IRI, ontology_graph

__all__ = ["STYLE", "anchor", "ontology_page"]

PK = "https://w3id.org/policy-kg/ontology#"
SCHEMES = "https://w3id.org/policy-kg/ontology/"
#: The languages the project reads, in the order the page lists labels.
LANGUAGE_ORDER = ("en", "fr", "es", "ru", "zh", "ar", "vi")
STYLE = (
    "body{font-family:sans-serif;max-width:60em;margin:auto;padding:1em;line-height:1.4}"
    "section{border-top:1px solid #ccc;padding:.5em 0}code{background:#f4f4f4}"
    "dt{font-weight:bold}dd{margin:0 0 .3em 1.5em}.lang{color:#666;font-size:.85em}"
)


def anchor(term: str) -> str:
    """The fragment a term has on the page: its local name, a scheme's concepts prefixed by the scheme.

    >>> anchor("https://w3id.org/policy-kg/ontology#Commitment")
    'Commitment'
    >>> anchor("https://w3id.org/policy-kg/ontology/force/directive")
    'force-directive'
    """
    if term.startswith(PK):
        return term.removeprefix(PK)
    return term.removeprefix(SCHEMES).replace("/", "-")


def ontology_page(graph: Graph | None = None) -> str:
    """The HTML documentation of the ontology (by default, the project's)."""
    graph = graph if graph is not None else ontology_graph()
    title = _text(graph.value(ONTOLOGY_IRI, URIRef("http://purl.org/dc/terms/title"))) or "policy-kg ontology"
    version = _text(graph.value(ONTOLOGY_IRI, OWL.versionInfo))
    description = _text(graph.value(ONTOLOGY_IRI, URIRef("http://purl.org/dc/terms/description")))
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f"<p>IRI: <code>{escape(str(ONTOLOGY_IRI))}</code>; version {escape(version or 'unstated')}; "
        f"terms: <code>{escape(PK)}</code></p>",
        f"<p>{escape(description)}</p>",
        '<nav><a href="#classes">Classes</a> · <a href="#properties">Properties</a> · '
        '<a href="#schemes">Schemes of actions and forces</a></nav>',
        '<h2 id="classes">Classes</h2>',
        *(_term(graph, term) for term in _own(graph, [OWL.Class])),
        '<h2 id="properties">Properties</h2>',
        *(
            _term(graph, term)
            for term in _own(graph, [OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty])
        ),
        '<h2 id="schemes">Schemes of actions and forces</h2>',
        *(_scheme(graph, scheme) for scheme in _own(graph, [SKOS.ConceptScheme])),
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _own(graph: Graph, types: Iterable[URIRef]) -> list[URIRef]:
    """The terms of the project of the given types, sorted (reused terms are declared, not documented)."""
    found = {
        term
        for kind in types
        for term in graph.subjects(RDF.type, kind)
        if isinstance(term, URIRef) and str(term).startswith(PK)
    }
    return sorted(found)


def _term(graph: Graph, term: URIRef) -> str:
    rows = [
        ("labels", _labels(graph, term, RDFS.label)),
        ("definition", _labels(graph, term, SKOS.definition)),
        ("kind name", _codes(graph.objects(term, URIRef(PK + "kindName")))),
        ("subclass of", _links(graph.objects(term, RDFS.subClassOf))),
        ("subproperty of", _links(graph.objects(term, RDFS.subPropertyOf))),
        ("domain", _links(graph.objects(term, RDFS.domain))),
        ("range", _links(graph.objects(term, RDFS.range))),
    ]
    return _section(term, rows)


def _scheme(graph: Graph, scheme: URIRef) -> str:
    concepts = sorted(term for term in graph.subjects(SKOS.inScheme, scheme) if isinstance(term, URIRef))
    head = _section(
        scheme,
        [("labels", _labels(graph, scheme, SKOS.prefLabel)), ("definition", _labels(graph, scheme, SKOS.definition))],
    )
    rows = "\n".join(
        _section(
            concept,
            [
                ("labels", _labels(graph, concept, SKOS.prefLabel)),
                ("definition", _labels(graph, concept, SKOS.definition)),
                ("force", _links(graph.objects(concept, URIRef(PK + "force")))),
                ("rank", _codes(graph.objects(concept, URIRef(PK + "rank")))),
            ],
        )
        for concept in concepts
    )
    return head + "\n" + rows


def _section(term: URIRef, rows: list[tuple[str, str]]) -> str:
    body = "".join(f"<dt>{escape(name)}</dt><dd>{value}</dd>" for name, value in rows if value)
    return (
        f'<section id="{escape(anchor(str(term)))}"><h3>{escape(anchor(str(term)))}</h3>'
        f"<p><code>{escape(str(term))}</code></p><dl>{body}</dl></section>"
    )


def _labels(graph: Graph, term: URIRef, predicate: URIRef) -> str:
    labels = [label for label in graph.objects(term, predicate) if isinstance(label, Literal)]
    labels.sort(key=lambda label: (_language_rank(label.language), label.language or "", str(label)))
    return "; ".join(
        f'<span lang="{escape(label.language or "")}">{escape(str(label))}</span> '
        f'<span class="lang">{escape(label.language or "")}</span>'
        for label in labels
    )


def _language_rank(language: str | None) -> int:
    return LANGUAGE_ORDER.index(language) if language in LANGUAGE_ORDER else len(LANGUAGE_ORDER)


def _links(terms: Iterable[object]) -> str:
    links = []
    for term in sorted(str(t) for t in terms if isinstance(t, URIRef)):
        own = term.startswith(PK) or term.startswith(SCHEMES)
        target = f"#{anchor(term)}" if own else term
        links.append(f'<a href="{escape(target)}">{escape(anchor(term) if own else term)}</a>')
    return ", ".join(links)


def _codes(values: Iterable[object]) -> str:
    return ", ".join(f"<code>{escape(str(value))}</code>" for value in sorted(str(v) for v in values))


def _text(value: object) -> str:
    return str(value) if value is not None else ""
