"""A body a resolution names in full and later by a shortened form ("the Office of the High Commissioner" after
"the Office of the United Nations High Commissioner for Refugees", "la Oficina del Alto Comisionado"): the
shortened form opens the full name and keeps its words in order, so it is that body, not an unknown one. A
shortened form with nothing named in full before it stays unknown. Posts the gazetteer knows in every UN
language: the Special Adviser on the Prevention of Genocide."""

from __future__ import annotations

import pytest
from un_excerpts import resolution

from kg import resolve

SHORTENED = {
    "en": ("Recalling the work of the Office of the United Nations High Commissioner for Refugees,",
           "1. Requests the Office of the High Commissioner to report;", "Office of the High Commissioner", "UNHCR"),
    "es": ("Recordando la labor de la Oficina del Alto Comisionado de las Naciones Unidas para los Derechos "
           "Humanos,", "1. Solicita a la Oficina del Alto Comisionado que informe;", "Oficina del Alto Comisionado",
           "OHCHR"),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(SHORTENED))
def test_a_shortened_form_is_the_body_named_in_full_before(language: str) -> None:
    preamble, operative, short, key = SHORTENED[language]
    extraction = resolution(language, preamble, operative)
    (mention,) = [m for m in extraction.mentions if m.text == short]
    assert mention.key == key


def test_a_shortened_form_with_no_full_name_before_stays_unknown() -> None:
    extraction = resolution(
        "en", "Recalling its resolution 70/1,", "1. Requests the Office of the High Commissioner to report;"
    )
    (mention,) = [m for m in extraction.mentions if m.text == "Office of the High Commissioner"]
    assert mention.key is None


@pytest.mark.parametrize(
    "name",
    [
        "Special Adviser to the Secretary-General on the Prevention of Genocide",
        "Conseiller spécial du Secrétaire général pour la prévention du génocide",
        "Специальный советник Генерального секретаря по предупреждению геноцида",
    ],
)
def test_the_special_adviser_on_genocide_is_a_known_post(name: str) -> None:
    entity = resolve.lookup(name)
    assert entity is not None and entity.key == "special-adviser-prevention-of-genocide"
