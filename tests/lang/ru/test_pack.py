"""What the UN builder needs of the ru language pack: ordinals, months, verbs and phrases."""

from __future__ import annotations

import pytest

from kg.finders.phrases import PhraseMatcher
from kg.lang import get

PACK = get("ru")


@pytest.mark.parametrize(
    ("words", "number"),
    [
        ("семьдесят третьей", 73),
        ("Семьдесят третья", 73),
        ("двадцать первой", 21),
        ("десятой", 10),
        ("семидесятой", 70),
    ],
)
def test_parse_ordinal(words: str, number: int) -> None:
    assert PACK.parse_ordinal(words) == number


@pytest.mark.parametrize(("name", "month"), [("декабря", 12), ("июль", 7)])
def test_months(name: str, month: int) -> None:
    assert PACK.months[name] == month


@pytest.mark.parametrize(
    ("form", "action"),
    [
        ("признает", "recognizes"),
        ("просит", "requests"),
        ("призывает", "calls-upon"),
        ("настоятельно призывает", "urges"),
        ("постановляет", "decides"),
    ],
)
def test_operative_verbs_as_printed(form: str, action: str) -> None:
    [match] = PhraseMatcher(PACK.operative_verbs, PACK).finditer(form)
    assert match.value == action


@pytest.mark.parametrize(
    ("form", "action"), [("ссылаясь", "recalls"), ("с обеспокоенностью отмечая", "notes-with-concern")]
)
def test_preambular_phrases_as_printed(form: str, action: str) -> None:
    [match] = PhraseMatcher(PACK.preambular_phrases, PACK).finditer(form)
    assert match.value == action
