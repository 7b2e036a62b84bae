"""The States that administer Non-Self-Governing Territories are asked by the UN's own term for them
("the administering Powers", "les Puissances administrantes", "управляющие державы"); the Special Committee on
decolonization and the International Seabed Authority are bodies the gazetteer knows in every UN language."""

from __future__ import annotations

import pytest
from un_excerpts import PREAMBLES, operative_by_number, resolution

from kg import resolve

URGED = {
    "en": "1. Urges the administering Powers to take effective measures to inform the inhabitants;",
    "fr": "1. Exhorte les Puissances administrantes à prendre des mesures efficaces pour informer les habitants ;",
    "es": "1. Insta a las Potencias administradoras a que adopten medidas eficaces para informar a los habitantes;",
    "ru": "1. настоятельно призывает управляющие державы принять эффективные меры для информирования жителей;",
}


@pytest.mark.parametrize("language", sorted(URGED))
def test_the_administering_powers_are_asked(language: str) -> None:
    extraction = resolution(language, PREAMBLES[language], URGED[language])
    (urged,) = operative_by_number(extraction)["1"]
    assert urged.action == "urges"
    assert [a.name for a in urged.addressees] == ["administering Powers"]


def test_the_powers_only_spoken_of_are_not_asked() -> None:
    extraction = resolution("en", PREAMBLES["en"], "1. Takes note of the information from the administering Powers;")
    (noted,) = operative_by_number(extraction)["1"]
    assert noted.addressees == ()


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Special Committee on Decolonization", "GA-C24"),
        ("Comité spécial de la décolonisation", "GA-C24"),
        ("Специальный комитет по деколонизации", "GA-C24"),
        ("International Seabed Authority", "ISA"),
        ("Autoridad Internacional de los Fondos Marinos", "ISA"),
        ("国际海底管理局", "ISA"),
    ],
)
def test_the_bodies_are_known_in_each_language(name: str, key: str) -> None:
    assert resolve.lookup(name).key == key
