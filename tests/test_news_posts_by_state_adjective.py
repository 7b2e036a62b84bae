"""A post followed by a nationality adjective names the state it serves ("le premier ministre italien X",
"el canciller mexicano X", "وزير الخارجية الفرنسي X"): the adjective is no part of the holder's name,
and an adjective shared by several states' names ("arabe", "unie") names none.

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news

from kg import lang
from kg.finders.persons import state_adjectives


def _holdings(text: str, language: str) -> list[tuple[str, str | None]]:
    """(holder, key of the state the post serves) of every holding."""
    return [(h.person.text, h.state.key if h.state else None) for h in build_news(text, language).posts]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "LYON, 4 mars 2020. Le premier ministre italien Marco Bellini a quitté la réunion.",
            ("Marco Bellini", "ITA"),
        ),
        ("fr", "LYON, 4 mars 2020. La chancelière allemande Hanna Vogt a pris la parole.", ("Hanna Vogt", "DEU")),
        (
            "es",
            "LIMA, 4 de marzo de 2020. El canciller mexicano Luis Ortega Rivas llegó a la reunión.",
            ("Luis Ortega Rivas", "MEX"),
        ),
        ("es", "LIMA, 4 de marzo de 2020. La ministra francesa Claire Morel habló ayer.", ("Claire Morel", "FRA")),
        ("ar", "الرباط، 4 مارس 2020. قال وزير الخارجية الفرنسي جان مارتان إن اللقاء مهم.", ("جان مارتان", "FRA")),
    ],
)
def test_the_adjective_names_the_state_not_the_holder(language: str, text: str, expected: tuple[str, str]) -> None:
    assert expected in _holdings(text, language)


@pytest.mark.parametrize(
    ("language", "adjective", "code"),
    [("fr", "italienne", "ITA"), ("fr", "italien", "ITA"), ("es", "mexicano", "MEX"), ("ar", "المغربي", "MAR")],
)
def test_adjectives_are_read_from_official_names(language: str, adjective: str, code: str) -> None:
    """ "République italienne", "Estados Unidos Mexicanos", "المملكة المغربية": the masculine form is derived."""
    assert state_adjectives(lang.get(language)).get(adjective) == code


@pytest.mark.parametrize(
    ("language", "word"), [("fr", "arabe"), ("fr", "unie"), ("es", "unidos"), ("ar", "العربية"), ("ar", "الديمقراطية")]
)
def test_words_of_several_states_or_of_no_state_name_none(language: str, word: str) -> None:
    assert word not in state_adjectives(lang.get(language))
