"""A session named by its ordinal, then held on days the text gives: "looks forward to the twenty-fifth session,
scheduled to be held from 7 to 17 December 2031", "note que la vingt-cinquième session, tenue du 7 au 17 décembre
2031". Before, an event needed a capitalised name before its word of holding, and these had none."""

from __future__ import annotations

import pytest
from un_excerpts import PREAMBLES, resolution

_SESSIONS = {
    "en": "1. Looks forward to the twenty-fifth session, scheduled to be held from 7 to 17 December 2031;",
    "fr": "1. Note que la vingt-cinquième session, tenue du 7 au 17 décembre 2031, a été fructueuse ;",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_session_named_by_its_ordinal_is_held(language: str) -> None:
    extraction = resolution(language, PREAMBLES[language], _SESSIONS[language])
    held = [(e.name, e.start, e.end) for e in extraction.events]
    assert len(held) == 1
    name, start, end = held[0]
    assert (start, end) == ("2031-12-07", "2031-12-17")
    assert name in {"twenty-fifth session", "vingt-cinquième session"}


def test_an_ordinal_far_from_the_word_of_holding_names_nothing() -> None:
    extraction = resolution(
        "en",
        PREAMBLES["en"],
        "1. Recalls its twenty-fifth session and the many consultations that were held on 7 December 2031;",
    )
    assert not [e for e in extraction.events if "session" in (e.name or "")]


_MET_ON = {
    "en": "Taking note of the meeting of the Committee on Relations with the Host Country \nof 12 September 2031, "
          "and of the Summit of 2032,",
    "fr": "Prenant note de la réunion du Comité des relations avec le pays hôte \ndu 12 septembre 2031, et du Sommet "
          "de 2032,",
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_event_and_the_day_it_met(language: str) -> None:
    extraction = resolution(language, _MET_ON[language], "1. " + PREAMBLES[language].rstrip(","))
    met = [(e.name, e.start) for e in extraction.events]
    assert len(met) == 1, met
    name, start = met[0]
    assert start == "2031-09-12"
    assert name.startswith(("meeting of the Committee on Relations", "réunion du Comité"))


_DECIDED_ON = {
    "en": "Noting the decision of the Conference on Norland of 12 September 2031, and the meeting of the Committee "
          "on Tides of 3 October 2031,",
    "fr": "Notant la décision de la Conférence sur le Norland du 12 septembre 2031, et la réunion du Comité des "
          "marées du 3 octobre 2031,",
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_day_of_a_body_s_decision_is_no_meeting(language: str) -> None:
    """ "the decision of the Conference on Norland of 12 September 2031" was read as a meeting of the Conference on
    that day; the day is the decision's. The meeting of a body on its day stays a meeting."""
    extraction = resolution(language, _DECIDED_ON[language], "1. " + PREAMBLES[language].rstrip(","))
    assert [e.start for e in extraction.events] == ["2031-10-03"]
