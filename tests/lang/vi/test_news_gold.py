"""Gold facts of the Vietnamese interview on the Viet Nam Migration Profile 2023, at the builder level.

The page is read as the reader reads a .txt file: segmented, then built with
the news builder. What the gold file lists must be found; nothing of the
teasers after "Cùng chủ đề" may be attributed to the interview.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import fold, nonempty

from kg import resolve
from kg.builders.news import BUILDER
from kg.model import Document, Extraction, Mention
from kg.readers.segment import segment

ROOT = Path(__file__).resolve().parents[3]
GOLD = json.loads((ROOT / "tests" / "gold" / "news-vi-baoquocte-291956.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def document() -> Document:
    text = (ROOT / "corpus" / GOLD["file"]).read_text(encoding="utf-8")
    return Document(source=GOLD["file"], text=text, language="vi", segments=segment(text, "vi"))


@pytest.fixture(scope="module")
def extraction(document: Document) -> Extraction:
    return BUILDER.build(document)


def _english_name(mention: Mention) -> str:
    return resolve.resolve(mention, "vi").name or mention.name or ""


def test_every_mention_quotes_the_text(document, extraction) -> None:
    for mention in nonempty(extraction.mentions):
        assert document.text[mention.span.start : mention.span.end] == mention.text


def test_the_news_builder_claims_the_page(document) -> None:
    assert BUILDER.score(document) > 0.3


def test_document(extraction) -> None:
    assert extraction.document.kind == "news-article"
    assert fold(extraction.document.title or "") == fold(GOLD["document"]["title"])


def test_the_person_and_her_post(extraction) -> None:
    for person in nonempty(GOLD["actors"]["persons"]):
        (holding,) = [p for p in extraction.posts if p.person.text == person["name"]]
        assert holding.person.kind == "person"
        assert (holding.post, holding.post_name) == (person["role_vi"], person["role_en"])
        assert holding.organization is not None and holding.organization.text == "Cục Lãnh sự"
        assert person["organization"] in _english_name(holding.organization)
        parent = holding.organization.parent
        assert parent is not None and parent.text == "Bộ Ngoại giao"


def test_organizations_and_the_state(extraction) -> None:
    texts = {fold(m.text) for m in extraction.mentions}
    codes = {resolve.resolve(m, "vi").code for m in extraction.mentions}
    keys = {resolve.resolve(m, "vi").key for m in extraction.mentions if m.kind == "state"}
    for organization in GOLD["actors"]["organizations"]:
        if "vi" in organization:
            assert fold(organization["vi"]) in texts, organization
        else:
            assert organization["code"] in codes, organization
    assert set(GOLD["actors"]["states_required"]) <= keys


def test_named_instruments(extraction) -> None:
    citations = extraction.citations
    quotes = " | ".join(fold(c.mention.text) for c in citations)
    for named in nonempty(GOLD["citations"]["named_must"]):
        if "symbol" in named:
            (citation,) = [c for c in citations if c.mention.key == named["symbol"]]
            if "date" in named:
                assert citation.date == named["date"]
        else:
            assert fold(named["vi"]) in quotes, named


def test_the_law_of_2020_and_the_draft_law(extraction) -> None:
    by_text = {fold(c.mention.text): c for c in extraction.citations}
    law, draft = (n for n in GOLD["citations"]["named_must"] if "year" in n or "status" in n)
    assert by_text[fold(law["vi"])].date == str(law["year"])
    assert by_text[fold(law["vi"])].mention.kind == "law"
    assert is_draft_citation(by_text[fold(draft["vi"])].mention, extraction)


def is_draft_citation(mention: Mention, extraction: Extraction) -> bool:
    """A draft law is a "draft-law", or, while the ontology has no such class, a law with a warning."""
    warned = any(mention.text in warning and warning.startswith("draft ") for warning in extraction.warnings)
    return mention.kind == "draft-law" or (mention.kind == "law" and warned)


def test_the_decision_402_names_its_issuer(extraction) -> None:
    (decision,) = [n for n in GOLD["citations"]["named_must"] if n.get("symbol") == "402/QĐ-TTg"]
    (mandate,) = [c for c in extraction.commitments if c.action == "tasks"]
    assert mandate.issuer is not None and decision["issuer"] in _english_name(mandate.issuer)


def test_the_ministry_is_tasked_under_decision_402(extraction) -> None:
    (gold,) = GOLD["commitments"]["must"]
    (mandate,) = [c for c in extraction.commitments if c.action == "tasks"]
    assert mandate.force == "directive"
    assert [a.text for a in mandate.addressees] == ["Bộ Ngoại giao"]
    assert gold["actor"] in _english_name(mandate.addressees[0])
    assert gold["instrument"] in {m.key for m in mandate.instruments}


def test_the_four_statistics(extraction) -> None:
    found = {(s.value, s.qualifier): s for s in extraction.statistics}
    for statistic in nonempty(GOLD["statistics"]["must"]):
        key = (Decimal(statistic["value"]), statistic.get("qualifier", "exact"))
        assert key in found, statistic
        assert found[key].measure
        if "period" in statistic:
            assert found[key].period == statistic["period"]


def test_no_figure_of_the_teasers(extraction) -> None:
    values = {s.value for s in extraction.statistics}
    assert not values & {Decimal(v) for v in GOLD["statistics"]["must_not_in_article"]}


def test_no_actor_of_the_teasers(extraction) -> None:
    named = " | ".join(m.text for m in extraction.mentions)
    for actor in nonempty(GOLD["boilerplate"]["foreign_actors"]):
        assert actor not in named


def test_both_events(extraction) -> None:
    for gold in nonempty(GOLD["events"]["must"]):
        (event,) = [e for e in extraction.events if fold(e.name) == fold(gold["vi"])]
        assert event.kind == "workshop"
        assert event.place is not None and gold["place"] in event.place.text
        day, month = gold["day"].split("/")
        assert event.start == f"--{int(month):02d}-{int(day):02d}"
        assert event.date_inferred is False


def test_the_year_of_an_event_is_inferred_from_the_document_date(document) -> None:
    dated = Document(
        source=document.source,
        text=document.text,
        language="vi",
        date="2024-10-30",
        segments=document.segments,
    )
    events = {e.name: e for e in BUILDER.build(dated).events}
    event = events["Hội thảo công bố Hồ sơ Di cư Việt Nam 2023"]
    assert (event.start, event.date_inferred) == ("2024-10-29", True)
