"""kg/vocab.py: generated from the ontology, closed, and never stale."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from kg import vocab, vocabgen
from kg.ontology import PK_NAMESPACE, actions, forces, ontology_graph


def test_vocab_module_is_generated_from_the_current_ontology() -> None:
    committed = vocabgen.VOCAB_FILE.read_text(encoding="utf-8")
    assert committed == vocabgen.generate(), "kg/vocab.py is stale: run `python -m kg.vocabgen`"


def test_generation_is_deterministic() -> None:
    assert vocabgen.generate() == vocabgen.generate(ontology_graph())


def test_every_ontology_term_is_in_pk() -> None:
    graph = ontology_graph()
    terms = {str(s) for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(PK_NAMESPACE)}
    assert terms == {str(vocab.PK[t.removeprefix(PK_NAMESPACE)]) for t in terms}
    assert vocab.PK.Commitment == URIRef(PK_NAMESPACE + "Commitment")


def test_namespaces_are_closed() -> None:
    with pytest.raises(AttributeError):
        _ = vocab.PK.Comitment
    with pytest.raises(AttributeError):
        _ = vocab.ACT["call-upon"]
    with pytest.raises(AttributeError):
        _ = vocab.FORCE.binding


def test_every_action_and_force_is_reachable_by_its_identifier() -> None:
    assert all(vocab.ACT[action_id] == action.iri for action_id, action in actions().items())
    assert vocab.ACT["calls-upon"] == vocab.ACT["calls-upon"]  # hyphenated names by item
    assert vocab.ACT.recognizes == actions()["recognizes"].iri  # identifiers by attribute too
    assert {str(vocab.FORCE[name]).rsplit("/", 1)[1] for name in forces()} == set(forces())


def test_reused_vocabularies_are_re_exported() -> None:
    for name in ("DCTERMS", "FOAF", "ORG", "OWL", "PROV", "QB", "RDF", "RDFS", "SKOS", "XSD"):
        assert name in vocab.__all__
    assert str(vocab.QB.Observation) == "http://purl.org/linked-data/cube#Observation"
