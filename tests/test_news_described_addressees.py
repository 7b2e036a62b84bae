"""News: whom a call asks where it names no known actor but describes one with common nouns
("appelons les gouvernements des autres régions à", "encourages Americans to", "وتطالب الدولة الجزائرية
بالتدخل"). Before, such a call had no addressee."""

from __future__ import annotations

import pytest
from helpers import build_news

from kg.model import Commitment


def _asked(text: str, language: str) -> list[tuple[str, list[str]]]:
    commitments: list[Commitment] = build_news(text, language).commitments
    return [(c.action, [a.text for a in c.addressees]) for c in commitments]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Titre\n\nLyon, le 4 mars 2024 - Nous appelons les élus des communes rurales à soutenir le texte.\n",
            [("calls-upon", ["les élus des communes rurales"])],
        ),
        (
            "en",
            "Title\n\nWASHINGTON, March 4, 2024 - The agency encourages local employers to hire refugees.\n",
            [("encourages", ["local employers"])],
        ),
        (
            "ar",
            "عنوان\n\nتونس في 4 مارس 2024 - وتطالب السلطات المحلية بالإفراج عن المعتقلين. "
            "ويدعو الشركاء الإقليميون إلى دعم اللاجئين.\n",
            [("calls-upon", ["السلطات المحلية"]), ("calls-upon", ["الشركاء الإقليميون"])],
        ),
    ],
)
def test_a_call_asks_those_it_describes_up_to_what_they_are_asked(
    language: str, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _asked(text, language) == expected


def test_arabic_a_congress_speaking_of_itself_is_the_subject_not_the_one_asked() -> None:
    """ "يطالب المؤتمر الدول الأفريقية بـ": the congress asks the African states; "يطالب المؤتمر بالتسريع" asks
    no one in particular."""
    text = (
        "عنوان\n\nالرباط في 4 مارس 2024 - يطالب المؤتمر الدول الأفريقية باحترام حقوق المهاجرين. "
        "يطالب المؤتمر بالتسريع بإصدار القانون.\n"
    )
    assert [addressees for _, addressees in _asked(text, "ar")] == [["الدول الأفريقية"]]


def test_arabic_a_description_ends_before_a_clause_that_delays_what_is_asked() -> None:
    text = "عنوان\n\nالرباط في 4 مارس 2024 - يدعو المجالس الجهوية فيما تبقى من ولايتها إلى إصدار البرامج.\n"
    assert _asked(text, "ar") == [("calls-upon", ["المجالس الجهوية"])]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Title\n\nWASHINGTON, March 4, 2024 - The minister urged on Monday to act quickly.\n"),
        ("fr", "Titre\n\nLyon, le 4 mars 2024 - Le syndicat appelle en urgence à la grève.\n"),
        ("en", "Title\n\nWASHINGTON, March 4, 2024 - The mayor urged, again, to act in 2025.\n"),
    ],
)
def test_a_time_or_a_clause_after_the_verb_describes_no_one(language: str, text: str) -> None:
    assert all(not addressees for _, addressees in _asked(text, language))


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ar", "عنوان\n\nالرباط في 4 مارس 2024 - يطالب المؤتمر الدول المغاربية باحترام حقوق المهاجرين.\n",
         "الدول المغاربية"),
        ("fr", "Titre\n\nLyon, le 4 mars 2024 - Nous appelons les gouvernements des pays voisins à agir.\n",
         "les gouvernements des pays voisins"),
    ],
)  # fmt: skip
def test_a_description_that_qualifies_a_collective_the_pack_names_is_the_one_asked(
    language: str, text: str, expected: str
) -> None:
    """ "الدول | المغاربية": the Maghreb states, not all States; "gouvernements", also known as a group of
    states, is qualified, not another actor inside the description."""
    assert _asked(text, language) == [("calls-upon", [expected])]


def test_an_item_of_a_list_of_demands_asks_those_it_describes() -> None:
    text = (
        "Titre\n\nParis, le 4 mars 2024\n\nL'association demande :\n\n"
        "- Nous appelons les élus des communes rurales à ouvrir des centres d'accueil ;\n"
        "- la fin des expulsions.\n"
    )
    asked = [addressees for _, addressees in _asked(text, "fr") if addressees]
    assert asked == [["les élus des communes rurales"]]
