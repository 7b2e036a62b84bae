"""Those asked past an inclusion that lists unknown items first: "Invites the United Nations system, including funds,
programmes and specialized agencies, including the World Health Organization, regional commissions ... to" asks
the system and each body it names, not the system alone. An aside still ends the list."""

from __future__ import annotations

import pytest
from un_excerpts import PREAMBLES, resolution

from kg import resolve

_INCLUDING = {
    "en": "1. Invites the United Nations system, including funds, programmes and \nspecialized agencies, including the "
          "World Health Organization, regional commissions \nand relevant envoys, to participate in the meeting;",
    "fr": "1. Invite le système des Nations Unies, y compris les fonds, programmes et institutions spécialisées, "
          "notamment l’Organisation mondiale de la Santé, les commissions régionales et les envoyés, à participer "
          "à la réunion ;",
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_bodies_an_inclusion_lists_are_asked(language: str) -> None:
    extraction = resolution(language, PREAMBLES[language], _INCLUDING[language])
    (invites,) = [c for c in extraction.commitments if c.paragraph and c.paragraph.number == "1"]
    keys = {resolve.resolve(a, language).key for a in invites.addressees}
    assert {"UN-system", "WHO"} <= keys, keys


def test_an_aside_still_ends_the_list() -> None:
    extraction = resolution(
        "en",
        PREAMBLES["en"],
        "1. Invites Member States, in accordance with their mandates, including under the auspices of the World "
        "Health Organization, to participate in the meeting;",
    )
    (invites,) = [c for c in extraction.commitments if c.paragraph and c.paragraph.number == "1"]
    assert "WHO" not in {resolve.resolve(a, "en").key for a in invites.addressees}
