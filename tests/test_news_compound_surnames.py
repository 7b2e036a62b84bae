"""A compound surname with a particle in lower case ("Marta Ruiz de Olano", "Jean-Paul de Villiers"):
the particle and the capitalised word after it belong to the name, after a given name and a surname,
whether the post comes before or after the name. Not a known name after the particle ("Luis Gómez
Vera de Chile"), nor after a name of one word.

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news


def _persons(text: str, language: str) -> list[str]:
    return [h.person.text for h in build_news(text, language).posts]


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        ("es", "ZACATECAS. Lo afirmó Mario Ruiz de Alba, dirigente estatal del PAN.", "Mario Ruiz de Alba"),
        ("es", "ZACATECAS. Lo afirmó el dirigente Mario Ruiz de Alba en Jerez.", "Mario Ruiz de Alba"),
        ("fr", "PARIS. Jean-Paul Martin de Villiers, président de l'association, a parlé.", "Jean-Paul Martin de Villiers"),
    ],
)  # fmt: skip
def test_a_surname_particle_joins_the_name(language: str, text: str, person: str) -> None:
    assert _persons(text, language) == [person]


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        ("es", "LIMA. Lo dijo el presidente Luis Gómez Vera de Chile.", "Luis Gómez Vera"),
        ("fr", "PARIS. Le ministre Marc Durand de France a parlé.", "Marc Durand"),
    ],
)
def test_a_known_name_after_the_particle_is_no_surname(language: str, text: str, person: str) -> None:
    assert _persons(text, language) == [person]
