"""Regional Spanish news: the head of a directorate or a department and university staff named by their post
after their name ("Ana Ruiz del Valle, titular de la Dirección Estatal de ...", "catedrática de la ..."), and
directorates and units named with a word of their level ("Dirección General de Protección Civil",
"Unidades Municipales de ...").

Each excerpt is composed for the test. Before, "titular", "jefe", "docente" and "catedrática" were no posts,
so the persons they follow went unnamed, and a directorate's name was no body at all.
"""

from __future__ import annotations

from helpers import build_news

from kg.model import Kind

_TEXT = (
    "KESTREL, 3 de abril. Al respecto, Ana Ruiz del Valle, titular de la Dirección Estatal de Protección Civil, "
    "dijo que se trabaja en la prevención. El taller estuvo a cargo de Luis Peña Soto, jefe del departamento de "
    "Riesgos de la Dirección General de Protección Civil, y se capacitó a personal de siete Unidades Municipales "
    "de Protección Civil. La obra fue comentada por Marta Gil, catedrática de la Universidad de Norland.\n"
)


def test_a_post_of_a_directorate_or_a_university_after_the_name_makes_a_person() -> None:
    extraction = build_news(_TEXT, "es")
    holdings = {h.person.text: h.post for h in extraction.posts}
    assert holdings == {"Ana Ruiz del Valle": "titular", "Luis Peña Soto": "jefe", "Marta Gil": "catedrática"}


def test_directorates_and_units_named_by_their_level_are_bodies() -> None:
    extraction = build_news(_TEXT, "es")
    bodies = {m.text for m in extraction.mentions if m.kind not in (Kind.PERSON, Kind.POST, Kind.PLACE, Kind.STATE)}
    assert {
        "Dirección Estatal de Protección Civil",
        "Dirección General de Protección Civil",
        "Unidades Municipales de Protección Civil",
    } <= bodies


def test_the_words_in_lower_case_or_without_a_name_are_no_post_and_no_body() -> None:
    text = (
        "KESTREL, 3 de abril. La dirección del festival anunció el programa; el titular del diario fue leído "
        "por la unidad de apoyo.\n"
    )
    extraction = build_news(text, "es")
    assert extraction.posts == []
    assert not [m for m in extraction.mentions if m.kind == "government-agency"]
