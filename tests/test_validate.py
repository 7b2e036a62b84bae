"""kg.validate: inputs it takes, the report it gives, and the reasoner step."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import RDF, Dataset, Graph, URIRef

from kg import validate as validation
from kg.validate import NO_JAVA, abox_sample, check_consistency, load_graph, validate
from kg.vocab import PK, QB

SHAPES = Path(__file__).parent / "shapes"
VALID = SHAPES / "valid" / "un-resolution.ttl"
DISJOINT_KINDS = SHAPES / "invalid" / "disjoint-kinds.ttl"
needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs a Java runtime")


def test_accepts_a_graph_a_path_or_a_string() -> None:
    graph = Graph().parse(VALID)
    for data in (graph, VALID, str(VALID)):
        assert validate(data, reasoner=False).conforms


def test_a_dataset_is_validated_as_the_union_of_its_graphs(tmp_path: Path) -> None:
    dataset = Dataset()
    graph = Graph().parse(VALID)
    half = sorted(graph)
    for index, triple in enumerate(half):
        named = URIRef(f"https://w3id.org/policy-kg/id/test/graph/{index % 2}")
        dataset.graph(named).add(triple)
    trig = tmp_path / "graph.trig"
    dataset.serialize(trig, format="trig")

    assert len(load_graph(trig)) == len(graph)
    assert validate(trig, reasoner=False).conforms


def test_an_unknown_file_type_is_refused_with_its_name(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"graph\.txt: unknown RDF file type"):
        load_graph(tmp_path / "graph.txt")


def test_report_lists_focus_path_and_message() -> None:
    report = validate(SHAPES / "invalid" / "state-lowercase-code.ttl", reasoner=False)

    assert not report.conforms
    [violation] = report.violations
    focus, path, message = violation
    assert focus == "https://w3id.org/policy-kg/id/state/VNM"
    assert path == "pk:code"
    assert message.startswith("State: exactly one pk:code")
    assert "pk:code" in report.shacl_text
    assert "state/VNM" in report.summary()


def test_without_the_reasoner_consistency_is_reported_as_skipped() -> None:
    assert validate(VALID, reasoner=False).consistency.startswith("skipped")


def test_without_java_shapes_still_run_and_the_reason_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validation.shutil, "which", lambda _: None)

    report = validate(SHAPES / "invalid" / "state-without-code.ttl")

    assert report.consistency == NO_JAVA
    assert not report.conforms  # the shapes ran


def test_abox_sample_keeps_kinds_and_links_of_typed_nodes_only() -> None:
    data = Graph().parse(VALID)

    sample = abox_sample(data, size=5)

    subjects = set(sample.subjects())
    assert 0 < len(subjects) <= 5
    assert all(p == RDF.type or str(p).startswith(str(PK)) for p in sample.predicates())
    assert (None, RDF.type, QB.Observation) not in sample  # only kinds of the ontology


@needs_java
def test_a_valid_graph_is_consistent_with_the_ontology() -> None:
    assert validate(VALID).consistency == "consistent"


@pytest.mark.slow  # two runs of HermiT: the ontology with the graph, then alone, to say which is at fault
@needs_java
def test_a_node_of_two_disjoint_kinds_makes_the_graph_inconsistent() -> None:
    consistency = check_consistency(Graph().parse(DISJOINT_KINDS))
    assert consistency.startswith("inconsistent: the graph contradicts the ontology")
