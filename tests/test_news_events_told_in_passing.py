"""Events a news item tells of in passing: a festival by its edition, a court's hearing by its day.

Each excerpt is composed for the test. Before, "Festival" headed no event in Spanish and the edition number
before it ("del 9 Festival de Jazz ...") was read as a figure; a French "audience correctionnelle" dated
after it was no event.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import build_news

_EDITIONS = {
    "festival": "Crónica\n\nComo parte del 9 Festival de Jazz de Norville tocó anoche un cuarteto.\n",
    "forum": "Crónica\n\nEn el marco del 5 Foro Regional de Norland se firmaron tres convenios.\n",
}


@pytest.mark.parametrize("case", sorted(_EDITIONS))
def test_a_number_before_the_capitalised_head_of_an_event_is_its_edition_not_a_figure(case: str) -> None:
    extraction = build_news(_EDITIONS[case], "es")
    assert extraction.events
    assert {s.value for s in extraction.statistics} <= {Decimal(3)}


def test_a_number_before_a_common_noun_in_lower_case_stays_a_figure() -> None:
    text = "Crónica\n\nLa región de Norville organizó 9 festivales de jazz durante el año.\n"
    assert Decimal(9) in {s.value for s in build_news(text, "es").statistics}


def test_a_hearing_dated_after_it_is_an_event_on_that_day() -> None:
    text = "Titre\n\nAprès l'audience correctionnelle de Norville, le 4 mars 2019, le prévenu est rentré chez lui.\n"
    events = build_news(text, "fr").events
    assert [(e.name, e.start) for e in events] == [("audience correctionnelle", "2019-03-04")]


def test_a_hearing_with_neither_day_nor_place_is_no_event() -> None:
    text = "Titre\n\nL'audience correctionnelle a duré tout l'après-midi et le prévenu a gardé le silence.\n"
    assert build_news(text, "fr").events == []
