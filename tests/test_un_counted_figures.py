"""Counts in UN resolutions: a number followed by the noun it counts is a figure in that unit.

"the accession by 58 States", "only 73 Member States have paid", "Decides to abolish 12 Human Rights Officer
posts" count States, Member States and posts. The paragraph reader kept a number only where a unit, a scale
word or a qualifier made it a measurement, so these were lost. A number that opens its line (a footnote's
marker: "3  Member States are encouraged ...") and a duration ("75 years ago") count nothing. Composed
excerpts.
"""

from __future__ import annotations

import pytest
from un_excerpts import PREAMBLES, resolution

_COUNTS = {
    "en": ("Recalling the accession by 58 States to the Convention,",
           "1. Notes with concern that only 73 Member States have paid their contributions in full;",
           "2. Decides to abolish 12 Human Rights Officer posts that have been vacant for 30 months;"),
    "fr": ("Rappelant l’adhésion de 58 États à la Convention,",
           "1. Note avec préoccupation que seuls 73 États Membres ont versé l’intégralité de leurs contributions ;",
           "2. Décide de supprimer 12 postes de spécialiste des droits de l’homme vacants depuis 30 mois ;"),
    "es": ("Recordando la adhesión de 58 Estados a la Convención,",
           "1. Observa con preocupación que solo 73 Estados Miembros han pagado íntegramente sus cuotas;",
           "2. Decide suprimir 12 puestos de oficial de derechos humanos que han estado vacantes durante 30 meses;"),
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_number_before_the_noun_it_counts_is_a_figure(language: str) -> None:
    extraction = resolution(language, *_COUNTS[language])
    assert [(str(s.value), s.unit) for s in extraction.statistics] == [
        ("58", "States"),
        ("73", "Member States"),
        ("12", "posts"),
    ]  # "30 months": a duration, no count


def test_a_number_that_opens_its_line_counts_nothing() -> None:
    extraction = resolution(
        "en",
        PREAMBLES["en"],
        "1. Welcomes the Decade of Peace;\n__________________\n3  Member States are encouraged to support the Decade.",
    )
    assert extraction.statistics == []


_SPELLED = {
    "en": ("Recalling the accession by twenty-four States to the Convention,",
           "1. Decides to abolish two Human Rights Officer posts;",
           "2. Decides that one of the two languages and two-thirds of the budget shall be shared;"),
    "fr": ("Rappelant l’adhésion de vingt-quatre États à la Convention,",
           "1. Décide de supprimer deux postes de spécialiste des droits de l’homme ;",
           "2. Décide que un des deux bureaux et les deux tiers du budget seront partagés ;"),
    "es": ("Recordando la adhesión de quince Estados a la Convención,",
           "1. Decide suprimir dos puestos de oficial de derechos humanos;",
           "2. Decide que una de las dos oficinas y dos tercios del presupuesto se compartirán;"),
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_number_in_words_before_the_noun_it_counts_is_a_figure(language: str) -> None:
    extraction = resolution(language, *_SPELLED[language])
    assert [(str(s.value), s.unit) for s in extraction.statistics] == [
        ("24" if language != "es" else "15", "States"),
        ("2", "posts"),
    ]  # "one of the two languages", "two-thirds": no counted noun after them, no figure


_BOUNDED_DURATIONS = {
    "en": "1. Decides to abolish the posts that have been vacant for more than 18 months, and to review them within 60 days;",
    "fr": "1. Décide de supprimer les postes vacants depuis plus de 18 mois, et de les examiner dans les 60 jours ;",
    "es": "1. Decide suprimir los puestos que han estado vacantes durante más de 18 meses, y examinarlos en 60 días;",
}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_bounded_duration_measures_in_its_unit_and_a_bare_one_is_no_figure(language: str) -> None:
    extraction = resolution(language, PREAMBLES[language], _BOUNDED_DURATIONS[language])
    assert [(str(s.value), s.unit, s.qualifier) for s in extraction.statistics] == [("18", "months", "more-than")]


_PEOPLE_AND_OPERATIONS = {
    "en": "1. Notes that some 3,000 women and men have served in 12 field missions since the Decade began;",
    "fr": "1. Note que quelque 3 000 femmes et hommes ont servi dans 12 missions depuis le début de la Décennie ;",
    "es": "1. Observa que unos 3.000 mujeres y hombres han servido en 12 misiones desde el inicio del Decenio;",
}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_people_counted_by_both_sexes_and_missions_are_counts(language: str) -> None:
    extraction = resolution(language, PREAMBLES[language], _PEOPLE_AND_OPERATIONS[language])
    assert [(str(s.value), s.unit) for s in extraction.statistics] == [("3000", "women and men"), ("12", "missions")]


def test_operations_a_modifier_names_are_counted() -> None:
    paragraph = "1. Notes that more than 70 peacekeeping operations have been deployed since the Decade began;"
    extraction = resolution("en", PREAMBLES["en"], paragraph)
    assert [(str(s.value), s.unit, s.qualifier) for s in extraction.statistics] == [("70", "operations", "more-than")]


_YEARS_AFTER = {
    "en": ("Recalling that the floods affected more than 3 million people during 2011 and 2012 in Norland, and that "
           "2 million people were displaced, and in 2013 and 2014 the Kestrel Foundation rebuilt homes,"),
    "fr": ("Rappelant que les inondations ont touché plus de 3 millions de personnes en 2011 et 2012 au Norland, et "
           "que 2 millions de personnes ont été déplacées, et en 2013 et 2014 la Fondation Kestrel a reconstruit,"),
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_years_listed_after_a_figure_are_its_period(language: str) -> None:
    """ "more than 3 million people during 2011 and 2012": the years listed after a figure in its clause were no
    period of it; those of another clause still are not."""
    extraction = resolution(language, _YEARS_AFTER[language], "1. Decides to remain seized of the matter.")
    periods = {str(s.value): s.period for s in extraction.statistics}
    assert periods["3000000"] == "2011/2012"
    assert periods["2000000"] != "2013/2014"
