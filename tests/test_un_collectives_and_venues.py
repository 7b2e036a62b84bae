"""What a resolution names that is no organisation: the specialized agencies, a collective of many bodies (still
asked where a paragraph asks them), and a room named after the body that meets in it ("the Assembly Hall"), a place."""

from __future__ import annotations

import pytest
from un_excerpts import PREAMBLES, resolution

from kg.model import Kind

_ORGANIZATION_KINDS = {Kind.UN_BODY, Kind.ORGANIZATION, Kind.GOVERNMENT_AGENCY, Kind.INTERGOVERNMENTAL_ORGANIZATION}

_AGENCIES = {
    "en": "1. Invites the specialized agencies to support the observance of the Day;",
    "fr": "1. Invite les institutions spécialisées à appuyer la célébration de la Journée ;",
    "es": "1. Invita a los organismos especializados a apoyar la celebración del Día;",
}
_HALLS = (
    "1. Decides that the statement shall be played in the Assembly Hall during the Annual Debate;",
    "1. Decides that the statement shall be played in the General Assembly Hall during the general debate;",
    "1. Decides that the exhibition shall open in the Press Council Building during the Annual Debate;",
)


@pytest.mark.parametrize("language", sorted(_AGENCIES))
def test_the_specialized_agencies_are_asked_as_a_collective(language: str) -> None:
    extraction = resolution(language, PREAMBLES[language], _AGENCIES[language])
    (invites,) = [c for c in extraction.commitments if c.paragraph and c.paragraph.number == "1"]
    assert [a.kind for a in invites.addressees] == [Kind.ACTOR], invites.addressees
    assert not [m for m in extraction.mentions if m.kind in _ORGANIZATION_KINDS and "agenc" in m.text]


@pytest.mark.parametrize("paragraph", _HALLS)
def test_a_hall_named_after_a_body_is_no_body(paragraph: str) -> None:
    extraction = resolution("en", PREAMBLES["en"], paragraph)
    names = {m.text for m in extraction.mentions if m.kind in _ORGANIZATION_KINDS}
    assert not any(word in name for name in names for word in ("Hall", "Building")), names


def test_a_body_word_still_names_a_body_without_a_venue_word() -> None:
    extraction = resolution(
        "en", PREAMBLES["en"], "1. Invites the Regional Assembly Office of Ruritania to participate;"
    )
    assert any(m.text == "Regional Assembly Office of Ruritania" for m in extraction.mentions), extraction.mentions
