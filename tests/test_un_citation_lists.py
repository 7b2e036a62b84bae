"""Resolution numbers in lists: the parts of one resolution listed by letter ("55/5 B and C"), a decision listed
after resolutions ("and its decision 68/548": A/DEC, not A/RES), resolutions of a body with no series of symbols
("Commission on Population and Development resolutions 2006/2": no E/RES/2006/2), and a number whose year stands
where the document never writes a session ("resolution 8/2017 adopted by the Conference of FAO"), and a list
whose items carry their quoted titles ("81/12 of 3 May 2027, entitled “...”, 81/40 ...")."""

from __future__ import annotations

import pytest
from un_excerpts import CLOSINGS, resolution


def _cited(language: str, preamble: str) -> set[str]:
    return {c.mention.key or "" for c in resolution(language, preamble, CLOSINGS[language]).citations}


_LISTS = {
    "en": "Recalling its resolutions 55/5 B and C of 23 December 2000 and 70/245 of 23 December 2015 and its "
          "decision 68/548 of 27 December 2013,",
    "fr": "Rappelant ses résolutions 55/5 B et C du 23 décembre 2000 et 70/245 du 23 décembre 2015 et sa "
          "décision 68/548 du 27 décembre 2013,",
    "es": "Recordando sus resoluciones 55/5 B y C, de 23 de diciembre de 2000, y 70/245, de 23 de diciembre de "
          "2015, y su decisión 68/548, de 27 de diciembre de 2013,",
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_parts_by_letter_and_a_decision_after_resolutions(language: str) -> None:
    cited = _cited(language, _LISTS[language])
    assert {"A/RES/55/5B", "A/RES/55/5C", "A/RES/70/245", "A/DEC/68/548"} <= cited
    assert "A/RES/68/548" not in cited


_OTHER_BODIES = {
    "en": "Recalling also Commission on Population and Development resolutions 2006/2 of 10 May 2006 and 2009/1 of "
          "3 April 2009, and recalling its resolution 70/1 of 25 September 2015 and resolution 8/2017 adopted on "
          "7 July 2017 by the Conference of the Food and Agriculture Organization of the United Nations,",
    "es": "Recordando también las resoluciones de la Comisión de Población y Desarrollo 2006/2, de 10 de mayo de "
          "2006, y 2009/1, de 3 de abril de 2009, y recordando su resolución 70/1, de 25 de septiembre de 2015, y la "
          "resolución 8/2017, aprobada el 7 de julio de 2017 por la Conferencia de la Organización de las Naciones "
          "Unidas para la Alimentación y la Agricultura,",
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "es"])
def test_resolutions_of_other_bodies_are_no_council_resolutions(language: str) -> None:
    cited = _cited(language, _OTHER_BODIES[language])
    assert "A/RES/70/1" in cited
    assert not {"E/RES/2006/2", "E/RES/2009/1", "E/RES/2017/8"} & cited


def test_the_council_resolutions_stay() -> None:
    cited = _cited("en", "Recalling Economic and Social Council resolution 2006/46 of 28 July 2006,")
    assert "E/RES/2006/46" in cited


_POSSESSIVE_LISTS = {
    "en": "Recalling also Commission on Population and Development resolutions 2006/2 of 10 May 2006 and 2009/1 of "
          "3 April 2009, and its resolution 2013/1 of 26 April 2013 on new trends in migration,",
    "es": "Recordando también las resoluciones de la Comisión de Población y Desarrollo 2006/2, de 10 de mayo de "
          "2006, y 2009/1, de 3 de abril de 2009, y su resolución 2013/1, de 26 de abril de 2013,",
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_list_a_possessive_joins_to_the_list_before_is_of_that_list_s_body(language: str) -> None:
    """Before, "... and its resolution 2013/1" after the Commission's resolutions was read as ECOSOC's E/RES/2013/1."""
    cited = _cited(language, _POSSESSIVE_LISTS[language])
    assert not {"E/RES/2006/2", "E/RES/2009/1", "E/RES/2013/1"} & cited


_TITLED = {
    "en": "Recalling its resolutions 81/12 of 3 May 2027, entitled “Coastal (tidal) data for Norland: the 2030 "
          "targets”, 81/40 of 9 June 2027, entitled “Kestrel Foundation \npartnership”, and \n81/77 of 1 July 2027, "
          "entitled “Marine charts”, and noting the report entitled “Review 4/5” (see A/81/5), 81/90,",
    "fr": "Rappelant ses résolutions 81/12 du 3 mai 2027, intitulée « Données côtières (marées) pour le Norland : "
          "cibles pour 2030 », 81/40 du 9 juin 2027, intitulée « Partenariat avec la Fondation \nKestrel », et \n"
          "81/77 du 1er juillet 2027, intitulée « Cartes marines », et notant le rapport intitulé « Revue 4/5 » "
          "(voir A/81/5), 81/90,",
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_list_runs_on_past_the_quoted_title_of_each_item(language: str) -> None:
    extraction = resolution(language, _TITLED[language], CLOSINGS[language])
    dated = {c.mention.key: c.date for c in extraction.citations}
    assert dated["A/RES/81/12"] == "2027-05-03"
    assert dated["A/RES/81/40"] == "2027-06-09"  # past a title holding brackets and a year
    assert dated["A/RES/81/77"] == "2027-07-01"
    # a report's title is no item of the list, and the bracket after it still ends the list
    assert not {"A/RES/4/5", "A/RES/81/90"} & set(dated)
