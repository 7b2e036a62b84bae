"""Gold facts of the Arabic report of the Second Committee (A/72/417), checked through the contract queries.

Floors are pinned here; lowering one is an explicit act in review.
"""

from __future__ import annotations

import pytest
from conftest import gold
from helpers import doc_of, nonempty, recall_precision, rows_of, select

GOLD = gold("un-ar-a-72-417.json")
FILE = GOLD["file"]
CITATION_RECALL_FLOOR = 0.95
CITATION_PRECISION_FLOOR = 0.95

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def doc(corpus_store) -> str:
    return doc_of(corpus_store, FILE)


def test_document_metadata(corpus_store, doc) -> None:
    (row,) = {r["doc"]: r for r in rows_of(corpus_store, "documents", doc)}.values()
    assert row["language"] == "ar"
    assert row["date"] == GOLD["document"]["date"]
    kinds = {r["kind"] for r in rows_of(corpus_store, "documents", doc)}
    assert GOLD["document"]["kind"] in kinds


def test_citations_recall_and_precision(corpus_store, doc) -> None:
    found = {r["symbol"] for r in rows_of(corpus_store, "citations", doc) if "symbol" in r}
    citations = GOLD["citations"]
    named_symbols = {n["symbol"] for n in citations["named_must"] if "symbol" in n}
    recall, precision = recall_precision(found, set(citations["must"]), set(citations["may"]) | named_symbols)
    missing = sorted(set(citations["must"]) - found)
    extra = sorted(found - set(citations["must"]) - set(citations["may"]) - named_symbols)
    assert recall >= CITATION_RECALL_FLOOR, f"missing: {missing}"
    assert precision >= CITATION_PRECISION_FLOOR, f"not in gold: {extra}"


def test_named_instruments_are_linked(corpus_store, doc) -> None:
    cited = rows_of(corpus_store, "citations", doc)
    symbols = {r.get("symbol") for r in cited}
    names = " | ".join(r.get("name", "") for r in cited)
    for named in nonempty(GOLD["citations"]["named_must"]):
        if "symbol" in named:
            assert named["symbol"] in symbols, named
        else:
            assert named["en"] in names, named


def test_cited_instruments_carry_their_dates(corpus_store, doc) -> None:
    dates = {(r.get("symbol"), r.get("date")) for r in rows_of(corpus_store, "citations", doc)}
    for dated in nonempty(GOLD["citations"]["dated"]):
        assert (dated["symbol"], dated["date"]) in dates, dated


def _operative_paragraphs(store, doc) -> dict[str, list[dict[str, str]]]:
    """The commitments of each operative paragraph, in text order."""
    table = select(
        store,
        f"""
        SELECT ?number ?start ?action ?force WHERE {{
          ?c a pk:Commitment ; pk:inDocument <{doc}> ; pk:start ?start ; pk:action ?a ; pk:force ?f ;
             pk:inParagraph ?p .
          ?p pk:section "operative" ; pk:paragraphNumber ?number .
          ?a skos:prefLabel ?action FILTER (lang(?action) = "en")
          BIND (STRAFTER(STR(?f), "/force/") AS ?force)
        }} ORDER BY xsd:integer(?number) ?start""",
    )
    paragraphs: dict[str, list[dict[str, str]]] = {}
    for row in table:
        paragraphs.setdefault(row["number"], []).append(row)
    return paragraphs


def test_every_operative_paragraph_with_its_force(corpus_store, doc) -> None:
    paragraphs = _operative_paragraphs(corpus_store, doc)
    expected = {str(n): force for n, force in GOLD["commitments"]["operative"]}
    assert len(paragraphs) == GOLD["commitments"]["operative_count"], sorted(paragraphs, key=int)
    wrong = {
        n: (paragraphs.get(n, [{}])[0].get("force"), force)
        for n, force in expected.items()
        if paragraphs.get(n, [{}])[0].get("force") != force
    }
    assert not wrong, f"paragraph: (found, gold) {wrong}"


def test_operative_actions(corpus_store, doc) -> None:
    paragraphs = _operative_paragraphs(corpus_store, doc)
    for number, action in nonempty(GOLD["commitments"]["actions"].items()):
        assert paragraphs[number][0]["action"] == action, number


def test_addressees(corpus_store, doc) -> None:
    table = rows_of(corpus_store, "commitments", doc)
    for expected in nonempty(GOLD["commitments"]["addressees"]):
        names = {r.get("addresseeName") for r in table if r.get("paragraph") == str(expected["paragraph"])}
        assert expected["addressee"] in names, (expected, names)


def test_deadlines(corpus_store, doc) -> None:
    table = select(
        corpus_store,
        f"""
        SELECT ?number ?year ?session WHERE {{
          ?c pk:inDocument <{doc}> ; pk:inParagraph ?p .
          ?p pk:section "operative" ; pk:paragraphNumber ?number .
          OPTIONAL {{ ?c pk:deadline ?year }}
          OPTIONAL {{ ?c pk:dueAtSession/pk:session ?session }}
        }}""",
    )
    for deadline in nonempty(GOLD["commitments"]["deadlines"]):
        number = str(deadline["paragraph"])
        if "year" in deadline:
            assert any(r["number"] == number and r.get("year", "").startswith(str(deadline["year"])) for r in table)
        if "session" in deadline:
            assert any(r["number"] == number and r.get("session") == str(deadline["session"]) for r in table)


def test_statistics(corpus_store, doc) -> None:
    table = rows_of(corpus_store, "statistics", doc)
    for stat in nonempty(GOLD["statistics"]["must"]):
        matches = [r for r in table if float(r["value"]) == stat["value"]]
        assert matches, stat
        if "qualifier" in stat:
            assert any(r["qualifier"] == stat["qualifier"] for r in matches), stat
        if "area" in stat and stat["area"] != "world":
            assert any(stat["area"].casefold() in r.get("areaName", "").casefold() for r in matches), stat


def test_events(corpus_store, doc) -> None:
    table = rows_of(corpus_store, "events", doc)
    for event in nonempty(GOLD["events"]["must"]):
        year = str(event.get("year") or event["start"][:4])
        matches = [r for r in table if r.get("placeName") == event["place"] and r.get("start", "").startswith(year)]
        assert matches, event
        if "start" in event:
            assert any(r["start"] == event["start"] and r.get("end") == event["end"] for r in matches), event


def test_actors(corpus_store, doc) -> None:
    mentioned = select(
        corpus_store,
        f"""
        SELECT DISTINCT ?code ?name WHERE {{
          ?m pk:mentionOf ?actor ; pk:inDocument <{doc}> .
          OPTIONAL {{ ?actor pk:code ?code }}
          OPTIONAL {{ ?actor skos:prefLabel ?name FILTER (lang(?name) = "en") }}
        }}""",
    )
    codes = {r.get("code") for r in mentioned}
    names = {r.get("name") for r in mentioned}
    assert set(GOLD["actors"]["states_required"]) <= codes
    for organization in GOLD["actors"]["organizations"] + GOLD["actors"]["groups"]:
        assert organization.get("code") in codes or organization["en"] in names, organization


def test_rapporteur(corpus_store, doc) -> None:
    (person,) = GOLD["actors"]["persons"]
    table = [r for r in rows_of(corpus_store, "posts", doc) if person["label_ar"] in r["name"]]
    assert table, rows_of(corpus_store, "posts", doc)
    assert any(r["post"] == person["role"] and r.get("state", "").endswith("/" + person["state"]) for r in table)
