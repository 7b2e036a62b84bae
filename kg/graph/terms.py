"""Vocabulary terms, taken from the closed namespaces of :mod:`kg.vocab`: here as pyoxigraph nodes.

A mistyped term fails at import or first use (the namespaces are closed), and
each node is built once.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any, Generic, TypeVar

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

T = TypeVar("T")


class Terms(Generic[T]):
    """``Terms(namespace, make).name`` and ``Terms(namespace, make)["name-with-hyphens"]`` give the term of
    that name as ``make`` makes it from the IRI: a pyoxigraph node here, its N-Quads text for the writer."""

    def __init__(self, namespace: Any, make: Callable[[str], T]) -> None:
        self._namespace = namespace
        self._make = make

    @cache  # noqa: B019 - a handful of long-lived instances; the cache is the point
    def __getitem__(self, name: str) -> T:
        return self._make(str(self._namespace[name]))

    def __getattr__(self, name: str) -> T:
        if name.startswith("_"):
            raise AttributeError(name)
        term = self[name]
        setattr(self, name, term)  # the next lookup finds it without coming here
        return term


PK = Terms(vocab.PK, NamedNode)
ACT = Terms(vocab.ACT, NamedNode)
FORCE = Terms(vocab.FORCE, NamedNode)
DCTERMS = Terms(vocab.DCTERMS, NamedNode)
ORG = Terms(vocab.ORG, NamedNode)
OWL = Terms(vocab.OWL, NamedNode)
PROV = Terms(vocab.PROV, NamedNode)
QB = Terms(vocab.QB, NamedNode)
RDF = Terms(vocab.RDF, NamedNode)
RDFS = Terms(vocab.RDFS, NamedNode)
SKOS = Terms(vocab.SKOS, NamedNode)
XSD = Terms(vocab.XSD, NamedNode)


@cache
def kind_class(kind: str) -> NamedNode:
    """The ontology class whose ``pk:kindName`` is ``kind`` (KeyError lists the known kinds)."""
    from kg.ontology import class_for_kind

    return NamedNode(str(class_for_kind(kind)))
