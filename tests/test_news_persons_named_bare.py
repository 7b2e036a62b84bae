"""A person named by a full name alone, with no post or honorific: "rappelle Jean-Marc Lefort", "Lucía Ramos
sigue ...". Where names have capitals, two or three capitalised words that name nothing known are a person
where they speak (next to a verb of saying) or where the article names them twice, once inside a sentence.
Not a body's name ("la alianza Unidos Avanzamos", "Médicos Sin Fronteras").

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news


def _persons(text: str, language: str) -> set[str]:
    return {m.text for m in build_news(text, language).mentions if m.kind == "person"}


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        ("fr", "PARIS. Le rapport est sévère. « Rien ne change », rappelle Jean-Marc Lefort.", "Jean-Marc Lefort"),
        ("fr", "PARIS. Selon le texte, Paul Girard a changé d'avis. Le soutien de Paul Girard reste acquis.",
         "Paul Girard"),
        ("es", "LIMA. La reunión terminó tarde, dijo Lucía Ramos Vega a la prensa.", "Lucía Ramos Vega"),
        ("es", "LIMA. Ayer llegó Mario Quispe. Los vecinos recibieron a Mario Quispe con flores.", "Mario Quispe"),
    ],
)  # fmt: skip
def test_a_full_name_that_speaks_or_recurs_is_a_person(language: str, text: str, person: str) -> None:
    assert person in _persons(text, language)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("es", "LIMA. Lo dijo la alianza Unidos Avanzamos. Luego habló Unidos Avanzamos otra vez.", "Unidos Avanzamos"),
        ("es", "LIMA. Médicos Sin Fronteras señaló que faltan camas. Médicos Sin Fronteras pide ayuda.",
         "Médicos Sin Fronteras"),
        ("fr", "PARIS. Le Monde Diplomatique paraît. Il cite Le Monde Diplomatique encore.", "Le Monde Diplomatique"),
        ("fr", "PARIS. Il a parlé une fois de Marc Rolland, sans plus.", "Marc Rolland"),
    ],
)  # fmt: skip
def test_a_body_or_a_name_said_once_without_a_verb_of_saying_is_no_person(language: str, text: str, name: str) -> None:
    assert name not in _persons(text, language)
