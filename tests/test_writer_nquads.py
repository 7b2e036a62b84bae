"""A document's graph writes its N-Quads itself: the bytes pyoxigraph's serialiser gives, lines sorted."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, serialize

from kg.graph.terms import RDFS, XSD
from kg.graph.writer import DocumentQuads, _literal, _node

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


def test_every_character_is_escaped_as_the_serialiser_escapes_it() -> None:
    """The writer makes literals' text itself: every code point, alone, is written as pyoxigraph writes it."""
    code_points = (c for c in range(0x110000) if not 0xD800 <= c < 0xE000)  # surrogates are no text
    differ = [hex(c) for c in code_points if _literal(chr(c)) != str(Literal(chr(c)))]
    assert differ == []


@given(
    st.text(max_size=40),
    st.sampled_from(["en", "vi", "AR", "zh", None]),
    st.sampled_from([None, XSD.date, XSD.string, XSD.integer, XSD.boolean]),
)
@settings(max_examples=200, deadline=None)
def test_a_literal_s_text_is_the_serialiser_s(text: str, language: str | None, datatype: NamedNode | None) -> None:
    """Document text in any script, with a language (written in lower case) or a datatype (none for a string)."""
    if language:
        assert _literal(text, language=language) == str(Literal(text, language=language))
    elif datatype is not None:
        assert _literal(text, datatype=str(datatype)) == str(Literal(text, datatype=datatype))
    else:
        assert _literal(text) == str(Literal(text))


def test_a_node_s_text_is_its_iri_checked() -> None:
    assert _node("https://w3id.org/policy-kg/id/state/VNM") == str(_SUBJECT)
    with pytest.raises(ValueError, match="IRI"):
        _node("https://example.org/a name")


def test_a_graph_of_texts_gives_quads_and_holds_them() -> None:
    quads = DocumentQuads(_GRAPH)
    quads.add_texts(str(_SUBJECT), str(RDFS.label), _literal('Bộ "Ngoại giao"\n', language="vi"))
    quads.add(_SUBJECT, RDFS.label, Literal('Bộ "Ngoại giao"\n', language="vi"))
    assert len(quads) == 1
    assert list(quads) == [Quad(_SUBJECT, RDFS.label, Literal('Bộ "Ngoại giao"\n', language="vi"), _GRAPH)]
    assert Quad(_SUBJECT, RDFS.label, Literal('Bộ "Ngoại giao"\n', language="vi"), _GRAPH) in quads
    assert Quad(_SUBJECT, RDFS.label, Literal("Bộ Ngoại giao", language="vi"), _GRAPH) not in quads
