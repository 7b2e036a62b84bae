"""Meetings of a series listed by place and days right after the series' name, with no word of holding: "the ninth
and tenth meetings of the Advisory Committee ..., in Lyon from 2 to 6 March 2029 and in Dakar from 30 April to
3 May 2029". Before, only a word of holding ("held in ...") opened such a list, and these meetings
were no events."""

from __future__ import annotations

import pytest
from un_excerpts import CLOSINGS, resolution

_LISTED = {
    "en": "Recalling with appreciation the ninth, tenth and eleventh expert meetings of the Advisory Committee on "
          "Tides in Norland, in Lyon from 2 to 6 March 2029, in Dakar from \n30 April to 3 May 2029 and in "
          "Tunis \nfrom 5 to 9 November 2029,",
    "fr": "Prenant note de la tenue des réunions du Comité consultatif sur les marées au Norland, à Lyon du 2 au "
          "6 mars 2029, à Dakar du 30 avril au 3 mai 2029 et à Tunis \ndu 5 au 9 novembre 2029,",
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr"])
def test_each_listed_meeting_is_an_event_with_its_place_and_days(language: str) -> None:
    events = resolution(language, _LISTED[language], CLOSINGS[language]).events
    held = sorted((e.place.text if e.place else None, e.start, e.end) for e in events)
    assert held == [
        ("Dakar", "2029-04-30", "2029-05-03"),
        ("Lyon", "2029-03-02", "2029-03-06"),
        ("Tunis", "2029-11-05", "2029-11-09"),
    ]
    assert all(e.series is not None and "Norland" in e.series.text for e in events)


_NOT_HELD = {
    "en": "Taking note of the summaries of the expert meetings of the Advisory Committee on Tides in Norland, on "
          "7 June 2029, and recalling the expert meetings of the Committee, notably its work in Dakar,",
    "fr": "Prenant note des synthèses des réunions du Comité consultatif sur les marées au Norland, le 7 juin 2029, "
          "et rappelant les réunions du Comité, notamment ses travaux à Dakar,",
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_date_or_a_place_alone_after_a_series_tells_of_no_meeting(language: str) -> None:
    assert resolution(language, _NOT_HELD[language], CLOSINGS[language]).events == []
