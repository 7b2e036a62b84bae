"""A body a resolution names in full that no gazetteer knows, then by its kind alone: "the Subregional Centre for
Peace in Norland ... Encourages the Centre to ...". Before, "the Centre" stood for nothing, and the Centre was asked
nothing; a short name stood only for a body the gazetteer knows."""

from __future__ import annotations

import pytest
from un_excerpts import operative_by_number, resolution

_CENTRE = {
    "en": ("Welcoming the work of the Subregional Centre for Peace and Dialogue in Norland,",
           "1. Encourages the Centre to strengthen its cooperation with the Kestrel Foundation;\n\n"
           "2. Requests the Secretary-General to support the Centre;\n\n"
           "3. Invites the Fund to report;"),
    "fr": ("Saluant les travaux du Centre Sous-Régional pour la Paix et le Dialogue au Norland,",
           "1. Encourage le Centre à renforcer sa coopération avec la Fondation Kestrel ;\n\n"
           "2. Prie le Secrétaire général d’appuyer le Centre ;\n\n"
           "3. Invite le Fonds à faire rapport ;"),
    "es": ("Acogiendo con beneplácito la labor del Centro Subregional para la Paz y el Diálogo en Norland,",
           "1. Alienta al Centro a que refuerce su cooperación con la Fundación Kestrel;\n\n"
           "2. Solicita al Secretario General que apoye al Centro;\n\n"
           "3. Invita al Fondo a que informe;"),
}  # fmt: skip
_HEAD = {"en": "Subregional Centre", "fr": "Centre Sous-Régional", "es": "Centro Subregional"}


@pytest.mark.parametrize("language", sorted(_CENTRE))
def test_the_short_name_of_a_body_named_before_asks_that_body(language: str) -> None:
    preamble, operative = _CENTRE[language]
    by_number = operative_by_number(resolution(language, preamble, operative))
    asked = [a.name or "" for c in by_number["1"] for a in c.addressees]
    # named as the preamble names it (as far as the names of bodies are read by their structure)
    assert any(name.startswith(_HEAD[language]) and name in preamble for name in asked), asked
    # the one asked is the Secretary-General, not the Centre the paragraph is about
    assert [a.name for c in by_number["2"] for a in c.addressees] == ["Secretary-General"]
    # no fund was named before: "the Fund" stands for none
    assert not any(a.name and "Centr" in a.name for c in by_number["3"] for a in c.addressees)


_POST_OF_THE_CENTRE = {
    "en": "1. Encourages the Director of the Centre to brief States;",
    "fr": "1. Encourage le Directeur du Centre à informer les États ;",
    "es": "1. Alienta al Director del Centro a que informe a los Estados;",
}


@pytest.mark.parametrize("language", sorted(_POST_OF_THE_CENTRE))
def test_a_post_of_a_body_named_by_its_kind_is_one_addressee(language: str) -> None:
    """ "the Director of the Centre" asks the post of the Centre, as where the Centre were named in full and unknown,
    not the Director of anything and the Centre apart."""
    preamble, _ = _CENTRE[language]
    by_number = operative_by_number(resolution(language, preamble, _POST_OF_THE_CENTRE[language]))
    asked = [" ".join(a.text.split()) for c in by_number["1"] for a in c.addressees]
    assert len(asked) == 1 and asked[0].startswith("Direct") and "Cent" in asked[0], asked
