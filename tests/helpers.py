"""Small helpers for tests that query a build."""

from __future__ import annotations

from pyoxigraph import Store

from kg.query import load_query, result_rows, run_query


def rows(store: Store, query: str) -> list[dict[str, str]]:
    """Rows of a named query (or query text) as dicts of plain strings; unbound variables are absent."""
    text = load_query(query) if "\n" not in query else query
    return result_rows(run_query(store, text))


def variables(store: Store, query: str) -> list[str]:
    return [v.value for v in run_query(store, load_query(query)).variables]


PREFIXES = """PREFIX pk: <https://w3id.org/policy-kg/ontology#>
PREFIX act: <https://w3id.org/policy-kg/ontology/action/>
PREFIX force: <https://w3id.org/policy-kg/ontology/force/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX qb: <http://purl.org/linked-data/cube#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


def doc_of(store: Store, file_name: str) -> str:
    """The expression IRI of the document read from ``file_name``."""
    for row in rows(store, "documents"):
        if row["source"].replace("\\", "/").rsplit("/", 1)[-1] == file_name:
            return row["doc"]
    raise AssertionError(f"{file_name} is not in the build")


def rows_of(store: Store, query: str, doc: str) -> list[dict[str, str]]:
    """Rows of a named query that belong to one document."""
    return [row for row in rows(store, query) if row.get("doc") == doc]


def select(store: Store, body: str) -> list[dict[str, str]]:
    """Rows of an ad hoc SELECT written with the usual prefixes."""
    return rows(store, PREFIXES + body + "\n")


def recall_precision(found: set[str], expected: set[str], allowed: set[str]) -> tuple[float, float]:
    """Recall of ``expected`` in ``found``; precision of ``found`` against ``expected | allowed``."""
    recall = len(found & expected) / len(expected) if expected else 1.0
    precision = len(found & (expected | allowed)) / len(found) if found else 0.0
    return recall, precision
