"""What the UN builder needs of the es language pack: ordinals, months, verbs and phrases."""

from __future__ import annotations

import pytest

from kg.finders.phrases import PhraseMatcher
from kg.lang import get

PACK = get("es")


@pytest.mark.parametrize(
    ("words", "number"),
    [
        ("septuagésimo tercer", 73),
        ("vigésimo primer", 21),
        ("decimotercero", 13),
        ("septuagésima tercera", 73),
    ],
)
def test_parse_ordinal(words: str, number: int) -> None:
    assert PACK.parse_ordinal(words) == number


@pytest.mark.parametrize(("name", "month"), [("diciembre", 12), ("setiembre", 9)])
def test_months(name: str, month: int) -> None:
    assert PACK.months[name] == month


@pytest.mark.parametrize(
    ("form", "action"),
    [
        ("Reconoce", "recognizes"),
        ("Solicita", "requests"),
        ("Exhorta", "calls-upon"),
        ("Insta", "urges"),
        ("Decide", "decides"),
    ],
)
def test_operative_verbs_as_printed(form: str, action: str) -> None:
    [match] = PhraseMatcher(PACK.operative_verbs, PACK).finditer(form)
    assert match.value == action


@pytest.mark.parametrize(
    ("form", "action"), [("Recordando", "recalls"), ("Observando con preocupación", "notes-with-concern")]
)
def test_preambular_phrases_as_printed(form: str, action: str) -> None:
    [match] = PhraseMatcher(PACK.preambular_phrases, PACK).finditer(form)
    assert match.value == action
