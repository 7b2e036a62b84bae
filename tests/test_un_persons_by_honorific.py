"""Persons a resolution names after an honorific: "Appoints Mr. Jan Kowalski Secretary-General of the United Nations"
(the person holds the post that follows the name), "the service rendered by Ms. Ana María Rossi during her term"
(a person alone). A family name alone after an honorific ("Mr. President") names no one."""

from __future__ import annotations

import pytest
from un_excerpts import resolution

from kg.model import Kind

_TEXTS = {
    "en": (
        "Expressing its appreciation for the service rendered by Ms. Ana María Rossi during her term of office,",
        "Appoints Mr. Jan Kowalski Secretary-General of the United Nations for a term of office ending on "
        "31 December 2031.",
    ),
    "fr": (
        "Exprimant sa gratitude pour les services rendus par Mme Ana María Rossi pendant son mandat,",
        "Nomme M. Jan Kowalski Secrétaire général de l’Organisation des Nations Unies pour un mandat prenant fin "
        "le 31 décembre 2031.",
    ),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_persons_named_after_an_honorific(language: str) -> None:
    extraction = resolution(language, *_TEXTS[language])
    persons = {m.text for m in extraction.mentions if m.kind == Kind.PERSON}
    assert {"Ana María Rossi", "Jan Kowalski"} <= persons
    (holding,) = [p for p in extraction.posts if p.person.text == "Jan Kowalski"]
    assert holding.post_name == "Secretary-General"
    assert not any(p.person.text == "Ana María Rossi" for p in extraction.posts)


def test_a_family_name_alone_names_no_one() -> None:
    extraction = resolution(
        "en", "Welcoming the statement made by Mr. President at the opening,", "1. Decides to remain seized."
    )
    assert not [m for m in extraction.mentions if m.kind == Kind.PERSON]
