"""The graph writer: facts become quads with spans, provenance and stable IRIs."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pyoxigraph import Store

from kg.graph.writer import document_quads
from kg.model import (
    Citation,
    Commitment,
    Deadline,
    Document,
    Entity,
    Event,
    Extraction,
    Mention,
    Paragraph,
    PostHolding,
    Span,
    Statistic,
)

TEXT = (
    "The General Assembly,\n"
    "1. Requests the Secretary-General to report at its seventy-third session, "
    "recalling resolution 70/1; 90 subscriptions per 100 people in developed countries. "
    "Ms. Jane Doe (Zambia), Rapporteur. Forum held in Athens in 2006."
)


def _span(text: str, needle: str) -> Span:
    start = TEXT.index(needle)
    return Span(start, start + len(needle))


def _mention(needle: str, kind: str, key: str | None = None) -> Mention:
    span = _span(TEXT, needle)
    return Mention(span, span.of(TEXT), kind, key=key)


def _resolve(mention: Mention) -> Entity:
    names = {"GA": "General Assembly", "SG": "Secretary-General", "ZMB": "Zambia"}
    key = mention.key or mention.text.casefold().replace(" ", "-")
    return Entity(mention.kind, key, name=names.get(key), code=key if key in names else None, rule="test")


def _extraction() -> Extraction:
    assembly = _mention("General Assembly", "un-body", "GA")
    paragraph = Paragraph(_span(TEXT, "1. Requests"), "operative", "1")
    resolution = _mention("70/1", "resolution", "A/RES/70/1")
    extraction = Extraction(builder="test", builder_version="9.9")
    extraction.document.kind = "resolution"
    extraction.document.symbol = "A/RES/99/1"
    extraction.document.body = assembly
    extraction.citations.append(Citation(resolution, date="2015-09-25"))
    extraction.paragraphs.append(paragraph)
    extraction.commitments.append(
        Commitment(
            span=_span(TEXT, "Requests the Secretary-General to report at its seventy-third session"),
            action="requests",
            force="directive",
            issuer=assembly,
            addressees=(_mention("Secretary-General", "un-body", "SG"),),
            deadline=Deadline(_span(TEXT, "seventy-third session"), session=73),
            instruments=(resolution,),
            paragraph=paragraph,
        )
    )
    extraction.statistics.append(
        Statistic(
            _span(TEXT, "90 subscriptions per 100 people"),
            Decimal("90.0"),
            unit="per 100 people",
            measure="subscriptions",
            area=_mention("developed countries", "group-of-states"),
        )
    )
    extraction.events.append(
        Event(
            _span(TEXT, "Forum held in Athens in 2006"),
            "Forum",
            "forum",
            place=_mention("Athens", "place"),
            start="2006",
        )
    )
    extraction.posts.append(
        PostHolding(
            _span(TEXT, "Ms. Jane Doe (Zambia), Rapporteur"),
            _mention("Jane Doe", "person"),
            "Rapporteur",
            "Rapporteur",
            state=_mention("Zambia", "state", "ZMB"),
        )
    )
    return extraction


@pytest.fixture(scope="module")
def store() -> Store:
    document = Document(source="docs/test.txt", text=TEXT, language="en", sha256="0" * 64)
    _, quads = document_quads(document, _extraction(), _resolve)
    store = Store()
    store.extend(quads)
    return store


def _ask(store: Store, pattern: str) -> bool:
    prefixes = (
        "PREFIX pk: <https://w3id.org/policy-kg/ontology#> PREFIX act: <https://w3id.org/policy-kg/ontology/action/> "
        "PREFIX force: <https://w3id.org/policy-kg/ontology/force/> PREFIX dcterms: <http://purl.org/dc/terms/> "
        "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
        "PREFIX org: <http://www.w3.org/ns/org#> PREFIX qb: <http://purl.org/linked-data/cube#> "
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    )
    return bool(store.query(prefixes + "ASK { " + pattern + " }", use_default_graph_as_union=True))


def test_the_work_is_keyed_by_its_symbol_and_linked_to_undocs(store: Store) -> None:
    assert _ask(
        store,
        "<https://w3id.org/policy-kg/id/un/A/RES/99/1/en> pk:realizes ?w . "
        "?w pk:symbol 'A/RES/99/1' ; rdfs:seeAlso <https://undocs.org/A/RES/99/1> ; a pk:Resolution",
    )


def test_commitment_has_action_force_parties_deadline_and_span(store: Store) -> None:
    assert _ask(
        store,
        """?c a pk:Commitment ; pk:action act:requests ; pk:force force:directive ;
        pk:issuer <https://w3id.org/policy-kg/id/un-body/ga> ; pk:addressee ?sg ;
        pk:refersTo <https://w3id.org/policy-kg/id/un/A/RES/70/1> ;
        pk:dueAtSession ?s ; pk:inParagraph ?p ; pk:start ?start ; pk:end ?end ; pk:quote ?q ;
        prov:wasGeneratedBy ?activity .
        ?s pk:session 73 . ?p pk:section 'operative' ; pk:paragraphNumber '1' .
        ?activity prov:wasAssociatedWith ?agent . FILTER (STRSTARTS(?q, 'Requests the Secretary-General'))""",
    )


def test_statistic_is_an_observation_with_a_plain_decimal(store: Store) -> None:
    assert _ask(
        store,
        "?o a qb:Observation ; pk:value 90.0 ; pk:unit 'per 100 people' ; pk:qualifier 'exact' ; "
        "pk:refArea ?area ; qb:dataSet ?ds . FILTER (STR(?o) != '')",
    )
    assert _ask(store, "?o pk:value ?v FILTER (STR(?v) = '90')")


def test_citation_carries_the_instrument_date(store: Store) -> None:
    assert _ask(store, "?doc pk:cites ?r . ?r pk:symbol 'A/RES/70/1' ; dcterms:date '2015-09-25'^^xsd:date")


def test_posts_and_events(store: Store) -> None:
    assert _ask(store, "?person org:holds ?post . ?person pk:represents <https://w3id.org/policy-kg/id/state/ZMB>")
    assert _ask(store, "?e a pk:Forum ; pk:place ?place ; pk:startDate '2006'^^xsd:gYear")


def test_every_mention_quote_is_the_text_at_its_span(store: Store) -> None:
    results = store.query(
        "SELECT ?s ?e ?q WHERE { ?m a <https://w3id.org/policy-kg/ontology#Mention> ; "
        "<https://w3id.org/policy-kg/ontology#start> ?s ; <https://w3id.org/policy-kg/ontology#end> ?e ; "
        "<https://w3id.org/policy-kg/ontology#quote> ?q }",
        use_default_graph_as_union=True,
    )
    found = [(int(r["s"].value), int(r["e"].value), r["q"].value) for r in results]
    assert len(found) >= 6
    assert all(TEXT[s:e] == q for s, e, q in found)


def test_same_facts_give_the_same_quads() -> None:
    document = Document(source="docs/test.txt", text=TEXT, language="en")
    first = document_quads(document, _extraction(), _resolve)
    second = document_quads(document, _extraction(), _resolve)
    assert first == second
