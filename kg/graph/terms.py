"""Vocabulary terms as pyoxigraph nodes, taken from the closed namespaces of :mod:`kg.vocab`.

A mistyped term fails at import or first use (the namespaces are closed), and
each node is built once.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from pyoxigraph import NamedNode

from kg import vocab

__all__ = [
    "ACT",
    "DCTERMS",
    "FORCE",
    "ORG",
    "OWL",
    "PK",
    "PROV",
    "QB",
    "RDF",
    "RDFS",
    "SKOS",
    "XSD",
    "kind_class",
]


class Terms:
    """``Terms(namespace).name`` and ``Terms(namespace)["name-with-hyphens"]`` give NamedNodes."""

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    @cache  # noqa: B019 - a handful of long-lived instances; the cache is the point
    def __getitem__(self, name: str) -> NamedNode:
        return NamedNode(str(self._namespace[name]))

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("_"):
            raise AttributeError(name)
        node = self[name]
        setattr(self, name, node)  # the next lookup finds it without coming here
        return node


PK = Terms(vocab.PK)
ACT = Terms(vocab.ACT)
FORCE = Terms(vocab.FORCE)
DCTERMS = Terms(vocab.DCTERMS)
ORG = Terms(vocab.ORG)
OWL = Terms(vocab.OWL)
PROV = Terms(vocab.PROV)
QB = Terms(vocab.QB)
RDF = Terms(vocab.RDF)
RDFS = Terms(vocab.RDFS)
SKOS = Terms(vocab.SKOS)
XSD = Terms(vocab.XSD)


@cache
def kind_class(kind: str) -> NamedNode:
    """The ontology class whose ``pk:kindName`` is ``kind`` (KeyError lists the known kinds)."""
    from kg.ontology import class_for_kind

    return NamedNode(str(class_for_kind(kind)))
