"""Periods and units of figures in French and Spanish news.

Each excerpt is composed for the test. Before, a range of years written "entre 2008 et 2013" gave the first
year alone; "à peu près 1,5 euro" had neither unit nor qualifier, and "8 milliards USD" no unit.
"""

from __future__ import annotations

import pytest
from helpers import build_news, statistic_of

_ONE_COUNTRY = {
    "fr": (
        "Titre\n\nSelon une note de la Fondation Kestrel, 64% des habitants vivent avec moins de 3 dollars par "
        "jour. La part des pauvres a augmenté de plus de 12% entre 2008 et 2013.\n\n"
        "La fondation évoque le coût de la crise au Paraguay.\n"
    ),
    "es": (
        "Título\n\nSegún una nota de la Fundación Kestrel, el 64% de los habitantes vive con menos de 3 dólares "
        "al día. La proporción de pobres aumentó más de 12% entre 2008 y 2013.\n\n"
        "La fundación evoca el costo de la crisis en Paraguay.\n"
    ),
}


@pytest.mark.parametrize("language", sorted(_ONE_COUNTRY))
def test_a_range_of_years_between_two_years_is_the_figures_period(language: str) -> None:
    assert statistic_of(build_news(_ONE_COUNTRY[language], language), "12").period == "2008/2013"


def test_two_years_joined_without_between_are_no_range() -> None:
    text = "Titre\n\nLa part des pauvres a augmenté de 12% en 2008 et 2013 au Paraguay.\n"
    assert statistic_of(build_news(text, "fr"), "12").period != "2008/2013"


def test_an_amount_in_euro_or_with_a_currency_code_after_it_has_its_unit() -> None:
    text = "Titre\n\nAu Paraguay, 3 dollars par jour, à peu près 2,5 euro, et un écart de 8 milliards USD.\n"
    extraction = build_news(text, "fr")
    euro = statistic_of(extraction, "2.5")
    assert (euro.unit, euro.qualifier) == ("EUR", "about")
    assert statistic_of(extraction, "8000000000").unit == "USD"
