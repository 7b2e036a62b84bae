"""Two entities of one kind never share an English name (the duplicate-label check): where a mention names
the same body as another, resolution joins them; where they differ, the name says how (state or parent).

Mentions composed for these tests, in French, Spanish, Arabic, English and Vietnamese.
"""

from __future__ import annotations

import pytest

from kg import resolve
from kg.model import Kind, Mention, Span


def _body(text: str, name: str | None, scope: str | None = None, parent: Mention | None = None) -> Mention:
    return Mention(Span(0, len(text)), text, Kind.GOVERNMENT_AGENCY, name=name, scope=scope, parent=parent)


@pytest.mark.parametrize(
    ("mentions", "name"),
    [
        ([("Gouvernement", "fr"), ("Gobierno", "es"), ("الحكومة", "ar")], "Government"),
        ([("Congreso", "es"), ("Congress", "en")], "Congress"),
    ],
)
def test_a_national_body_named_without_its_state_is_one_entity_by_its_english_name(mentions, name) -> None:
    entities = {resolve.resolve(_body(text, name), language) for text, language in mentions}
    assert len(entities) == 1
    assert next(iter(entities)).name == name


def test_a_body_named_with_its_state_is_the_one_the_gazetteer_knows_by_that_name() -> None:
    # "CHÍNH PHỦ NƯỚC CỘNG HÒA ..." is read as the Government of its state: the gazetteer's, not a new one
    written = resolve.resolve(_body("CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI", "Government", scope="VNM"), "vi")
    short = resolve.resolve(_body("Chính phủ", None, scope="VNM"), "vi")
    known = resolve.lookup("Government of Viet Nam", "en", Kind.GOVERNMENT_AGENCY)
    assert known is not None and written.key == known.key
    assert written.name == "Government of Viet Nam"
    assert short.key == known.key


def test_the_governments_of_two_states_stay_two_and_say_so() -> None:
    spain = resolve.resolve(_body("Gobierno de España", "Government", scope="ESP"), "es")
    france = resolve.resolve(_body("gouvernement français", "Government", scope="FRA"), "fr")
    assert spain.key != france.key and spain.name != france.name


@pytest.mark.parametrize(
    ("language", "unit", "parents"),
    [
        (
            "vi",
            "Phòng Tổng hợp",
            [("Sở Tài chính", "Department of Finance"), ("Sở Xây dựng", "Department of Construction")],
        ),
        (
            "es",
            "Oficina General",
            [("Secretaría de Hacienda", "Finance Secretariat"), ("Secretaría de Obras", "Works Secretariat")],
        ),
    ],
)
def test_units_of_one_name_in_two_bodies_are_named_with_their_body(language: str, unit: str, parents) -> None:
    entities = [
        resolve.resolve(_body(unit, "General Office", parent=_body(text, name, scope="ZZZ")), language)
        for text, name in parents
    ]
    assert [e.name for e in entities] == [f"General Office of the {name}" for _, name in parents]
    assert entities[0].name != entities[1].name and entities[0].key != entities[1].key
