"""A request that names whom it asks by a post and its holder ("pidió al presidente Luis Gómez que").

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news


@pytest.mark.parametrize(
    ("language", "text", "action", "asked"),
    [
        (
            "es",
            "La Red de Periodistas recomendó al presidente Luis Gómez Vera que proteja a los reporteros.",
            "recommends",
            "Luis Gómez Vera",
        ),
        (
            "es",
            "La Unión de Campesinos exigió al gobernador Miguel Alonso Reyes que pague los apoyos.",
            "demands",
            "Miguel Alonso Reyes",
        ),
        (
            "fr",
            "La Fédération des Parents a demandé au président Emmanuel Macron de protéger les exilés.",
            "requests",
            "Emmanuel Macron",
        ),
    ],
)
def test_the_holder_of_the_post_named_after_a_request_is_asked(
    language: str, text: str, action: str, asked: str
) -> None:
    """The post before the name ("al presidente") put the person out of the request's reach: nothing was asked,
    and Spanish had no "recomendó a" nor "exigió a"."""
    commitments = [c for c in build_news(text, language).commitments if c.action == action]
    assert [[a.text for a in c.addressees] for c in commitments] == [[asked]]
