"""Vocabulary terms as pyoxigraph nodes, taken from the closed namespaces of :mod:`kg.vocab`.

A mistyped term fails at import or first use (the namespaces are closed), and
each node is built once.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from pyoxigraph import NamedNode
from rdflib.namespace import DCTERMS as _DCTERMS
from rdflib.namespace import ORG as _ORG
from rdflib.namespace import OWL as _OWL
from rdflib.namespace import PROV as _PROV
from rdflib.namespace import QB as _QB
from rdflib.namespace import RDF as _RDF
from rdflib.namespace import RDFS as _RDFS
from rdflib.namespace import SKOS as _SKOS
from rdflib.namespace import XSD as _XSD

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
        return self[name]


PK = Terms(vocab.PK)
ACT = Terms(vocab.ACT)
FORCE = Terms(vocab.FORCE)
DCTERMS = Terms(_DCTERMS)
ORG = Terms(_ORG)
OWL = Terms(_OWL)
PROV = Terms(_PROV)
QB = Terms(_QB)
RDF = Terms(_RDF)
RDFS = Terms(_RDFS)
SKOS = Terms(_SKOS)
XSD = Terms(_XSD)


@cache
def kind_class(kind: str) -> NamedNode:
    """The ontology class whose ``pk:kindName`` is ``kind`` (KeyError lists the known kinds)."""
    from kg.ontology import class_for_kind

    return NamedNode(str(class_for_kind(kind)))
