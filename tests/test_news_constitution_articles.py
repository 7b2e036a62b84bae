"""Articles of the home state's constitution named by an adjective or by it: "los artículos 10 y 12
constitucionales", "l'article 16 de la Constitution" cite that constitution.

Each excerpt is composed for the test. Articles of any other text ("del reglamento", "du règlement") cite
nothing by this rule.
"""

from __future__ import annotations

import pytest
from helpers import build_news


def _cited(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(c.mention.span.of(text), c.mention.scope) for c in build_news(text, language).citations]


@pytest.mark.parametrize(
    ("language", "text", "named", "state"),
    [
        ("es", "MÉXICO, 2 de abril de 2013 - La reforma toca los artículos 10 y 12 constitucionales.",
         "artículos 10 y 12 constitucionales", "MEX"),
        ("es", "MADRID, 3 de mayo de 2024 - El juez citó el artículo 24 de la Constitución.",
         "artículo 24 de la Constitución", "ESP"),
        ("fr", "PARIS, le 3 mars 2013 - Le gouvernement a recouru à l'article 16 de la Constitution.",
         "article 16 de la Constitution", "FRA"),
        ("fr", "PARIS, le 3 mars 2013 - Les articles 34, 37 et 38 constitutionnels fixent le domaine de la loi.",
         "articles 34, 37 et 38 constitutionnels", "FRA"),
    ],
)  # fmt: skip
def test_articles_named_by_an_adjective_cite_the_constitution(language: str, text: str, named: str, state: str) -> None:
    assert (named, state) in _cited(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "LIMA, 2 de abril de 2013 - El artículo 5 del reglamento y el artículo 8 no cambian."),
        ("fr", "PARIS, le 3 mars 2013 - L'article 12 du règlement intérieur et l'article 3 restent en vigueur."),
    ],
)
def test_articles_of_another_text_cite_nothing(language: str, text: str) -> None:
    assert _cited(text, language) == []
