"""The ontology as data: where its files are, and what builders and queries read from it.

The ontology (``ontology/policy-kg.ttl``) and its SKOS schemes
(``ontology/actions.ttl``) are the only hand-edited RDF sources; this module
reads them once and answers the questions code asks of them:

>>> actions()["calls-upon"].force
'exhortatory'
>>> actions()["requests"].labels["fr"]
'prie'
>>> forces()["directive"]
3
>>> class_for_kind("un-body")
rdflib.term.URIRef('https://w3id.org/policy-kg/ontology#UnBody')
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

__all__ = [
    "ACTIONS_FILE",
    "ACTION_NAMESPACE",
    "CHECKS_DIR",
    "FORCE_NAMESPACE",
    "ONTOLOGY_DIR",
    "ONTOLOGY_FILE",
    "ONTOLOGY_IRI",
    "PK_NAMESPACE",
    "SHAPES_FILE",
    "Action",
    "actions",
    "class_for_kind",
    "forces",
    "kind_names",
    "ontology_graph",
    "ontology_sources",
    "shapes_graph",
]

# The ontology sits at the top of the repository, beside the package, so that
# the one hand-edited source is where a reader looks for it.
ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "policy-kg.ttl"
ACTIONS_FILE = ONTOLOGY_DIR / "actions.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
CHECKS_DIR = ONTOLOGY_DIR / "checks"

ONTOLOGY_IRI = URIRef("https://w3id.org/policy-kg/ontology")
PK_NAMESPACE = "https://w3id.org/policy-kg/ontology#"
ACTION_NAMESPACE = "https://w3id.org/policy-kg/ontology/action/"
FORCE_NAMESPACE = "https://w3id.org/policy-kg/ontology/force/"

_KIND_NAME = URIRef(PK_NAMESPACE + "kindName")
_FORCE = URIRef(PK_NAMESPACE + "force")
_RANK = URIRef(PK_NAMESPACE + "rank")


@dataclass(frozen=True, slots=True)
class Action:
    """A concept of the action scheme: what the issuer of a commitment does."""

    id: str  # the local name in the act: namespace ("calls-upon")
    force: str  # the local name of its force ("exhortatory")
    labels: Mapping[str, str]  # language code -> the operative verb in that language
    preambular: str | None = None  # the English preambular form ("Calling upon"), where there is one

    @property
    def iri(self) -> URIRef:
        return URIRef(ACTION_NAMESPACE + self.id)


def ontology_sources() -> tuple[Path, ...]:
    """The files that make up the published ontology: the OWL terms and the SKOS schemes."""
    return (ONTOLOGY_FILE, ACTIONS_FILE)


def ontology_graph() -> Graph:
    """The ontology and its schemes in one graph: a fresh copy, free to modify."""
    graph = Graph()
    for prefix, namespace in _ontology().namespaces():
        graph.bind(prefix, namespace)
    for triple in _ontology():
        graph.add(triple)
    return graph


def shapes_graph() -> Graph:
    """The SHACL shapes (``ontology/shapes.ttl``): a fresh graph."""
    return Graph().parse(SHAPES_FILE, format="turtle")


def actions() -> Mapping[str, Action]:
    """Every action of the scheme by identifier (read once; builders call this often)."""
    return _actions()


def forces() -> Mapping[str, int]:
    """The rank of every force by identifier: declaratory 1 ... decision 4."""
    return _forces()


def kind_names() -> Mapping[str, URIRef]:
    """Every class that carries a ``pk:kindName``, by that name ("un-body" -> pk:UnBody)."""
    return _kind_names()


def class_for_kind(kind: str) -> URIRef:
    """The class whose ``pk:kindName`` is ``kind``.

    >>> class_for_kind("unknown-thing")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    KeyError: "no ontology class has kindName 'unknown-thing'; known kinds: actor, agreement, ...
    """
    try:
        return _kind_names()[kind]
    except KeyError:
        known = ", ".join(sorted(_kind_names()))
        raise KeyError(f"no ontology class has kindName {kind!r}; known kinds: {known}") from None


def is_work_kind(kind: str) -> bool:
    """Whether things of ``kind`` are works (instruments, documents), which carry symbols and numbers.

    >>> is_work_kind("resolution"), is_work_kind("law"), is_work_kind("state")
    (True, True, False)
    """
    return kind in _work_kinds()


# --- reading the files, once -------------------------------------------------------


@cache
def _ontology() -> Graph:
    graph = Graph()
    for source in ontology_sources():
        graph.parse(source, format="turtle")
    return graph


@cache
def _actions_graph() -> Graph:
    # The action scheme alone parses in a fraction of the time of the whole
    # ontology, and builders ask for actions before anything else.
    return Graph().parse(ACTIONS_FILE, format="turtle")


@cache
def _actions() -> Mapping[str, Action]:
    graph = _actions_graph()
    found: dict[str, Action] = {}
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        if not str(concept).startswith(ACTION_NAMESPACE):
            continue
        labels = {
            label.language: str(label)
            for label in graph.objects(concept, SKOS.prefLabel)
            if isinstance(label, Literal) and label.language
        }
        preambular = next(
            (
                str(alt)
                for alt in graph.objects(concept, SKOS.altLabel)
                if isinstance(alt, Literal) and alt.language == "en"
            ),
            None,
        )
        force = graph.value(concept, _FORCE)
        found[_local_name(concept, ACTION_NAMESPACE)] = Action(
            id=_local_name(concept, ACTION_NAMESPACE),
            force=_local_name(force, FORCE_NAMESPACE) if force is not None else "",
            labels=MappingProxyType(dict(sorted(labels.items()))),
            preambular=preambular,
        )
    return MappingProxyType(dict(sorted(found.items())))


@cache
def _forces() -> Mapping[str, int]:
    graph = _actions_graph()
    ranks = {
        _local_name(force, FORCE_NAMESPACE): int(rank)  # type: ignore[call-overload]  # an xsd:integer literal
        for force, rank in graph.subject_objects(_RANK)
        if str(force).startswith(FORCE_NAMESPACE)
    }
    return MappingProxyType(dict(sorted(ranks.items(), key=lambda item: item[1])))


@cache
def _kind_names() -> Mapping[str, URIRef]:
    kinds = {str(name): cls for cls, name in _ontology().subject_objects(_KIND_NAME) if isinstance(cls, URIRef)}
    return MappingProxyType(dict(sorted(kinds.items())))


@cache
def _work_kinds() -> frozenset[str]:
    work = URIRef(PK_NAMESPACE + "Work")
    graph = _ontology()
    return frozenset(
        name for name, cls in _kind_names().items() if work in graph.transitive_objects(cls, RDFS.subClassOf)
    )


def _local_name(term: object, namespace: str) -> str:
    return str(term).removeprefix(namespace)
