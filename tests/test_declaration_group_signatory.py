"""A declaration's signatories listed after its opener ("We, the leaders of ...") are states, except a party the
gazetteer knows as a group of states ("the Group of Seven (G7)"), which is that group: no state of that name
(a State has an ISO code, and a group has none).

Short declarations composed for these tests, in English and Arabic.
"""

from __future__ import annotations

import pytest

from kg.model import Kind
from tests.helpers import build_news


@pytest.mark.parametrize(
    ("language", "text", "group"),
    [
        ("en", "We, the leaders of the Group of Seven (G7), fully endorse the deal outlined today.\n", "G7"),
        ("ar", "نحن، رؤساء دول وحكومات مجموعة السبعة، نؤيد الاتفاق تأييدا كاملا.\n", "G7"),
    ],
)
def test_a_group_of_states_listed_as_signatory_is_that_group(language: str, text: str, group: str) -> None:
    signatories = build_news(text, language).document.signatories
    assert [(m.kind, m.key) for m in signatories] == [(Kind.GROUP_OF_STATES, group)]
    assert not [m for m in signatories if m.kind == Kind.STATE]


def test_listed_states_stay_states() -> None:
    text = "We, the leaders of Canada, France and Japan, fully endorse the deal.\n"
    signatories = build_news(text, "en").document.signatories
    assert [(m.kind, m.key) for m in signatories] == [(Kind.STATE, "CAN"), (Kind.STATE, "FRA"), (Kind.STATE, "JPN")]
