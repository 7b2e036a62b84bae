"""Figures of UN resolutions in several languages: lead times, limits and listed years.

A duration counted from an event ("at least 12 weeks ahead of each forum", "au moins 12 semaines avant
chaque forum") says when something is due, not how much of anything there is: it is no figure, though
"at least" made it look like one. Before, it was read as the figure "at least 12"."""

from __future__ import annotations

import pytest
from un_excerpts import PREAMBLES, resolution

_LEAD_TIME_AND_COUNT = {
    "en": "1. Requests the Secretary-General to make the report available at least 12 weeks ahead of each forum, "
          "and notes that at least 15 States have reported;",
    "fr": "1. Prie le Secrétaire général de publier le rapport au moins 12 semaines avant chaque forum, et note "
          "qu'au moins 15 États ont fait rapport ;",
    "es": "1. Solicita al Secretario General que publique el informe al menos 12 semanas antes de cada foro, y "
          "observa que al menos 15 Estados han presentado informes;",
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_lead_time_is_no_figure_and_a_count_stays_one(language: str) -> None:
    extraction = resolution(language, PREAMBLES[language], _LEAD_TIME_AND_COUNT[language])
    assert [(str(s.value), s.qualifier) for s in extraction.statistics] == [("15", "at-least")]


def test_a_duration_not_counted_from_an_event_stays_a_figure() -> None:
    extraction = resolution(
        "en", PREAMBLES["en"], "1. Notes that at least 12 weeks of paid leave were granted in 40 States;"
    )
    assert ("12", "at-least") in [(str(s.value), s.qualifier) for s in extraction.statistics]


_SCALE = {
    "en": ("1. Decides that the scale shall include:", "(a) A minimum assessment rate of 0.001 per cent;",
           "(b) A maximum assessment rate for the least developed countries of 0.01 per cent;",
           "2. Decides that the State of Palestine shall contribute for 2019, 2020 and 2021 on the basis of a "
           "notional assessment rate of 0.008 per cent;", "3. Notes that 40 per cent of the States reported;"),
    "fr": ("1. Décide que le barème comprendra :", "a) Un taux de contribution minimal de 0,001 % ;",
           "b) Un taux de contribution maximal pour les pays les moins avancés de 0,01 % ;",
           "2. Décide que l'État de Palestine contribuera pour 2019, 2020 et 2021 sur la base d'un taux de "
           "contribution théorique de 0,008 % ;", "3. Note que 40 % des États ont fait rapport ;"),
    "es": ("1. Decide que la escala incluya:", "a) Una tasa de prorrateo mínima del 0,001%;",
           "b) Una tasa de prorrateo máxima para los países menos adelantados del 0,01%;",
           "2. Decide que el Estado de Palestina aporte para 2019, 2020 y 2021 sobre la base de una tasa de "
           "prorrateo teórica del 0,008%;", "3. Observa que el 40% de los Estados informaron;"),
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_limit_in_the_measure_bounds_its_figure(language: str) -> None:
    """ "A maximum assessment rate of 0.01 per cent" sets a ceiling: at most 0.01, where it was read as exactly
    that; a figure its measure sets no limit for stays exact."""
    extraction = resolution(language, PREAMBLES[language], *_SCALE[language])
    qualifiers = {str(s.value): s.qualifier for s in extraction.statistics}
    assert qualifiers["0.001"] == "at-least"
    assert qualifiers["0.01"] == "at-most"
    assert qualifiers["40"] == "exact"


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_years_listed_before_a_figure_are_its_period(language: str) -> None:
    """ "for 2019, 2020 and 2021 on the basis of a notional assessment rate of 0.008 per cent": the rate is of
    2019/2021, where it had no period (or only its first year)."""
    extraction = resolution(language, PREAMBLES[language], *_SCALE[language])
    periods = {str(s.value): s.period for s in extraction.statistics}
    assert periods["0.008"] == "2019/2021"
    assert periods["40"] is None


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_figure_with_no_area_after_it_takes_the_group_its_clause_names(language: str) -> None:
    """ "A maximum assessment rate for the least developed countries of 0.01 per cent" had no area: only a group
    named after the figure gave one."""
    extraction = resolution(language, PREAMBLES[language], *_SCALE[language])
    areas = {str(s.value): s.area.key if s.area else None for s in extraction.statistics}
    assert areas["0.01"] == "LDC"
    assert areas["0.001"] is None
