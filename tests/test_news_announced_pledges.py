"""News: a government announcing what it will fund or launch pledges it ("The United States is announcing new
programs worth $8.9 million", "La France annonce une contribution de 3 millions d'euros"). Before, an
announcement in the present was no commitment."""

from __future__ import annotations

import pytest
from helpers import build_news, resolved_key


@pytest.mark.parametrize(
    ("language", "text", "issuers"),
    [
        (
            "en",
            "Title\n\nWASHINGTON, May 3, 2025 - The United States is announcing new programs worth $8.9 million "
            "to train coast guards. Canada announces a contribution of $5 million to the fund.\n",
            ["USA", "CAN"],
        ),
        (
            "fr",
            "Titre\n\nParis, le 3 mai 2025 - La France annonce une contribution de 3 millions d'euros au fonds. "
            "Les Pays-Bas annoncent un plan de soutien.\n",
            ["FRA", "NLD"],
        ),
    ],
)
def test_an_actor_announcing_a_programme_pledges_it(language: str, text: str, issuers: list[str]) -> None:
    commitments = build_news(text, language).commitments
    assert [(c.action, c.force) for c in commitments] == [("commits", "declaratory")] * len(issuers)
    assert [resolved_key(c.issuer, language) for c in commitments if c.issuer] == issuers


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Title\n\nWASHINGTON, May 3, 2025 - It announces nothing. The ministry announced that prices rose.\n"),
        ("fr", "Titre\n\nParis, le 3 mai 2025 - Le ministre a annoncé que les prix montent. Cette annonce surprend.\n"),
    ],
)
def test_an_announcement_of_no_one_or_of_the_past_is_no_pledge(language: str, text: str) -> None:
    assert build_news(text, language).commitments == []
