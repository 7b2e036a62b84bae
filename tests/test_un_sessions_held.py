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
