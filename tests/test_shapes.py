"""The SHACL shapes and quality checks, tested by example.

Every graph in ``tests/shapes/valid/`` conforms. Every graph in
``tests/shapes/invalid/`` breaks the one rule its ``# Rule:`` line names, and
its ``# Expect:`` lines say how the report words it: each expected text is in
some violation, and every violation is one of the expected ones, so a file
cannot pass by breaking some other rule by accident.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, SH, Graph
from rdflib.term import Node

from kg.ontology import shapes_graph
from kg.validate import ValidationReport, validate

SHAPES = Path(__file__).parent / "shapes"
VALID = sorted((SHAPES / "valid").glob("*.ttl"))
INVALID = sorted((SHAPES / "invalid").glob("*.ttl"))


def header_values(path: Path, key: str) -> list[str]:
    """The values of the ``# Key: value`` lines at the head of a test graph."""
    prefix = f"# {key}:"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.removeprefix(prefix).strip() for line in lines if line.startswith(prefix)]


def validate_shapes_and_checks(path: Path) -> ValidationReport:
    # The reasoner is tested once, in test_validate.py; here it would only slow the examples down.
    return validate(path, reasoner=False)


@pytest.mark.parametrize("path", VALID, ids=[p.stem for p in VALID])
def test_valid_graph_conforms(path: Path) -> None:
    report = validate_shapes_and_checks(path)
    assert report.violations == []
    assert report.conforms


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_invalid_graph_breaks_the_rule_it_names(path: Path) -> None:
    expected = header_values(path, "Expect")
    assert header_values(path, "Rule"), f"{path.name} has no '# Rule:' line"
    assert expected, f"{path.name} has no '# Expect:' line"

    report = validate_shapes_and_checks(path)

    assert not report.conforms
    messages = [violation.message for violation in report.violations]
    for text in expected:
        assert any(text in message for message in messages), f"no violation says {text!r}: {messages}"
    unexpected = [m for m in messages if not any(text in m for text in expected)]
    assert unexpected == [], f"{path.name} breaks more than its rule"


def test_every_targeted_shape_has_an_invalid_example() -> None:
    shapes = shapes_graph()
    expected = [text for path in INVALID for text in header_values(path, "Expect")]
    untested = [
        str(shape)
        for shape in set(shapes.subjects(RDF.type, SH.NodeShape))
        if is_targeted(shapes, shape)
        and not any(text in message for text in expected for message in messages_of(shapes, shape))
    ]
    assert untested == []


def is_targeted(shapes: Graph, shape: Node) -> bool:
    targets = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
    return any(shapes.value(shape, target) is not None for target in targets)


def messages_of(shapes: Graph, shape: Node) -> list[str]:
    """The messages a node shape reports: its own, its property shapes' and its SPARQL constraints'."""
    parts = [shape, *shapes.objects(shape, SH.property), *shapes.objects(shape, SH.sparql)]
    return [str(message) for part in parts for message in shapes.objects(part, SH.message)]
