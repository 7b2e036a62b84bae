"""What the UN builder needs of the fr language pack: ordinals, months, verbs and phrases."""

from __future__ import annotations

import pytest

from kg.finders.phrases import PhraseMatcher
from kg.lang import get

PACK = get("fr")


@pytest.mark.parametrize(
    ("words", "number"),
    [
        ("soixante-treizième", 73),
        ("vingt et unième", 21),
        ("soixante-dixième", 70),
        ("quatre-vingt-unième", 81),
        ("première", 1),
    ],
)
def test_parse_ordinal(words: str, number: int) -> None:
    assert PACK.parse_ordinal(words) == number


@pytest.mark.parametrize(("name", "month"), [("décembre", 12), ("août", 8)])
def test_months(name: str, month: int) -> None:
    assert PACK.months[name] == month


@pytest.mark.parametrize(
    ("form", "action"),
    [
        ("Reconnaît", "recognizes"),
        ("Prie", "requests"),
        ("Engage", "urges"),
        ("Demande", "calls-upon"),
        ("Invite", "invites"),
        ("Décide", "decides"),
    ],
)
def test_operative_verbs_as_printed(form: str, action: str) -> None:
    [match] = PhraseMatcher(PACK.operative_verbs, PACK).finditer(form)
    assert match.value == action


@pytest.mark.parametrize(
    ("form", "action"), [("Rappelant", "recalls"), ("Notant avec préoccupation", "notes-with-concern")]
)
def test_preambular_phrases_as_printed(form: str, action: str) -> None:
    [match] = PhraseMatcher(PACK.preambular_phrases, PACK).finditer(form)
    assert match.value == action
