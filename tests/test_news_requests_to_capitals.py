"""A request to a capital, and the force of a request by one who cannot direct.

Excerpts composed for the test. Before, "pidió a Washington que" asked no one (a place was never asked), and a
request in the news directed whoever made it: an NGO's request to a government is a call, not an order.
"""

from __future__ import annotations

import pytest
from helpers import build_news

_CAPITALS = {
    "es": ("Nota\n\nLa organización Voces Libres pidió a Washington que presione al gobierno.\n", "USA/washington-d-c"),
    "fr": ("Article\n\nL'ONG Voix Libres appelle Madrid à suspendre les expulsions.\n", "ESP/madrid"),
}


@pytest.mark.parametrize("language", sorted(_CAPITALS))
def test_a_capital_asked_to_act_is_the_addressee(language: str) -> None:
    text, key = _CAPITALS[language]
    commitments = build_news(text, language).commitments
    assert [[a.key for a in c.addressees] for c in commitments] == [[key]]
    assert [c.force for c in commitments] == ["exhortatory"]  # an NGO asks; it directs no one


def test_a_request_by_a_government_body_still_directs() -> None:
    text = "Nota\n\nLa Secretaría de Salud pidió al Instituto Nacional de Migración que reporte los casos.\n"
    assert [c.force for c in build_news(text, "es").commitments] == ["directive"]
