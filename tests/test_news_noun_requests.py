"""Calls told as a noun: "reiteró su llamado a los gobiernos para que", "renouvelle son appel au Gouvernement à".

Each excerpt is composed for the test. Before, such a call was no commitment: its verb ("reiteró", "renouvelle")
asks no one, and the noun that does was no requesting phrase; its subject stands before that verb.
"""

from __future__ import annotations

import pytest
from helpers import build_news

_CALLS = {
    "es": (
        "Título\n\nMÉXICO. La Secretaría de Salud reiteró su llamado a la Secretaría de Marina para que refuerce "
        "la vigilancia.\n",
        "Secretaría de Salud",
        "Secretaría de Marina",
    ),
    "fr": (
        "Titre\n\nLa Ligue des Cheminots Réunis renouvelle son appel au Gouvernement à rouvrir les lignes.\n",
        "Ligue des Cheminots Réunis",
        "Gouvernement",
    ),
}


@pytest.mark.parametrize("language", sorted(_CALLS))
def test_a_call_told_as_a_noun_asks_whom_it_names(language: str) -> None:
    text, asker, asked = _CALLS[language]
    (call,) = build_news(text, language).commitments
    assert call.action == "calls-upon" and call.issuer is not None and call.issuer.text == asker
    assert [a.text for a in call.addressees] == [asked]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Titre\n\nUn appel au calme a été lancé dans la soirée.\n"),
        ("es", "Título\n\nEl llamado a misa sonó temprano.\n"),
    ],
)
def test_a_call_for_something_asks_no_one(language: str, text: str) -> None:
    assert build_news(text, language).commitments == []
