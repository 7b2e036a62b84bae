"""Events a news item tells of in passing: a festival by its edition, a court's hearing by its day.

Each excerpt is composed for the test. Before, "Festival" headed no event in Spanish and the edition number
before it ("del 27 Festival Cultural ...") was read as a figure; a French "audience correctionnelle" dated
after it was no event.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import build_news

_EDITIONS = {
    "festival": "Crónica\n\nDentro del programa del 27 Festival Cultural de Kestrel se presentó un recital.\n",
    "forum": "Crónica\n\nEn el marco del 5 Foro Regional de Norland se firmaron tres convenios.\n",
}


@pytest.mark.parametrize("case", sorted(_EDITIONS))
def test_a_number_before_the_capitalised_head_of_an_event_is_its_edition_not_a_figure(case: str) -> None:
    extraction = build_news(_EDITIONS[case], "es")
    assert extraction.events
    assert {s.value for s in extraction.statistics} <= {Decimal(3)}


def test_a_number_before_a_common_noun_in_lower_case_stays_a_figure() -> None:
    text = "Crónica\n\nEl estado de Kestrel organizó 27 festivales culturales durante el año.\n"
    assert Decimal(27) in {s.value for s in build_news(text, "es").statistics}


def test_a_hearing_dated_after_it_is_an_event_on_that_day() -> None:
    text = "Titre\n\nDepuis l'audience correctionnelle de Kestrel, le 11 mai 2016, la plaignante va un peu mieux.\n"
    events = build_news(text, "fr").events
    assert [(e.name, e.start) for e in events] == [("audience correctionnelle", "2016-05-11")]


def test_a_hearing_with_neither_day_nor_place_is_no_event() -> None:
    text = "Titre\n\nL'audience correctionnelle a été longue et la plaignante a tenu bon.\n"
    assert build_news(text, "fr").events == []
