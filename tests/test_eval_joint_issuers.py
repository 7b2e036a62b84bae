"""The scorer on joint stances (issue 15): a gold issuer written "X and Y", or as a list, is a set of parties.

It matches the set of issuers the build gives the commitment: each gold party one of them and each of them a
gold party, so that a joint stance given to the host alone, or one party's stance given to both, is wrong. Golds
and builds are composed for the test.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kg.eval.facts import Actor, Commitment, DocumentFacts, facts_from_rows
from kg.eval.gold import Gold, family_of
from kg.eval.score import FactScore, score_document

_QUOTE = "The leaders reaffirmed their support"
_HOST = Actor("person", "Ana Lopez", labels=["President Lopez"])
_GUEST = Actor("person", "Jan Novak", labels=["Prime Minister Jan Novak"])


def _issuers(actor: Any, built: list[Actor], language: str = "en", quote: str = _QUOTE) -> FactScore:
    document = {"kind": "statement", "language": language}
    facts = {"file": "doc.txt", "document": document, "commitments": {"must": [{"actor": actor, "quote": quote}]}}
    gold = Gold(name="doc", path=Path("doc.json"), facts=facts, family=family_of(document))
    commitment = Commitment(
        issuer=[name for actor in built for name in actor.names()],
        issuers={f"id/{index}": actor for index, actor in enumerate(built)},
        text=quote,
    )
    return score_document(gold, DocumentFacts("doc.txt", commitments=[commitment])).scores["issuers"]


def test_a_gold_issuer_written_x_and_y_matches_both_issuers_built() -> None:
    found = _issuers("Lopez and Novak", [_HOST, _GUEST])
    assert (found.recall, found.precision) == (1, 1)


def test_a_joint_stance_built_for_the_host_alone_is_missed_and_wrong() -> None:
    found = _issuers("Lopez and Novak", [_HOST])
    assert (found.recall, found.precision) == (0, 0)
    assert found.missed == [f"'{_QUOTE}': Lopez and Novak (built Ana Lopez)"]


def test_one_party_s_stance_built_for_both_is_wrong() -> None:
    found = _issuers("President Lopez", [_HOST, _GUEST])
    assert (found.recall, found.precision) == (0, 0)


def test_a_gold_list_of_parties_matches_in_any_order() -> None:
    states = [Actor("state", "Viet Nam", "VNM", ["Việt Nam"]), Actor("state", "France", "FRA", ["Pháp"])]
    found = _issuers(["Pháp", "Việt Nam"], states, language="vi")
    assert (found.recall, found.precision) == (1, 1)


def test_a_gold_joins_parties_by_its_own_language_s_conjunction() -> None:
    states = [Actor("state", "Viet Nam", "VNM", ["Việt Nam"]), Actor("state", "Laos", "LAO", ["Lào"])]
    assert _issuers("Việt Nam và Lào", states, language="vi").recall == 1
    russian = [Actor("state", "Russia", "RUS", ["Россия"]), Actor("state", "China", "CHN", ["Китай"])]
    assert _issuers("Россия и Китай", russian, language="ru").recall == 1


def test_a_name_that_holds_a_conjunction_is_one_party() -> None:
    ministry = Actor(
        "government-agency", "Ministry of Agriculture and Environment", labels=["Bộ Nông nghiệp và Môi trường"]
    )
    found = _issuers("Bộ Nông nghiệp và Môi trường", [ministry], language="vi")
    assert (found.recall, found.precision) == (1, 1)


def test_the_rows_of_a_joint_commitment_give_one_issuer_each() -> None:
    doc, commitment = "https://w3id.org/policy-kg/id/doc/en", "https://w3id.org/policy-kg/id/doc/en/commitment/1"
    row = {"doc": doc, "commitment": commitment, "action": "reaffirms", "force": "declaratory", "text": _QUOTE}
    rows = {
        "documents": [{"doc": doc, "source": "corpus/doc.txt", "kind": "statement"}],
        "actors": [
            {"actor": "id/lopez", "kind": "person", "name": "Ana Lopez", "label": "President Lopez"},
            {"actor": "id/novak", "kind": "person", "name": "Jan Novak", "label": "Jan Novak"},
        ],
        "commitments": [{**row, "issuer": "id/lopez"}, {**row, "issuer": "id/novak"}],
    }
    built = facts_from_rows(rows)["doc.txt"].commitments
    assert len(built) == 1
    assert [actor.name for actor in built[0].issuers.values()] == ["Ana Lopez", "Jan Novak"]
