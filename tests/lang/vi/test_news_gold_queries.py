"""Gold facts of the Vietnamese interview on the Viet Nam Migration Profile 2023, through the contract queries."""

from __future__ import annotations

import pytest
from conftest import gold
from helpers import doc_of, fold, nonempty, rows_of, select

GOLD = gold("news-vi-baoquocte-291956.json")
FILE = GOLD["file"]

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def doc(corpus_store) -> str:
    return doc_of(corpus_store, FILE)


def test_document(corpus_store, doc) -> None:
    rows = rows_of(corpus_store, "documents", doc)
    assert {r["language"] for r in rows} == {"vi"}
    assert any(fold(r.get("title", "")) == fold(GOLD["document"]["title"]) for r in rows)


def _cited(store, doc) -> list[dict[str, str]]:
    return select(
        store,
        f"""
        SELECT ?instrument ?symbol ?name ?date ?quote WHERE {{
          <{doc}> pk:cites ?instrument .
          ?m pk:mentionOf ?instrument ; pk:inDocument <{doc}> ; pk:quote ?quote .
          OPTIONAL {{ ?instrument pk:symbol ?symbol }}
          OPTIONAL {{ ?instrument skos:prefLabel ?name FILTER (lang(?name) = "en") }}
          OPTIONAL {{ ?instrument dcterms:date ?date }}
        }}""",
    )


def test_named_instruments(corpus_store, doc) -> None:
    cited = _cited(corpus_store, doc)
    quotes = " | ".join(fold(r["quote"]) for r in cited)
    symbols = {r.get("symbol") for r in cited}
    for named in nonempty(GOLD["citations"]["named_must"]):
        if "symbol" in named:
            assert named["symbol"] in symbols, named
        else:
            assert fold(named["vi"]) in quotes, named


def test_decision_402_with_its_date(corpus_store, doc) -> None:
    (decision,) = [n for n in GOLD["citations"]["named_must"] if n.get("symbol") == "402/QĐ-TTg"]
    dates = {r.get("date") for r in _cited(corpus_store, doc) if r.get("symbol") == decision["symbol"]}
    assert decision["date"] in dates


def test_organizations_and_state(corpus_store, doc) -> None:
    mentioned = select(
        corpus_store,
        f"""
        SELECT DISTINCT ?actor ?code ?name ?quote WHERE {{
          ?m pk:mentionOf ?actor ; pk:inDocument <{doc}> ; pk:quote ?quote .
          OPTIONAL {{ ?actor pk:code ?code }}
          OPTIONAL {{ ?actor skos:prefLabel ?name FILTER (lang(?name) = "en") }}
        }}""",
    )
    codes = {r.get("code") for r in mentioned}
    names = {r.get("name") for r in mentioned}
    quotes = {fold(r["quote"]) for r in mentioned}
    assert set(GOLD["actors"]["states_required"]) <= codes
    for organization in GOLD["actors"]["organizations"]:
        assert (
            organization.get("code") in codes
            or organization["en"] in names
            or fold(organization.get("vi", "-")) in quotes
        ), organization


def test_person_and_post(corpus_store, doc) -> None:
    (person,) = GOLD["actors"]["persons"]
    table = [r for r in rows_of(corpus_store, "posts", doc) if fold(r["name"]) == fold(person["name"])]
    assert table, rows_of(corpus_store, "posts", doc)
    assert any(r["post"] == person["role_en"] for r in table)
    organization_labels = select(
        corpus_store,
        f"""
        SELECT ?label WHERE {{ <{table[0]["organization"]}> skos:altLabel|skos:prefLabel ?label }}""",
    )
    labels = {fold(r["label"]) for r in organization_labels}
    assert fold("Cục Lãnh sự") in labels or fold(person["organization"]) in labels


def test_mandate_of_the_ministry_under_decision_402(corpus_store, doc) -> None:
    table = select(
        corpus_store,
        f"""
        SELECT ?text ?addresseeQuote ?instrument WHERE {{
          ?c a pk:Commitment ; pk:inDocument <{doc}> ; pk:quote ?text ; pk:addressee|pk:issuer ?actor ;
             pk:refersTo ?instrument .
          ?instrument pk:symbol "402/QĐ-TTg" .
          ?m pk:mentionOf ?actor ; pk:quote ?addresseeQuote .
        }}""",
    )
    assert any("bộ ngoại giao" in fold(r["addresseeQuote"]) for r in table), table


def test_statistics_with_qualifiers(corpus_store, doc) -> None:
    table = rows_of(corpus_store, "statistics", doc)
    for stat in nonempty(GOLD["statistics"]["must"]):
        matches = [r for r in table if float(r["value"]) == stat["value"]]
        assert matches, stat
        assert any(r["qualifier"] == stat.get("qualifier", "exact") for r in matches), (stat, matches)
        if "period" in stat:
            assert any(r.get("period") == stat["period"] for r in matches), (stat, matches)


def test_nothing_from_the_teasers_is_attributed_to_the_article(corpus_store, doc) -> None:
    values = {float(r["value"]) for r in rows_of(corpus_store, "statistics", doc)}
    assert not values & {float(v) for v in GOLD["statistics"]["must_not_in_article"]}
    quotes = {fold(r["quote"]) for r in rows_of(corpus_store, "mentions", doc)}
    for foreign in GOLD["boilerplate"]["foreign_actors"]:
        assert not any(fold(foreign) in quote for quote in quotes), foreign


def test_events(corpus_store, doc) -> None:
    table = rows_of(corpus_store, "events", doc)
    for event in nonempty(GOLD["events"]["must"]):
        day, month = event["day"].split("/")
        matches = [r for r in table if r.get("start", "").endswith(f"-{int(month):02d}-{int(day):02d}")]
        assert matches, (event, table)
        places = select(
            corpus_store,
            f"""
            SELECT ?label WHERE {{ <{matches[0]["place"]}> skos:altLabel|skos:prefLabel ?label }}""",
        )
        assert fold(event["place"]) in {fold(r["label"]) for r in places}, event
