"""Entities of a build, by name: which node a name denotes, and how its mentions were joined.

This is the library behind ``kg entities``. A name is looked up in the
gazetteers first (in any language), then among the labels of the built graph,
so that minted entities (a ministry, a person) are found too.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from pyoxigraph import Literal, NamedNode, QuerySolutions, Store, Variable

from kg import resolve
from kg.graph.iri import entity_iri
from kg.query import load_query

__all__ = ["explain", "nodes_named"]


def nodes_named(store: Store, name: str, language: str | None = None) -> list[str]:
    """IRIs of the entities of a build that ``name`` denotes: a gazetteer entity, or a label in the graph."""
    known = resolve.lookup(name, language)
    if known is not None:
        return [entity_iri(known.kind, known.key)]
    # ?name is returned so that it can be bound: a substitution must name a variable of the answer.
    query = """SELECT DISTINCT ?entity ?name WHERE {
      ?entity <http://www.w3.org/2004/02/skos/core#prefLabel>|<http://www.w3.org/2004/02/skos/core#altLabel> ?label .
      FILTER (LCASE(STR(?label)) = LCASE(STR(?name)))
    } ORDER BY ?entity"""
    found = store.query(query, substitutions={Variable("name"): Literal(name)})
    assert isinstance(found, QuerySolutions)
    return [row["entity"].value for row in found]


def explain(store: Store | None, name: str, language: str | None = None) -> list[str]:
    """Which rule joined which surface forms to the entity ``name`` denotes, document by document."""
    lines = list(resolve.explain(name)[:1])  # the gazetteer's own account of the name, if any
    if store is None:
        return lines
    for node in nodes_named(store, name, language):
        lines.extend(_mentions_by_rule(store, node))
    return lines


def _mentions_by_rule(store: Store, node: str) -> list[str]:
    rows = store.query(
        load_query("entity-mentions"),
        substitutions={Variable("entity"): NamedNode(node)},
    )
    assert isinstance(rows, QuerySolutions)
    by_rule: dict[str, set[str]] = defaultdict(set)
    title = node
    for row in rows:
        title = row["name"].value if row["name"] else node
        rule = row["rule"].value if row["rule"] else "unrecorded"
        source = Path(row["source"].value).name
        quote = " ".join(row["quote"].value.split())  # one line a form, though the text broke the name
        by_rule[rule].add(f"'{quote}' ({row['language'].value}, {source})")
    return [f"{title} <{node}>"] + [
        f"  ← {form}  [{rule}]" for rule in sorted(by_rule) for form in sorted(by_rule[rule])
    ]
