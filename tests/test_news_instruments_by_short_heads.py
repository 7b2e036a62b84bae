"""Instruments news names by a head in lower case and a capitalised place or word: "le règlement de Dublin",
"el estatuto de Roma", "la directive Retour". A head with nothing capitalised after it names nothing ("le
règlement intérieur", "el reglamento interno").

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news


def _cited(text: str, language: str) -> list[str]:
    return [c.mention.span.of(text) for c in build_news(text, language).citations]


@pytest.mark.parametrize(
    ("language", "text", "named"),
    [
        ("fr", "PARIS. Le ministre va appliquer le règlement de Dublin aux demandeurs.", "règlement de Dublin"),
        ("fr", "PARIS. La France a ratifié le statut de Rome en 2000.", "statut de Rome"),
        ("es", "MADRID. El gobierno aplicará el reglamento de Dublín a los solicitantes.", "reglamento de Dublín"),
        ("es", "LIMA. Perú ratificó el estatuto de Roma hace años.", "estatuto de Roma"),
    ],
)
def test_a_short_head_and_a_capitalised_name_cite_an_instrument(language: str, text: str, named: str) -> None:
    assert named in _cited(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "PARIS. Le règlement intérieur de l'école a changé."),
        ("es", "LIMA. El reglamento interno del club cambió."),
    ],
)
def test_a_short_head_alone_cites_nothing(language: str, text: str) -> None:
    assert _cited(text, language) == []
