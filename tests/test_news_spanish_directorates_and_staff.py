"""Regional Spanish news: the head of a directorate or a department and university staff named by their post
after their name ("Elena Soto del Monte, titular de la Dirección Estatal de ...", "catedrática de la ..."),
and directorates and units named with a word of their level ("Dirección General de Obras Hidráulicas",
"Unidades Municipales de ...").

Each excerpt is composed for the test. Before, "titular", "jefe", "docente" and "catedrática" were no posts,
so the persons they follow went unnamed, and a directorate's name was no body at all.
"""

from __future__ import annotations

from helpers import build_news

from kg.model import Kind

_TEXT = (
    "NORVILLE, 9 de octubre. Por su parte, Elena Soto del Monte, titular de la Dirección Estatal de Caminos "
    "Rurales, informó que las obras avanzan. La visita fue guiada por Tomás Ibarra Sol, jefe del área de Puentes "
    "de la Dirección General de Obras Hidráulicas, y asistió personal de cuatro Unidades Municipales de Bomberos. "
    "El libro fue presentado por Rosa Lemus, catedrática de la Universidad de Norland.\n"
)


def test_a_post_of_a_directorate_or_a_university_after_the_name_makes_a_person() -> None:
    extraction = build_news(_TEXT, "es")
    holdings = {h.person.text: h.post for h in extraction.posts}
    assert holdings == {"Elena Soto del Monte": "titular", "Tomás Ibarra Sol": "jefe", "Rosa Lemus": "catedrática"}


def test_directorates_and_units_named_by_their_level_are_bodies() -> None:
    extraction = build_news(_TEXT, "es")
    bodies = {m.text for m in extraction.mentions if m.kind not in (Kind.PERSON, Kind.POST, Kind.PLACE, Kind.STATE)}
    assert {
        "Dirección Estatal de Caminos Rurales",
        "Dirección General de Obras Hidráulicas",
        "Unidades Municipales de Bomberos",
    } <= bodies


def test_the_words_in_lower_case_or_without_a_name_are_no_post_and_no_body() -> None:
    text = (
        "KESTREL, 3 de abril. La dirección del festival anunció el programa; el titular del diario fue leído "
        "por la unidad de apoyo.\n"
    )
    extraction = build_news(text, "es")
    assert extraction.posts == []
    assert not [m for m in extraction.mentions if m.kind == "government-agency"]
