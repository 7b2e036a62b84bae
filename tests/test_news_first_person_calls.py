"""Calls in the first person of a statement or a quoted speaker, and a Chinese wish addressed to a body.

Each excerpt is composed for the test. Before, "Nous appelons les gouvernements à", "Pedimos al
Gobierno", "Мы призываем" and "希望塞尔维亚政府" asked nothing of anyone: only third-person forms
("a appelé", "pidió a", "призвал") were requesting phrases.
"""

from __future__ import annotations

import pytest
from helpers import build_news

from kg.model import Commitment


def _commitments(text: str, language: str) -> list[Commitment]:
    return build_news(text, language).commitments


@pytest.mark.parametrize(
    ("text", "language", "action", "addressee"),
    [
        (
            "Paris, le 3 mars 2024 - « Nous appelons le Gouvernement à ouvrir les frontières », a déclaré la présidente.",
            "fr",
            "calls-upon",
            "Gouvernement",
        ),
        (
            "MÉXICO, 2 de abril de 2024 - «Pedimos al Gobierno de México que proteja a los niños», dijo la vocera.",
            "es",
            "requests",
            "Gobierno de México",
        ),
        (
            "新华社北京12月20日电 欧洲议会希望塞尔维亚政府让欧盟官员自由进入工厂。",
            "zh",
            "invites",
            "塞尔维亚政府",
        ),
    ],
)
def test_a_first_person_call_asks_the_body_named_after_it(
    text: str, language: str, action: str, addressee: str
) -> None:
    found = [c for c in _commitments(text, language) if c.action == action]
    assert found, [(c.action, c.span.of(text)) for c in _commitments(text, language)]
    # the body, or the state whose government it is ("塞尔维亚政府": Serbia)
    assert any(a.text and addressee.startswith(a.text) for a in found[0].addressees)
