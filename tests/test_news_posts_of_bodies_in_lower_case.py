"""A post whose body is named by common nouns, in lower case, before the comma and the holder's full name:
"el vocero de la cancillería peruana, Luis Paredes", "la porte-parole du ministère des affaires étrangères,
Claire Martin". Before, only a known body or a capitalised portfolio could stand there.

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news


def _holdings(text: str, language: str) -> list[tuple[str, str]]:
    return [(h.person.text, h.post_name or "") for h in build_news(text, language).posts]


@pytest.mark.parametrize(
    ("language", "text", "holder", "post"),
    [
        ("es", "LIMA. Así lo dijo el vocero de la cancillería peruana, Luis Paredes, en un comunicado.",
         "Luis Paredes", "Spokesperson"),
        ("es", "LIMA. Lo anunció la portavoz del departamento de Estado, Julia Ramos Soto, el viernes.",
         "Julia Ramos Soto", "Spokesperson"),
        ("fr", "PARIS. Selon la porte-parole du ministère des affaires étrangères, Claire Martin, rien ne change.",
         "Claire Martin", "Spokesperson"),
    ],
)  # fmt: skip
def test_a_post_of_a_body_in_lower_case_is_held_by_the_name_after_the_comma(
    language: str, text: str, holder: str, post: str
) -> None:
    assert (holder, post) in _holdings(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "LIMA. Lo dijo el presidente de la comisión, que no quiso dar más detalles."),
        ("fr", "PARIS. Le directeur de l'école, selon lui, a démissionné."),
    ],
)
def test_without_a_full_name_after_the_comma_no_one_holds_the_post(language: str, text: str) -> None:
    assert _holdings(text, language) == []


def test_a_known_body_among_the_common_nouns_is_not_taken_for_them() -> None:
    """ "de la organización británica Oxfam": the words hold a body found as one; they are not read as a body
    named in lower case, which would leave the holding without its organisation."""
    text = "NAIROBI. El director en Kenia de la organización británica Oxfam, Senait Tesfaye, habló ayer."
    assert all(h.organization is not None for h in build_news(text, "es").posts)
