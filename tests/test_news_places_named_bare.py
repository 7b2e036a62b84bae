"""Two capitalised words joined by a conjunction to a known state or place ("entre México y Costa Dorada",
"entre Costa Dorada et la France") name a place like it, wherever else they recur: no person, though a
person's full name would look the same. A name joined to another person's stays a person.

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news


def _persons(text: str, language: str) -> set[str]:
    return {m.text for m in build_news(text, language).mentions if m.kind == "person"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "LIMA. El comercio entre México y Costa Dorada creció. Costa Dorada es un puerto; visité Costa Dorada."),
        ("fr", "PARIS. Les échanges entre Costa Dorada et la France ont crû. Costa Dorada est un port; "
               "on visite Costa Dorada."),
    ],
)  # fmt: skip
def test_a_name_listed_with_a_place_is_no_person(language: str, text: str) -> None:
    assert "Costa Dorada" not in _persons(text, language)


def test_a_name_listed_with_a_person_stays_a_person() -> None:
    text = "LIMA. Llegaron Ana Ruiz y Mario Quispe, dijo Mario Quispe. Los vecinos recibieron a Mario Quispe."
    assert "Mario Quispe" in _persons(text, "es")
