"""What the UN builder needs of the ar language pack: ordinals, months, verbs and phrases."""

from __future__ import annotations

import pytest

from kg.finders.phrases import PhraseMatcher
from kg.lang import get

PACK = get("ar")


@pytest.mark.parametrize(
    ("words", "number"),
    [
        ("الثالثة والسبعين", 73),
        ("الثانية والسبعون", 72),
        ("الحادية والعشرين", 21),
        ("العاشرة", 10),
        ("الرابعة عشرة", 14),
    ],
)
def test_parse_ordinal(words: str, number: int) -> None:
    assert PACK.parse_ordinal(words) == number


@pytest.mark.parametrize(("name", "month"), [("كانون الأول/ديسمبر", 12), ("تموز", 7), ("يوليه", 7)])
def test_months(name: str, month: int) -> None:
    assert PACK.months[name] == month


@pytest.mark.parametrize(
    ("form", "action"),
    [
        ("تسلّم أيضاً", "recognizes"),
        ("وتحث", "urges"),
        ("تهيئ", "calls-upon"),
        ("تقرّر", "decides"),
        ("يطلب", "requests"),
    ],
)
def test_operative_verbs_as_printed(form: str, action: str) -> None:
    [match] = PhraseMatcher(PACK.operative_verbs, PACK).finditer(form)
    assert match.value == action


@pytest.mark.parametrize(
    ("form", "action"), [("وإذ تشير أيضاً", "recalls"), ("إذ تلاحظ بقلق بالغ", "notes-with-concern")]
)
def test_preambular_phrases_as_printed(form: str, action: str) -> None:
    [match] = PhraseMatcher(PACK.preambular_phrases, PACK).finditer(form)
    assert match.value == action
