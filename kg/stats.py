"""Network analytics of a build: who is asked most, what is cited most, components, citation chains.

Two directed graphs are read from the store (networkx), and the views draw the same two:

- the **commitment graph**: an edge issuer → addressee for every commitment
  that names both, with its force, action, document and text;
- the **citation graph**: an edge work → work when a language version of the
  first cites the second (``?expression pk:realizes ?work ; pk:cites ?cited``).

The store's default graph is the union of the documents' graphs, in which a
triple repeated in several documents is seen once per document: every query
here selects DISTINCT rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
from pyoxigraph import Literal, NamedNode, Store

from kg.query import open_store

__all__ = ["citation_graph", "commitment_graph", "compute_stats", "longest_chains", "write_stats"]

TOP = 10
PREFIXES = """
PREFIX pk: <https://w3id.org/policy-kg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

COMMITMENT_EDGES = (
    PREFIXES
    + """
SELECT DISTINCT ?commitment ?issuer ?addressee ?force ?action ?doc ?text
WHERE {
  ?commitment a pk:Commitment ;
              pk:issuer ?issuer ;
              pk:addressee ?addressee ;
              pk:force ?forceConcept ;
              pk:action ?actionConcept ;
              pk:inDocument ?doc .
  OPTIONAL { ?commitment pk:quote ?text }
  BIND (STRAFTER(STR(?forceConcept), "/force/") AS ?force)
  BIND (STRAFTER(STR(?actionConcept), "/action/") AS ?action)
}
ORDER BY ?commitment ?addressee
"""
)

CITATION_EDGES = (
    PREFIXES
    + """
SELECT DISTINCT ?citing ?cited
WHERE {
  ?doc pk:realizes ?citing ; pk:cites ?cited .
  FILTER (?citing != ?cited)
}
ORDER BY ?citing ?cited
"""
)

# Names, kinds, codes and dates of the nodes; SAMPLE/MIN because an entity is described
# once in every document graph that mentions it.
NODE_DESCRIPTIONS = (
    PREFIXES
    + """
SELECT ?node (SAMPLE(?englishName) AS ?name) (SAMPLE(?anyTitle) AS ?title) (SAMPLE(?kindName) AS ?kind)
       (SAMPLE(?nodeCode) AS ?code) (SAMPLE(?nodeSymbol) AS ?symbol) (MIN(STR(?nodeDate)) AS ?date)
       (GROUP_CONCAT(DISTINCT ?surface; separator=" | ") AS ?labels)
WHERE {
  VALUES ?node { %s }
  OPTIONAL { ?node skos:prefLabel ?englishName FILTER (langMatches(lang(?englishName), "en")) }
  OPTIONAL { ?node dcterms:title ?anyTitle }
  OPTIONAL { ?node a ?class . ?class pk:kindName ?kindName }
  OPTIONAL { ?node pk:code ?nodeCode }
  OPTIONAL { ?node pk:symbol ?nodeSymbol }
  OPTIONAL { ?node dcterms:date ?workDate }
  OPTIONAL { ?node ^pk:realizes/dcterms:date ?expressionDate }
  BIND (COALESCE(?workDate, ?expressionDate) AS ?nodeDate)
  OPTIONAL { ?node skos:altLabel|rdfs:label ?surface }
}
GROUP BY ?node
"""
)


def _value(term: object) -> str | None:
    return term.value if isinstance(term, NamedNode | Literal) else None


def _rows(store: Store, query: str) -> Iterator[dict[str, str]]:
    results = store.query(query)
    names = [variable.value for variable in results.variables]  # type: ignore[union-attr]
    for solution in results:  # type: ignore[union-attr]
        yield {name: value for name in names if (value := _value(solution[name])) is not None}


def describe_nodes(store: Store, graph: nx.Graph) -> None:
    """Set name, kind, code, symbol, date, year and labels on every node (an IRI) of ``graph``."""
    nodes = list(graph.nodes)
    for start in range(0, len(nodes), 500):  # VALUES blocks of a reasonable size
        values = " ".join(f"<{node}>" for node in nodes[start : start + 500])
        for row in _rows(store, NODE_DESCRIPTIONS % values):
            node = row.pop("node")
            attributes = graph.nodes[node]
            attributes.update(row)
            attributes["label"] = display_name(row) or node.rsplit("/id/", 1)[-1]
            year = row.get("date", "")[:4]
            if year.isdigit():
                attributes["year"] = int(year)


def display_name(row: dict[str, str]) -> str:
    """The name to show: symbol, English name, code, title or a surface form, in that order ("" if none)."""
    for key in ("symbol", "name", "code", "title"):
        if row.get(key):
            return row[key]
    return row.get("labels", "").split(" | ")[0]


def commitment_graph(store: Store) -> nx.MultiDiGraph:
    """Issuer → addressee, one edge per commitment and addressee, described nodes."""
    graph = nx.MultiDiGraph()
    for row in _rows(store, COMMITMENT_EDGES):
        graph.add_edge(
            row["issuer"],
            row["addressee"],
            key=row["commitment"],
            force=row.get("force", ""),
            action=row.get("action", ""),
            doc=row["doc"],
            text=row.get("text", ""),
        )
    describe_nodes(store, graph)
    return graph


def citation_graph(store: Store) -> nx.DiGraph:
    """Work → cited work, described nodes (with ``year`` where a date is known)."""
    graph = nx.DiGraph()
    graph.add_edges_from((row["citing"], row["cited"]) for row in _rows(store, CITATION_EDGES))
    describe_nodes(store, graph)
    return graph


def longest_chains(graph: nx.DiGraph, count: int = 5) -> list[list[str]]:
    """The longest citation chains, one per starting work, longest first.

    Citations between works form a DAG in practice (a text cites older ones);
    should a cycle appear, each strongly connected component is taken as one
    step, represented by its first node, so that the answer stays finite.
    """
    condensed = nx.condensation(graph)
    members = nx.get_node_attributes(condensed, "members")
    longest_from: dict[int, list[int]] = {}
    for component in reversed(list(nx.topological_sort(condensed))):
        successors = [longest_from[s] for s in condensed.successors(component)]
        longest_from[component] = [component, *max(successors, key=len, default=[])]
    starts = [c for c in condensed.nodes if condensed.in_degree(c) == 0 and condensed.out_degree(c) > 0]
    chains = sorted((longest_from[c] for c in starts), key=lambda chain: (-len(chain), chain))
    return [[min(members[c]) for c in chain] for chain in chains[:count]]


def _ranked(items: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    return sorted(items, key=lambda item: (-item[key], item["name"], item["iri"]))[:TOP]


def most_addressed(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    actors = []
    for actor in graph.nodes:
        edges = list(graph.in_edges(actor, keys=True, data=True))
        if edges:
            actors.append(
                {
                    "iri": actor,
                    "name": graph.nodes[actor].get("label", actor),
                    "commitments": len({key for _, _, key, _ in edges}),
                    "documents": len({data["doc"] for _, _, _, data in edges}),
                }
            )
    return _ranked(actors, "commitments")


def most_cited(graph: nx.DiGraph) -> list[dict[str, Any]]:
    cited = [
        {"iri": work, "name": graph.nodes[work].get("label", work), "citing_works": graph.in_degree(work)}
        for work in graph.nodes
        if graph.in_degree(work)
    ]
    return _ranked(cited, "citing_works")


def components(graph: nx.Graph) -> dict[str, Any]:
    """Weakly connected components: how many, and their sizes, largest first."""
    sizes = sorted((len(c) for c in nx.weakly_connected_components(graph)), reverse=True)
    return {"count": len(sizes), "sizes": sizes[:TOP], "nodes": graph.number_of_nodes()}


def compute_stats(out: Path) -> dict[str, Any]:
    """The analytics of the build in ``out`` (reads ``out/store``), as a JSON-ready dict."""
    store = open_store(out)
    commitments = commitment_graph(store)
    citations = citation_graph(store)
    chains = longest_chains(citations)
    return {
        "most_addressed_actors": most_addressed(commitments),
        "most_cited_instruments": most_cited(citations),
        "components": {
            "commitments": components(commitments),
            "citations": components(citations),
        },
        "longest_citation_chains": [
            {
                "length": len(chain) - 1,
                "works": [citations.nodes[w].get("label", w) for w in chain],
                "iris": chain,
            }
            for chain in chains
        ],
    }


def write_stats(out: Path) -> tuple[dict[str, Any], Path]:
    """Compute the analytics and write them to ``out/stats.json``; same build, same bytes."""
    stats = compute_stats(out)
    path = out / "stats.json"
    path.write_text(json.dumps(stats, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return stats, path


def summary(stats: dict[str, Any]) -> str:
    """The analytics as lines for a terminal."""
    lines = ["Most addressed actors (commitments, documents):"]
    lines += [f"  {a['commitments']:4}  {a['documents']:4}  {a['name']}" for a in stats["most_addressed_actors"]]
    lines.append("Most cited instruments (citing works):")
    lines += [f"  {i['citing_works']:4}  {i['name']}" for i in stats["most_cited_instruments"]]
    for name, part in stats["components"].items():
        lines.append(f"Components of the {name} graph: {part['count']} (sizes {part['sizes']})")
    lines.append("Longest citation chains (steps):")
    lines += [f"  {c['length']:4}  {' → '.join(c['works'])}" for c in stats["longest_citation_chains"]]
    return "\n".join(lines) + "\n"
