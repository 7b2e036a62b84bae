"""A decision told in the past whose subject is an official or a state, not a body: "le ministre de
l'Intérieur, Marc Durand, a décidé de", "el gobierno de Chile decidió". Before, only a body named before
the verb decided ("la comisión resolvió"); a person or a state adopts no instrument, but decides.

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news


@pytest.mark.parametrize(
    ("language", "text", "decider"),
    [
        ("fr", "PARIS. Le ministre de l'Intérieur, Marc Durand, a décidé de fermer deux centres d'accueil.",
         "Marc Durand"),
        ("es", "LIMA. El gobierno de Chile decidió suspender las importaciones de trigo.", "Chile"),
        ("es", "QUITO. La ministra de Salud, Ana Torres Vega, decidió cerrar tres hospitales.", "Ana Torres Vega"),
    ],
)  # fmt: skip
def test_an_official_or_a_state_decides(language: str, text: str, decider: str) -> None:
    decisions = [c for c in build_news(text, language).commitments if c.action == "decides"]
    assert len(decisions) == 1, [(c.action, c.span.of(text)) for c in build_news(text, language).commitments]
    assert decisions[0].force == "decision"
    assert decisions[0].issuer is not None and decisions[0].issuer.text == decider


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "LIMA. El ministro de Salud, Ana Torres Vega, aprobó todas las pruebas del examen."),
        ("fr", "PARIS. Après des mois de doute, il a décidé de partir."),
    ],
)
def test_an_official_adopts_nothing_and_a_pronoun_decides_nothing(language: str, text: str) -> None:
    commitments = build_news(text, language).commitments
    assert not [c for c in commitments if c.action in ("adopts", "decides")]
