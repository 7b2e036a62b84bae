"""A body a resolution names in full that no gazetteer knows, then by its kind alone: "the Regional Fund for Tides
in Norland ... Invites the Fund to ...". Before, "the Fund" stood for nothing, and the Fund was asked nothing; a
short name stood only for a body the gazetteer knows."""

from __future__ import annotations

import pytest
from un_excerpts import operative_by_number, resolution

_FUND = {
    "en": ("Taking note of the studies of the Regional Fund for Tides and Coasts in Norland,",
           "1. Invites the Fund to share its tide tables with the Kestrel Foundation;\n\n"
           "2. Requests the Secretary-General to assist the Fund;\n\n"
           "3. Invites the Institute to report;"),
    "fr": ("Prenant note des études du Fonds Régional pour les Marées et les Côtes au Norland,",
           "1. Invite le Fonds à partager ses tables des marées avec la Fondation Kestrel ;\n\n"
           "2. Prie le Secrétaire général d’aider le Fonds ;\n\n"
           "3. Invite l'Institut à faire rapport ;"),
    "es": ("Tomando nota de los estudios del Fondo Regional para las Mareas y las Costas en Norland,",
           "1. Invita al Fondo a que comparta sus tablas de mareas con la Fundación Kestrel;\n\n"
           "2. Solicita al Secretario General que ayude al Fondo;\n\n"
           "3. Invita al Instituto a que informe;"),
}  # fmt: skip
_HEAD = {"en": "Regional Fund", "fr": "Fonds Régional", "es": "Fondo Regional"}
_KIND = {"en": "Fund", "fr": "Fonds", "es": "Fondo"}


@pytest.mark.parametrize("language", sorted(_FUND))
def test_the_short_name_of_a_body_named_before_asks_that_body(language: str) -> None:
    preamble, operative = _FUND[language]
    by_number = operative_by_number(resolution(language, preamble, operative))
    asked = [a.name or "" for c in by_number["1"] for a in c.addressees]
    # named as the preamble names it (as far as the names of bodies are read by their structure)
    assert any(name.startswith(_HEAD[language]) and name in preamble for name in asked), asked
    # the one asked is the Secretary-General, not the Fund the paragraph is about
    assert [a.name for c in by_number["2"] for a in c.addressees] == ["Secretary-General"]
    # no institute was named before: "the Institute" stands for none
    assert not any(a.name and _KIND[language] in a.name for c in by_number["3"] for a in c.addressees)


_POST_OF_THE_FUND = {
    "en": "1. Invites the Director of the Fund to report to the Kestrel Foundation;",
    "fr": "1. Invite le Directeur du Fonds à faire rapport à la Fondation Kestrel ;",
    "es": "1. Invita al Director del Fondo a que informe a la Fundación Kestrel;",
}


@pytest.mark.parametrize("language", sorted(_POST_OF_THE_FUND))
def test_a_post_of_a_body_named_by_its_kind_is_one_addressee(language: str) -> None:
    """ "the Director of the Fund" asks the post of the Fund, as where the Fund were named in full and unknown, not
    the Director of anything and the Fund apart."""
    preamble, _ = _FUND[language]
    by_number = operative_by_number(resolution(language, preamble, _POST_OF_THE_FUND[language]))
    asked = [" ".join(a.text.split()) for c in by_number["1"] for a in c.addressees]
    assert len(asked) == 1 and asked[0].startswith("Direct") and _KIND[language] in asked[0], asked
