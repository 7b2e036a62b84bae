"""What the UN builder needs of the en language pack: ordinals, months, verbs and phrases."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.builders.un.phrases import PhraseMatcher
from kg.lang import get
from kg.ontology import actions

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


@given(st.text(max_size=40))
def test_parse_ordinal_never_raises(text: str) -> None:
    value = PACK.parse_ordinal(text)
    assert value is None or value > 0


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


def test_every_action_is_in_the_ontology() -> None:
    known = set(actions())
    assert set(PACK.operative_verbs.values()) <= known
    assert set(PACK.preambular_phrases.values()) <= known


def test_posts_have_english_names() -> None:
    assert "Secretary-General" in PACK.posts.values()
    assert "Rapporteur" in PACK.posts.values()
