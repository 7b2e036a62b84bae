"""Statements' lists of demands: an item that opens with words of necessity or a subjunctive "that" names whom
it asks right after them ("La nécessité pour | la communauté internationale de", "ضرورة وفاء | المجتمع الدولي",
"The need for | the international community to"), before any verb of the item. Before, such an item had no
addressee, or the one after a later word read as a verb ("partager la charge entre les États").

Each excerpt is composed for the test in the style of an NGO's statement.
"""

from __future__ import annotations

import pytest
from helpers import build_news

from kg.model import Commitment


def _listed(text: str, language: str, opening: str) -> list[Commitment]:
    """The commitments whose text starts inside the part of ``text`` that follows ``opening``."""
    start = text.index(opening) + len(opening)
    return [c for c in build_news(text, language).commitments if c.span.start >= start]


def _addressees(text: str, language: str, opening: str) -> list[list[str]]:
    return [[a.text for a in c.addressees] for c in _listed(text, language, opening)]


_FR = (
    "Communiqué\n\n"
    "Lyon, le 4 mars 2024 - L'Association appelle à :\n\n"
    "La nécessité pour la communauté internationale de tenir ses engagements et de partager la charge "
    "entre les États.\n\n"
    "La nécessité de soutenir les réfugiés dans les pays d'accueil.\n"
)


def test_french_the_actor_after_a_necessity_opener_is_asked_and_a_later_noun_is_not() -> None:
    assert _addressees(_FR, "fr", "appelle à :") == [["communauté internationale"], []]


_AR = (
    "بيان\n\n"
    "الرباط في 4 مارس 2024 - إن الجمعية تدعو إلى:\n\n"
    "ضرورة وفاء المجتمع الدولي بالتزاماته تجاه اللاجئين.\n\n"
    "ضرورة احترام حقوق الدول المضيفة للاجئين.\n"
)


def test_arabic_the_actor_past_the_verbal_noun_after_necessity_is_asked_and_a_further_one_is_not() -> None:
    """ "ضرورة وفاء | المجتمع الدولي": the community is to fulfil; "ضرورة احترام حقوق | الدول": the states'
    rights are what is to be respected, no one asked."""
    assert _addressees(_AR, "ar", "تدعو إلى:") == [["المجتمع الدولي"], []]


_EN = (
    "Statement\n\n"
    "GENEVA, March 4, 2024 - The Coalition calls for:\n\n"
    "The need for the international community to share responsibility for refugees.\n\n"
    "The need for stronger protection of refugees in host countries.\n"
)


def test_english_the_actor_after_the_need_for_is_asked_and_a_need_for_a_thing_asks_no_one() -> None:
    assert _addressees(_EN, "en", "calls for:") == [["international community"], []]


@pytest.mark.parametrize(
    ("language", "text", "opening"),
    [
        (
            "fr",
            "Communiqué\n\nLyon, le 4 mars 2024 - L'Association appelle à :\n\n"
            "Que soit garantie la protection des réfugiés par les États.\n",
            "appelle à :",
        ),
        (
            "es",
            "Comunicado\n\nMadrid, 4 de marzo de 2024 - La Asociación exige:\n\n"
            "Que se garantice la protección de los refugiados por los Estados.\n",
            "exige:",
        ),
    ],
)
def test_a_subjunctive_opener_followed_by_no_actor_asks_no_one_named_later(
    language: str, text: str, opening: str
) -> None:
    assert _addressees(text, language, opening) == [[]]
