"""Meetings of a series listed by place and days right after the series' name, with no word of holding: "the
forty-fifth and forty-sixth meetings of the Advisory Committee ..., in Lyon from 4 to 8 December 2017 and in Dakar
from 29 May to 1 June 2018". Before, only a word of holding ("held in ...") opened such a list, and these meetings
were no events."""

from __future__ import annotations

import pytest
from un_excerpts import CLOSINGS, resolution

_LISTED = {
    "en": "Noting the holding of the forty-fifth, forty-sixth and forty-seventh ministerial meetings of the "
          "Advisory Committee on Security in Norland, in Lyon from 4 to 8 December 2017, in Dakar from \n29 May to "
          "1 June 2018 and in Tunis \nfrom 3 to 7 December 2018,",
    "fr": "Prenant note de la tenue des réunions du Comité consultatif sur la sécurité au Norland, à Lyon du 4 au "
          "8 décembre 2017, à Dakar du 29 mai au 1er juin 2018 et à Tunis \ndu 3 au 7 décembre 2018,",
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr"])
def test_each_listed_meeting_is_an_event_with_its_place_and_days(language: str) -> None:
    events = resolution(language, _LISTED[language], CLOSINGS[language]).events
    held = sorted((e.place.text if e.place else None, e.start, e.end) for e in events)
    assert held == [
        ("Dakar", "2018-05-29", "2018-06-01"),
        ("Lyon", "2017-12-04", "2017-12-08"),
        ("Tunis", "2018-12-03", "2018-12-07"),
    ]
    assert all(e.series is not None and "Norland" in e.series.text for e in events)


_NOT_HELD = {
    "en": "Welcoming the reports of the meetings of the Advisory Committee on Security in Norland, on 4 May 2018, "
          "and noting the meetings of the Committee, in particular its work in Dakar,",
    "fr": "Accueillant avec satisfaction les rapports des réunions du Comité consultatif sur la sécurité au Norland, "
          "le 4 mai 2018, et notant les réunions du Comité, en particulier ses travaux à Dakar,",
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_date_or_a_place_alone_after_a_series_tells_of_no_meeting(language: str) -> None:
    assert resolution(language, _NOT_HELD[language], CLOSINGS[language]).events == []
