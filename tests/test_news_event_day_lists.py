"""An event held on days listed one by one: it runs from the first of them to the last.

Excerpts composed for the test. Before, "أيام 11 و 12 و 13 ماي 2018" dated a congress from the 12th (the
last two days read as a range, the first left out), and only dashes ("25-26-27 أبريل") listed days;
"congrès" was no event in French.
"""

from __future__ import annotations

import pytest
from helpers import build_news

_LISTED = {
    "ar": "بلاغ صحفي\n\nعقدت الجمعية مؤتمرها الوطني الخامس بالرباط أيام 11 و 12 و 13 ماي 2018، تحت شعار الكرامة.\n",
    "fr": "Communiqué\n\nLa fédération a tenu son congrès national à Lyon les 11, 12 et 13 mai 2018, dans le calme.\n",
    "es": "Comunicado\n\nLos cancilleres celebraron la Cumbre Regional de Migración en Puebla los días 11, 12 y 13 de "
    "mayo de 2018.\n",
}


@pytest.mark.parametrize("language", sorted(_LISTED))
def test_days_listed_by_commas_or_and_make_one_range(language: str) -> None:
    events = build_news(_LISTED[language], language).events
    assert [(e.start, e.end) for e in events] == [("2018-05-11", "2018-05-13")]


def test_a_listed_day_that_is_not_the_day_before_starts_no_range() -> None:
    """ "les 5, 12 et 13 mai": the 5th is another day, the congress met on the 12th and 13th."""
    text = "Communiqué\n\nLa fédération a tenu son congrès national à Lyon les 5, 12 et 13 mai 2018, dans le calme.\n"
    assert [(e.start, e.end) for e in build_news(text, "fr").events] == [("2018-05-12", "2018-05-13")]


def test_a_capitalised_congress_is_a_legislature_not_an_event() -> None:
    text = "Communiqué\n\nLe Congrès américain a voté le 12 mai 2018 une loi sur l'immigration.\n"
    assert build_news(text, "fr").events == []
