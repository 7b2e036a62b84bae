"""Events named by a head word alone, where their day or place follows closely: "un encuentro informal el 7 y 8
de junio en California", "une rencontre le 3 mars à Rabat". The pack lists these heads (``event_heads_alone``);
without a day or a place after them they tell of no particular event ("el encuentro fue cordial"). Arabic: an
association's general assembly ("الجمع العام التأسيسي للجمعية ...") is an event, its name ending before the
participle that says where it was held ("المنعقد بالرباط").

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news


@pytest.mark.parametrize(
    ("language", "text", "name", "start"),
    [
        ("es", "LIMA. Los cancilleres tienen previsto un encuentro informal el 7 y 8 de junio en Cusco.", "encuentro",
         "--06-07"),
        ("fr", "PARIS. Une rencontre a eu lieu le 3 mars à Rabat entre les deux ministres.", "rencontre", "--03-03"),
    ],
)  # fmt: skip
def test_a_head_alone_with_its_day_names_an_event(language: str, text: str, name: str, start: str) -> None:
    events = build_news(text, language).events
    assert [(e.name, e.start) for e in events] == [(name, start)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "LIMA. El encuentro fue cordial y breve."),
        ("fr", "PARIS. La rencontre fut cordiale et brève."),
    ],
)
def test_a_head_alone_without_day_or_place_names_no_event(language: str, text: str) -> None:
    assert build_news(text, language).events == []


def test_arabic_a_general_assembly_is_an_event_whose_name_ends_before_held() -> None:
    text = "إن الجمع العام العادي للجمعية المغربية للتنمية المنعقد بالرباط يوم 10 دجنبر 1988 قرر ما يلي."
    events = build_news(text, "ar").events
    assert [(e.name, e.start) for e in events] == [("الجمع العام العادي للجمعية المغربية للتنمية", "1988-12-10")]
