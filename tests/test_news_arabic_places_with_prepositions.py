"""Arabic writes the preposition on the place's name ("بالرباط": in Rabat): an event held there is held there.

Excerpts composed for the test. Before, only a preposition standing apart ("في", "بمدينة") led to a place, so
a congress "held in Marrakesh" ("المنعقد بمراكش", "مؤتمرها الثالث بالدار البيضاء") had no place.
"""

from __future__ import annotations

import pytest
from helpers import build_news, resolved_key

_HELD = {
    "name, then place": (
        "بلاغ صحفي\n\nنظمت جمعية نورلاند للحقوق مؤتمرها الثالث بالدار البيضاء يومي 4 و 5 مارس 2021.\n",
        "MAR/casablanca",
    ),
    "held at, after a comma": (
        "البيان الختامي\n\nإن المؤتمر الجهوي الثاني لجمعية نورلاند للحقوق، المنعقد بمراكش أيام 20 و 21 و 22 "
        "نونبر 2019، صادق على برنامج العمل.\n",
        "MAR/marrakech",
    ),
}


@pytest.mark.parametrize("case", sorted(_HELD))
def test_a_congress_held_at_a_place_written_with_its_preposition_is_held_there(case: str) -> None:
    text, key = _HELD[case]
    events = build_news(text, "ar").events
    assert len(events) == 1
    place = events[0].place
    assert place is not None and resolved_key(place, "ar") == key


def test_a_place_named_without_a_preposition_is_not_where_the_event_was_held() -> None:
    text = "بلاغ صحفي\n\nنظمت جمعية نورلاند للحقوق مؤتمرها الثالث يومي 4 و 5 مارس 2021 بحضور وفد عن الدار البيضاء.\n"
    events = build_news(text, "ar").events
    assert [e.place for e in events] == [None]
