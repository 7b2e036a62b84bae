"""A document's graph writes its N-Quads itself: the bytes pyoxigraph's serialiser gives, lines sorted."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, serialize

from kg.graph.terms import RDFS, XSD
from kg.graph.writer import DocumentQuads

_GRAPH = NamedNode("https://w3id.org/policy-kg/id/graph/test")
_SUBJECT = NamedNode("https://w3id.org/policy-kg/id/state/VNM")


def _serialised(quads: DocumentQuads) -> bytes:
    data = serialize(list(quads), format=RdfFormat.N_QUADS) or b""
    return b"".join(sorted(set(data.splitlines(keepends=True))))


@given(st.lists(st.text(max_size=40), max_size=8), st.sampled_from(["en", "vi", "ar", "zh", None]))
@settings(max_examples=200, deadline=None)
def test_document_text_in_literals_is_escaped_as_the_serialiser_escapes_it(
    texts: list[str], language: str | None
) -> None:
    """Document text is data: quotes, backslashes, line breaks and control characters in it are
    escaped, whatever script it is in."""
    quads = DocumentQuads(_GRAPH)
    for text in texts:
        quads.add(_SUBJECT, RDFS.label, Literal(text, language=language) if language else Literal(text))
        quads.add(_SUBJECT, RDFS.comment, Literal(text, datatype=XSD.date))
    assert quads.sorted_nquads() == _serialised(quads)


def test_a_fact_written_twice_is_one_line() -> None:
    quads = DocumentQuads(_GRAPH)
    label = Literal('La "Déclaration"\nde \\ Los Ángeles', language="fr")
    quads.add(_SUBJECT, RDFS.label, label)
    quads.add(_SUBJECT, RDFS.label, Literal('La "Déclaration"\nde \\ Los Ángeles', language="fr"))
    assert len(quads) == 1
    assert Quad(_SUBJECT, RDFS.label, label, _GRAPH) in quads
    assert quads.sorted_nquads() == _serialised(quads)
    assert quads.sorted_nquads().count(b"\n") == 1
