"""The views draw a joint stance (issue 15) under each of its parties, and list it once.

A commitment with several issuers is an edge from each party to each addressee, and a quote under each party's
node; the document's table of commitments, and an entity's page, have one row for it, its parties together.
Facts composed for the test.
"""

from __future__ import annotations

from pyoxigraph import DefaultGraph, Quad, Store

from kg.graph.writer import document_quads
from kg.model import Commitment as Commitment_
from kg.model import Document as ModelDocument
from kg.model import Entity as ModelEntity
from kg.model import Extraction, Mention, Span
from kg.publish.pages import entity_page, store_runners
from kg.views import _commitment_quotes, _document_network, _facts_tables
from kg.views.gather import Commitment, Document, DocumentFacts, Entity

_ID = "https://w3id.org/policy-kg/id/"
_PARTIES = (("France", "FRA"), ("Viet Nam", "VNM"))
_FRANCE, _VIET_NAM, _UNESCO = f"{_ID}state/FRA", f"{_ID}state/VNM", f"{_ID}intergovernmental-organization/unesco"


def _facts() -> DocumentFacts:
    document = Document(f"{_ID}statement/joint/en", "g", f"{_ID}statement/joint", "Joint statement", "en", "", "statement",
                        "2024-03-12", "corpus/joint.txt")  # fmt: skip
    entities = {
        iri: Entity(iri, {"state"}, {"en": name}) for iri, name in ((_FRANCE, "France"), (_VIET_NAM, "Viet Nam"))
    }
    entities[_UNESCO] = Entity(_UNESCO, {"intergovernmental-organization"}, {"en": "UNESCO"})
    joint = Commitment(f"{document.iri}/commitment/40-90-invites", document.iri, (_FRANCE, _VIET_NAM), (_UNESCO,),
                       "exhortatory", "invites", "The two sides invited UNESCO to join.", 40, 90, "", "")  # fmt: skip
    return DocumentFacts(document, entities, [], [joint], [], [])


def test_the_document_s_table_lists_a_joint_stance_once_with_its_parties_together() -> None:
    commitments = next(table for table in _facts_tables(_facts()) if "issuer" in table.get("columns", ()))
    assert [row["cells"][3] for row in commitments["rows"]] == ["France, Viet Nam"]


def test_each_party_of_a_joint_stance_asks_the_addressee_in_the_document_s_network() -> None:
    network, _ = _document_network(_facts())
    edges = {(edge["from"], edge["to"]) for edge in network.edges if edge.get("force")}
    assert edges == {(_FRANCE, _UNESCO), (_VIET_NAM, _UNESCO)}


def test_a_joint_stance_s_quote_is_under_each_party_once() -> None:
    facts = _facts()
    quotes = _commitment_quotes(facts.commitments, {facts.document.iri: facts.document}, 0)
    assert {actor: len(found) for actor, found in quotes.items()} == {_FRANCE: 1, _VIET_NAM: 1, _UNESCO: 1}


def test_an_entity_page_lists_a_joint_stance_once_with_every_party() -> None:
    text = "France and Viet Nam. The two sides reaffirmed their support."
    parties = [Mention(Span(text.index(n), text.index(n) + len(n)), n, "state", key=k) for n, k in _PARTIES]
    extraction = Extraction(builder="test", builder_version="0.1")
    start = text.index("The two sides")
    extraction.commitments.append(
        Commitment_(Span(start, len(text)), "reaffirms", "declaratory", parties[0], co_issuers=(parties[1],))
    )
    document = ModelDocument(source="docs/joint.txt", text=text, language="en", sha256="0" * 64)
    store = Store()  # one graph, as a build's store answers
    _, quads = document_quads(document, extraction, lambda m: ModelEntity(m.kind, m.key or m.text, rule="test"))
    store.extend(Quad(q.subject, q.predicate, q.object, DefaultGraph()) for q in quads)
    select, _ = store_runners(store)

    page = entity_page(f"{_ID}state/FRA", select, lambda iri: iri)
    assert page is not None
    table = page.split("Commitments it issues or receives", 1)[1]
    assert table.count("<td>issues</td>") == 1
    assert f"{_ID}state/FRA</a>, <a" in table and f"{_ID}state/VNM</a>" in table
