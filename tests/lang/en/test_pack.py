"""What the UN builder needs of the en language pack: ordinals, months, verbs and phrases."""

from __future__ import annotations

import pytest

from kg.finders.phrases import PhraseMatcher
from kg.lang import get

PACK = get("en")


@pytest.mark.parametrize(
    ("words", "number"),
    [
        ("seventy-third", 73),
        ("Twenty-first", 21),
        ("tenth", 10),
        ("one hundred and first", 101),
        ("73rd", 73),
    ],
)
def test_parse_ordinal(words: str, number: int) -> None:
    assert PACK.parse_ordinal(words) == number


@pytest.mark.parametrize(("name", "month"), [("december", 12), ("june", 6)])
def test_months(name: str, month: int) -> None:
    assert PACK.months[name] == month


@pytest.mark.parametrize(
    ("form", "action"),
    [
        ("Also recognizes", "recognizes"),
        ("Strongly urges", "urges"),
        ("calls upon", "calls-upon"),
        ("Further requests", "requests"),
        ("Takes note", "takes-note"),
    ],
)
def test_operative_verbs_as_printed(form: str, action: str) -> None:
    [match] = PhraseMatcher(PACK.operative_verbs, PACK).finditer(form)
    assert match.value == action


@pytest.mark.parametrize(
    ("form", "action"),
    [
        ("Recalling", "recalls"),
        ("Noting with concern", "notes-with-concern"),
        ("Bearing in mind", "bears-in-mind"),
    ],
)
def test_preambular_phrases_as_printed(form: str, action: str) -> None:
    [match] = PhraseMatcher(PACK.preambular_phrases, PACK).finditer(form)
    assert match.value == action
