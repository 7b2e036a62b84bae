"""Dereferenceable IRIs: what ``/id/...`` and the ontology's terms answer, for people and for machines.

The entities' IRIs name things (a State, a resolution, a commitment), not
documents, so, as the W3C note "Cool URIs for the Semantic Web" describes for
slash IRIs, a request for one is answered ``303 See Other`` with the address of
a document about it, chosen by the ``Accept`` header:

- ``/page/<path>.html``: a page for people: the entity's labels in every
  language, its kind, codes and ``owl:sameAs``/``rdfs:seeAlso`` links, the
  documents that mention it with each quote and its span, and the commitments
  it issues or receives;
- ``/page/<path>.ttl`` and ``/page/<path>.jsonld``: its concise bounded
  description (every triple it is the subject of: the graph has no blank nodes,
  so nothing more is bounded by it).

A 303 keeps the thing and the document about it apart, and each document has an
address of its own that a static host can serve (``kg publish --site``), behind
a w3id.org redirect that negotiates the same way. The ontology's terms are hash
IRIs: ``/ontology`` is itself the document, served directly in the format asked for.

The functions here read the graph through a :data:`Select` and a
:data:`Construct` function, so that the endpoint runs them in its query workers
(with their limits) and ``kg publish --site`` on the store directly.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html import escape

from pyoxigraph import NamedNode, QueryResultsFormat, QuerySolutions, RdfFormat, Store, serialize

from kg.graph import iri

__all__ = [
    "BASE",
    "FORMATS",
    "PAGE_PREFIX",
    "PAGE_STYLE",
    "Construct",
    "Row",
    "Select",
    "describe_query",
    "document_path",
    "entity_of_path",
    "entity_page",
    "page_security",
    "page_target",
    "store_runners",
]

#: The published base: ``/id/...`` and ``/ontology...`` below it are served.
BASE = "https://w3id.org/policy-kg"
PAGE_PREFIX = "/page/"
#: The documents about an entity: suffix → media type, the first the default for ``*/*``.
FORMATS = {".html": "text/html", ".ttl": "text/turtle", ".jsonld": "application/ld+json"}
#: Rows of mentions and commitments shown on a page; the page says how many more there are.
MAX_ROWS = 200

PAGE_STYLE = (
    "body{font-family:sans-serif;max-width:70em;margin:auto;padding:1em;line-height:1.4}"
    "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .4em;vertical-align:top;text-align:left}"
    ".lang{color:#666;font-size:.85em}"
)

PK = "https://w3id.org/policy-kg/ontology#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
DCT = "http://purl.org/dc/terms/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABELS = (SKOS + "prefLabel", SKOS + "altLabel", RDFS + "label", DCT + "title")
CODES = (PK + "code", PK + "symbol", PK + "m49")
LINKS = (OWL + "sameAs", RDFS + "seeAlso")

#: A row of a SELECT result, in the W3C SPARQL JSON results form: variable → {"type", "value", "xml:lang"?}.
Row = dict[str, dict[str, str]]
Select = Callable[[str], list[Row]]
Construct = Callable[[str, RdfFormat], bytes]


def entity_of_path(path: str) -> str | None:
    """The IRI a request path names, when it names one this site serves (``/id/...``, ``/ontology/...``).

    >>> entity_of_path("/id/state/VNM")
    'https://w3id.org/policy-kg/id/state/VNM'
    >>> entity_of_path("/id/") is None, entity_of_path("/static/x.js") is None
    (True, True)
    """
    if not (path.startswith("/id/") or path.startswith("/ontology/")) or path.endswith("/"):
        return None
    try:
        return NamedNode(BASE + path).value
    except ValueError:
        return None


def document_path(entity: str, suffix: str) -> str:
    """The path of the document about an entity, in one of :data:`FORMATS`.

    >>> document_path("https://w3id.org/policy-kg/id/state/VNM", ".ttl")
    '/page/id/state/VNM.ttl'
    """
    return PAGE_PREFIX + entity.removeprefix(BASE + "/") + suffix


def page_target(path: str) -> tuple[str, str] | None:
    """The entity and suffix of a document path (``/page/id/state/VNM.html``), or None.

    >>> page_target("/page/id/un/A/RES/70/1.jsonld")
    ('https://w3id.org/policy-kg/id/un/A/RES/70/1', '.jsonld')
    """
    if not path.startswith(PAGE_PREFIX):
        return None
    for suffix in FORMATS:
        if path.endswith(suffix):
            entity = entity_of_path("/" + path.removeprefix(PAGE_PREFIX).removesuffix(suffix))
            return (entity, suffix) if entity else None
    return None


def page_security(style: str) -> dict[str, str]:
    """The headers of a page that runs no script and has only the inline style given (by its hash)."""
    digest = base64.b64encode(hashlib.sha256(style.encode("utf-8")).digest()).decode()
    policy = f"default-src 'none'; style-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    return {"Content-Security-Policy": policy, "X-Content-Type-Options": "nosniff"}


def describe_query(entity: str) -> str:
    """The concise bounded description of an entity: the triples it is the subject of."""
    node = f"<{NamedNode(entity).value}>"
    return f"CONSTRUCT {{ {node} ?p ?o }} WHERE {{ {node} ?p ?o }}"


def store_runners(store: Store) -> tuple[Select, Construct]:
    """A :data:`Select` and a :data:`Construct` over a store opened in this process."""

    def select(query: str) -> list[Row]:
        results = store.query(query)
        assert isinstance(results, QuerySolutions)
        data = results.serialize(format=QueryResultsFormat.JSON) or b"{}"
        return list(json.loads(data)["results"]["bindings"])

    def construct(query: str, rdf_format: RdfFormat) -> bytes:
        from kg.buildfolder import PREFIXES

        return serialize(store.query(query), format=rdf_format, prefixes=PREFIXES) or b""  # type: ignore[arg-type]

    return select, construct


# --- the page for people -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Facts:
    properties: list[Row]
    kinds: list[str]
    mentions: list[Row]
    mention_count: int
    commitments: list[Row]


def _read(entity: str, select: Select) -> _Facts | None:
    node = f"<{NamedNode(entity).value}>"
    properties = select(f"SELECT ?p ?o WHERE {{ {node} ?p ?o }} ORDER BY ?p ?o")
    if not properties:
        return None
    kinds = select(f"SELECT DISTINCT ?kind WHERE {{ {node} a ?class . ?class <{PK}kindName> ?kind }} ORDER BY ?kind")
    count = select(f"SELECT (COUNT(?m) AS ?n) WHERE {{ ?m <{PK}mentionOf> {node} }}")
    mentions = select(
        f"SELECT ?doc ?title ?start ?end ?quote WHERE {{ ?m <{PK}mentionOf> {node} ; <{PK}inDocument> ?doc ; "
        f"<{PK}start> ?start ; <{PK}end> ?end ; <{PK}quote> ?quote . "
        f"OPTIONAL {{ ?doc <{DCT}title> ?title }} }} ORDER BY ?doc ?start LIMIT {MAX_ROWS}"
    )
    commitments = select(
        # a joint stance's parties in one row: each issuer would repeat the commitment
        f'SELECT ?commitment ?role ?action ?force (GROUP_CONCAT(DISTINCT STR(?issuer); separator=" ") AS ?issuers) '
        f"?doc ?quote WHERE {{ "
        f'{{ ?commitment <{PK}issuer> {node} BIND("issues" AS ?role) }} UNION '
        f'{{ ?commitment <{PK}addressee> {node} BIND("receives" AS ?role) }} '
        f"?commitment a <{PK}Commitment> ; <{PK}action> ?action ; <{PK}force> ?force ; "
        f"<{PK}inDocument> ?doc ; <{PK}quote> ?quote . OPTIONAL {{ ?commitment <{PK}issuer> ?issuer }} }} "
        f"GROUP BY ?commitment ?role ?action ?force ?doc ?quote "
        f"ORDER BY ?role ?doc ?commitment LIMIT {MAX_ROWS}"
    )
    return _Facts(
        properties,
        [row["kind"]["value"] for row in kinds],
        mentions,
        int(count[0]["n"]["value"]) if count else 0,
        commitments,
    )


def entity_page(entity: str, select: Select, link: Callable[[str], str]) -> str | None:
    """The HTML page of an entity (None when the graph says nothing of it).

    ``link`` gives the address to put in a link to any IRI (the endpoint links
    its own paths, a static site its published IRIs). Every text is escaped.
    """
    facts = _read(entity, select)
    if facts is None:
        return None
    values = _by_predicate(facts.properties)
    title = _title(values) or entity.rsplit("/", 1)[-1]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title><style>{PAGE_STYLE}</style></head><body>",
        f"<h1>{_text(title)}</h1>",
        f"<p><code>{escape(entity)}</code></p>",
        _table(
            [
                ("kind", ", ".join(escape(kind) for kind in facts.kinds)),
                ("labels", _labels(values)),
                ("codes", _codes(values)),
                ("links", _links(values, link)),
            ]
        ),
        _mentions(facts, link),
        _commitments(facts.commitments, link),
        _all_properties(facts.properties, link),
        f'<p>As data: <a href="{escape(link(entity), quote=True)}">{escape(entity)}</a> '
        "(Turtle or JSON-LD by the <code>Accept</code> header)</p>",
        "</body></html>",
    ]
    return "\n".join(part for part in parts if part) + "\n"


def _by_predicate(rows: Iterable[Row]) -> dict[str, list[dict[str, str]]]:
    values: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        values.setdefault(row["p"]["value"], []).append(row["o"])
    return values


def _title(values: dict[str, list[dict[str, str]]]) -> str:
    for predicate in LABELS:
        english = [v["value"] for v in values.get(predicate, []) if v.get("xml:lang") == "en"]
        if english:
            return english[0]
    for predicate in LABELS:
        if values.get(predicate):
            return values[predicate][0]["value"]
    return ""


def _text(value: str, language: str | None = None) -> str:
    """Text from the graph, escaped, in its language and direction."""
    if not language:
        return escape(value)
    return f'<span lang="{escape(language, quote=True)}" dir="auto">{escape(value)}</span>'


def _labels(values: dict[str, list[dict[str, str]]]) -> str:
    seen: set[tuple[str, str]] = set()
    labels = []
    for predicate in LABELS:
        for value in values.get(predicate, []):
            key = (value["value"], value.get("xml:lang", ""))
            if key not in seen:
                seen.add(key)
                labels.append(key)
    labels.sort(key=lambda label: (label[1], label[0]))
    return "<br>".join(
        f'{_text(text, language)} <span class="lang">{escape(language)}</span>' for text, language in labels
    )


def _codes(values: dict[str, list[dict[str, str]]]) -> str:
    codes = [
        f"{escape(predicate.rsplit('#', 1)[-1])}: <code>{escape(value['value'])}</code>"
        for predicate in CODES
        for value in values.get(predicate, [])
    ]
    return ", ".join(codes)


def _links(values: dict[str, list[dict[str, str]]], link: Callable[[str], str]) -> str:
    return "<br>".join(
        f"{escape(predicate.rsplit('#', 1)[-1])}: {_iri(value['value'], link)}"
        for predicate in LINKS
        for value in values.get(predicate, [])
        if value["type"] == "uri"
    )


def _iri(value: str, link: Callable[[str], str]) -> str:
    return f'<a href="{escape(link(value), quote=True)}">{escape(value)}</a>'


def _table(rows: list[tuple[str, str]]) -> str:
    body = "".join(f"<tr><th>{escape(name)}</th><td>{value}</td></tr>" for name, value in rows if value)
    return f"<table>{body}</table>" if body else ""


def _mentions(facts: _Facts, link: Callable[[str], str]) -> str:
    if not facts.mentions:
        return ""
    shown = len(facts.mentions)
    more = f" (the first {shown} of {facts.mention_count})" if facts.mention_count > shown else ""
    rows = "".join(
        "<tr>"
        f"<td>{_iri(row['doc']['value'], link)}"
        + (f"<br>{_text(row['title']['value'], row['title'].get('xml:lang'))}" if "title" in row else "")
        + f"</td><td>{escape(row['start']['value'])}–{escape(row['end']['value'])}</td>"
        f"<td>{_text(row['quote']['value'])}</td></tr>"
        for row in facts.mentions
    )
    return f"<h2>Mentions{escape(more)}</h2><table><tr><th>document</th><th>span</th><th>quote</th></tr>{rows}</table>"


def _issuers(row: Row, link: Callable[[str], str]) -> str:
    """The issuers of a commitment's row, linked: several for a joint stance, in a stable order."""
    return ", ".join(_iri(issuer, link) for issuer in sorted(row.get("issuers", {}).get("value", "").split()))


def _commitments(rows: list[Row], link: Callable[[str], str]) -> str:
    if not rows:
        return ""
    body = "".join(
        "<tr>"
        f"<td>{escape(row['role']['value'])}</td>"
        f"<td>{_iri(row['action']['value'], link)}</td>"
        f"<td>{_iri(row['force']['value'], link)}</td>"
        f"<td>{_issuers(row, link)}</td>"
        f"<td>{_iri(row['commitment']['value'], link)}<br>{_text(row['quote']['value'])}</td>"
        "</tr>"
        for row in rows
    )
    return (
        "<h2>Commitments it issues or receives</h2><table><tr><th>role</th><th>action</th><th>force</th>"
        f"<th>issuer</th><th>commitment</th></tr>{body}</table>"
    )


def _all_properties(rows: list[Row], link: Callable[[str], str]) -> str:
    body = "".join(
        f"<tr><td>{_iri(row['p']['value'], link)}</td><td>"
        + (
            _iri(row["o"]["value"], link)
            if row["o"]["type"] == "uri"
            else _text(row["o"]["value"], row["o"].get("xml:lang"))
        )
        + "</td></tr>"
        for row in rows
    )
    return f"<h2>Every statement about it</h2><table>{body}</table>"


def entities_query() -> str:
    """Every IRI a static site has a page for: the instances of the ontology's kinds, the documents,
    and the concepts of the ontology's schemes (slash IRIs, dereferenced like entities)."""
    return (
        f"SELECT DISTINCT ?entity WHERE {{ {{ ?entity a ?class . ?class <{PK}kindName> ?kind }} UNION "
        f"{{ ?entity a <{PK}Expression> }} UNION {{ ?entity a <{SKOS}Concept> }} "
        f'FILTER (STRSTARTS(STR(?entity), "{iri.ID}") || STRSTARTS(STR(?entity), "{BASE}/ontology/")) }} '
        "ORDER BY ?entity"
    )
