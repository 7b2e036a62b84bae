"""What the UN builder needs of the zh language pack: ordinals, months, verbs and phrases."""

from __future__ import annotations

import pytest

from kg.finders.phrases import PhraseMatcher
from kg.lang import get

PACK = get("zh")


@pytest.mark.parametrize(
    ("words", "number"), [("第七十三", 73), ("七十三", 73), ("第二十一", 21), ("十", 10), ("第一百零一", 101)]
)
def test_parse_ordinal(words: str, number: int) -> None:
    assert PACK.parse_ordinal(words) == number


@pytest.mark.parametrize(("name", "month"), [("十二月", 12)])
def test_months(name: str, month: int) -> None:
    assert PACK.months[name] == month


@pytest.mark.parametrize(
    ("form", "action"),
    [
        ("确认", "recognizes"),
        ("请", "requests"),
        ("促请", "calls-upon"),
        ("敦促", "urges"),
        ("决定", "decides"),
        ("鼓励", "encourages"),
        ("又请", "requests"),
    ],
)
def test_operative_verbs_as_printed(form: str, action: str) -> None:
    [match] = PhraseMatcher(PACK.operative_verbs, PACK).finditer(form)
    assert match.value == action


@pytest.mark.parametrize(("form", "action"), [("回顾", "recalls"), ("关切地注意到", "notes-with-concern")])
def test_preambular_phrases_as_printed(form: str, action: str) -> None:
    [match] = PhraseMatcher(PACK.preambular_phrases, PACK).finditer(form)
    assert match.value == action
