"""Periods and units of figures in French and Spanish news.

Each excerpt is composed for the test. Before, a range of years written "entre 2011 et 2016" gave the first
year alone; "à peu près 0,8 euro" had neither unit nor qualifier, and "6 milliards USD" no unit.
"""

from __future__ import annotations

import pytest
from helpers import build_news, statistic_of

_ONE_COUNTRY = {
    "fr": (
        "Titre\n\nSelon une note de la Fondation Kestrel, 41% des ménages dépensent moins de 5 dollars par jour "
        "pour se nourrir. Le chômage des jeunes a progressé de 7% entre 2011 et 2016.\n\n"
        "La fondation évoque le coût de la crise au Paraguay.\n"
    ),
    "es": (
        "Título\n\nSegún una nota de la Fundación Kestrel, el 41% de los hogares gasta menos de 5 dólares al día "
        "en comida. El desempleo juvenil creció un 7% entre 2011 y 2016.\n\n"
        "La fundación evoca el costo de la crisis en Paraguay.\n"
    ),
}


@pytest.mark.parametrize("language", sorted(_ONE_COUNTRY))
def test_a_range_of_years_between_two_years_is_the_figures_period(language: str) -> None:
    assert statistic_of(build_news(_ONE_COUNTRY[language], language), "7").period == "2011/2016"


def test_two_years_joined_without_between_are_no_range() -> None:
    text = "Titre\n\nLe chômage des jeunes a progressé de 7% en 2011 et 2016 au Paraguay.\n"
    assert statistic_of(build_news(text, "fr"), "7").period != "2011/2016"


def test_an_amount_in_euro_or_with_a_currency_code_after_it_has_its_unit() -> None:
    text = "Titre\n\nAu Paraguay, 5 dollars par jour, à peu près 0,8 euro, et un déficit de 6 milliards USD.\n"
    extraction = build_news(text, "fr")
    euro = statistic_of(extraction, "0.8")
    assert (euro.unit, euro.qualifier) == ("EUR", "about")
    assert statistic_of(extraction, "6000000000").unit == "USD"
