"""Kinds come from the ontology (pk:kindName) through one enum, kg.model.Kind."""

from __future__ import annotations

from kg import ontology
from kg.model import INSTRUMENT_KINDS, NARROWER_INSTRUMENT_KINDS, Kind, ontology_kind


def test_the_enum_holds_exactly_the_kinds_of_the_ontology() -> None:
    assert {kind.value for kind in Kind} == set(ontology.kind_names())


def test_a_kind_is_its_name_in_the_query_contract() -> None:
    assert Kind.UN_BODY == "un-body" and f"{Kind.UN_BODY}" == "un-body" and str(Kind.NEWS_ARTICLE) == "news-article"
    assert {Kind.STATE: 1}["state"] == 1  # a member and its string are one key


def test_every_kind_a_language_gives_an_instrument_falls_under_an_ontology_class() -> None:
    for kind, broader in NARROWER_INSTRUMENT_KINDS.items():
        assert kind not in ontology.kind_names()
        assert ontology_kind(kind) is broader and broader in ontology.kind_names()
    assert ontology_kind("law") is Kind.LAW and ontology_kind("a-kind-no-one-uses") is Kind.INSTRUMENT


def test_instruments_are_told_from_actors_in_un_documents_and_in_news_alike() -> None:
    # the UN builder's copy listed "agenda", "framework", "note", "letter"; the news finder's "decree",
    # "circular", "protocol", "draft-law": one set holds both
    for kind in ("agenda", "framework", "note", "letter", "presidential-statement", "decree", "circular", "protocol"):
        assert kind in INSTRUMENT_KINDS
    for kind in (Kind.STATE, Kind.UN_BODY, Kind.POST, Kind.PERSON, Kind.GOVERNMENT_AGENCY):
        assert kind not in INSTRUMENT_KINDS
