"""Joint stances (issue 15): a readout's or a joint statement's collective subject is every party's.

"The two leaders reaffirmed ...", "Hai bên nhất trí ...", "双方同意 ...": the parties are those the text names as
meeting (the readout's lead, a joint statement's title); "X and Y commit to ...": both of them. Each party is an
issuer of the one commitment (one ``pk:issuer`` apiece, one row of the ``commitments`` query apiece). Where the
parties cannot be told, or one party speaks alone, the stance stays with one. Each excerpt is composed for the test.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import build_news, rows
from pyoxigraph import DefaultGraph, Quad, RdfFormat, Store, parse

from kg.graph.writer import document_quads
from kg.model import Commitment, Document, Entity, Extraction, Mention, Span
from kg.ontology import ontology_sources


def _stances(text: str, language: str) -> list[tuple[str, list[str]]]:
    """Each commitment's action and the names of its issuers, in text order."""
    return [(c.action, [m.text for m in c.issuers]) for c in build_news(text, language).commitments]


# --- the finder: readouts ---------------------------------------------------------------------------------

_READOUTS = {
    "en": (
        "WASHINGTON, March 12, 2024 - President Ana Lopez welcomed Prime Minister Jan Novak of Czechia to the "
        "White House today. The leaders reaffirmed their support for Ukraine. Both leaders agreed that energy "
        "security is critical.",
        [("reaffirms", ["Ana Lopez", "Jan Novak"]), ("affirms", ["Ana Lopez", "Jan Novak"])],
    ),
    "fr": (
        "PARIS, 12 mars 2024 - Le ministre Paul Martin a reçu la ministre Ana Costa du Portugal. Les deux "
        "ministres ont convenu de renforcer la coopération.",
        [("commits", ["Paul Martin", "Ana Costa"])],
    ),
    "es": (
        "MADRID, 12 de marzo de 2024 - El presidente Luis Gómez recibió al presidente Pedro Silva de Chile. Ambos "
        "mandatarios acordaron ampliar el comercio.",
        [("commits", ["Luis Gómez", "Pedro Silva"])],
    ),
    "vi": (
        "Hà Nội, ngày 12/3/2024 - Thủ tướng Nguyễn Văn An đã hội đàm với Thủ tướng Lào Somsak Vong. Hai bên nhất "
        "trí tăng cường hợp tác kinh tế.",
        [("commits", ["Nguyễn Văn An", "Somsak Vong"])],
    ),
    "ar": (
        "القاهرة، 12 مارس 2024 - استقبل الرئيس أحمد سالم الرئيس التونسي كمال بن علي. واتفق الجانبان على تعزيز التعاون.",
        [("commits", ["أحمد سالم", "كمال بن علي"])],
    ),
    "zh": (
        "新华社北京3月12日电 3月12日，中国外交部长王明在北京同法国外长让·杜邦举行会谈。双方同意加强在气候变化领域的合作。",
        [("commits", ["王明", "让·杜邦"])],
    ),
}


@pytest.mark.parametrize("language", sorted(_READOUTS))
def test_a_readout_s_collective_subject_gives_its_stance_to_both_parties(language: str) -> None:
    text, expected = _READOUTS[language]
    assert _stances(text, language) == expected


def test_the_host_stays_the_first_issuer_so_that_single_issuer_clients_see_no_change() -> None:
    text, _ = _READOUTS["en"]
    commitment = build_news(text, "en").commitments[0]
    assert commitment.issuer is not None and commitment.issuer.text == "Ana Lopez"
    assert [m.text for m in commitment.co_issuers] == ["Jan Novak"]


def test_a_party_that_states_alone_keeps_the_stance_alone() -> None:
    # a readout's lead names both leaders; the host's own pledge is the host's only
    text = (
        "WASHINGTON, March 12, 2024 - President Ana Lopez welcomed Prime Minister Jan Novak of Czechia to the "
        "White House today. President Lopez pledged to increase aid to Czechia."
    )
    assert _stances(text, "en") == [("commits", ["Lopez"])]
    vietnamese = (
        "Hà Nội, ngày 12/3/2024 - Thủ tướng Nguyễn Văn An đã hội đàm với Thủ tướng Lào Somsak Vong. Thủ tướng "
        "Nguyễn Văn An cam kết tăng cường hợp tác kinh tế."
    )
    assert _stances(vietnamese, "vi") == [("commits", ["Nguyễn Văn An"])]


def test_where_no_sentence_names_two_parties_the_host_keeps_today_s_rule() -> None:
    text = "WASHINGTON - President Ana Lopez spoke today with staff. The leaders reaffirmed their support for Ukraine."
    assert _stances(text, "en") == [("reaffirms", ["Ana Lopez"])]


def test_a_subject_that_counts_the_parties_takes_no_more_than_it_counts() -> None:
    text = (
        "WASHINGTON - President Ana Lopez met Prime Minister Jan Novak in the presence of Secretary Tom Reed. "
        "Both leaders agreed that energy security is critical."
    )
    assert _stances(text, "en") == [("affirms", ["Ana Lopez", "Jan Novak"])]


# --- the finder: joint statements -------------------------------------------------------------------------


def test_a_joint_statement_s_parties_are_the_states_its_title_names_between() -> None:
    text = (
        "Joint Statement between Viet Nam and France. The two countries reaffirm their support for the Paris Agreement."
    )
    assert _stances(text, "en") == [("reaffirms", ["Viet Nam", "France"])]


@pytest.mark.parametrize(
    ("language", "text", "parties"),
    [
        ("en", "Joint Statement. Viet Nam and France commit to expanding trade.", ["Viet Nam", "France"]),
        ("fr", "Déclaration conjointe. La France et le Portugal s'engagent à renforcer leur coopération.",
         ["France", "Portugal"]),
        ("ru", "Совместное заявление. Россия и Китай подтвердили приверженность сотрудничеству.", ["Россия", "Китай"]),
        ("es", "Declaración conjunta. México y Chile se comprometen a ampliar el comercio.", ["México", "Chile"]),
    ],
)  # fmt: skip
def test_states_joined_by_a_conjunction_before_the_verb_are_each_an_issuer(
    language: str, text: str, parties: list[str]
) -> None:
    assert [issuers for _, issuers in _stances(text, language)] == [parties]


def test_a_state_named_before_another_s_pledge_but_not_joined_to_it_is_no_party() -> None:
    text = "Joint Statement. After talks in Viet Nam, France commits to expanding trade."
    assert [issuers for _, issuers in _stances(text, "en")] == [["France"]]


# --- the graph and the contract ------------------------------------------------------------------------------

_TEXT = "Joint statement of France and Viet Nam. The two sides reaffirmed their commitment to the Paris Agreement."


def _at(needle: str, kind: str, key: str) -> Mention:
    start = _TEXT.index(needle)
    return Mention(Span(start, start + len(needle)), needle, kind, key=key)


def _resolve(mention: Mention) -> Entity:
    return Entity(mention.kind, mention.key or mention.text, name=mention.text, code=mention.key, rule="test")


def _joint_quads(first: str, second: str) -> bytes:
    parties = {"FRA": _at("France", "state", "FRA"), "VNM": _at("Viet Nam", "state", "VNM")}
    start = _TEXT.index("The two sides")
    extraction = Extraction(builder="test", builder_version="0.1")
    extraction.document.kind = "statement"
    extraction.commitments.append(
        Commitment(Span(start, len(_TEXT)), "reaffirms", "declaratory", parties[first], co_issuers=(parties[second],))
    )
    document = Document(source="docs/joint.txt", text=_TEXT, language="en", sha256="0" * 64)
    _, quads = document_quads(document, extraction, _resolve)
    return quads.sorted_nquads()


def test_the_commitment_s_iri_and_quads_do_not_depend_on_the_order_its_parties_are_found_in() -> None:
    assert _joint_quads("FRA", "VNM") == _joint_quads("VNM", "FRA")


def test_the_commitments_query_gives_one_row_per_issuer_of_the_same_commitment() -> None:
    store = Store()
    # as a build's store answers: the document's graph and the ontology queried as one
    for quad in parse(_joint_quads("FRA", "VNM"), format=RdfFormat.N_QUADS):
        store.add(Quad(quad.subject, quad.predicate, quad.object, DefaultGraph()))
    for source in ontology_sources():  # the action scheme names the actions
        store.load(path=str(source), format=RdfFormat.TURTLE, to_graph=DefaultGraph())
    found = rows(store, "commitments")
    assert len(found) == 2
    assert len({row["commitment"] for row in found}) == 1
    assert {row["issuerName"] for row in found} == {"France", "Viet Nam"}
    assert {row["action"] for row in found} == {"reaffirms"}


def test_issuers_lists_the_issuer_first_then_those_who_take_the_stance_with_it() -> None:
    france, viet_nam = _at("France", "state", "FRA"), _at("Viet Nam", "state", "VNM")
    alone = Commitment(Span(0, 4), "reaffirms", "declaratory", france)
    assert alone.issuers == (france,)
    assert replace(alone, co_issuers=(viet_nam,)).issuers == (france, viet_nam)
    assert Commitment(Span(0, 4), "notes", "declaratory").issuers == ()


@pytest.mark.parametrize(
    ("language", "text", "parties"),
    [
        (
            "es",
            "Título\n\nEl Partido Verde de Jalisco y el Partido Azul irán en alianza a los comicios, advirtieron.\n",
            ["Partido Verde de Jalisco", "Partido Azul"],
        ),
        (
            "fr",
            "Titre\n\nLa Fédération des Usagers du Rail (FUR) a rencontré la Ligue des Cheminots Réunis (LCR).\n\n"
            "La FUR et la LCR saisiront le tribunal.\n",
            ["FUR", "LCR"],
        ),
    ],
)
def test_two_bodies_joined_before_their_verb_each_pledge(language: str, text: str, parties: list[str]) -> None:
    """Before, a subject joining two organisations ("el PVJ y el PAZ irán") pledged as its last body alone."""
    (pledge,) = build_news(text, language).commitments
    assert pledge.issuer is not None
    assert sorted([pledge.issuer.text, *(p.text for p in pledge.co_issuers)]) == sorted(parties)
