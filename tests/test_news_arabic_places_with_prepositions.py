"""Arabic writes the preposition on the place's name ("بالرباط": in Rabat): an event held there is held there.

Excerpts composed for the test. Before, only a preposition standing apart ("في", "بمدينة") led to a place, so
a congress "held in Rabat" ("المنعقد بالرباط", "مؤتمرها الخامس بالرباط") had no place.
"""

from __future__ import annotations

import pytest
from helpers import build_news, resolved_key

_HELD = {
    "name, then place": "بلاغ صحفي\n\nعقدت جمعية نورلاند للحقوق مؤتمرها الخامس بالرباط أيام 11 و 12 و 13 ماي 2018.\n",
    "held at, after a comma": (
        "البيان العام\n\nإن المؤتمر الوطني الخامس لجمعية نورلاند للحقوق، المنعقد بالرباط أيام 06- 07 - 08 أبريل "
        "2012، ناقش التقارير.\n"
    ),
}


@pytest.mark.parametrize("case", sorted(_HELD))
def test_a_congress_held_at_a_place_written_with_its_preposition_is_held_there(case: str) -> None:
    events = build_news(_HELD[case], "ar").events
    assert len(events) == 1
    place = events[0].place
    assert place is not None and resolved_key(place, "ar") == "MAR/rabat"


def test_a_place_named_without_a_preposition_is_not_where_the_event_was_held() -> None:
    text = "بلاغ صحفي\n\nعقدت جمعية نورلاند للحقوق مؤتمرها الخامس أيام 11 و 12 ماي 2018 بحضور وفد عن الرباط.\n"
    events = build_news(text, "ar").events
    assert [e.place for e in events] == [None]
